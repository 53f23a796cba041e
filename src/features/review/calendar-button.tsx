import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { buildCalendar, localDay, type CalendarEvent, type FollowUpView } from '../../domain';
import { downloadFile } from '../../ui/download-file';
import { followUpTitle } from './follow-up-list';

/** "Add to calendar": the follow-up dates (and the next review) as an .ics file, no mail server needed. */
export function CalendarButton({ followUps, next }: { followUps: FollowUpView[]; next?: string }) {
  const { t } = useTranslation();
  if (followUps.length === 0 && !next) return null;
  const download = () => {
    const url = new URL(paths.review.href(), window.location.origin).href;
    const events: CalendarEvent[] = followUps
      .filter((x) => x.status !== 'done')
      .map((x) => ({ uid: `${x.id}-${x.date}@sales-target-academy`, date: x.date, summary: t(followUpTitle[x.id]), description: t('review.calendar.followUpText'), url }));
    if (next) {
      const day = localDay(new Date(next));
      events.push({ uid: `review-${day}@sales-target-academy`, date: day, summary: t('review.calendar.reviewTitle'), description: t('review.calendar.reviewText'), url });
    }
    downloadFile('sales-target-academy-review.ics', buildCalendar({ name: t('app.name'), events, stamp: new Date() }), 'text/calendar;charset=utf-8');
  };
  return (
    <p>
      <button type="button" className="button" onClick={download}>
        {t('review.calendar.add')}
      </button>
    </p>
  );
}
