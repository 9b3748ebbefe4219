import type { Connection, Model, Schema } from 'mongoose';

/**
 * Every schema that lives in a school's database is declared here once, with
 * no connection attached. It is bound to a school's connection on first use
 * (lazily: a school that is never asked for users never compiles a User model).
 */
export interface TenantModelDef<T> {
  readonly name: string;
  readonly schema: Schema<T>;
}

const registry = new Map<string, TenantModelDef<unknown>>();

export function defineTenantModel<T>(name: string, schema: Schema<T>): TenantModelDef<T> {
  if (registry.has(name)) throw new Error(`Tenant model ${name} defined twice`);
  const def: TenantModelDef<T> = { name, schema };
  registry.set(name, def as TenantModelDef<unknown>);
  return def;
}

export function tenantModelDefs(): TenantModelDef<unknown>[] {
  return [...registry.values()];
}

export function bindModel<T>(conn: Connection, def: TenantModelDef<T>): Model<T> {
  return (conn.models[def.name] as Model<T> | undefined) ?? conn.model<T>(def.name, def.schema);
}
