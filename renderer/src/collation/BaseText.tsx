// The base text in full, each variation unit shaded by how many witnesses differ there.
// Article text sits only in data-side/data-op elements (with data-witness); marks and badges
// around it are UI. Verse keeps its lines: readings keep their own line breaks. Words some
// witness reads elsewhere (a transposition) are marked as moved, and ⇄ marks where they land.
import { memo } from 'react';
import type { Collation } from '../../../preload/contract';
import {
  heatLevel,
  isAgreement,
  movedPieces,
  paragraphText,
  type Unit,
  type UnitMove,
} from './collation-model';

interface Props {
  collation: Collation;
  units: Unit[];
  /** Witnesses collated, base included. */
  ids: string[];
  sigla: Record<string, string>;
  /** Transpositions by unit index. */
  moves: Map<number, UnitMove[]>;
  activeUnit: number | null;
  onHover: (unit: number | null) => void;
  onChoose: (unit: number) => void;
}

const names = (ids: string[], sigla: Record<string, string>): string =>
  ids.map((id) => sigla[id] ?? id).join(', ');

/** Sigla with their files, for a badge's tooltip (revisions often share one title). */
const namesWithFiles = (ids: string[], sigla: Record<string, string>, collation: Collation): string =>
  ids
    .map((id) => `${sigla[id] ?? id} ${collation.witnesses.find((witness) => witness.id === id)?.path ?? ''}`)
    .join(', ');

/** What the unit's transpositions say, for its label and tooltip. */
function movesLabel(moves: readonly UnitMove[], sigla: Record<string, string>): string {
  return moves
    .map((move) =>
      move.here === 'base'
        ? `“${move.words}” is read elsewhere in ${names(move.witnesses, sigla)}`
        : `“${move.words}” is moved here in ${names(move.witnesses, sigla)}`,
    )
    .join('; ');
}

function BaseTextView({ collation, units, ids, sigla, moves, activeUnit, onHover, onChoose }: Props) {
  const base = collation.base;
  const others = ids.length - 1;
  const unitAt = new Map(units.map((unit) => [`${unit.row}:${unit.segment ?? 'p'}`, unit]));
  const unitProps = (unit: Unit) => {
    const unitMoves = moves.get(unit.index) ?? [];
    return {
      'data-unit': unit.index,
      className: `unit ${unit.spacingOnly ? 'is-spacing' : `heat-${heatLevel(unit.differing.length, others)}`}${unit.index === activeUnit ? ' is-active' : ''}${unitMoves.length > 0 ? ' has-move' : ''}`,
      tabIndex: unit.index === (activeUnit ?? 0) ? 0 : -1,
      role: 'button',
      title: unitMoves.length > 0 ? movesLabel(unitMoves, sigla) : undefined,
      'aria-label': `Variant ${unit.index + 1}: ${unit.differing.length} of ${others} witnesses differ${unit.spacingOnly ? ' in spacing only' : ''} (${names(unit.differing, sigla)})${unitMoves.length > 0 ? `; ${movesLabel(unitMoves, sigla)}` : ''}`,
      onMouseEnter: () => onHover(unit.index),
      onMouseLeave: () => onHover(null),
      onFocus: () => onChoose(unit.index),
      onClick: () => onChoose(unit.index),
    };
  };
  return (
    <div className="collation-text">
      {collation.rows.map((row, r) => {
        const paragraphUnit = unitAt.get(`${r}:p`);
        const moved = Object.entries(row.moved ?? {}).filter(([id]) => ids.includes(id));
        if (row.paragraphs[base] === null) {
          if (!paragraphUnit) return null;
          const holder = ids.find((id) => row.paragraphs[id] !== null)!;
          return (
            <div key={r} className="collation-para is-not-in-base" data-row={r}>
              <span {...unitProps(paragraphUnit)}>
                <span
                  className="para-badge"
                  title={namesWithFiles(paragraphUnit.differing, sigla, collation)}
                >
                  Not in the base · in {names(paragraphUnit.differing, sigla)}
                  {moved.length > 0 && ' (moved)'}
                </span>
                <span data-side="right" data-op="added" data-witness={holder}>
                  {paragraphText(row, holder)}
                </span>
              </span>
            </div>
          );
        }
        return (
          <p key={r} className="collation-para" data-row={r}>
            {paragraphUnit && (
              <span
                {...unitProps(paragraphUnit)}
                className={`${unitProps(paragraphUnit).className} para-unit`}
              >
                <span
                  className="para-badge"
                  title={namesWithFiles(paragraphUnit.differing, sigla, collation)}
                >
                  Absent from {names(paragraphUnit.differing, sigla)}
                </span>
              </span>
            )}
            {moved.length > 0 && (
              <span
                className="para-badge is-move"
                title={namesWithFiles(
                  moved.map(([id]) => id),
                  sigla,
                  collation,
                )}
              >
                Moved in{' '}
                {names(
                  moved.map(([id]) => id),
                  sigla,
                )}
              </span>
            )}
            {row.segments.map((segment, s) => {
              const text = segment.readings[base] ?? '';
              const unit = unitAt.get(`${r}:${s}`);
              if (!unit || isAgreement(segment)) {
                return (
                  <span key={s} data-side="both" data-op="equal" data-witness={base}>
                    {text}
                  </span>
                );
              }
              const unitMoves = moves.get(unit.index) ?? [];
              const landing = unitMoves.some((move) => move.here === 'witness');
              return (
                <span key={s} {...unitProps(unit)}>
                  {landing && (
                    <span className="unit-mark move-mark" aria-hidden="true">
                      ⇄
                    </span>
                  )}
                  {text === ''
                    ? !landing && (
                        <span className="unit-mark" aria-hidden="true">
                          ‸
                        </span>
                      )
                    : movedPieces(text, unitMoves).map((piece, k) => (
                        <span
                          key={k}
                          data-side="left"
                          data-op={piece.moved ? 'moved' : 'variant'}
                          data-witness={base}
                          className={piece.moved ? 'moved-words' : undefined}
                        >
                          {piece.text}
                        </span>
                      ))}
                </span>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}

export const BaseText = memo(BaseTextView);
