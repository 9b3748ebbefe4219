import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';

type Role = SessionUser['role'];

interface Subject {
  id: string;
  code: string;
  name: string;
  description?: string;
}

export function SubjectsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<Subject>
      title="Subjects"
      endpoint="/subjects"
      defaultSort="code"
      canWrite={role === 'admin'}
      columns={[
        { label: 'Code', value: (s) => s.code, sort: 'code' },
        { label: 'Name', value: (s) => s.name, sort: 'name' },
      ]}
      fields={[
        { name: 'code', label: 'Code', required: true },
        { name: 'name', label: 'Name', required: true },
        { name: 'description', label: 'Description' },
      ]}
      toForm={(s) => ({ code: s.code, name: s.name, description: s.description ?? '' })}
    />
  );
}
