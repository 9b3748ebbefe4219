import { Schema, type InferSchemaType } from 'mongoose';

/** Platform operators. They live in the platform database, never in a school's. */
export const superAdminSchema = new Schema(
  {
    name: { type: String, required: true, maxlength: 120 },
    email: { type: String, required: true, lowercase: true, trim: true, unique: true, maxlength: 254 },
    passwordHash: { type: String, required: true, select: false },
    status: { type: String, enum: ['active', 'disabled'], default: 'active' },
    lastLogin: { type: Date },
    // Raised to end every access token of the account at once (logout, password reset, email change).
    sessionVersion: { type: Number, default: 0 },
  },
  { timestamps: true, strict: 'throw' },
);

export type SuperAdminDoc = InferSchemaType<typeof superAdminSchema>;
