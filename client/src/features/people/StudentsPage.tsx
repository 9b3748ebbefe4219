import { useState } from 'react';
import { paths } from '../../config/paths';
import { Link } from 'react-router-dom';
import { PagedTable, type Column } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { Options } from '../../components/FormActions';
import { errorMessage } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';
import { useSchoolOptions } from './api/options';
import { useStudents, type Student, type StudentList, type StudentPage } from './api/students';
import { STUDENT_STATUSES, StudentForm } from './components/StudentForm';
import './people.css';

type Row = StudentPage['data'][number];

/** Students: search by full name, filters by class and status, export of what is shown; admins add students. */
export function StudentsPage({ role }: { role: SessionUser['role'] }) {
  const admin = role === 'admin';
  const [added, setAdded] = useState<Student | null>(null);
  const [query, setQuery] = useState<Partial<StudentList>>({ page: 1, limit: 20, sort: 'lastName' });
  const [adding, setAdding] = useState(false);
  const list = useStudents(query);
  // Parents and students cannot list classes: their children's classes are on each child's page.
  const office = role === 'admin' || role === 'staff' || role === 'teacher';
  const options = useSchoolOptions(office);
  const sections = options.data?.sections ?? [];
  const set = (changes: Partial<StudentList>) => setQuery({ ...query, page: 1, ...changes });
  const filters = { search: query.search, classId: query.classId, status: query.status, sort: query.sort };

  const columns: Column<Row>[] = [
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
    ...(office
      ? [
          {
            label: 'Class',
            value: (s: Row) => sections.find((o) => o.value === `${s.classId}:${s.sectionId}`)?.label ?? (s.classId ? '…' : '—'),
          },
        ]
      : []),
    { label: 'Status', value: (s) => s.status },
    ...(admin
      ? [
          {
            label: 'Sign-in account',
            value: (s: Row) => (
              <AccountCell
                endpoint="/students"
                id={s.id}
                name={`${s.firstName} ${s.lastName}`}
                userId={s.userId}
                email={s.contact.email}
                canManage
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <section>
      <header className="row">
        <h1>Students</h1>
        <span className="row start no-print">
          {admin && !adding && (
            <button type="button" onClick={() => setAdding(true)}>
              Add
            </button>
          )}
          <ExportButton endpoint="/students/export.csv" params={filters} filename="students.csv" />
          <PrintButton />
        </span>
      </header>
      {adding && <StudentForm onDone={(saved) => (setAdding(false), setAdded(saved))} />}
      {added && (
        <p role="status">
          Added <Link to={`/students/${added.id}`}>{`${added.firstName} ${added.lastName}`}</Link>: open their page to attach guardians.
        </p>
      )}
      <form
        className="row filters no-print"
        role="search"
        aria-label="Find students"
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
          set({ search: value('search'), classId: value('classId'), status: value('status') as StudentList['status'] });
        }}
      >
        <label>
          Name or admission no. <input name="search" defaultValue={query.search ?? ''} />
        </label>
        {sections.length > 0 && (
          <label>
            Class{' '}
            <select name="classId" defaultValue={query.classId ?? ''}>
              <Options list={options.data?.classes ?? []} placeholder="All" />
            </select>
          </label>
        )}
        <label>
          Status{' '}
          <select name="status" defaultValue={query.status ?? ''}>
            <Options list={STUDENT_STATUSES} placeholder="All" />
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      <PagedTable
        list={{
          data: list.data ?? null,
          loading: list.isPending,
          error: list.error ? errorMessage(list.error) : null,
          reload: () => void list.refetch(),
        }}
        noun="students"
        emptyHint={
          query.search || query.classId || query.status
            ? { text: 'No students match these filters.' }
            : role === 'admin'
              ? {
                  text: 'No students yet. Use Add to enrol the first, or import a list.',
                  action: { to: paths.imports, label: 'Import students' },
                }
              : { text: 'No students yet.' }
        }
        columns={columns}
        onPage={(page) => setQuery({ ...query, page })}
        sort={query.sort}
        onSort={(sort) => set({ sort: sort as StudentList['sort'] })}
      />
    </section>
  );
}
