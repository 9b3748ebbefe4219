import { z } from 'zod';
import type { Access, ResponseDoc, RouteDef } from './route.js';
import type { StaffArea } from '../tenancy/tenant.types.js';

/** What the document needs to know of a route (everything but its handler). */
export interface RegisteredRoute {
  method: RouteDef<unknown, unknown, unknown>['method'];
  fullPath: string;
  summary: string;
  description?: string;
  access: Access;
  feature?: RouteDef<unknown, unknown, unknown>['feature'];
  /** The row scope's name ('school' or a named scope), for routes that name a record. */
  rowScope?: string;
  /** The area a school may close to its `staff` role. */
  staffArea?: StaffArea;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyType?: RouteDef<unknown, unknown, unknown>['bodyType'];
  errors?: RouteDef<unknown, unknown, unknown>['errors'];
  status: number;
  response?: ResponseDoc;
  tag: string;
  scope: 'school' | 'platform' | 'public';
}

type JsonSchema = Record<string, unknown>;

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['message', 'error'],
  properties: {
    message: { type: 'string' },
    error: { type: 'string' },
    details: {
      description: 'Validation: [{ path, message }] per field. Quota: { limit, current }. Clash: the conflicting records.',
    },
  },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

/** `/users/:id` → `/users/{id}` */
const openApiPath = (p: string) => p.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** Collects every route as it is declared and renders the OpenAPI 3.1 document. */
/** `/api/students/abc` → `/api/students`: the part no route has a parameter in. */
const prefixOf = (path: string) => path.split('/').slice(0, 3).join('/');

export class OpenApiRegistry {
  private readonly routes: RegisteredRoute[] = [];

  add(route: RegisteredRoute): void {
    this.routes.push(route);
  }

  list(): readonly RegisteredRoute[] {
    return this.routes;
  }

  /**
   * The methods declared for a concrete path (e.g. `/api/students/abc`), or none when no route has
   * that path. Runs on every API request, so routes are indexed once by their first two segments
   * (`/api/students`) and only those few are tried.
   */
  methodsFor(path: string): string[] {
    const clean = path.length > 1 ? path.replace(/\/$/, '') : path;
    const exact = new Set<string>();
    const templated = new Set<string>();
    for (const r of this.index().get(prefixOf(clean)) ?? []) {
      if (r.fullPath === clean) exact.add(r.method);
      else if (r.pattern.test(clean)) templated.add(r.method);
    }
    // A fixed path (`/students/export.csv`) is its own resource, not an id of `/students/:id`.
    const methods = exact.size ? exact : templated;
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  }

  private byPrefix: Map<string, { fullPath: string; method: string; pattern: RegExp }[]> | undefined;
  private index() {
    // Built on first use, when every route has been declared.
    if (!this.byPrefix) {
      this.byPrefix = new Map();
      for (const r of this.routes) {
        const pattern = new RegExp(`^${r.fullPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);
        const list = this.byPrefix.get(prefixOf(r.fullPath)) ?? [];
        list.push({ fullPath: r.fullPath, method: r.method.toUpperCase(), pattern });
        this.byPrefix.set(prefixOf(r.fullPath), list);
      }
    }
    return this.byPrefix;
  }

  document(info: { title: string; version: string }): JsonSchema {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      const path = openApiPath(r.fullPath);
      paths[path] ??= {};
      paths[path][r.method] = this.operation(r);
    }
    return {
      openapi: '3.1.0',
      info: {
        ...info,
        description:
          'Multi-tenant school platform API. School routes need the school: its address (<school>.<base domain> or a custom domain) or the X-Tenant-ID header. Every error is { message, error, details? }.',
      },
      servers: [{ url: '/' }],
      tags: [...new Set(this.routes.map((r) => r.tag))].map((name) => ({ name })),
      paths,
      components: {
        securitySchemes: {
          schoolToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from POST /api/auth/login' },
          platformToken: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'Access token from POST /api/superadmin/auth/login',
          },
        },
        schemas: { Error: errorSchema },
      },
    };
  }

  private operation(r: RegisteredRoute): JsonSchema {
    const parameters: JsonSchema[] = [];
    if (r.scope === 'school') {
      parameters.push({
        name: 'X-Tenant-ID',
        in: 'header',
        required: false,
        description: "The school's subdomain or id (not needed when the address names the school)",
        schema: { type: 'string', pattern: '^[a-z0-9-]{1,63}$' },
      });
    }
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const js = jsonSchema(schema, 'input');
      const props = (js.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((js.required as string[] | undefined) ?? []);
      for (const [name, s] of Object.entries(props)) {
        parameters.push({ name, in: where, required: where === 'path' || required.has(name), schema: s });
      }
    }
    const err = (description: string) => ({
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
    const responses: Record<string, unknown> = {};
    const ok = r.response;
    if (r.status === 204) responses['204'] = { description: ok?.description ?? 'Done' };
    else {
      const media = ok?.contentType ?? 'application/json';
      const schema = ok?.schema ? jsonSchema(ok.schema, 'output') : media === 'application/json' ? { type: 'object' } : { type: 'string' };
      responses[String(r.status)] = { description: ok?.description ?? 'OK', content: { [media]: { schema } } };
    }
    if (r.params || r.query || r.body) responses['400'] = err('Invalid request (details per field)');
    if (r.scope === 'school') {
      responses['400'] ??= err('No school named, or address and header disagree');
      responses['404'] = err('Unknown school, or a record not in this school');
      responses['403'] = err('School inactive, token of another school, role or feature not allowed');
      responses['503'] = err(
        "The school's database is unreachable (TENANT_DB_UNAVAILABLE), the school is being set up or moved, too many of its requests are in progress (SCHOOL_BUSY), or a query ran too long (QUERY_TIMEOUT)",
      );
    }
    // Any route, while the server is shutting down (SHUTTING_DOWN) or its database is unreachable.
    responses['503'] ??= err('Temporarily unavailable: the server is restarting or its database is unreachable (Retry-After)');
    if (r.access.kind !== 'public') responses['401'] = err('Missing, invalid or expired token');
    if (r.access.kind === 'school' && r.access.roles) responses['403'] = err('Your role may not do this, or the school is inactive');
    if (r.params && !responses['404']) responses['404'] = err('Not found');
    if (r.method !== 'get') responses['409'] ??= err('Conflicts with existing data, or the record is in use');
    if (r.body) {
      responses['413'] = err('Body too large');
      responses['415'] = err('Body in a media type this operation does not take');
    }
    if (r.scope !== 'public')
      responses['429'] = err("A rate limit: per address, per user, or the school's requests per minute (Retry-After)");
    for (const [status, description] of Object.entries(r.errors ?? {})) if (description) responses[status] = err(description);
    responses['431'] = err('Request line or headers too large');
    responses['500'] = err('Unexpected server error');

    const op: JsonSchema = {
      tags: [r.tag],
      summary: r.summary,
      operationId: `${r.method}${r.fullPath.replace(/[/:{}-]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters,
      responses,
    };
    if (r.description) op.description = r.description;
    if (r.access.kind === 'school') op.security = [{ schoolToken: [] }];
    if (r.access.kind === 'platform') op.security = [{ platformToken: [] }];
    if (r.access.kind === 'school' && r.access.roles) op['x-roles'] = r.access.roles;
    if (r.feature) op['x-feature'] = r.feature;
    if (r.rowScope) op['x-scope'] = r.rowScope;
    if (r.staffArea && r.access.kind === 'school') op['x-staff-area'] = r.staffArea;
    const bodyType = r.bodyType;
    if (r.body) {
      op.requestBody =
        typeof bodyType === 'object'
          ? // Uploads: the file itself, in one of the accepted media types.
            {
              required: true,
              content: Object.fromEntries(bodyType.binary.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
            }
          : // A body whose every field is optional may be left out altogether.
            {
              required: !r.body.safeParse({}).success,
              content: { [bodyType ?? 'application/json']: { schema: jsonSchema(r.body, 'input') } },
            };
    }
    return op;
  }
}
