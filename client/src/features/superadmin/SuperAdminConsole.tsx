import { useEffect, useState, type FormEvent } from 'react';
import { PagedTable } from '../../components/DataTable';
import { getPage } from '../../lib/api';
import { errorBody, restore, signOut } from '../../lib/http';
import { platformApi, platformSession, type Operator } from '../../lib/platform-api';
import { useApi } from '../../lib/use-api';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field } from '../../components/FormErrors';
import { Overview, SchoolDetail } from './SchoolDetail';
import { MessagingConsole } from './MessagingConsole';
import { FEATURES, schoolUrl, StatusActions, type TenantRow } from './schools';
import { BASE_DOMAIN } from '../../config/env';

/** /superadmin: platform operators sign in (never with a school session), see and manage the schools. */
export function SuperAdminConsole() {
  // null: not known yet (a reload trades the refresh cookie for a session first).
  const [signedIn, setSignedIn] = useState<boolean | null>(platformSession.token ? true : null);
  const [tab, setTab] = useState<'schools' | 'overview' | 'messages' | 'new'>('schools');
  const [selected, setSelected] = useState<string | null>(null);
  const show = (t: typeof tab) => (setTab(t), setSelected(null));
  useEffect(() => {
    let current = true;
    if (!platformSession.token) void restore(platformApi, platformSession).then((u) => current && setSignedIn(Boolean(u)));
    // A refresh refused underneath the console (signed out elsewhere, account disabled) brings back the sign-in page.
    const off = platformSession.subscribe(() => {
      if (!platformSession.token) setSignedIn(false);
    });
    return () => {
      current = false;
      off();
    };
  }, []);
  if (signedIn === null) return <p role="status">Loading…</p>;
  if (!signedIn) return <PlatformLogin onSignedIn={() => setSignedIn(true)} />;
  return (
    <div className="shell">
      <header className="topbar">
        <strong>Platform console</strong>
        <nav aria-label="Console">
          {(
            [
              ['schools', 'Schools'],
              ['overview', 'Overview'],
              ['messages', 'Messages'],
              ['new', 'New school'],
            ] as const
          ).map(([key, label]) => (
            <button
              key={key}
              type="button"
              className={tab === key ? 'link active' : 'link'}
              aria-current={tab === key ? 'page' : undefined}
              onClick={() => show(key)}
            >
              {label}
            </button>
          ))}
        </nav>
        <button
          type="button"
          onClick={() => {
            void signOut(platformApi, platformSession);
            setSignedIn(false);
          }}
        >
          Sign out
        </button>
      </header>
      <main className="content">
        {selected ? (
          <SchoolDetail id={selected} onBack={() => setSelected(null)} />
        ) : tab === 'schools' ? (
          <Schools onOpen={setSelected} />
        ) : tab === 'overview' ? (
          <Overview onOpen={setSelected} />
        ) : tab === 'messages' ? (
          <MessagingConsole onOpen={setSelected} />
        ) : (
          <NewSchoolWizard onCreated={() => show('schools')} />
        )}
      </main>
    </div>
  );
}

function PlatformLogin({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const { data } = await platformApi.post<{ accessToken: string; user: Operator }>('/auth/login', {
        email: form.get('email'),
        password: form.get('password'),
      });
      platformSession.set(data);
      onSignedIn();
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not sign in');
    }
  };
  return (
    <main className="card">
      <h1>Platform console</h1>
      <form onSubmit={submit} aria-label="Super admin sign in">
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

function Schools({ onOpen }: { onOpen: (id: string) => void }) {
  const [filters, setFilters] = useState({ search: '', status: '', plan: '', page: 1, sort: '-createdAt' });
  const list = useApi(
    () => getPage<TenantRow>('/tenants', { ...filters, limit: 20 }, platformApi),
    [filters.search, filters.status, filters.plan, filters.page, filters.sort],
  );
  return (
    <section>
      <h1>Schools</h1>
      <form
        className="row"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          setFilters({
            ...filters,
            search: String(f.get('search') ?? '').trim(),
            status: String(f.get('status') ?? ''),
            plan: String(f.get('plan') ?? ''),
            page: 1,
          });
        }}
      >
        <label>
          Search <input name="search" defaultValue={filters.search} />
        </label>
        <label>
          Status
          <select name="status" defaultValue={filters.status}>
            <option value="">Any</option>
            {['trial', 'active', 'suspended', 'deleted', 'provisioning'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Plan
          <select name="plan" defaultValue={filters.plan}>
            <option value="">Any</option>
            {['basic', 'standard', 'premium'].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <PagedTable
        list={list}
        noun="schools"
        onPage={(page) => setFilters({ ...filters, page })}
        sort={filters.sort}
        onSort={(sort) => setFilters({ ...filters, sort, page: 1 })}
        columns={[
          {
            label: 'Name',
            sort: 'name',
            value: (t) => (
              <button type="button" className="link" onClick={() => onOpen(t.id)}>
                {t.name}
              </button>
            ),
          },
          { label: 'Subdomain', sort: 'subdomain', value: (t) => <a href={schoolUrl(t.subdomain)}>{t.subdomain}</a> },
          { label: 'Plan', value: (t) => t.subscription.plan },
          { label: 'Status', value: (t) => t.status },
          { label: 'Created', sort: 'createdAt', value: (t) => (t.createdAt ? new Date(t.createdAt).toLocaleDateString() : '') },
          { label: 'Actions', value: (t) => <StatusActions school={t} onChanged={list.reload} className="link" /> },
        ]}
      />
    </section>
  );
}

interface Plan {
  plan: string;
  limits: { maxStudents: number; maxTeachers: number; maxStorageMb: number; requestsPerMinute: number };
  features: string[];
}

/** What a plan gives by default (the platform's plan table). */
function PlanSummary({ plan }: { plan: string }) {
  const plans = useApi(async () => (await platformApi.get<{ data: Plan[] }>('/plans')).data.data, []);
  const p = plans.data?.find((x) => x.plan === plan);
  if (!p) return null;
  return (
    <p className="muted" role="status">
      {p.limits.maxStudents.toLocaleString()} students, {p.limits.maxTeachers.toLocaleString()} teachers,{' '}
      {p.limits.maxStorageMb.toLocaleString()} MB, {p.limits.requestsPerMinute.toLocaleString()} requests a minute; features:{' '}
      {p.features.join(', ') || 'none'}.
    </p>
  );
}

/** Checks the subdomain as it is typed (debounced) against the platform. */
function useSubdomainCheck(subdomain: string) {
  const [result, setResult] = useState<{ available: boolean; reason: string | null } | null>(null);
  useEffect(() => {
    if (!subdomain) return;
    let current = true;
    const timer = setTimeout(() => {
      platformApi
        .get<{ available: boolean; reason: string | null }>(`/subdomains/${encodeURIComponent(subdomain)}`)
        .then((r) => current && setResult(r.data))
        .catch(() => current && setResult(null));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [subdomain]);
  return subdomain ? result : null;
}

function NewSchoolWizard({ onCreated }: { onCreated: () => void }) {
  const [step, setStep] = useState(1);
  const [values, setValues] = useState({
    name: '',
    subdomain: '',
    customDomain: '',
    plan: 'standard',
    features: [] as string[],
    adminName: '',
    adminEmail: '',
    adminPassword: '',
  });
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  type Created = { subdomain: string; pendingDomain: { record: { name: string; value: string } } | null; adminInvitationUrl?: string };
  const [created, setCreated] = useState<Created | null>(null);
  const check = useSubdomainCheck(values.subdomain.trim().toLowerCase());
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues({ ...values, [k]: e.target.value });

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    try {
      const res = await platformApi.post<Created>('/tenants', {
        name: values.name,
        subdomain: values.subdomain.trim().toLowerCase(),
        ...(values.customDomain ? { customDomain: values.customDomain } : {}),
        plan: values.plan,
        features: Object.fromEntries(values.features.map((f) => [f, true])),
        // No password: the first admin is emailed an invitation to choose one.
        admin: { name: values.adminName, email: values.adminEmail, ...(values.adminPassword ? { password: values.adminPassword } : {}) },
      });
      setCreated(res.data);
    } catch (err) {
      const e2 = fieldErrors(err);
      setErrors(e2);
      if (e2.fields.name || e2.fields.subdomain || e2.fields.customDomain) setStep(1);
      else if (e2.fields.admin) setStep(3);
    }
  };

  if (created) {
    return (
      <section className="card-item">
        <h1>School created</h1>
        <p>
          Its portal is at <a href={schoolUrl(created.subdomain)}>{schoolUrl(created.subdomain)}</a>;{' '}
          {created.adminInvitationUrl
            ? 'its admin was emailed an invitation to choose a password.'
            : 'its admin can sign in there now (a welcome email is on its way).'}
        </p>
        {created.adminInvitationUrl && (
          <p>
            If the email does not arrive, pass on this link (valid 7 days):{' '}
            <code>{new URL(created.adminInvitationUrl, schoolUrl(created.subdomain)).toString()}</code>
          </p>
        )}
        {created.pendingDomain && (
          <p>
            Its custom domain routes once the school publishes the TXT record <code>{created.pendingDomain.record.name}</code> ={' '}
            <code>{created.pendingDomain.record.value}</code> and it is verified (school page or the school&apos;s settings).
          </p>
        )}
        <button type="button" onClick={onCreated}>
          Back to the schools
        </button>
      </section>
    );
  }
  return (
    <form className="card-item" onSubmit={submit} aria-label="New school">
      <h1>New school · step {step} of 3</h1>
      {step === 1 && (
        <>
          <Field label="School name" name="name" errors={errors}>
            <input value={values.name} onChange={set('name')} required />
          </Field>
          <Field label="Subdomain" name="subdomain" errors={errors}>
            <input value={values.subdomain} onChange={set('subdomain')} required aria-describedby="subdomain-check" />
          </Field>
          <span id="subdomain-check" role="status" className={check && !check.available ? 'field-error' : 'muted'}>
            {check ? (check.available ? `${values.subdomain.toLowerCase()}.${BASE_DOMAIN} is available` : check.reason) : ''}
          </span>
          <Field label="Custom domain (optional; routes once its DNS record is verified)" name="customDomain" errors={errors}>
            <input value={values.customDomain} onChange={set('customDomain')} placeholder="portal.school.org" />
          </Field>
          <button type="button" disabled={!values.name || !check?.available} onClick={() => setStep(2)}>
            Next
          </button>
        </>
      )}
      {step === 2 && (
        <>
          <label>
            Plan
            <select value={values.plan} onChange={set('plan')}>
              {['basic', 'standard', 'premium'].map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <PlanSummary plan={values.plan} />
          <fieldset>
            <legend>Extra features (on top of the plan)</legend>
            {FEATURES.map((f) => (
              <label key={f} className="inline">
                <input
                  type="checkbox"
                  checked={values.features.includes(f)}
                  onChange={(e) =>
                    setValues({ ...values, features: e.target.checked ? [...values.features, f] : values.features.filter((x) => x !== f) })
                  }
                />{' '}
                {f}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(1)}>
              Back
            </button>
            <button type="button" onClick={() => setStep(3)}>
              Next
            </button>
          </div>
        </>
      )}
      {step === 3 && (
        <>
          <Field label="First admin's name" name="admin.name" errors={errors}>
            <input value={values.adminName} onChange={set('adminName')} required />
          </Field>
          <Field label="First admin's email" name="admin.email" errors={errors}>
            <input type="email" value={values.adminEmail} onChange={set('adminEmail')} required />
          </Field>
          <Field label="First admin's password" name="admin.password" errors={errors}>
            <input
              type="password"
              value={values.adminPassword}
              onChange={set('adminPassword')}
              minLength={10}
              autoComplete="new-password"
            />
          </Field>
          <p className="muted">Leave the password empty to email the first admin an invitation to choose one.</p>
          {errors.form && <p role="alert">{errors.form}</p>}
          <div className="row">
            <button type="button" className="secondary" onClick={() => setStep(2)}>
              Back
            </button>
            <button type="submit">Create school</button>
          </div>
        </>
      )}
    </form>
  );
}
