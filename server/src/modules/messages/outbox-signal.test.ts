import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { announcements, enqueueFor } from '../../../test/messages.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';

/**
 * Found from outside: simultaneous requests of one school each enqueue a message and upsert the school's
 * platform queue entry; when the entry did not exist yet, all but one upsert could fail with a duplicate
 * key (409 to a caller whose message was already written: a burst of password resets answered 409 for a
 * real account only).
 */
let t: TestPlatform;
let s: TenantRecord;

beforeAll(async () => {
  t = await startTestPlatform({ MESSAGES_WORKER_ENABLED: 'false' });
  s = await t.school('sig-a');
});
afterAll(() => t.close());

test('simultaneous enqueues in a school with no queue entry all succeed, and the school is on the queue once', async () => {
  for (let round = 0; round < 5; round++) {
    await t.platform.db.MessageQueue.deleteMany({ _id: s.id });
    const results = await Promise.allSettled(announcements(s, 8, `r${round}`).map((m) => enqueueFor(t, s, [m])));
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    expect(await t.platform.db.MessageQueue.countDocuments({ _id: s.id })).toBe(1);
  }
});
