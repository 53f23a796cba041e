import { useEffect, useId, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { roleplayIds } from '../../content/roleplay-loader';
import type { Locale } from '../../content/locales';
import type { FeedbackTiming } from '../../domain';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { Dialogue } from './dialogue';
import { answerModeLabel, answerModes, objectionLabel, type AnswerMode } from './labels';
import { RoleplayBoundary } from './roleplay-boundary';
import { useRoleplay } from './use-roleplays';
import './roleplay.css';

/** `/practice/roleplay/:scenarioId`: set up, play, and review one objection role-play. */
export function RoleplayPage() {
  const { scenarioId = '' } = useParams();
  const { t } = useTranslation();
  if (!(roleplayIds as string[]).includes(scenarioId)) {
    return (
      <div className="page page--narrow">
        <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('roleplay.notFound')}</p>
        <Link className="button" to={paths.roleplays.href()}>
          {t('roleplay.backToList')}
        </Link>
      </div>
    );
  }
  return (
    <div className="page roleplay-page">
      <RoleplayBoundary>
        <Roleplay scenarioId={scenarioId} />
      </RoleplayBoundary>
    </div>
  );
}

function Roleplay({ scenarioId }: { scenarioId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const scenario = useRoleplay(scenarioId);
  const active = useRoleplayStore((s) => s.roleplay.active[scenarioId]);
  const start = useRoleplayStore((s) => s.start);
  const [feedback, setFeedback] = useState<FeedbackTiming>('now');
  const [mode, setMode] = useState<AnswerMode>('choose');
  const ids = { timing: useId(), mode: useId() };
  const [finishedRunId, setFinishedRunId] = useState<string | undefined>();
  const runs = useRoleplayStore((s) => s.roleplay.runs);
  // A conversation finished in another tab of the trainee's ends here too, on its result (the run
  // under way is gone from this tab's store, taken in from the other's): not back on the setup.
  const [seenActive, setSeenActive] = useState(active);
  const [finishedElsewhere, setFinishedElsewhere] = useState(false);
  if (seenActive !== active) {
    setSeenActive(active);
    const done = seenActive && !active && !finishedRunId ? runs.find((r) => r.scenarioId === seenActive.scenarioId && r.startedAt === seenActive.startedAt) : undefined;
    if (done) {
      setFinishedRunId(done.id);
      setFinishedElsewhere(true);
    }
  }
  // A conversation given up brings the setup back in its place: focus goes to the start button
  // instead of falling to the page's start.
  const inDialogue = Boolean(active || finishedRunId);
  const wasInDialogue = useRef(inDialogue);
  const startButton = useRef<HTMLButtonElement>(null);
  const [startedHere, setStartedHere] = useState(false);
  useEffect(() => {
    if (wasInDialogue.current && !inDialogue) startButton.current?.focus();
    wasInDialogue.current = inDialogue;
  }, [inDialogue]);

  return (
    <>
      <title>{`${scenario.title[locale]} · ${t('roleplay.title')} · ${t('app.name')}`}</title>
      <p className="eyebrow">
        <Link to={paths.roleplays.href()}>{t('roleplay.title')}</Link> · {t(objectionLabel[scenario.objection])}
      </p>
      <h1>{scenario.title[locale]}</h1>
      <p className="roleplay-persona">
        <strong>{t('roleplay.customer')}</strong> {scenario.persona[locale]}
      </p>
      {finishedElsewhere && finishedRunId && (
        <p className="hint" role="status">
          {t('roleplay.finishedElsewhere')}
        </p>
      )}
      {inDialogue ? (
        <Dialogue
          scenario={scenario}
          finishedRunId={finishedRunId}
          onFinished={setFinishedRunId}
          takeFocus={startedHere}
          onReplay={() => {
            setFinishedRunId(undefined);
            setFinishedElsewhere(false);
          }}
        />
      ) : (
        <div className="roleplay-setup">
          <fieldset className="choice-group">
            <legend>{t('roleplay.feedbackLabel')}</legend>
            {(['now', 'end'] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={ids.timing} checked={feedback === value} onChange={() => setFeedback(value)} />
                <span>{value === 'now' ? t('roleplay.feedbackNow') : t('roleplay.feedbackEnd')}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="choice-group">
            <legend>{t('roleplay.answerMode')}</legend>
            {answerModes.map((value) => (
              <label key={value} className="choice">
                <input type="radio" name={ids.mode} checked={mode === value} onChange={() => setMode(value)} />
                <span>{t(answerModeLabel[value])}</span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button button--primary button--large"
            ref={startButton}
            onClick={() => {
              setStartedHere(true);
              start({ scenarioId, feedback, typeFirst: mode === 'typeFirst', ownWords: mode === 'own', startedAt: new Date().toISOString() });
            }}
          >
            {t('roleplay.start')}
          </button>
        </div>
      )}
    </>
  );
}
