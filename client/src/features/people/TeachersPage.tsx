import { ResourcePage } from '../../components/ResourcePage';
import { ExportButton } from '../../components/ExportButton';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';

type Role = SessionUser['role'];

interface Staff {
  id: string;
  employeeNumber: string;
  kind: string;
  firstName: string;
  lastName: string;
  status: string;
  contact: { email?: string; phone?: string };
  userId: string | null;
}

export function TeachersPage({ role }: { role: Role }) {
  return (
    <>
      <ResourcePage<Staff>
        title="Teachers and staff"
        endpoint="/teachers"
        defaultSort="lastName"
        canWrite={role === 'admin'}
        columns={[
          { label: 'No.', value: (s) => s.employeeNumber, sort: 'employeeNumber' },
          { label: 'Name', value: (s) => `${s.firstName} ${s.lastName}`, sort: 'lastName' },
          { label: 'Kind', value: (s) => s.kind },
          { label: 'Status', value: (s) => s.status },
          {
            label: 'Sign-in account',
            value: (s) => (
              <AccountCell
                endpoint="/teachers"
                id={s.id}
                name={`${s.firstName} ${s.lastName}`}
                userId={s.userId}
                email={s.contact.email}
                canManage={role === 'admin'}
              />
            ),
          },
        ]}
        fields={[
          { name: 'firstName', label: 'First name', required: true },
          { name: 'lastName', label: 'Last name', required: true },
          {
            name: 'kind',
            label: 'Kind',
            type: 'select',
            options: [
              { value: 'teacher', label: 'teacher' },
              { value: 'staff', label: 'staff' },
            ],
          },
        ]}
        toForm={(s) => ({ firstName: s.firstName, lastName: s.lastName, kind: s.kind })}
      />
      <p className="row start no-print">
        <ExportButton endpoint="/teachers/export.csv" filename="teachers.csv" label="Export all as CSV" />
      </p>
    </>
  );
}
