import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../ui/use-formatters';
import { isEndingName, type TimelineEntry } from '../../domain';
import { courseActivityLabel, endingLabel, isKnownVerb, verbLabel } from './labels';
import { useRoleplayTitle } from './use-roleplay-titles';
import { useHrFormat } from './use-hr-format';
import { useItemText } from './use-item-text';

const PAGE = 100;

/** The last segment of an IRI, decoded: a slide id, an item id, an unknown verb's name. */
function lastSegment(iri: string): string {
  const segment = iri.replace(/[/#]+$/, '').split(/[/#]/).pop() ?? iri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A trainee's learning record, newest first, a hundred entries at a time. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  const rest = entries.length - shown;

  return (
    <section className="hr-panel" aria-labelledby={id}>
      <h2 id={id}>{t('trainee.timeline')}</h2>
      {entries.length === 0 ? (
        <p>{t('trainee.timelineEmpty')}</p>
      ) : (
        <>
          <p className="hint">{t('trainee.timelineCount', { count: entries.length, formatted: f.number(entries.length) })}</p>
          <ol className="hr-timeline" aria-labelledby={id}>
            {entries.slice(0, shown).map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ol>
          {rest > 0 && (
            <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('trainee.showMore', { count: Math.min(PAGE, rest), formatted: f.number(Math.min(PAGE, rest)) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation('hr');
  const { t: tApp } = useTranslation();
  const format = useHrFormat();
  const f = useFormatters();
  const text = useItemText();
  // An answered item reads as its question and the options chosen, not their ids (kept for the tooltip).
  const itemId = entry.part === 'item' && entry.moduleId ? lastSegment(entry.activity) : undefined;
  const question = itemId ? text.question(entry.moduleId!, itemId) : undefined;
  const answers = itemId && entry.response ? text.answers(entry.moduleId!, itemId, entry.response) : undefined;
  // A role-play's answer is how it ended, named as HR's role-play table names it.
  const roleplay = entry.courseActivity === 'roleplay';
  const response = answers ? answers.map((a) => a.short).join(t('timeline.answerSeparator')) : roleplay && entry.response && isEndingName(entry.response) ? t(endingLabel[entry.response]) : entry.response;
  const verb = isKnownVerb(entry.verb) ? t(verbLabel[entry.verb]) : t('timeline.otherVerb', { verb: lastSegment(entry.verb) });
  const module = entry.moduleId ? format.moduleTitle(entry.moduleId) : undefined;
  const what =
    entry.moduleId === undefined || module === undefined
      ? roleplay
        ? <RoleplayName scenarioId={lastSegment(entry.activity)} />
        : entry.courseActivity
          ? t(courseActivityLabel[entry.courseActivity], { course: tApp('app.name') })
          : entry.activity
      : entry.part === 'slide'
        ? t('timeline.slide', { module, slide: format.slideTitle(entry.moduleId, lastSegment(entry.activity)) })
        : entry.part === 'quiz'
          ? t('timeline.quiz', { module })
          : entry.part === 'item'
            ? t('timeline.item', { module, item: question?.short ?? lastSegment(entry.activity) })
            : t('timeline.module', { module });
  const details = [
    entry.scaled !== undefined && t('timeline.score', { score: f.ratio(entry.scaled) }),
    entry.part === 'item' && entry.success !== undefined && (entry.success ? t('timeline.correct') : t('timeline.incorrect')),
    entry.durationMs !== undefined && entry.durationMs > 0 && t('timeline.duration', { duration: format.duration(entry.durationMs) }),
    response !== undefined && response !== '' && t('timeline.response', { response }),
  ].filter((d): d is string => Boolean(d));
  const tone = entry.verb === 'passed' || entry.verb === 'completed' ? 'good' : entry.verb === 'failed' ? 'bad' : 'plain';

  return (
    <li className={`hr-timeline__entry hr-timeline__entry--${tone}`}>
      <time className="hr-timeline__time" dateTime={entry.timestamp}>
        {format.dateTime(entry.timestamp)}
      </time>
      <p className="hr-timeline__what">
        <strong className="hr-timeline__verb">{verb}</strong> <span title={question && question.full !== question.id ? `${question.full}\n(${question.id})` : undefined}>{what}</span>
      </p>
      {details.length > 0 && (
        <p className="hr-timeline__details" title={answers?.some((a) => a.full !== a.id) ? answers.map((a) => `${a.full} (${a.id})`).join('\n') : undefined}>
          {details.join(' · ')}
        </p>
      )}
    </li>
  );
}

/** Which role-play a run was: its title, loaded with the course's role-plays only when a timeline shows one. */
function RoleplayName({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation('hr');
  const title = useRoleplayTitle();
  return t('timeline.activities.roleplayScenario', { title: title(scenarioId) });
}
