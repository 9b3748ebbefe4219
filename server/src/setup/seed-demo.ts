import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { Platform } from '../platform.js';
import { runForTenant, tenantModel } from '../tenancy/tenant-context.js';
import { UserModel } from '../modules/users/user.schema.js';
import { StudentModel } from '../modules/people/people.schema.js';
import { ensureInitialTenant, DEMO_SUBDOMAIN } from './initial-tenant.js';

/** A small deterministic PRNG (mulberry32): the same seed gives the same school every time. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jon',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zane',
];
const LAST = [
  'Adeyemi',
  'Brown',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johnson',
  'Kim',
  'Lopez',
  'Mensah',
  'Novak',
  'Okafor',
  'Patel',
  'Rossi',
  'Silva',
  'Tanaka',
  'Usman',
  'Wang',
  'Yilmaz',
];
const SUBJECTS = [
  ['MATH', 'Mathematics'],
  ['ENG', 'English'],
  ['SCI', 'Science'],
  ['SOC', 'Social studies'],
  ['ART', 'Art'],
  ['PE', 'Physical education'],
] as const;
const SLOTS = [
  ['08:00', '08:45'],
  ['09:00', '09:45'],
  ['10:15', '11:00'],
  ['11:15', '12:00'],
] as const;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

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

export interface SeedResult {
  seeded: boolean;
  lines: string[];
}

/**
 * Fills the demo school with a realistic year through its own API (so every
 * rule applies): grades 1–6 with two sections each, ~300 students with
 * guardians, 12 teachers, a weekly timetable, a month of attendance, a
 * published test with marks, and fee invoices with payments. Does nothing if
 * the demo school already has students.
 */
export async function seedDemo(p: Platform, log: (line: string) => void = () => undefined): Promise<SeedResult> {
  const setup = await ensureInitialTenant(p);
  const lines = setup.changed ? [...setup.lines] : [];
  const tenant = await p.tenants.bySubdomain(DEMO_SUBDOMAIN);
  if (!tenant) throw new Error('The demo school could not be created');
  const { admin, students } = await runForTenant(p.connections, tenant, async () => ({
    admin: await tenantModel(UserModel).findOne({ role: 'admin', status: 'active' }).select('_id sessionVersion').lean(),
    students: await tenantModel(StudentModel).estimatedDocumentCount(),
  }));
  if (students > 0) return { seeded: false, lines: [...lines, `The demo school already has ${students} students: nothing to seed.`] };
  if (!admin) throw new Error('The demo school has no active admin');
  const adminId = admin._id.toString();
  // The seed speaks to the API as the school's admin, with a token the server signs for itself.
  const token = p.tokens.signSchool({ id: adminId, tenantId: tenant.id, role: 'admin', sv: admin.sessionVersion ?? 0 });

  const server = p.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  const call = async <T = { id: string } & Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    auth = token,
  ): Promise<T> => {
    const res = await fetch(base + path, {
      method,
      headers: { 'X-Tenant-ID': DEMO_SUBDOMAIN, Authorization: `Bearer ${auth}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const rnd = prng(2026);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

  try {
    const now = new Date();
    const startYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const y = (n: number) => startYear + n;
    const year = await call<{ id: string; terms: { id: string; name: string; startDate: string; endDate: string }[] }>(
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

    const subjects = new Map<string, string>();
    for (const [code, name] of SUBJECTS) subjects.set(code, (await call('POST', '/subjects', { code, name })).id);

    const sections: { classId: string; sectionId: string; grade: number; name: string }[] = [];
    const grades: string[] = [];
    for (let g = 1; g <= 6; g++) {
      const gradeId = (await call('POST', '/grade-levels', { name: `Grade ${g}`, order: g })).id;
      grades.push(gradeId);
      const cls = await call<{ id: string; sections: { id: string; name: string }[] }>('POST', '/classes', {
        name: `${g}`,
        academicYearId: year.id,
        gradeLevelId: gradeId,
        sections: [
          { name: 'A', capacity: 30 },
          { name: 'B', capacity: 30 },
        ],
      });
      for (const s of cls.sections) sections.push({ classId: cls.id, sectionId: s.id, grade: g, name: `${g}${s.name}` });
    }

    // One homeroom teacher per section, teaching that section every subject (so the timetable has no clash).
    const teachers: string[] = [];
    for (const [i, s] of sections.entries()) {
      const first = FIRST[(i * 7) % FIRST.length]!;
      const last = LAST[(i * 5) % LAST.length]!;
      const account = i === 0 ? { email: 'teacher@demo.example.com' } : undefined;
      const t = await call<{ id: string; invitation?: { url: string } }>('POST', '/teachers', {
        firstName: first,
        lastName: last,
        subjectIds: [...subjects.values()],
        ...(account ? { account } : {}),
      });
      teachers.push(t.id);
      await call('PATCH', `/classes/${s.classId}/sections/${s.sectionId}`, { homeroomTeacherId: t.id });
      for (const subjectId of subjects.values())
        await call('POST', '/assignments', { classId: s.classId, sectionId: s.sectionId, subjectId, teacherId: t.id });
      if (t.invitation) {
        const password = randomBytes(12).toString('base64url');
        await call('POST', '/auth/accept-invitation', { token: new URL(t.invitation.url, 'http://x').searchParams.get('token'), password });
        lines.push(`Demo teacher (section ${s.name}): teacher@demo.example.com / ${password}`);
      }
      let slot = 0;
      for (const day of DAYS) {
        for (const [start, end] of SLOTS) {
          const code = SUBJECTS[(slot + i) % SUBJECTS.length]![0];
          await call('POST', '/timetable', {
            classId: s.classId,
            sectionId: s.sectionId,
            day,
            start,
            end,
            subjectId: subjects.get(code),
            teacherId: t.id,
            room: `R${i + 1}`,
          });
          slot += 1;
        }
      }
    }
    log(`${sections.length} sections, ${teachers.length} teachers, timetable`);

    // 25 students per section; about one family in eight has two children here.
    const kids: { id: string; sectionId: string; classId: string; grade: number }[] = [];
    let lastGuardian: string | undefined;
    let parentGuardian: string | undefined;
    for (const s of sections) {
      for (let n = 0; n < 25; n++) {
        const lastName = pick(LAST);
        const sibling = lastGuardian && rnd() < 0.12;
        const guardianId = sibling
          ? lastGuardian!
          : (
              await call('POST', '/guardians', {
                firstName: pick(FIRST),
                lastName,
                relationship: pick(['mother', 'father', 'guardian']),
                contact: {
                  email: `family${kids.length + 1}@demo.example.com`,
                  // Valid numbers (phones are checked at entry) in the range kept for fiction (555-0100 to 0199).
                  phone: `+1202555${String(100 + (kids.length % 100)).padStart(4, '0')}`,
                },
              })
            ).id;
        lastGuardian = guardianId;
        parentGuardian ??= guardianId;
        const kid = await call('POST', '/students', {
          firstName: pick(FIRST),
          lastName,
          dateOfBirth: `${y(0) - 5 - s.grade}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
          gender: pick(['female', 'male']),
          classId: s.classId,
          sectionId: s.sectionId,
          guardianIds: [guardianId],
        });
        kids.push({ id: kid.id, sectionId: s.sectionId, classId: s.classId, grade: s.grade });
      }
    }
    log(`${kids.length} students with guardians`);

    // The first family gets a parent account.
    const parentPassword = randomBytes(12).toString('base64url');
    const invitation = await call<{ url: string }>('POST', `/guardians/${parentGuardian}/account`, { email: 'parent@demo.example.com' });
    await call('POST', '/auth/accept-invitation', {
      token: new URL(invitation.url, 'http://x').searchParams.get('token'),
      password: parentPassword,
    });
    lines.push(`Demo parent: parent@demo.example.com / ${parentPassword}`);

    // A month of daily registers.
    const days = lastSchoolDays(20).filter((d) => d >= year.terms[0]!.startDate);
    for (const day of days) {
      for (const s of sections) {
        const marks = kids
          .filter((k) => k.sectionId === s.sectionId)
          .map((k) => {
            const r = rnd();
            return { studentId: k.id, status: r < 0.9 ? 'present' : r < 0.95 ? 'late' : r < 0.99 ? 'absent' : 'excused' };
          });
        await call('PUT', `/attendance/sections/${s.sectionId}/${day}`, { marks });
      }
    }
    log(`attendance for ${days.length} days`);

    // A mathematics test per class, marked and published; an upcoming science exam.
    const classIds = [...new Set(sections.map((s) => s.classId))];
    for (const classId of classIds) {
      const exam = await call('POST', '/exams', {
        name: 'Mid-term test',
        termId: term.id,
        classId,
        subjectId: subjects.get('MATH'),
        maxMarks: 50,
        weight: 1,
        date: days[days.length - 3] ?? today,
      });
      for (const s of sections.filter((x) => x.classId === classId)) {
        const marks = kids
          .filter((k) => k.sectionId === s.sectionId)
          .map((k) => ({ studentId: k.id, score: rnd() < 0.03 ? null : Math.round(20 + rnd() * 30) }));
        await call('PUT', `/exams/${exam.id}/marks`, { sectionId: s.sectionId, marks });
      }
      await call('PATCH', `/exams/${exam.id}`, { status: 'published' });
      const upcoming = new Date(now.getTime() + 10 * 86_400_000);
      await call('POST', '/exams', {
        name: 'End of term exam',
        termId: term.id,
        classId,
        subjectId: subjects.get('SCI'),
        maxMarks: 100,
        weight: 3,
        date: iso(upcoming) < term.endDate ? iso(upcoming) : term.endDate,
      });
    }
    log('exams and marks');

    // Fees: one structure per grade, invoices for everyone, payments from most families.
    await call('POST', '/fees/discounts', { name: 'Sibling discount', basis: 'sibling', type: 'percentage', value: 10 });
    for (const [g, gradeId] of grades.entries()) {
      const structure = await call('POST', '/fees/structures', {
        name: `${term.name} fees`,
        termId: term.id,
        gradeLevelId: gradeId,
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
      const generated = await call<{ invoices: { id: string; total: number }[] }>('POST', `/fees/structures/${structure.id}/invoices`, {});
      for (const inv of generated.invoices) {
        const r = rnd();
        const amount = r < 0.55 ? inv.total : r < 0.85 ? Math.round(inv.total / 2) : 0;
        if (amount > 0)
          await call('POST', `/fees/invoices/${inv.id}/payments`, {
            amount,
            method: pick(['cash', 'bank_transfer', 'mobile_money', 'card']),
            reference: `DEMO-${inv.id.slice(-6)}`,
          });
      }
    }
    log('fees, invoices and payments');

    await call('POST', '/announcements', {
      title: 'Welcome back!',
      body: 'A warm welcome to all families for the new term.',
      audience: 'school',
    });
    await call('POST', '/announcements', {
      title: 'Parent-teacher meetings',
      body: 'Meetings are held next Thursday from 15:00.',
      audience: 'role',
      role: 'parent',
    });
    lines.push(
      `Seeded the demo school: ${kids.length} students, ${teachers.length} teachers, ${sections.length} sections, ${days.length} days of attendance, exams, fees.`,
    );
    return { seeded: true, lines };
  } finally {
    await new Promise((r) => server.close(r));
  }
}
