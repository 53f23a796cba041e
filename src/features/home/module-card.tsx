import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { ModuleMeta } from '../../content/schema';
import type { ModuleStatus } from '../../domain';
import { ProgressRing } from '../../ui/progress-ring';
import { useFormatters } from '../../ui/use-formatters';

const statusLabel = {
  not_started: 'home.status.not_started',
  in_progress: 'home.status.in_progress',
  read: 'home.status.read',
  completed: 'home.status.completed',
} as const satisfies Record<ModuleStatus, string>;

interface Props {
  module: ModuleMeta & { seen: number; status: ModuleStatus; bestScore?: number; quizPassed: boolean };
  number: number;
}

export function ModuleCard({ module: m, number }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const titleId = `module-${m.id}-title`;
  const slides = t('home.slides', { seen: f.number(m.seen), total: f.number(m.slides.length) });
  return (
    <li className={`module-card module-card--${m.status}`}>
      <article aria-labelledby={titleId}>
        <p className="module-card__eyebrow">
          <span>{t('home.moduleNumber', { number: f.number(number).padStart(2, '0') })}</span>
          <span className={`status status--${m.status}`}>{t(statusLabel[m.status])}</span>
        </p>
        <div className="module-card__head">
          <h3 id={titleId} className="module-card__title">
            <Link to={paths.module.href(m.id)} className="module-card__link">
            {m.title}
            </Link>
          </h3>
          <ProgressRing value={m.seen} max={m.slides.length} label={slides} center={m.status === 'completed' || m.status === 'read' ? '✓' : undefined} size={44} />
        </div>
        <p className="module-card__summary">{m.summary}</p>
        <p className="module-card__meta">
          <span>{t('home.minutes', { count: m.minutes, formatted: f.number(m.minutes) })}</span>
          <span>{slides}</span>
        </p>
        {m.quiz && (
          <p className="module-card__quiz">
            {m.bestScore !== undefined && (
              <span className={m.quizPassed ? 'score score--passed' : 'score'}>
                {t('home.quizBest', { score: f.ratio(m.bestScore) })}
                {m.quizPassed && ` · ${t('home.quizPassed')}`}
              </span>
            )}
            <Link className="module-card__quiz-link" to={paths.quiz.href(m.id)}>
              {t('home.takeQuiz', { title: m.title })}
            </Link>
          </p>
        )}
      </article>
    </li>
  );
}
