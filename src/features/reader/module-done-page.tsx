import { useParams } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules, findModule } from '../../content/course';
import type { Locale } from '../../content/locales';
import { readingStatus, resumeSlide } from '../../domain';
import { useProgressStore } from '../../stores/progress-store';
import { PracticeLinks } from './practice-links';
import { Celebration } from '../../ui/celebration';
import { useFormatters } from '../../ui/use-formatters';

export function ModuleDonePage() {
  const { moduleId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const locale = i18n.language as Locale;
  const progress = useProgressStore((s) => s.progress);
  const module = findModule(locale, moduleId);
  if (!module) {
    return (
      <div className="page page--narrow">
        <h1>{t('errors.notFoundTitle')}</h1>
        <p>{t('reader.notFound')}</p>
      </div>
    );
  }
  const slideIds = module.slides.map((s) => s.id);
  const read = readingStatus(progress, module.id, slideIds) === 'read';
  const modules = courseModules(locale);
  const position = modules.findIndex((m) => m.id === module.id);
  const next = modules.slice(position + 1).find((m) => readingStatus(progress, m.id, m.slides.map((s) => s.id)) !== 'read');
  const allRead = modules.every((m) => readingStatus(progress, m.id, m.slides.map((s) => s.id)) === 'read');
  return (
    <div className="page page--narrow done">
      <title>{`${module.title} · ${t('app.name')}`}</title>
      {read ? (
        <>
          <Celebration symbol={allRead ? '★' : '✓'} tone={allRead ? 'gold' : 'success'} />
          <h1>{t('reader.doneTitle', { title: module.title })}</h1>
          <p>{t('reader.doneBody', { count: slideIds.length, formatted: f.number(slideIds.length) })}</p>
          {allRead && <p className="done__course">{t('reader.courseDone')}</p>}
        </>
      ) : (
        <>
          <h1>{module.title}</h1>
          <Link className="button button--primary" to={paths.module.href(module.id, resumeSlide(progress, module.id, slideIds))}>
            {t('home.resume', { module: module.title })}
          </Link>
        </>
      )}
      <PracticeLinks module={module} />
      <div className="done__actions">
        {module.quiz && (
          <Link className="button button--primary" to={paths.quiz.href(module.id)}>
            {t('reader.takeQuiz')}
          </Link>
        )}
        {next && (
          <Link className={module.quiz ? 'button' : 'button button--primary'} to={paths.module.href(next.id)}>
            {t('reader.nextModule', { title: next.title })}
          </Link>
        )}
        <Link className="button" to={paths.module.href(module.id, slideIds[0])}>
          {t('reader.reviewModule')}
        </Link>
        <Link className="button" to={paths.home.href()}>
          {t('reader.backHome')}
        </Link>
      </div>
    </div>
  );
}
