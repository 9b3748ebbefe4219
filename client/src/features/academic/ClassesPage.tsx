import { useState } from 'react';
import { api } from '../../lib/api';
import { errorBody } from '../../lib/http';
import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import { useApi } from '../../lib/use-api';
import type { SessionUser } from '../../lib/session';
import { loadOptions } from '../../lib/school-options';

type Role = SessionUser['role'];

interface Klass {
  id: string;
  name: string;
  academicYearId: string;
  gradeLevelId: string;
  sections: { id: string; name: string; capacity: number }[];
}

export function ClassesPage({ role }: { role: Role }) {
  const options = useApi(loadOptions, []);
  return (
    <AsyncState loading={options.loading} error={options.error}>
      <ResourcePage<Klass>
        title="Classes"
        endpoint="/classes"
        defaultSort="name"
        canWrite={role === 'admin'}
        columns={[
          { label: 'Class', value: (c) => c.name, sort: 'name' },
          {
            label: 'Sections',
            value: (c) => (role === 'admin' ? <SectionsCell klass={c} /> : c.sections.map((s) => s.name).join(', ') || '—'),
          },
          { label: 'Grade', value: (c) => options.data?.grades.find((g) => g.value === c.gradeLevelId)?.label ?? '' },
        ]}
        fields={[
          { name: 'name', label: 'Name', required: true },
          { name: 'academicYearId', label: 'Academic year', type: 'select', options: options.data?.years ?? [], required: true },
          { name: 'gradeLevelId', label: 'Grade level', type: 'select', options: options.data?.grades ?? [], required: true },
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
  const [sections, setSections] = useState(klass.sections);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const name = window.prompt(`Name of the new section of ${klass.name}`)?.trim();
    if (!name) return;
    try {
      setSections((await api.post<Klass>(`/classes/${klass.id}/sections`, { name })).data.sections);
      setError(null);
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not add the section');
    }
  };
  const remove = async (s: Klass['sections'][number]) => {
    if (!window.confirm(`Remove section ${klass.name} ${s.name}?`)) return;
    try {
      await api.delete(`/classes/${klass.id}/sections/${s.id}`);
      setSections(sections.filter((x) => x.id !== s.id));
      setError(null);
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not remove the section');
    }
  };
  return (
    <>
      {sections.map((s) => (
        <span key={s.id} className="chip">
          {s.name}{' '}
          <button type="button" className="link" aria-label={`Remove section ${klass.name} ${s.name}`} onClick={() => void remove(s)}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={() => void add()}>
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
