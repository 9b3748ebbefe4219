import { Schema, type InferSchemaType } from 'mongoose';
import { defineTenantModel } from '../../tenancy/model-registry.js';

const channels = new Schema({ email: { type: Boolean, required: true }, sms: { type: Boolean, required: true } }, { _id: false });

/**
 * One account's choices of what reaches them by email and SMS. The document's
 * `_id` is the account's id, so there is at most one per account without a
 * second unique index (and no migration for schools that existed before). An
 * account without one has the defaults (preferences.ts).
 */
const preferenceSchema = new Schema(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    categories: {
      absence: { type: channels, required: true },
      fees: { type: channels, required: true },
      results: { type: channels, required: true },
      announcements: { type: channels, required: true },
    },
    /** Local times in the school's time zone (schoolConfig.timeZone); null: no quiet hours. */
    quietHours: { type: new Schema({ start: String, end: String }, { _id: false }), default: null },
  },
  { timestamps: true, strict: 'throw' },
);

export type PreferenceDoc = InferSchemaType<typeof preferenceSchema>;
export const MessagePreferenceModel = defineTenantModel('MessagePreference', preferenceSchema);
