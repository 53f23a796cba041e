import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { roleplayProgress, smartProgress } from '../../domain';
import { useGoalsStore } from '../../stores/goals-store';
import { useRoleplayStore } from '../../stores/roleplay-store';
import { safeStorage } from '../../stores/safe-storage';
import { storageKey } from '../../stores/storage-keys';
import { ProgressRing } from '../../ui/progress-ring';
import { useFormatters } from '../../ui/use-formatters';

interface Card {
  id: string;
  href: string;
  title: string;
  body: string;
  icon: string;
  done: number;
  total: number;
  status: string;
}

/** The sandbox's state is read only for whether it exists: its schema (and zod) stay out of the first page. */
const sandboxStarted = () => safeStorage.get(storageKey('sandbox')) !== null;

/**
 * The practice tools as first-class cards, each with its progress. A fourth tool (spaced review)
 * is one more entry in `cards` once its route is in `src/config/paths.ts`; the grid takes four.
 */
export function PracticeCards() {
  const { t } = useTranslation();
  const f = useFormatters();
  const smart = smartProgress(useGoalsStore((s) => s.goals));
  const roleplays = roleplayProgress(useRoleplayStore((s) => s.roleplay.runs));
  const sandbox = sandboxStarted();
  const cards: Card[] = [
    {
      id: 'smart',
      href: paths.smart.href(),
      title: t('home.practice.smart.title'),
      body: t('home.practice.smart.body'),
      icon: `${f.number(smart.done)}/${f.number(smart.total)}`,
      ...smart,
      status: smart.saved ? `${t('home.practice.smart.progress', { done: f.number(smart.done), total: f.number(smart.total) })} · ${t('home.practice.smart.saved', { count: smart.saved, formatted: f.number(smart.saved) })}` : t('home.practice.smart.none'),
    },
    {
      id: 'roleplays',
      href: paths.roleplays.href(),
      title: t('home.practice.roleplays.title'),
      body: t('home.practice.roleplays.body'),
      icon: `${f.number(roleplays.done)}/${f.number(roleplays.total)}`,
      ...roleplays,
      status: t('home.practice.roleplays.progress', { done: f.number(roleplays.done), total: f.number(roleplays.total) }),
    },
    {
      id: 'sandbox',
      href: paths.sandbox.href(),
      title: t('home.practice.sandbox.title'),
      body: t('home.practice.sandbox.body'),
      icon: sandbox ? '✓' : '▦',
      done: sandbox ? 1 : 0,
      total: 1,
      status: sandbox ? t('home.practice.sandbox.started') : t('home.practice.sandbox.none'),
    },
  ];
  return (
    <ul className="practice-list">
      {cards.map((c) => (
        <li key={c.id} className={`practice-card practice-card--${c.id}`}>
          <ProgressRing value={c.done} max={c.total} label={c.status} center={c.icon} size={52} />
          <div className="practice-card__text">
            <h3 className="practice-card__title">
              <Link to={c.href} className="practice-card__link">
                {c.title}
              </Link>
            </h3>
            <p className="practice-card__body">{c.body}</p>
            <p className="practice-card__status">{c.status}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
