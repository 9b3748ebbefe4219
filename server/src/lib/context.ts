import { AsyncLocalStorage } from 'node:async_hooks';
import type { Connection } from 'mongoose';
import type { TenantRecord } from '../tenancy/tenant.types.js';
import type { PlatformPrincipal, SchoolPrincipal } from '../auth/tokens.js';
import type { Language } from './i18n.js';

/**
 * What one unit of work (an HTTP request, a script step, a job) knows about
 * itself. Carried by AsyncLocalStorage so the logger and the tenant model
 * helpers can read it without threading it through every call.
 */
export interface WorkContext {
  requestId: string;
  tenant?: TenantRecord;
  /** The tenant's database handle, set once the tenant is resolved and connected. */
  tenantDb?: Connection;
  userId?: string;
  /** The signed-in school user (set by authenticate): services read it here, never from Express's request. */
  user?: SchoolPrincipal;
  /** The signed-in school user's own language, when they chose one (errors fall back to it without Accept-Language). */
  language?: Language;
  /** The signed-in platform operator (set by authenticateSuperAdmin), for the platform audit log. */
  superAdmin?: PlatformPrincipal;
  /** Client address and agent, for audit entries. */
  ip?: string;
  userAgent?: string;
  /** A security event was already logged for this work (a failed sign-in): its refusal is not logged again. */
  securityLogged?: boolean;
}

export const workContext = new AsyncLocalStorage<WorkContext>();

export function currentContext(): WorkContext | undefined {
  return workContext.getStore();
}
