import { useState } from 'react';
import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import { errorMessage } from '../../lib/query';
import { paths } from '../../config/paths';
import type { SessionUser } from '../../lib/session';
import { useGradeLevels, useSectionChanges, useYears, type Klass } from './api/academic';

type Role = SessionUser['role'];

export function ClassesPage({ role }: { role: Role }) {
  const years = useYears();
  const grades = useGradeLevels();
  const yearOptions = (years.data?.data ?? []).map((y) => ({ value: y.id, label: y.isCurrent ? `${y.name} (current)` : y.name }));
  const gradeOptions = (grades.data?.data ?? []).map((g) => ({ value: g.id, label: g.name }));
  const failed = years.error ?? grades.error;
  // A class belongs to a year and a grade: until both exist, say so instead of a form that cannot be saved.
  const addBlocked =
    yearOptions.length === 0
      ? {
          text: 'A class belongs to an academic year: add an academic year (with its terms) first.',
          action: { to: paths.years, label: 'Add an academic year' },
        }
      : gradeOptions.length === 0
        ? {
            text: 'A class belongs to a grade level: add a grade level first.',
            action: { to: paths.gradeLevels, label: 'Add a grade level' },
          }
        : null;
  return (
    <AsyncState
      loading={years.isPending || grades.isPending}
      error={failed ? errorMessage(failed) : null}
      onRetry={() => void Promise.all([years.refetch(), grades.refetch()])}
    >
      <ResourcePage<Klass>
        title="Classes"
        endpoint="/classes"
        defaultSort="name"
        canWrite={role === 'admin'}
        addBlocked={addBlocked}
        emptyHint={{ text: 'No classes yet. Add the first class of the year with its sections (e.g. A, B).' }}
        columns={[
          { label: 'Class', value: (c) => c.name, sort: 'name' },
          {
            label: 'Sections',
            value: (c) => (role === 'admin' ? <SectionsCell klass={c} /> : c.sections.map((s) => s.name).join(', ') || '—'),
          },
          { label: 'Grade', value: (c) => gradeOptions.find((g) => g.value === c.gradeLevelId)?.label ?? '' },
        ]}
        fields={[
          { name: 'name', label: 'Name', required: true },
          { name: 'academicYearId', label: 'Academic year', type: 'select', options: yearOptions, required: true },
          { name: 'gradeLevelId', label: 'Grade level', type: 'select', options: gradeOptions, required: true },
          { name: 'sections', label: 'Sections of a new class (comma separated, e.g. A, B)' },
        ]}
        transform={({ sections, ...b }) => {
          const names = String(sections ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          // Sections are given when a class is created; later ones are added one by one.
          return names.length ? { ...b, sections: names.map((name) => ({ name })) } : b;
        }}
        toForm={(c) => ({ name: c.name, academicYearId: c.academicYearId, gradeLevelId: c.gradeLevelId })}
      />
    </AsyncState>
  );
}

/** A class's sections, each removable (when empty), and a button to add one. */
function SectionsCell({ klass }: { klass: Klass }) {
  const { add, remove } = useSectionChanges();
  const [error, setError] = useState<string | null>(null);
  const onError = (fallback: string) => (err: unknown) => setError(errorMessage(err, fallback));
  const addOne = () => {
    const name = window.prompt(`Name of the new section of ${klass.name}`)?.trim();
    if (name) add.mutate({ classId: klass.id, name }, { onSuccess: () => setError(null), onError: onError('Could not add the section') });
  };
  const removeOne = (s: Klass['sections'][number]) => {
    if (!window.confirm(`Remove section ${klass.name} ${s.name}?`)) return;
    remove.mutate(
      { classId: klass.id, sectionId: s.id },
      { onSuccess: () => setError(null), onError: onError('Could not remove the section') },
    );
  };
  return (
    <>
      {klass.sections.map((s) => (
        <span key={s.id} className="chip">
          {s.name}{' '}
          <button type="button" className="link" aria-label={`Remove section ${klass.name} ${s.name}`} onClick={() => removeOne(s)}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={addOne}>
        Add section
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
