import { useTranslation } from 'react-i18next';
import { DUE_DAY_MIN, dueDayProblem, latestDueDay } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

/**
 * What is wrong with a due day HR typed, in their language (the server's rule: a real day from
 * 2000 up to ten years after today), or undefined when it can be saved; empty clears the day.
 */
export function useDueDayCheck() {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const day = (iso: string) => f.date(`${iso}T12:00:00Z`);
  const outOfRange = (today: string) => t('due.outOfRange', { min: day(DUE_DAY_MIN), max: day(latestDueDay(today)) });
  return {
    check: (due: string, today: string | undefined): string | undefined => {
      if (due === '' || !today) return undefined;
      const problem = dueDayProblem(due, today);
      return problem === 'invalid' ? t('due.invalid') : problem ? outOfRange(today) : undefined;
    },
    /** The message for the server's `due_out_of_range`. */
    outOfRange,
  };
}
