import { displayWidth, shortenText } from '../../domain';

interface Props {
  label: string;
  bars: { name: string; value: number; group?: number }[];
  format: (value: number) => string;
}

// Quarters are told apart by shade of the one accent color: green, amber and red would read as
// on track, at risk and behind, which a plan's months are not.
const GROUP_OPACITY = [1, 0.6];

// Widths in the chart's units at its 12px type: about 7 for a Latin character (digits and capitals
// are the widest), 14 for a Chinese one, which the domain's display width counts twice.
const LATIN = 7;
const textWidth = (text: string) => displayWidth(text) * LATIN;
const CHART_WIDTH = 400;
const GAP = 8;
// A name may take up to this much of the width; a longer one is cut with an ellipsis (its whole
// text in a tooltip, and in the table beside the chart).
const MAX_NAME = 180;

/** A horizontal bar chart in plain SVG (no chart library to load); the table beside it has the figures. */
export function BarChart({ label, bars, format }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const labels = bars.map((b) => format(b.value));
  // The bars start after the longest name, so no name runs under a bar.
  const nameWidth = Math.min(MAX_NAME, Math.max(40, ...bars.map((b) => textWidth(b.name))));
  const barX = nameWidth + GAP;
  // The longest figure ("RMB 17.14 million" in English) must fit after the longest bar, even beside the longest names.
  const span = Math.max(60, CHART_WIDTH - barX - GAP - Math.max(0, ...labels.map(textWidth)));
  const rowHeight = 26;
  const height = bars.length * rowHeight + 8;
  return (
    <svg className="bar-chart" viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={label} preserveAspectRatio="xMinYMin meet">
      {bars.map((b, i) => {
        const width = (b.value / max) * span;
        const y = i * rowHeight + 4;
        const name = shortenText(b.name, Math.floor(nameWidth / LATIN));
        return (
          <g key={b.name}>
            <text x="0" y={y + 16} className="bar-chart__name">
              {name !== b.name && <title>{b.name}</title>}
              {name}
            </text>
            <rect x={barX} y={y + 3} width={Math.max(width, 1)} height="18" rx="3" fill="var(--accent)" fillOpacity={GROUP_OPACITY[(b.group ?? 0) % GROUP_OPACITY.length]} />
            <text x={barX + 4 + width} y={y + 16} className="bar-chart__value">
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
