import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Field, FormError } from '../../../components/FormErrors';
import { FormActions, Options } from '../../../components/FormActions';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { errorBody } from '../../../lib/http';
import { useSchoolOptions } from '../api/options';
import { useCreateStudent, useMoveStudent, useUpdateStudent, type NewStudent, type Student } from '../api/students';

const GENDERS = ['female', 'male', 'other', 'unspecified'] as const;
export const STUDENT_STATUSES = ['enrolled', 'withdrawn', 'transferred', 'graduated'] as const;

/** The student statuses as select options, in the language shown. */
export function useStudentStatusOptions() {
  const { t } = useTranslation('people');
  return STUDENT_STATUSES.map((s) => ({ value: s, label: t(`studentStatus.${s}`) }));
}

type Duplicate = Pick<Student, 'id' | 'firstName' | 'lastName' | 'admissionNumber'>;

/**
 * Adds a student, or edits one (`student`): names, birth date, gender, class and section, and (editing) the status.
 * An exact duplicate (same name, birth date and class) is shown before anything is saved, with "Save anyway".
 */
/** `onDone(saved)` after a save, `onDone(null)` on Cancel. */
export function StudentForm({ student, onDone }: { student?: Student; onDone: (saved: Student | null) => void }) {
  const { t } = useTranslation('people');
  const statuses = useStudentStatusOptions();
  const options = useSchoolOptions();
  const create = useCreateStudent();
  const update = useUpdateStudent(student?.id ?? '');
  const move = useMoveStudent(student?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [duplicate, setDuplicate] = useState<{ of: Duplicate; body: NewStudent } | null>(null);
  const placement = student?.classId && student.sectionId ? `${student.classId}:${student.sectionId}` : '';
  const busy = create.isPending || update.isPending || move.isPending;

  const fail = (err: unknown) => setErrors(fieldErrors(err));
  const createStudent = (body: NewStudent) =>
    create.mutate(body, {
      onSuccess: (saved) => (setDuplicate(null), onDone(saved)),
      onError: (err) => {
        const e = errorBody(err);
        if (e?.error === 'POSSIBLE_DUPLICATE') setDuplicate({ of: (e.details as { existing: Duplicate }).existing, body });
        else fail(err);
      },
    });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const [classId, sectionId] = text('placement').split(':');
    const fields = {
      firstName: text('firstName'),
      lastName: text('lastName'),
      ...(text('dateOfBirth') ? { dateOfBirth: text('dateOfBirth') } : {}),
      ...(text('gender') ? { gender: text('gender') as NewStudent['gender'] } : {}),
    };
    setErrors(noErrors);
    setDuplicate(null);
    if (!student) return createStudent({ ...fields, ...(classId && sectionId ? { classId, sectionId } : {}) });
    try {
      let saved = await update.mutateAsync({ ...fields, status: text('status') as Student['status'] });
      if (classId && sectionId && text('placement') !== placement) saved = await move.mutateAsync({ classId, sectionId });
      onDone(saved);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <form
      className="card-item"
      onSubmit={(e) => void submit(e)}
      aria-label={student ? t('student.editForm') : t('student.newForm')}
      noValidate
    >
      <Field label={t('field.firstName')} name="firstName" errors={errors}>
        <input name="firstName" defaultValue={student?.firstName} required autoComplete="off" />
      </Field>
      <Field label={t('field.lastName')} name="lastName" errors={errors}>
        <input name="lastName" defaultValue={student?.lastName} required autoComplete="off" />
      </Field>
      <Field label={t('field.dateOfBirth')} name="dateOfBirth" errors={errors}>
        <input name="dateOfBirth" type="date" defaultValue={student?.dateOfBirth ?? ''} />
      </Field>
      <Field label={t('field.gender')} name="gender" errors={errors}>
        <select name="gender" defaultValue={student?.gender ?? ''}>
          <Options list={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))} placeholder="—" />
        </select>
      </Field>
      <Field label={t('field.placement')} name={errors.fields.sectionId ? 'sectionId' : 'classId'} errors={errors}>
        <select name="placement" defaultValue={placement} key={options.data ? 'loaded' : 'loading'}>
          <Options
            list={options.data?.sections ?? []}
            placeholder={options.isPending ? t('student.loadingClasses') : t('student.noClass')}
          />
        </select>
      </Field>
      {student && (
        <Field label={t('field.status')} name="status" errors={errors}>
          <select name="status" defaultValue={student.status}>
            <Options list={statuses} />
          </select>
        </Field>
      )}
      {duplicate && (
        <div className="duplicate-warning" role="alert">
          <p>
            <Trans
              t={t}
              i18nKey="student.duplicate"
              values={{ name: `${duplicate.of.firstName} ${duplicate.of.lastName}`, admissionNumber: duplicate.of.admissionNumber }}
              components={{ page: <Link to={`/students/${duplicate.of.id}`} /> }}
            />
          </p>
          <button type="button" disabled={busy} onClick={() => createStudent({ ...duplicate.body, confirmDuplicate: true })}>
            {t('student.saveAnyway')}
          </button>
        </div>
      )}
      <FormError errors={errors} />
      <FormActions submit={t('student.save')} disabled={busy} onCancel={() => onDone(null)} />
    </form>
  );
}
