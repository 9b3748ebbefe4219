/**
 * npm run seed:demo [-- --url <origin>] [--students N] [--days N] [--concurrency N]
 *
 * Fills the demo school with a realistic year through its API: grades 1–6,
 * ~300 students with guardians, teachers, a timetable, a month of registers, a
 * published test with marks, fee invoices and payments, with progress per
 * step. Beside a running server (DATA_DIR/server.json, or --url) it seeds
 * through that server as the demo admin; otherwise it opens the database
 * itself. Prints every sign-in it creates. Does nothing when the demo school
 * already has students.
 */
import '../server/src/setup/seed-demo.cli.js';
