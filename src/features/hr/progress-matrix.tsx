import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import type { MatrixCell, MatrixRow } from '../../domain';
import { useFormatters } from '../../ui/use-formatters';
import { useVirtualRows } from '../../ui/use-virtual-rows';
import type { ProgressModule } from './hr-api';
import { StatusChip } from './status-chip';
import { useHrFormat } from './use-hr-format';

const ROW_HEIGHT = 60;
const HEADER_HEIGHT = 64;
// Fixed column widths (px): employee id, name, department, course status, then each module.
const FIXED = [112, 152, 136, 128];
const MODULE_WIDTH = 168;

interface Props {
  rows: MatrixRow[];
  modules: ProgressModule[];
  /** The filters' search (`?…`), carried to the trainee page and back. */
  search: string;
  busy: boolean;
}

/**
 * The trainee × module matrix as an ARIA table. Only the rows in view (and a few either side)
 * are in the DOM, so 10,000 trainees scroll as smoothly as 10; aria-rowcount and aria-rowindex
 * tell assistive technology where each rendered row sits in the whole.
 */
export function ProgressMatrix({ rows, modules, search, busy }: Props) {
  const { t } = useTranslation('hr');
  const format = useHrFormat();
  const { ref, start, end, totalHeight, top } = useVirtualRows<HTMLDivElement>({ count: rows.length, rowHeight: ROW_HEIGHT, offset: HEADER_HEIGHT });
  const widths = [...FIXED, ...modules.map(() => MODULE_WIDTH)];
  const style = {
    '--hr-columns': widths.map((w) => `${w}px`).join(' '),
    '--hr-width': `${widths.reduce((a, b) => a + b, 0)}px`,
    '--hr-row': `${ROW_HEIGHT}px`,
    '--hr-head': `${HEADER_HEIGHT}px`,
    '--hr-sticky-2': `${FIXED[0]}px`,
  } as CSSProperties;

  return (
    <div
      ref={ref}
      className="hr-matrix"
      role="table"
      aria-label={t('matrix.label')}
      aria-rowcount={rows.length + 1}
      aria-colcount={widths.length}
      aria-busy={busy}
      tabIndex={0}
      style={style}
    >
      <div role="rowgroup" className="hr-matrix__head">
        <div role="row" aria-rowindex={1} className="hr-matrix__row">
          <div role="columnheader" className="hr-matrix__sticky">
            {t('matrix.employeeId')}
          </div>
          <div role="columnheader" className="hr-matrix__sticky hr-matrix__sticky--2">
            {t('matrix.name')}
          </div>
          <div role="columnheader">{t('matrix.department')}</div>
          <div role="columnheader">{t('matrix.courseStatus')}</div>
          {modules.map((m) => (
            <div key={m.id} role="columnheader" title={m.id}>
              {format.moduleTitle(m.id)}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="hr-matrix__body" style={{ blockSize: totalHeight }}>
        {rows.slice(start, end).map((row, i) => (
          <MatrixLine key={row.employeeId} row={row} index={start + i} top={top(start + i)} modules={modules} search={search} />
        ))}
      </div>
    </div>
  );
}

function MatrixLine({ row, index, top, modules, search }: { row: MatrixRow; index: number; top: number; modules: ProgressModule[]; search: string }) {
  return (
    <div role="row" aria-rowindex={index + 2} className={`hr-matrix__row${index % 2 ? ' hr-matrix__row--odd' : ''}`} style={{ insetBlockStart: top }}>
      <div role="cell" className="hr-matrix__sticky hr-matrix__id">
        {row.employeeId}
      </div>
      <div role="cell" className="hr-matrix__sticky hr-matrix__sticky--2">
        <Link to={paths.hrTrainee.href(row.employeeId, search)}>{row.name}</Link>
      </div>
      <div role="cell">{row.department}</div>
      <div role="cell">
        <StatusChip status={row.status} />
      </div>
      {modules.map((m) => (
        <ModuleCell key={m.id} cell={row.modules[m.id]} hasQuiz={m.hasQuiz} />
      ))}
    </div>
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
            ? t('matrix.best', { score: f.ratio(cell.bestScore), count: attempts })
            : t('matrix.attempts', { count: attempts })}
        </span>
      )}
    </div>
  );
}
