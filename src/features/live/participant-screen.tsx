import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantView, PublicQuestion } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useLiveSocket } from './live-socket';

type Leave = 'noSession' | 'ended' | 'full' | 'busy' | 'badName';

/** Text in the phone's language, else whatever language the trainer wrote it in. */
export function useText() {
  const { i18n } = useTranslation();
  return (text: Record<string, string>) => text[i18n.language] ?? Object.values(text)[0] ?? '';
}

export function optionLabel(t: (key: 'live.true' | 'live.false') => string, text: (x: Record<string, string>) => string, option: { id: string; text: Record<string, string> }) {
  if (Object.keys(option.text).length === 0 && (option.id === 'true' || option.id === 'false')) return t(option.id === 'true' ? 'live.true' : 'live.false');
  return text(option.text);
}

/** The phone during a session: waiting, answering, the result; it reconnects by itself. */
export function ParticipantScreen({ code, name, pid, token, onLeave }: { code: string; name: string; pid: string; token?: string; onLeave: (reason?: Leave) => void }) {
  const { t } = useTranslation();
  const { status, view, send } = useLiveSocket<ParticipantView>({ t: 'join', code, pid, name, ...(token ? { token } : {}) }, (error) => {
    if (error === 'no_session') onLeave('noSession');
    else if (error === 'ended' || error === 'full') onLeave(error);
    // The server's per-address limit on new seats, and its check of the name, said in the phone's language.
    else if (error === 'rate_limited') onLeave('busy');
    else if (error === 'name') onLeave('badName');
  });
  return (
    <section className="live-phone" aria-labelledby="live-phone-title">
      <title>{`${t('live.join.title')} · ${t('app.name')}`}</title>
      <h1 id="live-phone-title" className="live-phone__who">
        {t('live.join.joinedAs', { name, code })}
      </h1>
      <p role="status" className="live-phone__status">
        {status === 'reconnecting' ? t('live.status.reconnecting') : status === 'connecting' && !view ? t('live.status.connecting') : ''}
      </p>
      {view?.ended ? (
        <p className="live-phone__message">{t('live.sessionEnded')}</p>
      ) : view?.question ? (
        <QuestionCard key={view.question.id} question={view.question} view={view} onAnswer={(a) => send({ t: 'answer', qid: view.question!.id, ...a })} />
      ) : (
        <p className="live-phone__message">{t('live.wait')}</p>
      )}
      <button type="button" className="button button--small" onClick={() => onLeave()}>
        {t('live.join.leave')}
      </button>
    </section>
  );
}

function QuestionCard({ question, view, onAnswer }: { question: PublicQuestion; view: ParticipantView; onAnswer: (a: { optionIds?: string[]; text?: string }) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const f = useFormatters();
  const [chosen, setChosen] = useState<string[]>([]);
  const [goal, setGoal] = useState('');
  const [sent, setSent] = useState(false);
  const id = useId();
  useEffect(() => setSent(view.answered), [view.answered]);
  const answered = view.answered || sent;
  const result = view.result;
  const many = question.kind === 'quiz' && question.multiple;

  return (
    <article className="live-question" aria-labelledby={`${id}-prompt`}>
      <h2 id={`${id}-prompt`} className="live-question__prompt">
        {text(question.prompt)}
      </h2>
      {result ? (
        <Result question={question} result={result} />
      ) : answered ? (
        <p role="status" className="live-phone__message">
          {t('live.answered')}
        </p>
      ) : question.kind === 'smart' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!goal.trim()) return;
            setSent(true);
            onAnswer({ text: goal });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-goal`}>{t('live.goalLabel')}</label>
            <textarea id={`${id}-goal`} rows={4} value={goal} maxLength={1000} aria-describedby={`${id}-goal-hint`} onChange={(e) => setGoal(e.target.value)} />
            <p id={`${id}-goal-hint`} className="hint">
              {t('live.goalHint')}
            </p>
          </div>
          <button type="submit" className="button button--primary live-phone__send" disabled={!goal.trim()}>
            {t('live.answer')}
          </button>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen.length) return;
            setSent(true);
            onAnswer({ optionIds: chosen });
          }}
        >
          <fieldset className="live-options">
            <legend className="visually-hidden">{text(question.prompt)}</legend>
            {many && <p className="hint">{t('live.chooseMany')}</p>}
            {question.options.map((o, i) => (
              <label key={o.id} className={`live-option live-option--${i % 4}`}>
                <input
                  type={many ? 'checkbox' : 'radio'}
                  name={`${id}-option`}
                  checked={chosen.includes(o.id)}
                  onChange={(e) => setChosen((c) => (many ? (e.target.checked ? [...c, o.id] : c.filter((x) => x !== o.id)) : [o.id]))}
                />
                <span>{optionLabel(t, text, o)}</span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button button--primary live-phone__send" disabled={!chosen.length}>
            {t('live.answer')}
          </button>
        </form>
      )}
      {result && <p className="hint">{t('live.results', { answered: f.number(result.answered) })}</p>}
    </article>
  );
}

function Result({ question, result }: { question: PublicQuestion; result: NonNullable<ParticipantView['result']> }) {
  const { t } = useTranslation();
  const text = useText();
  const f = useFormatters();
  if (question.kind !== 'quiz' || !result.correct) return null;
  const right = (result.points ?? 0) > 0;
  const answerText = question.options
    .filter((o) => result.correct!.includes(o.id))
    .map((o) => optionLabel(t, text, o))
    .join(' / ');
  return (
    <div role="status" className={`live-result live-result--${right ? 'right' : 'wrong'}`}>
      <p>{right ? t('live.right', { points: f.number(result.points ?? 0) }) : t('live.wrong', { answer: answerText })}</p>
      {result.rank ? <p>{t('live.rank', { rank: f.number(result.rank), of: f.number(result.of ?? 0) })}</p> : null}
    </div>
  );
}
