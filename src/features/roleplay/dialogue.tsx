import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { answerTurn, classifyReply, isEnding, scoreRun, type Choice, type DialogueNode, type ReplyStep, type RoleplayScenario } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { qualityLabel, stepLabel } from './labels';
import { OwnWordsReply } from './own-words-reply';
import { ReplyVerdictView } from './reply-verdict';
import { RunResult } from './run-result';

interface Props {
  scenario: RoleplayScenario;
  finishedRunId?: string;
  onFinished: (runId: string) => void;
  onReplay: () => void;
}

/** The step recognised before turn `i`, the context the checker reads a reply in. */
export function priorStep(steps: readonly (ReplyStep | null)[] | undefined, i: number): ReplyStep | undefined {
  for (let k = i - 1; k >= 0; k--) if (steps?.[k]) return steps[k]!;
  return undefined;
}

/** The conversation: the customer's lines, the trainee's replies, feedback when asked for it. */
export function Dialogue({ scenario, finishedRunId, onFinished, onReplay }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const run = useRoleplayStore((s) => s.roleplay.active[scenario.id]);
  const { choose, finish } = useRoleplayStore.getState();
  const [typed, setTyped] = useState('');
  const [optionsShown, setOptionsShown] = useState(false);
  const replyId = useId();
  const firstOption = useRef<HTMLButtonElement | null>(null);
  const typeBox = useRef<HTMLTextAreaElement | null>(null);
  const turnCount = run?.choices.length ?? 0;

  // After each reply the keyboard lands on the next decision, not back at the top of the page.
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    (typeBox.current ?? firstOption.current)?.focus();
  }, [turnCount, optionsShown]);

  if (finishedRunId) return <RunResult scenario={scenario} runId={finishedRunId} onReplay={onReplay} />;
  if (!run) return null;

  const score = scoreRun(scenario, run.choices, run.steps);
  const current = scenario.nodes[score.at];
  const node = current && !isEnding(current) ? (current as DialogueNode) : undefined;
  const writesFirst = run.typeFirst || run.ownWords;
  const showOptions = !writesFirst || optionsShown;

  const pick = (index: number, words = typed, step?: ReplyStep) => {
    const next = node!.choices[index]!.next;
    const choices = [...run.choices, index];
    const end = scenario.nodes[next];
    if (isEnding(end)) {
      const id = globalThis.crypto?.randomUUID?.() ?? String(Date.now());
      const steps = step || run.steps ? [...(run.steps ?? run.choices.map(() => null)), step ?? null] : undefined;
      finish({
        id,
        scenarioId: scenario.id,
        choices,
        typed: [...run.typed, words],
        ...(steps ? { steps } : {}),
        ending: end.ending,
        score: scoreRun(scenario, choices, steps).total,
        startedAt: run.startedAt,
        endedAt: new Date().toISOString(),
      });
      onFinished(id);
    } else choose(scenario.id, index, words, step);
    setTyped('');
    setOptionsShown(false);
  };

  const sendOwnWords = (text: string) => {
    const turn = answerTurn(node!, { text, locale, objection: scenario.objection, priorStep: priorStep(run.steps, run.choices.length) });
    pick(turn.choiceIndex, text, turn.verdict.step);
  };

  return (
    <div className="dialogue">
      <div role="log" aria-label={t('roleplay.conversation')}>
        <ol className="chat">
          {score.turns.map((turn, i) => (
            <Turn
              key={i}
              scenario={scenario}
              nodeId={turn.nodeId}
              choiceIndex={turn.choiceIndex}
              typed={run.typed[i]}
              recognised={run.steps?.[i]}
              priorStep={priorStep(run.steps, i)}
              withFeedback={run.feedback === 'now'}
            />
          ))}
          {node && (
            <li className="chat__turn">
              <Line who="customer" text={node.customer[locale]} />
            </li>
          )}
        </ol>
      </div>
      {node && (
        <section className="reply" aria-labelledby={replyId}>
          <h2 id={replyId} className="reply__title">
            {t('roleplay.yourTurn')}
          </h2>
          {run.ownWords && !optionsShown && <OwnWordsReply key={turnCount} boxRef={typeBox} onSend={sendOwnWords} onPickInstead={() => setOptionsShown(true)} />}
          {run.typeFirst && !run.ownWords && !optionsShown && (
            <div className="field">
              <label htmlFor={`${replyId}-typed`}>{t('roleplay.typeLabel')}</label>
              <textarea id={`${replyId}-typed`} ref={typeBox} rows={2} value={typed} onChange={(e) => setTyped(e.target.value)} />
              <button type="button" className="button" onClick={() => setOptionsShown(true)}>
                {t('roleplay.showOptions')}
              </button>
            </div>
          )}
          {showOptions && (
            <>
              {run.typeFirst && <p className="hint">{t('roleplay.pickClosest')}</p>}
              <ul className="reply__options">
                {node.choices.map((c, i) => (
                  <li key={i}>
                    <button type="button" className="reply__option" ref={i === 0 ? firstOption : undefined} onClick={() => pick(i)}>
                      {c.text[locale]}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}

interface TurnProps {
  scenario: RoleplayScenario;
  nodeId: string;
  choiceIndex: number;
  typed?: string;
  /** Set when the reply was typed in own-words mode: the step the checker recognised. */
  recognised?: ReplyStep | null;
  priorStep?: ReplyStep;
  withFeedback: boolean;
}

/** One exchange: the customer's line, the reply (chosen, or typed in own words), and its feedback. */
export function Turn({ scenario, nodeId, choiceIndex, typed, recognised, priorStep: prior, withFeedback }: TurnProps) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const node = scenario.nodes[nodeId] as DialogueNode;
  const choice = node.choices[choiceIndex]!;
  if (recognised && typed) {
    const verdict = classifyReply({ text: typed, locale, context: { objection: scenario.objection, priorStep: prior } });
    return (
      <li className="chat__turn">
        <Line who="customer" text={node.customer[locale]} />
        <Line who="you" text={typed} />
        {withFeedback && <ReplyVerdictView verdict={{ ...verdict, step: recognised }} scripted={choice.text[locale]} />}
      </li>
    );
  }
  return (
    <li className="chat__turn">
      <Line who="customer" text={node.customer[locale]} />
      <Line who="you" text={choice.text[locale]} typed={typed} />
      {withFeedback && <ReplyFeedback choice={choice} locale={locale} />}
    </li>
  );
}

export function Line({ who, text, typed }: { who: 'customer' | 'you'; text: string; typed?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`chat__line chat__line--${who}`}>
      <p className="chat__who">{who === 'customer' ? t('roleplay.customer') : t('roleplay.you')}</p>
      <p className="chat__text">{text}</p>
      {typed && <p className="chat__typed">{t('roleplay.typed', { text: typed })}</p>}
    </div>
  );
}

export function ReplyFeedback({ choice, locale }: { choice: Choice; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <div className={`reply-feedback reply-feedback--${choice.quality}`}>
      <p className="reply-feedback__head">
        <strong>{t(qualityLabel[choice.quality])}</strong> · {t('roleplay.stepLabel', { step: t(stepLabel[choice.step]) })}
      </p>
      <p>{choice.feedback[locale]}</p>
    </div>
  );
}
