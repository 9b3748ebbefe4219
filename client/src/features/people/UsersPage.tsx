import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import type { Column } from '../../components/DataTable';
import type { SessionUser } from '../../lib/session';
import { InvitationCell } from './InvitationCell';
import type { InvitationInfo } from './invitation-api';

type Role = SessionUser['role'];

const ROLES = ['admin', 'teacher', 'student', 'parent', 'staff'] as const;

interface User {
  id: string;
  name: string;
  email: string;
  role: (typeof ROLES)[number];
  status: 'active' | 'invited' | 'disabled';
  invitation?: InvitationInfo;
}

// Addresses and field names, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/users', defaultSort: 'name' } as const;

/** Accounts of the school. Adding one invites the person by email: they choose their own password, never the admin. */
export function UsersPage({ role }: { role: Role }) {
  const { t } = useTranslation('people');
  const roles = ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }));
  const statuses = (['active', 'disabled'] as const).map((s) => ({ value: s, label: t(`userStatus.${s}`) }));
  const columns: Column<User>[] = [
    { label: t('field.name'), value: (u) => u.name, sort: 'name' },
    { label: t('field.email'), value: (u) => u.email, sort: 'email' },
    { label: t('field.role'), value: (u) => t(`role.${u.role}`) },
    { label: t('field.status'), value: (u) => t(`userStatus.${u.status}`) },
    {
      label: t('field.invitation'),
      value: (u) => <InvitationCell key={`${u.id}:${u.status}`} userId={u.id} invitation={u.invitation} canManage={role === 'admin'} />,
    },
  ];
  const fields: Field[] = [
    { name: 'name', label: t('field.name'), required: true },
    { name: 'email', label: t('field.email'), type: 'email', required: true },
    { name: 'role', label: t('field.role'), type: 'select', options: roles, required: true },
    { name: 'status', label: t('field.status'), type: 'select', options: statuses },
  ];
  return (
    <ResourcePage<User>
      title={t('users.title')}
      {...LIST}
      canWrite={role === 'admin'}
      columns={columns}
      fields={fields}
      toForm={(u) => ({ name: u.name, email: u.email, role: u.role, status: u.status === 'invited' ? '' : u.status })}
    />
  );
}
