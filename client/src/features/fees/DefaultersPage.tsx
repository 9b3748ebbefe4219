import { Link, useSearchParams } from 'react-router-dom';
import { Trans, useTranslation } from 'react-i18next';
import { dayLabel, money, number } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { useDefaulters, type DefaultersQuery } from './api/defaulters';
import { useClassOptions } from './api/class-options';
import './fees.css';

const ID = /^[0-9a-f]{24}$/i;
const EXPORT_ENDPOINT = '/fees/defaulters.csv';

/** Who owes overdue fees, longest first, with whom to call: the office's list for follow-up, exported or printed. */
export function DefaultersPage() {
  const { t } = useTranslation('fees');
  const day = (d: string) => dayLabel(d, { year: true, weekday: false });
  const [params, setParams] = useSearchParams();
  const classId = params.get('classId') ?? '';
  const query: DefaultersQuery = ID.test(classId) ? { classId } : {};
  const list = useDefaulters(query);
  const classes = useClassOptions();
  const d = list.data;
  return (
    <section className="fees-page">
      <p className="no-print">
        <Link to={paths.fees}>{t('backToInvoices')}</Link>
      </p>
      <h1>{t('defaulters.title')}</h1>
      <div className="row no-print">
        <label>
          {t('defaulters.class')}
          <select value={query.classId ?? ''} onChange={(e) => setParams(e.target.value ? { classId: e.target.value } : {})}>
            <option value="">{t('defaulters.allClasses')}</option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <ExportButton endpoint={EXPORT_ENDPOINT} params={{ ...query }} filename={t('defaulters.exportFile')} />
        <PrintButton />
      </div>
      <AsyncState
        loading={list.isPending}
        error={list.isError ? errorMessage(list.error) : null}
        onRetry={() => void list.refetch()}
        empty={d?.students.length === 0}
        emptyHint={{ text: t('defaulters.empty'), action: { to: paths.fees, label: t('defaulters.seeAll') } }}
      >
        {d && (
          <>
            <p>
              <Trans
                t={t}
                i18nKey="defaulters.summary"
                count={d.students.length}
                values={{ date: day(d.date), amount: money(d.totalOverdue, d.currency), count: d.students.length }}
                components={{ strong: <strong /> }}
              />
            </p>
            <DataTable
              rows={d.students}
              rowKey={(r) => r.student.id}
              columns={[
                {
                  label: t('defaulters.columns.student'),
                  value: (r) => (
                    <>
                      <Link to={`${paths.students}/${r.student.id}`}>
                        <bdi>{r.student.name}</bdi>
                      </Link>{' '}
                      <bdi className="muted code">{r.student.admissionNumber}</bdi>
                    </>
                  ),
                },
                {
                  label: t('defaulters.columns.class'),
                  value: (r) => [r.student.className, r.student.sectionName].filter(Boolean).join(' ') || '–',
                },
                { label: t('defaulters.columns.overdue'), value: (r) => money(r.overdue, d.currency) },
                { label: t('defaulters.columns.owed'), value: (r) => money(r.balance, d.currency) },
                { label: t('defaulters.columns.oldestDue'), value: (r) => day(r.oldestDueDate) },
                { label: t('defaulters.columns.daysOverdue'), value: (r) => number(r.daysOverdue) },
                {
                  label: t('defaulters.columns.guardians'),
                  value: (r) =>
                    r.guardians.length
                      ? r.guardians.map((g) => (
                          <div key={g.id}>
                            <bdi>{g.name}</bdi>
                            {g.phone && (
                              <>
                                {', '}
                                <a href={`tel:${g.phone}`}>
                                  <bdi>{g.phone}</bdi>
                                </a>
                              </>
                            )}
                            {g.email && (
                              <>
                                {', '}
                                <a href={`mailto:${g.email}`}>
                                  <bdi>{g.email}</bdi>
                                </a>
                              </>
                            )}
                          </div>
                        ))
                      : t('defaulters.noGuardian'),
                },
                {
                  label: t('defaulters.columns.invoices'),
                  value: (r) =>
                    r.invoices.map((inv, n) => (
                      <span key={inv.id}>
                        {n > 0 && ', '}
                        <Link to={paths.feeInvoice.replace(':id', inv.id)}>{inv.number}</Link>
                      </span>
                    )),
                },
              ]}
            />
          </>
        )}
      </AsyncState>
    </section>
  );
}
