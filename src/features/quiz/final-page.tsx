import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import { FINAL_ASSESSMENT, readingStatus } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useFormatters } from '../../ui/use-formatters';
import { LoadBoundary } from './load-boundary';
import { finalQuizConfig } from './quiz-config';
import { QuizSession } from './quiz-session';
import { useBanks } from './use-banks';
import './quiz.css';

/** The final assessment, `/final`: open once every module is read. */
export function FinalPage() {
  const { t, i18n } = useTranslation();
  const progress = useProgressStore((s) => s.progress);
  const unread = courseModules(i18n.language as Locale).filter(
    (m) => readingStatus(progress, m.id, m.slides.map((s) => s.id)) !== 'read',
  );
  return (
    <div className="page page--narrow quiz-page">
      <title>{`${t('final.title')} · ${t('app.name')}`}</title>
      <h1>{t('final.title')}</h1>
      {unread.length > 0 ? (
        <>
          <p>{t('final.locked')}</p>
          <ul>
            {unread.map((m) => (
              <li key={m.id}>
                <Link to={paths.module.href(m.id)}>{m.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <LoadBoundary>
          <FinalQuiz />
        </LoadBoundary>
      )}
    </div>
  );
}

function FinalQuiz() {
  const { t } = useTranslation();
  const f = useFormatters();
  const banks = useBanks(FINAL_ASSESSMENT);
  const config = finalQuizConfig(banks);
  return (
    <QuizSession
      config={config}
      banks={banks}
      intro={t('final.intro', { count: config.count, formatted: f.number(config.count), pass: f.ratio(config.passScore) })}
      resultHref={paths.finalResult.href}
    />
  );
}
