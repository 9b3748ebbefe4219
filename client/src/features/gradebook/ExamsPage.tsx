import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import type { SessionUser } from '../../lib/session';
import { errorMessage } from '../../lib/query';
import { useSchoolOptions } from './api/options';
import { SectionCards } from './components/SectionCards';

type Role = SessionUser['role'];

interface Exam {
  id: string;
  name: string;
  termId: string;
  classId: string;
  subjectId: string;
  maxMarks: number;
  decimals?: number;
  weight: number;
  date: string | null;
  status: string;
}

/**
 * Exams per term, class and subject; publishing one shows its marks to parents and students. Teachers set tests
 * for the subjects they teach (the server refuses others); admins publish.
 */
export function ExamsPage({ role }: { role: Role }) {
  const options = useSchoolOptions();
  const label = (list: { value: string; label: string }[] | undefined, id: string) => list?.find((o) => o.value === id)?.label ?? '';
  return (
    <AsyncState
      loading={options.isPending}
      error={options.error ? errorMessage(options.error) : null}
      onRetry={() => void options.refetch()}
    >
      <ResourcePage<Exam>
        title="Exams"
        endpoint="/exams"
        defaultSort="date"
        searchable={false}
        canWrite={role === 'admin' || role === 'teacher'}
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
          { name: 'decimals', label: 'Decimals allowed in a mark (0 = whole marks)', type: 'number' },
          { name: 'weight', label: 'Weight', type: 'number' },
          { name: 'date', label: 'Date', type: 'date' },
          ...(role === 'admin'
            ? [
                {
                  name: 'status',
                  label: 'Status (existing exams)',
                  type: 'select' as const,
                  options: ['draft', 'published'].map((v) => ({ value: v, label: v })),
                },
              ]
            : []),
        ]}
        toForm={(e) => ({
          name: e.name,
          maxMarks: String(e.maxMarks),
          decimals: String(e.decimals ?? 1),
          weight: String(e.weight),
          date: e.date ?? '',
          status: e.status,
        })}
      />
      {(role === 'admin' || role === 'teacher') && (
        <SectionCards sections={options.data?.sections ?? []} terms={options.data?.terms ?? []} />
      )}
    </AsyncState>
  );
}
