import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths';
import { dayLabel, money } from '../../../lib/format';
import { errorMessage } from '../../../lib/query';
import { isolate } from '../../../lib/bidi';
import { AsyncState } from '../../../components/AsyncState';
import { useFamilyDay } from '../api/dashboard';

/** A parent's children (or a student's own record): absences of the last 30 days with dates, next exams, balance per term. */
export function FamilyDashboard() {
  const { t } = useTranslation('home');
  const q = useFamilyDay();
  return (
    <AsyncState
      loading={q.isPending}
      error={q.isError ? errorMessage(q.error) : null}
      onRetry={() => void q.refetch()}
      empty={q.data?.children.length === 0}
      emptyHint={{ text: t('family.noChild') }}
    >
      <div className="dashboard-grid">
        {q.data?.children.map((c) => (
          <section key={c.id} className="card" aria-labelledby={`child-${c.id}`}>
            <h2 id={`child-${c.id}`}>
              <Link to={`${paths.students}/${c.id}`}>
                <bdi>{c.name}</bdi>
              </Link>
              {c.section && (
                <span className="muted">
                  {' '}
                  · <bdi>{c.section}</bdi>
                </span>
              )}
            </h2>
            <h3>{t('family.absences')}</h3>
            {c.absences.length === 0 ? (
              <p>{t('family.none')}</p>
            ) : (
              <ul className="plain">
                {c.absences.map((a) => {
                  const words = { day: dayLabel(a.date), status: t(`family.status.${a.status}`), note: isolate(a.note) };
                  return <li key={a.date}>{a.note ? t('family.absenceWithNote', words) : t('family.absence', words)}</li>;
                })}
              </ul>
            )}
            <h3>{t('family.nextExams')}</h3>
            {c.nextExams.length === 0 ? (
              <p>{t('family.noneScheduled')}</p>
            ) : (
              <ul className="plain">
                {c.nextExams.map((e) => (
                  <li key={e.id}>
                    {t('family.exam', {
                      day: e.date ? dayLabel(e.date) : t('family.noDate'),
                      name: isolate(e.name),
                      subject: isolate(e.subject),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {c.balances && (
              <>
                <h3>{t('family.fees')}</h3>
                {c.balances.length === 0 ? (
                  <p>{t('family.noInvoices')}</p>
                ) : (
                  <ul className="plain">
                    {c.balances.map((b) => {
                      // The server names invoices without a term in English; the family reads its own words.
                      const term = b.termId === null ? t('family.noTerm') : isolate(b.term);
                      return (
                        <li key={b.termId ?? 'none'}>
                          <Link to={`${paths.students}/${c.id}`}>
                            {b.balance === 0
                              ? t('family.paid', { term })
                              : t('family.balance', { term, amount: money(b.balance, q.data.currency) })}
                          </Link>
                        </li>
                      );
                    })}
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
