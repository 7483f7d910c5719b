// The similarity map: one cell per pair of articles, in group order, drawn on a canvas (a
// grid of thousands of elements would crawl), coloured over the folder's own range with its
// legend. The cell under the pointer or the keyboard cursor shows its figure and what the
// figure ignores; a click or Enter opens that pair in Compare.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId } from '../../../preload/contract';
import { fitHeatScale, HEAT_FLOOR, percent } from './heat-scale';
import { SIMILARITY_IGNORES, type ArticleNames, type SimilarityOf } from './overview-model';
import { useDocumentTheme } from './useDocumentTheme';

interface Props {
  order: ArticleId[];
  names: ArticleNames;
  similarity: SimilarityOf;
  onOpenPair: (a: ArticleId, b: ArticleId) => void;
}

const MAP_PIXELS = 560;

const whole = (value: number): string => `${Math.round(value * 100)}%`;

export function HeatMap({ order, names, similarity, onOpenPair }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<{ row: number; col: number; by: 'pointer' | 'keys' } | null>(null);
  const n = order.length;
  const cell = Math.max(4, Math.min(28, Math.floor(MAP_PIXELS / Math.max(1, n))));
  const size = cell * n;
  const theme = useDocumentTheme();
  const scale = useMemo(() => {
    const values: number[] = [];
    for (let row = 0; row < n; row++)
      for (let col = row + 1; col < n; col++) values.push(similarity(order[row]!, order[col]!));
    return fitHeatScale(values, theme);
  }, [order, similarity, n, theme]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = size * ratio;
    canvas.height = size * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const empty = getComputedStyle(canvas).getPropertyValue('--heat-empty').trim() || '#f0ede6';
    for (let row = 0; row < n; row++) {
      for (let col = 0; col < n; col++) {
        const value = row === col ? null : similarity(order[row]!, order[col]!);
        context.fillStyle = value === null ? '#7f7a72' : value < HEAT_FLOOR ? empty : scale.color(value);
        context.fillRect(col * cell, row * cell, cell - (cell > 6 ? 1 : 0), cell - (cell > 6 ? 1 : 0));
      }
    }
    // The scale follows the theme, so the empty cells' colour is read again with it.
  }, [order, similarity, n, cell, size, scale]);

  const { label } = names;
  const current = cursor && cursor.row !== cursor.col ? cursor : null;
  const figure = current ? similarity(order[current.row]!, order[current.col]!) : 0;
  const description = current
    ? `${label(order[current.row]!)} and ${label(order[current.col]!)}: ${figure < HEAT_FLOOR ? 'under 2%' : percent(figure)} shared`
    : '';

  const cellAt = (event: React.MouseEvent): { row: number; col: number } | null => {
    const box = canvasRef.current!.getBoundingClientRect();
    const col = Math.floor((event.clientX - box.left) / cell);
    const row = Math.floor((event.clientY - box.top) / cell);
    return row >= 0 && col >= 0 && row < n && col < n ? { row, col } : null;
  };
  const onKeyDown = (event: React.KeyboardEvent): void => {
    const at = cursor ?? { row: 0, col: Math.min(1, n - 1) };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const row = Math.min(n - 1, Math.max(0, at.row + move[0]));
      const col = Math.min(n - 1, Math.max(0, at.col + move[1]));
      setCursor({ row, col, by: 'keys' });
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      onOpenPair(order[current.row]!, order[current.col]!);
    }
  };
  const numbers = useMemo(() => order.map((id, i) => ({ id, i })), [order]);

  return (
    <div className="heat">
      <div className="heat-body">
        <div
          className="heat-canvas"
          tabIndex={0}
          role="application"
          aria-label="Similarity map. Arrow keys move between pairs, Enter opens the pair in Compare."
          aria-describedby="heat-figure heat-measure"
          onKeyDown={onKeyDown}
          onFocus={() => setCursor((c) => c ?? { row: 0, col: Math.min(1, n - 1), by: 'keys' })}
          onBlur={() => setCursor((c) => (c?.by === 'keys' ? null : c))}
          style={{ width: size, height: size }}
        >
          <canvas
            ref={canvasRef}
            style={{ width: size, height: size }}
            data-testid="heat-map"
            onMouseMove={(event) => {
              const at = cellAt(event);
              setCursor(at && { ...at, by: 'pointer' });
            }}
            onMouseLeave={() => setCursor((c) => (c?.by === 'pointer' ? null : c))}
            onClick={(event) => {
              const at = cellAt(event);
              if (at && at.row !== at.col) onOpenPair(order[at.row]!, order[at.col]!);
            }}
          />
          {current && (
            <div
              className="heat-cursor"
              style={{
                left: current.col * cell - 1,
                top: current.row * cell - 1,
                width: cell + 1,
                height: cell + 1,
              }}
            />
          )}
        </div>
        <ol
          className="heat-labels"
          style={{ lineHeight: `${cell}px`, fontSize: Math.min(12, Math.max(9, cell - 2)) }}
        >
          {cell >= 9 &&
            numbers.map(({ id, i }) => (
              <li
                key={id}
                className={current && (current.row === i || current.col === i) ? 'is-current' : undefined}
                title={names.full(id)}
              >
                {label(id)}
              </li>
            ))}
        </ol>
      </div>
      <p id="heat-figure" className="heat-figure" role="status">
        {description ||
          'Point at a cell (or focus the map and use the arrow keys) to see how much two articles share.'}
      </p>
      <p id="heat-measure" className="heat-measure" hidden={!current}>
        {SIMILARITY_IGNORES}
      </p>
      <div className="heat-legend" data-testid="heat-legend">
        <span className="heat-legend-empty" aria-hidden="true" />
        <span>under 2%</span>
        <span className="heat-legend-low">{whole(scale.low)}</span>
        <span className="heat-legend-bar" aria-hidden="true" style={{ background: scale.gradient }} />
        <span className="heat-legend-high">{whole(scale.high)}</span>
        <span className="heat-legend-note">
          {scale.low > HEAT_FLOOR || scale.high < 1
            ? 'colours span this folder’s range of shared text'
            : 'shared text'}
        </span>
      </div>
    </div>
  );
}
