import { useLogo } from '../../lib/logo';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import type { SessionUser } from '../../lib/session';
import type { PublicTenant } from '../../lib/public-tenant';
import type { Language } from '../../i18n';
import { NAV_GROUPS, visibleNav } from './nav';
import { paths } from '../../config/paths';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { LanguageMenu } from '../../components/LanguageMenu';

/**
 * The signed-in frame: school name, the language menu, the "me" menu, and the role-aware
 * navigation in groups: a sidebar on wide screens, behind a Menu button on phones.
 */
export function Shell({
  tenant,
  user,
  onSignOut,
  onChooseLanguage,
}: {
  tenant: PublicTenant;
  user: SessionUser;
  onSignOut: () => void;
  /** Saves a language chosen in the header to the account. */
  onChooseLanguage: (lng: Language) => void;
}) {
  const { t } = useTranslation(['app', 'common']);
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const [seenPath, setSeenPath] = useState(location.pathname);
  if (seenPath !== location.pathname) {
    // Following a link closes the phone menu.
    setSeenPath(location.pathname);
    setMenuOpen(false);
  }
  const items = visibleNav(user.role, tenant.features);
  const logo = useLogo(tenant.theme.logoUrl ?? tenant.logo);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          {t('shell.menu')}
        </button>
        <Link to={paths.home} className="school-name">
          {logo && <img src={logo} alt="" width={28} height={28} />}
          <strong>{tenant.name}</strong>
        </Link>
        <LanguageMenu onChoose={onChooseLanguage} />
        <details className="me">
          <summary>
            <bdi>{user.name}</bdi> <span className="muted">({t(`role.${user.role}`)})</span>
          </summary>
          <p className="muted">
            <bdi>{user.email}</bdi>
          </p>
          <Link to={paths.account}>{t('shell.account')}</Link>
          <button type="button" onClick={onSignOut}>
            {t('shell.signOut')}
          </button>
        </details>
      </header>
      <div className="layout">
        <nav id="main-nav" aria-label={t('nav.label')} className={menuOpen ? 'sidebar open' : 'sidebar'}>
          {NAV_GROUPS.map((group) => {
            const links = items.filter((i) => i.group === group);
            if (links.length === 0) return null;
            return (
              <div key={group}>
                <h2 className="nav-group">{t(`nav.groups.${group}`)}</h2>
                {links.map((item) => (
                  <NavLink key={item.to} to={item.to} end>
                    {t(`nav.${item.label}`)}
                  </NavLink>
                ))}
              </div>
            );
          })}
        </nav>
        <main className="content" id="main" tabIndex={-1}>
          {/* A page that fails (or whose code cannot be fetched) fails alone, with Retry; the menu keeps working. */}
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}
