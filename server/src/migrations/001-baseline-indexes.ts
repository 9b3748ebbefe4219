import type { Migration } from '../tenancy/migrations.js';
import { bindModel, tenantModelDefs } from '../tenancy/model-registry.js';

/**
 * Every index the school schemas declare. Schools created before a collection
 * or an index was added (e.g. unique keys of newer modules) get them here;
 * building an index that exists is a no-op, so this is safe to run again.
 */
export const baselineIndexes: Migration = {
  id: '001-baseline-indexes',
  description: 'Build every index the school schemas declare',
  async up(conn) {
    for (const def of tenantModelDefs()) await bindModel(conn, def).createIndexes();
  },
};
