/**
 * The inspector screen: one paste box decoded as you type; one token → its full inspection,
 * several → a filterable, exportable, virtualised table. A dropped or opened text file fills
 * the box. Verifying against a profile happens in main (store action); this only renders.
 */
import { useEffect, useMemo, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VERDICTS, type Verdict } from '../../../../shared/tokens/types';
import { useRegistry } from '../../app/registry';
import { useAppStores, useInspector, useProfiles } from '../../app/stores';
import { ProfileSelect } from '../../components/ProfileSelect';
import { isIpcError } from '../../lib/api/ipcError';
import { downloadText } from '../../lib/download/downloadText';
import { useLocale } from '../../lib/i18n/LocaleProvider';
import { useFamilyTexts } from '../../lib/i18n/useFamilyTexts';
import { SampleTokens } from './components/SampleTokens';
import { BatchTable, type BatchRow } from './components/BatchTable';
import { InspectionDetails } from './components/InspectionDetails';
import { toCsv, toJson } from './batchExport';
import { decodePool } from './decodePool';
import { boundRequest } from './inspectorStore';
import { countLines, LARGE_TEXT_CHARS, largePasteText } from './pasteText';

export const INSPECTOR_INPUT_ID = 'inspector-input';

/** Files bigger than this are refused rather than freezing the window. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

function sizeText(text: string, number: ReturnType<typeof useLocale>['number']): string {
  const kb = text.length / 1024;
  return kb >= 1024 ? number(kb / 1024, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }) : number(Math.round(kb), { style: 'unit', unit: 'kilobyte' });
}

export function InspectorScreen() {
  const stores = useAppStores();
  const registry = useRegistry();
  const { t, number } = useLocale();
  const { text, profileId, bound, rows, verified, verifying, decoding, verifyError, verdictFilter } = useInspector(
    useShallow((s) => ({
      text: s.text,
      profileId: s.profileId,
      bound: s.bound,
      rows: s.rows,
      verified: s.verified,
      verifying: s.verifying,
      decoding: s.decoding,
      verifyError: s.verifyError,
      verdictFilter: s.verdictFilter,
    })),
  );
  const profiles = useProfiles((s) => s.profiles);
  const [selected, setSelected] = useState<number | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [boardNote, setBoardNote] = useState<string | null>(null);
  const [editLarge, setEditLarge] = useState(false);
  const large = text.length > LARGE_TEXT_CHARS && !editLarge;
  const lineCount = useMemo(() => (text.length > LARGE_TEXT_CHARS ? countLines(text) : 0), [text]);
  const inspector = stores.inspector.getState();
  // Once the window is idle, the decoding workers start and warm up for a large paste.
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return;
    const id = requestIdleCallback(() => decodePool()?.warm(), { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, []);

  // A row's inspection is read only when needed (the rows in view, the selected one, an
  // export): a large paste's rows derive theirs on first read, and before main has verified
  // anything the store's rows are the table's rows as they are. Counting and filtering need
  // only the verdicts.
  const allRows: readonly BatchRow[] = useMemo(
    () =>
      verified.length === 0
        ? rows
        : rows.map((r) => {
            const mainVerdict = verified[r.index];
            return mainVerdict ? { index: r.index, line: r.line, token: r.token, inspection: mainVerdict } : r;
          }),
    [rows, verified],
  );
  const verdicts = useMemo(() => rows.map((r) => verified[r.index]?.verdict ?? r.verdict), [rows, verified]);
  const counts = useMemo(() => {
    const c = new Map<Verdict, number>();
    for (const v of verdicts) c.set(v, (c.get(v) ?? 0) + 1);
    return c;
  }, [verdicts]);
  const shownRows = useMemo(
    () => (verdictFilter === 'all' ? allRows : allRows.filter((_, i) => verdicts[i] === verdictFilter)),
    [allRows, verdicts, verdictFilter],
  );
  const chosenProfile = profiles.find((p) => p.id === profileId);
  // The values a signature binds but the token does not carry, as the profile's family declares
  // them (CommsEase: the accid; Agora 006: the channel and the uid), one box each.
  const boundInputs = useMemo(
    () => (chosenProfile ? (registry.get(chosenProfile.family)?.verifyInputs.filter((i) => i.requiredToVerify) ?? []) : []),
    [registry, chosenProfile],
  );
  const boundTexts = useFamilyTexts(chosenProfile?.family);
  const single = allRows.length === 1 ? allRows[0] : undefined;
  const detail = single ?? (selected !== null ? allRows[selected] : undefined);

  async function readFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(t('inspector.fileTooBig', { name: file.name, mb: Math.round(file.size / 1048576) }));
      return;
    }
    setFileProblem(null);
    setSelected(null);
    setEditLarge(false);
    inspector.setText(await file.text());
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>): void {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  }

  async function addToBoard(which: readonly BatchRow[]): Promise<void> {
    const candidates = which.filter((r) => r.inspection.expiresAt !== null && r.inspection.verdict !== 'malformed');
    if (candidates.length === 0) {
      setBoardNote(t('inspector.nothingToAdd'));
      return;
    }
    const result = await stores.board.getState().add(
      candidates.slice(0, 5000).map((r) => ({
        token: r.token,
        source: 'pasted' as const,
        ...(profileId ? { profileId } : {}),
        ...boundRequest(bound),
      })),
    );
    setBoardNote(isIpcError(result) ? t('inspector.addFailed', { message: result.message }) : t('inspector.added', { count: result.length }));
  }

  const exportName = `tokenlab-inspection-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

  return (
    <div className="screen inspector-screen">
      <header className="screen-header">
        <h1>{t('screen.inspector')}</h1>
        <p className="muted">{t('inspector.intro')}</p>
      </header>

      <div className="toolbar">
        <ProfileSelect
          id="inspector-profile"
          label={t('inspector.verifyWith')}
          profiles={profiles}
          value={profileId}
          noneLabel={t('inspector.noSecret')}
          onChange={(id) => inspector.setProfile(id)}
        />
        {boundInputs.map((input) => {
          const id = `inspector-bound-${input.key}`;
          const help = boundTexts.help('verify', input);
          return (
            <div className="field" key={input.key}>
              <label htmlFor={id}>{boundTexts.label('verify', input)}</label>
              <input
                id={id}
                value={bound[input.key] ?? ''}
                spellCheck={false}
                autoComplete="off"
                placeholder={input.key === 'userId' ? t('inspector.accidPlaceholder') : undefined}
                aria-describedby={help !== undefined ? `${id}-help` : undefined}
                onChange={(e) => inspector.setBound(input.key, e.target.value)}
              />
              {help !== undefined && (
                <span id={`${id}-help`} className="muted small">
                  {help}
                </span>
              )}
            </div>
          );
        })}
      </div>

      <div className="field paste-field">
        <label htmlFor={INSPECTOR_INPUT_ID}>{t('inspector.input')}</label>
        <textarea
          id={INSPECTOR_INPUT_ID}
          className="mono paste-box"
          // The inspector is where the app opens: ready for a paste at once.
          autoFocus
          value={large ? '' : text}
          rows={allRows.length > 1 ? 4 : 3}
          spellCheck={false}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          placeholder={
            large
              ? t('inspector.placeholderLarge', { size: t('inspector.size', { lines: number(lineCount), size: sizeText(text, number) }) })
              : t('inspector.placeholder')
          }
          aria-describedby="inspector-hint"
          onChange={(e) => {
            setSelected(null);
            setBoardNote(null);
            setEditLarge(false);
            inspector.setText(e.target.value);
          }}
          onPaste={(e) => {
            const next = largePasteText(e.currentTarget, e.clipboardData.getData('text/plain'));
            if (next === null) return;
            e.preventDefault();
            setSelected(null);
            setBoardNote(null);
            setEditLarge(false);
            inspector.setText(next);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
        />
        <div className="row-actions">
          <span id="inspector-hint" className="muted small">
            {allRows.length === 0 && !decoding
              ? text.trim() === ''
                ? t('inspector.hintEmpty')
                : t('inspector.hintNone')
              : t('inspector.found', { count: allRows.length })}
          </span>
          <label className="button secondary file-button">
            {t('inspector.openFile')}
            <input
              type="file"
              accept=".txt,.log,.csv,.json,text/*"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void readFile(file);
                e.target.value = '';
              }}
            />
          </label>
          {large && (
            <button type="button" className="secondary" onClick={() => setEditLarge(true)}>
              {t('inspector.editText')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setEditLarge(false);
              inspector.clear();
            }}
            disabled={text === ''}
          >
            {t('inspector.clear')}
          </button>
        </div>
        {fileProblem && (
          <p className="error-text" role="alert">
            {fileProblem}
          </p>
        )}
      </div>

      {verifyError && (
        <p className="banner tone-bad" role="alert">
          {t('inspector.couldNotVerify', { message: verifyError.message })}
        </p>
      )}

      {allRows.length > 1 && (
        <section className="batch" aria-label={t('inspector.tokensFound')} aria-busy={decoding}>
          <div className="toolbar">
            <div className="field">
              <label htmlFor="inspector-filter">{t('inspector.show')}</label>
              <select
                id="inspector-filter"
                value={verdictFilter}
                onChange={(e) => inspector.setVerdictFilter(e.target.value as Verdict | 'all')}
              >
                <option value="all">{t('inspector.allVerdicts', { count: allRows.length })}</option>
                {VERDICTS.filter((v) => counts.has(v)).map((v) => (
                  <option key={v} value={v}>
                    {t('inspector.verdictCount', { label: t(`verdict.${v}`), count: counts.get(v) })}
                  </option>
                ))}
              </select>
            </div>
            <div className="spacer" />
            <button type="button" className="secondary" onClick={() => downloadText(`${exportName}.csv`, toCsv(shownRows), 'text/csv')}>
              {t('inspector.exportCsv')}
            </button>
            <button type="button" className="secondary" onClick={() => downloadText(`${exportName}.json`, toJson(shownRows), 'application/json')}>
              {t('inspector.exportJson')}
            </button>
            <button type="button" className="secondary" onClick={() => void addToBoard(shownRows)}>
              {t('inspector.addAll')}
            </button>
          </div>
          {verifying && <p className="muted small">{t('inspector.verifyingN', { count: allRows.length })}</p>}
          <BatchTable rows={shownRows} total={allRows.length} selected={selected} onSelect={setSelected} />
        </section>
      )}

      {detail && (
        <InspectionDetails
          inspection={detail.inspection}
          verifying={verifying}
          actions={
            <>
              <button
                type="button"
                onClick={() => void stores.clipboard.getState().copy(detail.token, 'token')}
                aria-keyshortcuts="Control+Shift+C"
              >
                {t('inspector.copyToken')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={detail.inspection.expiresAt === null || detail.inspection.verdict === 'malformed'}
                title={detail.inspection.expiresAt === null || detail.inspection.verdict === 'malformed' ? t('inspector.watchDisabled') : undefined}
                onClick={() => void addToBoard([detail])}
              >
                {t('inspector.watch')}
              </button>
            </>
          }
        />
      )}
      {allRows.length === 0 && text.trim() === '' && (
        <SampleTokens
          onPick={(token) => {
            setSelected(null);
            inspector.setText(token);
          }}
        />
      )}
      {boardNote && (
        <p className="muted small" role="status">
          {boardNote}
        </p>
      )}
    </div>
  );
}
