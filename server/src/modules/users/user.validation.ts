import { z } from 'zod';
import { ROLES } from '../../auth/tokens.js';
import { LANGUAGES } from '../../lib/i18n.js';
import { email, password, personName, searchText } from '../../lib/validation.js';
import { paginationQuery } from '../../lib/pagination.js';

/**
 * A new account is always invited: the person chooses their own password through the emailed link. A `password`
 * is refused (400 on `password`): an admin never sets another person's password.
 */
export const createUserBody = z
  .object({
    name: personName,
    email,
    password: z.string().optional().describe('Refused: the person sets their own password from the invitation link'),
    role: z.enum(ROLES),
  })
  .strict()
  .refine((b) => b.password === undefined, {
    path: ['password'],
    message: "An admin does not choose another person's password: leave it out, they set their own from the invitation",
  });

export const updateUserBody = z
  .object({
    name: personName.optional(),
    email: email.optional(),
    password: password.optional(),
    role: z.enum(ROLES).optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });

export const listUsersQuery = z
  .object({
    ...paginationQuery,
    role: z.enum(ROLES).optional(),
    status: z.enum(['active', 'invited', 'disabled']).optional(),
    search: searchText(100).optional(),
    ids: z
      .string()
      .regex(/^[0-9a-f]{24}(,[0-9a-f]{24}){0,99}$/, 'Comma-separated user ids (at most 100)')
      .optional()
      .describe('Only these accounts: the sign-in accounts of a page of student, guardian or staff records'),
    sort: z.enum(['name', '-name', 'email', '-email', 'createdAt', '-createdAt']).default('name'),
  })
  .strict();

export type CreateUser = z.infer<typeof createUserBody>;
export type UpdateUser = z.infer<typeof updateUserBody>;
export type ListUsers = z.infer<typeof listUsersQuery>;

export const userResponse = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  status: z.enum(['active', 'invited', 'disabled']),
  language: z.enum(LANGUAGES).nullable().describe("The person's own language; null: the school's default"),
  lastLogin: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  invitation: z
    .object({
      state: z.enum(['invited', 'expired', 'accepted', 'revoked']),
      expiresAt: z.string(),
      lastSentAt: z.string().describe('When the latest invitation was issued and its email queued'),
      delivery: z.string().nullable().describe('The outbox state of the latest invitation email (queued, sent, failed, dead, cancelled…)'),
    })
    .optional()
    .describe('Accounts created by invitation only'),
});

/** A new account; an invited one also carries its set-password link (a fallback: the invitation is emailed). */
export const createdUserResponse = userResponse.extend({ invitationUrl: z.string() });

/** A fresh invitation: its email is queued; the link is returned as a fallback for the admin to copy. */
export const invitationResponse = z.object({
  userId: z.string(),
  url: z.string().describe('Set-password link (path on the school portal): a fallback, the invitation is emailed'),
  expiresAt: z.string(),
});
