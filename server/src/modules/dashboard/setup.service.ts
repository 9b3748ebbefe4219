import mongoose from 'mongoose';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { AcademicYearModel, ClassModel, GradeLevelModel, SubjectModel } from '../academic/academic.schema.js';
import { StaffModel, StudentModel } from '../people/people.schema.js';
import { InvitationModel } from '../users/invitation.js';

export const SETUP_STEPS = ['year', 'grades', 'classes', 'subjects', 'teachers', 'students', 'invitations'] as const;

const some = <T>(exists: Promise<T | null>) => exists.then((found) => found !== null);
const nonEmpty = mongoose.trusted({ $exists: true });

/**
 * A new school's setup, in the order the steps depend on each other. Each step is one `exists` (no lists, no
 * counts over the school), so the admin's home page can ask on every visit.
 */
export async function setupChecklist() {
  const done = await Promise.all([
    some(tenantModel(AcademicYearModel).exists({ 'terms.0': nonEmpty })),
    some(tenantModel(GradeLevelModel).exists({})),
    some(tenantModel(ClassModel).exists({ 'sections.0': nonEmpty })),
    some(tenantModel(SubjectModel).exists({})),
    some(tenantModel(StaffModel).exists({ kind: 'teacher' })),
    some(tenantModel(StudentModel).exists({})),
    // A link sent to someone (password resets excluded): the school has started handing out access.
    some(tenantModel(InvitationModel).exists({ purpose: mongoose.trusted({ $ne: 'reset' }) })),
  ]);
  const steps = SETUP_STEPS.map((key, i) => ({ key, done: done[i]! }));
  return { steps, complete: done.every(Boolean) };
}
