import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import { listState } from '../api/list-state';
import { useUsage } from '../api/usage';

const bytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`);

/** A school's usage against its plan's limits, requests and accounts signed in per day. */
export function SchoolUsage({ id }: { id: string }) {
  const q = useUsage(id);
  const usage = listState(q);
  const u = usage.data;
  return (
    <>
      <h2>Usage</h2>
      <AsyncState loading={usage.loading} error={usage.error} onRetry={() => void q.refetch()}>
        {u && (
          <div className="charts">
            <BarChart
              title="Against the plan's limits"
              bars={[
                {
                  label: 'students',
                  value: u.students / Math.max(u.limits.maxStudents, 1),
                  text: `${u.students.toLocaleString()} of ${u.limits.maxStudents.toLocaleString()}`,
                },
                {
                  label: 'teachers',
                  value: u.teachers / Math.max(u.limits.maxTeachers, 1),
                  text: `${u.teachers.toLocaleString()} of ${u.limits.maxTeachers.toLocaleString()}`,
                },
                {
                  label: 'storage',
                  value: u.storageBytes / Math.max(u.limits.maxStorageMb * 1024 * 1024, 1),
                  text: `${bytes(u.storageBytes)} of ${u.limits.maxStorageMb.toLocaleString()} MB`,
                },
              ]}
              max={1}
            />
            <p className="tile">
              <strong>{bytes(u.storageBytes)}</strong> stored · {u.users.toLocaleString()} user account{u.users === 1 ? '' : 's'} ·{' '}
              {u.activeUsersToday.toLocaleString()} signed in today · {u.requests.last30Days.toLocaleString()} requests in 30 days ·{' '}
              {u.messages.last30Days.emails.toLocaleString()} emails and {u.messages.last30Days.sms.toLocaleString()} SMS (
              {u.messages.last30Days.smsSegments.toLocaleString()} segments) sent in 30 days
            </p>
            <BarChart
              title="Requests per day (last 14 days)"
              bars={u.requests.byDay.slice(-14).map((d) => ({ label: d.day.slice(5), value: d.requests }))}
            />
            <BarChart
              title="Accounts signed in per day (last 14 days)"
              bars={u.signedIn.slice(-14).map((d) => ({ label: d.day.slice(5), value: d.accounts }))}
            />
          </div>
        )}
      </AsyncState>
    </>
  );
}
