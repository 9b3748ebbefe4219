import { Trans, useTranslation } from 'react-i18next';
import { dayLabel as calendarDay, money } from '../../../lib/format';
import type { StudentOverview } from '../api/students';

const dayLabel = (day: string) => calendarDay(day, { year: true });

/** This term's absences by date, fees by term, and the next exams: what a parent opens the child's page for. */
export function ChildOverview({ overview }: { overview: StudentOverview }) {
  const { t } = useTranslation('people');
  const { term, absences, fees, exams } = overview;
  return (
    <>
      <section className="card-item" aria-labelledby="absences-heading">
        <h2 id="absences-heading">{term ? t('overview.absencesThisTerm', { term: term.name }) : t('overview.absences')}</h2>
        {absences.length === 0 ? (
          <p className="muted">{term ? t('overview.noAbsence') : t('overview.noTerm')}</p>
        ) : (
          <ul className="plain-list" aria-label={t('overview.absencesByDate')}>
            {absences.map((a) => (
              <li key={a.date}>
                <Trans
                  t={t}
                  i18nKey={a.note ? 'overview.absenceNote' : 'overview.absence'}
                  values={{ date: dayLabel(a.date), status: t(`attendance.${a.status}`), note: a.note ?? '' }}
                  components={{ time: <time dateTime={a.date} /> }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {fees && (
        <section className="card-item" aria-labelledby="fees-heading">
          <h2 id="fees-heading">{t('overview.fees')}</h2>
          {fees.terms.length === 0 ? (
            <p className="muted">{t('overview.noInvoice')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="sr-only">{t('overview.feesByTerm')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('overview.term')}</th>
                      <th scope="col">{t('overview.amount')}</th>
                      <th scope="col">{t('overview.paid')}</th>
                      <th scope="col">{t('overview.balance')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fees.terms.map((row) => (
                      <tr key={row.termId ?? 'other'}>
                        <th scope="row">{row.name}</th>
                        <td>{money(row.total, fees.currency)}</td>
                        <td>{money(row.paid, fees.currency)}</td>
                        <td>{money(row.balance, fees.currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p>
                <Trans
                  t={t}
                  i18nKey="overview.feesSummary"
                  values={{
                    balance: money(fees.balance, fees.currency),
                    paid: money(fees.paid, fees.currency),
                    total: money(fees.total, fees.currency),
                  }}
                  components={{ strong: <strong /> }}
                />
              </p>
            </>
          )}
        </section>
      )}
      {exams.length > 0 && (
        <section className="card-item" aria-labelledby="exams-heading">
          <h2 id="exams-heading">{t('overview.nextExams')}</h2>
          <ul className="plain-list">
            {exams.map((e) => (
              <li key={e.id}>
                <Trans
                  t={t}
                  i18nKey="overview.exam"
                  values={{ date: dayLabel(e.date), subject: e.subject, name: e.name }}
                  components={{ time: <time dateTime={e.date} /> }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
