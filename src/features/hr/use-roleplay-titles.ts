import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOnce } from '../../content/load-once';
import { useLoaded } from './use-loaded';
import { loadAllRoleplays } from '../../content/roleplay-loader';
import type { Locale } from '../../content/locales';
import { roleplayText, type RoleplayTitle } from '../../domain';

// The role-plays are the course's own chunks; HR's pages fetch them only when they show role-play endings.
const allTitles = loadOnce(async (): Promise<RoleplayTitle[]> => (await loadAllRoleplays()).map((r) => ({ id: r.id, title: r.title })));

/**
 * A role-play as HR reads it: its title in the current language, from the course's role-plays.
 * An id the course does not have (the scenario was removed) says so; until they have loaded, the ids stand in.
 */
export function useRoleplayTitle() {
  const { t, i18n } = useTranslation('hr');
  const locale = i18n.language as Locale;
  const titles = useLoaded(allTitles);
  return useMemo(
    () => (id: string) => {
      const shown = roleplayText(titles ?? [], id, locale);
      return shown.known || !titles ? shown.text : t('items.unknown', { id });
    },
    [titles, locale, t],
  );
}
