import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import type { Column } from '../../components/DataTable';
import { AsyncState } from '../../components/AsyncState';
import type { SessionUser } from '../../lib/session';
import { errorMessage } from '../../lib/query';
import { dayLabel, number } from '../../lib/format';
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

const ENDPOINT = '/exams';
const DEFAULT_SORT = 'date';
const STATUSES = ['draft', 'published'] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);

/**
 * Exams per term, class and subject; publishing one shows its marks to parents and students. Teachers set tests
 * for the subjects they teach (the server refuses others); admins publish.
 */
export function ExamsPage({ role }: { role: Role }) {
  const { t } = useTranslation('gradebook');
  const options = useSchoolOptions();
  const label = (list: { value: string; label: string }[] | undefined, id: string) => list?.find((o) => o.value === id)?.label ?? '';
  const columns: Column<Exam>[] = [
    { label: t('exams.exam'), value: (e) => e.name, sort: 'name' },
    { label: t('exams.date'), value: (e) => (e.date ? dayLabel(e.date, { year: true }) : ''), sort: 'date' },
    { label: t('exams.class'), value: (e) => label(options.data?.classes, e.classId) },
    { label: t('exams.subject'), value: (e) => label(options.data?.subjects, e.subjectId) },
    { label: t('exams.outOf'), value: (e) => number(e.maxMarks) },
    { label: t('exams.status'), value: (e) => (isStatus(e.status) ? t(`exams.statuses.${e.status}`) : e.status) },
  ];
  const fields: Field[] = [
    { name: 'name', label: t('exams.name'), required: true },
    { name: 'termId', label: t('exams.termNew'), type: 'select', options: options.data?.terms ?? [] },
    { name: 'classId', label: t('exams.classNew'), type: 'select', options: options.data?.classes ?? [] },
    { name: 'subjectId', label: t('exams.subjectNew'), type: 'select', options: options.data?.subjects ?? [] },
    { name: 'maxMarks', label: t('exams.outOf'), type: 'number', required: true },
    { name: 'decimals', label: t('exams.decimals'), type: 'number' },
    { name: 'weight', label: t('exams.weight'), type: 'number' },
    { name: 'date', label: t('exams.date'), type: 'date' },
  ];
  if (role === 'admin')
    fields.push({
      name: 'status',
      label: t('exams.statusExisting'),
      type: 'select',
      options: STATUSES.map((v) => ({ value: v, label: t(`exams.statuses.${v}`) })),
    });
  return (
    <AsyncState
      loading={options.isPending}
      error={options.error ? errorMessage(options.error) : null}
      onRetry={() => void options.refetch()}
    >
      <ResourcePage<Exam>
        title={t('exams.title')}
        endpoint={ENDPOINT}
        defaultSort={DEFAULT_SORT}
        searchable={false}
        canWrite={role === 'admin' || role === 'teacher'}
        columns={columns}
        fields={fields}
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
