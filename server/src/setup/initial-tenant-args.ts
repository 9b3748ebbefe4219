import type { z } from 'zod';
import { schoolConfigInput } from '../modules/superadmin/tenant.validation.js';

/** The demo school's place in the world, as `--time-zone`, `--language` and `--locale` give it. */
export type InitialSchoolConfig = Pick<z.infer<typeof schoolConfigInput>, 'timeZone' | 'language' | 'locale'>;

const FLAGS = { '--time-zone': 'timeZone', '--language': 'language', '--locale': 'locale' } as const;
/** The same rules as the API's school settings: a school made here cannot hold what the API would refuse. */
const argsSchema = schoolConfigInput.pick({ timeZone: true, language: true, locale: true }).strict();

/**
 * Reads createInitialTenant's arguments (`--language fr` or `--language=fr`). Anything unknown or invalid is an
 * error that names the flag, so the command stops before it touches the database.
 */
export function parseInitialTenantArgs(argv: readonly string[]): { schoolConfig: InitialSchoolConfig } | { error: string } {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = argv[i]!.split(/=(.*)/s, 2);
    const field = FLAGS[flag as keyof typeof FLAGS];
    if (!field) return { error: `Unknown argument ${flag}: use ${Object.keys(FLAGS).join(', ')}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { error: `${flag} needs a value` };
    raw[field] = value;
  }
  const parsed = argsSchema.safeParse(raw);
  if (parsed.success) return { schoolConfig: parsed.data };
  const flagOf = (field: PropertyKey | undefined) => Object.entries(FLAGS).find(([, f]) => f === field)?.[0] ?? String(field);
  return { error: parsed.error.issues.map((i) => `${flagOf(i.path[0])}: ${i.message}`).join('\n') };
}
