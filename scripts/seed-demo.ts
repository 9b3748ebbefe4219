/**
 * npm run seed:demo
 *
 * Fills the demo school with a realistic year through its own API: grades 1–6,
 * ~300 students with guardians, teachers, a timetable, a month of attendance, a
 * published test with marks, fee invoices and payments. Prints a teacher's and
 * a parent's sign-in. Does nothing when the demo school already has students.
 */
import '../server/src/setup/seed-demo.cli.js';
