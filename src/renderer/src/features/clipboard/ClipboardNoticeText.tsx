/**
 * The clipboard's last outcome in the status line, in the page's language. A copy that main
 * will clear says when ("clears at 16:05:12" — a time, not "in 60 s", so it is not wrong ten
 * seconds later); once that time has passed it no longer says so. Only while such a promise
 * is pending does it follow the shared clock.
 */
import { useEffect } from 'react';
import { useAppStores, useClipboard } from '../../app/stores';
import { useNowSeconds } from '../../lib/clock/ClockContext';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import type { ClipboardNotice } from './clipboardStore';

function useWhat() {
  const { t } = useLocale();
  return (what: string) => t(`clipboard.what.${what}`, { defaultValue: what });
}

export function ClipboardNoticeText() {
  const notice = useClipboard((s) => s.notice);
  const { t } = useLocale();
  const what = useWhat();
  if (!notice) return null;
  switch (notice.kind) {
    case 'copied':
      return notice.clearsAt === null ? <>{t('clipboard.copied', { what: what(notice.what) })}</> : <PendingClear notice={notice} clearsAt={notice.clearsAt} />;
    case 'lapsed':
      return <>{t('clipboard.lapsed', { what: what(notice.what) })}</>;
    case 'failed':
      return <>{t('clipboard.failed', { what: what(notice.what), message: notice.message })}</>;
    case 'cleared':
      return <>{t('clipboard.cleared')}</>;
  }
}

function PendingClear({ notice, clearsAt }: { notice: ClipboardNotice & { kind: 'copied' }; clearsAt: number }) {
  const store = useAppStores().clipboard;
  const now = useNowSeconds();
  const { t, language } = useLocale();
  const what = useWhat();
  const due = now >= clearsAt;
  useEffect(() => {
    if (due) store.getState().lapse(notice.seq);
  }, [due, store, notice.seq]);
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(clearsAt * 1000));
  return <>{due ? t('clipboard.lapsed', { what: what(notice.what) }) : t('clipboard.copiedClears', { what: what(notice.what), time })}</>;
}
