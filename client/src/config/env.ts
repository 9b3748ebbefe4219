import { z } from 'zod';

/** Build-time configuration (Vite env), validated once. */
const env = z
  .object({
    VITE_BASE_DOMAIN: z
      .string()
      .regex(/^[a-z0-9.-]+$/)
      .default('localhost'),
  })
  .parse(import.meta.env);

export const BASE_DOMAIN = env.VITE_BASE_DOMAIN;
