import type { Services } from '../platform.js';
import type { ApiRouter } from './route.js';
import { academicYearRoutes, assignmentRoutes, classRoutes, gradeLevelRoutes, subjectRoutes } from '../modules/academic/academic.routes.js';

import { guardianRoutes, staffRoutes, studentRoutes } from '../modules/people/people.routes.js';
import { attendanceRoutes } from '../modules/attendance/attendance.routes.js';
import { examRoutes, gradebookRoutes, gradingScaleRoutes, reportCardRoutes } from '../modules/gradebook/gradebook.routes.js';
import { discountRoutes, feeReportRoutes, feeStructureRoutes, invoiceRoutes } from '../modules/fees/fees.routes.js';
import { announcementRoutes } from '../modules/announcements/announcement.routes.js';
import { notificationRoutes } from '../modules/notifications/notification.routes.js';
import { dashboardRoutes } from '../modules/dashboard/dashboard.routes.js';
import { reportRoutes } from '../modules/reports/reports.routes.js';
import { timetableRoutes } from '../modules/timetable/timetable.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { admissionRoutes, rolloverRoutes } from '../modules/enrolment/enrolment.routes.js';
import { importRoutes } from '../modules/imports/import.routes.js';

type Build = (api: ApiRouter) => ApiRouter;

/** Every school module: its base path, its tag in the API docs, and its routes. All are mounted behind the tenant resolver. */
export function schoolModules(s: Services): [string, string, Build][] {
  const deps = { bcryptCost: s.config.bcryptCost };
  return [
    ['/api/academic-years', 'Academic structure', academicYearRoutes],
    ['/api/grade-levels', 'Academic structure', gradeLevelRoutes],
    ['/api/classes', 'Academic structure', classRoutes],
    ['/api/subjects', 'Academic structure', subjectRoutes],
    ['/api/assignments', 'Academic structure', assignmentRoutes],
    ['/api/students', 'People', (api) => studentRoutes(api, deps)],
    ['/api/guardians', 'People', (api) => guardianRoutes(api, deps)],
    ['/api/teachers', 'People', (api) => staffRoutes(api, deps)],
    ['/api/admissions', 'Enrolment', (api) => admissionRoutes(api, deps)],
    ['/api/rollover', 'Enrolment', rolloverRoutes],
    ['/api/timetable', 'Timetable', timetableRoutes],
    ['/api/attendance', 'Attendance', attendanceRoutes],
    ['/api/grading-scales', 'Gradebook', gradingScaleRoutes],
    ['/api/exams', 'Gradebook', examRoutes],
    ['/api/gradebook', 'Gradebook', gradebookRoutes],
    ['/api/report-cards', 'Gradebook', reportCardRoutes],
    ['/api/fees/structures', 'Fees', feeStructureRoutes],
    ['/api/fees/discounts', 'Fees', discountRoutes],
    ['/api/fees/invoices', 'Fees', invoiceRoutes],
    ['/api/fees', 'Fees', feeReportRoutes],
    ['/api/announcements', 'Communication', announcementRoutes],
    ['/api/notifications', 'Communication', notificationRoutes],
    ['/api/dashboard', 'Reports', dashboardRoutes],
    ['/api/reports', 'Reports', reportRoutes],
    ['/api/audit', 'Reports', auditRoutes],
    ['/api/import', 'Import', importRoutes],
  ];
}
