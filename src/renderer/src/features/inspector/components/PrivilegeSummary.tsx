/**
 * A ZEGO room-privilege payload read as what it allows: "may log in to room `r1`; may not
 * publish", with the room and stream ids set in code type.
 */
import type { RoomPrivilege } from '../../../../../shared/tokens/types';
import { describeRoomPrivilege } from '../../../../../shared/families/zego-token04/privilege';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

export function PrivilegeSummary({ privilege }: { privilege: RoomPrivilege }) {
  const { t } = useLocale();
  const sentence = describeRoomPrivilege(privilege);
  // Backticks in the engine's sentence mark ids; show them as code.
  const pieces = sentence.split('`');
  return (
    <p className="privilege" aria-label={t('privilege.label')}>
      <span className="privilege-title">{t('privilege.title')}</span>{' '}
      {pieces.map((piece, i) => (i % 2 === 1 ? <code key={i}>{piece}</code> : <span key={i}>{piece}</span>))}
    </p>
  );
}
