import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type TestSmtp } from '../../../test/smtp.js';
import { runForTenant, tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantRecord } from '../../tenancy/tenant.types.js';
import { OutboxModel } from '../messages/outbox.schema.js';
import { smsLength } from '../messages/transports/sms-segments.js';
import { createSmsTransport } from '../messages/transports/sms.js';
import { createMessageWorker } from '../messages/worker.js';
import { NotificationModel } from './notification.schema.js';

/**
 * An alert is said in each reader's language: School `alang` speaks French (fr-SN, Dakar). Awa's guardians are
 * Fatou (the school's French) and Karim, who chose Arabic and has a phone. Mail goes through the loopback SMTP server,
 * SMS through a loopback webhook gateway, both by the real message worker.
 */
let smtp: TestSmtp;
let gateway: http.Server;
const texts: { to: string; text: string }[] = [];
let t: TestPlatform;
let school: TenantRecord;
let fatou: string;
let karim: string;
let karimId: string;
let sectionId: string;
let awa: string;
let admin: ReturnType<TestPlatform['as']>;
let year: Awaited<ReturnType<TestPlatform['setUpYear']>>;

const inSchool = <R>(fn: () => Promise<R>) => runForTenant(t.platform.connections, school, fn);

async function drain() {
  const worker = createMessageWorker(t.platform, { pollMs: 50, sms: createSmsTransport(t.platform.config.messages.sms) });
  try {
    await worker.drainUntilIdle();
  } finally {
    await worker.stop();
  }
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  gateway = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      texts.push(JSON.parse(Buffer.concat(chunks).toString()));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `gw-${texts.length}` }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  t = await startTestPlatform({
    SMTP_URL: smtp.url,
    SMTP_FROM: 'no-reply@schools.test',
    BASE_DOMAIN: 'schools.test',
    SMS_PROVIDER: 'webhook',
    SMS_WEBHOOK_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
    SMS_WEBHOOK_SECRET: 'alert-language-webhook-secret',
  });
  school = await t.school('alang', {
    schoolConfig: { language: 'fr', locale: 'fr-SN', timeZone: 'Africa/Dakar', currency: 'XOF' },
    features: { smsNotifications: true, parentPortal: true },
  });
  const token = (await t.login('alang')).accessToken;
  admin = t.as('alang', token);
  year = await t.setUpYear('alang', token, { start: '2020-09-01', end: '2030-07-01' });
  sectionId = year.sectionId;
  const guardian = async (firstName: string, email: string, phone?: string) => {
    const g = (
      await admin
        .post('/api/guardians', { firstName, lastName: 'Diop', account: { email }, ...(phone ? { contact: { phone } } : {}) })
        .expect(201)
    ).body;
    return { id: g.id as string, userId: g.userId as string, token: await t.acceptInvitation('alang', g.invitation, email) };
  };
  const f = await guardian('Fatou', 'fatou@alang.test');
  const k = await guardian('Karim', 'karim@alang.test', '+221771234567');
  fatou = f.token;
  karim = k.token;
  karimId = k.userId;
  await t.as('alang', karim).put('/api/auth/me/language', { language: 'ar' }).expect(200);
  awa = (
    await admin
      .post('/api/students', { firstName: 'Awa', lastName: 'Diop', classId: year.classId, sectionId, guardianIds: [f.id, k.id] })
      .expect(201)
  ).body.id;
  await drain(); // the invitations
  smtp.mails.length = 0;
  await admin.put(`/api/attendance/sections/${sectionId}/2026-03-02`, { marks: [{ studentId: awa, status: 'absent' }] }).expect(200);
  await drain();
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
  gateway.closeAllConnections();
  await new Promise((r) => gateway.close(r));
});

describe('an absence alert', () => {
  it("reaches a French-reading parent by email in French, the day written in the school's locale", () => {
    const [mail] = smtp.mails.filter((m) => m.envelopeTo.includes('fatou@alang.test'));
    expect(mail?.subject).toBe('Absence de Awa Diop');
    expect(mail?.text).toContain('Awa Diop — lundi 2 mars 2026');
    expect(mail?.text).toContain(
      "Une absence de Awa Diop a été enregistrée le lundi 2 mars 2026. Si elle n'était pas prévue, merci de contacter l'école.",
    );
    expect(mail?.html).toContain('<html lang="fr" dir="ltr">');
  });

  it('reaches the parent who chose Arabic in Arabic, by email and by SMS billed as UCS-2 within two segments', async () => {
    const [mail] = smtp.mails.filter((m) => m.envelopeTo.includes('karim@alang.test'));
    expect(mail?.subject).toBe('سُجّل غياب Awa Diop');
    expect(mail?.text).toContain('سُجّل غياب Awa Diop يوم الاثنين، 2 مارس 2026.');
    expect(mail?.html).toContain('<html lang="ar" dir="rtl">');

    const [sms] = texts.filter((m) => m.to === '+221771234567');
    expect(sms?.text.startsWith('School alang: سُجّل غياب Awa Diop.')).toBe(true);
    expect(sms?.text).toMatch(/\.\.\. https?:\/\/\S+$/); // cut to fit, the link whole
    const length = smsLength(sms!.text);
    expect(length.encoding).toBe('UCS-2');
    expect(length.segments).toBe(2);
    // The usage the school is billed for is the UCS-2 count, not a GSM-7 one.
    const [row] = await inSchool(() => tenantModel(OutboxModel).find({ userId: karimId, channel: 'sms', kind: 'absence' }).lean());
    expect(row).toMatchObject({ state: 'sent', segments: 2 });
  });

  it("lists the same notification in the reader's language: Accept-Language, else their own, else the school's", async () => {
    const titles = async (token: string, lang?: string) => {
      const req = t.as('alang', token).get('/api/notifications');
      if (lang) void req.set('Accept-Language', lang);
      return ((await req.expect(200)).body.data as { title: string; body: string }[]).map((n) => [n.title, n.body]);
    };
    expect(await titles(fatou, 'ar')).toEqual([
      ['سُجّل غياب Awa Diop', 'سُجّل غياب Awa Diop يوم الاثنين، 2 مارس 2026. يُرجى التواصل مع المدرسة إن كان هذا الغياب غير متوقع.'],
    ]);
    expect((await titles(fatou))[0]?.[0]).toBe('Absence de Awa Diop');
    expect((await titles(karim))[0]?.[0]).toBe('سُجّل غياب Awa Diop');
    expect((await titles(karim, 'en'))[0]).toEqual([
      'Awa Diop was marked absent',
      'Awa Diop was marked absent on Monday 2 March 2026. Please contact the school if this is unexpected.',
    ]);
    // The record keeps its English text for older clients, beside the key and values.
    const stored = await inSchool(() =>
      tenantModel(NotificationModel)
        .find({ key: `absence:${awa}:2026-03-02` })
        .lean(),
    );
    expect(stored.map((n) => [n.title, n.text?.key, n.text?.values])).toEqual([
      ['Awa Diop was marked absent', 'absence', { student: 'Awa Diop', date: '2026-03-02' }],
      ['Awa Diop was marked absent', 'absence', { student: 'Awa Diop', date: '2026-03-02' }],
    ]);
  });

  it('an older notification without a key shows the text it was stored with, in any language', async () => {
    await inSchool(() =>
      tenantModel(NotificationModel).create({
        userId: karimId,
        key: 'results:legacy',
        kind: 'results_published',
        title: 'Results published: Mock exam',
        body: "Awa's results for Mock exam are now on the report card.",
      }),
    );
    const listed = (await t.as('alang', karim).get('/api/notifications').set('Accept-Language', 'ar').expect(200)).body.data as {
      title: string;
    }[];
    expect(listed.map((n) => n.title)).toContain('Results published: Mock exam');
  });
});

describe('a fee reminder', () => {
  it("says the amount in the school's currency and the reader's words, in the app and by email", async () => {
    const fees = (
      await admin
        .post('/api/fees/structures', {
          name: 'Scolarité',
          termId: year.termId,
          gradeLevelId: year.gradeId,
          items: [{ name: 'Scolarité', amount: 25_000 }],
          dueDate: '2026-11-30',
        })
        .expect(201)
    ).body;
    const [invoice] = (await admin.post(`/api/fees/structures/${fees.id}/invoices`, { classId: year.classId }).expect(200)).body.invoices;
    smtp.mails.length = 0;
    expect((await admin.post('/api/fees/alerts', { date: '2026-12-07' }).expect(200)).body.sent).toBe(2);
    await drain();
    // XOF has no minor unit: 25 000 francs, as Dakar writes them.
    const francs = new Intl.NumberFormat('fr-SN', { style: 'currency', currency: 'XOF' }).format(25_000);
    const [mail] = smtp.mails.filter((m) => m.envelopeTo.includes('fatou@alang.test'));
    expect(mail?.subject).toBe('Frais en retard');
    expect(mail?.text).toContain(`${francs} reste impayé sur la facture ${invoice.number as string}.`);
    const inbox = (await t.as('alang', karim).get('/api/notifications').expect(200)).body.data as { title: string; body: string }[];
    expect(inbox[0]).toMatchObject({
      title: 'رسوم متأخرة',
      body: `مبلغ ${new Intl.NumberFormat('ar', { style: 'currency', currency: 'XOF' }).format(25_000)} متأخر السداد على الفاتورة ${invoice.number as string}.`,
    });
  });
});

describe('a results alert', () => {
  it("names the child and the exam in the reader's language when the exam is published", async () => {
    const subject = (await admin.post('/api/subjects', { code: 'MATH', name: 'Mathématiques' }).expect(201)).body;
    const exam = (
      await admin
        .post('/api/exams', { name: 'Examen blanc', termId: year.termId, classId: year.classId, subjectId: subject.id, maxMarks: 20 })
        .expect(201)
    ).body;
    await admin.patch(`/api/exams/${exam.id}`, { status: 'published' }).expect(200);
    const latest = async (token: string, lang?: string) => {
      const req = t.as('alang', token).get('/api/notifications');
      if (lang) void req.set('Accept-Language', lang);
      return ((await req.expect(200)).body.data as { kind: string; title: string; body: string }[]).find(
        (n) => n.kind === 'results_published',
      );
    };
    expect(await latest(fatou)).toMatchObject({
      title: 'Résultats publiés : Examen blanc',
      body: 'Les résultats de Awa pour Examen blanc figurent désormais sur le bulletin.',
    });
    expect(await latest(karim, 'es')).toMatchObject({ title: 'Resultados publicados: Examen blanc' });
  });
});
