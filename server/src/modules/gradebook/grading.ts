/** Pure gradebook arithmetic, kept apart so that it can be checked by hand. */

export interface Band {
  grade: string;
  min: number;
}

/** Used when a school has not defined its own scale. */
export const DEFAULT_SCALE: { name: string; bands: Band[] } = {
  name: 'Default A–F',
  bands: [
    { grade: 'A', min: 80 },
    { grade: 'B', min: 70 },
    { grade: 'C', min: 60 },
    { grade: 'D', min: 50 },
    { grade: 'E', min: 40 },
    { grade: 'F', min: 0 },
  ],
};

export const round2 = (n: number) => Math.round(n * 100) / 100;

export function gradeFor(percentage: number | null, bands: Band[]): string | null {
  if (percentage === null) return null;
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => percentage >= b.min)?.grade ?? null;
}

export interface ExamScore {
  score: number | null;
  absent: boolean;
  maxMarks: number;
  weight: number;
}

/**
 * Weighted percentage of a subject over the exams that have a mark: an absence
 * counts as 0, an exam not yet marked is left out. Null when nothing is marked.
 */
export function weightedPercentage(exams: ExamScore[]): number | null {
  const marked = exams.filter((e) => e.absent || e.score !== null);
  const weight = marked.reduce((s, e) => s + e.weight, 0);
  if (marked.length === 0 || weight === 0) return null;
  const sum = marked.reduce((s, e) => s + ((e.absent ? 0 : (e.score ?? 0)) / e.maxMarks) * 100 * e.weight, 0);
  return round2(sum / weight);
}

/** Competition ranking (1, 2, 2, 4) by average, highest first; no average, no rank. */
export function rank<T extends { average: number | null }>(rows: T[]): (T & { rank: number | null })[] {
  const sorted = rows.filter((r) => r.average !== null).sort((a, b) => (b.average as number) - (a.average as number));
  const ranks = new Map<T, number>();
  sorted.forEach((r, i) => ranks.set(r, i > 0 && sorted[i - 1]!.average === r.average ? ranks.get(sorted[i - 1]!)! : i + 1));
  return rows.map((r) => ({ ...r, rank: ranks.get(r) ?? null }));
}
