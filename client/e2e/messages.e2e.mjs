// End-to-end: the messages a school sends reach people. The real server sends through a real SMTP server on
// loopback; each test reads the mail that arrived there and follows its link in Chromium, as the person would.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, linkIn, PASSWORD, root, skipWithoutChromium, startMailbox, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const SCHOOL = 'gamma';
const PARENT = 'parent@gamma.test';
/** A header's raw value as it arrived (mailparser folds the List-* headers into an object). */
const header = (mail, name) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');

describe('messages that reach people', { skip: skipWithoutChromium }, () => {
  let mailbox;
  let portal;
  let browser;
  let admin;
  let student;
  let sectionId;

  before(async () => {
    mkdirSync(shots, { recursive: true });
    mailbox = await startMailbox();
    portal = await startServer({ SMTP_URL: mailbox.url, SMTP_FROM: 'no-reply@e2e.test', MESSAGES_POLL_MS: '200' });
    await portal.createSchool(SCHOOL, 'Gamma School', { theme: { primaryColor: '#6d28d9' } });
    browser = await launchBrowser();
    admin = await portal.signInApi(SCHOOL, `admin@${SCHOOL}.test`);
    const call = (method, url, body) => portal.api(method, url, body, admin, { 'X-Tenant-ID': SCHOOL });
    // A year around today, a grade, a class with a section, and a student.
    const year = new Date().getUTCFullYear();
    const y = await call('POST', '/academic-years', {
      name: `${year}/${year + 1}`,
      startDate: `${year - 1}-09-01`,
      endDate: `${year + 1}-08-31`,
      isCurrent: true,
      terms: [{ name: 'Term 1', startDate: `${year - 1}-09-01`, endDate: `${year + 1}-08-31` }],
    });
    const grade = await call('POST', '/grade-levels', { name: 'Grade 5', order: 5 });
    const cls = await call('POST', '/classes', { name: '5', academicYearId: y.id, gradeLevelId: grade.id, sections: [{ name: 'A' }] });
    sectionId = cls.sections[0].id;
    student = await call('POST', '/students', { firstName: 'Zawadi', lastName: 'Otieno', classId: cls.id, sectionId });
    portal.call = call;
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
    await mailbox?.stop();
  });

  it("welcomes a new school's first admin by email", async () => {
    const mail = await mailbox.waitFor(`admin@${SCHOOL}.test`, /welcome/i);
    assert.match(mail.text, /Gamma School/);
    assert.ok(mail.html, 'an HTML body beside the plain text');
    assert.match(mail.from.text, /Gamma School/);
  });

  it('invites a parent: the invitation arrives, its link sets a password, the parent sees their child', async () => {
    await portal.call('POST', '/guardians', {
      firstName: 'Amani',
      lastName: 'Otieno',
      relationship: 'mother',
      contact: { email: PARENT },
      account: { email: PARENT },
    });
    const { data } = await portal.call('GET', '/guardians?search=Amani');
    await portal.call('PATCH', `/students/${student.id}`, { guardianIds: [data[0].id] });

    const mail = await mailbox.waitFor(PARENT, /invit/i);
    assert.equal(header(mail, 'list-unsubscribe'), undefined, 'account mail is not bulk mail');
    const page = await browser.newPage();
    await page.goto(linkIn(mail, '/accept-invitation'));
    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('The same again').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(PARENT);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
    await page.getByRole('link', { name: 'Students' }).click();
    await page.getByRole('cell', { name: 'Zawadi Otieno' }).waitFor();
    await page.close();
  });

  it('tells the parent by email that their child was marked absent, once, with a working unsubscribe link', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const marks = { marks: [{ studentId: student.id, status: 'absent' }] };
    await portal.call('PUT', `/attendance/sections/${sectionId}/${today}`, marks);
    await portal.call('PUT', `/attendance/sections/${sectionId}/${today}`, marks);
    const mail = await mailbox.waitFor(PARENT, /absent/i);
    assert.match(mail.text, /Zawadi/);
    assert.equal(header(mail, 'list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    assert.match(header(mail, 'list-unsubscribe'), new RegExp(`^<http://${SCHOOL}\\.localhost:\\d+/api/public/unsubscribe\\?token=`));
    const page = await browser.newPage();
    await page.goto(linkIn(mail, '/unsubscribe'));
    await page.getByRole('button', { name: /^Unsubscribe from/ }).click();
    await page.getByText(/You will no longer receive/).waitFor();
    await page.close();
    const parent = await portal.signInApi(SCHOOL, PARENT);
    const prefs = await portal.api('GET', '/me/message-preferences', undefined, parent, { 'X-Tenant-ID': SCHOOL });
    assert.deepEqual(prefs.categories.absence, { email: false, sms: true });
    // Marking the register again sends nothing more.
    await new Promise((r) => setTimeout(r, 2_000));
    assert.equal(mailbox.messages.filter((m) => m.to?.value.some((a) => a.address === PARENT) && /absent/i.test(m.subject)).length, 1);
  });

  it('resets a forgotten password from the sign-in page through the emailed link', async () => {
    const page = await browser.newPage();
    await page.goto(portal.base(SCHOOL));
    await page.getByRole('link', { name: /forgot/i }).click();
    await page.getByLabel('Email').fill(PARENT);
    await page.getByRole('button', { name: /send/i }).click();
    await page.getByText(/if an account with this email exists/i).waitFor();
    const mail = await mailbox.waitFor(PARENT, /password/i);
    await page.goto(linkIn(mail, '/reset-password'));
    const next = 'a-brand-new-passphrase';
    await page.getByLabel('New password', { exact: true }).fill(next);
    await page.getByLabel('The same again').fill(next);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(PARENT);
    await page.getByLabel('Password').fill(next);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
    await page.screenshot({ path: path.join(shots, 'after-reset.png') });
    await page.close();
    // The link works once.
    const again = await browser.newPage();
    await again.goto(linkIn(mail, '/reset-password'));
    await again.getByLabel('New password', { exact: true }).fill('yet-another-passphrase');
    await again.getByLabel('The same again').fill('yet-another-passphrase');
    await again.getByRole('button', { name: 'Set new password' }).click();
    await again.getByRole('alert').waitFor();
    await again.close();
  });
});
