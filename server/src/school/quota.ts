import { AppError } from '../lib/errors.js';
import { currentTenant } from '../tenancy/tenant-context.js';
import type { Limits } from '../tenancy/tenant.types.js';

/**
 * Refuses to add one more record when the school is at its plan limit.
 * `count` counts what already uses the quota.
 */
export async function assertQuota(limit: keyof Limits, what: string, count: () => Promise<number>): Promise<void> {
  const max = currentTenant().limits[limit];
  const current = await count();
  if (current >= max) {
    throw new AppError(403, 'QUOTA_EXCEEDED', `This school's plan allows ${max} ${what}`, { limit: max, current });
  }
}
