import type { Migration } from '../tenancy/migrations.js';
import { baselineIndexes } from './001-baseline-indexes.js';
import { auditRecordIndex } from './002-audit-record-index.js';
import { receiptSeq } from './003-receipt-seq.js';
import { placementBackfill } from './004-placement-backfill.js';
import { outboxIndexes } from './005-outbox.js';
import { phonesE164 } from './006-phones-e164.js';
import { attendanceDayCounts } from './007-attendance-day-counts.js';

/**
 * Every school-database migration, oldest first. Add new ones at the end with
 * the next number; never edit or reorder one that has shipped. A migration's
 * `up` must be safe to run again (a runner that died half-way repeats it).
 */
export const MIGRATIONS: readonly Migration[] = [
  baselineIndexes,
  auditRecordIndex,
  receiptSeq,
  placementBackfill,
  outboxIndexes,
  phonesE164,
  attendanceDayCounts,
];
