import type { Migration } from '../tenancy/migrations.js';

const INDEX = 'receiptSeq_-1';

/**
 * Payments claim their receipt number through a unique receiptSeq (no gaps
 * under racing payments). Existing payments get it from their receipt number
 * (`RCT-YYYY-NNNNN`, taken from one school-wide sequence, so the numbers are
 * distinct); new ones continue after the highest.
 */
export const receiptSeq: Migration = {
  id: '003-receipt-seq',
  description: 'Number existing payments by receipt (receiptSeq) and index it uniquely',
  async up(conn) {
    const payments = conn.collection('payments');
    const missing = payments.find({ receiptSeq: { $exists: false } }, { projection: { receiptNumber: 1 } });
    for await (const p of missing) {
      const n = Number(/(\d+)$/.exec(String(p.receiptNumber))?.[1]);
      if (!Number.isSafeInteger(n)) throw new Error(`payment ${String(p._id)} has no numeric receipt number`);
      await payments.updateOne({ _id: p._id }, { $set: { receiptSeq: n } });
    }
    await payments.createIndex({ receiptSeq: -1 }, { name: INDEX, unique: true });
  },
  async down(conn) {
    const payments = conn.collection('payments');
    if ((await payments.indexes()).some((i) => i.name === INDEX)) await payments.dropIndex(INDEX);
  },
};
