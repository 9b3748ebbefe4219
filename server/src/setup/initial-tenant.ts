import { randomBytes } from 'node:crypto';
import type { Services } from '../platform.js';
import { hashPassword } from '../auth/password.js';
import { provisionTenant } from '../tenancy/provisioning.js';
import { welcomeFirstAdmin } from '../modules/users/welcome.js';
import type { InitialSchoolConfig } from './initial-tenant-args.js';

export const DEMO_SUBDOMAIN = 'demo';
const DEFAULT_SUPERADMIN_EMAIL = 'superadmin@example.com';
export const DEFAULT_DEMO_ADMIN_EMAIL = 'admin@demo.example.com';

export interface InitialSetupResult {
  changed: boolean;
  lines: string[];
}

const strongPassword = () => randomBytes(18).toString('base64url');

/**
 * Creates, if missing, the platform's first super admin (only on a platform
 * with no operator at all) and the demo school with its admin. Idempotent: what exists is left untouched and reported.
 * Passwords not given in the environment are generated and shown only here. `place` sets the demo school's time
 * zone, language and locale (createInitialTenant's --time-zone, --language, --locale), validated by the caller.
 */
export async function ensureInitialTenant(s: Services, place: InitialSchoolConfig = {}): Promise<InitialSetupResult> {
  const lines: string[] = [];
  let changed = false;
  const superEmail = (s.config.initial.superadminEmail ?? DEFAULT_SUPERADMIN_EMAIL).toLowerCase();
  const operators = await s.db.SuperAdmin.countDocuments();
  if (await s.db.SuperAdmin.exists({ email: superEmail })) {
    lines.push(`Super admin ${superEmail} already exists (unchanged).`);
  } else if (operators > 0) {
    // The first operator is made once: another one, unasked, would be an account nobody knows about.
    lines.push(`The platform already has ${operators === 1 ? 'an operator' : `${operators} operators`}: no super admin created.`);
  } else {
    const password = s.config.initial.superadminPassword ?? strongPassword();
    await s.db.SuperAdmin.create({
      name: 'Platform Admin',
      email: superEmail,
      passwordHash: await hashPassword(password, s.config.bcryptCost),
    });
    changed = true;
    lines.push(
      `Created super admin ${superEmail}` +
        (s.config.initial.superadminPassword ? ' (password from SUPERADMIN_PASSWORD).' : ` with password ${password}`),
    );
  }

  const demoEmail = (s.config.initial.demoAdminEmail ?? DEFAULT_DEMO_ADMIN_EMAIL).toLowerCase();
  if (await s.db.Tenant.exists({ subdomain: DEMO_SUBDOMAIN })) {
    lines.push(`Demo school "${DEMO_SUBDOMAIN}" already exists (unchanged).`);
  } else {
    const password = s.config.initial.demoAdminPassword ?? strongPassword();
    const tenant = await provisionTenant(
      { db: s.db, connections: s.connections, tenantDbPrefix: s.config.tenantDbPrefix, bcryptCost: s.config.bcryptCost },
      {
        name: 'Demo School',
        subdomain: DEMO_SUBDOMAIN,
        plan: 'premium',
        status: 'active',
        schoolConfig: { shortName: 'Demo', motto: 'Learning together', ...place, locale: place.locale ?? undefined },
        admin: { name: 'Demo Admin', email: demoEmail, password },
      },
    );
    await s.tenants.invalidate(tenant);
    // Like a school an operator creates: its first admin gets the welcome email (outbox; sent once SMTP is set up).
    await welcomeFirstAdmin(s.connections, tenant, demoEmail);
    changed = true;
    lines.push(
      `Created demo school "${DEMO_SUBDOMAIN}" with admin ${demoEmail}` +
        (s.config.initial.demoAdminPassword ? ' (password from DEMO_ADMIN_PASSWORD).' : ` with password ${password}`),
    );
  }
  if (!changed) lines.push('Nothing to do: the initial setup was already in place.');
  return { changed, lines };
}
