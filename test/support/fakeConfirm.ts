/**
 * A ConfirmPort that answers as told and records every question — the stand-in for the app's
 * native dialog and the CLI's prompt — and a destination gate over an in-memory approvals file.
 */
import type { ConfirmPort, ConfirmQuestion } from '../../src/main/security/confirmPort';
import { createDestinationApprovals } from '../../src/main/security/destinationApprovals';
import { createDestinationGate, type DestinationGate } from '../../src/main/security/destinationGate';
import type { DataFile } from '../../src/main/vault/dataFile';

export interface FakeConfirm extends ConfirmPort {
  questions: ConfirmQuestion[];
  answer: boolean;
}

export function createFakeConfirm(answer = true): FakeConfirm {
  const fake: FakeConfirm = {
    questions: [],
    answer,
    confirm: async (question) => {
      fake.questions.push(question);
      return fake.answer;
    },
  };
  return fake;
}

export function memoryDataFile(path = 'memory.json'): DataFile & { text: string | null } {
  const file = {
    path,
    text: null as string | null,
    read: async () => file.text,
    write: async (text: string) => void (file.text = text),
    locked: <T>(operation: () => Promise<T>) => operation(),
    update: async (change: (text: string | null) => string | null | Promise<string | null>) => {
      const next = await change(file.text);
      if (next !== null) file.text = next;
    },
    keepAside: async () => `${path}.corrupt`,
  };
  return file;
}

/** A gate whose questions `confirm` answers; approvals kept in memory. */
export function fakeDestinationGate(confirm: ConfirmPort = createFakeConfirm()): DestinationGate {
  return createDestinationGate({ approvals: createDestinationApprovals({ file: memoryDataFile(), nowMs: () => 0 }), confirm });
}
