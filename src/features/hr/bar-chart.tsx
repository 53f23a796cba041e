import { useId } from 'react';
import { fitLabel } from './chart-label';

export interface Bar {
  label: string;
  value: number;
  /** The value as shown (a count, a percentage). */
  text: string;
}

const WIDTH = 400;
const ROW = 46;
const FONT = 13;
/** Room after the longest bar for its value. */
const VALUE_ROOM = 56;

/**
 * A horizontal bar chart in plain SVG: no chart library, nothing loaded outside HR's pages. Each
 * label sits on its own line above its bar, across the whole width, so that a long department
 * name is not cut at the chart's edge; one longer still ends in an ellipsis, with the whole label
 * as its tooltip. The chart is an image with a name; the table after it (the caller's) carries
 * the figures for anyone who cannot see it.
 */
export function BarChart({ title, bars, max }: { title: string; bars: readonly Bar[]; max: number }) {
  const id = useId();
  const scale = (v: number) => (max > 0 ? (v / max) * (WIDTH - VALUE_ROOM) : 0);
  return (
    <svg className="hr-chart" role="img" aria-labelledby={id} viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} width="100%">
      <title id={id}>{title}</title>
      {bars.map((b, i) => {
        const label = fitLabel(b.label, WIDTH - 4, FONT);
        return (
          <g key={b.label} transform={`translate(0 ${i * ROW + 2})`}>
            <title>{b.label}</title>
            <text x={0} y={FONT} className="hr-chart__label">
              {label.text}
            </text>
            <rect x={0} y={FONT + 7} height={ROW - FONT - 14} width={scale(b.value)} className="hr-chart__bar" />
            <text x={scale(b.value) + 6} y={FONT + 7 + (ROW - FONT - 14) / 2} dominantBaseline="middle" className="hr-chart__value">
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
