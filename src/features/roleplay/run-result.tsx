import { useEffect, useRef } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { Locale } from '../../content/locales';
import { bestPath, isEnding, LSCPA, scoreRun, type RoleplayScenario } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { useFormatters } from '../../ui/use-formatters';
import { PlayedTurns, Turn } from './chat-turns';
import { endingLabel, stepLabel } from './labels';

interface Props {
  scenario: RoleplayScenario;
  runId: string;
  onReplay: () => void;
}

/** The end of a run: the ending, the LSCPA checklist, the score, the transcript beside a strong seller's path. */
export function RunResult({ scenario, runId, onReplay }: Props) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const run = useRoleplayStore((s) => s.roleplay.runs.find((r) => r.id === runId));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!run) return null;

  const score = scoreRun(scenario, run.choices, run.steps);
  const end = scenario.nodes[score.at];
  const strong = bestPath(scenario);
  // After a run that took the strong path, showing it again beside the trainee's own turns says nothing new.
  const tookStrongPath = score.turns.length === strong.length && strong.every((s, i) => score.turns[i]!.nodeId === s.nodeId && score.turns[i]!.choiceIndex === s.choiceIndex);

  return (
    <div className="run-result">
      <div className={`run-result__summary run-result__summary--${run.ending}`}>
        <h2 ref={heading} tabIndex={-1}>
          {t('roleplay.resultTitle', { ending: t(endingLabel[run.ending]) })}
        </h2>
        {isEnding(end) && end.customer && <p className="run-result__last">“{end.customer[locale]}”</p>}
        {isEnding(end) && <p>{end.summary[locale]}</p>}
        <p className="run-result__score">{t('roleplay.score', { score: f.number(run.score) })}</p>
      </div>
      <section aria-labelledby="lscpa-title">
        <h2 id="lscpa-title">{t('roleplay.checklist')}</h2>
        <ul className="lscpa">
          {LSCPA.map((step) => {
            const s = score.steps[step];
            const state = s.inOrder ? 'done' : s.done ? 'order' : 'missed';
            return (
              <li key={step} className={`lscpa__step lscpa__step--${state}`}>
                <span aria-hidden="true">{state === 'done' ? '✓' : state === 'order' ? '↺' : '✗'}</span> <strong>{t(stepLabel[step])}</strong>{' '}
                <span>{state === 'done' ? t('roleplay.stepDone') : state === 'order' ? t('roleplay.stepOutOfOrder') : t('roleplay.stepMissed')}</span>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="run-result__compare">
        <section aria-labelledby="transcript-title">
          <h2 id="transcript-title">{t('roleplay.transcript')}</h2>
          <ol className="chat">
            <PlayedTurns scenario={scenario} run={run} turns={score.turns} withFeedback />
          </ol>
        </section>
        {tookStrongPath ? (
          <p className="run-result__strong-taken">{t('roleplay.strongPathTaken')}</p>
        ) : (
          <section aria-labelledby="strong-title">
            <h2 id="strong-title">{t('roleplay.strongPath')}</h2>
            <ol className="chat">
              {strong.map(({ nodeId, choiceIndex }) => (
                <Turn key={nodeId} scenario={scenario} nodeId={nodeId} choiceIndex={choiceIndex} withFeedback />
              ))}
            </ol>
          </section>
        )}
      </div>
      <div className="done__actions">
        <button type="button" className="button button--primary" onClick={onReplay}>
          {t('roleplay.replay')}
        </button>
        <Link className="button" to={paths.roleplays.href()}>
          {t('roleplay.backToList')}
        </Link>
      </div>
    </div>
  );
}
