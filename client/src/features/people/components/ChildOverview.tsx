import { dayLabel as calendarDay, money } from '../../../lib/format';
import type { StudentOverview } from '../api/students';

const STATUS: Record<string, string> = { absent: 'Absent', late: 'Late', excused: 'Excused', present: 'Present' };

const dayLabel = (day: string) => calendarDay(day, { year: true });

/** This term's absences by date, fees by term, and the next exams: what a parent opens the child's page for. */
export function ChildOverview({ overview }: { overview: StudentOverview }) {
  const { term, absences, fees, exams } = overview;
  return (
    <>
      <section className="card-item" aria-labelledby="absences-heading">
        <h2 id="absences-heading">Absences{term ? ` this term (${term.name})` : ''}</h2>
        {absences.length === 0 ? (
          <p className="muted">{term ? 'No absence or late arrival this term.' : 'No term is set up yet.'}</p>
        ) : (
          <ul className="plain-list" aria-label="Absences by date">
            {absences.map((a) => (
              <li key={a.date}>
                <time dateTime={a.date}>{dayLabel(a.date)}</time>: {STATUS[a.status] ?? a.status}
                {a.note ? ` (${a.note})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      {fees && (
        <section className="card-item" aria-labelledby="fees-heading">
          <h2 id="fees-heading">Fees</h2>
          {fees.terms.length === 0 ? (
            <p className="muted">No invoice yet.</p>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">Fees by term</caption>
                  <thead>
                    <tr>
                      <th scope="col">Term</th>
                      <th scope="col">Amount</th>
                      <th scope="col">Paid</th>
                      <th scope="col">Balance</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fees.terms.map((t) => (
                      <tr key={t.termId ?? 'other'}>
                        <th scope="row">{t.name}</th>
                        <td>{money(t.total, fees.currency)}</td>
                        <td>{money(t.paid, fees.currency)}</td>
                        <td>{money(t.balance, fees.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>
                Balance <strong>{money(fees.balance, fees.currency)}</strong> (paid {money(fees.paid, fees.currency)} of{' '}
                {money(fees.total, fees.currency)})
              </p>
            </>
          )}
        </section>
      )}
      {exams.length > 0 && (
        <section className="card-item" aria-labelledby="exams-heading">
          <h2 id="exams-heading">Next exams</h2>
          <ul className="plain-list">
            {exams.map((e) => (
              <li key={e.id}>
                <time dateTime={e.date}>{dayLabel(e.date)}</time>: {e.subject} – {e.name}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
