import os from 'node:os';
import bcrypt from 'bcrypt';
import { AppError } from '../lib/errors.js';

/**
 * Password hashing is the most expensive thing the API does (~250 ms of a core
 * at cost 12) and runs on libuv's thread pool, beside the event loop and the
 * database on the same cores. A sign-in flood could take every core and make
 * every other request wait, so at most `limit` hashes run at once in this
 * process (PASSWORD_HASH_CONCURRENCY; default: half the cores, at least 1);
 * the next ones wait in order, and past ~5 s of queue the sign-in is refused
 * with 503 AUTH_BUSY (bench/login-flood.ts measures the effect).
 */
let limit = autoLimit();
let running = 0;
const waiting: (() => void)[] = [];

function autoLimit(): number {
  return Math.max(1, Math.floor(os.availableParallelism() / 2));
}

/** Sets the number of password hashes run at once (0: automatic). */
export function setPasswordHashConcurrency(n: number): void {
  limit = n > 0 ? n : autoLimit();
}

async function hashing<T>(work: () => Promise<T>): Promise<T> {
  if (running < limit) running += 1;
  else {
    if (waiting.length >= limit * 20) {
      throw new AppError(503, 'AUTH_BUSY', 'Too many sign-ins are in progress; try again in a moment.', undefined, { 'Retry-After': '2' });
    }
    // A finishing hash hands its place over (running stays the same).
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(plain: string, cost: number): Promise<string> {
  return hashing(() => bcrypt.hash(plain, cost));
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return hashing(() => bcrypt.compare(plain, hash));
}

/**
 * A hash of a random value at the configured cost, compared against when the
 * email is unknown, so a wrong email costs the same time as a wrong password.
 */
export function makeDummyHash(cost: number): Promise<string> {
  return bcrypt.hash(`no-such-user-${Math.random()}`, cost);
}
