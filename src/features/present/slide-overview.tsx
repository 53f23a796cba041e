import { useTranslation } from 'react-i18next';
import type { SlideMeta } from '../../content/schema';
import { useFormatters } from '../../ui/use-formatters';

interface Props {
  slides: SlideMeta[];
  activeIndex: number;
  onJump: (index: number) => void;
}

/** Every slide of the module by number and title; one press goes there. */
export function SlideOverview({ slides, activeIndex, onJump }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <nav className="present-overview" aria-label={t('present.overview')}>
      <ol className="present-overview__list">
        {slides.map((s, i) => (
          <li key={s.id}>
            <button type="button" className="present-overview__item" aria-current={i === activeIndex ? 'step' : undefined} onClick={() => onJump(i)}>
              <span className="present-overview__number">{f.number(i + 1)}</span>
              <span className="present-overview__title">{s.title}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
