import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pointsAt, type ParticipantView, type PublicQuestion } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useQuestionText, useText } from './live-text';
import { useLiveSocket } from './live-socket';
import { PhoneAnswerForm, type PhoneAnswer } from './phone-answer';
import { PhoneQa } from './phone-qa';
import { PhoneResult } from './phone-result';
import { PhoneFinal } from './phone-final';
import { PhoneTookPart } from './phone-took-part';
import { deadlineOf, useCountdown } from './use-countdown';
import { useOnline } from '../../ui/use-online';
import { GoalFacts } from './goal-facts';

export { optionLabel, useText } from './live-text';

export type Leave = 'noSession' | 'ended' | 'full' | 'busy' | 'badName' | 'nameTaken' | 'removed';

/**
 * Where this phone's last answer is: on its way (queued offline, or not yet acknowledged), in (the
 * server has journaled it and said so), refused because the seat had answered from another screen,
 * or refused because the question had closed or its time was up.
 */
type Delivery = { qid: string; state: 'sending' | 'in' | 'elsewhere' | 'late' | 'closed' };
const refusals = { late: 'late', closed: 'closed', already_answered: 'elsewhere' } as const;

/** The phone during a session: waiting, answering against the clock, its own result and the room's; it reconnects by itself. */
export function ParticipantScreen({
  code,
  name,
  pid,
  token,
  waitForToken = false,
  onLeave,
  onSignedOut,
}: {
  code: string;
  name: string;
  pid: string;
  token?: string | undefined;
  /** The phone joins only once its statement token is in (so it sits down as the trainee, never first as a guest). */
  waitForToken?: boolean;
  onLeave: (reason?: Leave, suggestion?: string) => void;
  /** The server no longer knows the token: the phone keeps its place here while its sign-in is renewed. */
  onSignedOut?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const online = useOnline();
  const [delivery, setDelivery] = useState<Delivery | undefined>();
  const { status, view, send } = useLiveSocket<ParticipantView>(
    waitForToken && !token ? null : { t: 'join', code, pid, name, lang, ...(token ? { token } : {}) },
    (error, suggestion, qid) => {
      if (error === 'no_session') onLeave('noSession');
      else if (error === 'signed_out') {
        // An answer refused for it did not count: once signed in again, the question takes it anew.
        if (qid) setDelivery((d) => (d?.qid === qid ? undefined : d));
        onSignedOut?.();
      }
      // An answer refused because the session had ended names its question: the phone stays on its ending, saying the answer did not count.
      else if (error === 'ended' && qid) setDelivery((d) => (d?.qid === qid ? { qid, state: 'closed' } : d));
      else if (error === 'ended' || error === 'full' || error === 'removed') onLeave(error);
      // The server's per-address limit on new seats, and its check of the name, said in the phone's language.
      else if (error === 'rate_limited') onLeave('busy');
      else if (error === 'name') onLeave('badName');
      else if (error === 'name_taken') onLeave('nameTaken', suggestion);
      else if (error === 'late' || error === 'closed' || error === 'already_answered') setDelivery((d) => (d && (qid === undefined || qid === d.qid) ? { qid: d.qid, state: refusals[error] } : d));
    },
    undefined,
    (qid) => setDelivery((d) => (d?.qid === qid ? { qid, state: 'in' } : d)),
  );
  const question = view?.question;
  // An answer to a question the trainer has since moved on from, refused on arrival: said, so nobody believes it counted.
  const lostEarlier = delivery && question?.id !== delivery.qid && (delivery.state === 'late' || delivery.state === 'closed');
  return (
    <section className="live-phone" aria-labelledby="live-phone-title">
      <title>{`${t('live.join.title')} · ${t('app.name')}`}</title>
      <h1 id="live-phone-title" className="live-phone__who">
        {/* Once the trainer has ended the session, the phone no longer says the trainee is in it. */}
        {view?.ended ? t('live.join.tookPart', { name, code }) : t('live.join.joinedAs', { name, code })}
      </h1>
      <p role="status" className="live-phone__status">
        {status === 'reconnecting' ? t('live.status.reconnecting') : status === 'connecting' && !view ? t('live.status.connecting') : ''}
      </p>
      {lostEarlier && <p className="live-result live-result--wrong">{t('live.lostEarlier')}</p>}
      {view?.ended ? (
        <>
          <p className="live-phone__message">{t('live.sessionEnded')}</p>
          {view.final && <PhoneFinal final={view.final} />}
          {view.tookPart && <PhoneTookPart took={view.tookPart} />}
        </>
      ) : question ? (
        <QuestionCard
          key={question.id}
          question={question}
          view={view}
          delivery={delivery?.qid === question.id ? delivery.state : undefined}
          offline={!online ? 'device' : status !== 'open' ? 'connection' : undefined}
          onAnswer={(a) => {
            setDelivery({ qid: question.id, state: 'sending' });
            send({ t: 'answer', qid: question.id, ...a });
          }}
          onAsk={(text) => send({ t: 'ask', text })}
          onVote={(entryId) => send({ t: 'vote', entryId })}
        />
      ) : (
        <p className="live-phone__message">{t('live.wait')}</p>
      )}
      <button type="button" className="button button--small live-phone__leave" onClick={() => onLeave()}>
        {t('live.join.leave')}
      </button>
    </section>
  );
}

interface CardProps {
  question: PublicQuestion;
  view: ParticipantView;
  delivery?: Delivery['state'];
  /** Why an answer cannot go out now: the phone is offline, or it is online and the class's server cannot be reached. */
  offline?: 'device' | 'connection';
  onAnswer: (a: PhoneAnswer) => void;
  onAsk: (text: string) => void;
  onVote: (entryId: string) => void;
}

function QuestionCard({ question, view, delivery, offline, onAnswer, onAsk, onVote }: CardProps) {
  const { t } = useTranslation();
  const text = useText();
  const words = useQuestionText();
  const f = useFormatters();
  const id = useId();
  const deadline = deadlineOf(question);
  const left = useCountdown(deadline, view.now);
  // "In" only once the server has the answer: its acknowledgement, or a view saying this seat answered (after a reload) while nothing of this screen's is on its way.
  const answered = delivery === 'in' || (view.answered && delivery === undefined);
  const refused = delivery === 'late' || delivery === 'closed' ? delivery : undefined;
  const result = view.result;
  // The question closed (revealed) while this phone's answer was on its way, or it arrived after that: it did not count.
  const lost = Boolean(result) && !view.answered && (delivery === 'sending' || refused !== undefined);
  const timeUp = left === 0;
  const prompt = words.prompt(question);

  return (
    <article className="live-question" aria-labelledby={`${id}-prompt`}>
      <h2 id={`${id}-prompt`} className="live-question__prompt">
        {prompt}
      </h2>
      {question.kind === 'smart' && question.scenario && <p className="live-question__scenario">{text(question.scenario.summary)}</p>}
      {question.kind === 'smart' && <GoalFacts facts={question.scenario?.facts} />}
      {question.kind === 'quiz' && left !== undefined && !result && !answered && delivery !== 'sending' && delivery !== 'elsewhere' && (
        <p className="live-countdown" aria-live="off">
          {t('live.countdown', { seconds: f.number(Math.ceil(left / 1000)) })} · {t('live.pointsNow', { points: f.number(timeUp ? 0 : pointsAt(question.seconds * 1000 - left, question.seconds)) })}
        </p>
      )}
      {result ? (
        <PhoneResult question={question} result={result} mine={view.mine} lost={lost} />
      ) : question.kind === 'qa' ? (
        <PhoneQa entries={view.qa ?? []} onAsk={onAsk} onVote={onVote} />
      ) : answered ? (
        <p role="status" className="live-phone__message">
          {t('live.answered')}
        </p>
      ) : delivery === 'sending' ? (
        <p role="status" className="live-phone__message">
          {offline === 'device' ? t('live.sendingOffline') : offline === 'connection' ? t('live.sendingDisconnected') : t('live.sending')}
        </p>
      ) : delivery === 'elsewhere' ? (
        <p role="status" className="live-phone__message">
          {t('live.answeredElsewhere')}
        </p>
      ) : (
        <>
          {(refused || timeUp) && (
            <p role="alert" className="field-error">
              {refused === 'closed' ? t('live.closed') : refused === 'late' ? t('live.late') : t('live.timeUp')}
            </p>
          )}
          <PhoneAnswerForm question={question} disabled={false} onAnswer={onAnswer} />
        </>
      )}
    </article>
  );
}
