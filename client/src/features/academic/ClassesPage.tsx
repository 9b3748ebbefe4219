import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import type { Column } from '../../components/DataTable';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { useGradeLevels, useSectionChanges, useYears, type Klass } from './api/academic';
import { listOf, splitList } from './list';

type Role = SessionUser['role'];

// An address and a field name, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/classes', defaultSort: 'name' } as const;

export function ClassesPage({ role }: { role: Role }) {
  const { t } = useTranslation('academic');
  const years = useYears();
  const grades = useGradeLevels();
  const yearOptions = (years.data?.data ?? []).map((y) => ({
    value: y.id,
    label: y.isCurrent ? t('years.current', { name: y.name }) : y.name,
  }));
  const gradeOptions = (grades.data?.data ?? []).map((g) => ({ value: g.id, label: g.name }));
  const failed = years.error ?? grades.error;
  // A class belongs to a year and a grade: until both exist, say so instead of a form that cannot be saved.
  const addBlocked =
    yearOptions.length === 0
      ? { text: t('classes.needsYear'), action: { to: paths.years, label: t('classes.addYear') } }
      : gradeOptions.length === 0
        ? { text: t('classes.needsGrade'), action: { to: paths.gradeLevels, label: t('classes.addGrade') } }
        : null;
  const columns: Column<Klass>[] = [
    { label: t('classes.class'), value: (c) => c.name, sort: 'name' },
    {
      label: t('classes.sections'),
      value: (c) => (role === 'admin' ? <SectionsCell klass={c} /> : listOf(c.sections.map((s) => s.name)) || '—'),
    },
    { label: t('classes.grade'), value: (c) => gradeOptions.find((g) => g.value === c.gradeLevelId)?.label ?? '' },
  ];
  const fields: Field[] = [
    { name: 'name', label: t('name'), required: true },
    { name: 'academicYearId', label: t('classes.academicYear'), type: 'select', options: yearOptions, required: true },
    { name: 'gradeLevelId', label: t('classes.gradeLevel'), type: 'select', options: gradeOptions, required: true },
    { name: 'sections', label: t('classes.sectionsField') },
  ];
  return (
    <AsyncState
      loading={years.isPending || grades.isPending}
      error={failed ? errorMessage(failed) : null}
      onRetry={() => void Promise.all([years.refetch(), grades.refetch()])}
    >
      <ResourcePage<Klass>
        title={t('classes.title')}
        {...LIST}
        canWrite={role === 'admin'}
        addBlocked={addBlocked}
        emptyHint={{ text: t('classes.empty') }}
        columns={columns}
        fields={fields}
        transform={({ sections, ...b }) => {
          // Sections are given when a class is created; later ones are added one by one.
          const names = splitList(String(sections ?? ''));
          return names.length ? { ...b, sections: names.map((name) => ({ name })) } : b;
        }}
        toForm={(c) => ({ name: c.name, academicYearId: c.academicYearId, gradeLevelId: c.gradeLevelId })}
      />
    </AsyncState>
  );
}

/** A class's sections, each removable (when empty), and a button to add one. */
function SectionsCell({ klass }: { klass: Klass }) {
  const { t } = useTranslation('academic');
  const { add, remove } = useSectionChanges();
  const [error, setError] = useState<string | null>(null);
  const onError = (fallback: string) => (err: unknown) => setError(errorMessage(err, fallback));
  const addOne = () => {
    const name = window.prompt(t('classes.newSectionPrompt', { class: klass.name }))?.trim();
    if (name) add.mutate({ classId: klass.id, name }, { onSuccess: () => setError(null), onError: onError(t('classes.addFailed')) });
  };
  const removeOne = (s: Klass['sections'][number]) => {
    if (!window.confirm(t('classes.removeConfirm', { class: klass.name, section: s.name }))) return;
    remove.mutate({ classId: klass.id, sectionId: s.id }, { onSuccess: () => setError(null), onError: onError(t('classes.removeFailed')) });
  };
  return (
    <>
      {klass.sections.map((s) => (
        <span key={s.id} className="chip">
          {s.name}{' '}
          <button
            type="button"
            className="link"
            aria-label={t('classes.removeLabel', { class: klass.name, section: s.name })}
            onClick={() => removeOne(s)}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={addOne}>
        {t('classes.addSection')}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
