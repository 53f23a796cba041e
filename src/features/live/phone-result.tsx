import { useTranslation } from 'react-i18next';
import { CRITERIA, type ParticipantView, type PublicQuestion, type ReplyWarning } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { criterionKey } from './criteria';
import { LiveChart } from './live-chart';
import { ObjectionSplit, stepKey } from './objection-live';
import { optionLabel, useText } from './live-text';
import { WordCloudView } from './word-cloud-view';
import { GoalReasonText } from './goal-facts';

type Result = NonNullable<ParticipantView['result']>;

const verdictKey = { met: 'live.verdict.met', not_met: 'live.verdict.notMet', unknown: 'live.verdict.unknown' } as const;
const verdictOf = (v: string | undefined): keyof typeof verdictKey => (v === 'met' || v === 'not_met' ? v : 'unknown');

/** After the reveal: this phone's own result (or that its answer arrived too late to count), then how the room answered. */
export function PhoneResult({ question, result, mine, lost = false }: { question: PublicQuestion; result: Result; mine: ParticipantView['mine']; lost?: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  const f = useFormatters();
  const chosen = mine?.optionIds ?? [];
  return (
    <div className="live-phone__result">
      {question.kind === 'quiz' && result.correct && <QuizVerdict question={question} result={result} answered={chosen.length > 0} lost={lost} />}
      {lost && question.kind !== 'quiz' && (
        <p role="status" className="live-result live-result--wrong">
          {t('live.lost')}
        </p>
      )}
      {result.verdicts && (
        <section aria-labelledby="live-own-verdicts" className="live-result">
          <h3 id="live-own-verdicts">{t('live.ownVerdicts')}</h3>
          <ul className="live-verdicts">
            {CRITERIA.map((c) => (
              <li key={c} data-verdict={result.verdicts![c]}>
                {t(criterionKey[c])}: <strong>{t(verdictKey[verdictOf(result.verdicts![c])])}</strong>
                <GoalReasonText reason={result.why?.[c]} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {question.kind === 'objection' && !lost && <OwnReply reply={result.reply} text={mine?.text} />}
      <h3 className="live-phone__room">{t('live.roomAnswers', { count: result.answered, formatted: f.number(result.answered) })}</h3>
      {(question.kind === 'quiz' || question.kind === 'poll') && (
        <LiveChart
          label={t('live.distribution')}
          total={result.answered}
          rows={question.options.map((o) => ({ id: o.id, label: optionLabel(t, text, o), count: result.counts[o.id] ?? 0, correct: result.correct?.includes(o.id), mine: chosen.includes(o.id) }))}
        />
      )}
      {question.kind === 'rating' && (
        <LiveChart
          label={t('live.distribution')}
          total={result.answered}
          rows={Array.from({ length: question.max }, (_, i) => String(i + 1)).map((v) => ({ id: v, label: v, count: result.counts[v] ?? 0, mine: mine?.rating === Number(v) }))}
        />
      )}
      {question.kind === 'smart' && <LiveChart label={t('live.criteriaCounts')} total={result.answered} rows={CRITERIA.map((c) => ({ id: c, label: t(criterionKey[c]), count: result.counts[c] ?? 0 }))} />}
      {question.kind === 'open' && <WordCloudView words={result.cloud ?? []} />}
      {question.kind === 'objection' && <ObjectionSplit split={result.split} label={t('live.stepCounts')} mine={result.reply?.step} />}
    </div>
  );
}

function QuizVerdict({ question, result, answered, lost }: { question: Extract<PublicQuestion, { kind: 'quiz' }>; result: Result; answered: boolean; lost: boolean }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const f = useFormatters();
  const right = (result.points ?? 0) > 0;
  // Every right option of a multiple-answer question: "A and C" / "A和C" in the phone's language.
  const answerText = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(question.options.filter((o) => result.correct!.includes(o.id)).map((o) => optionLabel(t, text, o)));
  return (
    <div role="status" className={`live-result live-result--${right ? 'right' : 'wrong'}`}>
      <p>{right ? t('live.right', { points: f.number(result.points ?? 0) }) : answered ? t('live.wrong', { answer: answerText }) : lost ? t('live.lostQuiz', { answer: answerText }) : t('live.noAnswer', { answer: answerText })}</p>
      {result.rank ? <p>{t('live.rank', { rank: f.number(result.rank), of: f.number(result.of ?? 0) })}</p> : null}
    </div>
  );
}

const warningKey = { concession: 'live.replyWarnings.concession', monologue: 'live.replyWarnings.monologue', contradiction: 'live.replyWarnings.contradiction' } as const satisfies Record<ReplyWarning, string>;

/** An objection after the reveal: this phone's own reply, the LSCPA step it was read as, and what to avoid next time. */
function OwnReply({ reply, text }: { reply: Result['reply']; text?: string }) {
  const { t } = useTranslation();
  if (!reply) return <p className="live-result">{t('live.noReply')}</p>;
  return (
    <section aria-labelledby="live-own-reply" className="live-result">
      <h3 id="live-own-reply">{t('live.ownReply')}</h3>
      {text && <blockquote className="live-phone__reply">{text}</blockquote>}
      <p>{reply.step === 'none' ? t('live.replyNoStep') : t('live.replyStep', { step: t(stepKey[reply.step]) })}</p>
      {reply.warnings.length > 0 && (
        <ul>
          {reply.warnings.map((w) => (
            <li key={w}>{t(warningKey[w])}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
