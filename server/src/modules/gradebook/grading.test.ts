import { DEFAULT_SCALE, gradeFor, rank, weightedPercentage } from './grading.js';

describe('gradebook arithmetic', () => {
  it('weights exams, counts absences as zero and skips unmarked exams', () => {
    // Test 40/50 (80 %) weight 1, exam 45/100 (45 %) weight 3 → (80 + 135) / 4 = 53.75
    expect(
      weightedPercentage([
        { score: 40, absent: false, maxMarks: 50, weight: 1 },
        { score: 45, absent: false, maxMarks: 100, weight: 3 },
      ]),
    ).toBe(53.75);
    expect(
      weightedPercentage([
        { score: null, absent: true, maxMarks: 50, weight: 1 },
        { score: 50, absent: false, maxMarks: 50, weight: 1 },
      ]),
    ).toBe(50);
    expect(
      weightedPercentage([
        { score: null, absent: false, maxMarks: 50, weight: 1 },
        { score: 30, absent: false, maxMarks: 60, weight: 2 },
      ]),
    ).toBe(50);
    expect(weightedPercentage([{ score: null, absent: false, maxMarks: 50, weight: 1 }])).toBeNull();
  });

  it('grades by the highest band reached', () => {
    expect(gradeFor(80, DEFAULT_SCALE.bands)).toBe('A');
    expect(gradeFor(79.99, DEFAULT_SCALE.bands)).toBe('B');
    expect(gradeFor(0, DEFAULT_SCALE.bands)).toBe('F');
    expect(gradeFor(null, DEFAULT_SCALE.bands)).toBeNull();
  });

  it('ranks ties equally and skips the next places', () => {
    const rows = [
      { id: 'a', average: 70 },
      { id: 'b', average: 90 },
      { id: 'c', average: 70 },
      { id: 'd', average: null },
      { id: 'e', average: 60 },
    ];
    expect(rank(rows).map((r) => [r.id, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', null],
      ['e', 4],
    ]);
  });
});
