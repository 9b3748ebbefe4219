import { Link } from 'react-router-dom';
import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import { useApi } from '../../lib/use-api';
import type { SessionUser } from '../../lib/session';
import { loadOptions } from '../../lib/school-options';

type Role = SessionUser['role'];
const GENDERS = ['female', 'male', 'other', 'unspecified'].map((g) => ({ value: g, label: g }));

interface Student {
  id: string;
  admissionNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  gender: string;
  status: string;
  classId: string | null;
  sectionId: string | null;
}

/** Students; admins add them with a class placement in one select. */
export function StudentsPage({ role }: { role: Role }) {
  const options = useApi(loadOptions, []);
  return (
    <AsyncState loading={options.loading} error={options.error}>
      <ResourcePage<Student>
        title="Students"
        endpoint="/students"
        defaultSort="lastName"
        canWrite={role === 'admin'}
        columns={[
          { label: 'Admission no.', value: (s) => s.admissionNumber, sort: 'admissionNumber' },
          {
            label: 'Name',
            value: (s) => (
              <Link to={`/students/${s.id}`}>
                {s.firstName} {s.lastName}
              </Link>
            ),
            sort: 'lastName',
          },
          { label: 'Class', value: (s) => options.data?.sections.find((o) => o.value === `${s.classId}:${s.sectionId}`)?.label ?? '—' },
          { label: 'Status', value: (s) => s.status },
        ]}
        fields={[
          { name: 'firstName', label: 'First name', required: true },
          { name: 'lastName', label: 'Last name', required: true },
          { name: 'dateOfBirth', label: 'Date of birth', type: 'date' },
          { name: 'gender', label: 'Gender', type: 'select', options: GENDERS },
          { name: 'placement', label: 'Class and section', type: 'select', options: options.data?.sections ?? [] },
        ]}
        transform={({ placement, ...b }) => {
          const [classId, sectionId] = String(placement ?? '').split(':');
          return classId && sectionId ? { ...b, classId, sectionId } : b;
        }}
        toForm={(s) => ({ firstName: s.firstName, lastName: s.lastName, dateOfBirth: s.dateOfBirth ?? '', gender: s.gender })}
      />
    </AsyncState>
  );
}
