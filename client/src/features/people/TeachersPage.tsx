import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import { ExportButton } from '../../components/ExportButton';
import type { Column } from '../../components/DataTable';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';

type Role = SessionUser['role'];

interface Staff {
  id: string;
  employeeNumber: string;
  kind: 'teacher' | 'staff';
  firstName: string;
  lastName: string;
  status: 'active' | 'on_leave' | 'left';
  contact: { email?: string; phone?: string };
  userId: string | null;
}

const KINDS = ['teacher', 'staff'] as const;
// Addresses and field names, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/teachers', defaultSort: 'lastName' } as const;
const EXPORT = { endpoint: '/teachers/export.csv', filename: 'teachers.csv' };

export function TeachersPage({ role }: { role: Role }) {
  const { t } = useTranslation('people');
  const columns: Column<Staff>[] = [
    { label: t('field.employeeNumber'), value: (s) => s.employeeNumber, sort: 'employeeNumber' },
    { label: t('field.name'), value: (s) => `${s.firstName} ${s.lastName}`, sort: 'lastName' },
    { label: t('field.kind'), value: (s) => t(`staffKind.${s.kind}`) },
    { label: t('field.status'), value: (s) => t(`staffStatus.${s.status}`) },
    {
      label: t('field.account'),
      value: (s) => (
        <AccountCell
          endpoint={LIST.endpoint}
          id={s.id}
          name={`${s.firstName} ${s.lastName}`}
          userId={s.userId}
          email={s.contact.email}
          canManage={role === 'admin'}
        />
      ),
    },
  ];
  const fields: Field[] = [
    { name: 'firstName', label: t('field.firstName'), required: true },
    { name: 'lastName', label: t('field.lastName'), required: true },
    { name: 'kind', label: t('field.kind'), type: 'select', options: KINDS.map((k) => ({ value: k, label: t(`staffKind.${k}`) })) },
  ];
  return (
    <>
      <ResourcePage<Staff>
        title={t('teachers.title')}
        {...LIST}
        canWrite={role === 'admin'}
        columns={columns}
        fields={fields}
        toForm={(s) => ({ firstName: s.firstName, lastName: s.lastName, kind: s.kind })}
      />
      <p className="row start no-print">
        <ExportButton {...EXPORT} label={t('teachers.exportAll')} />
      </p>
    </>
  );
}
