// Alignment-table mode, for short texts and verse: one column per witness, one row per slot;
// readings that differ from the base are shaded. Text cells follow the DOM contract. The table
// scrolls inside its own box, witness labels and paragraph numbers sticky, and keeps the
// current variation unit in view. Transposed words are marked as the base text marks them: a
// dashed box in the move colour, and ⇄ where the witness reads them, with a name saying where
// the other end is.
import { useEffect, useRef } from 'react';
import type { Collation } from '../../../preload/contract';
import { cellKey, isAgreement, piecesAt, type CellMove, type Unit } from './collation-model';
import { WitnessLabel } from './WitnessLabel';

interface Props {
  collation: Collation;
  units: Unit[];
  ids: string[];
  sigla: Record<string, string>;
  /** Transposed words by cell (cellKey). */
  moves: Map<string, CellMove[]>;
  activeUnit: number | null;
  onChoose: (unit: number) => void;
}

/** "“Space” transposed: B reads it at variant 3", for a mark's name and tooltip. */
function moveLabel(moves: readonly CellMove[], sigla: Record<string, string>): string {
  return moves
    .map((move) => {
      const who = move.partners.map((id) => sigla[id] ?? id).join(', ');
      const where = move.other === null ? 'elsewhere in the paragraph' : `at variant ${move.other + 1}`;
      return move.here === 'base'
        ? `“${move.words}” transposed: ${who} ${move.partners.length > 1 ? 'read' : 'reads'} it ${where}`
        : `“${move.words}” transposed: the base (${who}) reads it ${where}`;
    })
    .join('; ');
}

export function AlignmentTable({ collation, units, ids, sigla, moves, activeUnit, onChoose }: Props) {
  const base = collation.base;
  const unitAt = new Map(units.map((unit) => [`${unit.row}:${unit.segment ?? 'p'}`, unit]));
  const witnesses = ids.map((id) => collation.witnesses.find((w) => w.id === id)!);
  const wrapRef = useRef<HTMLDivElement>(null);
  // Follow the current unit: a reading that differs there, else any cell of it.
  useEffect(() => {
    if (activeUnit === null) return;
    const wrap = wrapRef.current;
    const cell =
      wrap?.querySelector<HTMLElement>(`.cell-differs[data-cell-unit="${activeUnit}"]`) ??
      wrap?.querySelector<HTMLElement>(`td.has-paragraph[data-cell-unit="${activeUnit}"]`) ??
      wrap?.querySelector<HTMLElement>(`[data-cell-unit="${activeUnit}"]`);
    if (!cell || !wrap) return;
    // A cell taller than the box is shown from its top (below the sticky labels).
    const tall = cell.getBoundingClientRect().height > wrap.clientHeight * 0.8;
    cell.scrollIntoView({ block: tall ? 'start' : 'center', inline: 'center' });
  }, [activeUnit]);
  return (
    <div className="alignment-table-wrap" ref={wrapRef}>
      <table className="alignment-table">
        <thead>
          <tr>
            <th scope="col">¶</th>
            {witnesses.map((w) => (
              <th key={w.id} scope="col">
                <WitnessLabel witness={w} siglum={sigla[w.id] ?? w.id} />
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
                        data-cell-unit={unit?.index}
                      >
                        — no paragraph
                      </td>
                    );
                  }
                  // A paragraph some witnesses lack: the cells that have it are that unit's text.
                  const paragraphUnit = unitAt.get(`${r}:p`);
                  return (
                    <td key={w.id} className="has-paragraph" data-cell-unit={paragraphUnit?.index}>
                      {row.segments.map((segment, s) => {
                        const text = segment.readings[w.id] ?? '';
                        const unit = unitAt.get(`${r}:${s}`);
                        const agrees = isAgreement(segment);
                        const differs = unit?.differing.includes(w.id) ?? false;
                        if (text === '') {
                          return differs ? (
                            <span
                              key={s}
                              className="cell-omission"
                              title="omitted here"
                              data-cell-unit={unit?.index}
                            >
                              ‸
                            </span>
                          ) : null;
                        }
                        const side = agrees ? 'both' : w.id === base ? 'left' : 'right';
                        const className = `${differs ? 'cell-differs' : ''}${unit && unit.index === activeUnit ? ' is-active' : ''}`;
                        const choose = unit ? () => onChoose(unit.index) : undefined;
                        const cellMoves = moves.get(cellKey(r, s, w.id));
                        if (!cellMoves) {
                          return (
                            <span
                              key={s}
                              data-side={side}
                              data-op={agrees ? 'equal' : 'variant'}
                              data-witness={w.id}
                              data-cell-unit={unit?.index}
                              className={className}
                              onClick={choose}
                            >
                              {text}
                            </span>
                          );
                        }
                        // The unit's reading cut at its transposed words (the wrapper is the
                        // cell's unit, for following it; the text stays in data-side pieces).
                        return (
                          <span key={s} className={className} data-cell-unit={unit?.index} onClick={choose}>
                            {piecesAt(text, cellMoves).map((piece, k) =>
                              piece.ranges.length === 0 ? (
                                <span key={k} data-side={side} data-op="variant" data-witness={w.id}>
                                  {piece.text}
                                </span>
                              ) : (
                                <span
                                  key={k}
                                  className="cell-move"
                                  role="group"
                                  aria-label={moveLabel(piece.ranges, sigla)}
                                  title={moveLabel(piece.ranges, sigla)}
                                >
                                  {piece.ranges.some((move) => move.here === 'witness') && (
                                    <span className="move-mark" aria-hidden="true">
                                      ⇄
                                    </span>
                                  )}
                                  <span
                                    data-side={side}
                                    data-op="moved"
                                    data-witness={w.id}
                                    className="moved-words"
                                  >
                                    {piece.text}
                                  </span>
                                </span>
                              ),
                            )}
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
