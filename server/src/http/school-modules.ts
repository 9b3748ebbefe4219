import type { Services } from '../platform.js';
import type { ApiRouter } from './route.js';
import type { StaffArea } from '../tenancy/tenant.types.js';
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
import { settingsRoutes } from '../modules/settings/settings.routes.js';
import { fileRoutes } from '../modules/files/files.routes.js';
import { databaseBytes } from '../modules/usage/usage.service.js';
import { messageRoutes } from '../modules/messages/messages.routes.js';
import { messagingSettingsRoutes } from '../modules/messages/messaging-settings.js';
import { meRoutes } from '../modules/messages/preferences.routes.js';

type Build = (api: ApiRouter) => ApiRouter;

/** Every school module: its base path, its tag in the API docs, and its routes. All are mounted behind the tenant resolver. */
/** Each entry: base path, API docs tag, staff area (what a school can close to its staff role), routes. */
export function schoolModules(s: Services): [string, string, StaffArea | undefined, Build][] {
  const deps = { bcryptCost: s.config.bcryptCost };
  return [
    ['/api/academic-years', 'Academic structure', 'academic', academicYearRoutes],
    ['/api/grade-levels', 'Academic structure', 'academic', gradeLevelRoutes],
    ['/api/classes', 'Academic structure', 'academic', classRoutes],
    ['/api/subjects', 'Academic structure', 'academic', subjectRoutes],
    ['/api/assignments', 'Academic structure', 'academic', assignmentRoutes],
    ['/api/students', 'People', 'people', (api) => studentRoutes(api, deps)],
    ['/api/guardians', 'People', 'people', (api) => guardianRoutes(api, deps)],
    ['/api/teachers', 'People', 'people', (api) => staffRoutes(api, deps)],
    ['/api/admissions', 'Enrolment', 'enrolment', (api) => admissionRoutes(api, deps)],
    ['/api/rollover', 'Enrolment', 'enrolment', rolloverRoutes],
    ['/api/timetable', 'Timetable', 'timetable', timetableRoutes],
    ['/api/attendance', 'Attendance', 'attendance', attendanceRoutes],
    ['/api/grading-scales', 'Gradebook', 'gradebook', gradingScaleRoutes],
    ['/api/exams', 'Gradebook', 'gradebook', examRoutes],
    ['/api/gradebook', 'Gradebook', 'gradebook', gradebookRoutes],
    ['/api/report-cards', 'Gradebook', 'gradebook', reportCardRoutes({ storage: s.storage })],
    ['/api/fees/structures', 'Fees', 'fees', feeStructureRoutes],
    ['/api/fees/discounts', 'Fees', 'fees', discountRoutes],
    ['/api/fees/invoices', 'Fees', 'fees', invoiceRoutes],
    ['/api/fees', 'Fees', 'fees', feeReportRoutes],
    ['/api/announcements', 'Communication', 'communication', announcementRoutes],
    ['/api/notifications', 'Communication', 'communication', notificationRoutes],
    ['/api/messages', 'Communication', 'communication', messageRoutes],
    ['/api/dashboard', 'Reports', 'reports', dashboardRoutes],
    ['/api/reports', 'Reports', 'reports', reportRoutes],
    ['/api/audit', 'Reports', 'reports', auditRoutes],
    ['/api/import', 'Import', undefined, importRoutes],
    // Before /api/settings, whose router would otherwise see (and pass on) /api/settings/messaging first.
    [
      '/api/settings/messaging',
      'School',
      undefined,
      messagingSettingsRoutes({
        db: s.db,
        tenants: s.tenants,
        encryptionKey: s.config.encryptionKey,
        allowPrivateHosts: s.config.messages.smtp.allowPrivateHosts,
      }),
    ],
    ['/api/settings', 'School', undefined, settingsRoutes(s)],
    ['/api/files', 'Files', undefined, fileRoutes({ storage: s.storage, dbBytes: databaseBytes })],
    ['/api/me', 'Account', undefined, meRoutes],
  ];
}
