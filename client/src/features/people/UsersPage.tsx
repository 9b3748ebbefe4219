import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';
import { InvitationCell } from './InvitationCell';
import type { InvitationInfo } from './invitation-api';

type Role = SessionUser['role'];

interface User {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  invitation?: InvitationInfo;
}

/** Accounts of the school. Adding one invites the person by email: they choose their own password, never the admin. */
export function UsersPage({ role }: { role: Role }) {
  const roles = ['admin', 'teacher', 'student', 'parent', 'staff'].map((r) => ({ value: r, label: r }));
  return (
    <ResourcePage<User>
      title="Users and roles"
      endpoint="/users"
      defaultSort="name"
      canWrite={role === 'admin'}
      columns={[
        { label: 'Name', value: (u) => u.name, sort: 'name' },
        { label: 'Email', value: (u) => u.email, sort: 'email' },
        { label: 'Role', value: (u) => u.role },
        { label: 'Status', value: (u) => u.status },
        {
          label: 'Invitation',
          value: (u) => <InvitationCell key={`${u.id}:${u.status}`} userId={u.id} invitation={u.invitation} canManage={role === 'admin'} />,
        },
      ]}
      fields={[
        { name: 'name', label: 'Name', required: true },
        { name: 'email', label: 'Email', type: 'email', required: true },
        { name: 'role', label: 'Role', type: 'select', options: roles, required: true },
        { name: 'status', label: 'Status', type: 'select', options: ['active', 'disabled'].map((v) => ({ value: v, label: v })) },
      ]}
      toForm={(u) => ({ name: u.name, email: u.email, role: u.role, status: u.status === 'invited' ? '' : u.status })}
    />
  );
}
