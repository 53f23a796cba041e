import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOnce } from '../../content/load-once';
import { useLoaded } from './use-loaded';
import { loadAllQuizBanks } from '../../content/quiz-loader';
import type { Locale } from '../../content/locales';
import { findQuizItem, questionText, responseText, shortenAnswer, type ItemText } from '../../domain';

// The banks are the course's own chunks; HR's pages fetch them only when they show quiz items.
const allBanks = loadOnce(() => loadAllQuizBanks());

/** A text as a narrow column shows it (`short`) and in full (`full`, with the stable `id` for a tooltip). */
export interface ShownText {
  id: string;
  short: string;
  full: string;
}

/** Room, in Latin characters (CJK counting two), for a question's stem and for an option's label. */
const QUESTION_WIDTH = 90;
const OPTION_WIDTH = 60;

/**
 * Quiz items as HR reads them: each question's stem and each answer's option labels in the
 * current language, from the course's banks. An id the banks do not have says so; until the banks
 * have loaded, the ids stand in.
 */
export function useItemText() {
  const { t, i18n } = useTranslation('hr');
  const locale = i18n.language as Locale;
  const banks = useLoaded(allBanks);
  return useMemo(() => {
    const words = { true: t('items.true'), false: t('items.false') };
    const shown = (p: ItemText, width: number): ShownText => {
      const full = p.known || !banks ? p.text : t('items.unknown', { id: p.id });
      return { id: p.id, short: p.known ? shortenAnswer(p, width) : full, full };
    };
    const itemOf = (quizId: string, itemId: string) => (banks ? findQuizItem(banks, quizId, itemId) : undefined);
    return {
      question: (quizId: string, itemId: string) => shown(questionText(itemOf(quizId, itemId), itemId, locale), QUESTION_WIDTH),
      /** Each part of a response (a choice, a match, an entry of an ordering), labeled. */
      answers: (quizId: string, itemId: string, response: string) => responseText(itemOf(quizId, itemId), response, locale, words).map((p) => shown(p, OPTION_WIDTH)),
    };
  }, [banks, locale, t]);
}
