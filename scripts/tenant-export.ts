/**
 * npm run tenant:export -- … (see server/src/setup/tenant-export.cli.ts and docs/operations.md).
 * Uses MONGODB_URI, or the embedded database under .data/ (stop `npm start` first).
 */
import '../server/src/setup/tenant-export.cli.js';
