import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../ui/scroll-region';
import { useFormatters } from '../../ui/use-formatters';
import { drillModel } from './drill-model';

/** One dimension of the model decomposition, with its total summed from the rows. */
export function ModelTable({ caption, rows }: { caption: string; rows: [label: string, amount: number][] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const total = rows.reduce((n, [, amount]) => n + amount, 0);
  return (
    <ScrollRegion label={caption}>
      <table className="model-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">{t('trainer.rubric.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, amount]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{f.amount(amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('trainer.rubric.sum')}</th>
            <td>{f.amount(total)}</td>
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}

export function PlanTable({ caption }: { caption: string }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={caption}>
      <table className="plan-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {drillModel.planColumns.map((c) => (
              <th key={c} scope="col">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {drillModel.plan.map((row) => (
            <tr key={row[0]}>
              {row.map((cell) => (
                <td key={cell}>{t(cell)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
