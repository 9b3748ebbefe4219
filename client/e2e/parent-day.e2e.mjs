// End-to-end: a parent's day. The admin invites a guardian from the guardian's record (the invitation goes out
// through the real SMTP server on loopback), the parent opens the emailed link, sets a password, signs in on a phone
// and opens their child: absences this term with their dates, and fees by term. axe on every page visited.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, linkIn, PASSWORD, root, skipWithoutChromium, startMailbox, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const SCHOOL = 'delta';
const PARENT = 'amani.brown@family.test';
const addDays = (day, n) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** How the page writes a calendar day (ChildOverview dayLabel), in the browser's locale. */
const label = (page, day) =>
  page.evaluate(
    (d) =>
      new Date(`${d}T00:00:00Z`).toLocaleDateString(undefined, {
        timeZone: 'UTC',
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }),
    day,
  );

describe("a parent's day", { skip: skipWithoutChromium }, () => {
  let portal;
  let mailbox;
  let browser;
  let call;
  const today = new Date().toISOString().slice(0, 10);
  // Two absences on known days of this term, a present day between them.
  const absences = [addDays(today, -9), addDays(today, -2)];

  before(async () => {
    mkdirSync(shots, { recursive: true });
    mailbox = await startMailbox();
    portal = await startServer({ SMTP_URL: mailbox.url, SMTP_FROM: 'no-reply@e2e.test', MESSAGES_POLL_MS: '200' });
    await portal.createSchool(SCHOOL, 'Delta Primary');
    const admin = await portal.signInApi(SCHOOL, `admin@${SCHOOL}.test`);
    call = (method, url, body) => portal.api(method, url, body, admin, { 'X-Tenant-ID': SCHOOL });
    const year = await call('POST', '/academic-years', {
      name: 'This year',
      startDate: addDays(today, -200),
      endDate: addDays(today, 160),
      isCurrent: true,
      terms: [
        { name: 'Term 1', startDate: addDays(today, -200), endDate: addDays(today, -61) },
        { name: 'Term 2', startDate: addDays(today, -60), endDate: addDays(today, 60) },
      ],
    });
    const grade = await call('POST', '/grade-levels', { name: 'Grade 3', order: 3 });
    const cls = await call('POST', '/classes', {
      name: '3',
      academicYearId: year.id,
      gradeLevelId: grade.id,
      sections: [{ name: 'Blue' }],
    });
    const sectionId = cls.sections[0].id;
    const guardian = await call('POST', '/guardians', {
      firstName: 'Amani',
      lastName: 'Brown',
      relationship: 'mother',
      contact: { email: PARENT, phone: '+254712345678' },
    });
    const child = await call('POST', '/students', {
      firstName: 'Priya',
      lastName: 'Brown',
      dateOfBirth: '2018-04-12',
      classId: cls.id,
      sectionId,
      guardianIds: [guardian.id],
    });
    for (const day of [absences[0], addDays(absences[0], 1), absences[1]]) {
      const status = absences.includes(day) ? 'absent' : 'present';
      await call('PUT', `/attendance/sections/${sectionId}/${day}`, { marks: [{ studentId: child.id, status }] });
    }
    for (const [term, amount] of [
      [year.terms[0], 30_000],
      [year.terms[1], 45_000],
    ]) {
      const structure = await call('POST', '/fees/structures', {
        name: `${term.name} fees`,
        termId: term.id,
        gradeLevelId: grade.id,
        items: [{ name: 'Tuition', amount }],
        dueDate: term.endDate,
      });
      await call('POST', `/fees/structures/${structure.id}/invoices`, { studentIds: [child.id] });
    }
    const invoices = await call('GET', `/fees/invoices?studentId=${child.id}`).catch(() => null);
    const first = invoices?.data?.find((i) => i.total === 30_000);
    if (first) await call('POST', `/fees/invoices/${first.id}/payments`, { amount: 30_000, method: 'cash' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
    await mailbox?.stop();
  });

  it('the admin invites the guardian from their record; the parent accepts on a phone and sees absences by date and fees by term', async () => {
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desk.goto(portal.base(SCHOOL));
    await desk.getByLabel('Email').fill(`admin@${SCHOOL}.test`);
    await desk.getByLabel('Password').fill(PASSWORD);
    await desk.getByRole('button', { name: 'Sign in' }).click();
    await desk.getByText(/^Welcome/).waitFor();

    // The guardian's record: no account yet, invited in one click to the address on the record.
    await desk.goto(`${portal.base(SCHOOL)}/guardians`);
    await desk.getByRole('cell', { name: 'Amani Brown' }).waitFor();
    await desk.getByText('No account').waitFor();
    await checkA11y(desk, 'guardians (admin)');
    await desk.getByRole('button', { name: 'Invite to sign in' }).click();
    await desk.getByRole('status').filter({ hasText: 'Invited, link expires' }).waitFor();
    const copied = await desk.getByLabel('Invitation link for Amani Brown').inputValue();
    assert.match(copied, /\/accept-invitation\?school=delta&token=/);
    await desk.screenshot({ path: path.join(shots, 'guardian-record.png') });

    // The child's record as the office sees it: guardians with contacts, the invitation waiting.
    await desk.goto(`${portal.base(SCHOOL)}/students`);
    await desk.getByLabel('Name or admission no.').fill('Priya Brown');
    await desk.getByRole('button', { name: 'Search' }).click();
    await desk.getByRole('link', { name: 'Priya Brown' }).click();
    await desk.getByRole('heading', { name: 'Priya Brown', level: 1 }).waitFor();
    await desk.getByRole('link', { name: '+254712345678' }).waitFor();
    await desk.getByText(/Invited, expires/).waitFor();
    await checkA11y(desk, 'student record (admin)');
    await desk.close();

    // The invitation arrives by email; the parent opens it on a phone.
    const mail = await mailbox.waitFor(PARENT, /invit/i);
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await phone.newPage();
    await page.goto(linkIn(mail, '/accept-invitation'));
    await page.getByLabel('New password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('The same again').fill(PASSWORD);
    await checkA11y(page, 'accept invitation (phone)');
    await page.getByRole('button', { name: 'Set password' }).click();
    await page.getByText('Your password is set.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill(PARENT);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
    await checkA11y(page, 'home (parent, phone)');

    await page.goto(`${portal.base(SCHOOL)}/students`);
    await page.getByRole('link', { name: 'Priya Brown' }).click();
    await page.getByRole('heading', { name: 'Priya Brown', level: 1 }).waitFor();
    const list = page.getByRole('list', { name: 'Absences by date' });
    await list.waitFor();
    const lines = await list.getByRole('listitem').allTextContents();
    assert.deepEqual(lines, [`${await label(page, absences[1])}: Absent`, `${await label(page, absences[0])}: Absent`]);
    const fees = page.getByRole('table', { name: 'Fees by term' });
    const rows = await fees.locator('tbody tr').allTextContents();
    assert.equal(rows.length, 2);
    assert.match(rows[0], /^Term 1.*300/);
    assert.match(rows[1], /^Term 2.*450/);
    // The parent sees their own record among the guardians, and no button of the office.
    await page.getByRole('link', { name: PARENT }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Edit' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Attach/ }).count(), 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `the child's page is ${width} px wide on a 390 px phone`);
    await checkA11y(page, "child's page (parent, phone)");
    await page.screenshot({ path: path.join(shots, 'parent-phone.png'), fullPage: true });
    await phone.close();
  });
});
