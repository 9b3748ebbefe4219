import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import { useApi } from '../../lib/use-api';
import type { SessionUser } from '../../lib/session';
import { loadOptions } from '../../lib/school-options';

type Role = SessionUser['role'];

interface Exam {
  id: string;
  name: string;
  termId: string;
  classId: string;
  subjectId: string;
  maxMarks: number;
  weight: number;
  date: string | null;
  status: string;
}

/** Exams per term, class and subject; publishing one shows its marks to parents and students. */
export function ExamsPage({ role }: { role: Role }) {
  const options = useApi(loadOptions, []);
  const label = (list: { value: string; label: string }[] | undefined, id: string) => list?.find((o) => o.value === id)?.label ?? '';
  return (
    <AsyncState loading={options.loading} error={options.error}>
      <ResourcePage<Exam>
        title="Exams"
        endpoint="/exams"
        defaultSort="date"
        searchable={false}
        canWrite={role === 'admin'}
        columns={[
          { label: 'Exam', value: (e) => e.name, sort: 'name' },
          { label: 'Date', value: (e) => e.date ?? '', sort: 'date' },
          { label: 'Class', value: (e) => label(options.data?.classes, e.classId) },
          { label: 'Subject', value: (e) => label(options.data?.subjects, e.subjectId) },
          { label: 'Out of', value: (e) => e.maxMarks },
          { label: 'Status', value: (e) => e.status },
        ]}
        fields={[
          { name: 'name', label: 'Name', required: true },
          { name: 'termId', label: 'Term (new exams)', type: 'select', options: options.data?.terms ?? [] },
          { name: 'classId', label: 'Class (new exams)', type: 'select', options: options.data?.classes ?? [] },
          { name: 'subjectId', label: 'Subject (new exams)', type: 'select', options: options.data?.subjects ?? [] },
          { name: 'maxMarks', label: 'Out of', type: 'number', required: true },
          { name: 'weight', label: 'Weight', type: 'number' },
          { name: 'date', label: 'Date', type: 'date' },
          {
            name: 'status',
            label: 'Status (existing exams)',
            type: 'select',
            options: ['draft', 'published'].map((v) => ({ value: v, label: v })),
          },
        ]}
        toForm={(e) => ({ name: e.name, maxMarks: String(e.maxMarks), weight: String(e.weight), date: e.date ?? '', status: e.status })}
      />
    </AsyncState>
  );
}
