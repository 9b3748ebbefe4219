import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { CreatedSchool } from '../api/schools';
import { schoolPath, schoolUrl } from '../school-links';

/** What the wizard made: the portal's address, how the first admin gets in, the DNS record of a custom domain. */
export function SchoolCreated({ created }: { created: CreatedSchool }) {
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
      <p className="row start">
        <Link to={schoolPath(created.id)}>Open {created.name}&apos;s page</Link>
        <Link to={paths.consoleSchools}>Back to the schools</Link>
      </p>
    </section>
  );
}
