import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { money } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { BarChart } from '../../components/BarChart';
import type { SessionUser } from '../../lib/session';
import { paths } from '../../config/paths';
import { loadOptions } from '../../lib/school-options';
import { DeliveryCounts } from './DeliveryCounts';

interface Counts {
  present: number;
  absent: number;
  late: number;
  excused: number;
  rate: number | null;
}
interface Dashboard {
  term: string | null;
  counts: { students: number; teachers: number; guardians: number; classes: number; subjects: number };
  attendance: { today: Counts; thisWeek: Counts };
  fees: { currency: string; due: number; collected: number; outstanding: number; invoices: number } | null;
  upcomingExams: { id: string; name: string; date: string | null }[];
}
interface Notification {
  id: string;
  title: string;
  body: string;
  read: boolean;
}
interface Assignment {
  id: string;
  classId: string;
  sectionId: string;
  subjectId: string;
}

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);
const STATUS_COLOURS = { present: '#15803d', late: '#b45309', absent: '#b91c1c', excused: '#6b7280' } as const;

function AdminHome({ role }: { role: SessionUser['role'] }) {
  const d = useApi(async () => (await api.get<Dashboard>('/dashboard')).data, []);
  return (
    <AsyncState loading={d.loading} error={d.error}>
      {d.data && (
        <>
          <div className="tiles">
            <p className="tile">
              <strong>{d.data.counts.students}</strong> students
            </p>
            <p className="tile">
              <strong>{d.data.counts.teachers}</strong> teachers
            </p>
            <p className="tile">
              <strong>{d.data.counts.classes}</strong> classes
            </p>
            <p className="tile">
              <strong>{pct(d.data.attendance.today.rate)}</strong> attendance today
            </p>
            <p className="tile">
              <strong>{pct(d.data.attendance.thisWeek.rate)}</strong> attendance this week
            </p>
          </div>
          <div className="charts">
            <BarChart
              title="Attendance this week (student-days)"
              bars={(['present', 'late', 'absent', 'excused'] as const).map((k) => ({
                label: k,
                value: d.data!.attendance.thisWeek[k],
                color: STATUS_COLOURS[k],
              }))}
            />
            {d.data.fees && (
              <BarChart
                title={`Fees ${d.data.term ?? 'this term'}: collected vs due`}
                bars={[
                  { label: 'due', value: d.data.fees.due, color: '#6b7280' },
                  { label: 'collected', value: d.data.fees.collected, color: '#15803d' },
                  { label: 'outstanding', value: d.data.fees.outstanding, color: '#b91c1c' },
                ]}
                format={(n) => money(n, d.data!.fees!.currency)}
              />
            )}
            <DeliveryCounts canOpenLog={role === 'admin'} />
            <div className="chart">
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
        </>
      )}
    </AsyncState>
  );
}

/** A teacher's classes, each a click away from today's register and the marks sheet. */
function MyClasses() {
  const mine = useApi(async () => {
    const [res, options] = await Promise.all([
      api.get<{ teacherId: string | null; assignments: Assignment[] }>('/assignments/mine'),
      loadOptions(),
    ]);
    const label = (list: { value: string; label: string }[], v: string) => list.find((o) => o.value === v)?.label ?? '';
    return res.data.assignments.map((a) => ({
      ...a,
      section: label(options.sections, `${a.classId}:${a.sectionId}`),
      subject: label(options.subjects, a.subjectId),
    }));
  }, []);
  return (
    <section aria-labelledby="my-classes">
      <h2 id="my-classes">My classes</h2>
      <AsyncState loading={mine.loading} error={mine.error} empty={mine.data?.length === 0}>
        <ul className="plain">
          {mine.data?.map((a) => (
            <li key={a.id} className="card-item row">
              <span>
                <strong>{a.section}</strong> · {a.subject}
              </span>
              <Link to={`${paths.attendance}?section=${a.sectionId}`}>Take attendance</Link>
              <Link to={`${paths.marks}?class=${a.classId}&section=${a.sectionId}`}>Enter marks</Link>
              <Link to={`${paths.timetable}?section=${a.classId}:${a.sectionId}`}>Timetable</Link>
            </li>
          ))}
        </ul>
      </AsyncState>
    </section>
  );
}

function MyNotifications() {
  const n = useApi(
    async () => (await api.get<{ data: Notification[]; total: number }>('/notifications', { params: { limit: 10 } })).data,
    [],
  );
  return (
    <section aria-labelledby="my-notifications">
      <h2 id="my-notifications">Notifications</h2>
      <AsyncState loading={n.loading} error={n.error} empty={n.data?.total === 0}>
        <ul>
          {n.data?.data.map((x) => (
            <li key={x.id}>
              <strong>{x.title}</strong> {x.body}
            </li>
          ))}
        </ul>
      </AsyncState>
    </section>
  );
}

export function HomePage({ user }: { user: SessionUser }) {
  return (
    <section>
      <h1>Welcome, {user.name}</h1>
      {user.role === 'admin' || user.role === 'staff' ? <AdminHome role={user.role} /> : user.role === 'teacher' ? <MyClasses /> : null}
      {(user.role === 'parent' || user.role === 'student') && (
        <p>
          <Link to={paths.students}>{user.role === 'parent' ? 'My children' : 'My record'}</Link>: attendance, marks, report card and fees.
        </p>
      )}
      {user.role !== 'admin' && user.role !== 'staff' && <MyNotifications />}
    </section>
  );
}
