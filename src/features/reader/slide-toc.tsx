import { useState } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { ModuleMeta } from '../../content/schema';
import { PracticeLinks } from './practice-links';

interface Props {
  module: ModuleMeta;
  activeId: string;
  seen: Record<string, string>;
}

export function SlideToc({ module, activeId, seen }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="toc" data-open={open}>
      <button type="button" className="toc__toggle button" aria-expanded={open} aria-controls="toc-nav" onClick={() => setOpen(!open)}>
        {open ? t('reader.hideContents') : t('reader.showContents')}
      </button>
      <nav id="toc-nav" className="toc__nav" aria-label={t('reader.contents')}>
        <p className="toc__heading" aria-hidden="true">
          {t('reader.contents')}
        </p>
        <ol className="toc__list">
          {module.slides.map((s) => (
            <li key={s.id} className={seen[s.id] ? 'toc__item toc__item--seen' : 'toc__item'}>
              <Link
                to={paths.module.href(module.id, s.id)}
                aria-current={s.id === activeId ? 'step' : undefined}
                onClick={() => setOpen(false)}
              >
                <span className="toc__mark" aria-hidden="true">
                  {seen[s.id] ? '✓' : '○'}
                </span>
                <span>{s.title}</span>
                {seen[s.id] && <span className="visually-hidden"> ({t('reader.seen')})</span>}
              </Link>
            </li>
          ))}
        </ol>
        <details className="toc__objectives">
          <summary>{t('reader.objectives')}</summary>
          <ul>
            {module.objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </details>
        <PracticeLinks module={module} />
      </nav>
    </div>
  );
}
