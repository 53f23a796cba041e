import { Children, createContext, isValidElement, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropsOf } from '../content/vocabulary';
import './figures.css';
import { useFormatters } from '../ui/use-formatters';
import { revealState, useSlideContext } from './slide-context';

/** A figure's place in its grid's reveal order; -1 where the grid does not reveal. */
const StatStep = createContext(-1);

type WithChildren<P> = P & { children?: ReactNode };

const qualifierText = { under: 'mdx.under', over: 'mdx.over' } as const;
const levelLabel = { yellow: 'mdx.levels.yellow', red: 'mdx.levels.red', reminder: 'mdx.levels.reminder' } as const;

/** The width a bar's words take on one line, with the bar's own padding and gaps. */
function wordsWidth(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  const words = [...bar.children].map((w) => w.getBoundingClientRect().width);
  return words.reduce((sum, w) => sum + w, 0) + parseFloat(style.columnGap || '0') * Math.max(0, words.length - 1) + parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
}

/**
 * Bars too narrow for their words (8% of a phone's width) grow to hold them. So that the funnel
 * still narrows stage by stage, each bar is at least as wide as the widest words of the stages
 * below it: the floor is measured, from the last stage up, whenever the funnel's width changes.
 */
function useFunnelFloors() {
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol) return;
    const fit = () => {
      let floor = 0;
      for (const bar of [...ol.querySelectorAll<HTMLElement>(':scope > li > div > span:first-child')].reverse()) {
        floor = Math.max(floor, wordsWidth(bar));
        bar.style.setProperty('--funnel-floor', `${Math.ceil(floor)}px`);
      }
    };
    // Not measured here: reading sizes inside React's commit would lay out the whole page in
    // that one task. The observer's first call comes once the browser has laid it out anyway,
    // still before anything is painted.
    const resized = new ResizeObserver(fit);
    resized.observe(ol);
    return () => resized.disconnect();
  }, []);
  return list;
}

export function Funnel({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const list = useFunnelFloors();
  return (
    <ol className="funnel" ref={list} aria-label={t('mdx.funnelLabel')}>
      {Children.map(children, (child, index) =>
        isValidElement<PropsOf<'FunnelStage'>>(child) ? (
          <li className="funnel__row" style={{ '--funnel-width': `${Math.max(child.props.percent, 2)}%` } as React.CSSProperties}>
            <span className="visually-hidden">{t('mdx.stage', { number: f.number(index + 1) })}</span>
            {child}
          </li>
        ) : child,
      )}
    </ol>
  );
}

export function FunnelStage({ label, percent, children }: WithChildren<PropsOf<'FunnelStage'>>) {
  const f = useFormatters();
  return (
    <div className="funnel__stage">
      <span className="funnel__bar">
        <span className="funnel__percent">{f.percent(percent)}</span>
        <span className="funnel__label">{label}</span>
      </span>
      {children && <span className="funnel__note">{children}</span>}
    </div>
  );
}

export function TierTable({ children }: { children?: ReactNode }) {
  return (
    <ul className="tiers" role="list">
      {children}
    </ul>
  );
}

export function Tier({ tier, name, customersFrom, customersTo, revenueFrom, revenueTo, children }: WithChildren<PropsOf<'Tier'>>) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <li className={`tier tier--${tier.toLowerCase()}`}>
      <p className="tier__badge">{t('mdx.tier', { tier })}</p>
      <h3 className="tier__name">{name}</h3>
      <dl className="tier__shares">
        <div>
          <dt>{t('mdx.customers')}</dt>
          <dd>
            {f.percent(customersFrom)}–{f.percent(customersTo)}
          </dd>
        </div>
        <div>
          <dt>{t('mdx.revenue')}</dt>
          <dd>
            {f.percent(revenueFrom)}–{f.percent(revenueTo)}
          </dd>
        </div>
      </dl>
      <div className="tier__body">{children}</div>
    </li>
  );
}

export function StatGrid({ reveal, children }: WithChildren<PropsOf<'StatGrid'>>) {
  let step = 0;
  return (
    <ul className="stats" role="list">
      {reveal
        ? Children.map(children, (child) => (isValidElement(child) ? <StatStep value={step++}>{child}</StatStep> : child))
        : children}
    </ul>
  );
}

export function Stat({ value, format, qualifier, label }: PropsOf<'Stat'>) {
  const { t } = useTranslation();
  const f = useFormatters();
  const state = revealState(useSlideContext(), useContext(StatStep));
  const shown = format === 'percent' ? f.ratio(value) : format === 'multiple' ? `${f.number(value)}×` : f.number(value);
  const text = qualifier ? t(qualifierText[qualifier], { value: shown }) : shown;
  return (
    <li className="stat" data-concealed={state === 'preview' || undefined}>
      {state === 'hidden' ? (
        <span className="stat__value stat__value--hidden">
          <span aria-hidden="true">?</span>
          <span className="visually-hidden">{t('mdx.statHidden')}</span>
        </span>
      ) : (
        <span className="stat__value">{text}</span>
      )}
      <span className="stat__label">{label}</span>
      {state === 'preview' && <span className="reveal-tag">{t('mdx.notYetShown')}</span>}
    </li>
  );
}

export function Thresholds({ children }: { children?: ReactNode }) {
  return (
    <ul className="thresholds" role="list">
      {children}
    </ul>
  );
}

export function Threshold({ metric, below, basis, level, children }: WithChildren<PropsOf<'Threshold'>>) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <li className={`threshold threshold--${level}`}>
      <p className="threshold__rule">
        <span className="threshold__condition">{t('mdx.threshold', { metric, basis, value: f.ratio(below) })}</span>
        <span aria-hidden="true"> → </span>
        <strong className={`level level--${level}`}>{t(levelLabel[level])}</strong>
      </p>
      {children && <div className="threshold__action">{children}</div>}
    </li>
  );
}

export function CareerLadder({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ol className="ladder" aria-label={t('mdx.ladderLabel')}>
      {children}
    </ol>
  );
}

export function Rung({ title, duty }: PropsOf<'Rung'>) {
  return (
    <li className="ladder__rung">
      <span className="ladder__title">{title}</span>
      <span className="ladder__duty">{duty}</span>
    </li>
  );
}
