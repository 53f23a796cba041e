import type { CSSProperties, ReactNode } from 'react';
import { Link } from '../../ui/link';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { MatrixCell, MatrixRow } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { usePrinting } from '../../ui/use-printing';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import type { ProgressModule } from './hr-reports-api';
import { StatusChip } from './status-chip';
import { useHrFormat } from './use-hr-format';

const ROW_HEIGHT = 60;
const HEADER_HEIGHT = 64;
// Fixed column widths (px): employee id, name, department, course status, final assessment, certificate, then each module.
const FIXED = [112, 152, 136, 128, 152, 152];
const MODULE_WIDTH = 168;

interface Props {
  rows: MatrixRow[];
  modules: ProgressModule[];
  /** The filters' search (`?…`), carried to the trainee page and back. */
  search: string;
  busy: boolean;
  /** The current sort (empty: department, then name) and how to change it. */
  sort: { sort: string; dir: 'asc' | 'desc' };
  onSort: (sort: string, dir: 'asc' | 'desc') => void;
  /** Where this page's first row sits among all the matched rows, and how many there are. */
  firstIndex: number;
  /** Names the result shown (its filters, sort and page): a new one is shown from its top. */
  resultKey: string;
  total: number;
}

/**
 * The trainee × module matrix as an ARIA table. Only the rows in view (and a few either side)
 * are in the DOM, so 10,000 trainees scroll as smoothly as 10; aria-rowcount and aria-rowindex
 * tell assistive technology where each rendered row sits in the whole.
 */
export function ProgressMatrix({ rows, modules, search, busy, sort, onSort, firstIndex, total, resultKey }: Props) {
  const { t } = useTranslation('hr');
  const format = useHrFormat();
  const virtual = useVirtualRows<HTMLDivElement>({ count: rows.length, rowHeight: ROW_HEIGHT, offset: HEADER_HEIGHT, resetKey: resultKey });
  // On paper every row of the page is drawn, one after the other (the print style unstacks them).
  const printing = usePrinting();
  const { ref, totalHeight, top } = virtual;
  const [start, end] = printing ? [0, rows.length] : [virtual.start, virtual.end];
  const widths = [...FIXED, ...modules.map(() => MODULE_WIDTH)];
  const style = {
    '--hr-columns': widths.map((w) => `${w}px`).join(' '),
    '--hr-width': `${widths.reduce((a, b) => a + b, 0)}px`,
    '--hr-row': `${ROW_HEIGHT}px`,
    '--hr-head': `${HEADER_HEIGHT}px`,
    '--hr-sticky-2': `${FIXED[0]}px`,
    '--hr-modules': modules.length,
  } as CSSProperties;

  return (
    <div
      ref={ref}
      className="hr-matrix"
      role="table"
      aria-label={t('matrix.label')}
      aria-rowcount={total + 1}
      aria-colcount={widths.length}
      aria-busy={busy}
      tabIndex={0}
      style={style}
    >
      <div role="rowgroup" className="hr-matrix__head">
        <div role="row" aria-rowindex={1} className="hr-matrix__row">
          <SortHeader id="employeeId" sort={sort} onSort={onSort} className="hr-matrix__sticky">
            {t('matrix.employeeId')}
          </SortHeader>
          <SortHeader id="name" sort={sort} onSort={onSort} className="hr-matrix__sticky hr-matrix__sticky--2">
            {t('matrix.name')}
          </SortHeader>
          <SortHeader id="department" sort={sort} onSort={onSort}>
            {t('matrix.department')}
          </SortHeader>
          <SortHeader id="status" sort={sort} onSort={onSort}>
            {t('matrix.courseStatus')}
          </SortHeader>
          <SortHeader id="final" sort={sort} onSort={onSort}>
            {t('matrix.final')}
          </SortHeader>
          <SortHeader id="certificate" sort={sort} onSort={onSort}>
            {t('matrix.certificate')}
          </SortHeader>
          {modules.map((m) => (
            <SortHeader key={m.id} id={`module:${m.id}`} sort={sort} onSort={onSort} title={m.id}>
              {format.moduleTitle(m.id)}
            </SortHeader>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="hr-matrix__body" style={printing ? undefined : { blockSize: totalHeight }}>
        {rows.slice(start, end).map((row, i) => (
          <MatrixLine key={row.actorKey ?? row.employeeId} row={row} index={start + i} rowIndex={firstIndex + start + i} top={top(start + i)} modules={modules} search={search} />
        ))}
      </div>
    </div>
  );
}

/**
 * A column header that sorts: the first press sorts ascending, the next descending; aria-sort
 * says which column orders the rows (department, then name, when none is chosen).
 */
function SortHeader({ id, sort, onSort, className, title, children }: { id: string; sort: Props['sort']; onSort: Props['onSort']; className?: string; title?: string; children: ReactNode }) {
  const active = sort.sort === id || (sort.sort === '' && id === 'department');
  const dir = active ? sort.dir : undefined;
  return (
    <div role="columnheader" className={className} title={title} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}>
      <button type="button" className="hr-sort" onClick={() => onSort(id, dir === 'asc' ? 'desc' : 'asc')}>
        {children}
        <span aria-hidden="true" className="hr-sort__icon">
          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </div>
  );
}

function MatrixLine({ row, index, rowIndex, top, modules, search }: { row: MatrixRow; index: number; rowIndex: number; top: number; modules: ProgressModule[]; search: string }) {
  const { t } = useTranslation('hr');
  return (
    <div role="row" aria-rowindex={rowIndex + 2} className={`hr-matrix__row${index % 2 ? ' hr-matrix__row--odd' : ''}`} style={{ insetBlockStart: top }}>
      <div role="cell" className="hr-matrix__sticky hr-matrix__id">
        <Clamped text={row.employeeId} />
      </div>
      <div role="cell" className="hr-matrix__sticky hr-matrix__sticky--2">
        <Link to={paths.hrTrainee.href(row.actorKey ?? row.employeeId, search)}>{row.name || row.employeeId}</Link>
        {/* Nobody vouched for a typed-in name and employee id, or the learner never registered (an LMS's): HR sees that beside the name. */}
        {row.identity !== 'company' && <span className="hr-identity"> · {t(row.identity === 'self-declared' ? 'identity.selfDeclared' : 'identity.unregistered')}</span>}
      </div>
      <div role="cell">
        <Clamped text={row.department} />
      </div>
      <div role="cell">
        <StatusChip status={row.status} />
      </div>
      <FinalCell row={row} />
      <CertificateCell row={row} />
      {modules.map((m) => (
        <ModuleCell key={m.id} cell={row.modules[m.id]} hasQuiz={m.hasQuiz} />
      ))}
    </div>
  );
}

/**
 * Text in a row of fixed height: the first two lines, the rest cut at a word with an ellipsis and
 * the whole text as the tooltip (a screen reader reads it all, as it is all in the cell).
 */
function Clamped({ text }: { text: string }) {
  return (
    <span className="hr-matrix__clamp" title={text}>
      {text}
    </span>
  );
}

function ModuleCell({ cell, hasQuiz }: { cell: MatrixCell | undefined; hasQuiz: boolean }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const attempts = cell?.attempts ?? 0;
  return (
    <div role="cell" className="hr-matrix__module">
      <StatusChip status={cell?.status ?? 'not_started'} />
      {hasQuiz && attempts > 0 && (
        <span className="hr-matrix__meta">
          {cell?.bestScore !== null && cell?.bestScore !== undefined
            ? t('matrix.best', { score: f.ratio(cell.bestScore), count: attempts, formatted: f.number(attempts) })
            : t('matrix.attempts', { count: attempts, formatted: f.number(attempts) })}
        </span>
      )}
    </div>
  );
}

function FinalCell({ row }: { row: MatrixRow }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  const { bestScore, attempts, passed } = row.final;
  return (
    <div role="cell" className="hr-matrix__module">
      {attempts === 0 ? (
        t('matrix.finalNone')
      ) : (
        <>
          <span>{passed ? t('matrix.finalPassed') : t('matrix.finalFailed')}</span>
          <span className="hr-matrix__meta">{bestScore !== null ? t('matrix.best', { score: f.ratio(bestScore), count: attempts, formatted: f.number(attempts) }) : t('matrix.attempts', { count: attempts, formatted: f.number(attempts) })}</span>
        </>
      )}
    </div>
  );
}

function CertificateCell({ row }: { row: MatrixRow }) {
  const { t } = useTranslation('hr');
  const f = useFormatters();
  return (
    <div role="cell" className="hr-matrix__module">
      {row.certificate ? (
        <>
          <span className="hr-matrix__id">{row.certificate.code}</span>
          <span className="hr-matrix__meta">{f.date(row.certificate.issuedAt)}</span>
        </>
      ) : (
        t('matrix.noCertificate')
      )}
    </div>
  );
}
