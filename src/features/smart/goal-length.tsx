import { useTranslation } from 'react-i18next';
import { GOAL_MAX, goalLength } from '../../domain';
import { CharCount } from '../../ui/char-count';
import { useFormatters } from '../../ui/use-formatters';

/** Whether a goal is longer than the analyzer reads, so it is kept in the box and not saved. */
export const goalTooLong = (text: string) => goalLength(text) > GOAL_MAX;

/** The live count of a goal against the part the analyzer reads, with what to do once it is over. */
export function GoalLength({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const length = goalLength(text);
  const values = { length: f.number(length), max: f.number(GOAL_MAX), over: f.number(length - GOAL_MAX) };
  const over = length > GOAL_MAX;
  return <CharCount id={id} over={over} message={over ? t('smart.tooLong', values) : t('smart.count', values)} />;
}
