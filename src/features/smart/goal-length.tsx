import { useTranslation } from 'react-i18next';
import { GOAL_MAX, goalLength } from '../../domain';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useFormatters } from '../../ui/use-formatters';

/** Whether a goal is longer than the analyzer reads, so it is kept in the box and not saved. */
export const goalTooLong = (text: string) => goalLength(text) > GOAL_MAX;

/** The live count of a goal against the part the analyzer reads, with what to do once it is over. */
export function GoalLength({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const length = goalLength(text);
  const values = { length: f.number(length), max: f.number(GOAL_MAX), over: f.number(length - GOAL_MAX) };
  const message = length > GOAL_MAX ? t('smart.tooLong', values) : t('smart.count', values);
  // Over the limit, the count is read out once typing pauses; under it, it stays quiet.
  const settled = useDebouncedValue(length > GOAL_MAX ? message : '', 800);
  return (
    <>
      <p id={id} className={length > GOAL_MAX ? 'char-count char-count--over' : 'hint char-count'}>
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {settled}
      </p>
    </>
  );
}
