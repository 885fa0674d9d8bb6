/**
 * The room-privilege payload of RTC tokens: `{"room_id", "privilege": {"1": login, "2": publish}, "stream_id_list"}`.
 */
import type { RoomPrivilege } from '../../tokens/types';

const LOGIN = '1';
const PUBLISH = '2';

/** The payload string the official samples build (key order room_id, privilege, stream_id_list). */
export function buildRoomPrivilegePayload(privilege: RoomPrivilege): string {
  return JSON.stringify({
    room_id: privilege.roomId,
    privilege: { [LOGIN]: privilege.canLogin ? 1 : 0, [PUBLISH]: privilege.canPublish ? 1 : 0 },
    stream_id_list: privilege.streamIds && privilege.streamIds.length > 0 ? privilege.streamIds : null,
  });
}

/** `null` when the payload is empty or not a privilege object (ZIM tokens carry none). */
export function parseRoomPrivilege(payload: string): RoomPrivilege | null {
  if (payload.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const privileges = record['privilege'];
  if (typeof privileges !== 'object' || privileges === null) return null;
  const p = privileges as Record<string, unknown>;
  const roomId = typeof record['room_id'] === 'string' ? record['room_id'] : '';
  const list = record['stream_id_list'];
  const streamIds = Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : null;
  return {
    roomId,
    canLogin: p[LOGIN] === 1,
    canPublish: p[PUBLISH] === 1,
    streamIds: streamIds && streamIds.length > 0 ? streamIds : null,
  };
}

/** "may log in to room `r1`; may not publish" — what the privileges allow, in words. */
export function describeRoomPrivilege(privilege: RoomPrivilege): string {
  const room = privilege.roomId === '' ? 'any room' : `room \`${privilege.roomId}\``;
  const login = privilege.canLogin ? `may log in to ${room}` : `may not log in to ${room}`;
  let publish = privilege.canPublish ? 'may publish' : 'may not publish';
  if (privilege.canPublish) {
    publish += privilege.streamIds ? ` only streams ${privilege.streamIds.map((s) => `\`${s}\``).join(', ')}` : ' any stream';
  }
  return `${login}; ${publish}`;
}
