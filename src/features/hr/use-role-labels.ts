import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantableRole } from '../../domain';

const names = { trainer: 'roles.names.trainer', manager: 'roles.names.manager', hr: 'roles.names.hr', admin: 'roles.names.admin' } as const satisfies Record<GrantableRole, string>;
const explanations = { trainer: 'roles.explain.trainer', manager: 'roles.explain.manager', hr: 'roles.explain.hr', admin: 'roles.explain.admin' } as const satisfies Record<GrantableRole, string>;

/** Role names and their one-line explanations in the current language; a list of roles joined through Intl. */
export function useRoleLabels() {
  const { t, i18n } = useTranslation('hr');
  const locale = i18n.language;
  return useMemo(() => {
    const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
    return {
      name: (role: GrantableRole) => t(names[role]),
      explain: (role: GrantableRole) => t(explanations[role]),
      list: (roles: readonly GrantableRole[]) => list.format(roles.map((r) => t(names[r]))),
    };
  }, [t, locale]);
}
