import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PropsOf } from '../content/vocabulary';
import { revealState, useSlideContext } from './slide-context';
import './blocks.css';

type WithChildren<P> = P & { children?: ReactNode };

const calloutLabel = {
  key: 'mdx.callouts.key',
  tip: 'mdx.callouts.tip',
  example: 'mdx.callouts.example',
  warning: 'mdx.callouts.warning',
} as const;
const caseKindLabel = { success: 'mdx.caseKinds.success', failure: 'mdx.caseKinds.failure' } as const;

export function CardGrid({ columns, children }: WithChildren<PropsOf<'CardGrid'>>) {
  return (
    <ul className="card-grid" data-columns={columns ?? 'auto'} role="list">
      {children}
    </ul>
  );
}

export function Card({ title, tag, children }: WithChildren<PropsOf<'Card'>>) {
  return (
    <li className="card">
      {tag && <span className="card__tag">{tag}</span>}
      <h3 className="card__title">{title}</h3>
      <div className="card__body">{children}</div>
    </li>
  );
}

export function Steps({ children }: { children?: ReactNode }) {
  return <ol className="steps">{children}</ol>;
}

export function Step({ title, children }: WithChildren<PropsOf<'Step'>>) {
  return (
    <li className="step">
      <h3 className="step__title">{title}</h3>
      <div className="step__body">{children}</div>
    </li>
  );
}

export function Callout({ kind, children }: WithChildren<PropsOf<'Callout'>>) {
  const { t } = useTranslation();
  return (
    <div className={`callout callout--${kind}`}>
      <p className="callout__label">{t(calloutLabel[kind])}</p>
      {children}
    </div>
  );
}

export function Compare({ instead, better }: PropsOf<'Compare'>) {
  const { t } = useTranslation();
  return (
    <dl className="compare">
      <div className="compare__side compare__side--instead">
        <dt>{t('mdx.instead')}</dt>
        <dd>{instead}</dd>
      </div>
      <div className="compare__side compare__side--better">
        <dt>{t('mdx.better')}</dt>
        <dd>{better}</dd>
      </div>
    </dl>
  );
}

export function SmartCards({ children }: { children?: ReactNode }) {
  return (
    <ul className="smart-cards" role="list">
      {children}
    </ul>
  );
}

export function SmartCard({ letter, title, children }: WithChildren<PropsOf<'SmartCard'>>) {
  return (
    <li className="smart-card">
      <span className="smart-card__letter" aria-hidden="true">
        {letter}
      </span>
      <h3 className="smart-card__title">{title}</h3>
      <div className="smart-card__body">{children}</div>
    </li>
  );
}

export function Methods({ children }: { children?: ReactNode }) {
  return (
    <ul className="methods" role="list">
      {children}
    </ul>
  );
}

export function Method({ title, basis, bestFor, children }: WithChildren<PropsOf<'Method'>>) {
  const { t } = useTranslation();
  return (
    <li className="method">
      <h3 className="method__title">{title}</h3>
      <dl className="method__facts">
        <div>
          <dt>{t('mdx.basis')}</dt>
          <dd>{basis}</dd>
        </div>
        <div>
          <dt>{t('mdx.bestFor')}</dt>
          <dd>{bestFor}</dd>
        </div>
      </dl>
      <div className="method__body">{children}</div>
    </li>
  );
}

export function CaseStudy({ letter, title, kind, org, result, hideResult, situation, children }: WithChildren<PropsOf<'CaseStudy'>>) {
  const { t } = useTranslation();
  const state = revealState(useSlideContext(), hideResult ? 0 : -1);
  const meta = (
    <p className="case__meta">
      <span className="case__letter">{t('mdx.caseLabel', { letter })}</span>
      <span className="badge">{t(caseKindLabel[kind])}</span>
    </p>
  );
  // Before the trainer's reveal the room sees who and the starting point, not what was done or how it ended.
  if (state === 'hidden')
    return (
      <article className={`case case--${kind}`} aria-labelledby={`case-${letter}`}>
        {meta}
        <h3 className="case__title" id={`case-${letter}`}>
          {org}
        </h3>
        <p className="case__situation">{situation}</p>
        <p className="case__hidden">{t('mdx.caseHidden')}</p>
      </article>
    );
  return (
    <article className={`case case--${kind}`} aria-labelledby={`case-${letter}`} data-concealed={state === 'preview' || undefined}>
      {meta}
      {state === 'preview' && <p className="reveal-tag">{t('mdx.notYetShown')}</p>}
      <h3 className="case__title" id={`case-${letter}`}>
        {title}
      </h3>
      <p className="case__org">{org}</p>
      <p className="case__result">
        <strong>{t('mdx.result')}</strong> {result}
      </p>
      <div className="case__body">{children}</div>
    </article>
  );
}
