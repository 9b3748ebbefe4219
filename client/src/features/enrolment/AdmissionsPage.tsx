import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../lib/api';
import { useApi } from '../../lib/use-api';
import { errorBody } from '../../lib/http';
import type { SessionUser } from '../../lib/session';
import { AsyncState } from '../../components/AsyncState';
import { Pager } from '../../components/Pager';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { loadOptions } from '../records/options';

interface Application {
  id: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string | null;
  gradeLevelId: string;
  guardian: { firstName: string; lastName: string; email: string | null; phone: string | null };
  status: 'applied' | 'accepted' | 'rejected' | 'enrolled';
  decisionReason: string | null;
  studentId: string | null;
}
type Options = Awaited<ReturnType<typeof loadOptions>>;

/** Applications from applied to accepted to enrolled (or rejected, with a reason). */
export function AdmissionsPage({ role }: { role: SessionUser['role'] }) {
  const [filters, setFilters] = useState({ status: '', page: 1 });
  const [creating, setCreating] = useState(false);
  const [enrolling, setEnrolling] = useState<Application | null>(null);
  const options = useApi(loadOptions, []);
  const list = useApi(
    async () =>
      (
        await api.get<{ data: Application[]; page: number; totalPages: number; total: number }>('/admissions', {
          params: { page: filters.page, limit: 20, ...(filters.status ? { status: filters.status } : {}) },
        })
      ).data,
    [filters.status, filters.page],
  );
  const canWrite = role === 'admin';
  const decide = async (a: Application, action: 'accept' | 'reject') => {
    const reason = action === 'reject' ? window.prompt(`Why is ${a.firstName} ${a.lastName}'s application rejected?`) : '';
    if (reason === null) return;
    try {
      await api.post(`/admissions/${a.id}/${action}`, reason ? { reason } : {});
      list.reload();
    } catch (err) {
      window.alert(errorBody(err)?.message ?? 'Could not change the application');
    }
  };
  return (
    <section>
      <header className="row">
        <h1>Admissions</h1>
        {canWrite && (
          <button type="button" onClick={() => setCreating(true)}>
            New application
          </button>
        )}
      </header>
      {creating && options.data && (
        <ApplicationForm options={options.data} onDone={() => (setCreating(false), list.reload())} onCancel={() => setCreating(false)} />
      )}
      {enrolling && options.data && (
        <EnrolForm
          application={enrolling}
          options={options.data}
          onDone={() => (setEnrolling(null), list.reload())}
          onCancel={() => setEnrolling(null)}
        />
      )}
      <div className="row">
        <label>
          Status
          <select value={filters.status} onChange={(e) => setFilters({ status: e.target.value, page: 1 })}>
            <option value="">Any</option>
            {['applied', 'accepted', 'rejected', 'enrolled'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <AsyncState loading={list.loading || options.loading} error={list.error ?? options.error} empty={list.data?.total === 0}>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Applicant</th>
                <th scope="col">Grade</th>
                <th scope="col">Guardian</th>
                <th scope="col">Status</th>
                {canWrite && <th scope="col">Actions</th>}
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.studentId ? (
                      <Link to={`/students/${a.studentId}`}>{`${a.firstName} ${a.lastName}`}</Link>
                    ) : (
                      `${a.firstName} ${a.lastName}`
                    )}
                  </td>
                  <td>{options.data?.grades.find((g) => g.value === a.gradeLevelId)?.label}</td>
                  <td>
                    {a.guardian.firstName} {a.guardian.lastName} <span className="muted">{a.guardian.email ?? a.guardian.phone}</span>
                  </td>
                  <td>
                    {a.status}
                    {a.decisionReason && <span className="muted"> ({a.decisionReason})</span>}
                  </td>
                  {canWrite && (
                    <td>
                      {a.status === 'applied' && (
                        <>
                          <button type="button" className="link" onClick={() => void decide(a, 'accept')}>
                            Accept
                          </button>{' '}
                          <button type="button" className="link" onClick={() => void decide(a, 'reject')}>
                            Reject
                          </button>
                        </>
                      )}
                      {a.status === 'accepted' && (
                        <button type="button" className="link" onClick={() => setEnrolling(a)}>
                          Enrol
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.data && (
          <Pager
            page={list.data.page}
            totalPages={list.data.totalPages}
            total={list.data.total}
            noun="applications"
            onPage={(page) => setFilters({ ...filters, page })}
          />
        )}
      </AsyncState>
    </section>
  );
}

function ApplicationForm({ options, onDone, onCancel }: { options: Options; onDone: () => void; onCancel: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    const optional = (k: string, as = k) => (v(k) ? { [as]: v(k) } : {});
    try {
      await api.post('/admissions', {
        firstName: v('firstName'),
        lastName: v('lastName'),
        gradeLevelId: v('gradeLevelId'),
        ...optional('dateOfBirth'),
        ...optional('notes'),
        guardian: {
          firstName: v('gFirstName'),
          lastName: v('gLastName'),
          ...optional('relationship'),
          ...optional('email'),
          ...optional('phone'),
        },
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const input = (name: string, label: string, type = 'text', errorPath?: string) => (
    <Field label={label} name={errorPath ?? name} errors={errors}>
      <input name={name} type={type} />
    </Field>
  );
  return (
    <form className="card-item" onSubmit={submit} aria-label="New application" noValidate>
      <div className="row">
        {input('firstName', 'First name')}
        {input('lastName', 'Last name')}
        {input('dateOfBirth', 'Date of birth', 'date')}
      </div>
      <Field label="Grade applied for" name="gradeLevelId" errors={errors}>
        <select name="gradeLevelId">
          <option value="">Choose…</option>
          {options.grades.map((g) => (
            <option key={g.value} value={g.value}>
              {g.label}
            </option>
          ))}
        </select>
      </Field>
      <fieldset>
        <legend>Guardian</legend>
        <div className="row">
          {input('gFirstName', 'First name', 'text', 'guardian.firstName')}
          {input('gLastName', 'Last name', 'text', 'guardian.lastName')}
          {input('relationship', 'Relationship', 'text', 'guardian.relationship')}
        </div>
        <div className="row">
          {input('email', 'Email', 'email', 'guardian.email')}
          {input('phone', 'Phone', 'tel', 'guardian.phone')}
        </div>
      </fieldset>
      <label>
        Notes <textarea name="notes" rows={2} maxLength={1000} />
      </label>
      <FormError errors={errors} />
      <div className="row">
        <button type="submit">Save application</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function EnrolForm({
  application,
  options,
  onDone,
  onCancel,
}: {
  application: Application;
  options: Options;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const [classId, sectionId] = String(new FormData(e.currentTarget).get('placement') ?? '').split(':');
    try {
      await api.post(`/admissions/${application.id}/enrol`, { classId, sectionId });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={`Enrol ${application.firstName} ${application.lastName}`}>
      <h2>
        Enrol {application.firstName} {application.lastName}
      </h2>
      <label>
        Class and section
        <select name="placement" required>
          {options.sections.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <FieldError errors={errors} name="sectionId" />
      </label>
      <p className="muted">The guardian is matched by email or phone and never added twice.</p>
      <FormError errors={errors} />
      <div className="row">
        <button type="submit">Enrol</button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
