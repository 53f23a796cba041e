interface Props {
  value: number;
  max: number;
  /** What the bar measures, shown and announced. */
  label: string;
  compact?: boolean;
}

export function ProgressBar({ value, max, label, compact }: Props) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className={`progress${compact ? ' progress--compact' : ''}`}>
      {!compact && <span className="progress__label">{label}</span>}
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={label}
      >
        <div className="progress__fill" style={{ inlineSize: `${ratio * 100}%` }} />
      </div>
    </div>
  );
}
