import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { money } from '../../../lib/format';
import { errorMessage } from '../../../lib/query';
import { AsyncState } from '../../../components/AsyncState';
import { useFamilyDay } from '../api/dashboard';
import { dayLabel } from '../../../lib/format';

const STATUS = { absent: 'absent', late: 'late', excused: 'excused absence' } as const;

/** A parent's children (or a student's own record): absences of the last 30 days with dates, next exams, balance per term. */
export function FamilyDashboard() {
  const q = useFamilyDay();
  return (
    <AsyncState
      loading={q.isPending}
      error={q.isError ? errorMessage(q.error) : null}
      onRetry={() => void q.refetch()}
      empty={q.data?.children.length === 0}
      emptyHint={{ text: 'No pupil is linked to your account yet. Ask the school office to link your child to your account.' }}
    >
      <div className="dashboard-grid">
        {q.data?.children.map((c) => (
          <section key={c.id} className="card" aria-labelledby={`child-${c.id}`}>
            <h2 id={`child-${c.id}`}>
              <Link to={`${paths.students}/${c.id}`}>{c.name}</Link>
              {c.section && <span className="muted"> · {c.section}</span>}
            </h2>
            <h3>Absences, last 30 days</h3>
            {c.absences.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul className="plain">
                {c.absences.map((a) => (
                  <li key={a.date}>
                    {dayLabel(a.date)}: {STATUS[a.status]}
                    {a.note ? ` (${a.note})` : ''}
                  </li>
                ))}
              </ul>
            )}
            <h3>Next exams</h3>
            {c.nextExams.length === 0 ? (
              <p>None scheduled.</p>
            ) : (
              <ul className="plain">
                {c.nextExams.map((e) => (
                  <li key={e.id}>
                    {e.date ? dayLabel(e.date) : 'No date'}: {e.name}, {e.subject}
                  </li>
                ))}
              </ul>
            )}
            {c.balances && (
              <>
                <h3>Fees to pay</h3>
                {c.balances.length === 0 ? (
                  <p>No invoices.</p>
                ) : (
                  <ul className="plain">
                    {c.balances.map((b) => (
                      <li key={b.termId ?? 'none'}>
                        <Link to={`${paths.students}/${c.id}`}>
                          {b.term}: {b.balance === 0 ? 'paid' : money(b.balance, q.data.currency)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        ))}
      </div>
    </AsyncState>
  );
}
