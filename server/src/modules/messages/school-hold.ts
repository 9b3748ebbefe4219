import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../lib/errors.js';
import type { LeaseDoc } from '../lifecycle/lease.schema.js';

export const HOLD_JOB = 'messages';

export interface Hold {
  id: string;
  /** The turn must have sent its last message before this (the hold's window ends soon after). */
  deadline: number;
}

/**
 * Exclusive holds on a school for the message worker, safe on FerretDB 1.x
 * (where a conditional update is a read then a write, so two workers could
 * both "win" one). A hold is a Lease document whose `_id` names the school and
 * a time window, `hold:<tenantId>:<floor(now / windowMs)>`: the unique `_id`
 * index lets exactly one worker insert it (atomic on every server), and the
 * next window's `_id` is a new document, so a worker that died loses its hold
 * when the window ends without anyone having to notice. A turn taken in a
 * window stops starting messages `marginMs` before the window ends, so two
 * workers never start messages of the same school at the same time; a send
 * still in flight then stays `sending`, which no other worker touches until
 * it is older than the stuck limit (longer than a window).
 */
export class SchoolHolds {
  constructor(
    private readonly leases: Model<LeaseDoc>,
    private readonly holder: string,
    readonly windowMs: number,
    readonly marginMs: number,
  ) {}

  /** Takes the school for one turn, or undefined when another worker has it (or too little of this window is left). */
  async take(tenantId: string, now = Date.now()): Promise<Hold | undefined> {
    const window = Math.floor(now / this.windowMs);
    const deadline = (window + 1) * this.windowMs - this.marginMs;
    if (deadline - now < this.marginMs) return undefined;
    const id = `hold:${tenantId}:${window}`;
    try {
      await this.leases.create({ _id: id, job: HOLD_JOB, holder: this.holder, at: new Date(now) });
    } catch (err) {
      if (isDuplicateKey(err)) return undefined;
      throw err;
    }
    return { id, deadline };
  }

  /** Gives the school back after a turn (another worker may take it in the same window). */
  async release(hold: Hold): Promise<void> {
    await this.leases.deleteOne({ _id: hold.id, holder: this.holder });
  }
}
