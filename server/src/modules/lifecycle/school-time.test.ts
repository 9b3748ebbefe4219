import { Settings } from 'luxon';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { jobDeps, runLifecycleJob } from './jobs.js';
import { transition } from './lifecycle.js';

/** Trials and purges end at the school's midnight, and the status history names the school's day. */
let t: TestPlatform;

const clock = (iso: string) => {
  Settings.now = () => Date.parse(iso);
  return new Date(iso);
};

beforeAll(async () => {
  t = await startTestPlatform();
});
afterEach(() => {
  Settings.now = () => Date.now();
});
afterAll(() => t.close());

describe('lifecycle on the school’s clock', () => {
  it('ends a 14-day trial once its last day is over in the school’s zone, not mid-morning', async () => {
    clock('2026-03-09T22:00:00Z'); // 08:00 on 10 March in Brisbane
    const school = await t.school('trial-bne', { status: 'trial', schoolConfig: { timeZone: 'Australia/Brisbane' } });
    const doc = await t.platform.db.Tenant.findById(school.id).lean();
    // 14 days on is 08:00 on 24 March there; the trial runs to the end of that day (midnight = 14:00 UTC).
    expect(doc?.trialEndsAt?.toISOString()).toBe('2026-03-24T14:00:00.000Z');

    const before = await runLifecycleJob(jobDeps(t.platform), clock('2026-03-24T13:59:00Z'));
    expect(before.trialsEnded).not.toContain('trial-bne');
    const after = await runLifecycleJob(jobDeps(t.platform), clock('2026-03-24T14:00:00Z'));
    expect(after.trialsEnded).toContain('trial-bne');
    const change = await t.platform.db.StatusChange.findOne({ tenantId: school.id, to: 'suspended' }).lean();
    expect(change?.reason).toBe('The trial ended on 2026-03-24');
  });

  it('sets a deleted school’s purge date at its midnight 30 days on, across a daylight-saving change', async () => {
    const school = await t.school('gone-paris', { schoolConfig: { timeZone: 'Europe/Paris' } });
    clock('2026-10-20T10:00:00Z'); // 12:00 in Paris, summer time
    await transition(jobDeps(t.platform), school.id, 'deleted', { actor: 'root@platform.test' });
    const doc = await t.platform.db.Tenant.findById(school.id).lean();
    // 30 days on is 19 November, winter time (UTC+1): purged when that day is over there.
    expect(doc?.purgeAt?.toISOString()).toBe('2026-11-19T23:00:00.000Z');
    expect((await runLifecycleJob(jobDeps(t.platform), clock('2026-11-19T22:59:00Z'))).purged).not.toContain('gone-paris');
    expect((await runLifecycleJob(jobDeps(t.platform), clock('2026-11-19T23:00:00Z'))).purged).toContain('gone-paris');
  });
});
