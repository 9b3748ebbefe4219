import type { Migration } from '../tenancy/migrations.js';
import { bindModel } from '../tenancy/model-registry.js';
import { OutboxModel } from '../modules/messages/outbox.schema.js';

/** The message outbox (issue 12): schools created before it get its collection and indexes. */
export const outboxIndexes: Migration = {
  id: '005-outbox',
  description: 'Create the message outbox and its indexes',
  async up(conn) {
    await bindModel(conn, OutboxModel).createIndexes();
  },
};
