import { z } from 'zod';

export const paginationQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
};

export interface Page<T> {
  data: T[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export function pageOf<T>(data: T[], total: number, page: number, limit: number): Page<T> {
  return { data, page, limit, total, totalPages: Math.ceil(total / limit) };
}

/** A user-typed search term as a literal, case-insensitive regular expression. */
export function searchRegex(term: string): RegExp {
  return new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** The documented shape of a page of items. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number().int(), limit: z.number().int(), total: z.number().int(), totalPages: z.number().int() });
