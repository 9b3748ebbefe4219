import { AsyncResource } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import { AppError } from '../lib/errors.js';

export interface SchoolConcurrencyOptions {
  /** Requests of one school running at once on this instance (SCHOOL_CONCURRENCY; 0 = no cap). */
  limit: number;
  /** Requests of one school waiting for a turn; past this, 503 SCHOOL_BUSY (SCHOOL_QUEUE). */
  queue: number;
  /** Longest a request waits for its turn before 503 SCHOOL_BUSY. */
  waitMs: number;
}

interface Lane {
  running: number;
  waiting: (() => void)[];
}

const busy = () =>
  new AppError(503, 'SCHOOL_BUSY', 'This school has too many requests in progress; try again in a moment.', undefined, {
    'Retry-After': '1',
  });

/**
 * Noisy-neighbour guard: every school shares the database pool, so a school
 * whose requests are slow (a huge search, a heavy report) could hold every
 * socket and make all other schools wait. Here each school gets `limit`
 * requests running at once per instance (until each starts its answer); the
 * next `queue` wait in order and the rest are refused with 503. A fast school never notices (8 at ~10 ms each
 * is ~800 requests per second); a slow one queues behind itself, not in front
 * of the others (bench/noisy-neighbour.ts measures it).
 */
export function schoolConcurrency(opts: SchoolConcurrencyOptions): RequestHandler {
  const lanes = new Map<string, Lane>();
  return (req, res, next) => {
    if (opts.limit <= 0 || !req.tenant) return next();
    // A client that hung up while its request was on its way here (the school lookup, the sign-in check) has
    // already closed the response: 'close' will not fire again, so a place taken now would never be given back.
    // Nobody is waiting for the answer either: no place, no work.
    if (res.closed) return;
    const id = req.tenant.id;
    let lane = lanes.get(id);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      lanes.set(id, lane);
    }
    const current = lane;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const turn = current.waiting.shift();
      if (turn) turn();
      else {
        current.running -= 1;
        if (current.running === 0) lanes.delete(id);
      }
    };
    const start = () => {
      // The turn ends when the answer starts (headers out: the request's database work is done; a slow
      // client reading a long download does not hold it), or when the connection closes first.
      const writeHead = res.writeHead;
      res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
        release();
        return writeHead.apply(this, args);
      } as typeof res.writeHead;
      res.once('close', release);
      next();
    };
    if (current.running < opts.limit) {
      current.running += 1;
      return start();
    }
    if (current.waiting.length >= opts.queue) return next(busy());
    // Waits for a running request to hand over its place (running stays the same). The turn is called from
    // whatever ended that request (its answer, or its client's disconnect), so it is bound to this request's own
    // work context: otherwise it would run as the other request (its user, IP, school) or with no context at all.
    const turn = AsyncResource.bind(() => {
      clearTimeout(timer);
      res.off('close', gaveUp);
      start();
    });
    const timer = setTimeout(() => {
      current.waiting.splice(current.waiting.indexOf(turn), 1);
      res.off('close', gaveUp);
      next(busy());
    }, opts.waitMs);
    const gaveUp = () => {
      clearTimeout(timer);
      const i = current.waiting.indexOf(turn);
      if (i >= 0) current.waiting.splice(i, 1);
    };
    res.once('close', gaveUp);
    current.waiting.push(turn);
  };
}
