import { z } from 'zod';
import { email, password } from '../../lib/validation.js';
import { userResponse } from '../users/user.validation.js';
import { publicTenantResponse as publicTenant } from '../tenant/tenant.validation.js';

export const loginBody = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const acceptInvitationBody = z.object({ token: z.string().min(20).max(200), password }).strict();
export const refreshBody = z.object({ refreshToken: z.string().min(20).max(200) }).strict();

export const sessionResponse = z.object({
  accessToken: z.string(),
  refreshToken: z.string(),
  expiresIn: z.number().int(),
  user: userResponse,
  tenant: publicTenant,
});

export const meResponse = z.object({ user: userResponse, tenant: publicTenant });
