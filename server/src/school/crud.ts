import mongoose, { Types, type Model, type QueryFilter } from 'mongoose';
import { z } from 'zod';
import { AppError, notFound, isDuplicateKey } from '../lib/errors.js';
import { findPage, pageSchema, type Page } from '../lib/pagination.js';
import { idParams } from '../lib/validation.js';
import { RESPONDED, rowScope, type Access, type ApiRouter, type RowScope } from '../http/route.js';
import { flatten, sendCsv, toCsv } from '../lib/csv.js';
import type { Feature } from '../tenancy/tenant.types.js';
import { tenantModel } from '../tenancy/tenant-context.js';
import type { TenantModelDef } from '../tenancy/model-registry.js';
import { recordAudit } from './audit.js';

type Lean<T> = T & { _id: { toString(): string } };
type Fields = Record<string, unknown>;

const EXPORT_MAX = 10_000;

export interface ListQuery {
  page: number;
  limit: number;
  sort: string;
}

/**
 * The five routes of a school record type (list, get, create, update, delete)
 * with the rules every module shares: validation, 404 for ids of other schools
 * (they are simply not in this database), duplicate keys as 409 with the
 * module's code, an audit entry per change, and hooks for the module's own rules.
 */
export interface CrudOptions<Doc, Dto, C, U, Q extends ListQuery> {
  def: TenantModelDef<Doc>;
  /** Singular, for messages and the audit log: "Subject". */
  name: string;
  read: Access;
  write: Access;
  feature?: Feature;
  listQuery: z.ZodType<Q>;
  create: z.ZodType<C>;
  update: z.ZodType<U>;
  response: z.ZodType<Dto>;
  toDto: (doc: Lean<Doc>) => Dto;
  /** Filter for a list query (search, filters), and the caller's row-level scope. */
  filter: (q: Q) => Promise<QueryFilter<Doc>> | QueryFilter<Doc>;
  /**
   * Row-level scope of lists and of get/update/delete (e.g. a parent sees only their children), named
   * for the API document (`x-scope`). Without it every allowed role reaches every record ('school').
   */
  scope?: { name: string; filter: () => Promise<QueryFilter<Doc>> | QueryFilter<Doc> };
  /** Replaces the default create entirely (for creates that make several records, with their own undo). */
  createWith?: (body: C) => Promise<Dto>;
  /**
   * Turns a create body into the values to insert (defaults, generated numbers,
   * reference checks). Values are as the API received them (ids as strings):
   * mongoose casts them to the schema's types.
   */
  beforeCreate?: (body: C) => Promise<Fields | Partial<Doc>> | Fields | Partial<Doc>;
  beforeUpdate?: (body: U, current: Lean<Doc>) => Promise<Fields | Partial<Doc>> | Fields | Partial<Doc>;
  /** Runs after a create or update succeeded (e.g. keep "exactly one current year"). */
  afterWrite?: (doc: Lean<Doc>) => Promise<void>;
  /** Throws (409) when deleting would orphan other records. */
  beforeDelete?: (current: Lean<Doc>) => Promise<void>;
  duplicate: { code: string; message: string };
}

export function crudRoutes<Doc, Dto, C, U, Q extends ListQuery>(api: ApiRouter, o: CrudOptions<Doc, Dto, C, U, Q>): ApiRouter {
  const model = (): Model<Doc> => tenantModel(o.def);
  const duplicate = (err: unknown) => (isDuplicateKey(err) ? new AppError(409, o.duplicate.code, o.duplicate.message) : err);

  const findScoped = async (id: string): Promise<Lean<Doc>> => {
    const scope = o.scope ? await o.scope.filter() : {};
    // $and, never a spread: a scope that is itself about _id (a teacher's guardians, a parent
    // with no children) must not be overwritten by the requested id.
    const doc = await model()
      .findOne({ $and: [scope, { _id: id }] } as QueryFilter<Doc>)
      .lean<Lean<Doc>>();
    if (!doc) throw notFound(o.name);
    return doc;
  };

  // The record in scope is found before the body is read, and handed to the handler.
  const scope: RowScope<{ id: string }> = o.scope ? rowScope(o.scope.name, (p) => findScoped(p.id)) : 'school';
  // With a named scope its check already found the record; 'school' looks it up here.
  const record = async (id: string, inScope: unknown) => (inScope as Lean<Doc> | undefined) ?? findScoped(id);

  return api
    .route({
      method: 'get',
      path: '/',
      summary: `List ${o.name.toLowerCase()} records`,
      access: o.read,
      feature: o.feature,
      query: o.listQuery,
      response: { description: 'A page', schema: pageSchema(o.response) },
      handler: async ({ query }): Promise<Page<Dto>> => {
        const own = await o.filter(query);
        // $and, not a merge: a filter field must never replace the caller's scope on the same field.
        const filter = (o.scope ? { $and: [await o.scope.filter(), own] } : own) as QueryFilter<Doc>;
        return findPage(model(), filter as Record<string, unknown>, query, (r) => o.toDto(r as Lean<Doc>));
      },
    })
    .route({
      method: 'get',
      path: '/export.csv',
      summary: `Export ${o.name.toLowerCase()} records as CSV (same filters as the list, up to ${EXPORT_MAX} rows)`,
      access: o.read,
      feature: o.feature,
      query: o.listQuery,
      response: { description: 'CSV', contentType: 'text/csv' },
      handler: async ({ query, res }) => {
        const own = await o.filter(query);
        const filter = (o.scope ? { $and: [await o.scope.filter(), own] } : own) as QueryFilter<Doc>;
        const rows = await model().find(filter).sort(query.sort).limit(EXPORT_MAX).lean<Lean<Doc>[]>();
        const flat = rows.map((r) => flatten(o.toDto(r) as Record<string, unknown>));
        // With no rows the header still comes from the documented response shape.
        const shape = (o.response as unknown as { shape?: Record<string, unknown> }).shape ?? {};
        const columns = flat.length ? [...new Set(flat.flatMap((r) => Object.keys(r)))] : Object.keys(shape);
        sendCsv(res, `${o.name.toLowerCase().replace(/\s+/g, '-')}s.csv`, toCsv(columns, flat));
        return RESPONDED;
      },
    })
    .route({
      method: 'get',
      path: '/:id',
      summary: `Get one ${o.name.toLowerCase()}`,
      access: o.read,
      feature: o.feature,
      scope,
      params: idParams,
      response: { description: o.name, schema: o.response },
      handler: async ({ params, inScope }) => o.toDto(await record(params.id, inScope)),
    })
    .route({
      method: 'post',
      path: '/',
      summary: `Create a ${o.name.toLowerCase()}`,
      access: o.write,
      feature: o.feature,
      body: o.create,
      response: { description: `The new ${o.name.toLowerCase()}`, schema: o.response },
      handler: async ({ body }) => {
        if (o.createWith) return o.createWith(body);
        const doc: Fields = o.beforeCreate ? await o.beforeCreate(body) : (body as Fields);
        // Values arrive as the API took them (ids as strings); mongoose casts them to the schema.
        const created = await model()
          .create(doc as Partial<Doc>)
          .catch((err: unknown) => {
            throw duplicate(err);
          });
        const saved = created.toObject() as Lean<Doc>;
        await o.afterWrite?.(saved);
        await recordAudit('create', o.name, created._id, Object.keys(body as object));
        return o.toDto(saved);
      },
    })
    .route({
      method: 'patch',
      path: '/:id',
      summary: `Change a ${o.name.toLowerCase()}`,
      access: o.write,
      feature: o.feature,
      scope,
      params: idParams,
      body: o.update,
      response: { description: o.name, schema: o.response },
      handler: async ({ params, body, inScope }) => {
        const current = await record(params.id, inScope);
        const changes = o.beforeUpdate ? await o.beforeUpdate(body, current) : (body as unknown as Partial<Doc>);
        const updated = await model()
          .findOneAndUpdate({ _id: current._id } as QueryFilter<Doc>, { $set: changes }, { returnDocument: 'after', runValidators: true })
          .lean<Lean<Doc>>()
          .catch((err: unknown) => {
            throw duplicate(err);
          });
        if (!updated) throw notFound(o.name);
        await o.afterWrite?.(updated);
        await recordAudit('update', o.name, current._id, Object.keys(changes));
        return o.toDto(updated);
      },
    })
    .route({
      method: 'delete',
      path: '/:id',
      summary: `Delete a ${o.name.toLowerCase()} (refused while other records depend on it)`,
      access: o.write,
      feature: o.feature,
      scope,
      params: idParams,
      status: 204,
      handler: async ({ params, inScope }) => {
        const current = await record(params.id, inScope);
        await o.beforeDelete?.(current);
        await model().deleteOne({ _id: current._id } as QueryFilter<Doc>);
        await recordAudit('delete', o.name, current._id);
      },
    });
}

/** The query every list accepts, plus the module's own filters and sortable fields. */
export function listQuery<S extends z.ZodRawShape>(sortable: readonly [string, ...string[]], defaultSort: string, extra: S) {
  const sorts = sortable.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];
  return z
    .object({
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      sort: z.enum(sorts).default(defaultSort),
      ...extra,
    })
    .strict();
}

/** Refuses a delete while `count` finds dependants. */
export async function refuseIfUsed(count: Promise<number>, message: string): Promise<void> {
  if ((await count) > 0) throw new AppError(409, 'IN_USE', message);
}

/** A reference to another record of this school, checked to exist. */
export async function assertExists<T>(def: TenantModelDef<T>, id: string | undefined, what: string, path: string): Promise<void> {
  if (!id) return;
  if (!(await tenantModel(def).exists({ _id: id } as QueryFilter<T>))) {
    throw new AppError(400, 'VALIDATION_ERROR', `${what} does not exist in this school`, [
      { path, message: `Unknown ${what.toLowerCase()}` },
    ]);
  }
}

/** Every id of a list refers to a record of this school (one query), or 400 on `path`. */
export async function assertAllExist<T>(def: TenantModelDef<T>, ids: string[] | undefined, what: string, path: string): Promise<void> {
  if (!ids?.length) return;
  const found = await tenantModel(def).countDocuments({
    _id: mongoose.trusted({ $in: ids.map((i) => new Types.ObjectId(i)) }),
  } as QueryFilter<T>);
  if (found !== new Set(ids).size) {
    throw new AppError(400, 'VALIDATION_ERROR', `A ${what.toLowerCase()} does not exist in this school`, [
      { path, message: `Unknown ${what.toLowerCase()}` },
    ]);
  }
}
