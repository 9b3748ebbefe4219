import { z } from 'zod';
import { email } from '../../lib/validation.js';

export const loginBody = z.object({ email, password: z.string().min(1).max(200) }).strict();
export const refreshBody = z.object({ refreshToken: z.string().min(20).max(200) }).strict();
