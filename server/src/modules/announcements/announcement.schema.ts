import { Schema, Types, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';
import { ROLES } from '../../auth/tokens.js';
import { CHANNELS } from '../messages/kinds.js';

/** An announcement to the whole school, one class, or one role. */
const announcementSchema = new Schema(
  {
    title: { type: String, required: true, maxlength: 200 },
    body: { type: String, required: true, maxlength: 5000 },
    audience: { type: String, enum: ['school', 'class', 'role'], required: true },
    classId: { type: Types.ObjectId, index: true },
    role: { type: String, enum: ROLES },
    authorId: { type: Types.ObjectId, required: true },
    /** Also sent by these channels (outbox), to the same audience; none: in the app only. */
    channels: { type: [{ type: String, enum: CHANNELS }], default: [] },
    /** Set when an admin changed the title or text after it was published (messages already sent are not sent again). */
    editedAt: { type: Date },
  },
  { timestamps: true, strict: 'throw' },
);
announcementSchema.index({ createdAt: -1 });
announcementSchema.index({ audience: 1, role: 1 });

/** A read receipt: one per announcement and user. */
const readSchema = new Schema(
  {
    announcementId: { type: Types.ObjectId, required: true },
    userId: { type: Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: 'readAt', updatedAt: false }, strict: 'throw' },
);
readSchema.index({ announcementId: 1, userId: 1 }, { unique: true });

export type AnnouncementDoc = InferSchemaType<typeof announcementSchema>;
export const AnnouncementModel = defineTenantModel('Announcement', announcementSchema);
export const AnnouncementReadModel = defineTenantModel('AnnouncementRead', readSchema);
