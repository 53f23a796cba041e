import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveClientBody, PushedQuestion, QuestionSet } from '../../domain';
import { useText } from './live-text';
import { useFormatters } from '../../ui/use-formatters';

export interface Draft {
  title: string;
  questions: PushedQuestion[];
}

const kindKey = {
  poll: 'live.kind.poll',
  quiz: 'live.kind.quiz',
  smart: 'live.kind.smart',
  objection: 'live.kind.objection',
  open: 'live.kind.open',
  rating: 'live.kind.rating',
  qa: 'live.kind.qa',
} as const satisfies Record<PushedQuestion['kind'], string>;

/** A question in a list: its kind and the start of its prompt. */
function useSummary() {
  const { t } = useTranslation();
  const text = useText();
  return (q: PushedQuestion) => {
    const prompt = q.kind === 'smart' && q.scenario ? text(q.scenario.name) : text(q.prompt);
    return prompt ? t('live.sets.item', { kind: t(kindKey[q.kind]), prompt: prompt.slice(0, 70) }) : t(kindKey[q.kind]);
  };
}

/**
 * The module's question sets, kept on the server for every session of the module: push any
 * question of a set, or prepare a new set (while preparing, the buttons above add to it).
 */
export function HostSets({ sets, draft, onDraft, send }: { sets: QuestionSet[]; draft?: Draft; onDraft: (d: Draft | undefined) => void; send: (m: LiveClientBody) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const summary = useSummary();
  const id = useId();
  const [noTitle, setNoTitle] = useState(false);
  return (
    <section className="live-host__sets" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('live.sets.title')}</h3>
      {sets.length === 0 && !draft && <p className="hint">{t('live.sets.none')}</p>}
      {sets.map((set) => (
        <details key={set.id}>
          <summary>{t('live.sets.summary', { title: set.title, count: set.questions.length, formatted: f.number(set.questions.length) })}</summary>
          <ol>
            {set.questions.map((q, i) => (
              <li key={i}>
                <span>{summary(q)}</span>
                <button type="button" className="button button--small" aria-label={t('live.sets.pushOne', { item: summary(q) })} onClick={() => send({ t: 'push', question: q })}>
                  {t('live.host.push')}
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              if (window.confirm(t('live.sets.confirmDelete', { title: set.title }))) send({ t: 'delete_set', id: set.id });
            }}
          >
            {t('live.sets.delete', { title: set.title })}
          </button>
        </details>
      ))}
      {draft ? (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.title.trim()) return setNoTitle(true);
            if (draft.questions.length === 0) return;
            send({ t: 'save_set', set: { title: draft.title.trim(), questions: draft.questions } });
            onDraft(undefined);
          }}
        >
          <label htmlFor={`${id}-name`}>{t('live.sets.name')}</label>
          <input id={`${id}-name`} value={draft.title} maxLength={120} aria-invalid={noTitle || undefined} onChange={(e) => (setNoTitle(false), onDraft({ ...draft, title: e.target.value }))} />
          {noTitle && (
            <p role="alert" className="field-error">
              {t('live.sets.noTitle')}
            </p>
          )}
          <p className="hint">{t('live.sets.preparing', { count: draft.questions.length, formatted: f.number(draft.questions.length) })}</p>
          <ol aria-label={t('live.sets.draft')}>
            {draft.questions.map((q, i) => (
              <li key={i}>{summary(q)}</li>
            ))}
          </ol>
          <button type="submit" className="button button--primary" disabled={draft.questions.length === 0}>
            {t('live.sets.save')}
          </button>
          <button type="button" className="button button--small" onClick={() => onDraft(undefined)}>
            {t('live.sets.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => onDraft({ title: '', questions: [] })}>
          {t('live.sets.new')}
        </button>
      )}
    </section>
  );
}
