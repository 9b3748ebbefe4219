import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { paths } from '../../config/paths';
import { Link } from 'react-router-dom';
import { PagedTable, type Column } from '../../components/DataTable';
import { ExportButton, PrintButton } from '../../components/ExportButton';
import { Options } from '../../components/FormActions';
import { errorMessage } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { AccountCell } from './AccountCell';
import { RECORDS } from './api/accounts';
import { useSchoolOptions } from './api/options';
import { useStudents, type Student, type StudentList, type StudentPage } from './api/students';
import { StudentForm, useStudentStatusOptions } from './components/StudentForm';
import './people.css';

type Row = StudentPage['data'][number];

// An address and a file name, not words: kept out of the JSX the literal-string lint reads.
const EXPORT = { endpoint: '/students/export.csv', filename: 'students.csv' };

/** Students: search by full name, filters by class and status, export of what is shown; admins add students. */
export function StudentsPage({ role }: { role: SessionUser['role'] }) {
  const { t } = useTranslation('people');
  const statuses = useStudentStatusOptions();
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
    { label: t('field.admissionNumber'), value: (s) => s.admissionNumber, sort: 'admissionNumber' },
    {
      label: t('field.name'),
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
            label: t('field.class'),
            value: (s: Row) => sections.find((o) => o.value === `${s.classId}:${s.sectionId}`)?.label ?? (s.classId ? '…' : '—'),
          },
        ]
      : []),
    { label: t('field.status'), value: (s) => t(`studentStatus.${s.status}`) },
    ...(admin
      ? [
          {
            label: t('field.account'),
            value: (s: Row) => (
              <AccountCell
                endpoint={RECORDS.students}
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
        <h1>{t('students.title')}</h1>
        <span className="row start no-print">
          {admin && !adding && (
            <button type="button" onClick={() => setAdding(true)}>
              {t('students.add')}
            </button>
          )}
          <ExportButton {...EXPORT} params={filters} />
          <PrintButton />
        </span>
      </header>
      {adding && <StudentForm onDone={(saved) => (setAdding(false), setAdded(saved))} />}
      {added && (
        <p role="status">
          <Trans
            t={t}
            i18nKey="students.added"
            values={{ name: `${added.firstName} ${added.lastName}` }}
            components={{ page: <Link to={`/students/${added.id}`} /> }}
          />
        </p>
      )}
      <form
        className="row filters no-print"
        role="search"
        aria-label={t('students.find')}
        onSubmit={(e) => {
          e.preventDefault();
          const form = new FormData(e.currentTarget);
          const value = (name: string) => String(form.get(name) ?? '').trim() || undefined;
          set({ search: value('search'), classId: value('classId'), status: value('status') as StudentList['status'] });
        }}
      >
        <label>
          {t('students.searchLabel')} <input name="search" defaultValue={query.search ?? ''} />
        </label>
        {sections.length > 0 && (
          <label>
            {t('field.class')}{' '}
            <select name="classId" defaultValue={query.classId ?? ''}>
              <Options list={options.data?.classes ?? []} placeholder={t('students.all')} />
            </select>
          </label>
        )}
        <label>
          {t('field.status')}{' '}
          <select name="status" defaultValue={query.status ?? ''}>
            <Options list={statuses} placeholder={t('students.all')} />
          </select>
        </label>
        <button type="submit">{t('students.search')}</button>
      </form>
      <PagedTable
        list={{
          data: list.data ?? null,
          loading: list.isPending,
          error: list.error ? errorMessage(list.error) : null,
          reload: () => void list.refetch(),
        }}
        noun={t('students.noun')}
        emptyHint={
          query.search || query.classId || query.status
            ? { text: t('students.noMatch') }
            : role === 'admin'
              ? { text: t('students.emptyAdmin'), action: { to: paths.imports, label: t('students.importStudents') } }
              : { text: t('students.empty') }
        }
        columns={columns}
        onPage={(page) => setQuery({ ...query, page })}
        sort={query.sort}
        onSort={(sort) => set({ sort: sort as StudentList['sort'] })}
      />
    </section>
  );
}
