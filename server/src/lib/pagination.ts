import type { Model } from 'mongoose';
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

/**
 * "Priya Brown" finds Priya Brown: every word of the search must match the first or the last name (or one of the
 * extra fields). Anchored-nowhere regexes rather than $text, which FerretDB does not have.
 */
export const nameSearch = (term: string, extra: string[] = []) => ({
  $and: term
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((word) => ({ $or: ['firstName', 'lastName', ...extra].map((f) => ({ [f]: searchRegex(word) })) })),
});

/** The documented shape of a page of items. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), page: z.number().int(), limit: z.number().int(), total: z.number().int(), totalPages: z.number().int() });

/** One page of `model` matching `filter`: the rows (sorted, skipped, limited) and the total, mapped to DTOs. */
export async function findPage<Doc, Dto>(
  model: Model<Doc>,
  filter: Record<string, unknown>,
  q: { page: number; limit: number; sort: string | Record<string, 1 | -1> },
  map: (row: Doc & { _id: { toString(): string } }) => Dto,
  select?: string,
): Promise<Page<Dto>> {
  // `filter` is built by callers from validated input; mongoose's QueryFilter<Doc> type cannot be
  // expressed generically here, so it is passed through untyped (sanitizeFilter still applies).
  const [rows, total] = await Promise.all([
    model
      .find(filter as never)
      .select(select ?? '')
      .sort(q.sort)
      .skip((q.page - 1) * q.limit)
      .limit(q.limit)
      .lean<(Doc & { _id: { toString(): string } })[]>(),
    model.countDocuments(filter as never),
  ]);
  return pageOf(rows.map(map), total, q.page, q.limit);
}
