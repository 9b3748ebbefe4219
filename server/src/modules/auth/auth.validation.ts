import { z } from 'zod';
import { email, password } from '../../lib/validation.js';
import { LANGUAGES } from '../../lib/i18n.js';
import { userResponse } from '../users/user.validation.js';
import { publicTenantResponse as publicTenant } from '../tenant/tenant.validation.js';

export const loginBody = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const forgotPasswordBody = z.object({ email }).strict();
export const resetPasswordBody = z.object({ token: z.string().min(20).max(200), password }).strict();
export const forgotPasswordResponse = z.object({ message: z.string() });
export const acceptInvitationBody = z.object({ token: z.string().min(20).max(200), password }).strict();
/** Browsers send nothing: their refresh token is the httpOnly cookie. API clients send it here. */
export const refreshBody = z.object({ refreshToken: z.string().min(20).max(200).optional() }).strict();

export const changeOwnAccountBody = z
  .object({ currentPassword: z.string().min(1).max(200), email: email.optional(), password: password.optional() })
  .strict()
  .refine((b) => b.email !== undefined || b.password !== undefined, { message: 'Send email and/or password to change' });
export type ChangeOwnAccount = z.infer<typeof changeOwnAccountBody>;

export const sessionResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string().optional().describe('Only when the request did not ask for the cookie (X-Session: cookie)'),
  expiresIn: z.number().int(),
  user: userResponse,
  tenant: publicTenant,
});

export const meResponse = z.object({ user: userResponse, tenant: publicTenant });

export const accountChangeResponse = z.object({ accessToken: z.string(), expiresIn: z.number().int(), user: userResponse });

/** The signed-in person's own language; null goes back to the school's default. */
export const ownLanguageBody = z
  .object({ language: z.enum(LANGUAGES).nullable().describe("One of the platform's languages, or null for the school's default") })
  .strict();
export const ownLanguageResponse = z.object({ language: z.enum(LANGUAGES).nullable() });
