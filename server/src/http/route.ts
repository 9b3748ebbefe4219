import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { Role } from '../auth/tokens.js';
import type { Feature, StaffArea } from '../tenancy/tenant.types.js';
import { AppError } from '../lib/errors.js';
import { validate } from './validate.js';
import type { OpenApiRegistry } from './openapi.js';

/** Who may call a route: anyone, a signed-in school user (optionally of given roles), or a platform operator. */
export type Access = { kind: 'public' } | { kind: 'school'; roles?: readonly Role[] } | { kind: 'platform' };

/** Returned by a handler that wrote the response itself (a stream, a file): nothing more is sent. */
export const RESPONDED = Symbol('responded');

export interface HandlerContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  /** What the route's row scope check returned (e.g. the record it found in scope), so the handler need not look it up again. */
  inScope: unknown;
  req: Request;
  res: Response;
}

export interface ResponseDoc {
  description: string;
  schema?: z.ZodType;
  /** Non-JSON bodies (CSV, PDF) name their media type. */
  contentType?: string;
}

/**
 * Which records of the school a route with a record id in its path reaches:
 * `'school'` — any record, for every role the route allows (a conscious choice,
 * e.g. admin-only routes or the school's structure); or a named scope whose check
 * runs before the body is read and throws (404, or 403 with a reason) when the ids
 * are outside the caller's scope. What it returns is handed to the handler as `inScope`.
 */
export type RowScope<P> = 'school' | { name: string; check: (params: P) => Promise<unknown> };

export const rowScope = <P>(name: string, check: (params: P) => Promise<unknown>): RowScope<P> => ({ name, check });

/** Path parameters that name a record: `:id`, `:sectionId`... (not `:kind`, `:date`). */
export const idParamsOf = (path: string) => [...path.matchAll(/:(id|\w+Id)\b/g)].map((m) => m[1]!);

export interface RouteDef<B, Q, P> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path relative to the router's base, e.g. `/:id`. */
  path: string;
  summary: string;
  description?: string;
  access: Access;
  /** The school feature toggle this route needs (403 FEATURE_DISABLED when off). */
  feature?: Feature;
  /** Required when the path names a record (see RowScope); checked at start-up. */
  scope?: RowScope<P>;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** The body's media type when it is not JSON: CSV imports, or uploaded files (the media types accepted). */
  bodyType?: BodyType;
  /** `sign-in`: the route takes a password or token; failed attempts are limited per address and per account. */
  rateLimit?: 'sign-in';
  /** Status of a successful answer (200 by default; 204 sends no body). */
  status?: number;
  response?: ResponseDoc;
  /** Error statuses this operation answers beyond the ones every operation of its kind documents. */
  errors?: Partial<Record<number, string>>;
  /**
   * Returns the JSON body to send (undefined: no body), or writes the response
   * itself (CSV, PDF, streams) and returns RESPONDED.
   */
  handler: (ctx: HandlerContext<B, Q, P>) => Promise<unknown> | unknown;
}

export type BodyType = 'text/csv' | { binary: readonly string[] };

/** Rate limits (rate-limit.ts) that run in each route's own chain, so no path variant reaches a handler without them. */
export interface RouteLimits {
  /** Routes that need no sign-in: per address. */
  anonymous: RequestHandler[];
  /** After authentication: per user, then the school's envelope. */
  signedIn: RequestHandler[];
  /** `rateLimit: 'sign-in'` routes: per address before the body is read, per account (its email) after. */
  signIn: (scope: 'school' | 'platform') => { address: RequestHandler[]; account: RequestHandler[] };
}

export interface Guards {
  /** Verifies a school user's token against the resolved school. */
  school: RequestHandler;
  /** Verifies a platform operator's token. */
  platform: RequestHandler;
  authorize: (...roles: Role[]) => RequestHandler;
  limits: RouteLimits;
  /** Reads the body of a route that takes one, in its declared type (415 for any other); run after the guards. */
  body: (type: BodyType | undefined) => RequestHandler;
}

export const requireFeature =
  (feature: Feature): RequestHandler =>
  (req, _res, next) => {
    if (!req.tenant?.features[feature])
      throw new AppError(403, 'FEATURE_DISABLED', `The ${feature} feature is not enabled for this school`);
    next();
  };

/** A `staff` user reaches an area only if the school opened it to staff (settings.staffAccess). */
const staffAreaGuard =
  (area: StaffArea): RequestHandler =>
  (req, _res, next) => {
    if (req.user?.role === 'staff' && !req.tenant?.staffAccess.includes(area)) {
      throw new AppError(403, 'FORBIDDEN', `This school has not opened ${area} to staff`);
    }
    next();
  };

/**
 * A feature's routes. Each `route()` call is one line of intent — who, what it
 * accepts, what handles it — and is recorded in the OpenAPI document from the
 * same zod schemas that validate it, so the document cannot drift from the code.
 */
export class ApiRouter {
  // Case-sensitive and strict, like the app: `/login/` and `/LOGIN` are 404, not another way to reach `/login`.
  readonly router = Router({ caseSensitive: true, strict: true });

  constructor(
    private readonly base: string,
    private readonly tag: string,
    private readonly guards: Guards,
    private readonly registry: OpenApiRegistry,
    /** Middleware the mount adds before every route (e.g. the tenant resolver), recorded for the docs. */
    private readonly scope: 'school' | 'platform' | 'public' = 'school',
    /** The area this router belongs to, for schools that limit what their `staff` role may use. */
    private readonly staffArea?: StaffArea,
  ) {}

  route<B = unknown, Q = unknown, P = unknown>(def: RouteDef<B, Q, P>): this {
    const fullPath = this.base + (def.path === '/' ? '' : def.path);
    // A route that names a record must say whose records it reaches; a new route cannot forget it.
    if (def.access.kind !== 'platform' && idParamsOf(def.path).length > 0 && !def.scope) {
      throw new Error(`${def.method.toUpperCase()} ${fullPath} names a record but declares no scope (RouteDef.scope)`);
    }
    const { limits } = this.guards;
    const signIn = def.rateLimit === 'sign-in' ? limits.signIn(this.scope === 'platform' ? 'platform' : 'school') : undefined;
    // Guards and limits first; the body is read only once the caller may send it.
    const chain: RequestHandler[] = [];
    // Anonymous calls count per address (never against a school); the liveness probe (a 'public' router) is exempt.
    if (def.access.kind === 'public' && this.scope !== 'public') chain.push(...limits.anonymous);
    if (signIn) chain.push(...signIn.address);
    if (def.access.kind === 'school') {
      chain.push(this.guards.school, ...limits.signedIn);
      if (def.access.roles) chain.push(this.guards.authorize(...def.access.roles));
      if (this.staffArea) chain.push(staffAreaGuard(this.staffArea));
    }
    if (def.access.kind === 'platform') chain.push(this.guards.platform, ...limits.signedIn);
    if (def.feature) chain.push(requireFeature(def.feature));
    if (def.params || def.query) chain.push(validate({ params: def.params, query: def.query }));
    // The scope is checked before the body is read: ids outside it answer the same whatever is sent.
    const scope = def.scope;
    if (scope && scope !== 'school') {
      chain.push(async (req, res, next) => {
        res.locals.inScope = await scope.check(req.params as P);
        next();
      });
    }
    // A route without a body leaves any body sent unread.
    if (def.body) chain.push(this.guards.body(def.bodyType));
    if (signIn) chain.push(...signIn.account);
    if (def.body) chain.push(validate({ body: def.body }));
    const status = def.status ?? (def.method === 'post' ? 201 : 200);
    chain.push(async (req, res) => {
      const inScope: unknown = res.locals.inScope;
      const result = await def.handler({ body: req.body as B, query: req.query as Q, params: req.params as P, inScope, req, res });
      if (result === RESPONDED || res.headersSent) return;
      if (status === 204 || result === undefined) res.status(status === 204 ? 204 : status).end();
      else res.status(status).json(result);
    });
    this.router[def.method](def.path, ...chain);
    this.registry.add({
      method: def.method,
      fullPath,
      summary: def.summary,
      description: def.description,
      access: def.access,
      feature: def.feature,
      rowScope: def.scope === undefined ? undefined : def.scope === 'school' ? 'school' : def.scope.name,
      params: def.params,
      query: def.query,
      body: def.body,
      bodyType: def.bodyType,
      errors: def.errors,
      status,
      response: def.response,
      tag: this.tag,
      scope: this.scope,
      staffArea: this.staffArea,
    });
    return this;
  }
}
