import { useTranslation } from 'react-i18next';
import type { RoomSummary } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';

const lineKey = { people: 'live.summary.people', questions: 'live.summary.questions', answers: 'live.summary.answers', asked: 'live.summary.asked' } as const;

/** What the whole room did in a session that has ended, for the audience screen and the console. */
export function RoomSummaryList({ summary, className }: { summary: RoomSummary; className?: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const line = (key: keyof typeof lineKey, n: number) => t(lineKey[key], { count: n, formatted: f.number(n) });
  return (
    <ul className={className} aria-label={t('live.summary.label')}>
      <li>{line('people', summary.people)}</li>
      {summary.questions > 0 && <li>{line('questions', summary.questions)}</li>}
      {summary.questions > 0 && <li>{line('answers', summary.answers)}</li>}
      {summary.asked > 0 && <li>{line('asked', summary.asked)}</li>}
    </ul>
  );
}
