// The collation view: the base text with its variant heat map (or the alignment table), below
// it the apparatus of the unit in view and the witness panel as tabs, the legend, exports and
// keyboard stepping from unit to unit. Its state lives here and in useWitnesses/useCollation.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId } from '../../../preload/contract';
import { api, messageOf } from '../api';
import { isTypingIn } from '../app/keys';
import { AlignmentTable } from './AlignmentTable';
import { Apparatus } from './Apparatus';
import { BaseText } from './BaseText';
import { CollationDock, type DockTab } from './CollationDock';
import { cellMoves, distancesFromBase, movesByUnit, offsetOf, unitsOf, type Unit } from './collation-model';
import type { NoteDraft } from '../notes/model';
import { baseNoteDraft, baseText, selectedBasePassage, type BasePassage } from './base-passage';
import { useCollation } from './useCollation';
import type { Witnesses } from './useWitnesses';
import { WitnessPanel } from './WitnessPanel';
import './collation.css';

interface Props {
  witnesses: Witnesses;
  /** Changes when the folder is reread. */
  revision: unknown;
  /** Takes a note on a passage of the base text. */
  onAddNote: (draft: Omit<NoteDraft, 'folder'>) => void;
  /** Opens the pair view on base (A) and witness (B) at this offset of A's (or else B's) text. */
  onCompare: (
    baseId: ArticleId,
    witnessId: ArticleId,
    at: { side: 'left' | 'right'; offset: number } | null,
  ) => void;
}

type Mode = 'text' | 'table';

export function CollationPane({ witnesses, revision, onAddNote, onCompare }: Props) {
  const { collation, loading, progress, error } = useCollation(witnesses.ids, witnesses.baseId, revision);
  const [mode, setMode] = useState<Mode>('text');
  const [hovered, setHovered] = useState<number | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The witnesses first (sigla, base, who is in); a chosen unit brings the apparatus forward.
  const [dockTab, setDockTab] = useState<DockTab>('witnesses');
  const [dockOpen, setDockOpen] = useState(true);
  const bodyRef = useRef<HTMLDivElement>(null);

  const ids = useMemo(() => (collation ? collation.witnesses.map((w) => w.id) : []), [collation]);
  const units = useMemo(() => (collation ? unitsOf(collation, ids) : []), [collation, ids]);
  const moves = useMemo(
    () => (collation ? movesByUnit(collation, units, ids) : new Map()),
    [collation, units, ids],
  );
  const movesByCell = useMemo(
    () => (collation ? cellMoves(collation, units, ids) : new Map()),
    [collation, units, ids],
  );
  const distances = useMemo(() => (collation ? distancesFromBase(collation) : null), [collation]);
  const sigla = useMemo(() => {
    const result: Record<string, string> = { ...(collation?.sigla ?? {}) };
    for (const [id, siglum] of Object.entries(witnesses.sigla)) if (siglum.trim()) result[id] = siglum.trim();
    return result;
  }, [collation, witnesses.sigla]);
  const shownSigla = useMemo(
    () => ({ ...(collation?.sigla ?? {}), ...witnesses.sigla }),
    [collation, witnesses.sigla],
  );

  // A new collation starts with no unit chosen.
  const [seen, setSeen] = useState(collation);
  if (seen !== collation) {
    setSeen(collation);
    setChosen(null);
    setHovered(null);
  }

  // The base passage selected, which "Add note on selection" anchors to.
  const [passage, setPassage] = useState<BasePassage | null>(null);
  useEffect(() => {
    const onSelectionChange = (): void => setPassage(collation ? selectedBasePassage(collation) : null);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [collation]);
  const addNote = (): void => {
    const article = witnesses.chosen.find((candidate) => candidate.id === collation?.base);
    if (!collation || !passage || !article) return;
    onAddNote(baseNoteDraft(article, baseText(collation), passage));
    window.getSelection()?.removeAllRanges();
  };

  const choose = useCallback((index: number) => {
    setChosen(index);
    setDockTab('apparatus');
  }, []);

  const active = hovered ?? chosen;
  const activeUnit: Unit | null = active !== null ? (units[active] ?? null) : null;

  const goTo = useCallback(
    (index: number) => {
      if (units.length === 0) return;
      const next = (index + units.length) % units.length;
      choose(next);
      setHovered(null);
      const element = bodyRef.current?.querySelector<HTMLElement>(`[data-unit="${next}"]`);
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
    },
    [units, choose],
  );

  // Back from the table, the text opens at the unit chosen there (once it is laid out).
  const showText = (): void => {
    setMode('text');
    if (chosen === null) return;
    requestAnimationFrame(() =>
      bodyRef.current?.querySelector(`[data-unit="${chosen}"]`)?.scrollIntoView({ block: 'center' }),
    );
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || isTypingIn(event.target)) return;
      const forward =
        (!event.altKey && event.key === 'n') ||
        (event.key === 'F7' && !event.shiftKey) ||
        (event.altKey && event.key === 'ArrowDown');
      const back =
        (!event.altKey && event.key === 'p') ||
        (event.key === 'F7' && event.shiftKey) ||
        (event.altKey && event.key === 'ArrowUp');
      if (!forward && !back) return;
      event.preventDefault();
      goTo(chosen === null ? (forward ? 0 : units.length - 1) : chosen + (forward ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, chosen, units.length]);

  const compareAt = (witnessId: string, unit: Unit): void => {
    if (!collation) return;
    const baseOffset = offsetOf(collation, unit, collation.base);
    const witnessOffset = offsetOf(collation, unit, witnessId);
    onCompare(
      collation.base,
      witnessId,
      baseOffset !== null
        ? { side: 'left', offset: baseOffset }
        : witnessOffset !== null
          ? { side: 'right', offset: witnessOffset }
          : null,
    );
  };

  const exportAs = async (format: 'tei' | 'csv' | 'html'): Promise<void> => {
    try {
      const result = await api.saveCollationExport({ format, sigla });
      setStatus(result.saved ? `Saved ${result.fileName}.` : null);
    } catch (reason) {
      setStatus(`Could not save: ${messageOf(reason)}`);
    }
  };

  if (witnesses.chosen.length < 2) {
    return (
      <main className="collation collation-empty">
        <p className="message">
          Tick two articles or more in the list (the box before each title), or press <em>Collate all</em>, to
          see every version at once.
        </p>
      </main>
    );
  }
  const others = Math.max(1, ids.length - 1);
  return (
    <main className="collation" aria-busy={loading}>
      <header className="collation-header">
        <div className="collation-title">
          <strong>Collation</strong> of {ids.length} witnesses
          {collation && (
            <>
              {' '}
              · base <b>{sigla[collation.base]}</b> · {units.length} variation{' '}
              {units.length === 1 ? 'unit' : 'units'}
            </>
          )}
        </div>
        <div className="collation-actions">
          <div className="segmented" role="group" aria-label="Layout">
            <button type="button" aria-pressed={mode === 'text'} onClick={showText}>
              Base text
            </button>
            <button
              type="button"
              aria-pressed={mode === 'table'}
              onClick={() => setMode('table')}
              title="Columns are witnesses, rows are paragraphs: for short texts and verse"
            >
              Alignment table
            </button>
          </div>
          <button
            type="button"
            onClick={() => goTo((chosen ?? 0) - 1)}
            disabled={units.length === 0}
            title="Previous variant (p, Shift+F7)"
          >
            ‹ Previous
          </button>
          <span className="unit-counter" role="status">
            {units.length === 0
              ? 'No variants'
              : chosen === null
                ? `${units.length} variants`
                : `Variant ${chosen + 1} of ${units.length}`}
          </span>
          <button
            type="button"
            onClick={() => goTo(chosen === null ? 0 : chosen + 1)}
            disabled={units.length === 0}
            title="Next variant (n, F7)"
          >
            Next ›
          </button>
          <button
            type="button"
            onClick={addNote}
            disabled={!passage}
            title="Select a passage of the base text first"
          >
            Add note on selection
          </button>
          <span className="export-buttons" role="group" aria-label="Export the collation">
            <button
              type="button"
              onClick={() => void exportAs('tei')}
              disabled={!collation}
              title="TEI P5, parallel segmentation"
            >
              TEI
            </button>
            <button
              type="button"
              onClick={() => void exportAs('csv')}
              disabled={!collation}
              title="The apparatus as a CSV table"
            >
              CSV
            </button>
            <button
              type="button"
              onClick={() => void exportAs('html')}
              disabled={!collation}
              title="The apparatus as an HTML table"
            >
              HTML
            </button>
          </span>
        </div>
      </header>
      {status && (
        <p className="message" role="status">
          {status}
        </p>
      )}
      {witnesses.ids.length < 2 && <p className="message">Include two witnesses or more.</p>}
      {error && (
        <p className="message error" role="alert">
          Could not collate these articles: {error}
        </p>
      )}
      {loading && (
        <div className="compare-progress" role="status">
          <span>Collating…{progress ? ` ${progress.done} of ${progress.total} witnesses aligned` : ''}</span>
          {progress && (
            <progress max={progress.total} value={progress.done} aria-label="Collation progress" />
          )}
        </div>
      )}
      <div className="heat-legend" aria-label="Legend">
        <span>Witnesses differing from the base:</span>
        {[1, 2, 3, 4, 5].map((level) => {
          const from = Math.floor(((level - 1) * others) / 5) + 1;
          const to = Math.floor((level * others) / 5);
          if (to < from) return null;
          return (
            <span key={level} className={`unit heat-${level} legend-swatch`}>
              {from === to ? from : `${from}–${to}`}
            </span>
          );
        })}
        <span className="unit is-spacing legend-swatch">spacing only</span>
        <span className="legend-mark">‸ words the base lacks</span>
        <span className="legend-mark">
          <span className="moved-words">moved</span> ⇄ words read in another order (transposed)
        </span>
      </div>
      {collation && (
        <div
          className={`collation-body${mode === 'table' ? ' is-table' : ''}${loading ? ' is-stale' : ''}`}
          ref={bodyRef}
        >
          {mode === 'text' ? (
            <BaseText
              collation={collation}
              units={units}
              ids={ids}
              sigla={sigla}
              moves={moves}
              activeUnit={active}
              onHover={setHovered}
              onChoose={choose}
            />
          ) : (
            <AlignmentTable
              collation={collation}
              units={units}
              ids={ids}
              sigla={sigla}
              moves={movesByCell}
              activeUnit={active}
              onChoose={choose}
            />
          )}
        </div>
      )}
      <CollationDock
        tab={dockTab}
        open={dockOpen}
        witnessCount={witnesses.chosen.length}
        onTab={setDockTab}
        onToggle={() => setDockOpen((open) => !open)}
        apparatus={
          collation && (
            <Apparatus
              collation={collation}
              unit={activeUnit}
              total={units.length}
              ids={ids}
              sigla={sigla}
              moves={activeUnit ? (moves.get(activeUnit.index) ?? []) : []}
              onCompare={compareAt}
              onGoTo={goTo}
            />
          )
        }
        witnesses={
          <WitnessPanel
            chosen={witnesses.chosen}
            excluded={witnesses.excluded}
            baseId={witnesses.baseId}
            sigla={shownSigla}
            distances={distances}
            onInclude={witnesses.setIncluded}
            onBase={witnesses.setBase}
            onSiglum={witnesses.setSiglum}
          />
        }
      />
    </main>
  );
}
