import { useTranslation } from 'react-i18next';
import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import { dayLabel, number } from '../../../lib/format';
import { listState } from '../api/list-state';
import { useUsage } from '../api/usage';

/** A size in bytes with the unit the shown language writes ("12.3 MB", "12,3 Mo"). */
const bytes = (n: number) =>
  n < 1024
    ? number(n, { style: 'unit', unit: 'byte' })
    : n < 1024 ** 2
      ? number(n / 1024, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 })
      : number(n / 1024 ** 2, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });

/** A school's usage against its plan's limits, requests and accounts signed in per day. */
export function SchoolUsage({ id }: { id: string }) {
  const { t } = useTranslation('superadmin');
  const q = useUsage(id);
  const usage = listState(q);
  const u = usage.data;
  return (
    <>
      <h2>{t('usage.title')}</h2>
      <AsyncState loading={usage.loading} error={usage.error} onRetry={() => void q.refetch()}>
        {u && (
          <div className="charts">
            <BarChart
              title={t('usage.againstLimits')}
              bars={[
                {
                  label: t('usage.students'),
                  value: u.students / Math.max(u.limits.maxStudents, 1),
                  text: t('usage.of', { used: number(u.students), limit: number(u.limits.maxStudents) }),
                },
                {
                  label: t('usage.teachers'),
                  value: u.teachers / Math.max(u.limits.maxTeachers, 1),
                  text: t('usage.of', { used: number(u.teachers), limit: number(u.limits.maxTeachers) }),
                },
                {
                  label: t('usage.storage'),
                  value: u.storageBytes / Math.max(u.limits.maxStorageMb * 1024 * 1024, 1),
                  text: t('usage.of', {
                    used: bytes(u.storageBytes),
                    limit: number(u.limits.maxStorageMb, { style: 'unit', unit: 'megabyte' }),
                  }),
                },
              ]}
              max={1}
            />
            <p className="tile">
              {[
                t('usage.stored', { size: bytes(u.storageBytes) }),
                t('usage.accounts', { count: u.users, n: number(u.users) }),
                t('usage.signedInToday', { count: u.activeUsersToday, n: number(u.activeUsersToday) }),
                t('usage.requests', { count: u.requests.last30Days, n: number(u.requests.last30Days) }),
                t('usage.messages', {
                  count: u.messages.last30Days.emails,
                  n: number(u.messages.last30Days.emails),
                  sms: number(u.messages.last30Days.sms),
                  segments: number(u.messages.last30Days.smsSegments),
                }),
              ].join(' · ')}
            </p>
            <BarChart
              title={t('usage.requestsChart')}
              format={(n) => number(n)}
              bars={u.requests.byDay.slice(-14).map((d) => ({ label: dayLabel(d.day, { weekday: false }), value: d.requests }))}
            />
            <BarChart
              title={t('usage.signedInChart')}
              format={(n) => number(n)}
              bars={u.signedIn.slice(-14).map((d) => ({ label: dayLabel(d.day, { weekday: false }), value: d.accounts }))}
            />
          </div>
        )}
      </AsyncState>
    </>
  );
}
