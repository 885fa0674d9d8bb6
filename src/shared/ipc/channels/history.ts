/**
 * `history:*` — what was minted or put on the countdown board, remembered between runs.
 *
 * A token is itself a credential, so history keeps its METADATA only (profile, user, room,
 * times, a fingerprint). Its text is kept only when the user pins it, and then in the OS
 * keychain (account `pin:<id>`), like any secret. Main derives every time and id from the
 * token itself; the renderer cannot make history claim what a token does not say.
 */
import { z } from 'zod';
import { defineChannel } from '../channel';
import { accid, emptyRequest, epochSeconds, profileId, tokenText } from '../schemas/common';
import { registeredFamilyId } from '../schemas/inspection';

/** History entry ids: 16 lowercase hex characters, drawn by main. */
export const historyId = z.string().regex(/^[0-9a-f]{16}$/, 'a history id is 16 hex characters');

export const HISTORY_SOURCES = ['minted', 'pasted'] as const;

export const historyEntrySchema = z.strictObject({
  id: historyId,
  source: z.enum(HISTORY_SOURCES),
  /** A registered family's id. */
  format: registeredFamilyId,
  /** The profile it was minted or verified with, and its name and env tag at that time. */
  profileId: profileId.nullable(),
  profileName: z.string().nullable(),
  env: z.string().nullable(),
  /** The user the token is for (ZEGO user_id, CommsEase accid, Agora 006 uid as verified); null when unknown (a ZEGO token read without its secret, a 006 token never verified). */
  userId: z.string().nullable(),
  /** ZEGO RTC room id from the privilege payload; null for identity tokens. */
  roomId: z.string().nullable(),
  issuedAt: epochSeconds.nullable(),
  expiresAt: epochSeconds,
  addedAt: epochSeconds,
  /** First 16 hex of SHA-256 of the token text: tells tokens apart without keeping them. */
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  /** true: the token text is in the keychain as `pin:<id>`. */
  pinned: z.boolean(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyAddItemSchema = z.strictObject({
  token: tokenText.min(1),
  source: z.enum(HISTORY_SOURCES),
  /** Verify against this profile to learn the user, room and creation time (ZEGO needs the secret for those). */
  profileId: profileId.optional(),
  /** CommsEase: the accid the token was minted for. */
  accid: accid.optional(),
  /**
   * What the token was minted or verified for where its signature binds values it does not
   * carry (an Agora 006 token's channel and uid). Main verifies the token against the profile
   * with them and names the user and room by them only when it is authentic.
   */
  expect: z
    .strictObject({
      channel: z.string().max(1024).optional(),
      uid: z.string().max(1024).optional(),
      userId: z.string().max(1024).optional(),
    })
    .optional(),
});
export type HistoryAddItem = z.input<typeof historyAddItemSchema>;

/** How many entries history keeps; the oldest unpinned ones go first. */
export const HISTORY_LIMIT = 5000;

export const historyChannels = {
  'history:list': defineChannel({
    summary: 'every remembered token (metadata only), soonest expiry first',
    request: emptyRequest,
    response: z.strictObject({ entries: z.array(historyEntrySchema) }),
  }),
  'history:add': defineChannel({
    summary: 'remember minted or pasted tokens (metadata only; an identical token is not added twice)',
    request: z.strictObject({ items: z.array(historyAddItemSchema).min(1).max(HISTORY_LIMIT) }),
    response: z.strictObject({ entries: z.array(historyEntrySchema) }),
  }),
  'history:pin': defineChannel({
    summary: 'keep the token text of an entry in the keychain (pin:<id>) and notify before it expires',
    request: z.strictObject({ id: historyId, token: tokenText.min(1) }),
    response: z.strictObject({ entry: historyEntrySchema }),
  }),
  'history:unpin': defineChannel({
    summary: 'forget the pinned token text (the keychain entry is deleted; metadata stays)',
    request: z.strictObject({ id: historyId }),
    response: z.strictObject({ entry: historyEntrySchema }),
  }),
  'history:copyPinned': defineChannel({
    summary: 'copy the text of a pinned token from the keychain to the clipboard, in main (auto-clear as clipboard:writeText); the text never crosses IPC',
    request: z.strictObject({ id: historyId, clearAfterSeconds: z.number().int().min(0).max(86_400).optional() }),
    response: z.strictObject({ clearsAt: z.number().nullable() }),
  }),
  'history:remove': defineChannel({
    summary: 'forget one entry (and its pinned text)',
    request: z.strictObject({ id: historyId }),
    response: z.strictObject({ removedId: historyId }),
  }),
  'history:clear': defineChannel({
    summary: 'forget every unpinned entry; pinned ones stay until unpinned',
    request: emptyRequest,
    response: z.strictObject({ removed: z.number().int().min(0), kept: z.number().int().min(0) }),
  }),
} as const;
