import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../lib/errors.js';
import type { LeaseDoc } from '../lifecycle/lease.schema.js';

export const HOLD_JOB = 'messages';

export interface Hold {
  ids: string[];
  /** The turn must have started its last message before this (the hold's last window ends soon after). */
  deadline: number;
}

/**
 * Exclusive holds on a school for the message worker, safe on FerretDB 1.x
 * (where a conditional update is a read then a write, so two workers could
 * both "win" one). A hold is a Lease document whose `_id` names the school and
 * a time window, `hold:<tenantId>:<floor(now / windowMs)>`: the unique `_id`
 * index lets exactly one worker insert it (atomic on every server), and the
 * next window's `_id` is a new document, so a worker that died loses its hold
 * when the window ends without anyone having to notice. A turn stops starting
 * messages `marginMs` before its window ends (room for clocks that differ a
 * little between instances), so two workers never start messages of the same
 * school at the same time. Near the end of a window the turn holds the next
 * window too (taken only after the current one, so nobody else can hold it
 * already), and gets a full window instead of waiting. A send still in flight
 * at the deadline stays `sending`, which no other worker touches until it is
 * older than the stuck limit (longer than a window).
 */
export class SchoolHolds {
  constructor(
    private readonly leases: Model<LeaseDoc>,
    private readonly holder: string,
    readonly windowMs: number,
    readonly marginMs: number,
  ) {}

  /** Takes the school for one turn, or undefined when another worker has it. */
  async take(tenantId: string, now = Date.now()): Promise<Hold | undefined> {
    const window = Math.floor(now / this.windowMs);
    const ids = [`hold:${tenantId}:${window}`];
    let deadline = (window + 1) * this.windowMs - this.marginMs;
    if (deadline - now < this.marginMs) {
      ids.push(`hold:${tenantId}:${window + 1}`);
      deadline += this.windowMs;
    }
    const taken: string[] = [];
    for (const id of ids) {
      try {
        await this.leases.create({ _id: id, job: HOLD_JOB, holder: this.holder, at: new Date(now) });
        taken.push(id);
      } catch (err) {
        await this.release({ ids: taken, deadline });
        if (isDuplicateKey(err)) return undefined;
        throw err;
      }
    }
    return { ids, deadline };
  }

  /** Gives the school back after a turn (another worker may take it in the same window). */
  async release(hold: Hold): Promise<void> {
    for (const id of hold.ids) await this.leases.deleteOne({ _id: id, holder: this.holder });
  }
}
