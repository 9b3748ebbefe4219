import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient } from './http';
import { SessionStore } from './session';
import { readBody } from '../test/fake-api';

/** A small stand-in API on loopback: tokens "old" are expired, "new" are valid. */
let server: Server;
let base: string;
let refreshCalls = 0;
let refreshWorks = true;
const seen: Record<string, string | undefined>[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/api/auth/refresh') {
      refreshCalls += 1;
      const { refreshToken } = JSON.parse(await readBody(req)) as { refreshToken: string };
      await new Promise((r) => setTimeout(r, 30)); // slow enough for calls to pile up
      if (!refreshWorks || refreshToken !== 'refresh-1' || req.headers['x-tenant-id'] !== 'demo') {
        res.statusCode = 401;
        return res.end(JSON.stringify({ message: 'no', error: 'TOKEN_REUSED' }));
      }
      return res.end(JSON.stringify({ accessToken: 'new', refreshToken: 'refresh-2' }));
    }
    seen.push({ tenant: req.headers['x-tenant-id'] as string | undefined, auth: req.headers.authorization });
    if (req.headers.authorization !== 'Bearer new') {
      res.statusCode = 401;
      return res.end(JSON.stringify({ message: 'expired', error: 'TOKEN_EXPIRED' }));
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

let session: SessionStore;
let signedOut = 0;
beforeEach(() => {
  refreshCalls = 0;
  refreshWorks = true;
  signedOut = 0;
  seen.length = 0;
  session = new SessionStore(memory(), 'demo.refresh');
  session.set({ accessToken: 'old', refreshToken: 'refresh-1' });
});

const client = () => createHttpClient({ baseURL: base, tenant: () => 'demo', session, onSignedOut: () => (signedOut += 1) });

describe('the API client', () => {
  it('adds the school header and the bearer token to every call', async () => {
    session.set({ accessToken: 'new', refreshToken: 'refresh-1' });
    await client().get('/students');
    expect(seen).toEqual([{ tenant: 'demo', auth: 'Bearer new' }]);
  });

  it('refreshes once for many calls that hit an expired token, then replays them', async () => {
    const http = client();
    const results = await Promise.all(['/a', '/b', '/c'].map((u) => http.get(u)));
    expect(results.map((r) => r.data.url)).toEqual(['/api/a', '/api/b', '/api/c']);
    expect(refreshCalls).toBe(1);
    expect(session.token).toBe('new');
    expect(session.refreshToken).toBe('refresh-2');
  });

  it('signs out when the refresh fails, and does not loop', async () => {
    refreshWorks = false;
    const http = client();
    await expect(Promise.all([http.get('/a'), http.get('/b')])).rejects.toBeTruthy();
    expect(refreshCalls).toBe(1);
    expect(session.token).toBeNull();
    expect(session.refreshToken).toBeNull();
    expect(signedOut).toBeGreaterThanOrEqual(1);
  });
});
