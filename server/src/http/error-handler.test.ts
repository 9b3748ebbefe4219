import mongoose from 'mongoose';
import { z } from 'zod';
import { AppError } from '../lib/errors.js';
import { answerClientErrors, toHttpError } from './error-handler.js';

describe('error mapping', () => {
  it('keeps AppError status, code, details and headers', () => {
    const r = toHttpError(new AppError(409, 'X', 'msg', [{ a: 1 }], { 'Retry-After': '1' }), false);
    expect(r).toEqual({ status: 409, body: { message: 'msg', error: 'X', details: [{ a: 1 }] }, headers: { 'Retry-After': '1' } });
  });

  it('maps zod errors to 400 with field details', () => {
    const err = z.object({ a: z.string() }).safeParse({ a: 1 }).error!;
    const r = toHttpError(err, false);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      message: 'Invalid request',
      error: 'VALIDATION_ERROR',
      details: [{ path: 'a', message: expect.any(String) }],
    });
  });

  it('maps mongoose cast, validation and duplicate key errors without their text', () => {
    const cast = new mongoose.Error.CastError('ObjectId', 'zzz', '_id');
    expect(toHttpError(cast, true)).toMatchObject({ status: 400, body: { error: 'INVALID_VALUE' } });
    expect(JSON.stringify(toHttpError(cast, true).body)).not.toContain('Cast to');
    const validation = new mongoose.Error.ValidationError();
    expect(toHttpError(validation, true)).toMatchObject({ status: 400, body: { error: 'VALIDATION_ERROR' } });
    expect(toHttpError(Object.assign(new Error('E11000 dup key: { email: "x" }'), { code: 11000 }), true)).toEqual({
      status: 409,
      body: { message: expect.any(String), error: 'DUPLICATE' },
    });
  });

  it('maps body parser errors', () => {
    expect(toHttpError(Object.assign(new Error('x'), { type: 'entity.parse.failed', status: 400 }), false).status).toBe(400);
    expect(toHttpError(Object.assign(new Error('x'), { type: 'entity.too.large', status: 413 }), false).status).toBe(413);
  });

  it('maps an unreachable database to 503, naming the tenant database inside a school request', () => {
    const err = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:27017'), { name: 'MongoServerSelectionError' });
    expect(toHttpError(err, true)).toMatchObject({ status: 503, body: { error: 'TENANT_DB_UNAVAILABLE' } });
    expect(toHttpError(err, false)).toMatchObject({ status: 503, body: { error: 'DATABASE_UNAVAILABLE' } });
    expect(JSON.stringify(toHttpError(err, true).body)).not.toContain('10.0.0.1');
  });

  it('maps a database that goes away under an operation to 503, not 500', () => {
    const going = [
      ...[
        'MongoPoolClosedError',
        'MongoServerClosedError',
        'MongoClientClosedError',
        'MongoWaitQueueTimeoutError',
        'MongoTopologyClosedError',
      ].map((name) => Object.assign(new Error('closed'), { name })),
      ...[91, 11600].map((code) =>
        Object.assign(new Error('The server is in quiesce mode and will shut down'), { name: 'MongoServerError', code }),
      ),
      // What FerretDB 1.x answered a find it cancelled at shutdown, in the platform-restart drill.
      Object.assign(
        new Error('[msg_find.go:344 handler.handleMaxTimeMSError] [sqlite.(*queryIterator).Next] context canceled after delay'),
        {
          name: 'MongoServerError',
          code: 1,
        },
      ),
    ];
    for (const err of going) expect([err.name, toHttpError(err, true).status]).toEqual([err.name, 503]);
    // Other server errors stay 500.
    expect(toHttpError(Object.assign(new Error('x'), { name: 'MongoServerError', code: 2 }), true).status).toBe(500);
  });

  it('turns anything unknown into a 500 with no internals, never a 4xx', () => {
    for (const err of [new Error('secret internals'), new TypeError('x is undefined'), 'a string', null, { status: 404 }]) {
      const r = toHttpError(err, false);
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ message: expect.any(String), error: 'INTERNAL_ERROR' });
    }
  });
});

describe('requests Node refuses before the app', () => {
  it('answer in the same JSON shape (431 for headers over the limit)', async () => {
    const { createServer, request: httpRequest } = await import('node:http');
    const server = createServer((_req, res) => res.end('never'));
    answerClientErrors(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const res = await new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: `/api/x?q=${'a'.repeat(20_000)}` }, (r) => {
          let body = '';
          r.on('data', (c: Buffer) => (body += c.toString()));
          r.on('end', () => resolve({ status: r.statusCode ?? 0, type: String(r.headers['content-type']), body }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(res).toEqual({
        status: 431,
        type: 'application/json',
        body: JSON.stringify({ message: 'Request line or headers too large', error: 'HEADERS_TOO_LARGE' }),
      });
    } finally {
      server.close();
    }
  });
});
