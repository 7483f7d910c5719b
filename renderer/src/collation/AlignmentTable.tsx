// Alignment-table mode, for short texts and verse: one column per witness, one row per slot;
// readings that differ from the base are shaded. Text cells follow the DOM contract.
import type { Collation } from '../../../preload/contract';
import { isAgreement, type Unit } from './collation-model';

interface Props {
  collation: Collation;
  units: Unit[];
  ids: string[];
  sigla: Record<string, string>;
  activeUnit: number | null;
  onChoose: (unit: number) => void;
}

export function AlignmentTable({ collation, units, ids, sigla, activeUnit, onChoose }: Props) {
  const base = collation.base;
  const unitAt = new Map(units.map((unit) => [`${unit.row}:${unit.segment ?? 'p'}`, unit]));
  const witnesses = ids.map((id) => collation.witnesses.find((w) => w.id === id)!);
  return (
    <div className="alignment-table-wrap">
      <table className="alignment-table">
        <thead>
          <tr>
            <th scope="col">¶</th>
            {witnesses.map((w) => (
              <th key={w.id} scope="col" title={`${w.title} — ${w.path}`}>
                {sigla[w.id]}
                {w.id === base && <span className="base-tag"> base</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {collation.rows.map((row, r) => {
            if (ids.every((id) => row.paragraphs[id] === null)) return null;
            return (
              <tr key={r} data-row={r}>
                <th scope="row">{r + 1}</th>
                {witnesses.map((w) => {
                  if (row.paragraphs[w.id] === null) {
                    const unit = unitAt.get(`${r}:p`);
                    return (
                      <td
                        key={w.id}
                        className={`no-paragraph${unit && unit.index === activeUnit ? ' is-active' : ''}`}
                      >
                        —
                      </td>
                    );
                  }
                  return (
                    <td key={w.id}>
                      {row.segments.map((segment, s) => {
                        const text = segment.readings[w.id] ?? '';
                        const unit = unitAt.get(`${r}:${s}`);
                        const agrees = isAgreement(segment);
                        const differs = unit?.differing.includes(w.id) ?? false;
                        if (text === '') {
                          return differs ? (
                            <span key={s} className="cell-omission" title="omitted here">
                              ‸
                            </span>
                          ) : null;
                        }
                        return (
                          <span
                            key={s}
                            data-side={agrees ? 'both' : w.id === base ? 'left' : 'right'}
                            data-op={agrees ? 'equal' : 'variant'}
                            data-witness={w.id}
                            className={`${differs ? 'cell-differs' : ''}${unit && unit.index === activeUnit ? ' is-active' : ''}`}
                            onClick={unit ? () => onChoose(unit.index) : undefined}
                          >
                            {text}
                          </span>
                        );
                      })}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
