import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { isEnding, scoreRun, type Choice, type DialogueNode, type RoleplayScenario } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { qualityLabel, stepLabel } from './labels';
import { RunResult } from './run-result';

interface Props {
  scenario: RoleplayScenario;
  finishedRunId?: string;
  onFinished: (runId: string) => void;
  onReplay: () => void;
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

  const score = scoreRun(scenario, run.choices);
  const current = scenario.nodes[score.at];
  const node = current && !isEnding(current) ? (current as DialogueNode) : undefined;
  const showOptions = !run.typeFirst || optionsShown;

  const pick = (index: number) => {
    const next = node!.choices[index]!.next;
    const choices = [...run.choices, index];
    const end = scenario.nodes[next];
    if (isEnding(end)) {
      const id = globalThis.crypto?.randomUUID?.() ?? String(Date.now());
      finish({
        id,
        scenarioId: scenario.id,
        choices,
        typed: [...run.typed, typed],
        ending: end.ending,
        score: scoreRun(scenario, choices).total,
        startedAt: run.startedAt,
        endedAt: new Date().toISOString(),
      });
      onFinished(id);
    } else choose(scenario.id, index, typed);
    setTyped('');
    setOptionsShown(false);
  };

  return (
    <div className="dialogue">
      <div role="log" aria-label={t('roleplay.conversation')}>
      <ol className="chat">
        {score.turns.map((turn, i) => (
          <Turn key={i} scenario={scenario} nodeId={turn.nodeId} choiceIndex={turn.choiceIndex} typed={run.typed[i]} withFeedback={run.feedback === 'now'} />
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
          {run.typeFirst && !optionsShown && (
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

/** One exchange: the customer's line, the reply chosen (and what was typed first), and its feedback. */
export function Turn(props: { scenario: RoleplayScenario; nodeId: string; choiceIndex: number; typed?: string; withFeedback: boolean }) {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const node = props.scenario.nodes[props.nodeId] as DialogueNode;
  const choice = node.choices[props.choiceIndex]!;
  return (
    <li className="chat__turn">
      <Line who="customer" text={node.customer[locale]} />
      <Line who="you" text={choice.text[locale]} typed={props.typed} />
      {props.withFeedback && <ReplyFeedback choice={choice} locale={locale} />}
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
