import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { ModuleMeta } from '../../content/schema';

const practiceRoute = {
  smart: { href: paths.smart.href, label: 'reader.practice.smart' },
  roleplay: { href: paths.roleplays.href, label: 'reader.practice.roleplay' },
  sandbox: { href: paths.sandbox.href, label: 'reader.practice.sandbox' },
} as const;

/** The exercises that practice a module, as links. */
export function PracticeLinks({ module }: { module: ModuleMeta }) {
  const { t } = useTranslation();
  if (!module.practice?.length) return null;
  return (
    <nav className="practice-links" aria-label={t('reader.practice.title')}>
      <p className="practice-links__title">{t('reader.practice.title')}</p>
      <ul>
        {module.practice.map((p) => (
          <li key={p}>
            <Link to={practiceRoute[p].href()}>{t(practiceRoute[p].label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
