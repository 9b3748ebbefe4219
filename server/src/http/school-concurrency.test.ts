import express from 'express';
import request from 'supertest';
import type { TenantRecord } from '../tenancy/tenant.types.js';
import { schoolConcurrency } from './school-concurrency.js';
import { errorHandler } from './error-handler.js';

/** An app whose /slow requests wait until released; the school comes from a header, as the resolver would set it. */
function appWith(limit: number, queue: number, waitMs = 5_000) {
  const app = express();
  const held: (() => void)[] = [];
  let running = 0;
  let peak = 0;
  app.use((req, _res, next) => {
    req.tenant = { id: req.get('x-school') } as TenantRecord;
    next();
  });
  app.use(schoolConcurrency({ limit, queue, waitMs }));
  app.get('/slow', async (_req, res) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => held.push(resolve));
    running -= 1;
    res.json({ ok: true });
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
    get: (path: string, school: string) => request(server).get(path).set('x-school', school),
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
});
