import mongoose from 'mongoose';
import request from 'supertest';
import { bearer, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startSecondDatabase } from '../../../test/servers.js';
import type { DatabaseServer } from '../../db/embedded-server.js';
import { moveTenant } from './move.js';
import { startTestSmtp } from '../../../test/smtp.js';
import { announcements, enqueueFor, outboxOf } from '../../../test/messages.js';
import { createMessageWorker } from '../messages/worker.js';
import { EmailTransports } from '../messages/transports/email.js';

let t: TestPlatform;
let second: DatabaseServer;
let root: string;
const tokens: Record<string, string> = {};

const deps = () => ({
  db: t.platform.db,
  connections: t.platform.connections,
  resolver: t.platform.tenants,
  encryptionKey: t.platform.config.encryptionKey,
  cacheTtlMs: 0, // one instance here: its cache is dropped at once
});
const sharedCollections = async (sub: string) =>
  t.platform.db.connection.useDb(`${t.platform.config.tenantDbPrefix}${sub.replace(/-/g, '_')}`).listCollections();
const onSecond = async (sub: string) => {
  const conn = await mongoose
    .createConnection(second.uri, { dbName: `${t.platform.config.tenantDbPrefix}${sub.replace(/-/g, '_')}` })
    .asPromise();
  try {
    return { collections: (await conn.listCollections()).map((c) => c.name), students: await conn.collection('students').countDocuments() };
  } finally {
    await conn.close();
  }
};
const students = (sub: string) => t.as(sub, tokens[sub]!).get('/api/students');
const addStudent = (sub: string, firstName: string) => t.as(sub, tokens[sub]!).post('/api/students', { firstName, lastName: 'Mover' });

beforeAll(async () => {
  second = await startSecondDatabase();
  t = await startTestPlatform();
  root = await t.superAdmin();
  for (const sub of ['mv-a', 'mv-b', 'mv-c', 'mv-d']) {
    await t.school(sub);
    tokens[sub] = (await t.login(sub)).accessToken;
    for (const n of ['Ann', 'Ben']) await addStudent(sub, n).expect(201);
  }
}, 120_000);
afterAll(async () => {
  await t.close();
  await second.stop();
});

describe('moving a school to its own database server', () => {
  it('pauses writes (reads go on), copies and verifies everything, switches, then drops the old database', async () => {
    const during: number[] = [];
    const report = await moveTenant(deps(), 'mv-a', second.uri, {
      onStep: async (step) => {
        if (step !== 'maintenance') return;
        during.push((await students('mv-a')).status);
        const refused = await addStudent('mv-a', 'Late');
        during.push(refused.status);
        expect(refused.body.error).toBe('TENANT_MAINTENANCE');
        expect(refused.headers['retry-after']).toBe('60');
        // Other schools are not affected.
        during.push((await addStudent('mv-b', 'Busy')).status);
      },
    });
    expect(during).toEqual([200, 503, 201]);
    expect(report.collections.students).toMatchObject({ count: 2 });
    expect(report.sourceDropped).toBe(true);

    const school = (await request(t.app).get('/api/superadmin/tenants?search=mv-a').set(bearer(root)).expect(200)).body.data[0];
    expect(school.databaseConfig).toMatchObject({ dedicated: true });
    expect(JSON.stringify(school)).not.toContain(second.uri);
    // The school works from its new server: reads, writes, sign-in.
    await addStudent('mv-a', 'Cat').expect(201);
    expect((await students('mv-a').expect(200)).body.total).toBe(3);
    expect(await onSecond('mv-a')).toMatchObject({ students: 3 });
    await t.login('mv-a');
    expect(await sharedCollections('mv-a')).toEqual([]);
  });

  it('keeps the school where it was, and writable, when the move fails before the switch', async () => {
    await expect(
      moveTenant(deps(), 'mv-c', second.uri, {
        onStep: (step) => {
          if (step === 'copied') throw new Error('the network broke');
        },
      }),
    ).rejects.toThrow('the network broke');
    const school = await t.platform.db.Tenant.findOne({ subdomain: 'mv-c' }).select('+databaseConfig.connectionString').lean();
    expect(school?.databaseConfig?.connectionString).toBeUndefined();
    expect(school?.maintenance?.since).toBeUndefined();
    await addStudent('mv-c', 'Still').expect(201);
    expect((await students('mv-c').expect(200)).body.total).toBe(3);
    expect((await onSecond('mv-c')).collections).toEqual([]);
  });

  it('keeps the old database on request, and refuses what cannot work', async () => {
    const report = await moveTenant(deps(), 'mv-d', second.uri, { keepSource: true });
    expect(report.sourceDropped).toBe(false);
    expect((await sharedCollections('mv-d')).length).toBeGreaterThan(0);
    // Moving again onto the server it is on.
    await expect(moveTenant(deps(), 'mv-d', second.uri)).rejects.toMatchObject({ code: 'SAME_SERVER' });
    // A server that already holds a database of that name: refused, and that database is left alone.
    const squatter = await mongoose.createConnection(second.uri, { dbName: `${t.platform.config.tenantDbPrefix}mv_b` }).asPromise();
    await squatter.collection('other').insertOne({ mine: true });
    await expect(moveTenant(deps(), 'mv-b', second.uri)).rejects.toMatchObject({ status: 409, code: 'DATABASE_EXISTS' });
    expect(await squatter.collection('other').countDocuments()).toBe(1);
    await squatter.close();
    await expect(moveTenant(deps(), 'mv-b', 'mongodb://127.0.0.1:1/')).rejects.toMatchObject({ status: 400, code: 'TARGET_UNREACHABLE' });
    await expect(moveTenant(deps(), 'mv-b', t.platform.config.mongodbUri ?? process.env.TEST_MONGODB_URI!)).rejects.toMatchObject({
      code: 'SAME_SERVER',
    });
    await addStudent('mv-b', 'Fine').expect(201);
  });
});

describe('messages of a school that moves', () => {
  it('wait while it moves (nothing is written to the database being copied) and are sent from its new server after', async () => {
    const smtp = await startTestSmtp();
    const email = new EmailTransports({
      platformUrl: smtp.url,
      platformFrom: 'no-reply@schools.test',
      db: t.platform.db,
      encryptionKey: t.platform.config.encryptionKey,
    });
    const worker = createMessageWorker(t.platform, { pollMs: 50, email });
    try {
      const school = await t.school('mv-msg');
      await enqueueFor(t, school, announcements(school, 2, 'move'));
      await moveTenant(deps(), 'mv-msg', second.uri, {
        onStep: async (step) => {
          if (step !== 'maintenance') return;
          await worker.runOnce();
          expect(smtp.mails).toHaveLength(0);
        },
      });
      await worker.drainUntilIdle();
      expect(smtp.mails.map((m) => m.envelopeTo[0]).sort()).toEqual(['move-0@mv-msg.test', 'move-1@mv-msg.test']);
      const moved = (await t.platform.tenants.byId(school.id))!;
      expect((await outboxOf(t, moved)).map((m) => m.state)).toEqual(['sent', 'sent']);
    } finally {
      await worker.stop();
      email.close();
      await smtp.stop();
    }
  });
});
