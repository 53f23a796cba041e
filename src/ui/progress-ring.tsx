interface Props {
  value: number;
  max: number;
  /** What the ring measures, announced. */
  label: string;
  /** Shown in the middle (a count or a percentage); decoration, since the label says it all. */
  center?: string;
  size?: number;
}

const R = 16;
const C = 2 * Math.PI * R;

/** A progress ring: the same progressbar semantics as the bar, drawn round. */
export function ProgressRing({ value, max, label, center, size = 56 }: Props) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      className={`progress-ring${ratio === 1 ? ' progress-ring--done' : ''}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={label}
      style={{ inlineSize: size, blockSize: size }}
    >
      <svg viewBox="0 0 40 40" aria-hidden="true" focusable="false">
        <circle className="progress-ring__track" cx="20" cy="20" r={R} />
        <circle className="progress-ring__fill" cx="20" cy="20" r={R} strokeDasharray={C} strokeDashoffset={C * (1 - ratio)} />
      </svg>
      {center && (
        <span className="progress-ring__center" aria-hidden="true">
          {center}
        </span>
      )}
    </div>
  );
}
