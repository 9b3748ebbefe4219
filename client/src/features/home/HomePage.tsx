import { api } from '../../lib/api';
import { money } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import type { SessionUser } from '../../lib/session';

interface Dashboard {
  counts: { students: number; teachers: number; classes: number };
  attendance: { today: { rate: number | null }; thisWeek: { rate: number | null } };
  fees: { currency: string; due: number; collected: number } | null;
  upcomingExams: { id: string; name: string; date: string | null }[];
}
interface Notification {
  id: string;
  title: string;
  body: string;
  read: boolean;
}

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);

function AdminHome() {
  const d = useApi(async () => (await api.get<Dashboard>('/dashboard')).data, []);
  return (
    <AsyncState loading={d.loading} error={d.error}>
      {d.data && (
        <div className="tiles">
          <p className="tile">
            <strong>{d.data.counts.students}</strong> students
          </p>
          <p className="tile">
            <strong>{d.data.counts.teachers}</strong> teachers
          </p>
          <p className="tile">
            <strong>{pct(d.data.attendance.today.rate)}</strong> attendance today
          </p>
          <p className="tile">
            <strong>{pct(d.data.attendance.thisWeek.rate)}</strong> this week
          </p>
          {d.data.fees && (
            <p className="tile">
              <strong>{money(d.data.fees.collected, d.data.fees.currency)}</strong> of {money(d.data.fees.due, d.data.fees.currency)}{' '}
              collected
              <meter min={0} max={d.data.fees.due || 1} value={d.data.fees.collected} aria-label="Fees collected" />
            </p>
          )}
          <div className="tile">
            <strong>Upcoming exams</strong>
            {d.data.upcomingExams.length === 0 && <p className="muted">None scheduled</p>}
            <ul>
              {d.data.upcomingExams.map((e) => (
                <li key={e.id}>
                  {e.name} {e.date}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </AsyncState>
  );
}

function MyNotifications() {
  const n = useApi(
    async () => (await api.get<{ data: Notification[]; total: number }>('/notifications', { params: { limit: 10 } })).data,
    [],
  );
  return (
    <AsyncState loading={n.loading} error={n.error} empty={n.data?.total === 0}>
      <ul>
        {n.data?.data.map((x) => (
          <li key={x.id}>
            <strong>{x.title}</strong> {x.body}
          </li>
        ))}
      </ul>
    </AsyncState>
  );
}

export function HomePage({ user }: { user: SessionUser }) {
  return (
    <section>
      <h1>Welcome, {user.name}</h1>
      {user.role === 'admin' || user.role === 'staff' ? <AdminHome /> : <MyNotifications />}
    </section>
  );
}
