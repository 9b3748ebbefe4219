import { parse } from 'csv-parse/sync';
import mongoose, { Types } from 'mongoose';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { email } from '../../lib/validation.js';
import { schoolToday } from '../../lib/dates.js';
import { currentTenant, tenantModel } from '../../tenancy/tenant-context.js';
import { recordAudit } from '../../school/audit.js';
import { nextSequence } from '../../school/sequence.js';
import { AcademicYearModel, ClassModel } from '../academic/academic.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { phoneField } from '../messages/address.js';
import { plainIssue, problemText, rowMessage, type Problem } from './import.messages.js';
import type { Language } from '../../lib/i18n.js';

export type ImportKind = 'students' | 'guardians' | 'teachers';

/** A problem found while reading or planning, said in the reader's language once the whole file was checked. */
interface Found {
  line: number | null;
  field: string | null;
  problem: Problem;
}

export interface RowError {
  line: number | null;
  field: string | null;
  /** What is wrong, in the request's language: "First name is missing". */
  reason: string;
  /** The reason with its row, as people write it: "Row 4: first name is missing". */
  message: string;
}

export interface ImportReport {
  kind: ImportKind;
  mode: 'add' | 'update';
  dryRun: boolean;
  rows: number;
  valid: boolean;
  errors: RowError[];
  created: number;
  updated: number;
  guardiansCreated: number;
}

const opt = (s: z.ZodType) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), s.optional());
const name = z.string().trim().min(1).max(60);
// Stored in E.164, read in the school's country when typed without a code (invalid: an error on its line and field).
const phone = phoneField();
const guardianFields = (n: 1 | 2) => ({
  [`guardian${n}FirstName`]: opt(name),
  [`guardian${n}LastName`]: opt(name),
  [`guardian${n}Email`]: opt(email),
  [`guardian${n}Phone`]: opt(phone),
  [`guardian${n}Relationship`]: opt(z.string().trim().max(40)),
});

/** The columns each kind understands; a file may name them differently through a mapping. */
const rowSchemas = {
  students: z.object({
    admissionNumber: opt(z.string().trim().max(40)),
    firstName: name,
    lastName: name,
    dateOfBirth: opt(z.iso.date()),
    gender: opt(z.enum(['female', 'male', 'other', 'unspecified'])),
    class: opt(z.string().trim().max(60)),
    section: opt(z.string().trim().max(30)),
    email: opt(email),
    phone: opt(phone),
    ...guardianFields(1),
    ...guardianFields(2),
  }),
  guardians: z.object({
    firstName: name,
    lastName: name,
    relationship: opt(z.string().trim().max(40)),
    email: opt(email),
    phone: opt(phone),
  }),
  teachers: z.object({
    employeeNumber: opt(z.string().trim().max(30)),
    kind: opt(z.enum(['teacher', 'staff'])),
    firstName: name,
    lastName: name,
    email: opt(email),
    phone: opt(phone),
  }),
} as const;

export const IMPORT_FIELDS: Record<ImportKind, string[]> = {
  students: Object.keys(rowSchemas.students.shape),
  guardians: Object.keys(rowSchemas.guardians.shape),
  teachers: Object.keys(rowSchemas.teachers.shape),
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Header → field: the mapping given, else a header equal to the field name (ignoring case, spaces and punctuation). */
function columnsFor(kind: ImportKind, headers: string[], mapping: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const field of IMPORT_FIELDS[kind]) {
    const header = mapping[field] ?? headers.find((h) => norm(h) === norm(field));
    if (header !== undefined && headers.includes(header)) map.set(field, header);
  }
  return map;
}

type Row = Record<string, string | undefined>;

/** The report while the file is checked: its problems are said in the reader's language at the end. */
type Checking = Omit<ImportReport, 'errors'> & { errors: Found[] };

/**
 * Reads and checks a whole file; writes only when asked and only when every row is valid. Its problems are
 * written in `opts.language` (the request's).
 */
export async function importCsv(
  kind: ImportKind,
  csv: string,
  opts: { mode: 'add' | 'update'; dryRun: boolean; mapping: Record<string, string>; language?: Language },
): Promise<ImportReport> {
  const report: Checking = {
    kind,
    mode: opts.mode,
    dryRun: opts.dryRun,
    rows: 0,
    valid: false,
    errors: [],
    created: 0,
    updated: 0,
    guardiansCreated: 0,
  };
  const unknown = Object.keys(opts.mapping).filter((f) => !IMPORT_FIELDS[kind].includes(f));
  if (unknown.length)
    throw new AppError(
      400,
      'VALIDATION_ERROR',
      'The mapping names unknown fields',
      unknown.map((f) => ({ path: `mapping.${f}`, message: 'Unknown field' })),
    );

  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw new AppError(400, 'INVALID_CSV', `The file is not valid CSV (line ${e.lines ?? '?'})`);
  }
  const [headers = [], ...data] = records;
  if (data.length > 5000) throw new AppError(413, 'PAYLOAD_TOO_LARGE', 'At most 5,000 rows per import');
  const columns = columnsFor(kind, headers, opts.mapping);
  report.rows = data.length;

  const schema = rowSchemas[kind] as unknown as z.ZodType<Row>;
  const rows: { line: number; row: Row }[] = [];
  data.forEach((cells, i) => {
    const line = i + 2; // the header is line 1
    const raw: Record<string, string> = {};
    for (const [field, header] of columns) raw[field] = cells[headers.indexOf(header)] ?? '';
    const parsed = schema.safeParse(raw);
    if (parsed.success) rows.push({ line, row: parsed.data });
    else
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        report.errors.push({ line, field, problem: plainIssue(field, issue, raw[field]) });
      }
  });
  if (data.length === 0) report.errors.push({ line: null, field: null, problem: { key: 'noRows' } });

  const plan =
    kind === 'students'
      ? await planStudents(rows, opts.mode, report)
      : kind === 'guardians'
        ? await planGuardians(rows, opts.mode, report)
        : await planTeachers(rows, opts.mode, report);
  const lng = opts.language ?? 'en';
  const errors = report.errors.map(({ line, field, problem }) => {
    const reason = problemText(problem, lng);
    return { line, field, reason, message: rowMessage(line, reason, lng) };
  });
  // The plan counts what it writes into `report`: the answer is read from it afterwards.
  const answer = (): ImportReport => ({ ...report, errors, valid: errors.length === 0 });
  if (errors.length > 0 || opts.dryRun) return answer();
  await plan();
  await recordAudit('import', kind, undefined, [`${report.created} created`, `${report.updated} updated`]);
  return answer();
}

type Plan = () => Promise<void>;

async function currentClasses() {
  const year = await tenantModel(AcademicYearModel).findOne({ isCurrent: true }).select('_id startDate').lean();
  const classes = year ? await tenantModel(ClassModel).find({ academicYearId: year._id }).lean() : [];
  return { year, classes };
}

async function planStudents(rows: { line: number; row: Row }[], mode: 'add' | 'update', report: Checking): Promise<Plan> {
  const { year, classes } = await currentClasses();
  const Students = tenantModel(StudentModel);
  const Guardians = tenantModel(GuardianModel);
  const existing = new Map(
    (
      await Students.find({
        admissionNumber: mongoose.trusted({ $in: rows.flatMap((r) => (r.row.admissionNumber ? [r.row.admissionNumber] : [])) }),
      }).lean()
    ).map((s) => [s.admissionNumber, s]),
  );
  // Guardians already in the school, matched by email or phone; new ones are shared between rows of this file.
  const known = await Guardians.find().select('contact').lean();
  const byContact = new Map<string, Types.ObjectId>();
  for (const g of known) {
    if (g.contact?.email) byContact.set(`e:${g.contact.email}`, g._id);
    if (g.contact?.phone) byContact.set(`p:${g.contact.phone}`, g._id);
  }
  const steps: ((links: Map<string, Types.ObjectId>) => Promise<void>)[] = [];
  const newGuardians = new Map<string, { key: string[]; doc: Record<string, unknown> }>();

  for (const { line, row } of rows) {
    let placement: { classId: Types.ObjectId; sectionId: Types.ObjectId } | undefined;
    if (row.class || row.section) {
      const cls = classes.find((c) => c.name.toLowerCase() === (row.class ?? '').toLowerCase());
      const section = cls?.sections.find((s: { name: string }) => s.name.toLowerCase() === (row.section ?? '').toLowerCase()) as
        { _id: Types.ObjectId } | undefined;
      if (!cls)
        report.errors.push({
          line,
          field: 'class',
          problem: year ? { key: 'noClass', values: { class: row.class ?? '' } } : { key: 'noYear' },
        });
      else if (!section)
        report.errors.push({
          line,
          field: 'section',
          problem: { key: 'noSection', values: { class: cls.name, section: row.section ?? '' } },
        });
      else placement = { classId: cls._id, sectionId: section._id };
    }
    const guardianKeys: string[] = [];
    for (const n of [1, 2] as const) {
      const first = row[`guardian${n}FirstName`];
      const last = row[`guardian${n}LastName`];
      const mail = row[`guardian${n}Email`];
      const tel = row[`guardian${n}Phone`];
      if (!first && !last && !mail && !tel) continue;
      if (!mail && !tel) {
        report.errors.push({ line, field: `guardian${n}Email`, problem: { key: 'guardianToMatch' } });
        continue;
      }
      const keys = [...(mail ? [`e:${mail}`] : []), ...(tel ? [`p:${tel}`] : [])];
      const found = keys.map((k) => byContact.get(k)).find(Boolean);
      if (found) {
        guardianKeys.push(keys[0]!);
        continue;
      }
      if (!first || !last) {
        report.errors.push({ line, field: `guardian${n}FirstName`, problem: { key: 'guardianName' } });
        continue;
      }
      const pending = [...newGuardians.values()].find((g) => g.key.some((k) => keys.includes(k)));
      if (!pending)
        newGuardians.set(keys[0]!, {
          key: keys,
          doc: { firstName: first, lastName: last, relationship: row[`guardian${n}Relationship`], contact: { email: mail, phone: tel } },
        });
      guardianKeys.push(pending?.key[0] ?? keys[0]!);
    }
    const contact = { email: row.email, phone: row.phone };
    const fields = { firstName: row.firstName, lastName: row.lastName, dateOfBirth: row.dateOfBirth, gender: row.gender, contact };
    if (mode === 'update') {
      const current = row.admissionNumber ? existing.get(row.admissionNumber) : undefined;
      if (!current) {
        report.errors.push({ line, field: 'admissionNumber', problem: { key: 'noStudent' } });
        continue;
      }
      steps.push(async (links) => {
        const guardianIds = [
          ...new Set([...(current.guardianIds ?? []).map(String), ...guardianKeys.map((k) => String(links.get(k)))]),
        ].map((id) => new Types.ObjectId(id));
        await Students.updateOne({ _id: current._id }, { $set: { ...fields, guardianIds, ...(placement ?? {}) } });
        report.updated += 1;
      });
    } else {
      if (row.admissionNumber && existing.has(row.admissionNumber)) {
        report.errors.push({ line, field: 'admissionNumber', problem: { key: 'studentExists' } });
        continue;
      }
      steps.push(async (links) => {
        const n = await nextSequence(`admission:${(year?.startDate ?? schoolToday()).slice(0, 4)}`);
        await Students.create({
          ...fields,
          admissionNumber:
            row.admissionNumber ??
            `${currentTenant().subdomain.toUpperCase()}-${(year?.startDate ?? schoolToday()).slice(0, 4)}-${String(n).padStart(4, '0')}`,
          guardianIds: guardianKeys.map((k) => links.get(k)!),
          ...(placement ?? {}),
          placements: placement ? [{ ...placement, from: schoolToday(), reason: 'import' }] : [],
        });
        report.created += 1;
      });
    }
  }
  if (mode === 'add') {
    const enrolled = await Students.countDocuments({ status: 'enrolled' });
    const max = currentTenant().limits.maxStudents;
    if (enrolled + steps.length > max)
      report.errors.push({
        line: null,
        field: null,
        problem: { key: 'studentQuota', values: { max, enrolled, adding: steps.length } },
      });
  }
  return async () => {
    const links = new Map(byContact);
    for (const [key, g] of newGuardians) {
      const doc = await Guardians.create(g.doc);
      for (const k of g.key) links.set(k, doc._id);
      links.set(key, doc._id);
      report.guardiansCreated += 1;
    }
    for (const step of steps) await step(links);
  };
}

async function planGuardians(rows: { line: number; row: Row }[], mode: 'add' | 'update', report: Checking): Promise<Plan> {
  const Guardians = tenantModel(GuardianModel);
  const steps: Plan[] = [];
  const seen = new Set<string>();
  for (const { line, row } of rows) {
    if (!row.email && !row.phone) {
      report.errors.push({ line, field: 'email', problem: { key: 'guardianContact' } });
      continue;
    }
    const match = [...(row.email ? [{ 'contact.email': row.email }] : []), ...(row.phone ? [{ 'contact.phone': row.phone }] : [])];
    const key = `${row.email ?? ''}|${row.phone ?? ''}`;
    if (seen.has(key)) {
      report.errors.push({ line, field: 'email', problem: { key: 'guardianTwice' } });
      continue;
    }
    seen.add(key);
    const current = await Guardians.findOne({ $or: match }).lean();
    const doc = {
      firstName: row.firstName,
      lastName: row.lastName,
      relationship: row.relationship,
      contact: { email: row.email, phone: row.phone },
    };
    if (mode === 'add' && current) report.errors.push({ line, field: 'email', problem: { key: 'guardianExists' } });
    else if (mode === 'update' && !current) report.errors.push({ line, field: 'email', problem: { key: 'noGuardian' } });
    else if (current) steps.push(async () => void (await Guardians.updateOne({ _id: current._id }, { $set: doc }), (report.updated += 1)));
    else steps.push(async () => void (await Guardians.create(doc), (report.created += 1)));
  }
  return async () => {
    for (const s of steps) await s();
  };
}

async function planTeachers(rows: { line: number; row: Row }[], mode: 'add' | 'update', report: Checking): Promise<Plan> {
  const Staff = tenantModel(StaffModel);
  const steps: Plan[] = [];
  const numbers = rows.flatMap((r) => (r.row.employeeNumber ? [r.row.employeeNumber] : []));
  const existing = new Map(
    (await Staff.find({ employeeNumber: mongoose.trusted({ $in: numbers }) }).lean()).map((s) => [s.employeeNumber, s]),
  );
  let newTeachers = 0;
  for (const { line, row } of rows) {
    const doc = {
      firstName: row.firstName,
      lastName: row.lastName,
      kind: row.kind ?? 'teacher',
      contact: { email: row.email, phone: row.phone },
    };
    const current = row.employeeNumber ? existing.get(row.employeeNumber) : undefined;
    if (mode === 'update') {
      if (!current) report.errors.push({ line, field: 'employeeNumber', problem: { key: 'noStaff' } });
      else steps.push(async () => void (await Staff.updateOne({ _id: current._id }, { $set: doc }), (report.updated += 1)));
    } else if (current) {
      report.errors.push({ line, field: 'employeeNumber', problem: { key: 'staffExists' } });
    } else {
      if (doc.kind === 'teacher') newTeachers += 1;
      steps.push(async () => {
        const employeeNumber = row.employeeNumber ?? `EMP-${String(await nextSequence('employee')).padStart(4, '0')}`;
        await Staff.create({ ...doc, employeeNumber });
        report.created += 1;
      });
    }
  }
  if (mode === 'add' && newTeachers > 0) {
    const active = await Staff.countDocuments({ kind: 'teacher', status: mongoose.trusted({ $ne: 'left' }) });
    const max = currentTenant().limits.maxTeachers;
    if (active + newTeachers > max)
      report.errors.push({
        line: null,
        field: null,
        problem: { key: 'teacherQuota', values: { max, active, adding: newTeachers } },
      });
  }
  return async () => {
    for (const s of steps) await s();
  };
}
