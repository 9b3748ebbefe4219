import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from './http';
import { SessionStore } from './session';
import { acrossTabs, type Locks } from './refresh-lock';

/**
 * A small stand-in API on loopback: access tokens "old" are expired, "new" are
 * valid. The refresh cookie is modelled as one shared jar (one browser, many
 * tabs): a refresh that arrives while another is still rotating it presents
 * the same, just-used token, and is refused as reuse (no server grace here).
 */
let server: Server;
let base: string;
let refreshCalls = 0;
let refreshWorks = true;
let rotating = false;
let reuses = 0;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/api/auth/refresh') {
      refreshCalls += 1;
      if (rotating) reuses += 1;
      const reuse = rotating;
      rotating = true;
      await new Promise((r) => setTimeout(r, 30)); // slow enough for calls to pile up
      if (!reuse) rotating = false;
      if (reuse || !refreshWorks || req.headers['x-session'] !== 'cookie' || req.headers['x-tenant-id'] !== 'demo') {
        res.statusCode = 401;
        return res.end(JSON.stringify({ message: 'no', error: 'TOKEN_REUSED' }));
      }
      return res.end(JSON.stringify({ accessToken: 'new' }));
    }
    seen.push({
      tenant: req.headers['x-tenant-id'] as string | undefined,
      auth: req.headers.authorization,
      session: req.headers['x-session'] as string,
    });
    if (req.headers.authorization !== 'Bearer new') {
      res.statusCode = 401;
      const error = req.url === '/api/revoked' ? 'TOKEN_REVOKED' : 'TOKEN_EXPIRED';
      return res.end(JSON.stringify({ message: 'expired', error }));
    }
    res.end(JSON.stringify({ ok: true, url: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

/** navigator.locks' exclusive mode, for one "browser" shared by the tabs of a test. */
function fakeLocks(): Locks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback, callback);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

let session: SessionStore;
let signedOut = 0;
beforeEach(() => {
  refreshCalls = 0;
  refreshWorks = true;
  rotating = false;
  reuses = 0;
  signedOut = 0;
  seen.length = 0;
  session = new SessionStore(memory(), 'demo.session');
  session.set({ accessToken: 'old' });
});

const client = (s = session, locks: Locks | null = null) =>
  createHttpClient({ baseURL: base, tenant: () => 'demo', session: s, onSignedOut: () => (signedOut += 1), locks });

describe('the API client', () => {
  it('adds the school header, the session header and the bearer token to every call', async () => {
    session.set({ accessToken: 'new' });
    await client().get('/students');
    expect(seen).toEqual([{ tenant: 'demo', auth: 'Bearer new', session: 'cookie' }]);
  });

  it('refreshes once for many calls that hit an expired token, then replays them', async () => {
    const http = client();
    const results = await Promise.all(['/a', '/b', '/c'].map((u) => http.get(u)));
    expect(results.map((r) => r.data.url)).toEqual(['/api/a', '/api/b', '/api/c']);
    expect(refreshCalls).toBe(1);
    expect(session.token).toBe('new');
  });

  it('refreshes after a revoked access token too (a logout or password change elsewhere)', async () => {
    const res = await client().get('/revoked');
    expect(res.data.url).toBe('/api/revoked');
    expect(refreshCalls).toBe(1);
  });

  it('signs out when the refresh fails, and does not loop', async () => {
    refreshWorks = false;
    const http = client();
    await expect(Promise.all([http.get('/a'), http.get('/b')])).rejects.toBeTruthy();
    expect(refreshCalls).toBe(1);
    expect(session.token).toBeNull();
    expect(session.maybeSignedIn).toBe(false);
    expect(signedOut).toBeGreaterThanOrEqual(1);
  });
});

describe('a session that ends under an open page (askToSignInAgain)', () => {
  const user = { id: 'u1', name: 'Ada', email: 'ada@demo.test', role: 'admin' as const };
  const asking = () => createHttpClient({ baseURL: base, tenant: () => 'demo', session, askToSignInAgain: true, locks: null });
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(check()).toBe(true);
  };

  it('keeps the user, asks to sign in again, then replays every call that failed meanwhile', async () => {
    refreshWorks = false;
    session.set({ accessToken: 'old', user });
    const calls = Promise.all([asking().post('/save', { typed: 'work' }), asking().get('/b')]);
    await until(() => session.signInRequested);
    expect(session.currentUser).toEqual(user);
    expect(session.token).toBeNull();
    session.set({ accessToken: 'new', user }); // what signing in again does
    session.endSignInRequest(true);
    expect((await calls).map((r) => r.data.url)).toEqual(['/api/save', '/api/b']);
    expect(session.signInRequested).toBe(false);
  });

  it('signs out when the person chooses to, and the calls fail', async () => {
    refreshWorks = false;
    session.set({ accessToken: 'old', user });
    const call = asking().get('/a');
    await until(() => session.signInRequested);
    session.endSignInRequest(false);
    await expect(call).rejects.toBeTruthy();
    expect(session.currentUser).toBeNull();
    expect(session.maybeSignedIn).toBe(false);
  });
});

describe('two tabs', () => {
  const tabs = () => {
    const storage = memory();
    const a = new SessionStore(storage, 'demo.session');
    const b = new SessionStore(storage, 'demo.session');
    a.set({ accessToken: 'old' });
    b.set({ accessToken: 'old' });
    return [a, b] as const;
  };

  it('take turns to refresh (Web Locks): both stay signed in', async () => {
    const locks = fakeLocks();
    const [a, b] = tabs();
    const results = await Promise.all([client(a, locks).get('/a'), client(b, locks).get('/b')]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    expect(reuses).toBe(0);
    expect(signedOut).toBe(0);
  });

  it('without the lock, refresh at once and the second is refused as reuse (what the lock prevents)', async () => {
    const [a, b] = tabs();
    const results = await Promise.allSettled([client(a).get('/a'), client(b).get('/b')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(reuses).toBe(1);
  });

  it('the lock runs one holder at a time, in order, even when one fails', async () => {
    const locks = fakeLocks();
    const order: string[] = [];
    const step = (name: string, fail = false) =>
      acrossTabs(
        'x',
        async () => {
          order.push(`${name}:start`);
          await new Promise((r) => setTimeout(r, 5));
          order.push(`${name}:end`);
          if (fail) throw new Error(name);
          return name;
        },
        locks,
      );
    const results = await Promise.allSettled([step('a', true), step('b'), step('c')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });
});
