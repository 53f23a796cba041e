import { useTranslation } from 'react-i18next';
import { REPLY_MAX, replyLength } from '../../domain';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useFormatters } from '../../ui/use-formatters';

/** Whether a typed reply is over the limit, so it is kept in the box and not sent. */
export const replyTooLong = (text: string) => replyLength(text) > REPLY_MAX;

/**
 * The live count of a typed reply against its limit, with what to do once it is over.
 */
export function ReplyLength({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const length = replyLength(text);
  const values = { length: f.number(length), max: f.number(REPLY_MAX), over: f.number(length - REPLY_MAX) };
  const message = length > REPLY_MAX ? t('roleplay.tooLong', values) : t('roleplay.count', values);
  // Over the limit, the count is read out once typing pauses; under it, it stays quiet.
  const settled = useDebouncedValue(length > REPLY_MAX ? message : '', 800);
  return (
    <>
      <p id={id} className={length > REPLY_MAX ? 'char-count char-count--over' : 'hint char-count'}>
        {message}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {settled}
      </p>
    </>
  );
}
