import { useTranslation } from 'react-i18next';
import type { LiveClientBody, ScreenStage, TrainerView } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

const stageKey = {
  join: 'live.host.stage.join',
  question: 'live.host.stage.question',
  board: 'live.host.stage.board',
  podium: 'live.host.stage.podium',
  hidden: 'live.host.stage.hidden',
} as const satisfies Record<ScreenStage, string>;

/** What the audience screen shows over the slide, picked from the console. */
export function StageControls({ view, send }: { view: TrainerView; send: (m: LiveClientBody) => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('live.host.stage.label')} className="live-host__stage">
      {(Object.keys(stageKey) as ScreenStage[]).map((stage) => (
        <button key={stage} type="button" className="button button--small" aria-pressed={view.stage === stage} onClick={() => send({ t: 'stage', stage })}>
          {t(stageKey[stage])}
        </button>
      ))}
    </div>
  );
}

/** Everyone in the room, newest first, each with a button to remove them (a rude name, a second device). */
export function PeopleList({ view, send }: { view: TrainerView; send: (m: LiveClientBody) => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  if (view.people.length === 0) return null;
  return (
    <details className="live-host__roster">
      <summary>{t('live.host.roster', { count: view.people.length, formatted: f.number(view.people.length) })}</summary>
      <ul className="live-host__people">
        {view.people.map((p) => (
          <li key={p.pid}>
            <span>{p.name}</span>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                if (window.confirm(t('live.host.confirmRemove', { name: p.name }))) send({ t: 'remove', pid: p.pid });
              }}
            >
              {t('live.host.remove', { name: p.name })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
