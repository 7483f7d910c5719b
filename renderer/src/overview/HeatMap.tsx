// The similarity map: one cell per pair of articles, in group order, drawn on a canvas (a
// grid of thousands of elements would crawl). The cell under the pointer or the keyboard
// cursor shows its figure; a click or Enter opens that pair in Compare.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleId, ArticleSummary } from '../../../preload/contract';
import { HEAT_GRADIENT, heatColor, percent } from './heat-scale';
import type { SimilarityOf } from './overview-model';

interface Props {
  order: ArticleId[];
  articles: ReadonlyMap<ArticleId, ArticleSummary>;
  similarity: SimilarityOf;
  onOpenPair: (a: ArticleId, b: ArticleId) => void;
}

const MAP_PIXELS = 560;

export function HeatMap({ order, articles, similarity, onOpenPair }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [cursor, setCursor] = useState<{ row: number; col: number; by: 'pointer' | 'keys' } | null>(null);
  const n = order.length;
  const cell = Math.max(4, Math.min(28, Math.floor(MAP_PIXELS / Math.max(1, n))));
  const size = cell * n;

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
        context.fillStyle = value === null ? '#7f7a72' : value < 0.02 ? empty : heatColor(value);
        context.fillRect(col * cell, row * cell, cell - (cell > 6 ? 1 : 0), cell - (cell > 6 ? 1 : 0));
      }
    }
  }, [order, similarity, n, cell, size]);

  const label = (id: ArticleId): string => articles.get(id)?.title || articles.get(id)?.path || 'article';
  const current = cursor && cursor.row !== cursor.col ? cursor : null;
  const figure = current ? similarity(order[current.row]!, order[current.col]!) : 0;
  const description = current
    ? `${label(order[current.row]!)} and ${label(order[current.col]!)}: ${figure < 0.02 ? 'under 2%' : percent(figure)} shared`
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
          aria-describedby="heat-figure"
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
      <div className="heat-legend" aria-hidden="true">
        <span>under 2%</span>
        <span className="heat-legend-bar" style={{ background: HEAT_GRADIENT }} />
        <span>100%</span>
      </div>
    </div>
  );
}
