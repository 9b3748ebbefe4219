import type { TxtResolver } from '../src/modules/domains/domains.service.js';

/** A DNS stand-in for custom-domain tests: publish TXT values per name; unknown names answer ENOTFOUND. */
export function fakeDns() {
  const records = new Map<string, string[]>();
  const resolveTxt: TxtResolver = async (name) => {
    const values = records.get(name);
    if (!values) throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return values.map((v) => [v]);
  };
  return {
    resolveTxt,
    publish: (name: string, value: string) => records.set(name, [...(records.get(name) ?? []), value]),
    clear: () => records.clear(),
  };
}
