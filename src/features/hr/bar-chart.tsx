import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** The value as shown (a count, a percentage). */
  text: string;
}

/**
 * A horizontal bar chart in plain SVG: no chart library, nothing loaded outside HR's pages. The
 * chart is an image with a name; the table after it (the caller's) carries the figures for
 * anyone who cannot see it.
 */
export function BarChart({ title, bars, max }: { title: string; bars: readonly Bar[]; max: number }) {
  const id = useId();
  const row = 28;
  const label = 160;
  const width = 560;
  const scale = (v: number) => (max > 0 ? (v / max) * (width - label - 64) : 0);
  return (
    <svg className="hr-chart" role="img" aria-labelledby={id} viewBox={`0 0 ${width} ${bars.length * row + 8}`} width="100%">
      <title id={id}>{title}</title>
      {bars.map((b, i) => (
        <g key={b.label} transform={`translate(0 ${i * row + 4})`}>
          <text x={label - 8} y={row / 2} textAnchor="end" dominantBaseline="middle" className="hr-chart__label">
            {b.label}
          </text>
          <rect x={label} y={4} height={row - 8} width={scale(b.value)} className="hr-chart__bar" />
          <text x={label + scale(b.value) + 6} y={row / 2} dominantBaseline="middle" className="hr-chart__value">
            {b.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
