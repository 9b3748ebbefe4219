import express from 'express';
import request from 'supertest';
import type { TenantRecord } from '../tenancy/tenant.types.js';
import { schoolConcurrency } from './school-concurrency.js';
import { errorHandler } from './error-handler.js';
import { currentContext, workContext } from '../lib/context.js';
import { bearer, startTestPlatform, type TestPlatform } from '../../test/helpers.js';

/** An app whose /slow requests wait until released; the school comes from a header, as the resolver would set it. */
function appWith(limit: number, queue: number, waitMs = 5_000) {
  const app = express();
  const held: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  app.use((req, _res, next) => {
    req.tenant = { id: req.get('x-school') } as TenantRecord;
    // Each request's own work context, as openContext gives it; the handlers answer with the id they run as.
    workContext.run({ requestId: req.get('x-request') ?? 'none' }, next);
  });
  // Requests marked x-delay take that long to reach the lane (as a school lookup or a sign-in check can).
  app.use((req, _res, next) => void setTimeout(next, Number(req.get('x-delay') ?? 0)));
  app.use(schoolConcurrency({ limit, queue, waitMs }));
  // Does nothing for a client that has gone (as work that finds its client gone may not answer).
  app.get('/quiet-if-gone', (_req, res) => {
    if (!res.closed) res.json({ ok: true });
  });
  app.get('/slow', async (_req, res) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => held.push(resolve));
    running -= 1;
    res.json({ ranAs: currentContext()?.requestId ?? null });
  });
  app.get('/fast', (_req, res) => void res.json({ ok: true }));
  // Answers at once but keeps streaming until released (a long download to a slow client).
  app.get('/stream', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('start ');
    held.push(() => res.end('end'));
  });
  app.use(errorHandler);
  const server = app.listen(0, '127.0.0.1');
  return {
    server,
    held,
    peak: () => peak,
    get: (path: string, school: string, id = 'none') => request(server).get(path).set('x-school', school).set('x-request', id),
  };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

describe('per-school concurrency', () => {
  it("queues one school's requests past its limit without slowing any other school", async () => {
    const t = appWith(2, 10);
    try {
      const slow = Array.from({ length: 5 }, () => t.get('/slow', 'a').then((r) => r.status));
      await until(() => t.held.length === 2);
      // School A is at its limit with three waiting; school B is served at once.
      await t.get('/fast', 'b').expect(200);
      await t.get('/fast', 'b').expect(200);
      // Releasing A's requests one by one lets the queued ones in, in turn, never more than 2 at once.
      for (let released = 0; released < 5; released++) {
        await until(() => t.held.length > 0);
        t.held.shift()!();
      }
      expect(await Promise.all(slow)).toEqual([200, 200, 200, 200, 200]);
      expect(t.peak()).toBe(2);
    } finally {
      t.server.close();
    }
  });

  it('refuses with 503 SCHOOL_BUSY past the queue, and after waiting too long', async () => {
    const t = appWith(1, 1, 300);
    try {
      const first = t.get('/slow', 'a');
      const firstDone = first.then((r) => r.status);
      await until(() => t.held.length === 1);
      const queued = t.get('/slow', 'a').then((r) => r);
      await new Promise((r) => setTimeout(r, 50));
      const refused = await t.get('/slow', 'a');
      expect(refused.status).toBe(503);
      expect(refused.body).toEqual({ message: expect.any(String), error: 'SCHOOL_BUSY' });
      expect(refused.headers['retry-after']).toBe('1');
      // The queued one gives up after waitMs.
      expect((await queued).status).toBe(503);
      t.held.shift()!();
      expect(await firstDone).toBe(200);
      // Everything released: the school starts afresh.
      const again = t.get('/slow', 'a').then((r) => r.status);
      await until(() => t.held.length === 1);
      t.held.shift()!();
      expect(await again).toBe(200);
    } finally {
      t.server.close();
    }
  });

  it('ends a turn when the answer starts, so a slow download does not hold the school back', async () => {
    const t = appWith(1, 5);
    try {
      const download = t.get('/stream', 'a').then((r) => r.text);
      await until(() => t.held.length === 1);
      // The download is still streaming; the school's next request runs anyway.
      await t.get('/fast', 'a').expect(200);
      t.held.shift()!();
      expect(await download).toBe('start end');
    } finally {
      t.server.close();
    }
  });

  it('gives no place to a request whose client hung up before it reached the lane (it would never give it back)', async () => {
    const t = appWith(1, 5, 300);
    try {
      if (!t.server.listening) await new Promise<void>((resolve) => t.server.once('listening', () => resolve()));
      const { port } = t.server.address() as { port: number };
      const gone = new AbortController();
      const early = fetch(`http://127.0.0.1:${port}/quiet-if-gone`, {
        headers: { 'x-school': 'a', 'x-delay': '150' },
        signal: gone.signal,
      });
      await new Promise((r) => setTimeout(r, 30));
      gone.abort();
      await early.catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
      // The school's one place is free: the next request is served, not refused after waiting (503 SCHOOL_BUSY).
      await t.get('/fast', 'a').expect(200);
    } finally {
      t.server.close();
    }
  });

  it('gives the place of a client that hung up to the next one', async () => {
    const t = appWith(1, 5);
    try {
      const first = t.get('/slow', 'a');
      void first.then(
        () => undefined,
        () => undefined,
      );
      await until(() => t.held.length === 1);
      first.abort();
      const next = t.get('/slow', 'a').then((r) => r.status);
      await new Promise((r) => setTimeout(r, 50));
      t.held.shift()!(); // the aborted request's handler finishes; its place goes on
      await until(() => t.held.length === 1);
      t.held.shift()!();
      expect(await next).toBe(200);
    } finally {
      t.server.close();
    }
  });

  it('resumes every queued request in its own context, whether a finished request or a hang-up hands over', async () => {
    const t = appWith(2, 10);
    try {
      const ids = ['r0', 'r1', 'r2', 'r3', 'r4', 'r5'];
      // r0 and r1 run, r2..r5 wait; r0's client hangs up (its place goes on from the socket's close, outside any request).
      const first = t.get('/slow', 'a', 'r0');
      void first.then(
        () => undefined,
        () => undefined,
      );
      await until(() => t.held.length === 1);
      const answers: Promise<unknown>[] = [];
      for (const id of ids.slice(1)) {
        answers.push(t.get('/slow', 'a', id).then((r) => r.body as unknown));
        await new Promise((r) => setTimeout(r, 20)); // in this order
      }
      await until(() => t.held.length === 2);
      first.abort();
      await until(() => t.held.length === 3);
      // The others are handed over by a finishing request, one by one.
      for (let released = 0; released < 6; released++) {
        await until(() => t.held.length > 0);
        t.held.shift()!();
      }
      expect(await Promise.all(answers)).toEqual(ids.slice(1).map((id) => ({ ranAs: id })));
    } finally {
      t.server.close();
    }
  });
});

describe('per-school concurrency in the real app (SCHOOL_CONCURRENCY=2)', () => {
  let t: TestPlatform;
  let admins: { token: string; id: string }[];
  beforeAll(async () => {
    // Behind a proxy on loopback: each request's client address comes from its X-Forwarded-For.
    t = await startTestPlatform({ SCHOOL_CONCURRENCY: '2', TRUST_PROXY: 'loopback' });
    await t.school('lanes');
    const first = await t.login('lanes');
    await t.activeUser('lanes', first.accessToken, { name: 'Second Head', email: 'head2@lanes.test', role: 'admin' });
    const second = await t.login('lanes', 'head2@lanes.test');
    admins = [first, second].map((s) => ({ token: s.accessToken, id: s.user.id }));
  }, 60_000);
  afterAll(() => t.close());

  it("audits each of 12 concurrent writes with its own request's user, address and agent", async () => {
    const sent = Array.from({ length: 12 }, (_, i) => ({ i, ip: `203.0.113.${i + 1}`, agent: `agent-${i}`, admin: admins[i % 2]! }));
    const created = await Promise.all(
      sent.map(async (s) => {
        const res = await request(t.app)
          .post('/api/subjects')
          .set('X-Tenant-ID', 'lanes')
          .set(bearer(s.admin.token))
          .set('X-Forwarded-For', s.ip)
          .set('User-Agent', s.agent)
          .send({ code: `S${s.i}`, name: `Subject ${s.i}` });
        expect(res.status).toBe(201);
        return { ...s, subjectId: res.body.id as string };
      }),
    );
    const audit = await t.as('lanes', admins[0]!.token).get('/api/audit?model=Subject&limit=50').expect(200);
    const entries = audit.body.data as { recordId: string; actorId: string; ip: string; userAgent: string }[];
    const seen = created.map((c) => {
      const e = entries.find((x) => x.recordId === c.subjectId);
      return e && { actorId: e.actorId, ip: e.ip, userAgent: e.userAgent };
    });
    expect(seen).toEqual(created.map((c) => ({ actorId: c.admin.id, ip: c.ip, userAgent: c.agent })));
  });

  it('serves ordinary requests after clients hung up on requests holding the school lane', async () => {
    const server = t.app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const get = (signal?: AbortSignal) =>
      fetch(`${base}/api/students?limit=5`, { headers: { 'X-Tenant-ID': 'lanes', ...bearer(admins[0]!.token) }, signal }).then(
        (r) => r.status,
        (err: Error) => err.name,
      );
    try {
      for (let round = 0; round < 5; round++) {
        // Two requests take the lane, six queue behind them, then the first two are abandoned by their clients.
        const controllers = [new AbortController(), new AbortController()];
        const abandoned = controllers.map((c) => get(c.signal));
        await new Promise((r) => setTimeout(r, 2));
        const queued = Array.from({ length: 6 }, () => get());
        await new Promise((r) => setTimeout(r, 5));
        for (const c of controllers) c.abort();
        await Promise.all(abandoned);
        expect(await Promise.all(queued)).toEqual([200, 200, 200, 200, 200, 200]);
      }
      expect(await Promise.all(Array.from({ length: 4 }, () => get()))).toEqual([200, 200, 200, 200]);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
