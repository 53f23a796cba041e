import type { ItemLocale, ItemText } from '../quiz/item-text';
import type { LocalizedText } from '../quiz/types';

/** A role-play as HR's tables name it: its stable id and its title in both languages. */
export interface RoleplayTitle {
  id: string;
  title: LocalizedText;
}

/**
 * What HR reads for a role-play the records name by id: its title in HR's language, from the
 * course's role-plays. An id the course does not have (the scenario was removed since the runs)
 * is kept as it is and marked `known: false`, so the page and the exports can say so.
 */
export function roleplayText(roleplays: readonly RoleplayTitle[], id: string, locale: ItemLocale): ItemText {
  const found = roleplays.find((r) => r.id === id);
  return found ? { id, text: found.title[locale], known: true } : { id, text: id, known: false };
}
