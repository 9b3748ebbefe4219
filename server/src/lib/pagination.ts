import type { Connection, Model } from 'mongoose';
import { z } from 'zod';
import { currentContext } from './context.js';

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

/** Latin (with Latin-1, Extended-A/B and Extended Additional), Greek (with Extended) and Cyrillic letters. */
const FOLDED_RANGES: [number, number][] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x1e00, 0x1eff],
  [0x1f00, 0x1fff],
];

/** The base letter of `ch` without accents and case ("É" → "e", "ῷ" → "ω", "Й" → "и", "ς" → "σ"); undefined for none. */
function baseLetter(ch: string): string | undefined {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().toLowerCase();
  return [...base].length === 1 && /\p{L}/u.test(base) ? base : undefined;
}

/**
 * For each base letter, every letter of FOLDED_RANGES that decomposes (NFD) to it, as a regex character class:
 * "e" → "[eèéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ]". Generated once from Unicode (the runtime's tables), never written by hand.
 * A class rather than collation or a stored folded copy: it works on names already stored, on MongoDB and on
 * FerretDB (which has no collation), with no migration. Capitals are left to the `i` flag, which every engine here
 * folds across Unicode (PCRE in UTF mode, Go's regexp, JavaScript), except those it cannot reach ("İ"), which stay.
 * Short classes matter: FerretDB 1.24 compiles the pattern again for every document and field it tests
 * (filterFieldRegex). Compile and match of "nunez" per document in Go's regexp, best of 5 × 20,000: plain 1.8 µs,
 * these classes 10 µs, with capitals written out too 21 µs; 2,000 students × 3 fields ≈ 60 ms of a search.
 */
const LETTER_CLASSES: ReadonlyMap<string, string> = (() => {
  const groups = new Map<string, Set<string>>();
  for (const [from, to] of FOLDED_RANGES) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (!/\p{L}/u.test(ch)) continue;
      const base = baseLetter(ch);
      if (!base) continue;
      const group = groups.get(base) ?? new Set([base]);
      group.add(ch);
      groups.set(base, group);
    }
  }
  return new Map(
    [...groups].map(([base, group]) => {
      const letters = [...group].filter((ch) => ch.toLowerCase() === ch || !group.has(ch.toLowerCase())).sort();
      return [base, letters.length > 1 ? `[${letters.join('')}]` : base];
    }),
  );
})();

/**
 * A user-typed search term as a literal regular expression that ignores case and accents both ways: "Jose" finds
 * "José", "josé" finds "Jose", "Nunez" finds "Ñúñez", "ολυμπια" finds "Ολυμπία". Other characters are literal
 * (escaped); accents typed as separate combining marks are dropped. The term's length is capped by its validation
 * (searchText). Names are matched as stored, precomposed (NFC, as keyboards and browsers write them).
 */
export function searchRegex(term: string): RegExp {
  let source = '';
  for (const ch of term.normalize('NFC')) {
    const letters = /\p{L}/u.test(ch) ? LETTER_CLASSES.get(baseLetter(ch) ?? '') : undefined;
    if (letters) source += letters;
    else if (!/\p{M}/u.test(ch)) source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(source, 'i');
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

const NAME_FIELDS = new Set(['name', 'firstName', 'lastName']);

/** Whether a list's sort puts names in order ("lastName", "-name", { lastName: 1 }). */
export const sortsByName = (sort: string | Record<string, 1 | -1>) =>
  (typeof sort === 'string' ? sort.split(/\s+/).map((f) => f.replace(/^-/, '')) : Object.keys(sort)).some((f) => NAME_FIELDS.has(f));

const collationSupport = new WeakMap<object, Promise<boolean>>();

/**
 * Whether the database server behind `model` sorts by collation, asked once per client. MongoDB does; FerretDB 1.24
 * answers any `collation` with error 238 NotImplemented ("support for field collation is not implemented yet"),
 * so it is recognised by the `ferretdbVersion` its buildInfo carries and left in binary (code point) order.
 */
function supportsCollation(model: { db: Connection }): Promise<boolean> {
  const client = model.db.getClient();
  let known = collationSupport.get(client);
  if (!known) {
    known = model.db
      .db!.admin()
      .command({ buildInfo: 1 })
      .then((info) => !('ferretdbVersion' in info));
    // A failed question is asked again next time, not remembered as an answer.
    known.catch(() => collationSupport.delete(client));
    collationSupport.set(client, known);
  }
  return known.catch(() => false);
}

/**
 * The collation that puts names in the current school's order (its locale's language: "Émile" beside "Emma" in
 * French, "Ñúñez" after "Nuñez" in Spanish, "Özil" after "Zoë" in Swedish); none outside a school or where the
 * server has no collation (FerretDB: binary order, see docs/architecture.md "Time zones, search and sort").
 */
export async function nameCollation(model: { db: Connection }): Promise<{ locale: string } | undefined> {
  const config = currentContext()?.tenant?.schoolConfig;
  if (!config || !(await supportsCollation(model))) return undefined;
  const tag = config.locale ?? config.language;
  try {
    return { locale: new Intl.Locale(tag).language };
  } catch {
    return { locale: config.language };
  }
}

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
  const collation = sortsByName(q.sort) ? await nameCollation(model) : undefined;
  const find = model.find(filter as never);
  if (collation) find.collation(collation);
  const [rows, total] = await Promise.all([
    find
      .select(select ?? '')
      .sort(q.sort)
      .skip((q.page - 1) * q.limit)
      .limit(q.limit)
      .lean<(Doc & { _id: { toString(): string } })[]>(),
    model.countDocuments(filter as never),
  ]);
  return pageOf(rows.map(map), total, q.page, q.limit);
}
