import { useLogo } from '../../lib/logo';
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { SignInForm } from '../../components/SignInForm';
import type { PublicTenant } from '../../lib/public-tenant';
import type { SessionUser } from '../../lib/session';
import { login } from './school-api';

/** The school's sign-in page, in its colours and with its logo. */
export function LoginPage({ tenant, onSignedIn }: { tenant: PublicTenant; onSignedIn: (u: SessionUser) => void }) {
  const logo = useLogo(tenant.theme.logoUrl ?? tenant.logo);
  return (
    <main className="card" id="main">
      <header className="brand">
        {logo && <img src={logo} alt="" width={48} height={48} />}
        <div>
          <h1>{tenant.name}</h1>
          {tenant.motto && <p className="muted">{tenant.motto}</p>}
        </div>
      </header>
      <SignInForm
        label="Sign in"
        onSubmit={async (credentials) => onSignedIn(await login(credentials))}
        after={
          <p>
            <Link to={paths.forgotPassword}>Forgot password?</Link>
          </p>
        }
      />
    </main>
  );
}
