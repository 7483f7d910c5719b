// The apparatus of one variation unit: each distinct reading with the sigla of the witnesses
// that have it (the base's first), "compare these two" for each witness against the base, and
// the words of the unit that stand elsewhere in some witness (transpositions), with a link there.
import type { Collation } from '../../../preload/contract';
import { groupsAt, punctuationDifference, type Unit, type UnitMove } from './collation-model';
import { WitnessLabel } from './WitnessLabel';

interface Props {
  collation: Collation;
  unit: Unit | null;
  total: number;
  ids: string[];
  sigla: Record<string, string>;
  /** This unit's transpositions. */
  moves: UnitMove[];
  onCompare: (witnessId: string, unit: Unit) => void;
  onGoTo: (unit: number) => void;
}

/** Readings that look alike once spacing is ignored differ in spacing or line breaks. */
const spacingOnly = (texts: Array<string | null>): boolean => {
  const present = texts.filter((t): t is string => t !== null);
  return new Set(present.map((t) => t.trim().replace(/\s+/g, ' '))).size < new Set(present).size;
};

export function Apparatus({ collation, unit, total, ids, sigla, moves, onCompare, onGoTo }: Props) {
  if (!unit) {
    return (
      <aside className="apparatus" aria-label="Apparatus">
        <p className="message">
          {total === 0
            ? 'The witnesses agree: no variation units.'
            : 'Point at, focus or click a shaded place in the text to see every witness’s reading there.'}
        </p>
      </aside>
    );
  }
  const groups = groupsAt(collation, unit)
    .map((group) => ({ ...group, witnesses: group.witnesses.filter((id) => ids.includes(id)) }))
    .filter((group) => group.witnesses.length > 0);
  const others = ids.length - 1;
  const witnessOf = (id: string) => collation.witnesses.find((witness) => witness.id === id)!;
  const punctuation = punctuationDifference(groups.map((group) => group.text));
  return (
    <aside className="apparatus" aria-label="Apparatus" aria-live="polite">
      <header className="apparatus-head">
        <strong>
          Variant {unit.index + 1} of {total}
        </strong>{' '}
        · ¶{unit.row + 1} · {unit.differing.length} of {others}{' '}
        {others === 1 ? 'witness differs' : 'witnesses differ'}
        {unit.segment === null && ' (the paragraph itself)'}
        {unit.spacingOnly && ' in spacing only (indentation, space widths)'}
        {spacingOnly(groups.map((g) => g.text)) && ' · some readings differ only in spacing or line breaks'}
        {punctuation === 'all' && ' · the readings differ only in punctuation'}
        {punctuation === 'some' && ' · some readings differ only in punctuation'}
      </header>
      {moves.length > 0 && (
        <ul className="moves" aria-label="Transpositions">
          {moves.map((move) => (
            <li key={`${move.here}:${move.start}:${move.words}:${move.witnesses.join(' ')}`}>
              <span className="move-mark" aria-hidden="true">
                ⇄{' '}
              </span>
              <span data-side="left" data-op="moved" data-witness={collation.base}>
                {move.words}
              </span>{' '}
              {move.here === 'base'
                ? `(base) is read in another place by ${move.witnesses.map((id) => sigla[id]).join(' ')}`
                : `is read here by ${move.witnesses.map((id) => sigla[id]).join(' ')}; the base reads it in another place`}
              {move.other !== null && (
                <button type="button" onClick={() => onGoTo(move.other!)}>
                  Go to variant {move.other + 1}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ol className="readings">
        {groups.map((group) => (
          <li key={group.witnesses.join(' ')} className={group.isBase ? 'is-base' : ''}>
            <span className="sigla">
              {group.witnesses.map((id) => (
                <WitnessLabel key={id} witness={witnessOf(id)} siglum={sigla[id] ?? id} />
              ))}
              {group.isBase && <span className="base-tag">base</span>}
            </span>
            {group.text === null ? (
              <em className="reading-none">no paragraph here</em>
            ) : group.text === '' ? (
              <em className="reading-none">om. (nothing here)</em>
            ) : (
              <span
                className="reading-text"
                data-side={group.isBase ? 'left' : 'right'}
                data-op="reading"
                data-witness={group.witnesses.join(' ')}
              >
                {group.text}
              </span>
            )}
            <span className="reading-actions">
              {group.witnesses
                .filter((id) => id !== collation.base)
                .map((id) => (
                  <button
                    key={id}
                    type="button"
                    onClick={() => onCompare(id, unit)}
                    title="Open the pair view here"
                  >
                    Compare {sigla[id]} with base
                  </button>
                ))}
            </span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
