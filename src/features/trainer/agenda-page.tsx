import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { courseModules } from '../../content/course';
import type { Locale } from '../../content/locales';
import type { ModuleMeta } from '../../content/schema';
import { agendaFormats, formatClock, planAgenda, type AgendaBlock, type AgendaFormat } from '../../domain';
import { useDurations } from './use-durations';
import { PrintSheetBar } from './print-sheet-bar';
import './trainer.css';
import { useFormatters } from '../../ui/use-formatters';
import { ScrollRegion } from '../../ui/scroll-region';

/**
 * `/trainer/agenda`: the course as a one-day and as a two-half-day delivery, laid out from the
 * slides' planned minutes, for the trainer to print and hand to the organizer.
 */
export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const modules = courseModules(i18n.language as Locale);
  const input = modules.map((m) => ({ id: m.id, minutes: m.minutes, practice: m.practice, hasQuiz: Boolean(m.quiz) }));
  const title = t('trainer.agenda.title');
  return (
    <div className="trainer-print">
      <PrintSheetBar title={title} intro={t('trainer.agenda.intro')} other={{ href: paths.drillRubric.href(), label: t('trainer.rubric.title') }} />
      {agendaFormats.map((format) => (
        <AgendaSheet key={format} format={format} modules={modules} agenda={planAgenda(input, format)} />
      ))}
    </div>
  );
}

const formatTitle = { 'one-day': 'trainer.agenda.oneDay', 'two-half-days': 'trainer.agenda.twoHalfDays' } as const;
const partTitle = { 'one-day': 'trainer.agenda.dayOne', 'two-half-days': 'trainer.agenda.halfDay' } as const;

function AgendaSheet({ format, modules, agenda }: { format: AgendaFormat; modules: ModuleMeta[]; agenda: ReturnType<typeof planAgenda> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const d = useDurations();
  const headingId = `agenda-${format}`;
  const { totals } = agenda;
  const days = [...new Set(agenda.parts.map((p) => p.day))];
  return (
    <section className="trainer-sheet" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(formatTitle[format])}</h2>
      {days.map((day) => {
        const parts = agenda.parts.filter((p) => p.day === day);
        const start = parts[0]!.start;
        const end = parts.at(-1)!.end;
        const caption = t(partTitle[format], { day: f.number(day), start: formatClock(start), end: formatClock(end), length: d.span(end - start) });
        return (
          <ScrollRegion key={day} label={caption}>
            <table className="agenda-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trainer.agenda.time')}</th>
                  <th scope="col">{t('trainer.agenda.block')}</th>
                  <th scope="col">{t('trainer.agenda.minutes')}</th>
                </tr>
              </thead>
              <tbody>
                {parts
                  .flatMap((p) => p.blocks)
                  .map((block) => (
                    <tr key={`${block.start}-${block.kind}`} data-kind={block.kind}>
                      <td>
                        {formatClock(block.start)}–{formatClock(block.start + block.minutes)}
                      </td>
                      <th scope="row">
                        <BlockLabel block={block} modules={modules} />
                      </th>
                      <td>{d.minutes(block.minutes)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollRegion>
        );
      })}
      <dl className="agenda-totals" aria-label={t('trainer.agenda.totals')}>
        <div>
          <dt>{t('trainer.agenda.teaching')}</dt>
          <dd>{d.span(totals.teaching)}</dd>
        </div>
        <div>
          <dt>{t('trainer.agenda.practice')}</dt>
          <dd>{d.span(totals.practice)}</dd>
        </div>
        <div>
          <dt>{t('trainer.agenda.breaks')}</dt>
          <dd>{d.span(totals.breaks)}</dd>
        </div>
        <div>
          <dt>{t('trainer.agenda.total')}</dt>
          <dd>{d.span(totals.total)}</dd>
        </div>
      </dl>
    </section>
  );
}

const practiceLabel = { smart: 'trainer.agenda.smart', roleplay: 'trainer.agenda.roleplay', sandbox: 'trainer.agenda.sandbox' } as const;

function BlockLabel({ block, modules }: { block: AgendaBlock; modules: ModuleMeta[] }) {
  const { t, i18n } = useTranslation();
  const title = (id: string | undefined) => modules.find((m) => m.id === id)?.title ?? id ?? '';
  switch (block.kind) {
    case 'module':
      return <>{title(block.moduleId)}</>;
    case 'smart':
    case 'roleplay':
    case 'sandbox':
      return <>{t(practiceLabel[block.kind])}</>;
    case 'quiz': {
      const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format((block.moduleIds ?? []).map((id) => String(Number(id.slice(0, 2)))));
      return <>{t('trainer.agenda.quiz', { parts: list })}</>;
    }
    case 'break':
      return <>{t('trainer.agenda.break')}</>;
    case 'lunch':
      return <>{t('trainer.agenda.lunch')}</>;
  }
}
