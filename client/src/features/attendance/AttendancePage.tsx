import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { dayLabel, number } from '../../lib/format';
import { useSchoolTime } from '../../lib/school-time';
import { errorMessage } from '../../lib/query';
import { useDraft } from '../../lib/use-draft';
import { useUnsavedWarning } from '../../lib/use-unsaved-warning';
import { AsyncState } from '../../components/AsyncState';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { STATUSES, useRegister, useSaveRegister, useSections, type Register, type Status } from './api/register';

const EXPORT_ENDPOINT = '/reports/attendance.csv';

/** Take a day's register for a section in a few clicks: everyone present by default, change the exceptions, save. */
export function AttendancePage({ role }: { role?: SessionUser['role'] }) {
  const { t } = useTranslation('attendance');
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
      <h1>{t('title')}</h1>
      <div className="row no-print">
        <label>
          {t('section')}
          <select
            value={sectionId}
            onChange={(e) => {
              setSectionId(e.target.value);
              setParams((p) => (p.set('section', e.target.value), p));
            }}
          >
            <option value="">{t('choose')}</option>
            {sections.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('day')} <input type="date" value={date} max={today()} onChange={(e) => setDate(e.target.value)} />
        </label>
      </div>
      {sectionId && (
        <AsyncState
          loading={register.isPending}
          error={register.error ? errorMessage(register.error) : null}
          onRetry={() => void register.refetch()}
          empty={register.data?.students.length === 0}
          emptyHint={{ text: t('empty'), action: { to: paths.students, label: t('openStudents') } }}
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
  const { t } = useTranslation('attendance');
  const day = dayLabel(date, { year: true });
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
          setMessage(
            t('saved', {
              present: t('counts.present', { count: c.present, n: number(c.present) }),
              late: t('counts.late', { count: c.late, n: number(c.late) }),
              absent: t('counts.absent', { count: c.absent, n: number(c.absent) }),
              excused: t('counts.excused', { count: c.excused, n: number(c.excused) }),
            }),
          );
        },
        onError: (err) => setMessage(t('saveFailed', { error: errorMessage(err, t('couldNotSave')) })),
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
        {taken ? t('printTitle', { section: label, date: day }) : t('printTitleNotTaken', { section: label, date: day })}
      </p>
      {draft.restored && <p className="notice">{t('restored')}</p>}
      <div className="table-wrap">
        <table>
          <caption>
            {taken ? t('captionTaken', { section: label, date: day }) : t('captionNotTaken', { section: label, date: day })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('student')}</th>
              {STATUSES.map((s) => (
                <th key={s} scope="col">
                  {t(`status.${s}`)}
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
                      aria-label={t('mark', { name: s.name, status: t(`status.${status}`) })}
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
          {save.isPending ? t('saving') : t('save')}
        </button>
        <PrintButton label={t('print')} />
        {role !== 'teacher' && (
          <ExportButton
            endpoint={EXPORT_ENDPOINT}
            params={{ sectionId, from: date, to: date }}
            filename={t('exportFile', { section: label.replace(/\s+/g, '-'), date })}
          />
        )}
      </div>
      {!taken && <p className="hint">{t('hint')}</p>}
      {message && <p role="status">{message}</p>}
    </form>
  );
}
