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

/**
 * An amount typed as text in the shown locale ("1 200,50" in French, "1,200.50" in English, "١٢٠٠٫٥" in Arabic) as
 * a number (1200.5); NaN when it is not one. Number inputs need none of this: the browser hands them over as "1200.5".
 */
export function parseAmount(text: string, locale: string): number {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const western = text
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s\u00a0\u202f]/g, '')
    // A group separator only between thousands: "1200.50" typed in Spanish is still 1200.50, not 120050.
    .replace(new RegExp(`\\${group}(?=\\d{3}(?!\\d))`, 'g'), '')
    .replace(decimal, '.')
    .replace('٫', '.');
  return /^\d+(\.\d+)?$/.test(western) ? Number(western) : NaN;
}
