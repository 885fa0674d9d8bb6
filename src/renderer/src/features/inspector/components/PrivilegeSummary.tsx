/**
 * A ZEGO room-privilege payload read as what it allows: "may log in to room `r1`; may not
 * publish", with the room and stream ids set in code type.
 */
import type { RoomPrivilege } from '../../../../../shared/tokens/types';
import { describeRoomPrivilege } from '../../../../../shared/families/zego-token04/privilege';

export function PrivilegeSummary({ privilege }: { privilege: RoomPrivilege }) {
  const sentence = describeRoomPrivilege(privilege);
  // Backticks in the engine's sentence mark ids; show them as code.
  const pieces = sentence.split('`');
  return (
    <p className="privilege" aria-label="Room privileges">
      <span className="privilege-title">Room privileges:</span>{' '}
      {pieces.map((piece, i) => (i % 2 === 1 ? <code key={i}>{piece}</code> : <span key={i}>{piece}</span>))}
    </p>
  );
}
