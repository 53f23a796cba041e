import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERED_KINDS, type AnsweredKind, type TookPart } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

const kindKey = {
  quiz: 'live.tookPart.kinds.quiz',
  poll: 'live.tookPart.kinds.poll',
  smart: 'live.tookPart.kinds.smart',
  objection: 'live.tookPart.kinds.objection',
  open: 'live.tookPart.kinds.open',
  rating: 'live.tookPart.kinds.rating',
} as const satisfies Record<AnsweredKind, string>;

/** The phone once the session is over: what this trainee answered and asked, with or without quiz points to rank. */
export function PhoneTookPart({ took }: { took: TookPart }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const id = useId();
  const parts = ANSWERED_KINDS.flatMap((kind) => {
    const n = took.answered[kind] ?? 0;
    return n > 0 ? [t(kindKey[kind], { count: n, formatted: f.number(n) })] : [];
  });
  const answered = Object.values(took.answered).reduce((sum, n) => sum + (n ?? 0), 0);
  if (took.questions === 0 && took.asked === 0) return null;
  return (
    <section className="live-final" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('live.tookPart.title')}</h2>
      {took.questions > 0 && (
        <p>
          {answered > 0
            ? t('live.tookPart.answered', { count: took.questions, formatted: f.number(took.questions), answered: f.number(answered), list: f.list(parts) })
            : t('live.tookPart.none', { count: took.questions, formatted: f.number(took.questions) })}
        </p>
      )}
      {took.asked > 0 && <p>{t('live.tookPart.asked', { count: took.asked, formatted: f.number(took.asked) })}</p>}
    </section>
  );
}
