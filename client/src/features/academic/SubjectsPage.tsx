import { ResourcePage } from '../../components/ResourcePage';
import type { SessionUser } from '../../lib/session';
import type { Subject } from './api/academic';

type Role = SessionUser['role'];

export function SubjectsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<Subject>
      title="Subjects"
      endpoint="/subjects"
      defaultSort="code"
      canWrite={role === 'admin'}
      emptyHint={{ text: 'No subjects yet. Add the subjects taught, each with a short code (e.g. MATH).' }}
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
