// End-to-end: the portal in Arabic (right to left) and in French. A school whose default language is Arabic: its
// sign-in page is html[dir=rtl][lang=ar] in Arabic words; its admin walks home, students, a student's page, fees,
// the attendance register, marks, the timetable and their account. A school whose default is English: its admin
// chooses Français in the header's menu, which is saved to the account (still French after a reload with this
// browser's memory cleared), and walks the same pages. On every page: axe, a screenshot (ar-<page>.png /
// fr-<page>.png) and a check that no English interface word is left on the screen.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkA11y, launchBrowser, PASSWORD, root, skipWithoutChromium, startServer } from './harness.mjs';

const shots = path.resolve(root, process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'school-e2e-shots'));
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * English interface words that must not be on a translated page (whole words, case as the portal writes them). The
 * schools' own data (people's names, class and subject names, codes) is chosen in each school's language, so any of
 * these on the page is an untranslated label, button, heading or message.
 */
const ENGLISH = [
  'Save',
  'Saving',
  'Students',
  'Student',
  'Search',
  'Loading',
  'Sign out',
  'Sign in',
  'Home',
  'Fees',
  'Attendance',
  'Marks',
  'Add',
  'Cancel',
  'Edit',
  'Delete',
  'Remove',
  'Retry',
  'Next',
  'Previous',
  'Timetable',
  'Teachers',
  'Guardians',
  'Subjects',
  'Exams',
  'Settings',
  'Announcements',
  'Print',
  'Export',
  'Welcome',
  'Invoices',
  'Invoice',
  'Balance',
  'Status',
  'Present',
  'Late',
  'Class',
  'Subject',
  'Exam',
  'Due',
  'Paid',
  'Choose',
  'Today',
  'Email',
  'Password',
  'Your account',
  'Could not',
  'Nothing here',
  'not found',
  'of',
  'the',
  'and',
  'your',
];
const englishPattern = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The page's visible text plus the words a screen reader or a hover reads (labels, placeholders, titles). */
const readableText = (page) =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')]
      .filter((el) => el.checkVisibility?.() ?? true)
      .flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
    // A language menu names each language in its own words ("English"): not an interface word.
    const menus = [...document.querySelectorAll('.language-menu')].map((el) => el.innerText);
    let text = document.body.innerText;
    for (const m of menus) text = text.replace(m, ' ');
    return [text, ...attributes, document.title].join('\n');
  });

async function englishLeft(page) {
  const text = await readableText(page);
  return [...new Set([...text.matchAll(englishPattern)].map((m) => m[1]))];
}

/** Waits until the page has settled: a heading, nothing still loading (a status ending in "…"), the network quiet. */
async function settled(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].every((s) => !/…\s*$/.test(s.textContent ?? '')));
}

/**
 * One page of a walk: settled, axe, a screenshot, the document in `lng` (and right to left for Arabic), and no
 * English word on it. A subtest per page, so a run reports each page that still shows English.
 */
async function look(t, page, lng, name) {
  await t.test(`${lng}: ${name}`, async () => {
    await settled(page);
    const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
    assert.deepEqual(html, { lang: lng, dir: lng === 'ar' ? 'rtl' : 'ltr' });
    await page.screenshot({ path: path.join(shots, `${lng}-${name}.png`), fullPage: true });
    await checkA11y(page, `${lng} ${name}`);
    assert.deepEqual(await englishLeft(page), [], `English words left on the ${lng} ${name} page`);
  });
}

describe('the portal in Arabic and in French', { skip: skipWithoutChromium }, () => {
  let portal;
  let browser;
  /** Per school: its address and the records the walk opens. */
  const schools = {};

  /** A school with a year, a class and its section, a subject, an exam, two students, an invoice and a timetable. */
  async function seed(subdomain, name, words) {
    await portal.createSchool(subdomain, name);
    const token = await portal.signInApi(subdomain, `admin@${subdomain}.test`);
    const as = (method, p, body) => portal.api(method, p, body, token, { 'X-Tenant-ID': subdomain });
    if (words.language) await as('PATCH', '/settings', { schoolConfig: { language: words.language } });
    const year = await as('POST', '/academic-years', {
      name: words.year,
      startDate: day(-100),
      endDate: day(200),
      terms: [{ name: words.term, startDate: day(-100), endDate: day(200) }],
    });
    const grade = await as('POST', '/grade-levels', { name: words.grade, order: 1 });
    const cls = await as('POST', '/classes', { name: '1A', academicYearId: year.id, gradeLevelId: grade.id, sections: [{ name: 'A' }] });
    const subject = await as('POST', '/subjects', { code: 'MATH', name: words.subject });
    const teacher = await as('POST', '/teachers', { firstName: words.teacher[0], lastName: words.teacher[1] });
    const students = [];
    for (const [firstName, lastName] of words.students)
      students.push(await as('POST', '/students', { firstName, lastName, classId: cls.id, sectionId: cls.sections[0].id }));
    const exam = await as('POST', '/exams', {
      name: words.exam,
      termId: year.terms[0].id,
      classId: cls.id,
      subjectId: subject.id,
      maxMarks: 20,
      decimals: 0,
      date: day(-1),
    });
    await as('POST', '/timetable', {
      classId: cls.id,
      sectionId: cls.sections[0].id,
      day: 'mon',
      start: '08:00',
      end: '08:45',
      subjectId: subject.id,
      teacherId: teacher.id,
      room: '12',
    });
    const structure = await as('POST', '/fees/structures', {
      name: words.fee,
      termId: year.terms[0].id,
      gradeLevelId: grade.id,
      items: [{ name: words.feeItem, amount: 1_234_50 }],
      dueDate: day(20),
    });
    await as('POST', `/fees/structures/${structure.id}/invoices`, {});
    schools[subdomain] = {
      url: (p) => `${portal.base(subdomain)}${p}`,
      student: students[0].id,
      attendance: `/attendance?section=${cls.sections[0].id}`,
      marks: `/marks?pick=${cls.id}:${cls.sections[0].id}&subject=${subject.id}&exam=${exam.id}`,
    };
  }

  before(async () => {
    portal = await startServer();
    await seed('nour', 'مدرسة النور', {
      language: 'ar',
      year: '٢٠٢٦–٢٠٢٧',
      term: 'الفصل الأول',
      grade: 'الصف الأول',
      subject: 'الرياضيات',
      teacher: ['سلمى', 'حداد'],
      students: [
        ['محمد', 'العلي'],
        ['ليلى', 'حسن'],
      ],
      exam: 'اختبار الكسور',
      fee: 'رسوم الفصل الأول',
      feeItem: 'الرسوم الدراسية',
    });
    await seed('voltaire', 'Lycée Voltaire', {
      year: '2026-2027',
      term: 'Premier trimestre',
      grade: 'Sixième',
      subject: 'Mathématiques',
      teacher: ['Hélène', 'Durand'],
      students: [
        ['José', 'Ñúñez'],
        ['Chloé', 'Lefèvre'],
      ],
      exam: 'Contrôle des fractions',
      fee: 'Frais du premier trimestre',
      feeItem: 'Scolarité',
    });
    browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await portal?.stop();
  });

  /** The admin's walk through the pages named in the brief, in the language shown. */
  async function walk(t, page, school, lng) {
    const s = schools[school];
    const pages = [
      ['home', '/'],
      ['students', '/students'],
      ['student', `/students/${s.student}`],
      ['fees', '/fees'],
      ['attendance', s.attendance],
      ['marks', s.marks],
      ['timetable', '/timetable'],
      ['account', '/account'],
    ];
    for (const [name, p] of pages) {
      await page.goto(s.url(p));
      await look(t, page, lng, name);
    }
  }

  it('a school whose language is Arabic: right to left from the sign-in page on', async (t) => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const { url } = schools.nour;
    await page.goto(url('/'));
    await page.locator('input[name="email"]').waitFor();
    // The browser asks for English; the school's default is Arabic, and nobody chose otherwise.
    await look(t, page, 'ar', 'sign-in');
    await page.locator('input[name="email"]').fill('admin@nour.test');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.locator('nav#main-nav').waitFor();
    // The menu is on the inline start: the right-hand side in Arabic.
    const nav = await page.locator('nav#main-nav').boundingBox();
    const main = await page.locator('main#main').boundingBox();
    assert.ok(nav.x > main.x, `the menu (x=${nav.x}) is right of the page (x=${main.x})`);
    await walk(t, page, 'nour', 'ar');
    // On a phone: the menu opens from its button, mirrored, and nothing widens the screen.
    await t.test('ar: the menu on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url('/timetable'));
      await settled(page);
      await page.getByRole('button', { name: 'القائمة' }).click();
      await page.getByRole('link', { name: 'الطلاب' }).waitFor();
      await page.screenshot({ path: path.join(shots, 'ar-phone-menu.png'), fullPage: true });
      await checkA11y(page, 'ar phone menu');
      assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390, 'the page fits 390 px');
      assert.deepEqual(await englishLeft(page), []);
    });
    await page.close();
  });

  it('a person who chooses French: saved to their account, still French after a reload', async (t) => {
    const page = await browser.newPage({ locale: 'en-GB' });
    const { url } = schools.voltaire;
    await page.goto(url('/'));
    await page.locator('input[name="email"]').fill('admin@voltaire.test');
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/auth/me/language') && r.request().method() === 'PUT');
    await page.locator('header .language-menu select').selectOption('fr');
    assert.equal((await saved).status(), 200);
    await page.getByRole('navigation', { name: 'Menu principal' }).waitFor();
    // Forget this browser's choice: after the reload the account's language is what shows.
    await page.evaluate(() => globalThis.localStorage.removeItem('language'));
    await page.reload();
    await page.getByRole('navigation', { name: 'Menu principal' }).waitFor();
    await walk(t, page, 'voltaire', 'fr');
    // Signing out keeps the language on this browser's sign-in page.
    await page.locator('details.me summary').click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await look(t, page, 'fr', 'sign-in');
    await page.close();
  });
});
