import { number } from '../../../lib/format';

/** A rate (0..1) as the shown locale writes a percentage ("87%", "87 %", "٨٧٪"); a dash when nothing was counted. */
export const pct = (r: number | null) => (r === null ? '–' : number(r, { style: 'percent', maximumFractionDigits: 0 }));
