import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pointsAt, type ParticipantView, type PublicQuestion } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useText } from './live-text';
import { useLiveSocket } from './live-socket';
import { PhoneAnswerForm, type PhoneAnswer } from './phone-answer';
import { PhoneQa } from './phone-qa';
import { PhoneResult } from './phone-result';
import { deadlineOf, useCountdown } from './use-countdown';
import { GoalFacts } from './goal-facts';

export { optionLabel, useText } from './live-text';

export type Leave = 'noSession' | 'ended' | 'full' | 'busy' | 'badName' | 'nameTaken' | 'removed';

/** The phone during a session: waiting, answering against the clock, its own result and the room's; it reconnects by itself. */
export function ParticipantScreen({ code, name, pid, token, onLeave }: { code: string; name: string; pid: string; token?: string; onLeave: (reason?: Leave, suggestion?: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [refused, setRefused] = useState<'late' | 'closed' | undefined>();
  const { status, view, send } = useLiveSocket<ParticipantView>({ t: 'join', code, pid, name, lang, ...(token ? { token } : {}) }, (error, suggestion) => {
    if (error === 'no_session') onLeave('noSession');
    else if (error === 'ended' || error === 'full' || error === 'removed') onLeave(error);
    // The server's per-address limit on new seats, and its check of the name, said in the phone's language.
    else if (error === 'rate_limited') onLeave('busy');
    else if (error === 'name') onLeave('badName');
    else if (error === 'name_taken') onLeave('nameTaken', suggestion);
    else if (error === 'late' || error === 'closed') setRefused(error);
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
        <QuestionCard
          key={view.question.id}
          question={view.question}
          view={view}
          refused={refused}
          onAnswer={(a) => {
            setRefused(undefined);
            send({ t: 'answer', qid: view.question!.id, ...a });
          }}
          onAsk={(text) => send({ t: 'ask', text })}
          onVote={(entryId) => send({ t: 'vote', entryId })}
        />
      ) : (
        <p className="live-phone__message">{t('live.wait')}</p>
      )}
      <button type="button" className="button button--small" onClick={() => onLeave()}>
        {t('live.join.leave')}
      </button>
    </section>
  );
}

interface CardProps {
  question: PublicQuestion;
  view: ParticipantView;
  refused?: 'late' | 'closed';
  onAnswer: (a: PhoneAnswer) => void;
  onAsk: (text: string) => void;
  onVote: (entryId: string) => void;
}

function QuestionCard({ question, view, refused, onAnswer, onAsk, onVote }: CardProps) {
  const { t } = useTranslation();
  const text = useText();
  const f = useFormatters();
  const id = useId();
  const [sent, setSent] = useState(false);
  // A refusal from the server takes the answer back: the phone says why instead of "your answer is in".
  useEffect(() => {
    if (refused) setSent(false);
  }, [refused]);
  const deadline = deadlineOf(question);
  const left = useCountdown(deadline, view.now);
  const answered = view.answered || (sent && !refused);
  const result = view.result;
  const timeUp = left === 0;
  const prompt = question.kind === 'smart' && Object.keys(question.prompt).length === 0 ? t('live.smartCall', { company: question.scenario ? text(question.scenario.name) : t('live.yourCompany'), year: question.scenario?.year ?? '' }) : text(question.prompt);

  return (
    <article className="live-question" aria-labelledby={`${id}-prompt`}>
      <h2 id={`${id}-prompt`} className="live-question__prompt">
        {prompt}
      </h2>
      {question.kind === 'smart' && question.scenario && <p className="live-question__scenario">{text(question.scenario.summary)}</p>}
      {question.kind === 'smart' && <GoalFacts facts={question.scenario?.facts} />}
      {question.kind === 'quiz' && left !== undefined && !result && !answered && (
        <p className="live-countdown" aria-live="off">
          {t('live.countdown', { seconds: f.number(Math.ceil(left / 1000)) })} · {t('live.pointsNow', { points: f.number(timeUp ? 0 : pointsAt(question.seconds * 1000 - left, question.seconds)) })}
        </p>
      )}
      {result ? (
        <PhoneResult question={question} result={result} mine={view.mine} />
      ) : question.kind === 'qa' ? (
        <PhoneQa entries={view.qa ?? []} onAsk={onAsk} onVote={onVote} />
      ) : answered ? (
        <p role="status" className="live-phone__message">
          {t('live.answered')}
        </p>
      ) : (
        <>
          {(refused || timeUp) && (
            <p role="alert" className="field-error">
              {refused === 'closed' ? t('live.closed') : refused === 'late' ? t('live.late') : t('live.timeUp')}
            </p>
          )}
          <PhoneAnswerForm
            question={question}
            disabled={false}
            onAnswer={(a) => {
              setSent(true);
              onAnswer(a);
            }}
          />
        </>
      )}
    </article>
  );
}
