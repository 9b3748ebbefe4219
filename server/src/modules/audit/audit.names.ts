import mongoose, { Types, type Model } from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import type { TenantModelDef } from '../../tenancy/model-registry.js';
import { AcademicYearModel, ClassModel, GradeLevelModel, SubjectModel } from '../academic/academic.schema.js';
import { GuardianModel, StaffModel, StudentModel } from '../people/people.schema.js';
import { UserModel } from '../users/user.schema.js';
import { ExamModel } from '../gradebook/gradebook.schema.js';
import { FeeStructureModel, InvoiceModel } from '../fees/fees.schema.js';
import { AnnouncementModel } from '../announcements/announcement.schema.js';

type Named = Record<string, unknown> & { _id: Types.ObjectId };
type Source = { model: TenantModelDef<unknown>; select: string; label: (r: Named) => string };
const src = <T>(model: TenantModelDef<T>, select: string, label: (r: Named) => string): Source => ({
  model: model as TenantModelDef<unknown>,
  select,
  label,
});

const person = (r: Named) => `${String(r.firstName ?? '')} ${String(r.lastName ?? '')}`.trim();
const field = (f: string) => (r: Named) => String(r[f] ?? '');

/**
 * Where the audit log finds a record's name, by the model name it records
 * (crud.ts writes the resource's display name, services their model's name).
 * Records of other kinds keep their id. The name is the record's own (a
 * person's, an invoice's number), never a word for its kind: the reader's
 * client names the kind in their language ("فاتورة INV-…", not "فاتورة Invoice INV-…").
 */
const SOURCES: Record<string, Source> = {
  Student: src(StudentModel, 'firstName lastName', person),
  Guardian: src(GuardianModel, 'firstName lastName', person),
  Staff: src(StaffModel, 'firstName lastName', person),
  'Staff member': src(StaffModel, 'firstName lastName', person),
  User: src(UserModel, 'name', field('name')),
  Class: src(ClassModel, 'name', field('name')),
  Subject: src(SubjectModel, 'name', field('name')),
  'Academic year': src(AcademicYearModel, 'name', field('name')),
  'Grade level': src(GradeLevelModel, 'name', field('name')),
  Exam: src(ExamModel, 'name', field('name')),
  'Fee structure': src(FeeStructureModel, 'name', field('name')),
  FeeStructure: src(FeeStructureModel, 'name', field('name')),
  Invoice: src(InvoiceModel, 'number', field('number')),
  Announcement: src(AnnouncementModel, 'title', field('title')),
};

async function namesOf(source: Source, ids: string[]): Promise<Map<string, string>> {
  const valid = [...new Set(ids)].filter((id) => Types.ObjectId.isValid(id)).map((id) => new Types.ObjectId(id));
  if (valid.length === 0) return new Map();
  const rows = await (tenantModel(source.model) as Model<unknown> as unknown as Model<Named>)
    .find({ _id: mongoose.trusted({ $in: valid }) })
    .select(source.select)
    .lean<Named[]>();
  return new Map(rows.map((r) => [r._id.toString(), source.label(r)]));
}

/**
 * The names of the actors and records of one page of audit entries: one query
 * per kind of record on the page (not one per entry). A deleted record has no
 * name any more and keeps its id.
 */
export async function auditNames(entries: { actorId: string | null; model: string; recordId: string | null }[]) {
  const byModel = new Map<string, string[]>();
  for (const e of entries) {
    if (e.recordId && SOURCES[e.model]) byModel.set(e.model, [...(byModel.get(e.model) ?? []), e.recordId]);
  }
  const actorIds = entries.flatMap((e) => (e.actorId ? [e.actorId] : []));
  const [actors, ...records] = await Promise.all([
    namesOf(SOURCES.User!, actorIds),
    ...[...byModel].map(([model, ids]) => namesOf(SOURCES[model]!, ids)),
  ]);
  const recordNames = new Map([...byModel.keys()].map((model, i) => [model, records[i]!]));
  return {
    actorName: (id: string | null) => (id ? (actors!.get(id) ?? null) : null),
    recordName: (model: string, id: string | null) => (id ? (recordNames.get(model)?.get(id) ?? null) : null),
  };
}
