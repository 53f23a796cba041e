import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../content/locales';
import { answerTurn, isEnding, scoreRun, type DialogueNode, type ReplyStep, type RoleplayScenario } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { Line, PlayedTurns, priorStep } from './chat-turns';
import { OwnWordsReply } from './own-words-reply';
import { ReplyLength, replyTooLong } from './reply-length';
import { RunResult } from './run-result';

interface Props {
  scenario: RoleplayScenario;
  finishedRunId?: string;
  onFinished: (runId: string) => void;
  /** Started by the trainee on this page just now: the first decision takes focus from the start button, which went away. */
  takeFocus?: boolean;
  onReplay: () => void;
}

/** The conversation: the customer's lines, the trainee's replies, feedback when asked for it. */
export function Dialogue({ scenario, finishedRunId, onFinished, onReplay, takeFocus = false }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const run = useRoleplayStore((s) => s.roleplay.active[scenario.id]);
  const { choose, finish, discard } = useRoleplayStore.getState();
  const [typed, setTyped] = useState('');
  const [restarting, setRestarting] = useState(false);
  // The question takes the restart button's place: when the trainee keeps going, focus goes back to
  // that button instead of falling to the page's start.
  const refocusRestart = useRef(false);
  const keepGoing = () => {
    refocusRestart.current = true;
    setRestarting(false);
  };
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
      // A conversation found going on when the page opens leaves focus where the page put it.
      if (!takeFocus) return;
    }
    (typeBox.current ?? firstOption.current)?.focus();
  }, [turnCount, optionsShown, takeFocus]);

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
          <PlayedTurns scenario={scenario} run={run} turns={score.turns} withFeedback={run.feedback === 'now'} />
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
          {run.ownWords && !optionsShown && <OwnWordsReply key={turnCount} scenarioId={scenario.id} turn={`${run.startedAt}#${turnCount}`} boxRef={typeBox} onSend={sendOwnWords} onPickInstead={() => setOptionsShown(true)} />}
          {run.typeFirst && !run.ownWords && !optionsShown && (
            <div className="field">
              <label htmlFor={`${replyId}-typed`}>{t('roleplay.typeLabel')}</label>
              <textarea
                id={`${replyId}-typed`}
                ref={typeBox}
                rows={2}
                value={typed}
                aria-describedby={`${replyId}-count`}
                aria-invalid={replyTooLong(typed) || undefined}
                onChange={(e) => setTyped(e.target.value)}
              />
              <ReplyLength id={`${replyId}-count`} text={typed} />
              <button type="button" className="button" disabled={replyTooLong(typed)} onClick={() => setOptionsShown(true)}>
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
      {/* A reply picked by mistake need not be played to the end: the trainee may start again. */}
      {restarting ? (
        <div
          className="notice"
          role="alertdialog"
          aria-labelledby={`${replyId}-restart`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') keepGoing();
          }}
        >
          <p id={`${replyId}-restart`}>{t('roleplay.restartConfirm')}</p>
          <div className="button-row">
            <button type="button" className="button button--primary" autoFocus onClick={() => discard(scenario.id)}>
              {t('roleplay.restartYes')}
            </button>
            <button type="button" className="button" onClick={keepGoing}>
              {t('roleplay.restartNo')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button--small dialogue__restart"
          ref={(el) => {
            if (el && refocusRestart.current) {
              refocusRestart.current = false;
              el.focus();
            }
          }}
          onClick={() => setRestarting(true)}
        >
          {t('roleplay.restart')}
        </button>
      )}
    </div>
  );
}
