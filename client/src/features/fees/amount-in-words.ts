const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = ['', 'thousand', 'million', 'billion', 'trillion'];

/** Words for 0–999 ("one hundred and five", as receipts are written in British and Commonwealth English). */
function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const restWords = rest < 20 ? ONES[rest]! : `${TENS[Math.floor(rest / 10)]!}${rest % 10 ? `-${ONES[rest % 10]!}` : ''}`;
  if (!hundreds) return restWords;
  return `${ONES[hundreds]!} hundred${rest ? ` and ${restWords}` : ''}`;
}

/** A whole number in English words: 1234 → "one thousand two hundred and thirty-four". */
export function numberInWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Not a whole amount: ${n}`);
  if (n === 0) return 'zero';
  const groups: string[] = [];
  for (let scale = 0, rest = n; rest > 0; scale++, rest = Math.floor(rest / 1000)) {
    const group = rest % 1000;
    if (group) groups.unshift(`${belowThousand(group)}${SCALES[scale] ? ` ${SCALES[scale]!}` : ''}`);
  }
  return groups.join(' ');
}

/** Names of the main and minor units of currencies schools here use; others are written with their code. */
const UNITS: Record<string, [string, string, string, string]> = {
  USD: ['dollar', 'dollars', 'cent', 'cents'],
  EUR: ['euro', 'euros', 'cent', 'cents'],
  GBP: ['pound', 'pounds', 'penny', 'pence'],
  KES: ['Kenyan shilling', 'Kenyan shillings', 'cent', 'cents'],
  UGX: ['Ugandan shilling', 'Ugandan shillings', 'cent', 'cents'],
  TZS: ['Tanzanian shilling', 'Tanzanian shillings', 'cent', 'cents'],
  NGN: ['naira', 'naira', 'kobo', 'kobo'],
  GHS: ['cedi', 'cedis', 'pesewa', 'pesewas'],
  ZAR: ['rand', 'rand', 'cent', 'cents'],
  INR: ['rupee', 'rupees', 'paisa', 'paise'],
  AUD: ['Australian dollar', 'Australian dollars', 'cent', 'cents'],
  CAD: ['Canadian dollar', 'Canadian dollars', 'cent', 'cents'],
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * An amount in minor units (cents) as written on a receipt: 125050 USD → "One thousand two hundred and fifty
 * dollars and fifty cents only". Currencies without known unit names: "… and 50/100 XOF only".
 */
export function amountInWords(cents: number, currency: string): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not an amount in cents: ${cents}`);
  const major = Math.floor(cents / 100);
  const minor = cents % 100;
  const units = UNITS[currency.toUpperCase()];
  if (!units) {
    return `${capitalise(numberInWords(major))} ${currency.toUpperCase()}${minor ? ` and ${String(minor).padStart(2, '0')}/100` : ''} only`;
  }
  const [one, many, minorOne, minorMany] = units;
  const main = `${numberInWords(major)} ${major === 1 ? one : many}`;
  return `${capitalise(minor ? `${main} and ${numberInWords(minor)} ${minor === 1 ? minorOne : minorMany}` : main)} only`;
}
