import { randomUUID } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import { currentContext, workContext, type WorkContext } from '../lib/context.js';
import type { TenantRecord } from './tenant.types.js';
import { bindModel, type TenantModelDef } from './model-registry.js';
import type { ConnectionFactory } from './connection-factory.js';

/** The school the current unit of work belongs to; throws outside one. */
export function currentTenant(): TenantRecord {
  const tenant = currentContext()?.tenant;
  if (!tenant) throw new Error('No tenant context: wrap this work in runForTenant() or a tenant route');
  return tenant;
}

/** The current school's database connection; throws outside a tenant context. */
export function currentTenantDb(): Connection {
  const db = currentContext()?.tenantDb;
  if (!db) throw new Error('No tenant database in context: wrap this work in runForTenant() or a tenant route');
  return db;
}

/**
 * A school-scoped model bound to the current tenant's database. There is no
 * other way to reach a school's collections, so tenant data cannot be touched
 * without a tenant context.
 */
export function tenantModel<T>(def: TenantModelDef<T>): Model<T> {
  return bindModel(currentTenantDb(), def);
}

/**
 * Runs `fn` with exactly the context an HTTP request for this school gets
 * (tenant, its database, log fields). For scripts, jobs and tests.
 */
export async function runForTenant<R>(connections: ConnectionFactory, tenant: TenantRecord, fn: () => Promise<R>): Promise<R> {
  const tenantDb = await connections.get(tenant);
  const parent = currentContext();
  const ctx: WorkContext = { requestId: parent?.requestId ?? `job-${randomUUID()}`, tenant, tenantDb };
  return workContext.run(ctx, fn);
}
