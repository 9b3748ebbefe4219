import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { AsyncState } from '../../components/AsyncState';
import { PrintButton } from '../../components/ExportButton';
import { errorMessage } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';
import { RECORDS } from './api/accounts';
import { openReportCard, useReportCard, useStudent, useStudentOverview, type ReportCard } from './api/students';
import { ChildOverview } from './components/ChildOverview';
import { dayLabel, number } from '../../lib/format';
import { StudentForm } from './components/StudentForm';
import { StudentGuardians } from './components/StudentGuardians';
import './people.css';

/**
 * One student, as the office sees them (record, guardians and their accounts, edit) or as a parent their own child
 * (absences by date, fees by term, next exams, the report card). The server decides who may see whom (404 otherwise).
 */
export function StudentPage({ role }: { role: SessionUser['role']; features?: string[] }) {
  const { t } = useTranslation('people');
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
      error={failed ? errorMessage(failed, t('student.loadFailed')) : null}
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
                  {t('student.edit')}
                </button>
              )}
              <PrintButton />
            </span>
          </header>
          {editing ? (
            <StudentForm student={s} onDone={() => setEditing(false)} />
          ) : (
            <dl className="student-facts">
              <dt>{t('field.admissionNumber')}</dt>
              <dd>
                <bdi>{s.admissionNumber}</bdi>
              </dd>
              <dt>{t('field.class')}</dt>
              <dd>{o.className ? `${o.className} ${o.sectionName ?? ''}` : t('student.noClass')}</dd>
              <dt>{t('field.status')}</dt>
              <dd>{t(`studentStatus.${s.status}`)}</dd>
              <dt>{t('field.dateOfBirth')}</dt>
              <dd>{s.dateOfBirth ? dayLabel(s.dateOfBirth, { year: true, weekday: false }) : '—'}</dd>
              {(s.contact.phone || s.contact.email) && (
                <>
                  <dt>{t('field.contact')}</dt>
                  <dd>
                    <bdi dir="ltr">{[s.contact.phone, s.contact.email].filter(Boolean).join(' · ')}</bdi>
                  </dd>
                </>
              )}
              {admin && (
                <>
                  <dt>{t('field.account')}</dt>
                  <dd>
                    <AccountCell
                      endpoint={RECORDS.students}
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

/** A percentage (0–100) as the shown locale writes one ("72.5%", "72,5 %"). */
const percent = (value: number | null) => (value === null ? '–' : number(value / 100, { style: 'percent', maximumFractionDigits: 1 }));

function ReportCardSummary({ card, studentId, termId }: { card: ReportCard; studentId: string; termId: string }) {
  const { t } = useTranslation('people');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card-item" aria-labelledby="card-heading">
      <h2 id="card-heading">{t('reportCard.heading', { term: card.term.name, year: card.term.year })}</h2>
      {card.result.subjects.length === 0 ? (
        <p>{t('reportCard.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reportCard.subject')}</th>
                <th scope="col">{t('reportCard.percent')}</th>
                <th scope="col">{t('reportCard.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {card.result.subjects.map((x) => (
                <tr key={x.code}>
                  <td>{x.name}</td>
                  <td>{percent(x.percentage)}</td>
                  <td>{x.grade ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {t('reportCard.summary', {
          average: percent(card.result.average),
          grade: card.result.grade ?? '',
          rank: card.result.rank === null ? '–' : number(card.result.rank),
          size: number(card.classSize),
        })}
      </p>
      <button
        type="button"
        className="no-print"
        onClick={() => openReportCard(studentId, termId).catch((err: unknown) => setError(errorMessage(err, t('reportCard.openFailed'))))}
      >
        {t('reportCard.pdf')}
      </button>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
