import { useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { seenCount } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { useFormatters } from '../../ui/use-formatters';
import { LoadBoundary } from './load-boundary';
import { moduleQuizConfig } from './quiz-config';
import { QuizSession } from './quiz-session';
import { useBanks } from './use-banks';
import './quiz.css';

/** A module's quiz: `/modules/:moduleId/quiz`. */
export function QuizPage() {
  const { moduleId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const module = findModule(i18n.language as Locale, moduleId);
  const progress = useProgressStore((s) => s.progress);
  if (!module?.quiz) {
    return (
      <div className="page page--narrow">
        <title>{`${t('errors.notFoundTitle')} · ${t('app.name')}`}</title>
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{module ? t('quiz.noQuiz') : t('reader.notFound')}</p>
        <Link className="button" to={paths.home.href()}>
          {t('reader.backHome')}
        </Link>
      </div>
    );
  }
  const slideIds = module.slides.map((s) => s.id);
  const seen = seenCount(progress, module.id, slideIds);
  return (
    <div className="page page--narrow quiz-page">
      <title>{`${t('quiz.title', { module: module.title })} · ${t('app.name')}`}</title>
      <p className="eyebrow">
        <Link to={paths.module.href(module.id)}>{module.title}</Link>
      </p>
      <h1>{t('quiz.title', { module: module.title })}</h1>
      {seen < slideIds.length && (
        <p className="hint">{t('quiz.readFirst', { seen: f.number(seen), total: f.number(slideIds.length) })}</p>
      )}
      <LoadBoundary>
        <ModuleQuiz moduleId={module.id} />
      </LoadBoundary>
    </div>
  );
}

function ModuleQuiz({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const banks = useBanks(moduleId);
  const config = moduleQuizConfig(moduleId, banks[moduleId]!);
  return (
    <QuizSession
      config={config}
      banks={banks}
      intro={t('quiz.intro', { count: config.count, formatted: f.number(config.count), pass: f.ratio(config.passScore) })}
      resultHref={(id) => paths.quizResult.href(moduleId, id)}
    />
  );
}
