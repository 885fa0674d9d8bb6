/**
 * Which destinations the person approved, per profile: `destination-approvals.json` in the data
 * folder, `{ schemaVersion: 1, approvals: [{ profileId, origin, purpose, approvedAt }] }`.
 *
 * Public data only (ids and origins, never a secret). A missing or unreadable file means "no
 * approvals" (an unreadable one is moved aside), so losing it only makes TokenLab ask again:
 * it fails closed.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { createDataFile, type DataFile } from '../vault/dataFile';
import { createSerialQueue, readJsonOrMoveAside } from '../vault/jsonDataFile';

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

export interface DestinationApprovals {
  isApproved(profileId: string, origin: string, purpose: DestinationPurpose): Promise<boolean>;
  approve(profileId: string, origin: string, purpose: DestinationPurpose): Promise<void>;
}

export function createDestinationApprovals(options: { dataDir: string; nowMs: () => number; log?: (line: string) => void } | { file: DataFile; nowMs: () => number; log?: (line: string) => void }): DestinationApprovals {
  const file = 'file' in options ? options.file : createDataFile(join(options.dataDir, DESTINATION_APPROVALS_FILE), options.nowMs);
  const serial = createSerialQueue();
  const load = async (): Promise<ApprovalsFile> =>
    (await readJsonOrMoveAside(file, fileSchema, (keptAs) => options.log?.(`approvals: unreadable file kept as ${keptAs}`))) ?? { schemaVersion: 1, approvals: [] };
  const matches = (a: ApprovalsFile['approvals'][number], profileId: string, origin: string, purpose: DestinationPurpose): boolean =>
    a.profileId === profileId && a.origin === origin && a.purpose === purpose;
  return {
    isApproved: (profileId, origin, purpose) => serial(async () => (await load()).approvals.some((a) => matches(a, profileId, origin, purpose))),
    approve: (profileId, origin, purpose) =>
      serial(async () => {
        const current = await load();
        if (current.approvals.some((a) => matches(a, profileId, origin, purpose))) return;
        // The oldest approvals go first when the list is full: worst case, TokenLab asks again.
        const approvals = [...current.approvals, { profileId, origin, purpose, approvedAt: Math.floor(options.nowMs() / 1000) }].slice(-MAX_APPROVALS);
        await file.write(`${JSON.stringify({ schemaVersion: 1, approvals }, null, 2)}\n`);
      }),
  };
}
