// Every schema that lives in a school's database, registered by import. New
// school modules add their schema here so provisioning builds their indexes.
import '../modules/users/user.schema.js';
import '../auth/refresh-token.schema.js';
import '../school/sequence.js';
import '../school/audit.js';
import './migration.schema.js';
import '../modules/academic/academic.schema.js';
import '../modules/people/people.schema.js';
import '../modules/users/invitation.js';
import '../modules/attendance/attendance.schema.js';
import '../modules/attendance/day-counts.js';
import '../modules/gradebook/gradebook.schema.js';
import '../modules/fees/fees.schema.js';
import '../modules/notifications/notification.schema.js';
import '../modules/messages/outbox.schema.js';
import '../modules/messages/preferences.schema.js';
import '../modules/announcements/announcement.schema.js';
import '../modules/timetable/timetable.schema.js';
import '../modules/enrolment/enrolment.schema.js';
