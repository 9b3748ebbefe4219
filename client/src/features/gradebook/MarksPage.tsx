import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { AsyncState } from '../../components/AsyncState';
import { errorBody } from '../../lib/http';
import { errorMessage } from '../../lib/query';
import { useDraft } from '../../lib/use-draft';
import { useUnsavedWarning } from '../../lib/use-unsaved-warning';
import { paths } from '../../config/paths';
import { currentLocale } from '../../i18n';
import { dayLabel, number } from '../../lib/format';
import { isolate } from '../../lib/bidi';
import {
  useExams,
  useSaveMarks,
  useSectionChoices,
  useSheet,
  useSubjectChoices,
  type Exam,
  type MarksInput,
  type Sheet,
} from './api/marks';
import { absentMark, cellText, readCell } from './components/cell';
import { MarksGrid } from './components/MarksGrid';
import './marks.css';

/** Enter a section's marks for one exam: pick the section, the subject, then the exam; type; save. */
export function MarksPage() {
  const { t } = useTranslation('gradebook');
  const [params, setParams] = useSearchParams();
  // A teacher's "my classes" links here with ?class=<id>&section=<id>.
  const initialSection = params.get('class') && params.get('section') ? `${params.get('class')}:${params.get('section')}` : '';
  const [section, setSection] = useState(params.get('pick') ?? initialSection);
  const [subjectId, setSubjectId] = useState(params.get('subject') ?? '');
  const [examId, setExamId] = useState(params.get('exam') ?? '');
  const [classId = '', sectionId = ''] = section.split(':');
  const sections = useSectionChoices();
  const subjects = useSubjectChoices();
  const exams = useExams(classId, subjectId);
  const pick = (next: { pick?: string; subject?: string; exam?: string }) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(next))
        if (v) p.set(k, v);
        else p.delete(k);
      return p;
    });

  return (
    <section>
      <h1>{t('marks.title')}</h1>
      <div className="marks-pickers no-print">
        <label>
          {t('marks.section')}
          <select
            value={section}
            onChange={(e) => {
              setSection(e.target.value);
              setExamId('');
              pick({ pick: e.target.value, exam: '' });
            }}
          >
            <option value="">{t('marks.choose')}</option>
            {sections.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('marks.subject')}
          <select
            value={subjectId}
            disabled={!section}
            onChange={(e) => {
              setSubjectId(e.target.value);
              setExamId('');
              pick({ subject: e.target.value, exam: '' });
            }}
          >
            <option value="">{t('marks.choose')}</option>
            {subjects.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('marks.exam')}
          <select
            value={examId}
            disabled={!section || !subjectId}
            onChange={(e) => {
              setExamId(e.target.value);
              pick({ exam: e.target.value });
            }}
          >
            <option value="">{t('marks.choose')}</option>
            {exams.data?.map((e) => (
              <option key={e.id} value={e.id}>
                {examLabel(
                  t,
                  e,
                  sections.data?.find((s) => s.id === section)?.label,
                  subjects.data?.find((s) => s.id === subjectId)?.label,
                )}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(sections.error || subjects.error) && (
        <AsyncState
          loading={false}
          error={errorMessage(sections.error ?? subjects.error)}
          onRetry={() => void (sections.refetch(), subjects.refetch())}
        >
          {null}
        </AsyncState>
      )}
      {section && subjectId && exams.data?.length === 0 && (
        <AsyncState
          loading={false}
          error={null}
          empty
          emptyHint={{ text: t('marks.noExam'), action: { to: paths.exams, label: t('marks.openExams') } }}
        >
          {null}
        </AsyncState>
      )}
      {examId && sectionId && <MarksSheet key={`${examId}:${sectionId}`} examId={examId} sectionId={sectionId} />}
    </section>
  );
}

/** "End of term · 6A A · MATH Mathematics · Sat, 12 Dec 2026 · (published)": never the same label twice. */
function examLabel(t: TFunction<'gradebook'>, e: Exam, section?: string, subject?: string) {
  const date = e.date ? dayLabel(e.date, { year: true }) : '';
  return [isolate(e.name), isolate(section), isolate(subject), date, e.status === 'published' ? t('marks.published') : '']
    .filter(Boolean)
    .join(' · ');
}

function MarksSheet({ examId, sectionId }: { examId: string; sectionId: string }) {
  const { t } = useTranslation('gradebook');
  const sheet = useSheet(examId, sectionId);
  return (
    <AsyncState
      loading={sheet.isPending}
      error={sheet.error ? errorMessage(sheet.error) : null}
      onRetry={() => void sheet.refetch()}
      empty={sheet.data?.students.length === 0}
      emptyHint={{ text: t('marks.noStudents'), action: { to: paths.students, label: t('marks.openStudents') } }}
    >
      {sheet.data && <MarksForm sheet={sheet.data} examId={examId} sectionId={sectionId} />}
    </AsyncState>
  );
}

function MarksForm({ sheet, examId, sectionId }: { sheet: Sheet; examId: string; sectionId: string }) {
  const { t } = useTranslation('gradebook');
  const saved = Object.fromEntries(sheet.students.map((s) => [s.studentId, cellText(s)]));
  // What was typed is kept in this browser until it is saved (a reload or a dead session loses nothing).
  const draft = useDraft<Record<string, string>>(`marks:${examId}:${sectionId}`, saved);
  const values = draft.restored ? { ...saved, ...draft.value } : draft.value;
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const save = useSaveMarks(examId);
  const dirty = sheet.students.some((s) => (values[s.studentId] ?? '') !== saved[s.studentId]);
  useUnsavedWarning(dirty);

  const cells = sheet.students.map((s) => ({ s, cell: readCell(values[s.studentId] ?? '', sheet.maxMarks, sheet.decimals) }));
  const bad = cells.filter((c) => c.cell.kind === 'error');

  const submit = () => {
    setMessage(null);
    setServerErrors({});
    if (bad.length) {
      const names = new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(bad.map((b) => isolate(b.s.name)));
      setMessage(t('marks.fixFirst', { count: bad.length, n: number(bad.length), names }));
      return;
    }
    const marks = cells.flatMap(({ s, cell }): MarksInput['marks'] =>
      cell.kind === 'score'
        ? [{ studentId: s.studentId, score: cell.value }]
        : cell.kind === 'absent'
          ? [{ studentId: s.studentId, score: null }]
          : [],
    );
    if (marks.length === 0) {
      setMessage(t('marks.typeOne', { absent: absentMark() }));
      return;
    }
    save.mutate(
      { sectionId, marks },
      {
        onSuccess: () => {
          draft.clear();
          setMessage(t('marks.saved', { count: marks.length, n: number(marks.length) }));
        },
        onError: (err) => {
          const body = errorBody(err);
          const details = Array.isArray(body?.details) ? (body.details as { path?: string; message: string }[]) : [];
          const byStudent: Record<string, string> = {};
          for (const d of details) {
            const i = Number(String(d.path ?? '').split('.')[1]);
            const row = marks[i];
            if (row) byStudent[row.studentId] = d.message;
          }
          setServerErrors(byStudent);
          setMessage(body?.message ?? t('marks.notSaved'));
        },
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
      {draft.restored && dirty && <p className="notice">{t('marks.restored')}</p>}
      <MarksGrid
        rows={sheet.students}
        values={values}
        max={sheet.maxMarks}
        decimals={sheet.decimals}
        serverErrors={serverErrors}
        onChange={(studentId, text) => draft.set({ ...values, [studentId]: text })}
      />
      <button type="submit" disabled={save.isPending || bad.length > 0}>
        {save.isPending ? t('marks.saving') : t('marks.save')}
      </button>
      {bad.length > 0 && <p className="field-error">{t('marks.fixOutlined')}</p>}
      {message && <p role="status">{message}</p>}
    </form>
  );
}
