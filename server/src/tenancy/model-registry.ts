import mongoose, { type Connection, type Model, type Query, type Schema } from 'mongoose';

/**
 * Every schema that lives in a school's database is declared here once, with
 * no connection attached. It is bound to a school's connection on first use
 * (lazily: a school that is never asked for users never binds a User model).
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

/**
 * Each model is compiled once, on a connection that is never opened (so a
 * template used by mistake fails at once: commands are not buffered), and
 * every school gets a subclass of it bound to its own database. Compiling per
 * school cost ~17 KB of heap per model and school (hooks, methods and query
 * class rebuilt each time); a subclass inherits all of that and costs ~1 KB
 * (measured in bench/scale.ts). The subclass is mongoose's own mechanism for
 * putting a model on another connection (what `mongoose.model()` does for the
 * default connection), reached through `Model.__subclass`, which its type
 * definitions do not declare.
 */
const templates = mongoose.createConnection();
const compiled = new Map<string, object>();

type Subclassable<T> = Model<T> & { __subclass(conn: Connection, schema: Schema<T>): Model<T> };

/**
 * Longest a school query may run in the database (QUERY_TIMEOUT_MS); past it
 * the database stops it and the request gets 503 QUERY_TIMEOUT. A request
 * abandoned by its client does not stop its query, so without this one
 * school's runaway search could keep the shared database busy for minutes.
 */
let queryTimeoutMs = 0;
export function setQueryTimeout(ms: number): void {
  queryTimeoutMs = ms;
}

const QUERY_OPS = /^(find|findOne|countDocuments|distinct|findOneAndUpdate|updateOne|updateMany|deleteOne|deleteMany)$/;

function withTimeout<T>(schema: Schema<T>): void {
  schema.pre(QUERY_OPS, { document: false, query: true }, function () {
    const query = this as unknown as Query<unknown, unknown>;
    if (queryTimeoutMs > 0 && query.getOptions().maxTimeMS === undefined) query.maxTimeMS(queryTimeoutMs);
  });
  schema.pre('aggregate', function (this: { options: { maxTimeMS?: number } }) {
    if (queryTimeoutMs > 0 && this.options.maxTimeMS === undefined) this.options.maxTimeMS = queryTimeoutMs;
  });
}

function template<T>(def: TenantModelDef<T>): Subclassable<T> {
  let model = compiled.get(def.name);
  if (!model) {
    withTimeout(def.schema);
    model = templates.model<T>(def.name, def.schema);
    compiled.set(def.name, model);
  }
  return model as Subclassable<T>;
}

// Mongoose remembers every subclass on its parent (to copy discriminators added later, which this codebase
// never does): forget them, or each school handle released by the connection factory would stay reachable.
const forgetSubclasses = (parent: object) => {
  for (const sym of Object.getOwnPropertySymbols(parent)) {
    if (sym.description === 'mongoose#Model#subclassed') (parent as Record<symbol, unknown[]>)[sym] = [];
  }
};

export function bindModel<T>(conn: Connection, def: TenantModelDef<T>): Model<T> {
  const bound = conn.models[def.name] as Model<T> | undefined;
  if (bound) return bound;
  const parent = template(def);
  const model = parent.__subclass(conn, def.schema);
  forgetSubclasses(parent);
  (conn.models as Record<string, unknown>)[def.name] = model;
  return model;
}
