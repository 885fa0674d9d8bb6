/**
 * The decoded fields in a table, times written out relative, in local time and in UTC.
 *
 * Without a secret a ZEGO token shows only its outer expiry; after verification every field
 * of the plaintext appears. CommsEase tokens are readable without a secret.
 */
import type { ReactNode } from 'react';
import type { CommsEaseFields, Inspection, ZegoFields } from '../../../../../shared/tokens/types';
import { TimeDetails } from '../../../components/TimeDetails';
import { useLocale } from '../../../lib/i18n/LocaleProvider';
import { fieldText, type ReasonContext } from '../../../../../shared/tokens/reasonText';

type T = ReturnType<typeof useLocale>['t'];
/** Verdicts that mean the secret proved the fields, expiry included. */
const PROVEN = new Set(['valid', 'expired', 'not_yet_valid', 'app_id_mismatch']);

type Fields = Readonly<Record<string, unknown>>;

function isZego(fields: Fields): fields is ZegoFields {
  return typeof fields['app_id'] === 'number' && typeof fields['ctime'] === 'number';
}

function isCommsEase(fields: Fields): fields is CommsEaseFields {
  return typeof fields['signature'] === 'string' && typeof fields['curTime'] === 'number';
}

interface Row {
  name: string;
  value: ReactNode;
}

function rowsFor(inspection: Inspection, t: T, reasonContext: ReasonContext): Row[] {
  const proven = PROVEN.has(inspection.verdict);
  const rows: Row[] = [];
  const { fields } = inspection;
  if (fields && isZego(fields)) {
    rows.push({ name: 'app_id', value: <span className="mono">{fields.app_id}</span> });
    rows.push({ name: 'user_id', value: <span className="mono">{JSON.stringify(fields.user_id)}</span> });
    rows.push({ name: 'nonce', value: <span className="mono">{fields.nonce}</span> });
    rows.push({ name: t('fields.ctime'), value: <TimeDetails at={fields.ctime} kind="moment" /> });
    rows.push({ name: 'expire', value: <TimeDetails at={fields.expire} kind="expiry" /> });
    rows.push({
      name: 'payload',
      value: fields.payload === '' ? <span className="muted">{t('fields.emptyPayload')}</span> : <span className="mono wrap">{fields.payload}</span>,
    });
  } else if (fields && isCommsEase(fields)) {
    rows.push({ name: 'signature', value: <span className="mono wrap">{fields.signature}</span> });
    rows.push({
      name: t('fields.curTime'),
      value: (
        <>
          <span className="mono">{fields.curTime}</span> {t('fields.ms')} · <TimeDetails at={Math.floor(fields.curTime / 1000)} kind="moment" />
        </>
      ),
    });
    rows.push({ name: 'ttl', value: <span className="mono">{t('fields.seconds', { n: fields.ttl })}</span> });
    if (inspection.expiresAt !== null) rows.push({ name: t('fields.expires'), value: <TimeDetails at={inspection.expiresAt} kind="expiry" authenticated={proven} /> });
  } else if (fields) {
    // Another family's fields: shown as they are, with the vendor's key names.
    // A value the engine wrote as a sentence (Tencent's userbufParseError) reads in the page's language.
    for (const [name, value] of Object.entries(fields)) rows.push({ name, value: <span className="mono wrap">{JSON.stringify(fieldText(inspection, name, reasonContext) ?? value)}</span> });
  } else if (inspection.expiresAt !== null) {
    rows.push({ name: t('fields.outerExpire'), value: <TimeDetails at={inspection.expiresAt} kind="expiry" authenticated={false} /> });
    if (inspection.issuedAt !== null) rows.push({ name: t('fields.issued'), value: <TimeDetails at={inspection.issuedAt} kind="moment" /> });
  }
  return rows;
}

export function FieldTable({ inspection }: { inspection: Inspection }) {
  const { t, language } = useLocale();
  // No instant is worded in a field's sentence; `now` only completes the context.
  const rows = rowsFor(inspection, t, { t: (key, options) => t(key, options), language, now: 0 });
  if (rows.length === 0) return null;
  return (
    <table className="field-table">
      <caption>{t('fields.caption')}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
