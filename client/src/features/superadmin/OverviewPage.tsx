import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { BarChart } from '../../components/BarChart';
import { paths } from '../../config/paths';
import { currentLocale } from '../../i18n';
import { number } from '../../lib/format';
import { useOverview } from './api/usage';
import { listState } from './api/list-state';
import { isStatus, schoolPath } from './school-links';

const STATUS_COLOURS: Record<string, string> = {
  active: '#15803d',
  trial: '#1d4ed8',
  suspended: '#b45309',
  deleted: '#b91c1c',
  provisioning: '#6b7280',
};

/** A month of the growth chart ("2026-11") as the shown language writes it ("Nov 2026", "nov. 2026"). */
const monthLabel = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(currentLocale(), { timeZone: 'UTC', month: 'short', year: 'numeric' });

/** /superadmin: the platform at a glance: schools by status, growth per month, busiest schools this week. */
export function OverviewPage() {
  const { t } = useTranslation('superadmin');
  const q = useOverview();
  const o = listState(q);
  return (
    <section>
      <h1>{t('overview.title')}</h1>
      <AsyncState loading={o.loading} error={o.error} onRetry={() => void q.refetch()}>
        {o.data && (
          <>
            <p className="tile">
              <Trans
                t={t}
                i18nKey="overview.schools"
                count={o.data.schools}
                values={{ n: number(o.data.schools) }}
                // Not <link>: Trans reads it as HTML's empty <link> element and drops what it holds.
                components={{ schools: <Link to={paths.consoleSchools} />, strong: <strong /> }}
              />
            </p>
            <div className="charts">
              <BarChart
                title={t('overview.byStatus')}
                format={(n) => number(n)}
                bars={Object.entries(o.data.byStatus).map(([status, value]) => ({
                  label: isStatus(status) ? t(`status.${status}`) : status,
                  value,
                  color: STATUS_COLOURS[status],
                }))}
              />
              <BarChart
                title={t('overview.growth')}
                format={(n) => number(n)}
                bars={o.data.growth.map((g) => ({ label: monthLabel(g.month), value: g.total }))}
              />
              <div className="chart">
                <strong>{t('overview.busiest')}</strong>
                {o.data.busiest.length === 0 ? (
                  <p className="muted">{t('overview.noRequests')}</p>
                ) : (
                  <ol>
                    {o.data.busiest.map((b) => (
                      <li key={b.tenantId}>
                        <Link to={schoolPath(b.tenantId)}>{b.name}</Link> {number(b.requests)}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            </div>
          </>
        )}
      </AsyncState>
    </section>
  );
}
