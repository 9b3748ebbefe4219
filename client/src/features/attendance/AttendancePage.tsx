import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSchoolTime } from '../../lib/school-time';
import { errorMessage } from '../../lib/query';
import { useDraft } from '../../lib/use-draft';
import { useUnsavedWarning } from '../../lib/use-unsaved-warning';
import { AsyncState } from '../../components/AsyncState';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { STATUSES, useRegister, useSaveRegister, useSections, type Register, type Status } from './api/register';

/** Take a day's register for a section in a few clicks: everyone present by default, change the exceptions, save. */
export function AttendancePage({ role }: { role?: SessionUser['role'] }) {
  const [params, setParams] = useSearchParams();
  // A teacher's "my classes" links here with ?section=<id>.
  const [sectionId, setSectionId] = useState(params.get('section') ?? '');
  const { today } = useSchoolTime();
  const [date, setDate] = useState(params.get('date') ?? today());
  const sections = useSections();
  const register = useRegister(sectionId, date);
  const label = sections.data?.find((s) => s.id === sectionId)?.label ?? '';
  return (
    <section>
      <h1>Attendance</h1>
      <div className="row no-print">
        <label>
          Section
          <select
            value={sectionId}
            onChange={(e) => {
              setSectionId(e.target.value);
              setParams((p) => (p.set('section', e.target.value), p));
            }}
          >
            <option value="">Choose…</option>
            {sections.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Day <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {sectionId && (
        <AsyncState
          loading={register.isPending}
          error={register.error ? errorMessage(register.error) : null}
          onRetry={() => void register.refetch()}
          empty={register.data?.students.length === 0}
          emptyHint={{ text: 'No students are placed in this section.', action: { to: paths.students, label: 'Open students' } }}
        >
          {register.data && (
            <RegisterForm
              key={`${sectionId}:${date}`}
              register={register.data}
              sectionId={sectionId}
              date={date}
              label={label}
              role={role}
            />
          )}
        </AsyncState>
      )}
    </section>
  );
}

function RegisterForm({
  register,
  sectionId,
  date,
  label,
  role,
}: {
  register: Register;
  sectionId: string;
  date: string;
  label: string;
  role?: SessionUser['role'];
}) {
  const saved = Object.fromEntries(register.students.map((s) => [s.studentId, s.status ?? 'present'])) as Record<string, Status>;
  // Kept in this browser until saved: a reload or a session that ended on the way loses nothing.
  const draft = useDraft<Record<string, Status>>(`register:${sectionId}:${date}`, saved);
  const marks = draft.restored ? { ...saved, ...draft.value } : draft.value;
  const taken = register.students.some((s) => s.status !== null);
  const changed = register.students.some((s) => marks[s.studentId] !== saved[s.studentId]);
  useUnsavedWarning(changed);
  const save = useSaveRegister(sectionId, date);
  const [message, setMessage] = useState<string | null>(null);

  const submit = () => {
    setMessage(null);
    save.mutate(
      { marks: register.students.map((s) => ({ studentId: s.studentId, status: marks[s.studentId] ?? 'present' })) },
      {
        onSuccess: (r) => {
          draft.clear();
          const c = r.counts;
          setMessage(`Saved: ${c.present} present, ${c.late} late, ${c.absent} absent, ${c.excused} excused.`);
        },
        onError: (err) => setMessage(`${errorMessage(err, 'Could not save')}. The register is kept in this browser; save again.`),
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="print-only-title">
        Register · {label} · {date} {taken ? '' : '(not taken yet)'}
      </p>
      {draft.restored && <p className="notice">Unsaved changes to this register were restored. Save to keep them.</p>}
      <div className="table-wrap">
        <table>
          <caption>
            {label} on {date}: {taken ? 'taken' : 'not taken yet'}
          </caption>
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
            {register.students.map((s) => (
              <tr key={s.studentId}>
                <th scope="row">{s.name}</th>
                {STATUSES.map((status) => (
                  <td key={status}>
                    <input
                      type="radio"
                      name={`mark-${s.studentId}`}
                      aria-label={`${s.name} ${status}`}
                      checked={marks[s.studentId] === status}
                      onChange={() => draft.set({ ...marks, [s.studentId]: status })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="row no-print">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save register'}
        </button>
        <PrintButton label="Print register" />
        {role !== 'teacher' && (
          <ExportButton
            endpoint="/reports/attendance.csv"
            params={{ sectionId, from: date, to: date }}
            filename={`register-${label.replace(/\s+/g, '-')}-${date}.csv`}
          />
        )}
      </div>
      {!taken && <p className="hint">Everyone starts as present: change the exceptions, then save.</p>}
      {message && <p role="status">{message}</p>}
    </form>
  );
}
