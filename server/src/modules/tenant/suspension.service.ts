import { AppError } from '../../lib/errors.js';
import type { PlatformDb } from '../../db/platform-db.js';
import { passwordTooLong, verifyPassword } from '../../auth/password.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { UserModel } from '../users/user.schema.js';

/**
 * The reason an operator gave for suspending the school, to the school's active
 * admins only (checked by password, the same constant-time way as sign-in).
 * Anyone else learns nothing beyond the public message.
 */
export async function suspensionFor(deps: { db: PlatformDb; dummyHash: string }, email: string, password: string) {
  const tenant = currentTenant();
  const user = await tenantModel(UserModel).findOne({ email }).select('+passwordHash role status').lean();
  const usable = user && user.status === 'active' && !passwordTooLong(password);
  const ok = await verifyPassword(password, usable ? user.passwordHash : deps.dummyHash);
  if (!user || !usable || !ok) throw new AppError(401, 'INVALID_CREDENTIALS', 'Email or password is incorrect');
  if (user.role !== 'admin')
    throw new AppError(403, 'FORBIDDEN', "Only the school's administrators see why the account is suspended. Please contact the school.");
  if (tenant.active) return { status: tenant.status, reason: null, since: null, message: 'The school is open: sign in as usual.' };
  const last = await deps.db.StatusChange.findOne({ tenantId: tenant.id, to: tenant.status }).sort({ at: -1, _id: -1 }).lean();
  return {
    status: tenant.status,
    reason: last?.reason ?? null,
    since: last?.at.toISOString() ?? null,
    message: 'Contact the platform operator to reopen the school; its data is kept meanwhile.',
  };
}
