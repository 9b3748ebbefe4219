import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { errorBody } from '../../lib/http';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';

interface Exam {
  id: string;
  name: string;
  classId: string;
  maxMarks: number;
  status: string;
  date: string | null;
}
interface Klass {
  id: string;
  name: string;
  sections: { id: string; name: string }[];
}
interface Sheet {
  maxMarks: number;
  students: { studentId: string; name: string; score: number | null; absent: boolean }[];
}

/** Enter a section's marks for an exam in one go; an empty box is "not marked", "abs" records an absence. */
export function MarksPage() {
  const [params] = useSearchParams();
  const [examId, setExamId] = useState('');
  // A teacher's "my classes" links here with ?class=<id>&section=<id>: only that class's exams are offered.
  const onlyClass = params.get('class');
  const [sectionId, setSectionId] = useState(params.get('section') ?? '');
  const [scores, setScores] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const exams = useApi(async () => (await api.get<{ data: Exam[] }>('/exams', { params: { limit: 100, sort: '-date' } })).data.data, []);
  const classes = useApi(async () => (await api.get<{ data: Klass[] }>('/classes', { params: { limit: 100 } })).data.data, []);
  const exam = exams.data?.find((e) => e.id === examId);
  const sections = classes.data?.find((c) => c.id === exam?.classId)?.sections ?? [];
  const sheet = useApi(async () => {
    if (!examId || !sectionId) return null;
    const data = (await api.get<Sheet>(`/exams/${examId}/marks`, { params: { sectionId } })).data;
    setScores(Object.fromEntries(data.students.map((s) => [s.studentId, s.absent ? 'abs' : s.score === null ? '' : String(s.score)])));
    return data;
  }, [examId, sectionId]);

  const save = async () => {
    setMessage(null);
    const marks = Object.entries(scores)
      .filter(([, v]) => v.trim() !== '')
      .map(([studentId, v]) => ({ studentId, score: v.trim().toLowerCase() === 'abs' ? null : Number(v) }));
    if (marks.length === 0) {
      setMessage('Enter at least one mark (or "abs" for an absence).');
      return;
    }
    try {
      await api.put(`/exams/${examId}/marks`, { sectionId, marks });
      setMessage(`Saved ${marks.length} marks.`);
    } catch (err) {
      const body = errorBody(err);
      const details = Array.isArray(body?.details) ? (body.details as { message: string }[]).map((d) => d.message).join('; ') : '';
      setMessage(`${body?.message ?? 'Could not save'}${details ? `: ${details}` : ''}`);
    }
  };

  return (
    <section>
      <h1>Marks</h1>
      <div className="row">
        <label>
          Exam
          <select value={examId} onChange={(e) => (setExamId(e.target.value), setSectionId(onlyClass ? sectionId : ''))}>
            <option value="">Choose…</option>
            {exams.data
              ?.filter((e) => !onlyClass || e.classId === onlyClass)
              .map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name} {e.date ?? ''} {e.status === 'published' ? '(published)' : ''}
                </option>
              ))}
          </select>
        </label>
        <label>
          Section
          <select value={sectionId} onChange={(e) => setSectionId(e.target.value)} disabled={!exam}>
            <option value="">Choose…</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {examId && sectionId && (
        <AsyncState loading={sheet.loading} error={sheet.error} empty={sheet.data?.students.length === 0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Score (of {sheet.data?.maxMarks})</th>
              </tr>
            </thead>
            <tbody>
              {sheet.data?.students.map((s) => (
                <tr key={s.studentId}>
                  <td>{s.name}</td>
                  <td>
                    <input
                      aria-label={`${s.name} score`}
                      inputMode="decimal"
                      value={scores[s.studentId] ?? ''}
                      onChange={(e) => setScores((m) => ({ ...m, [s.studentId]: e.target.value }))}
                      size={5}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={save}>
            Save marks
          </button>
          {message && <p role="status">{message}</p>}
        </AsyncState>
      )}
    </section>
  );
}
