export const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 100)} %`);
