/**
 * The inspector screen: one paste box decoded as you type; one token → its full inspection,
 * several → a filterable, exportable, virtualised table. A dropped or opened text file fills
 * the box. Verifying against a profile happens in main (store action); this only renders.
 */
import { useMemo, useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VERDICTS, type Verdict } from '../../../../shared/tokens/types';
import { useRegistry } from '../../app/registry';
import { useAppStores, useInspector, useProfiles } from '../../app/stores';
import { ProfileSelect } from '../../components/ProfileSelect';
import { VERDICT_LABEL } from '../../components/verdictText';
import { isIpcError } from '../../lib/api/ipcError';
import { downloadText } from '../../lib/download/downloadText';
import { BatchTable, type BatchRow } from './components/BatchTable';
import { InspectionDetails } from './components/InspectionDetails';
import { toCsv, toJson } from './batchExport';

export const INSPECTOR_INPUT_ID = 'inspector-input';

/** Files bigger than this are refused rather than freezing the window. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * Past this size the paste box stops displaying the text: laying out megabytes of wrapped text
 * in a textarea costs the browser about a second per change, while the table shows it all
 * better. The text stays in the store; "Edit the text" brings it back into the box.
 */
const LARGE_TEXT_CHARS = 200_000;

function describeSize(text: string, lines: number): string {
  const kb = text.length / 1024;
  return `${lines.toLocaleString('en')} lines (${kb >= 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`})`;
}

export function InspectorScreen() {
  const stores = useAppStores();
  const registry = useRegistry();
  const { text, profileId, accid, rows, verified, verifying, verifyError, verdictFilter } = useInspector(
    useShallow((s) => ({
      text: s.text,
      profileId: s.profileId,
      accid: s.accid,
      rows: s.rows,
      verified: s.verified,
      verifying: s.verifying,
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
  const lineCount = useMemo(() => (text.length > LARGE_TEXT_CHARS ? text.split('\n').length : 0), [text]);
  const inspector = stores.inspector.getState();

  const allRows: BatchRow[] = useMemo(
    () => rows.map((r) => ({ index: r.index, line: r.line, token: r.token, inspection: verified[r.index] ?? r.local })),
    [rows, verified],
  );
  const counts = useMemo(() => {
    const c = new Map<Verdict, number>();
    for (const r of allRows) c.set(r.inspection.verdict, (c.get(r.inspection.verdict) ?? 0) + 1);
    return c;
  }, [allRows]);
  const shownRows = useMemo(
    () => (verdictFilter === 'all' ? allRows : allRows.filter((r) => r.inspection.verdict === verdictFilter)),
    [allRows, verdictFilter],
  );
  const chosenProfile = profiles.find((p) => p.id === profileId);
  // The value a signature binds but the token does not carry (CommsEase: the accid), asked for when the family needs it.
  const boundInput = chosenProfile ? registry.get(chosenProfile.family)?.verifyInputs.find((i) => i.requiredToVerify) : undefined;
  const single = allRows.length === 1 ? allRows[0] : undefined;
  const detail = single ?? (selected !== null ? allRows[selected] : undefined);

  async function readFile(file: File): Promise<void> {
    if (file.size > MAX_FILE_BYTES) {
      setFileProblem(`${file.name} is ${Math.round(file.size / 1048576)} MB; files up to 20 MB can be inspected.`);
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

  async function addToBoard(which: BatchRow[]): Promise<void> {
    const candidates = which.filter((r) => r.inspection.expiresAt !== null && r.inspection.verdict !== 'malformed');
    if (candidates.length === 0) {
      setBoardNote('Nothing to add: only tokens with a readable expiry can be watched.');
      return;
    }
    const result = await stores.board.getState().add(
      candidates.slice(0, 5000).map((r) => ({
        token: r.token,
        source: 'pasted' as const,
        ...(profileId ? { profileId } : {}),
        ...(boundInput && accid.trim() !== '' ? { accid: accid.trim() } : {}),
      })),
    );
    setBoardNote(isIpcError(result) ? `Could not add to the board: ${result.message}` : `Added ${result.length} to the countdown board.`);
  }

  const exportName = `tokenlab-inspection-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;

  return (
    <div className="screen inspector-screen">
      <header className="screen-header">
        <h1>Inspector</h1>
        <p className="muted">Paste a token, a log line, or many lines. It is decoded as you type.</p>
      </header>

      <div className="toolbar">
        <ProfileSelect
          id="inspector-profile"
          label="Verify with"
          profiles={profiles}
          value={profileId}
          noneLabel="No secret (decode only)"
          onChange={(id) => inspector.setProfile(id)}
        />
        {boundInput && (
          <div className="field">
            <label htmlFor="inspector-accid">{boundInput.label}</label>
            <input
              id="inspector-accid"
              value={accid}
              spellCheck={false}
              autoComplete="off"
              placeholder="the account the token is for"
              onChange={(e) => inspector.setAccid(e.target.value)}
            />
          </div>
        )}
      </div>

      <div className="field paste-field">
        <label htmlFor={INSPECTOR_INPUT_ID}>Token or text</label>
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
              ? `${describeSize(text, lineCount)} being inspected. Paste or drop here to replace them.`
              : '04AAAAAG… or eyJzaWduYXR1cmUi… — or drop a text file here'
          }
          aria-describedby="inspector-hint"
          onChange={(e) => {
            setSelected(null);
            setBoardNote(null);
            setEditLarge(false);
            inspector.setText(e.target.value);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
        />
        <div className="row-actions">
          <span id="inspector-hint" className="muted small">
            {allRows.length === 0
              ? text.trim() === ''
                ? 'Ctrl+Shift+V pastes and inspects from anywhere.'
                : 'No token found in this text.'
              : `${allRows.length} token${allRows.length === 1 ? '' : 's'} found`}
          </span>
          <label className="button secondary file-button">
            Open text file…
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
              Edit the text
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
            Clear
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
          Could not verify: {verifyError.message}
        </p>
      )}

      {allRows.length > 1 && (
        <section className="batch" aria-label="Tokens found">
          <div className="toolbar">
            <div className="field">
              <label htmlFor="inspector-filter">Show</label>
              <select
                id="inspector-filter"
                value={verdictFilter}
                onChange={(e) => inspector.setVerdictFilter(e.target.value as Verdict | 'all')}
              >
                <option value="all">All verdicts ({allRows.length})</option>
                {VERDICTS.filter((v) => counts.has(v)).map((v) => (
                  <option key={v} value={v}>
                    {VERDICT_LABEL[v]} ({counts.get(v)})
                  </option>
                ))}
              </select>
            </div>
            <div className="spacer" />
            <button type="button" className="secondary" onClick={() => downloadText(`${exportName}.csv`, toCsv(shownRows), 'text/csv')}>
              Export CSV
            </button>
            <button type="button" className="secondary" onClick={() => downloadText(`${exportName}.json`, toJson(shownRows), 'application/json')}>
              Export JSON
            </button>
            <button type="button" className="secondary" onClick={() => void addToBoard(shownRows)}>
              Add all to board
            </button>
          </div>
          {verifying && <p className="muted small">Verifying {allRows.length} tokens…</p>}
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
                Copy token
              </button>
              <button
                type="button"
                className="secondary"
                disabled={detail.inspection.expiresAt === null || detail.inspection.verdict === 'malformed'}
                onClick={() => void addToBoard([detail])}
              >
                Watch on board
              </button>
            </>
          }
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
