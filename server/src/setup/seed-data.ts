/** The demo school's fixed ingredients: names, subjects, periods, and a seeded random source (same school every run). */

/** A small deterministic PRNG (mulberry32): the same seed gives the same school every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hugo',
  'Ines',
  'Jon',
  'Kemi',
  'Liam',
  'Maya',
  'Noah',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zane',
];
export const LAST = [
  'Adeyemi',
  'Brown',
  'Chen',
  'Diaz',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Johnson',
  'Kim',
  'Lopez',
  'Mensah',
  'Novak',
  'Okafor',
  'Patel',
  'Rossi',
  'Silva',
  'Tanaka',
  'Usman',
  'Wang',
  'Yilmaz',
];
export const SUBJECTS = [
  ['MATH', 'Mathematics'],
  ['ENG', 'English'],
  ['SCI', 'Science'],
  ['SOC', 'Social studies'],
  ['ART', 'Art'],
  ['PE', 'Physical education'],
] as const;
export const SLOTS = [
  ['08:00', '08:45'],
  ['09:00', '09:45'],
  ['10:15', '11:00'],
  ['11:15', '12:00'],
] as const;
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
