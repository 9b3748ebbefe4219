import { useParams } from 'react-router-dom';
import { money, today } from '../../lib/format';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';

interface Student {
  id: string;
  admissionNumber: string;
  firstName: string;
  lastName: string;
  status: string;
}
interface Year {
  id: string;
  name: string;
  terms: { id: string; name: string; startDate: string; endDate: string }[];
}
interface ReportCard {
  term: { name: string; year: string };
  className: string;
  sectionName: string;
  classSize: number;
  result: {
    subjects: { code: string; name: string; percentage: number | null; grade: string | null }[];
    average: number | null;
    grade: string | null;
    rank: number | null;
  };
  attendance: { present: number; absent: number; late: number; excused: number; rate: number | null };
}
interface Balance {
  currency: string;
  total: number;
  paid: number;
  balance: number;
  invoices: { id: string; number: string; total: number; paid: number; balance: number; status: string; dueDate: string }[];
}

/**
 * One student as a parent (their own child), the student themselves, or staff
 * see them: this term's report card and attendance, and fees when the school
 * uses them. The server decides what the caller may see (404 otherwise).
 */
export function StudentPage({ features }: { features: string[] }) {
  const { id = '' } = useParams();
  const data = useApi(async () => {
    const [student, years] = await Promise.all([
      api.get<Student>(`/students/${id}`),
      api.get<{ data: Year[] }>('/academic-years', { params: { current: 'true' } }),
    ]);
    const terms = years.data.data[0]?.terms ?? [];
    const term = terms.find((t) => t.startDate <= today() && today() <= t.endDate) ?? terms[0];
    const card = term
      ? await api
          .get<ReportCard>(`/report-cards/${id}/terms/${term.id}`)
          .then((r) => r.data)
          .catch(() => null)
      : null;
    const fees = features.includes('financialManagement')
      ? await api
          .get<Balance>(`/fees/students/${id}/balance`)
          .then((r) => r.data)
          .catch(() => null)
      : null;
    return { student: student.data, term, card, fees };
  }, [id]);

  return (
    <AsyncState loading={data.loading} error={data.error}>
      {data.data && (
        <section>
          <h1>
            {data.data.student.firstName} {data.data.student.lastName}
          </h1>
          <p className="muted">
            {data.data.student.admissionNumber} · {data.data.student.status}
            {data.data.card ? ` · ${data.data.card.className} ${data.data.card.sectionName}` : ''}
          </p>
          {data.data.card && data.data.term && (
            <div className="card-item">
              <h2>
                {data.data.card.term.name} {data.data.card.term.year}
              </h2>
              <p>
                Attendance: {data.data.card.attendance.present} present, {data.data.card.attendance.late} late,{' '}
                {data.data.card.attendance.absent} absent, {data.data.card.attendance.excused} excused
                {data.data.card.attendance.rate === null ? '' : ` (${Math.round(data.data.card.attendance.rate * 100)} %)`}
              </p>
              {data.data.card.result.subjects.length === 0 ? (
                <p>No published results yet.</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Subject</th>
                      <th scope="col">Percent</th>
                      <th scope="col">Grade</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.data.card.result.subjects.map((s) => (
                      <tr key={s.code}>
                        <td>{s.name}</td>
                        <td>{s.percentage === null ? '–' : `${s.percentage} %`}</td>
                        <td>{s.grade ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              <p>
                Average {data.data.card.result.average ?? '–'} {data.data.card.result.grade ?? ''} · rank{' '}
                {data.data.card.result.rank ?? '–'} of {data.data.card.classSize}
              </p>
              <button
                type="button"
                onClick={async () => {
                  const pdf = await api.get<Blob>(`/report-cards/${id}/terms/${data.data!.term!.id}`, {
                    params: { format: 'pdf' },
                    responseType: 'blob',
                  });
                  window.open(URL.createObjectURL(pdf.data), '_blank');
                }}
              >
                Printable report card (PDF)
              </button>
            </div>
          )}
          {data.data.fees && (
            <div className="card-item">
              <h2>Fees</h2>
              <p>
                Balance <strong>{money(data.data.fees.balance, data.data.fees.currency)}</strong> (paid{' '}
                {money(data.data.fees.paid, data.data.fees.currency)} of {money(data.data.fees.total, data.data.fees.currency)})
              </p>
              <ul>
                {data.data.fees.invoices.map((i) => (
                  <li key={i.id}>
                    {i.number}: {money(i.balance, data.data!.fees!.currency)} due by {i.dueDate} ({i.status.replace('_', ' ')})
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </AsyncState>
  );
}
