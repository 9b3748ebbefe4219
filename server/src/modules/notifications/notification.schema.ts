import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

export const NOTIFICATION_KINDS = ['absence', 'fee_due', 'fee_overdue', 'results_published', 'announcement', 'account'] as const;

/**
 * An in-app notification for one user, with the outbox messages that carry it
 * by email or SMS (their states are the outbox's: it is the truth).
 * `key` makes every alert happen once (e.g. one absence alert per child and
 * day per guardian) under a plain unique index.
 */
const notificationSchema = new Schema(
  {
    userId: { type: Types.ObjectId, required: true },
    key: { type: String, required: true, maxlength: 200 },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    title: { type: String, required: true, maxlength: 200 },
    body: { type: String, required: true, maxlength: 2000 },
    /** What the platform said (alerts.json key and values), rendered in each reader's language; `title`/`body` are its English. */
    text: {
      type: new Schema(
        { key: { type: String, required: true, maxlength: 100 }, values: { type: Schema.Types.Mixed, default: {} } },
        { _id: false },
      ),
    },
    data: { type: Schema.Types.Mixed },
    readAt: { type: Date },
    deliveries: {
      type: [
        new Schema({ channel: { type: String, required: true }, messageId: { type: Types.ObjectId, required: true } }, { _id: false }),
      ],
      default: [],
    },
  },
  { timestamps: true, strict: 'throw' },
);
notificationSchema.index({ userId: 1, key: 1 }, { unique: true });
notificationSchema.index({ userId: 1, createdAt: -1 });

export type NotificationDoc = InferSchemaType<typeof notificationSchema>;
export const NotificationModel = defineTenantModel('Notification', notificationSchema);
