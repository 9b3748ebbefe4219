import { NavLink, Outlet } from 'react-router-dom';
import type { SessionUser } from '../../lib/session';
import type { PublicTenant } from '../auth/school-api';
import { visibleNav } from './nav';

/** The signed-in frame: school name, role-aware navigation, the "me" menu. */
export function Shell({ tenant, user, onSignOut }: { tenant: PublicTenant; user: SessionUser; onSignOut: () => void }) {
  return (
    <div className="shell">
      <header className="topbar">
        <strong>{tenant.name}</strong>
        <nav aria-label="Main">
          {visibleNav(user.role, tenant.features).map((item) => (
            <NavLink key={item.to} to={item.to} end>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <details className="me">
          <summary>
            {user.name} <span className="muted">({user.role})</span>
          </summary>
          <p className="muted">{user.email}</p>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </details>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}
