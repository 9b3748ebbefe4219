import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../test/helpers.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t.close());

interface Operation {
  summary: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  requestBody?: unknown;
  security?: unknown[];
  parameters: { name: string; in: string }[];
}

describe('OpenAPI document', () => {
  it('describes every route the app serves, from the same schemas that validate them', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, Operation>> };
    expect(doc.openapi).toBe('3.1.0');
    const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([m, op]) => ({ key: `${m.toUpperCase()} ${path}`, op })),
    );
    const keys = ops.map((o) => o.key);
    for (const expected of [
      'GET /api/health',
      'GET /api/tenant',
      'POST /api/auth/login',
      'POST /api/auth/refresh',
      'POST /api/auth/logout',
      'GET /api/auth/me',
      'GET /api/users',
      'POST /api/users',
      'GET /api/users/{id}',
      'PATCH /api/users/{id}',
      'DELETE /api/users/{id}',
      'POST /api/superadmin/auth/login',
      'GET /api/superadmin/tenants',
      'POST /api/superadmin/tenants',
      'POST /api/superadmin/tenants/{id}/suspend',
      'DELETE /api/superadmin/tenants/{id}',
      'GET /api/superadmin/audit',
      'GET /api/students/export.csv',
      'POST /api/students/{id}/move',
      'PUT /api/attendance/sections/{sectionId}/{date}',
      'PUT /api/exams/{id}/marks',
      'GET /api/report-cards/{studentId}/terms/{termId}',
      'POST /api/fees/invoices/{id}/payments',
      'POST /api/rollover/apply',
      'POST /api/import/{kind}',
      'GET /api/dashboard',
    ]) {
      expect(keys).toContain(expected);
    }
    for (const { key, op } of ops) {
      expect(op.summary).toBeTruthy();
      expect(op.responses['500']).toBeDefined();
      if (key.includes('{id}')) expect(op.parameters.some((p) => p.in === 'path' && p.name === 'id')).toBe(true);
    }
    // Feature-gated and CSV routes say so.
    expect((doc.paths['/api/fees/overdue']!.get as unknown as Record<string, unknown>)['x-feature']).toBe('financialManagement');
    expect(Object.keys(doc.paths['/api/import/{kind}']!.post!.requestBody as object)).toContain('content');
    expect(JSON.stringify(doc.paths['/api/import/{kind}']!.post!.requestBody)).toContain('text/csv');
    console.info(`OpenAPI: ${ops.length} operations on ${Object.keys(doc.paths).length} paths`);
    expect(ops.length).toBeGreaterThan(100);
    const createUser = doc.paths['/api/users']!.post!;
    expect(createUser.security).toEqual([{ schoolToken: [] }]);
    expect(JSON.stringify(createUser.requestBody)).toContain('"additionalProperties":false');
    expect(createUser.responses['201']!.content!['application/json']!.schema).toMatchObject({ type: 'object' });
  });

  it('serves an API docs page with its assets locally', async () => {
    const page = await request(t.app).get('/api/docs').expect(200);
    expect(page.text).toContain('swagger-ui-bundle.js');
    await request(t.app).get('/api/docs/assets/swagger-ui-bundle.js').expect(200);
  });
});
