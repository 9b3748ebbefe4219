/** Digits after the point in the currency's minor unit (2 for EUR, 0 for XOF and JPY, 3 for KWD), as ISO 4217 says. */
export const minorDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** An amount typed in the currency ("1200.50") in its minor units, as the server keeps money (120050; 1200 XOF → 1200). */
export const toMinor = (typed: FormDataEntryValue | string | null, currency: string) =>
  Math.round(Number(typed) * 10 ** minorDigits(currency));

/** Minor units as a number input shows them ("1200.50"; "1200" for XOF). */
export const toInput = (minor: number, currency: string) => (minor / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));

/** The step of a number input in the currency: 0.01, 1 for XOF, 0.001 for KWD. */
export const inputStep = (currency: string) => (minorDigits(currency) ? `0.${'0'.repeat(minorDigits(currency) - 1)}1` : '1');
