/**
 * The clipboard's notice for the status line, in the page's language. "Clears in N s" counts
 * down on the shared clock and, once that moment passes without main reporting a clear (the
 * user copied something else, so main left it alone), says only what was copied: never a stale
 * promise. Only a pending clear subscribes to the clock.
 */
import type { ClipboardNotice as Notice } from './clipboardStore';
import { useNowSeconds } from '../../lib/clock/ClockContext';
import { useLocale } from '../../lib/i18n/LocaleProvider';

function ClearsIn({ what, clearsAt }: { what: string; clearsAt: number }) {
  const { t } = useLocale();
  const left = clearsAt - useNowSeconds();
  return <>{left > 0 ? t('clipboard.copiedClears', { what, seconds: left }) : t('clipboard.copied', { what })}</>;
}

export function ClipboardNotice({ notice }: { notice: Notice | null }) {
  const { t } = useLocale();
  if (!notice) return null;
  const { what: raw, clearsAt, message } = notice.params;
  const what = raw === undefined ? '' : t(`clipboard.what.${raw}`, { defaultValue: raw });
  if (notice.key === 'copiedClears' && clearsAt !== undefined) return <ClearsIn what={what} clearsAt={clearsAt} />;
  return <>{t(`clipboard.${notice.key}`, { what, message })}</>;
}
