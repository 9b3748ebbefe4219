import { z } from 'zod';
import type { RequestHandler } from 'express';
import { ApiRouter, type Guards } from './route.js';
import { OpenApiRegistry } from './openapi.js';

const pass: RequestHandler = (_req, _res, next) => next();
const guards: Guards = {
  school: pass,
  platform: pass,
  authorize: () => pass,
  limits: { anonymous: [], signedIn: [], signIn: () => ({ address: [], account: [] }) },
  body: () => pass,
};
const id = z.object({ id: z.string() });

describe('ApiRouter row scopes', () => {
  it('refuses at start-up a school route that names a record but declares no scope', () => {
    const api = new ApiRouter('/api/things', 'Things', guards, new OpenApiRegistry());
    expect(() =>
      api.route({ method: 'get', path: '/:id', summary: 'One thing', access: { kind: 'school' }, params: id, handler: () => ({}) }),
    ).toThrow('GET /api/things/:id names a record but declares no scope');
    expect(() =>
      api.route({ method: 'get', path: '/sections/:sectionId', summary: 'x', access: { kind: 'public' }, handler: () => ({}) }),
    ).toThrow(/declares no scope/);
  });

  it('accepts a declared scope, and routes without a record id or of the platform need none', () => {
    const registry = new OpenApiRegistry();
    const api = new ApiRouter('/api/things', 'Things', guards, registry);
    api
      .route({ method: 'get', path: '/:id', summary: 'a', access: { kind: 'school' }, scope: 'school', params: id, handler: () => ({}) })
      .route({
        method: 'delete',
        path: '/:id',
        summary: 'b',
        access: { kind: 'school', roles: ['admin'] },
        scope: { name: 'thing', check: async () => undefined },
        params: id,
        handler: () => undefined,
      })
      .route({ method: 'get', path: '/:kind/template.csv', summary: 'c', access: { kind: 'school' }, handler: () => ({}) })
      .route({ method: 'get', path: '/tenants/:id', summary: 'd', access: { kind: 'platform' }, params: id, handler: () => ({}) });
    const doc = registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.paths['/api/things/{id}']!.get!['x-scope']).toBe('school');
    expect(doc.paths['/api/things/{id}']!.delete!['x-scope']).toBe('thing');
    expect(doc.paths['/api/things/{id}']!.delete!['x-roles']).toEqual(['admin']);
  });
});
