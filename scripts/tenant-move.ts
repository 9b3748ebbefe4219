/**
 * npm run tenant:move -- <subdomain> --to <mongodb uri> [--keep-source]
 * (see server/src/setup/tenant-move.cli.ts and docs/operations.md).
 */
import '../server/src/setup/tenant-move.cli.js';
