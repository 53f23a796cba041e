import { useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { LanguageSwitch } from './language-switch';
import { ThemeSelect } from './theme-select';
import { LmsExit } from './lms-exit';

/** Where a trainee goes from anywhere. A fourth practice tool (review) joins here once it has a route. */
const destinations = [
  { to: paths.home.href(), label: 'app.nav.home', end: true },
  { to: paths.smart.href(), label: 'app.nav.smart' },
  { to: paths.roleplays.href(), label: 'app.nav.roleplays' },
  { to: paths.sandbox.href(), label: 'app.nav.sandbox' },
] as const;

// What NavLink would say, without NavLink's weight on the first page: home only on home, a tool on any of its pages.
const current = (pathname: string, d: (typeof destinations)[number]) => pathname === d.to || (!('end' in d) && pathname.startsWith(`${d.to}/`));

/**
 * The header's second half: on a phone one "Menu" button (the header stays one row), on a wide
 * screen the same links and settings in line. Closes on a new page, Escape, a tap outside or
 * focus moving out of it.
 */
export function SiteMenu({ trainee, profileLink }: { trainee: boolean; profileLink?: React.ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const [openedAt, setOpenedAt] = useState(location.key);
  if (open && openedAt !== location.key) {
    setOpen(false);
    setOpenedAt(location.key);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const outside = (e: Event) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', outside);
    // Tabbing out of the open panel closes it: it would cover what now has focus (WCAG 2.4.11).
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);

  return (
    <div className="site-menu" ref={root} data-open={open || undefined}>
      <button
        ref={button}
        type="button"
        className="site-menu__button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpenedAt(location.key);
          setOpen((o) => !o);
        }}
      >
        <span className="site-menu__icon" aria-hidden="true" />
        {t('app.menu')}
      </button>
      <div id={id} className="site-menu__panel">
        {trainee && (
          <nav className="site-menu__nav" aria-label={t('app.nav.label')}>
            <ul>
              {destinations.map((d) => (
                <li key={d.to}>
                  <Link to={d.to} aria-current={current(location.pathname, d) ? 'page' : undefined}>
                    {t(d.label)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="site-menu__settings">
          {profileLink}
          <LanguageSwitch />
          <ThemeSelect />
          <LmsExit />
        </div>
      </div>
    </div>
  );
}
