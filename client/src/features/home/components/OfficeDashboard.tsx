import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { money } from '../../../lib/format';
import { errorMessage } from '../../../lib/query';
import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import type { SessionUser } from '../../../lib/session';
import { useOfficeDashboard } from '../api/dashboard';
import { DeliveryCounts } from '../DeliveryCounts';
import { dayLabel } from '../../../lib/format';
import { pct } from './day';

const attendanceOf = (sectionId: string) => `${paths.attendance}?section=${sectionId}`;

/**
 * The office's day (admin, staff) in cards: attendance today, registers not yet taken, the weekly trend, fees
 * this term, messages, the school's size and the next exams. Every figure links to the list it counts; staff
 * (who take no registers) get the figures without the register links.
 */
export function OfficeDashboard({ role }: { role: SessionUser['role'] }) {
  const q = useOfficeDashboard();
  const d = q.data;
  const isAdmin = role === 'admin';
  return (
    <AsyncState loading={q.isPending} error={q.isError ? errorMessage(q.error) : null} onRetry={() => void q.refetch()}>
      {d && (
        <div className="dashboard-grid">
          <section className="card" aria-labelledby="att-today">
            <h2 id="att-today">Attendance today</h2>
            <p className="figure">
              {isAdmin && d.attendance.today.rate !== null ? (
                <Link to={paths.attendance}>{pct(d.attendance.today.rate)}</Link>
              ) : (
                pct(d.attendance.today.rate)
              )}
            </p>
            <p>
              {d.attendance.today.present} present · {d.attendance.today.late} late · {d.attendance.today.absent} absent ·{' '}
              {d.attendance.today.excused} excused
            </p>
            <p className="muted">This week: {pct(d.attendance.thisWeek.rate)}</p>
          </section>

          <section className="card" aria-labelledby="registers">
            <h2 id="registers">Registers today</h2>
            {d.registers.sections === 0 ? (
              <p className="muted">No sections this year yet.</p>
            ) : (
              <>
                <p className="figure">
                  {d.registers.taken} of {d.registers.sections} taken
                </p>
                {d.registers.missing.length > 0 && (
                  <>
                    <p>Not yet taken:</p>
                    <ul className="plain links">
                      {d.registers.missing.map((s) => (
                        <li key={s.sectionId}>{isAdmin ? <Link to={attendanceOf(s.sectionId)}>{s.name}</Link> : s.name}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )}
          </section>

          <BarChart
            title="Attendance by week (daily registers, present or late)"
            bars={d.attendance.trend.map((w) => ({
              label: `Week of ${dayLabel(w.weekStart, { weekday: false })}`,
              value: w.rate === null ? 0 : Math.round(w.rate * 100),
              text: w.rate === null ? 'no registers' : `${pct(w.rate)} of ${w.present + w.late + w.absent + w.excused}`,
            }))}
            max={100}
          />

          {/* Fees only once the school bills: a term of $0.00 says nothing. */}
          {d.fees && d.fees.invoices > 0 && (
            <section className="card" aria-labelledby="fees-card">
              <h2 id="fees-card">Fees, {d.fees.term}</h2>
              <dl className="figures">
                <dt>Due</dt>
                <dd>
                  <Link to={paths.fees}>{money(d.fees.due, d.fees.currency)}</Link>
                </dd>
                <dt>Collected</dt>
                <dd>{money(d.fees.collected, d.fees.currency)}</dd>
                <dt>Outstanding</dt>
                <dd>
                  <Link to={`${paths.fees}?status=open`}>{money(d.fees.outstanding, d.fees.currency)}</Link>
                </dd>
                <dt>Overdue invoices</dt>
                <dd>
                  <Link to={`${paths.fees}?overdue=1`}>{d.fees.overdue}</Link> of {d.fees.invoices}
                </dd>
              </dl>
            </section>
          )}

          <DeliveryCounts canOpenLog={isAdmin} />

          <section className="card" aria-labelledby="school-size">
            <h2 id="school-size">The school{d.academicYear ? `, ${d.academicYear}` : ''}</h2>
            {/* "Student list: 300": not "300 students", which would be a second link named like the menu's Students. */}
            <ul className="plain figures-list">
              <li>
                <Link to={paths.students}>Student list: {d.counts.students}</Link>
              </li>
              <li>
                <Link to={paths.teachers}>Teacher list: {d.counts.teachers}</Link>
              </li>
              <li>
                <Link to={paths.classes}>Class list: {d.counts.classes}</Link>
              </li>
              <li>
                <Link to={paths.subjects}>Subject list: {d.counts.subjects}</Link>
              </li>
            </ul>
          </section>

          <section className="card" aria-labelledby="next-exams">
            <h2 id="next-exams">Next exams</h2>
            {d.upcomingExams.length === 0 ? (
              <p className="muted">None scheduled.</p>
            ) : (
              <ul className="plain">
                {d.upcomingExams.map((e) => (
                  <li key={e.id}>
                    <Link to={paths.exams}>
                      {e.date ? dayLabel(e.date) : 'No date'}: {e.name}, {e.subjectName}, class {e.className}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </AsyncState>
  );
}
