import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import type { Column } from '../../components/DataTable';
import { number } from '../../lib/format';
import type { SessionUser } from '../../lib/session';
import type { GradeLevel } from './api/academic';

type Role = SessionUser['role'];

// An address and a field name, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/grade-levels', defaultSort: 'order' } as const;

export function GradeLevelsPage({ role }: { role: Role }) {
  const { t } = useTranslation('academic');
  const columns: Column<GradeLevel>[] = [
    { label: t('grades.order'), value: (g) => number(g.order), sort: 'order' },
    { label: t('name'), value: (g) => g.name, sort: 'name' },
  ];
  const fields: Field[] = [
    { name: 'name', label: t('name'), required: true },
    { name: 'order', label: t('grades.order'), type: 'number', required: true },
  ];
  return (
    <ResourcePage<GradeLevel>
      title={t('grades.title')}
      {...LIST}
      searchable={false}
      canWrite={role === 'admin'}
      emptyHint={{ text: t('grades.empty') }}
      columns={columns}
      fields={fields}
      toForm={(g) => ({ name: g.name, order: String(g.order) })}
    />
  );
}
