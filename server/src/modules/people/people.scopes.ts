import { Types, type QueryFilter } from 'mongoose';
import { rowScope, type RowScope } from '../../http/route.js';
import { AppError } from '../../lib/errors.js';
import { currentUser } from '../../auth/authenticate.js';
import { tenantModel } from '../../tenancy/tenant-context.js';
import { findSection } from '../academic/academic.service.js';
import { StudentModel, type StudentDoc } from './people.schema.js';
import { findStudentInScope, studentScope, teacherSections } from './people.service.js';

/** The path parameter `param` names a student in the caller's scope (people.service studentScope), or 404. */
export const studentInScope = <K extends string>(param: K): RowScope<Record<K, string>> =>
  rowScope('student', (p) => findStudentInScope(p[param]));

/**
 * The path parameter `param` names a section the caller may see: any (admin, staff), those they teach or
 * lead (teacher: 403 NOT_YOUR_SECTION otherwise, as the registers always answered), those of their
 * students (parent, student: 404 otherwise).
 */
export const sectionInScope = <K extends string>(param: K): RowScope<Record<K, string>> =>
  rowScope('section', async (p) => {
    const sectionId = p[param];
    const found = await findSection(sectionId);
    const user = currentUser();
    if (user.role === 'admin' || user.role === 'staff') return found;
    if (user.role === 'teacher') {
      if (!(await teacherSections(user.id)).some((s) => s.toString() === sectionId)) {
        throw new AppError(403, 'NOT_YOUR_SECTION', 'You do not teach this section');
      }
      return found;
    }
    const mine = await tenantModel(StudentModel).exists({
      $and: [await studentScope(), { sectionId: new Types.ObjectId(sectionId) }],
    } as QueryFilter<StudentDoc>);
    if (!mine) throw new AppError(404, 'NOT_FOUND', 'Section not found');
    return found;
  });
