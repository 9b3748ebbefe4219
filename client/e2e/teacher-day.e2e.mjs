// End-to-end: a teacher's day. The teacher (a staff record with an invited account) signs in, takes today's
// register, then enters marks in the grid, where a typo ("1O") is caught on that student's cell before saving.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("a teacher's day in a real browser", { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  let page;
  const ids = {};

  before(async () => {
    portal = await startServer();
    await portal.createSchool('gamma', 'Gamma School');
    const { api } = portal;
    const admin = await portal.signInApi('gamma', 'admin@gamma.test');
    const as = (method, url, body, token = admin) => api(method, url, body, token, { 'X-Tenant-ID': 'gamma' });
    const year = await as('POST', '/academic-years', {
      name: 'This year',
      startDate: day(-60),
      endDate: day(200),
      terms: [{ name: 'Term 1', startDate: day(-60), endDate: day(100) }],
    });
    const grade = await as('POST', '/grade-levels', { name: 'Grade 6', order: 6 });
    const teacher = await as('POST', '/teachers', { firstName: 'Tess', lastName: 'Teacher', account: { email: 'tess@gamma.test' } });
    const token = new URL(teacher.invitation.url, 'http://x').searchParams.get('token');
    await as('POST', '/auth/accept-invitation', { token, password: PASSWORD }, undefined);
    const cls = await as('POST', '/classes', {
      name: '6A',
      academicYearId: year.id,
      gradeLevelId: grade.id,
      sections: [{ name: 'A', homeroomTeacherId: teacher.id }],
    });
    ids.class = cls.id;
    ids.section = cls.sections[0].id;
    ids.subject = (await as('POST', '/subjects', { code: 'MATH', name: 'Mathematics' })).id;
    await as('POST', '/assignments', { classId: ids.class, sectionId: ids.section, subjectId: ids.subject, teacherId: teacher.id });
    for (const first of ['Ann', 'Ben', 'Cat'])
      await as('POST', '/students', { firstName: first, lastName: 'Pupil', classId: ids.class, sectionId: ids.section });
    // The teacher sets the test themself: a subject they teach in that class.
    const tess = await portal.signInApi('gamma', 'tess@gamma.test');
    ids.exam = (
      await as(
        'POST',
        '/exams',
        {
          name: 'Fractions quiz',
          termId: year.terms[0].id,
          classId: ids.class,
          subjectId: ids.subject,
          maxMarks: 20,
          decimals: 0,
          date: day(0),
        },
        tess,
      )
    ).id;
    browser = await launchBrowser();
    page = await browser.newPage();
    mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  it('signs in as the teacher', async () => {
    await page.goto(portal.base('gamma'));
    await page.getByLabel('Email').fill('tess@gamma.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/^Welcome/).waitFor();
    await checkA11y(page, 'teacher home');
  });

  it("takes today's register", async () => {
    await page.goto(`${portal.base('gamma')}/attendance?section=${ids.section}`);
    await page.getByLabel('Ben Pupil absent').waitFor();
    await checkA11y(page, 'register');
    await page.getByLabel('Ben Pupil absent').check();
    await page.getByRole('button', { name: 'Save register' }).click();
    await page.getByText('Saved: 2 present, 0 late, 1 absent, 0 excused.').waitFor();
    await page.screenshot({ path: path.join(shots, 'teacher-register.png'), fullPage: true });
  });

  it('enters marks in the grid, where a typo is caught on that student before anything is saved', async () => {
    await page.goto(`${portal.base('gamma')}/marks?pick=${ids.class}:${ids.section}&subject=${ids.subject}&exam=${ids.exam}`);
    const ann = page.getByLabel('Ann Pupil mark');
    await ann.waitFor();
    await ann.fill('1O');
    await ann.press('Enter');
    assert.equal(await ann.getAttribute('aria-invalid'), 'true');
    await page.getByText('Ann Pupil: "1O" is not a mark').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save marks' }).isDisabled(), true);
    // Enter moved to the next student, as in a spreadsheet.
    await page.keyboard.type('14');
    assert.equal(await page.getByLabel('Ben Pupil mark').inputValue(), '14');
    await page.keyboard.press('Enter');
    await page.keyboard.type('AB');
    await checkA11y(page, 'marks grid with an error');
    await page.screenshot({ path: path.join(shots, 'marks-grid.png'), fullPage: true });
    await ann.fill('10');
    await page.getByRole('button', { name: 'Save marks' }).click();
    await page.getByText('Saved 3 marks.').waitFor();
    await checkA11y(page, 'marks grid saved');
    const tess = await portal.signInApi('gamma', 'tess@gamma.test');
    const sheet = await portal.api('GET', `/exams/${ids.exam}/marks?sectionId=${ids.section}`, undefined, tess, { 'X-Tenant-ID': 'gamma' });
    assert.deepEqual(
      sheet.students.map((s) => [s.name, s.score, s.absent]),
      [
        ['Ann Pupil', 10, false],
        ['Ben Pupil', 14, false],
        ['Cat Pupil', null, true],
      ],
    );
  });
});
