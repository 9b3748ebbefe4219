import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { errorBody } from '../../lib/http';
import { ResourcePage } from '../../components/ResourcePage';
import { AsyncState } from '../../components/AsyncState';
import { useApi } from '../../lib/use-api';
import type { SessionUser } from '../../lib/session';
import { loadOptions } from './options';
import { InvitationCell } from './InvitationCell';
import { AccountCell } from './AccountCell';
import type { InvitationInfo } from './invitation-api';

type Role = SessionUser['role'];
const GENDERS = ['female', 'male', 'other', 'unspecified'].map((g) => ({ value: g, label: g }));

interface Subject {
  id: string;
  code: string;
  name: string;
  description?: string;
}
interface Klass {
  id: string;
  name: string;
  academicYearId: string;
  gradeLevelId: string;
  sections: { id: string; name: string; capacity: number }[];
}
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

export function ClassesPage({ role }: { role: Role }) {
  const options = useApi(loadOptions, []);
  return (
    <AsyncState loading={options.loading} error={options.error}>
      <ResourcePage<Klass>
        title="Classes"
        endpoint="/classes"
        defaultSort="name"
        canWrite={role === 'admin'}
        columns={[
          { label: 'Class', value: (c) => c.name, sort: 'name' },
          {
            label: 'Sections',
            value: (c) => (role === 'admin' ? <SectionsCell klass={c} /> : c.sections.map((s) => s.name).join(', ') || '—'),
          },
          { label: 'Grade', value: (c) => options.data?.grades.find((g) => g.value === c.gradeLevelId)?.label ?? '' },
        ]}
        fields={[
          { name: 'name', label: 'Name', required: true },
          { name: 'academicYearId', label: 'Academic year', type: 'select', options: options.data?.years ?? [], required: true },
          { name: 'gradeLevelId', label: 'Grade level', type: 'select', options: options.data?.grades ?? [], required: true },
          { name: 'sections', label: 'Sections of a new class (comma separated, e.g. A, B)' },
        ]}
        transform={({ sections, ...b }) => {
          const names = String(sections ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
          // Sections are given when a class is created; later ones are added one by one.
          return names.length ? { ...b, sections: names.map((name) => ({ name })) } : b;
        }}
        toForm={(c) => ({ name: c.name, academicYearId: c.academicYearId, gradeLevelId: c.gradeLevelId })}
      />
    </AsyncState>
  );
}

/** A class's sections, each removable (when empty), and a button to add one. */
function SectionsCell({ klass }: { klass: Klass }) {
  const [sections, setSections] = useState(klass.sections);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    const name = window.prompt(`Name of the new section of ${klass.name}`)?.trim();
    if (!name) return;
    try {
      setSections((await api.post<Klass>(`/classes/${klass.id}/sections`, { name })).data.sections);
      setError(null);
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not add the section');
    }
  };
  const remove = async (s: Klass['sections'][number]) => {
    if (!window.confirm(`Remove section ${klass.name} ${s.name}?`)) return;
    try {
      await api.delete(`/classes/${klass.id}/sections/${s.id}`);
      setSections(sections.filter((x) => x.id !== s.id));
      setError(null);
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not remove the section');
    }
  };
  return (
    <>
      {sections.map((s) => (
        <span key={s.id} className="chip">
          {s.name}{' '}
          <button type="button" className="link" aria-label={`Remove section ${klass.name} ${s.name}`} onClick={() => void remove(s)}>
            ×
          </button>
        </span>
      ))}
      <button type="button" className="link" onClick={() => void add()}>
        Add section
      </button>
      {error && (
        <span className="field-error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}

export function TeachersPage({ role }: { role: Role }) {
  return (
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
  );
}

/** Students; admins add them with a class placement in one select. */
export function StudentsAdminPage({ role }: { role: Role }) {
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

interface Guardian {
  id: string;
  firstName: string;
  lastName: string;
  relationship: string | null;
  contact: { email?: string; phone?: string };
  userId: string | null;
}
interface GradeLevel {
  id: string;
  name: string;
  order: number;
}
interface Year {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  isCurrent: boolean;
  terms: { name: string; startDate: string; endDate: string }[];
}
interface User {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
  invitation?: InvitationInfo;
}

export function GuardiansPage({ role }: { role: Role }) {
  return (
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
  );
}

export function GradeLevelsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<GradeLevel>
      title="Grade levels"
      endpoint="/grade-levels"
      defaultSort="order"
      searchable={false}
      canWrite={role === 'admin'}
      columns={[
        { label: 'Order', value: (g) => g.order, sort: 'order' },
        { label: 'Name', value: (g) => g.name, sort: 'name' },
      ]}
      fields={[
        { name: 'name', label: 'Name', required: true },
        { name: 'order', label: 'Order', type: 'number', required: true },
      ]}
      toForm={(g) => ({ name: g.name, order: String(g.order) })}
    />
  );
}

export function AcademicYearsPage({ role }: { role: Role }) {
  return (
    <ResourcePage<Year>
      title="Academic years"
      endpoint="/academic-years"
      defaultSort="-startDate"
      searchable={false}
      canWrite={role === 'admin'}
      columns={[
        { label: 'Year', value: (y) => (y.isCurrent ? `${y.name} (current)` : y.name), sort: 'name' },
        { label: 'From', value: (y) => y.startDate, sort: 'startDate' },
        { label: 'To', value: (y) => y.endDate },
        { label: 'Terms', value: (y) => y.terms.map((t) => t.name).join(', ') || '—' },
      ]}
      fields={[
        { name: 'name', label: 'Name', required: true },
        { name: 'startDate', label: 'Starts', type: 'date', required: true },
        { name: 'endDate', label: 'Ends', type: 'date', required: true },
        { name: 'terms', label: 'Terms, one per line: name, first day, last day', type: 'textarea' },
      ]}
      transform={({ terms, ...b }) =>
        terms === undefined
          ? b
          : {
              ...b,
              terms: String(terms)
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .map((l) => {
                  const [name = '', startDate = '', endDate = ''] = l.split(',').map((p) => p.trim());
                  return { name, startDate, endDate };
                }),
            }
      }
      toForm={(y) => ({
        name: y.name,
        startDate: y.startDate,
        endDate: y.endDate,
        terms: y.terms.map((t) => `${t.name}, ${t.startDate}, ${t.endDate}`).join('\n'),
      })}
    />
  );
}

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
        { name: 'password', label: 'Password (new users: leave empty to invite them by email)', type: 'password' },
        { name: 'status', label: 'Status', type: 'select', options: ['active', 'disabled'].map((v) => ({ value: v, label: v })) },
      ]}
      toForm={(u) => ({ name: u.name, email: u.email, role: u.role, status: u.status === 'invited' ? '' : u.status })}
    />
  );
}

interface Exam {
  id: string;
  name: string;
  termId: string;
  classId: string;
  subjectId: string;
  maxMarks: number;
  weight: number;
  date: string | null;
  status: string;
}

/** Exams per term, class and subject; publishing one shows its marks to parents and students. */
export function ExamsPage({ role }: { role: Role }) {
  const options = useApi(loadOptions, []);
  const label = (list: { value: string; label: string }[] | undefined, id: string) => list?.find((o) => o.value === id)?.label ?? '';
  return (
    <AsyncState loading={options.loading} error={options.error}>
      <ResourcePage<Exam>
        title="Exams"
        endpoint="/exams"
        defaultSort="date"
        searchable={false}
        canWrite={role === 'admin'}
        columns={[
          { label: 'Exam', value: (e) => e.name, sort: 'name' },
          { label: 'Date', value: (e) => e.date ?? '', sort: 'date' },
          { label: 'Class', value: (e) => label(options.data?.classes, e.classId) },
          { label: 'Subject', value: (e) => label(options.data?.subjects, e.subjectId) },
          { label: 'Out of', value: (e) => e.maxMarks },
          { label: 'Status', value: (e) => e.status },
        ]}
        fields={[
          { name: 'name', label: 'Name', required: true },
          { name: 'termId', label: 'Term (new exams)', type: 'select', options: options.data?.terms ?? [] },
          { name: 'classId', label: 'Class (new exams)', type: 'select', options: options.data?.classes ?? [] },
          { name: 'subjectId', label: 'Subject (new exams)', type: 'select', options: options.data?.subjects ?? [] },
          { name: 'maxMarks', label: 'Out of', type: 'number', required: true },
          { name: 'weight', label: 'Weight', type: 'number' },
          { name: 'date', label: 'Date', type: 'date' },
          {
            name: 'status',
            label: 'Status (existing exams)',
            type: 'select',
            options: ['draft', 'published'].map((v) => ({ value: v, label: v })),
          },
        ]}
        toForm={(e) => ({ name: e.name, maxMarks: String(e.maxMarks), weight: String(e.weight), date: e.date ?? '', status: e.status })}
      />
    </AsyncState>
  );
}
