import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { errorMessage } from '../../../lib/query';
import { AsyncState } from '../../../components/AsyncState';
import { useMyClasses, useTeacherDay } from '../api/dashboard';

/** A teacher's day: today's lessons from the timetable, the registers of their sections not yet taken, their classes. */
export function TeacherDashboard() {
  const q = useTeacherDay();
  const d = q.data;
  return (
    <div className="dashboard-grid">
      <section className="card" aria-labelledby="lessons">
        <h2 id="lessons">Today's lessons</h2>
        <AsyncState
          loading={q.isPending}
          error={q.isError ? errorMessage(q.error) : null}
          onRetry={() => void q.refetch()}
          empty={d?.lessons.length === 0}
          emptyHint={{ text: 'No lessons on your timetable today.', action: { to: paths.timetable, label: 'Open the timetable' } }}
        >
          <ul className="plain">
            {d?.lessons.map((l) => (
              <li key={l.id}>
                <Link to={`${paths.timetable}?section=${l.classId}:${l.sectionId}`}>
                  {l.start}–{l.end} {l.section}, {l.subject}
                  {l.room ? `, room ${l.room}` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </AsyncState>
      </section>
      <section className="card" aria-labelledby="my-registers">
        <h2 id="my-registers">Registers today</h2>
        {d &&
          (d.registers.sections === 0 ? (
            <p className="muted">You have no sections this year.</p>
          ) : d.registers.missing.length === 0 ? (
            <p>All {d.registers.sections} taken.</p>
          ) : (
            <>
              <p className="figure">{d.registers.missing.length} not yet taken</p>
              <ul className="plain">
                {d.registers.missing.map((s) => (
                  <li key={s.sectionId}>
                    <Link to={`${paths.attendance}?section=${s.sectionId}`}>Take the register of {s.name}</Link>
                  </li>
                ))}
              </ul>
            </>
          ))}
      </section>
      <MyClasses />
    </div>
  );
}

/** A teacher's classes, each a click away from its register, its marks sheet and its timetable. */
function MyClasses() {
  const mine = useMyClasses();
  return (
    <section className="card" aria-labelledby="my-classes">
      <h2 id="my-classes">My classes</h2>
      <AsyncState
        loading={mine.isPending}
        error={mine.isError ? errorMessage(mine.error) : null}
        onRetry={() => void mine.refetch()}
        empty={mine.data?.length === 0}
        emptyHint={{ text: 'No classes are assigned to you yet: the school office assigns them.' }}
      >
        <ul className="plain">
          {mine.data?.map((a) => (
            <li key={a.id} className="row">
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
