// The apparatus of one variation unit: each distinct reading with the sigla of the witnesses
// that have it (the base's first), and "compare these two" for each witness against the base.
import type { Collation } from '../../../preload/contract';
import { groupsAt, punctuationDifference, type Unit } from './collation-model';

interface Props {
  collation: Collation;
  unit: Unit | null;
  total: number;
  ids: string[];
  sigla: Record<string, string>;
  onCompare: (witnessId: string, unit: Unit) => void;
}

/** Readings that look alike once spacing is ignored differ in spacing or line breaks. */
const spacingOnly = (texts: Array<string | null>): boolean => {
  const present = texts.filter((t): t is string => t !== null);
  return new Set(present.map((t) => t.trim().replace(/\s+/g, ' '))).size < new Set(present).size;
};

export function Apparatus({ collation, unit, total, ids, sigla, onCompare }: Props) {
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
      <ol className="readings">
        {groups.map((group) => (
          <li key={group.witnesses.join(' ')} className={group.isBase ? 'is-base' : ''}>
            <span className="sigla">
              {group.witnesses.map((id) => sigla[id]).join(' ')}
              {group.isBase && <span className="base-tag"> base</span>}
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
