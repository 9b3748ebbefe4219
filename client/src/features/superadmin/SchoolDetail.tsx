import { useState, type FormEvent } from 'react';
import { platformApi } from '../../lib/platform-api';
import { SchoolMessages } from './MessagingConsole';
import { useApi } from '../../lib/use-api';
import { AsyncState } from '../../components/AsyncState';
import { BarChart } from '../../components/BarChart';
import { PagedTable } from '../../components/DataTable';
import { getPage } from '../../lib/api';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { CustomDomain } from '../../components/CustomDomain';
import { FEATURES, schoolUrl, StatusActions } from './schools';

interface School {
  id: string;
  name: string;
  subdomain: string;
  customDomain: string | null;
  status: string;
  statusReason: string | null;
  purgeAt: string | null;
  trialEndsAt: string | null;
  databaseConfig: { databaseName: string; dedicated: boolean };
  features: Record<string, boolean>;
  subscription: { plan?: string; status?: string; endDate?: string };
  limits: { maxStudents: number; maxTeachers: number; maxStorageMb: number; requestsPerMinute: number };
  createdAt?: string;
}
interface Usage {
  students: number;
  teachers: number;
  users: number;
  storageBytes: number;
  limits: { maxStudents: number; maxTeachers: number; maxStorageMb: number; requestsPerMinute: number };
  requests: { last30Days: number; byDay: { day: string; requests: number }[] };
  activeUsersToday: number;
  history: { day: string; students: number; activeUsers: number; storageBytes: number }[];
  messages: { last30Days: { emails: number; sms: number; smsSegments: number } };
}
interface AuditEntry {
  id: string;
  actorEmail: string;
  action: string;
  details: unknown;
  ip: string | null;
  at: string;
}
interface StatusChange {
  from: string;
  to: string;
  actor: string;
  reason: string | null;
  at: string;
}
interface OverviewData {
  schools: number;
  byStatus: Record<string, number>;
  growth: { month: string; created: number; total: number }[];
  busiest: { tenantId: string; name: string; subdomain: string; requests: number }[];
}

const STATUS_COLOURS: Record<string, string> = {
  active: '#15803d',
  trial: '#1d4ed8',
  suspended: '#b45309',
  deleted: '#b91c1c',
  provisioning: '#6b7280',
};
const bytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 ** 2).toFixed(1)} MB`);
const LIMITS = [
  ['maxStudents', 'Max students'],
  ['maxTeachers', 'Max teachers'],
  ['maxStorageMb', 'Storage (MB)'],
  ['requestsPerMinute', 'Requests a minute'],
] as const;
const when = (iso: string) => new Date(iso).toLocaleString();

/** The platform at a glance: schools by status, growth per month, busiest schools this week. */
export function Overview({ onOpen }: { onOpen: (id: string) => void }) {
  const o = useApi(async () => (await platformApi.get<OverviewData>('/overview')).data, []);
  return (
    <section>
      <h1>Overview</h1>
      <AsyncState loading={o.loading} error={o.error}>
        {o.data && (
          <>
            <p className="tile">
              <strong>{o.data.schools}</strong> schools
            </p>
            <div className="charts">
              <BarChart
                title="Schools by status"
                bars={Object.entries(o.data.byStatus).map(([label, value]) => ({ label, value, color: STATUS_COLOURS[label] }))}
              />
              <BarChart title="Schools on the platform, by month" bars={o.data.growth.map((g) => ({ label: g.month, value: g.total }))} />
              <div className="chart">
                <strong>Busiest schools (requests, last 7 days)</strong>
                {o.data.busiest.length === 0 ? (
                  <p className="muted">No requests yet.</p>
                ) : (
                  <ol>
                    {o.data.busiest.map((b) => (
                      <li key={b.tenantId}>
                        <button type="button" className="link" onClick={() => onOpen(b.tenantId)}>
                          {b.name}
                        </button>{' '}
                        {b.requests.toLocaleString()}
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            </div>
          </>
        )}
      </AsyncState>
    </section>
  );
}

/** One school: facts, usage against its limits, status history, audit log; edit, suspend, activate, delete. */
export function SchoolDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const [editing, setEditing] = useState(false);
  const school = useApi(async () => (await platformApi.get<School>(`/tenants/${id}`)).data, [id]);
  const usage = useApi(async () => (await platformApi.get<Usage>(`/tenants/${id}/usage`)).data, [id]);
  const s = school.data;
  return (
    <section>
      <button type="button" className="link" onClick={onBack}>
        ← All schools
      </button>
      <AsyncState loading={school.loading} error={school.error}>
        {s && (
          <>
            <header className="row start">
              <h1>{s.name}</h1>
              <span className="badge">{s.status}</span>
              <button type="button" className="secondary" onClick={() => setEditing(!editing)} aria-expanded={editing}>
                Edit
              </button>
              <StatusActions school={s} onChanged={school.reload} className="secondary" />
            </header>
            {editing && <EditSchool school={s} onDone={() => (setEditing(false), school.reload())} />}
            <dl className="facts">
              <dt>Portal</dt>
              <dd>
                <a href={schoolUrl(s.subdomain)}>{schoolUrl(s.subdomain)}</a>
                {s.customDomain && <> and {s.customDomain}</>}
              </dd>
              <dt>Plan</dt>
              <dd>
                {s.subscription.plan ?? '—'} ({s.subscription.status ?? 'no subscription status'})
              </dd>
              <dt>Limits</dt>
              <dd>
                {s.limits.maxStudents.toLocaleString()} students, {s.limits.maxTeachers.toLocaleString()} teachers,{' '}
                {s.limits.maxStorageMb.toLocaleString()} MB, {s.limits.requestsPerMinute.toLocaleString()} requests a minute
              </dd>
              <dt>Features</dt>
              <dd>
                {Object.entries(s.features)
                  .filter(([, on]) => on)
                  .map(([f]) => f)
                  .join(', ') || 'none'}
              </dd>
              <dt>Database</dt>
              <dd>
                {s.databaseConfig.databaseName} ({s.databaseConfig.dedicated ? 'dedicated server' : 'shared cluster'})
              </dd>
              {s.statusReason && (
                <>
                  <dt>Status reason</dt>
                  <dd>{s.statusReason}</dd>
                </>
              )}
              {s.status === 'trial' && s.trialEndsAt && (
                <>
                  <dt>Trial ends</dt>
                  <dd>{when(s.trialEndsAt)}</dd>
                </>
              )}
              {s.purgeAt && (
                <>
                  <dt>Purged on</dt>
                  <dd>{when(s.purgeAt)}</dd>
                </>
              )}
              {s.createdAt && (
                <>
                  <dt>Created</dt>
                  <dd>{when(s.createdAt)}</dd>
                </>
              )}
            </dl>
          </>
        )}
      </AsyncState>
      <CustomDomain client={platformApi} path={`/tenants/${id}/domain`} />
      <h2>Usage</h2>
      <AsyncState loading={usage.loading} error={usage.error}>
        {usage.data && (
          <div className="charts">
            <BarChart
              title="Against the plan's limits"
              bars={[
                {
                  label: 'students',
                  value: usage.data.students / Math.max(usage.data.limits.maxStudents, 1),
                  text: `${usage.data.students.toLocaleString()} of ${usage.data.limits.maxStudents.toLocaleString()}`,
                },
                {
                  label: 'teachers',
                  value: usage.data.teachers / Math.max(usage.data.limits.maxTeachers, 1),
                  text: `${usage.data.teachers.toLocaleString()} of ${usage.data.limits.maxTeachers.toLocaleString()}`,
                },
                {
                  label: 'storage',
                  value: usage.data.storageBytes / Math.max(usage.data.limits.maxStorageMb * 1024 * 1024, 1),
                  text: `${bytes(usage.data.storageBytes)} of ${usage.data.limits.maxStorageMb.toLocaleString()} MB`,
                },
              ]}
              max={1}
            />
            <p className="tile">
              <strong>{bytes(usage.data.storageBytes)}</strong> stored · {usage.data.users.toLocaleString()} user account
              {usage.data.users === 1 ? '' : 's'} · {usage.data.requests.last30Days.toLocaleString()} requests in 30 days ·{' '}
              {usage.data.messages.last30Days.emails.toLocaleString()} emails and {usage.data.messages.last30Days.sms.toLocaleString()} SMS
              ({usage.data.messages.last30Days.smsSegments.toLocaleString()} segments) sent in 30 days
            </p>
            <BarChart
              title="Requests per day (last 14 days)"
              bars={usage.data.requests.byDay.slice(-14).map((d) => ({ label: d.day.slice(5), value: d.requests }))}
            />
            {usage.data.history.length > 0 && (
              <BarChart
                title="Accounts signed in, per day (daily snapshots)"
                bars={usage.data.history.slice(-14).map((d) => ({ label: d.day.slice(5), value: d.activeUsers }))}
              />
            )}
          </div>
        )}
      </AsyncState>
      <SchoolMessages id={id} />
      <SchoolAudit id={id} version={school.data} />
    </section>
  );
}

/** The school's status history, then its lines of the platform audit log. */
function SchoolAudit({ id, version }: { id: string; version: unknown }) {
  const [page, setPage] = useState(1);
  const log = useApi(() => getPage<AuditEntry>('/audit', { tenantId: id, page, limit: 20 }, platformApi), [id, page, version]);
  const history = useApi(
    async () => (await platformApi.get<{ data: StatusChange[] }>(`/tenants/${id}/status-history`)).data.data,
    [id, version],
  );
  return (
    <>
      <h2>Status history</h2>
      <AsyncState loading={history.loading} error={history.error} empty={history.data?.length === 0}>
        <ol>
          {history.data?.map((e) => (
            <li key={`${e.at}-${e.to}`}>
              {when(e.at)}: {e.from} → <strong>{e.to}</strong> by {e.actor}
              {e.reason && <> ({e.reason})</>}
            </li>
          ))}
        </ol>
      </AsyncState>
      <h2>Audit log</h2>
      <PagedTable
        list={log}
        noun="entries"
        onPage={setPage}
        columns={[
          { label: 'When', value: (e) => when(e.at) },
          { label: 'Who', value: (e) => e.actorEmail },
          { label: 'Action', value: (e) => e.action },
          { label: 'Details', value: (e) => <code>{e.details ? JSON.stringify(e.details) : ''}</code> },
        ]}
      />
    </>
  );
}

function EditSchool({ school, onDone }: { school: School; onDone: () => void }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    try {
      await platformApi.patch(`/tenants/${school.id}`, {
        name: String(f.get('name') ?? '').trim(),
        subscription: { plan: f.get('plan') },
        limits: Object.fromEntries(LIMITS.map(([k]) => [k, Number(f.get(k))])),
        features: Object.fromEntries(FEATURES.map((k) => [k, f.get(`feature.${k}`) === 'on'])),
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={`Edit ${school.name}`} noValidate>
      <Field label="Name" name="name" errors={errors}>
        <input name="name" defaultValue={school.name} />
      </Field>
      <div className="row">
        <label>
          Plan
          <select name="plan" defaultValue={school.subscription.plan ?? 'basic'}>
            {['basic', 'standard', 'premium'].map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        {LIMITS.map(([k, label]) => (
          <label key={k}>
            {label} <input name={k} type="number" min="0" defaultValue={school.limits[k]} />
          </label>
        ))}
      </div>
      <FieldError errors={errors} name="limits" />
      <fieldset>
        <legend>Features</legend>
        {FEATURES.map((k) => (
          <label key={k} className="inline">
            <input type="checkbox" name={`feature.${k}`} defaultChecked={Boolean(school.features[k])} /> {k}
          </label>
        ))}
      </fieldset>
      <FormError errors={errors} />
      <button type="submit">Save changes</button>
    </form>
  );
}
