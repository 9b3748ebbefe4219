import request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { fakeDns } from '../../../test/fake-dns.js';

const dns = fakeDns();
let t: TestPlatform;
let adminA: string;
let adminB: string;

beforeAll(async () => {
  t = await startTestPlatform({}, { resolveTxt: dns.resolveTxt });
  await t.school('dom-a');
  await t.school('dom-b');
  adminA = (await t.login('dom-a')).accessToken;
  adminB = (await t.login('dom-b')).accessToken;
});
afterAll(() => t.close());

const host = (h: string) => request(t.app).get('/api/tenant').set('Host', h);

describe("a school's custom domain", () => {
  it('routes only once its TXT record is proved, telling the admin what to publish and what DNS shows', async () => {
    const a = t.as('dom-a', adminA);
    const asked = (await a.post('/api/settings/domain', { domain: 'Portal.Dom-A.test' }).expect(200)).body;
    expect(asked).toMatchObject({
      domain: null,
      pending: { domain: 'portal.dom-a.test', record: { type: 'TXT', name: '_school-verify.portal.dom-a.test' } },
    });
    const { name, value } = asked.pending.record;
    await host('portal.dom-a.test').expect(400);

    const none = await a.post('/api/settings/domain/verify').expect(422);
    expect(none.body).toMatchObject({ error: 'DOMAIN_NOT_VERIFIED', details: { expected: { name, value }, found: [] } });
    dns.publish(name, 'school-verify=someone-elses-token');
    expect((await a.post('/api/settings/domain/verify').expect(422)).body.details.found).toEqual(['school-verify=someone-elses-token']);

    dns.publish(name, value);
    expect((await a.post('/api/settings/domain/verify').expect(200)).body).toEqual({ domain: 'portal.dom-a.test', pending: null });
    expect((await host('portal.dom-a.test').expect(200)).body.subdomain).toBe('dom-a');
    expect((await a.get('/api/settings/domain').expect(200)).body.domain).toBe('portal.dom-a.test');
    // The change is in the school's audit log.
    expect((await a.get('/api/audit?model=CustomDomain').expect(200)).body.data.map((e: { action: string }) => e.action)).toEqual([
      'verify',
      'request',
    ]);
  });

  it('never lets a second school take a verified domain, even with its own record published', async () => {
    const b = t.as('dom-b', adminB);
    expect((await b.post('/api/settings/domain', { domain: 'portal.dom-a.test' }).expect(409)).body.error).toBe('DOMAIN_EXISTS');

    // Both ask for an unverified domain: whoever proves it first gets it.
    const a = t.as('dom-a', adminA);
    const forA = (await a.post('/api/settings/domain', { domain: 'shared.test' }).expect(200)).body.pending.record;
    const forB = (await b.post('/api/settings/domain', { domain: 'shared.test' }).expect(200)).body.pending.record;
    dns.publish(forB.name, forB.value);
    dns.publish(forA.name, forA.value);
    await b.post('/api/settings/domain/verify').expect(200);
    expect((await a.post('/api/settings/domain/verify').expect(409)).body.error).toBe('DOMAIN_EXISTS');
    expect((await host('shared.test').expect(200)).body.subdomain).toBe('dom-b');
    // A's earlier domain still routes to A (its new request failed).
    expect((await host('portal.dom-a.test').expect(200)).body.subdomain).toBe('dom-a');
  });

  it('stops routing when the domain is removed, and is for the school admin only', async () => {
    const b = t.as('dom-b', adminB);
    expect((await b.delete('/api/settings/domain').expect(200)).body).toEqual({ domain: null, pending: null });
    await host('shared.test').expect(400);
    const teacher = (await t.userWithRole('dom-b', 'teacher', adminB)).accessToken;
    await t.as('dom-b', teacher).get('/api/settings/domain').expect(403);
    expect((await t.as('dom-b', adminA).get('/api/settings/domain').expect(403)).body.error).toBe('TENANT_MISMATCH');
    await b.post('/api/settings/domain/verify').expect(404);
  });

  it("refuses the platform's own addresses as a custom domain (they would never route to the school)", async () => {
    const a = t.as('dom-a', adminA);
    for (const domain of ['dom-b.localhost', 'x.dom-a.localhost']) {
      const res = await a.post('/api/settings/domain', { domain }).expect(400);
      expect(JSON.stringify(res.body.details)).toContain('domain');
    }
  });

  it('says when DNS itself fails', async () => {
    const failing = await startTestPlatform(
      {},
      { resolveTxt: () => Promise.reject(Object.assign(new Error('SERVFAIL'), { code: 'ESERVFAIL' })) },
    );
    try {
      await failing.school('dom-c');
      const c = failing.as('dom-c', (await failing.login('dom-c')).accessToken);
      await c.post('/api/settings/domain', { domain: 'portal.dom-c.test' }).expect(200);
      expect((await c.post('/api/settings/domain/verify').expect(503)).body.error).toBe('DNS_UNAVAILABLE');
    } finally {
      await failing.close();
    }
  });
});
