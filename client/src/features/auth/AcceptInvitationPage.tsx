import { Link } from 'react-router-dom';
import { acceptInvitation } from './school-api';
import { paths } from '../../config/paths';
import { PasswordLinkPage } from './NewPasswordForm';
import type { PublicTenant } from '../../lib/public-tenant';

/** The page a set-password link opens: choose a password once, then sign in. */
export function AcceptInvitationPage({ tenant }: { tenant: PublicTenant }) {
  return (
    <PasswordLinkPage
      schoolName={tenant.name}
      form={{
        title: 'Set your password',
        intro: 'Choose the password for your account (at least 10 characters).',
        submitLabel: 'Set password',
        deadLinkCode: 'INVALID_INVITATION',
      }}
      save={(token, password) => acceptInvitation({ token, password })}
      done="Your password is set. You can sign in now."
      dead={
        // A used, expired or revoked link will not work on a second try: say what to do instead of keeping the form.
        <>
          <p role="alert">
            This invitation link is invalid, already used or expired. If you already chose your password, sign in; otherwise ask the school
            office to send you a new invitation.
          </p>
          <p className="row start">
            <Link to={paths.home}>Sign in</Link>
            <Link to={paths.forgotPassword}>Forgot your password?</Link>
          </p>
        </>
      }
    />
  );
}
