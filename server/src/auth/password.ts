import { createRequire } from 'node:module';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import bcrypt from 'bcrypt';
import { AppError } from '../lib/errors.js';

/**
 * Password hashing is the most expensive thing the API does (~250 ms of a core
 * at cost 12). Run on libuv's thread pool, a sign-in flood took every core
 * from the event loop and the database (measured: other requests' p99 ×2.2
 * with 20 attempts a second). Here hashes run in a few worker threads of
 * their own (PASSWORD_HASH_CONCURRENCY, default one per core) that lower
 * their own CPU priority to the minimum (nice 19, Linux): they use the CPU
 * other work leaves idle, so a flood slows sign-ins, not the school day.
 * Past 20 waiting per worker a sign-in is refused with 503 AUTH_BUSY.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  // This thread's id, then the lowest priority for it alone (Linux; elsewhere hashes run at normal priority).
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  require('node:os').setPriority(tid, 19);
} catch {}
const bcrypt = require(workerData.bcrypt);
parentPort.on('message', ({ id, op, a, b }) => {
  try {
    parentPort.postMessage({ id, result: op === 'hash' ? bcrypt.hashSync(a, b) : bcrypt.compareSync(a, b) });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message) });
  }
});
`;

interface Job {
  id: number;
  op: 'hash' | 'compare';
  a: string;
  b: string | number;
  resolve(value: string | boolean): void;
  reject(err: Error): void;
}

class HashPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;

  constructor(private size: number) {}

  resize(size: number): void {
    this.size = size;
  }

  run(op: Job['op'], a: string, b: string | number): Promise<string | boolean> {
    if (this.queue.length >= this.size * 20) {
      return Promise.reject(
        new AppError(503, 'AUTH_BUSY', 'Too many sign-ins are in progress; try again in a moment.', undefined, { 'Retry-After': '2' }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, op, a, b, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.all.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.ref();
      worker.postMessage({ id: job.id, op: job.op, a: job.a, b: job.b });
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcrypt: createRequire(import.meta.url).resolve('bcrypt') } });
    worker.unref();
    worker.on('message', (msg: { id: number; result?: string | boolean; error?: string }) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      worker.unref(); // an idle hashing thread does not keep the process alive
      if (job) {
        if (msg.error !== undefined) job.reject(new Error(msg.error));
        else job.resolve(msg.result!);
      }
      if (this.all.length > this.size) this.retire(worker);
      else this.idle.push(worker);
      this.pump();
    });
    worker.on('error', (err) => {
      this.running.get(worker)?.reject(err);
      this.retire(worker);
      this.pump();
    });
    this.all.push(worker);
    return worker;
  }

  private retire(worker: Worker): void {
    this.running.delete(worker);
    this.all.splice(this.all.indexOf(worker), 1);
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    void worker.terminate();
  }
}

const autoSize = () => Math.max(1, os.availableParallelism());
const pool = new HashPool(autoSize());

/** Sets the number of hashing threads (0: one per core). */
export function setPasswordHashConcurrency(n: number): void {
  pool.resize(n > 0 ? n : autoSize());
}

/** bcrypt reads at most 72 bytes (UTF-8 bytes, not characters) and silently ignores the rest. */
export const BCRYPT_MAX_BYTES = 72;
export const passwordTooLong = (plain: string) => Buffer.byteLength(plain, 'utf8') > BCRYPT_MAX_BYTES;

/** Compares made so far, by the cost of the hash compared against (what a timing attacker sees; read by tests). */
const comparesByCost = new Map<number, number>();
export const passwordCompares = (): ReadonlyMap<number, number> => new Map(comparesByCost);

/** Refuses what bcrypt would truncate: a password is never stored shorter than it was typed. */
export async function hashPassword(plain: string, cost: number): Promise<string> {
  if (passwordTooLong(plain)) {
    throw new AppError(400, 'VALIDATION_ERROR', 'Invalid request', [
      { path: 'password', message: `must be at most ${BCRYPT_MAX_BYTES} bytes (UTF-8)` },
    ]);
  }
  return (await pool.run('hash', plain, cost)) as string;
}

export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  const cost = Number(/^\$2[abxy]?\$(\d{2})\$/.exec(hash)?.[1] ?? -1);
  comparesByCost.set(cost, (comparesByCost.get(cost) ?? 0) + 1);
  return (await pool.run('compare', plain, hash)) as boolean;
}

/**
 * A hash of a random value at the configured cost, compared against when the
 * email is unknown, so a wrong email costs the same time as a wrong password.
 */
export function makeDummyHash(cost: number): Promise<string> {
  return bcrypt.hash(`no-such-user-${Math.random()}`, cost);
}
