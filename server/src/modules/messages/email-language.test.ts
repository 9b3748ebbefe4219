import request from 'supertest';
import { PASSWORD, startTestPlatform, type TestPlatform } from '../../../test/helpers.js';
import { startTestSmtp, type ReceivedMail, type TestSmtp } from '../../../test/smtp.js';
import { createMessageWorker } from './worker.js';

let smtp: TestSmtp;
let t: TestPlatform;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await startTestPlatform({ SMTP_URL: smtp.url, SMTP_FROM: 'no-reply@schools.test', BASE_DOMAIN: 'schools.test' });
  await t.school('mlang');
  await t.school('mlang-fr', { schoolConfig: { language: 'fr', locale: 'fr-SN', timeZone: 'Africa/Dakar' } });
  await t.school('mlang-ar', { schoolConfig: { language: 'ar', timeZone: 'Africa/Cairo' } });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

/** Runs the real message worker until the outbox is empty; the mails the SMTP server accepted for `to`. */
async function mailsTo(to: string): Promise<ReceivedMail[]> {
  const worker = createMessageWorker(t.platform, { pollMs: 50 });
  try {
    await worker.drainUntilIdle();
  } finally {
    await worker.stop();
  }
  return smtp.mails.filter((m) => m.envelopeTo.includes(to));
}

const invite = async (school: string, email: string) => {
  const admin = (await t.login(school)).accessToken;
  await t.as(school, admin).post('/api/users', { name: 'Léa Nour', email, role: 'teacher' }).expect(201);
};

describe("emails in the recipient's language", () => {
  it("an invitation from a French-speaking school arrives in French, its date in the school's zone and locale", async () => {
    await invite('mlang-fr', 'lea@mlang-fr.test');
    const [mail] = await mailsTo('lea@mlang-fr.test');
    expect(mail?.subject).toBe('Vous êtes invité(e) sur School mlang-fr');
    expect(mail?.text).toContain('Bonjour Léa Nour,');
    expect(mail?.text).toContain('School mlang-fr vous invite sur son portail scolaire en tant que enseignant.');
    expect(mail?.text).toMatch(/Il ne sert qu'une fois, jusqu'au \d{1,2} [a-zéû.]+ \d{4}/);
    expect(mail?.text).toContain('Choisir mon mot de passe: http');
    expect(mail?.html).toContain('<html lang="fr" dir="ltr">');
    expect(mail?.html).toContain('Choisir mon mot de passe');
  });

  it('an Arabic one is written right to left', async () => {
    await invite('mlang-ar', 'nour@mlang-ar.test');
    const [mail] = await mailsTo('nour@mlang-ar.test');
    expect(mail?.subject).toBe('دعوة للانضمام إلى School mlang-ar');
    expect(mail?.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail?.text).toContain('اختر كلمة مرورك عبر الرابط أدناه');
  });

  it("the person's own language wins over the school's: a reset link in French from an English school", async () => {
    const admin = (await t.login('mlang')).accessToken;
    const user = await t.activeUser('mlang', admin, { name: 'Élodie', email: 'elodie@mlang.test', role: 'parent' });
    await mailsTo(user.email); // the invitation goes out first, in English
    const token = (await t.login('mlang', user.email, PASSWORD)).accessToken;
    await t.as('mlang', token).put('/api/auth/me/language', { language: 'fr' }).expect(200);
    smtp.mails.length = 0;
    await request(t.app).post('/api/auth/forgot-password').set('X-Tenant-ID', 'mlang').send({ email: user.email }).expect(202);
    const [mail] = await mailsTo(user.email);
    expect(mail?.subject).toBe('Réinitialisez votre mot de passe School mlang');
    expect(mail?.text).toContain("Quelqu'un a demandé à réinitialiser le mot de passe de votre compte School mlang.");

    // And English stays English for everyone else in that school.
    await invite('mlang', 'sam@mlang.test');
    const [english] = await mailsTo('sam@mlang.test');
    expect(english?.subject).toBe('You are invited to School mlang');
    expect(english?.html).toContain('<html lang="en" dir="ltr">');
  });
});
