import type { Migration } from '../tenancy/migrations.js';
import { logger } from '../lib/logger.js';
import { toE164 } from '../modules/messages/address.js';

/** The people collections whose `contact.phone` is typed by people (people.schema.ts). */
const COLLECTIONS = ['guardians', 'students', 'staffs'];

/**
 * Phone numbers are stored in E.164 since issue 12 (SMS needs them). Numbers
 * stored before are normalised where they parse (read in the school's country
 * when typed without a country code); the rest are left as they were and
 * counted in the log (ids and counts only, never a number), for the school to
 * correct. Running it again changes nothing more.
 */
export const phonesE164: Migration = {
  id: '006-phones-e164',
  description: "Store people's phone numbers in E.164 where they parse",
  async up(conn, school) {
    const country = school?.schoolConfig.country;
    const counts = { normalised: 0, unchanged: 0, unparsed: 0 };
    for (const name of COLLECTIONS) {
      const people = conn.collection(name);
      for await (const p of people.find({ 'contact.phone': { $type: 'string' } }, { projection: { 'contact.phone': 1 } })) {
        const raw = String((p.contact as { phone: string }).phone);
        const e164 = toE164(raw, country);
        if (!e164) counts.unparsed += 1;
        else if (e164 === raw) counts.unchanged += 1;
        else {
          await people.updateOne({ _id: p._id, 'contact.phone': raw }, { $set: { 'contact.phone': e164 } });
          counts.normalised += 1;
        }
      }
    }
    logger.info({ migration: '006-phones-e164', tenantId: school?.id, country: country ?? null, ...counts }, 'phone numbers normalised');
  },
};
