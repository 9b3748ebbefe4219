import { Link } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { dayLabel, money, number } from '../../../lib/format';
import { errorMessage } from '../../../lib/query';
import { isolate } from '../../../lib/bidi';
import { AsyncState } from '../../../components/AsyncState';
import { BarChart } from '../../../components/BarChart';
import type { SessionUser } from '../../../lib/session';
import { useOfficeDashboard } from '../api/dashboard';
import { DeliveryCounts } from '../DeliveryCounts';
import { pct } from './day';

const attendanceOf = (sectionId: string) => `${paths.attendance}?section=${sectionId}`;

/**
 * The office's day (admin, staff) in cards: attendance today, registers not yet taken, the weekly trend, fees
 * this term, messages, the school's size and the next exams. Every figure links to the list it counts; staff
 * (who take no registers) get the figures without the register links. Weeks start on the school's first day of
 * the week (the server counts them; this page names them).
 */
export function OfficeDashboard({ role }: { role: SessionUser['role'] }) {
  const { t } = useTranslation('home');
  const q = useOfficeDashboard();
  const d = q.data;
  const isAdmin = role === 'admin';
  return (
    <AsyncState loading={q.isPending} error={q.isError ? errorMessage(q.error) : null} onRetry={() => void q.refetch()}>
      {d && (
        <div className="dashboard-grid">
          <section className="card" aria-labelledby="att-today">
            <h2 id="att-today">{t('office.attendanceToday')}</h2>
            <p className="figure">
              {isAdmin && d.attendance.today.rate !== null ? (
                <Link to={paths.attendance}>{pct(d.attendance.today.rate)}</Link>
              ) : (
                pct(d.attendance.today.rate)
              )}
            </p>
            <p>
              {t('office.todayCounts', {
                present: number(d.attendance.today.present),
                late: number(d.attendance.today.late),
                absent: number(d.attendance.today.absent),
                excused: number(d.attendance.today.excused),
              })}
            </p>
            <p className="muted">{t('office.thisWeek', { rate: pct(d.attendance.thisWeek.rate) })}</p>
          </section>

          <section className="card" aria-labelledby="registers">
            <h2 id="registers">{t('office.registersToday')}</h2>
            {d.registers.sections === 0 ? (
              <p className="muted">{t('office.noSections')}</p>
            ) : (
              <>
                <p className="figure">
                  {t('office.registersTaken', { taken: number(d.registers.taken), sections: number(d.registers.sections) })}
                </p>
                {d.registers.missing.length > 0 && (
                  <>
                    <p>{t('office.notYetTaken')}</p>
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
            title={t('office.trendTitle')}
            bars={d.attendance.trend.map((w) => ({
              label: t('office.weekOf', { day: dayLabel(w.weekStart, { weekday: false }) }),
              value: w.rate === null ? 0 : Math.round(w.rate * 100),
              text:
                w.rate === null
                  ? t('office.noRegisters')
                  : t('office.rateOf', { rate: pct(w.rate), total: number(w.present + w.late + w.absent + w.excused) }),
            }))}
            max={100}
          />

          {/* Fees only once the school bills: a term of $0.00 says nothing. */}
          {d.fees && d.fees.invoices > 0 && (
            <section className="card" aria-labelledby="fees-card">
              <h2 id="fees-card">{t('office.fees', { term: isolate(d.fees.term) })}</h2>
              <dl className="figures">
                <dt>{t('office.due')}</dt>
                <dd>
                  <Link to={paths.fees}>{money(d.fees.due, d.fees.currency)}</Link>
                </dd>
                <dt>{t('office.collected')}</dt>
                <dd>{money(d.fees.collected, d.fees.currency)}</dd>
                <dt>{t('office.outstanding')}</dt>
                <dd>
                  <Link to={`${paths.fees}?status=open`}>{money(d.fees.outstanding, d.fees.currency)}</Link>
                </dd>
                <dt>{t('office.overdueInvoices')}</dt>
                <dd>
                  <Trans
                    t={t}
                    i18nKey="office.overdueOf"
                    values={{ overdue: number(d.fees.overdue), invoices: number(d.fees.invoices) }}
                    components={[<Link key="overdue" to={`${paths.fees}?overdue=1`} />]}
                  />
                </dd>
              </dl>
            </section>
          )}

          <DeliveryCounts canOpenLog={isAdmin} />

          <section className="card" aria-labelledby="school-size">
            <h2 id="school-size">{d.academicYear ? t('office.schoolOfYear', { year: isolate(d.academicYear) }) : t('office.school')}</h2>
            {/* "Student list: 300": not "300 students", which would be a second link named like the menu's Students. */}
            <ul className="plain figures-list">
              <li>
                <Link to={paths.students}>{t('office.studentList', { n: number(d.counts.students) })}</Link>
              </li>
              <li>
                <Link to={paths.teachers}>{t('office.teacherList', { n: number(d.counts.teachers) })}</Link>
              </li>
              <li>
                <Link to={paths.classes}>{t('office.classList', { n: number(d.counts.classes) })}</Link>
              </li>
              <li>
                <Link to={paths.subjects}>{t('office.subjectList', { n: number(d.counts.subjects) })}</Link>
              </li>
            </ul>
          </section>

          <section className="card" aria-labelledby="next-exams">
            <h2 id="next-exams">{t('office.nextExams')}</h2>
            {d.upcomingExams.length === 0 ? (
              <p className="muted">{t('office.noneScheduled')}</p>
            ) : (
              <ul className="plain">
                {d.upcomingExams.map((e) => (
                  <li key={e.id}>
                    <Link to={paths.exams}>
                      {t('office.exam', {
                        day: e.date ? dayLabel(e.date) : t('office.noDate'),
                        name: isolate(e.name),
                        subject: isolate(e.subjectName),
                        className: isolate(e.className),
                      })}
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
