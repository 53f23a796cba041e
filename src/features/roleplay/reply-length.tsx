import { useTranslation } from 'react-i18next';
import { REPLY_MAX, replyLength } from '../../domain';
import { CharCount } from '../../ui/char-count';
import { useFormatters } from '../../ui/use-formatters';

/** Whether a typed reply is over the limit, so it is kept in the box and not sent. */
export const replyTooLong = (text: string) => replyLength(text) > REPLY_MAX;

/** The live count of a typed reply against its limit, with what to do once it is over. */
export function ReplyLength({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const length = replyLength(text);
  const values = { length: f.number(length), max: f.number(REPLY_MAX), over: f.number(length - REPLY_MAX) };
  const over = length > REPLY_MAX;
  return <CharCount id={id} over={over} message={over ? t('roleplay.tooLong', values) : t('roleplay.count', values)} />;
}
