import { Link, useSearchParams } from 'react-router-dom';
import { money } from '../../lib/format';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import { AsyncState } from '../../components/AsyncState';
import { DataTable } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { useDefaulters, type DefaultersQuery } from './api/defaulters';
import { useClassOptions } from './api/class-options';
import './fees.css';

const ID = /^[0-9a-f]{24}$/i;

/** Who owes overdue fees, longest first, with whom to call: the office's list for follow-up, exported or printed. */
export function DefaultersPage() {
  const [params, setParams] = useSearchParams();
  const classId = params.get('classId') ?? '';
  const query: DefaultersQuery = ID.test(classId) ? { classId } : {};
  const list = useDefaulters(query);
  const classes = useClassOptions();
  const d = list.data;
  return (
    <section className="fees-page">
      <p className="no-print">
        <Link to={paths.fees}>← Invoices</Link>
      </p>
      <h1>Defaulters</h1>
      <div className="row no-print">
        <label>
          Class
          <select value={query.classId ?? ''} onChange={(e) => setParams(e.target.value ? { classId: e.target.value } : {})}>
            <option value="">All classes</option>
            {classes.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <ExportButton endpoint="/fees/defaulters.csv" params={{ ...query }} filename="defaulters.csv" />
        <PrintButton />
      </div>
      <AsyncState
        loading={list.isPending}
        error={list.isError ? errorMessage(list.error) : null}
        onRetry={() => void list.refetch()}
        empty={d?.students.length === 0}
        emptyHint={{ text: 'Nobody has an overdue balance today.', action: { to: paths.fees, label: 'See all invoices' } }}
      >
        {d && (
          <>
            <p>
              As of {d.date}: <strong>{money(d.totalOverdue, d.currency)}</strong> overdue from {d.students.length} students.
            </p>
            <DataTable
              rows={d.students}
              rowKey={(r) => r.student.id}
              columns={[
                {
                  label: 'Student',
                  value: (r) => (
                    <>
                      <Link to={`${paths.students}/${r.student.id}`}>{r.student.name}</Link>{' '}
                      <span className="muted">{r.student.admissionNumber}</span>
                    </>
                  ),
                },
                { label: 'Class', value: (r) => [r.student.className, r.student.sectionName].filter(Boolean).join(' ') || '–' },
                { label: 'Overdue', value: (r) => money(r.overdue, d.currency) },
                { label: 'Still owed', value: (r) => money(r.balance, d.currency) },
                { label: 'Oldest due', value: (r) => r.oldestDueDate },
                { label: 'Days overdue', value: (r) => r.daysOverdue },
                {
                  label: 'Guardians',
                  value: (r) =>
                    r.guardians.length
                      ? r.guardians.map((g) => (
                          <div key={g.id}>
                            {g.name}
                            {g.phone && (
                              <>
                                {', '}
                                <a href={`tel:${g.phone}`}>{g.phone}</a>
                              </>
                            )}
                            {g.email && (
                              <>
                                {', '}
                                <a href={`mailto:${g.email}`}>{g.email}</a>
                              </>
                            )}
                          </div>
                        ))
                      : 'No guardian on record',
                },
                {
                  label: 'Invoices',
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
