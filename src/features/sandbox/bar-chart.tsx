interface Props {
  label: string;
  bars: { name: string; value: number; group?: number }[];
  format: (value: number) => string;
}

// Quarters are told apart by shade of the one accent color: green, amber and red would read as
// on track, at risk and behind, which a plan's months are not.
const GROUP_OPACITY = [1, 0.6];

/** A horizontal bar chart in plain SVG (no chart library to load); the table beside it has the figures. */
export function BarChart({ label, bars, format }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labels = bars.map((b) => format(b.value));
  // The longest figure ("RMB 17.14 million" in English) must fit after the longest bar.
  const span = Math.max(120, 292 - 7 * Math.max(0, ...labels.map((l) => l.length)));
  const rowHeight = 26;
  const height = bars.length * rowHeight + 8;
  return (
    <svg className="bar-chart" viewBox={`0 0 400 ${height}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
      {bars.map((b, i) => {
        const width = (b.value / max) * span;
        const y = i * rowHeight + 4;
        return (
          <g key={b.name}>
            <text x="0" y={y + 16} className="bar-chart__name">
              {b.name}
            </text>
            <rect x="100" y={y + 3} width={Math.max(width, 1)} height="18" rx="3" fill="var(--accent)" fillOpacity={GROUP_OPACITY[(b.group ?? 0) % GROUP_OPACITY.length]} />
            <text x={104 + width} y={y + 16} className="bar-chart__value">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
