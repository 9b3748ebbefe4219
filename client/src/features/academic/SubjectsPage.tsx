import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import type { Column } from '../../components/DataTable';
import type { SessionUser } from '../../lib/session';
import type { Subject } from './api/academic';

type Role = SessionUser['role'];

// An address and a field name, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/subjects', defaultSort: 'code' } as const;

export function SubjectsPage({ role }: { role: Role }) {
  const { t } = useTranslation('academic');
  const columns: Column<Subject>[] = [
    { label: t('subjects.code'), value: (s) => s.code, sort: 'code' },
    { label: t('name'), value: (s) => s.name, sort: 'name' },
  ];
  const fields: Field[] = [
    { name: 'code', label: t('subjects.code'), required: true },
    { name: 'name', label: t('name'), required: true },
    { name: 'description', label: t('subjects.description') },
  ];
  return (
    <ResourcePage<Subject>
      title={t('subjects.title')}
      {...LIST}
      canWrite={role === 'admin'}
      emptyHint={{ text: t('subjects.empty') }}
      columns={columns}
      fields={fields}
      toForm={(s) => ({ code: s.code, name: s.name, description: s.description ?? '' })}
    />
  );
}
