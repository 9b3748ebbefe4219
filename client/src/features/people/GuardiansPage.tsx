import { ResourcePage } from '../../components/ResourcePage';
import { ExportButton } from '../../components/ExportButton';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';

type Role = SessionUser['role'];

interface Guardian {
  id: string;
  firstName: string;
  lastName: string;
  relationship: string | null;
  contact: { email?: string; phone?: string };
  userId: string | null;
}

export function GuardiansPage({ role }: { role: Role }) {
  return (
    <>
      <ResourcePage<Guardian>
        title="Guardians"
        endpoint="/guardians"
        defaultSort="lastName"
        canWrite={role === 'admin'}
        columns={[
          { label: 'Name', value: (g) => `${g.firstName} ${g.lastName}`, sort: 'lastName' },
          { label: 'Relationship', value: (g) => g.relationship ?? '' },
          { label: 'Email', value: (g) => g.contact.email ?? '' },
          { label: 'Phone', value: (g) => g.contact.phone ?? '' },
          {
            label: 'Sign-in account',
            value: (g) => (
              <AccountCell
                endpoint="/guardians"
                id={g.id}
                name={`${g.firstName} ${g.lastName}`}
                userId={g.userId}
                email={g.contact.email}
                canManage={role === 'admin'}
              />
            ),
          },
        ]}
        fields={[
          { name: 'firstName', label: 'First name', required: true },
          { name: 'lastName', label: 'Last name', required: true },
          { name: 'relationship', label: 'Relationship' },
          { name: 'email', label: 'Email', type: 'email' },
          { name: 'phone', label: 'Phone' },
        ]}
        transform={({ email, phone, ...b }) =>
          email || phone ? { ...b, contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) } } : b
        }
        toForm={(g) => ({
          firstName: g.firstName,
          lastName: g.lastName,
          relationship: g.relationship ?? '',
          email: g.contact.email ?? '',
          phone: g.contact.phone ?? '',
        })}
      />
      <p className="row start no-print">
        <ExportButton endpoint="/guardians/export.csv" filename="guardians.csv" label="Export all as CSV" />
      </p>
    </>
  );
}
