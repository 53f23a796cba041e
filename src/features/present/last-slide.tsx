import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';

/** In place of the next slide on a module's last one: the course's next module, whose console takes this one's screens along. */
export function LastSlide({ moduleId, locale }: { moduleId: string; locale: Locale }) {
  const { t } = useTranslation();
  const modules = courseModules(locale);
  const following = modules[modules.findIndex((m) => m.id === moduleId) + 1];
  return (
    <div className="present-console__end">
      <p>{t('present.lastSlide')}</p>
      {following && (
        <Link className="button button--small" to={paths.present.href(following.id)}>
          {t('present.nextModule', { title: following.title })}
        </Link>
      )}
    </div>
  );
}
