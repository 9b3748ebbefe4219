import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AxiosInstance } from 'axios';

export interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** The body exactly as it arrived (a file upload's bytes, before any decoding). */
  bytes: Buffer;
}
type Handler = (req: Seen) => readonly [number, unknown] | Promise<readonly [number, unknown]>;

export const readBytes = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
export const readBody = async (req: IncomingMessage) => (await readBytes(req)).toString('utf8');

/**
 * A stand-in API on loopback for component tests: answers `"METHOD /path"`
 * from a table (JSON in, JSON out) and records every request, so a test can
 * check what a screen sent and how it shows what came back.
 */
export async function fakeApi(routes: Record<string, Handler>) {
  const seen: Seen[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const bytes = await readBytes(req);
    const text = bytes.toString('utf8');
    const entry: Seen = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      // JSON, or the raw text of another type (a form-encoded one-click unsubscribe).
      body: text ? (/json/.test(req.headers['content-type'] ?? '') ? (JSON.parse(text) as unknown) : text) : undefined,
      bytes,
    };
    seen.push(entry);
    const handler = routes[`${entry.method} ${entry.path}`];
    const [status, payload] = handler ? await handler(entry) : [404, { message: 'Not found', error: 'NOT_FOUND' }];
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json');
    res.end(payload === undefined ? '' : JSON.stringify(payload));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    seen,
    origin,
    /** Points an app client at this server (node's HTTP adapter: no browser CORS in the way). */
    attach(client: AxiosInstance, base: string) {
      client.defaults.baseURL = `${origin}${base}`;
      client.defaults.adapter = 'http';
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export const page = <T>(data: T[]) => ({ data, page: 1, limit: 20, total: data.length, totalPages: 1 });
