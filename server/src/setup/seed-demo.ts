import { randomBytes } from 'node:crypto';
import { toCsv } from '../lib/csv.js';
import { DAYS, FIRST, LAST, SLOTS, SUBJECTS, prng } from './seed-data.js';
import type { SeedApi } from './seed-client.js';

export const DEMO_TEACHER_EMAIL = 'teacher@demo.example.com';
export const DEMO_PARENT_EMAIL = 'parent@demo.example.com';

export interface SeedOptions {
  /** Students in the school (spread over 12 sections; 300 by default). */
  students?: number;
  /** School days of registers up to today (20 by default). */
  attendanceDays?: number;
  /** A line of progress ("students 120/300"). */
  log?: (line: string) => void;
}

/** A sign-in the seed created, with where its password comes from. */
export interface SeededAccount {
  role: 'teacher' | 'parent';
  email: string;
  password: string;
}

export interface SeedResult {
  seeded: boolean;
  lines: string[];
  accounts: SeededAccount[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last `n` weekdays up to and including today. */
function lastSchoolDays(n: number): string[] {
  const days: string[] = [];
  const d = new Date();
  while (days.length < n) {
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.unshift(iso(d));
    d.setUTCDate(d.getUTCDate() - 1);
  }
  return days;
}

/** Counts one step's requests and says how far it is: at each quarter (or every 5 s), and when it ends with its time. */
function progress(log: (line: string) => void) {
  return (name: string, total: number) => {
    let done = 0;
    let said = Date.now();
    let quarter = 0;
    const started = Date.now();
    if (total === 0) log(`${name} 0/0`);
    return (n = 1) => {
      done += n;
      if (done === total) log(`${name} ${done}/${total} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      else if (Math.floor((done * 4) / total) > quarter || Date.now() - said >= 5000) {
        quarter = Math.floor((done * 4) / total);
        said = Date.now();
        log(`${name} ${done}/${total}`);
      }
    };
  };
}

const token = (url: string) => new URL(url, 'http://x').searchParams.get('token');

/**
 * Fills the demo school with a realistic year through its API, as its admin (so every rule applies): grades 1–6
 * with two sections each, students with guardians (one CSV import per section), 12 teachers, a weekly timetable,
 * registers, a published test with marks, and fee invoices with payments; a teacher's and a parent's sign-in.
 * Requests run a few at a time (the client's concurrency). Does nothing when the school already has students.
 */
export async function seedDemo(api: SeedApi, opts: SeedOptions = {}): Promise<SeedResult> {
  const log = opts.log ?? (() => undefined);
  const step = progress(log);
  const studentCount = opts.students ?? 300;
  const existing = await api.call<{ total: number }>('GET', '/students?limit=1');
  if (existing.total > 0)
    return {
      seeded: false,
      accounts: [],
      lines: [`The demo school already has ${existing.total} students: nothing to seed, nothing changed.`],
    };

  // A school with a year but no students is being seeded (npm start -- --demo) or a seed stopped midway: leave it.
  const years = await api.call<{ total: number }>('GET', '/academic-years?limit=1');
  if (years.total > 0)
    return {
      seeded: false,
      accounts: [],
      lines: [
        'The demo school has an academic year but no students yet: a seed is running (npm start -- --demo) or stopped midway. ' +
          'Nothing changed; to start over, delete the demo school (or the data directory) and seed again.',
      ],
    };

  const rnd = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const accounts: SeededAccount[] = [];

  const now = new Date();
  const startYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const y = (n: number) => startYear + n;
  const year = await api.call<{ id: string; terms: { id: string; name: string; startDate: string; endDate: string }[] }>(
    'POST',
    '/academic-years',
    {
      name: `${y(0)}/${String(y(1)).slice(2)}`,
      startDate: `${y(0)}-09-01`,
      endDate: `${y(1)}-07-15`,
      isCurrent: true,
      terms: [
        { name: 'Term 1', startDate: `${y(0)}-09-01`, endDate: `${y(0)}-12-18` },
        { name: 'Term 2', startDate: `${y(1)}-01-06`, endDate: `${y(1)}-03-31` },
        { name: 'Term 3', startDate: `${y(1)}-04-14`, endDate: `${y(1)}-07-15` },
      ],
    },
  );
  const today = iso(now);
  const term = year.terms.find((t) => t.startDate <= today && today <= t.endDate) ?? year.terms[0]!;
  log(`academic year ${y(0)}/${y(1)}, current term ${term.name}`);

  const [subjectIds, gradeIds] = await Promise.all([
    api.each(SUBJECTS, async ([code, name]) => (await api.call('POST', '/subjects', { code, name })).id),
    api.each([1, 2, 3, 4, 5, 6], async (g) => (await api.call('POST', '/grade-levels', { name: `Grade ${g}`, order: g })).id),
  ]);
  const subjects = new Map(SUBJECTS.map(([code], i) => [code, subjectIds[i]!]));

  // One homeroom teacher per section (two per grade), teaching it every subject (so the timetable has no clash).
  const teacherTick = step('teachers', 12);
  const teachers = await api.each([...Array(12).keys()], async (i) => {
    const t = await api.call<{ id: string; invitation?: { url: string } }>('POST', '/teachers', {
      firstName: FIRST[(i * 7) % FIRST.length]!,
      lastName: LAST[(i * 5) % LAST.length]!,
      subjectIds,
      ...(i === 0 ? { account: { email: DEMO_TEACHER_EMAIL } } : {}),
    });
    teacherTick();
    return t;
  });
  const classes = await api.each(gradeIds, (gradeLevelId, g) =>
    api.call<{ id: string; sections: { id: string; name: string }[] }>('POST', '/classes', {
      name: `${g + 1}`,
      academicYearId: year.id,
      gradeLevelId,
      sections: ['A', 'B'].map((name, s) => ({ name, capacity: 30, homeroomTeacherId: teachers[g * 2 + s]!.id })),
    }),
  );
  const sections = classes.flatMap((cls, g) =>
    cls.sections.map((s, n) => ({
      classId: cls.id,
      sectionId: s.id,
      grade: g + 1,
      name: `${g + 1}${s.name}`,
      teacherId: teachers[g * 2 + n]!.id,
    })),
  );
  log(`${subjects.size} subjects, ${classes.length} classes with ${sections.length} sections and their homeroom teachers`);

  const invited = teachers[0]!.invitation;
  if (invited) {
    const password = randomBytes(12).toString('base64url');
    await api.call('POST', '/auth/accept-invitation', { token: token(invited.url), password });
    accounts.push({ role: 'teacher', email: DEMO_TEACHER_EMAIL, password });
  }

  const assignmentTick = step('teaching assignments', sections.length * subjects.size);
  const periodTick = step('timetable periods', sections.length * DAYS.length * SLOTS.length);
  await api.each(sections, async (s, i) => {
    await api.each([...subjects.values()], async (subjectId) => {
      await api.call('POST', '/assignments', { classId: s.classId, sectionId: s.sectionId, subjectId, teacherId: s.teacherId });
      assignmentTick();
    });
    const periods = DAYS.flatMap((day, d) =>
      SLOTS.map(([start, end], n) => ({ day, start, end, code: SUBJECTS[(d * SLOTS.length + n + i) % SUBJECTS.length]![0] })),
    );
    await api.each(periods, async (p) => {
      await api.call('POST', '/timetable', {
        classId: s.classId,
        sectionId: s.sectionId,
        day: p.day,
        start: p.start,
        end: p.end,
        subjectId: subjects.get(p.code),
        teacherId: s.teacherId,
        room: `R${i + 1}`,
      });
      periodTick();
    });
  });

  // Students with their guardians, one CSV import per section (the import matches guardians by email, so a
  // family with two children here is one guardian). About one family in eight has a second child.
  let family = 0;
  const rows = sections.map((s, i) =>
    [...Array(Math.floor(studentCount / sections.length) + (i < studentCount % sections.length ? 1 : 0)).keys()].map(() => {
      const lastName = pick(LAST);
      const sibling = family > 0 && rnd() < 0.12;
      if (!sibling) family += 1;
      return {
        firstName: pick(FIRST),
        lastName,
        dateOfBirth: `${y(0) - 5 - s.grade}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
        gender: pick(['female', 'male']),
        class: String(s.grade),
        section: s.name.slice(-1),
        guardian1FirstName: pick(FIRST),
        guardian1LastName: lastName,
        guardian1Relationship: pick(['mother', 'father', 'guardian']),
        guardian1Email: `family${family}@demo.example.com`,
        // Valid numbers (phones are checked at entry) in the range kept for fiction (555-0100 to 0199): one family each.
        guardian1Phone: family <= 100 ? `+1202555${String(99 + family).padStart(4, '0')}` : '',
      };
    }),
  );
  const studentTick = step('students', studentCount);
  let guardians = 0;
  for (const [i, sectionRows] of rows.entries()) {
    if (sectionRows.length === 0) continue;
    const csv = toCsv(Object.keys(sectionRows[0]!), sectionRows);
    const report = await api.callRaw<{ created: number; guardiansCreated: number; errors: { line: number | null; reason: string }[] }>(
      'POST',
      '/import/students?mode=add&dryRun=false',
      csv,
      'text/csv',
    );
    if (report.errors.length > 0)
      throw new Error(
        `Importing section ${sections[i]!.name} failed: ${report.errors.map((e) => `line ${e.line}: ${e.reason}`).join('; ')}`,
      );
    guardians += report.guardiansCreated;
    studentTick(report.created);
  }
  const kids = (
    await api.each(sections, async (s) => {
      const page = await api.call<{ data: { id: string }[] }>('GET', `/students?sectionId=${s.sectionId}&limit=100`);
      return page.data.map((k) => ({ id: k.id, sectionId: s.sectionId, classId: s.classId }));
    })
  ).flat();
  log(`${kids.length} students, ${guardians} guardians`);

  // The first family gets a parent account.
  if (family > 0) {
    const first = await api.call<{ data: { id: string }[] }>(
      'GET',
      `/guardians?search=${encodeURIComponent('family1@demo.example.com')}&limit=1`,
    );
    const guardianId = first.data[0]?.id;
    if (!guardianId) throw new Error('The first family’s guardian was not found after the import');
    const password = randomBytes(12).toString('base64url');
    const invitation = await api.call<{ url: string }>('POST', `/guardians/${guardianId}/account`, { email: DEMO_PARENT_EMAIL });
    await api.call('POST', '/auth/accept-invitation', { token: token(invitation.url), password });
    accounts.push({ role: 'parent', email: DEMO_PARENT_EMAIL, password });
  }

  // Registers for the last school days.
  const days = lastSchoolDays(opts.attendanceDays ?? 20).filter((d) => d >= year.terms[0]!.startDate);
  const registerTick = step('registers', days.length * sections.length);
  await api.each(
    days.flatMap((day) => sections.map((s) => ({ day, s }))),
    async ({ day, s }) => {
      const marks = kids
        .filter((k) => k.sectionId === s.sectionId)
        .map((k) => {
          const r = rnd();
          return { studentId: k.id, status: r < 0.9 ? 'present' : r < 0.95 ? 'late' : r < 0.99 ? 'absent' : 'excused' };
        });
      if (marks.length > 0) await api.call('PUT', `/attendance/sections/${s.sectionId}/${day}`, { marks });
      registerTick();
    },
  );

  // A mathematics test per class, marked and published; an upcoming science exam.
  const examTick = step('exams', classes.length);
  await api.each(classes, async (cls) => {
    const marksBySection = sections
      .filter((s) => s.classId === cls.id)
      .map((s) => ({
        sectionId: s.sectionId,
        marks: kids
          .filter((k) => k.sectionId === s.sectionId)
          .map((k) => ({ studentId: k.id, score: rnd() < 0.03 ? null : Math.round(20 + rnd() * 30) })),
      }));
    const exam = await api.call('POST', '/exams', {
      name: 'Mid-term test',
      termId: term.id,
      classId: cls.id,
      subjectId: subjects.get('MATH'),
      maxMarks: 50,
      weight: 1,
      date: days[days.length - 3] ?? today,
    });
    await api.each(marksBySection, async (m) => {
      if (m.marks.length > 0) await api.call('PUT', `/exams/${exam.id}/marks`, m);
    });
    await api.call('PATCH', `/exams/${exam.id}`, { status: 'published' });
    const upcoming = iso(new Date(now.getTime() + 10 * 86_400_000));
    await api.call('POST', '/exams', {
      name: 'End of term exam',
      termId: term.id,
      classId: cls.id,
      subjectId: subjects.get('SCI'),
      maxMarks: 100,
      weight: 3,
      date: upcoming < term.endDate ? upcoming : term.endDate,
    });
    examTick();
  });

  // Fees: one structure per grade, invoices for everyone, payments from most families.
  await api.call('POST', '/fees/discounts', { name: 'Sibling discount', basis: 'sibling', type: 'percentage', value: 10 });
  const invoices = (
    await api.each(gradeIds, async (gradeLevelId, g) => {
      const structure = await api.call('POST', '/fees/structures', {
        name: `${term.name} fees`,
        termId: term.id,
        gradeLevelId,
        items: [
          { name: 'Tuition', amount: 120_000 + g * 10_000 },
          { name: 'Books and materials', amount: 15_000 },
          { name: 'Activities', amount: 8_000 },
        ],
        dueDate: term.endDate,
        instalments: [
          { dueDate: term.startDate, percent: 50 },
          { dueDate: term.endDate, percent: 50 },
        ],
        lateFine: { amount: 2_500, graceDays: 14 },
      });
      return (await api.call<{ invoices: { id: string; total: number }[] }>('POST', `/fees/structures/${structure.id}/invoices`, {}))
        .invoices;
    })
  ).flat();
  const payments = invoices.flatMap((inv) => {
    const r = rnd();
    const amount = r < 0.55 ? inv.total : r < 0.85 ? Math.round(inv.total / 2) : 0;
    const method = pick(['cash', 'bank_transfer', 'mobile_money', 'card']);
    return amount > 0 ? [{ inv, amount, method }] : [];
  });
  log(`${invoices.length} invoices`);
  const paymentTick = step('payments', payments.length);
  await api.each(payments, async ({ inv, amount, method }) => {
    await api.call('POST', `/fees/invoices/${inv.id}/payments`, { amount, method, reference: `DEMO-${inv.id.slice(-6)}` });
    paymentTick();
  });

  await api.call('POST', '/announcements', {
    title: 'Welcome back!',
    body: 'A warm welcome to all families for the new term.',
    audience: 'school',
  });
  await api.call('POST', '/announcements', {
    title: 'Parent-teacher meetings',
    body: 'Meetings are held next Thursday from 15:00.',
    audience: 'role',
    role: 'parent',
  });

  return {
    seeded: true,
    accounts,
    lines: [
      `Seeded the demo school: ${kids.length} students, ${guardians} guardians, ${teachers.length} teachers, ${sections.length} sections, ` +
        `${days.length} days of registers, ${classes.length * 2} exams, ${invoices.length} invoices with ${payments.length} payments.`,
      ...accounts.map((a) => `Created the demo ${a.role} sign-in: ${a.email} / ${a.password} (password generated now and shown only here)`),
    ],
  };
}
