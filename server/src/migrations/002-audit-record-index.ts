import type { Migration } from '../tenancy/migrations.js';

const INDEX = 'recordId_1_at_-1';

/** The history of one record (GET /api/audit?recordId=…, newest first) without a collection scan. */
export const auditRecordIndex: Migration = {
  id: '002-audit-record-index',
  description: 'Index the school audit log by record, newest first',
  async up(conn) {
    await conn.collection('auditentries').createIndex({ recordId: 1, at: -1 }, { name: INDEX });
  },
  async down(conn) {
    const indexes = await conn.collection('auditentries').indexes();
    if (indexes.some((i) => i.name === INDEX)) await conn.collection('auditentries').dropIndex(INDEX);
  },
};
