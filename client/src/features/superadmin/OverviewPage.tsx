import { Link } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { BarChart } from '../../components/BarChart';
import { paths } from '../../config/paths';
import { useOverview } from './api/usage';
import { listState } from './api/list-state';
import { schoolPath } from './school-links';

const STATUS_COLOURS: Record<string, string> = {
  active: '#15803d',
  trial: '#1d4ed8',
  suspended: '#b45309',
  deleted: '#b91c1c',
  provisioning: '#6b7280',
};

/** /superadmin: the platform at a glance: schools by status, growth per month, busiest schools this week. */
export function OverviewPage() {
  const q = useOverview();
  const o = listState(q);
  return (
    <section>
      <h1>Overview</h1>
      <AsyncState loading={o.loading} error={o.error} onRetry={() => void q.refetch()}>
        {o.data && (
          <>
            <p className="tile">
              <Link to={paths.consoleSchools}>
                <strong>{o.data.schools}</strong> schools
              </Link>
            </p>
            <div className="charts">
              <BarChart
                title="Schools by status"
                bars={Object.entries(o.data.byStatus).map(([label, value]) => ({ label, value, color: STATUS_COLOURS[label] }))}
              />
              <BarChart title="Schools on the platform, by month" bars={o.data.growth.map((g) => ({ label: g.month, value: g.total }))} />
              <div className="chart">
                <strong>Busiest schools (requests, last 7 days)</strong>
                {o.data.busiest.length === 0 ? (
                  <p className="muted">No requests yet.</p>
                ) : (
                  <ol>
                    {o.data.busiest.map((b) => (
                      <li key={b.tenantId}>
                        <Link to={schoolPath(b.tenantId)}>{b.name}</Link> {b.requests.toLocaleString()}
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
