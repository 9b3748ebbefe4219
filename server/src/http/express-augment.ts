import type { TenantRecord } from '../tenancy/tenant.types.js';
import type { SchoolPrincipal, PlatformPrincipal } from '../auth/tokens.js';

declare global {
  // Express declares its Request type in a global namespace; augmenting it is the documented way.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The school this request belongs to, set by the tenant resolver. */
      tenant?: TenantRecord;
      /** The signed-in school user, set by authenticate(). */
      user?: SchoolPrincipal;
      /** The signed-in platform operator, set by authenticateSuperAdmin(). */
      superAdmin?: PlatformPrincipal;
      requestId?: string;
    }
  }
}

export {};
