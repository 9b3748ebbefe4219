import type { School } from '../api/schools';
import { schoolUrl, subscriptionText, when } from '../school-links';

/** What a school is: portal, plan, limits, features, database, status reason and dates. */
export function SchoolFacts({ school: s }: { school: School }) {
  return (
    <dl className="facts">
      <dt>Portal</dt>
      <dd>
        <a href={schoolUrl(s.subdomain)}>{schoolUrl(s.subdomain)}</a>
        {s.customDomain && <> and {s.customDomain}</>}
      </dd>
      <dt>Plan</dt>
      <dd>
        {subscriptionText(s, 'plan') ?? '—'} ({subscriptionText(s, 'status') ?? 'no subscription status'})
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
  );
}
