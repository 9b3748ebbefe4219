/**
 * How many SMS segments a text costs (3GPP TS 23.038 / 23.040).
 *
 * A text made only of GSM-7 characters is sent in 7-bit septets: 160 in one
 * message, 153 per part once it is split (the user data header takes 7). The
 * extension table's characters (`^ { } \ [ ~ ] | €` and form feed) take two
 * septets (an escape and the character). Any other character (an accented
 * letter outside the table, an emoji, a non-Latin script) turns the whole text
 * into UCS-2: 70 UTF-16 code units in one message, 67 per part. Parts never
 * split an escape pair or a surrogate pair, as providers do not.
 */
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' + '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  const chars = [...text];
  const gsm = chars.every((c) => basic.has(c) || extension.has(c));
  // Each character's cost in its encoding: 1 or 2 septets, or 1 or 2 UTF-16 units (astral characters).
  const costs = chars.map((c) => (gsm ? (extension.has(c) ? 2 : 1) : c.length));
  const units = costs.reduce((a, b) => a + b, 0);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  const [single, part] = gsm ? [160, 153] : [70, 67];
  if (units <= single) return { encoding, units, segments: 1 };
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > part) {
      segments += 1;
      used = 0;
    }
    used += cost;
  }
  return { encoding, units, segments };
}

/** Segments the text is billed as (an empty text is still one message). */
export const smsSegments = (text: string): number => smsLength(text).segments;
