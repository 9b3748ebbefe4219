import { useTranslation } from 'react-i18next';
import { ResourcePage, type Field } from '../../components/ResourcePage';
import { ExportButton } from '../../components/ExportButton';
import type { Column } from '../../components/DataTable';
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

// Addresses and field names, not words: kept out of the JSX the literal-string lint reads.
const LIST = { endpoint: '/guardians', defaultSort: 'lastName' } as const;
const EXPORT = { endpoint: '/guardians/export.csv', filename: 'guardians.csv' };

export function GuardiansPage({ role }: { role: Role }) {
  const { t } = useTranslation('people');
  const columns: Column<Guardian>[] = [
    { label: t('field.name'), value: (g) => `${g.firstName} ${g.lastName}`, sort: 'lastName' },
    { label: t('field.relationship'), value: (g) => g.relationship ?? '' },
    { label: t('field.email'), value: (g) => g.contact.email ?? '' },
    // A phone number keeps its digits in order inside a right-to-left page.
    { label: t('field.phone'), value: (g) => (g.contact.phone ? <bdi dir="ltr">{g.contact.phone}</bdi> : '') },
    {
      label: t('field.account'),
      value: (g) => (
        <AccountCell
          endpoint={LIST.endpoint}
          id={g.id}
          name={`${g.firstName} ${g.lastName}`}
          userId={g.userId}
          email={g.contact.email}
          canManage={role === 'admin'}
        />
      ),
    },
  ];
  const fields: Field[] = [
    { name: 'firstName', label: t('field.firstName'), required: true },
    { name: 'lastName', label: t('field.lastName'), required: true },
    { name: 'relationship', label: t('field.relationship') },
    { name: 'email', label: t('field.email'), type: 'email' },
    { name: 'phone', label: t('field.phone') },
  ];
  return (
    <>
      <ResourcePage<Guardian>
        title={t('guardians.title')}
        {...LIST}
        canWrite={role === 'admin'}
        columns={columns}
        fields={fields}
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
        <ExportButton {...EXPORT} label={t('guardians.exportAll')} />
      </p>
    </>
  );
}
