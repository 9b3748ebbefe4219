import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { PrintButton } from '../../components/ExportButton';
import { errorMessage } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';
import { openReportCard, useReportCard, useStudent, useStudentOverview, type ReportCard } from './api/students';
import { ChildOverview } from './components/ChildOverview';
import { dayLabel } from '../../lib/format';
import { StudentForm } from './components/StudentForm';
import { StudentGuardians } from './components/StudentGuardians';
import './people.css';

/**
 * One student, as the office sees them (record, guardians and their accounts, edit) or as a parent their own child
 * (absences by date, fees by term, next exams, the report card). The server decides who may see whom (404 otherwise).
 */
export function StudentPage({ role }: { role: SessionUser['role']; features?: string[] }) {
  const { id = '' } = useParams();
  const student = useStudent(id);
  const overview = useStudentOverview(id);
  const card = useReportCard(id, overview.data?.term?.id);
  const [editing, setEditing] = useState(false);
  const admin = role === 'admin';
  const s = student.data;
  const o = overview.data;
  const failed = student.error ?? overview.error;

  return (
    <AsyncState
      loading={student.isPending || overview.isPending}
      error={failed ? errorMessage(failed, 'Could not load this student') : null}
      onRetry={() => void Promise.all([student.refetch(), overview.refetch()])}
    >
      {s && o && (
        <section>
          <header className="row">
            <h1>
              {s.firstName} {s.lastName}
            </h1>
            <span className="row start no-print">
              {admin && !editing && (
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
              )}
              <PrintButton />
            </span>
          </header>
          {editing ? (
            <StudentForm student={s} onDone={() => setEditing(false)} />
          ) : (
            <dl className="student-facts">
              <dt>Admission no.</dt>
              <dd>{s.admissionNumber}</dd>
              <dt>Class</dt>
              <dd>{o.className ? `${o.className} ${o.sectionName ?? ''}` : 'No class yet'}</dd>
              <dt>Status</dt>
              <dd>{s.status}</dd>
              <dt>Date of birth</dt>
              <dd>{s.dateOfBirth ? dayLabel(s.dateOfBirth, { year: true }) : '—'}</dd>
              {(s.contact.phone || s.contact.email) && (
                <>
                  <dt>Contact</dt>
                  <dd>{[s.contact.phone, s.contact.email].filter(Boolean).join(' · ')}</dd>
                </>
              )}
              {admin && (
                <>
                  <dt>Sign-in account</dt>
                  <dd>
                    <AccountCell
                      endpoint="/students"
                      id={s.id}
                      name={`${s.firstName} ${s.lastName}`}
                      userId={s.userId}
                      email={s.contact.email}
                      canManage
                    />
                  </dd>
                </>
              )}
            </dl>
          )}
          {role !== 'student' && <StudentGuardians studentId={s.id} guardians={o.guardians} canManage={admin} />}
          <ChildOverview overview={o} />
          {card.data && o.term && <ReportCardSummary card={card.data} studentId={s.id} termId={o.term.id} />}
        </section>
      )}
    </AsyncState>
  );
}

function ReportCardSummary({ card, studentId, termId }: { card: ReportCard; studentId: string; termId: string }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card-item" aria-labelledby="card-heading">
      <h2 id="card-heading">
        Report card: {card.term.name} {card.term.year}
      </h2>
      {card.result.subjects.length === 0 ? (
        <p>No published results yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Percent</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {card.result.subjects.map((x) => (
                <tr key={x.code}>
                  <td>{x.name}</td>
                  <td>{x.percentage === null ? '–' : `${x.percentage} %`}</td>
                  <td>{x.grade ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        Average {card.result.average ?? '–'} {card.result.grade ?? ''} · rank {card.result.rank ?? '–'} of {card.classSize}
      </p>
      <button
        type="button"
        className="no-print"
        onClick={() =>
          openReportCard(studentId, termId).catch((err: unknown) => setError(errorMessage(err, 'Could not open the report card')))
        }
      >
        Printable report card (PDF)
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
