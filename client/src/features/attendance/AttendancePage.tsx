import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { today } from '../../lib/format';
import { api } from '../../lib/api';
import { errorBody } from '../../lib/http';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';

const STATUSES = ['present', 'absent', 'late', 'excused'] as const;
type Status = (typeof STATUSES)[number];
interface Klass {
  id: string;
  name: string;
  sections: { id: string; name: string }[];
}
interface Register {
  counts: Record<Status, number>;
  students: { studentId: string; name: string; admissionNumber: string; status: Status | null }[];
}

/** Take today's register for a section in a few clicks: everyone present by default, change the exceptions, save. */
export function AttendancePage() {
  const [params] = useSearchParams();
  // A teacher's "my classes" links here with ?section=<id>.
  const [sectionId, setSectionId] = useState(params.get('section') ?? '');
  const [date, setDate] = useState(today());
  const [marks, setMarks] = useState<Record<string, Status>>({});
  const [message, setMessage] = useState<string | null>(null);
  const classes = useApi(async () => (await api.get<{ data: Klass[] }>('/classes', { params: { limit: 100 } })).data.data, []);
  const register = useApi(async () => {
    if (!sectionId) return null;
    const data = (await api.get<Register>(`/attendance/sections/${sectionId}/${date}`)).data;
    setMarks(Object.fromEntries(data.students.map((s) => [s.studentId, s.status ?? 'present'])));
    return data;
  }, [sectionId, date]);

  const save = async () => {
    setMessage(null);
    try {
      const res = await api.put<Register>(`/attendance/sections/${sectionId}/${date}`, {
        marks: Object.entries(marks).map(([studentId, status]) => ({ studentId, status })),
      });
      const c = res.data.counts;
      setMessage(`Saved: ${c.present} present, ${c.late} late, ${c.absent} absent, ${c.excused} excused.`);
    } catch (err) {
      setMessage(errorBody(err)?.message ?? 'Could not save');
    }
  };

  return (
    <section>
      <h1>Attendance</h1>
      <div className="row">
        <label>
          Section
          <select value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
            <option value="">Choose…</option>
            {classes.data?.flatMap((c) =>
              c.sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {c.name} {s.name}
                </option>
              )),
            )}
          </select>
        </label>
        <label>
          Day <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {sectionId && (
        <AsyncState loading={register.loading} error={register.error} empty={register.data?.students.length === 0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Student</th>
                {STATUSES.map((s) => (
                  <th key={s} scope="col">
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {register.data?.students.map((s) => (
                <tr key={s.studentId}>
                  <td>{s.name}</td>
                  {STATUSES.map((status) => (
                    <td key={status}>
                      <input
                        type="radio"
                        name={`mark-${s.studentId}`}
                        aria-label={`${s.name} ${status}`}
                        checked={marks[s.studentId] === status}
                        onChange={() => setMarks((m) => ({ ...m, [s.studentId]: status }))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={save}>
            Save register
          </button>
          {message && <p role="status">{message}</p>}
        </AsyncState>
      )}
    </section>
  );
}
