/**
 * Which destinations the person approved, per profile: `destination-approvals.json` in the data
 * folder, `{ schemaVersion: 1, approvals: [{ profileId, origin, purpose, approvedAt }] }`.
 *
 * Public data only (ids and origins, never a secret). A missing file means "no approvals"; a
 * damaged one is salvaged entry by entry (the original kept aside), so losing an entry only
 * makes TokenLab ask again: it fails closed. Changes hold the file's inter-process lock.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { createDataFile } from '../vault/dataFile';
import { createSerialQueue, openJsonDocument, salvageArray, fieldOf, type DocumentTextFile, type JsonDocumentSpec } from '../vault/jsonDataFile';

export const DESTINATION_APPROVALS_FILE = 'destination-approvals.json';
const MAX_APPROVALS = 2000;

/** `callback`: login callbacks carrying stored tokens; `api`: CommsEase server API calls signed with the AppSecret. */
export const DESTINATION_PURPOSES = ['callback', 'api'] as const;
export type DestinationPurpose = (typeof DESTINATION_PURPOSES)[number];

const approvalSchema = z.strictObject({
  profileId: z.string().max(64),
  origin: z.string().max(600),
  purpose: z.enum(DESTINATION_PURPOSES),
  approvedAt: z.number(),
});
const fileSchema = z.strictObject({ schemaVersion: z.literal(1), approvals: z.array(approvalSchema).max(MAX_APPROVALS) });
type ApprovalsFile = z.infer<typeof fileSchema>;

const approvalsDocument: JsonDocumentSpec<ApprovalsFile> = {
  schema: fileSchema,
  empty: () => ({ schemaVersion: 1, approvals: [] }),
  salvage(value) {
    const { items, dropped } = salvageArray(fieldOf(value, 'approvals'), approvalSchema);
    const approvals = items.slice(-MAX_APPROVALS);
    return { document: { schemaVersion: 1, approvals }, kept: approvals.length, dropped: dropped + items.length - approvals.length };
  },
  entries: 'approvals',
  serialize: (document) => `${JSON.stringify(document, null, 2)}\n`,
};

export interface DestinationApprovals {
  isApproved(profileId: string, origin: string, purpose: DestinationPurpose): Promise<boolean>;
  approve(profileId: string, origin: string, purpose: DestinationPurpose): Promise<void>;
}

export function createDestinationApprovals(options: { dataDir: string; nowMs: () => number; log?: (line: string) => void } | { file: DocumentTextFile; nowMs: () => number; log?: (line: string) => void }): DestinationApprovals {
  const file = 'file' in options ? options.file : createDataFile(join(options.dataDir, DESTINATION_APPROVALS_FILE), options.nowMs);
  const document = openJsonDocument(file, approvalsDocument, {
    onDamage: (report) => options.log?.(`approvals: ${file.path} was damaged (${report.reason}); the original is kept as ${report.backupPath}`),
  });
  const serial = createSerialQueue();
  const matches = (a: ApprovalsFile['approvals'][number], profileId: string, origin: string, purpose: DestinationPurpose): boolean =>
    a.profileId === profileId && a.origin === origin && a.purpose === purpose;
  return {
    isApproved: (profileId, origin, purpose) => serial(async () => (await document.read()).approvals.some((a) => matches(a, profileId, origin, purpose))),
    approve: (profileId, origin, purpose) =>
      serial(() =>
        document.transact(async (current, save) => {
          if (current.approvals.some((a) => matches(a, profileId, origin, purpose))) return;
          // The oldest approvals go first when the list is full: worst case, TokenLab asks again.
          const approvals = [...current.approvals, { profileId, origin, purpose, approvedAt: Math.floor(options.nowMs() / 1000) }].slice(-MAX_APPROVALS);
          await save({ schemaVersion: 1, approvals });
        }),
      ),
  };
}
