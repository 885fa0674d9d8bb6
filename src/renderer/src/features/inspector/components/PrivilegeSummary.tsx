/**
 * A ZEGO room-privilege payload read as what it allows: "may log in to room `r1`; may not
 * publish", in the page's language, with the room and stream ids set in code type.
 */
import type { RoomPrivilege } from '../../../../../shared/tokens/types';
import { useLocale } from '../../../lib/i18n/LocaleProvider';

/** Ids travel through the sentence in backticks, then become <code>. */
const code = (id: string) => `\`${id}\``;

export function PrivilegeSummary({ privilege }: { privilege: RoomPrivilege }) {
  const { t } = useLocale();
  const room = privilege.roomId === '' ? t('privilege.anyRoom') : t('privilege.room', { id: code(privilege.roomId) });
  const login = t(privilege.canLogin ? 'privilege.login' : 'privilege.noLogin', { room });
  const publish = !privilege.canPublish
    ? t('privilege.noPublish')
    : privilege.streamIds
      ? t('privilege.publishOnly', { streams: privilege.streamIds.map(code).join(t('privilege.listSeparator')) })
      : t('privilege.publishAny');
  const pieces = t('privilege.sentence', { login, publish }).split('`');
  return (
    <p className="privilege" aria-label={t('privilege.label')}>
      <span className="privilege-title">{t('privilege.title')}</span>{' '}
      {pieces.map((piece, i) => (i % 2 === 1 ? <code key={i}>{piece}</code> : <span key={i}>{piece}</span>))}
    </p>
  );
}
