import { nameSearch, searchRegex, sortsByName } from './pagination.js';

const finds = (term: string, name: string) => searchRegex(term).test(name);

describe('searchRegex', () => {
  it('ignores accents and case in both directions', () => {
    expect(finds('Jose', 'José')).toBe(true);
    expect(finds('josé', 'Jose')).toBe(true);
    expect(finds('JOSÉ', 'josé')).toBe(true);
    expect(finds('Nunez', 'Ñúñez')).toBe(true);
    expect(finds('ñúñez', 'NUNEZ')).toBe(true);
    expect(finds('Zoe', 'Zoë')).toBe(true);
    expect(finds('francois', 'François')).toBe(true);
    expect(finds('nguyen', 'Nguyễn')).toBe(true); // Latin Extended Additional (Vietnamese)
    expect(finds('Dvorak', 'Dvořák')).toBe(true); // Latin Extended-A
  });

  it('folds Greek and Cyrillic, with their accents and cases', () => {
    expect(finds('ολυμπια', 'Ολυμπία')).toBe(true);
    expect(finds('ΟΛΥΜΠΊΑ', 'Ολυμπια')).toBe(true);
    expect(finds('алексей', 'Алексей')).toBe(true);
    expect(finds('АЛЕКСЕИ', 'Алексей')).toBe(true); // й decomposes to и + breve
    expect(finds('федор', 'Фёдор')).toBe(true);
  });

  it('reads a search typed with combining accents as the letters they make', () => {
    expect(finds('José'.normalize('NFD'), 'José')).toBe(true);
    expect(finds('N\u0303un\u0303ez', 'NUNEZ')).toBe(true);
  });

  it('does not over-match: other letters and letters without a decomposition stay themselves', () => {
    expect(finds('Jose', 'Josa')).toBe(false);
    expect(finds('Ole', 'Øle')).toBe(false); // Ø has no decomposition in Unicode
    expect(finds('ann', 'Jóanna')).toBe(true); // anywhere in the name, as before
    expect(finds('Anna', 'Ana')).toBe(false);
  });

  it('keeps the term literal: regex characters are escaped', () => {
    expect(finds('a.b', 'axb')).toBe(false);
    expect(finds('a.b', 'A.B')).toBe(true);
    expect(finds('(x)', '(x)')).toBe(true);
    expect(finds('c++', 'C++ club')).toBe(true);
    expect(finds('[é]', '[e]')).toBe(true);
    expect(() => searchRegex('\\')).not.toThrow();
    expect(finds('50%', '50%')).toBe(true);
  });

  it('builds one character class per letter from Unicode, not a hand-written table', () => {
    const e = searchRegex('e').source;
    for (const variant of ['e', 'é', 'è', 'ê', 'ë', 'ē', 'ě', 'ẽ', 'ệ']) expect(e).toContain(variant);
    expect(e).not.toContain('a');
    // Capitals are the i flag's: only those it cannot reach from a small letter are written out.
    expect(e).not.toContain('É');
    expect(finds('istanbul', 'İstanbul')).toBe(true);
    expect(finds('İstanbul', 'Istanbul')).toBe(true);
  });

  it('keeps the word cap of full-name search', () => {
    const words = nameSearch('a b c d e f g h').$and;
    expect(words).toHaveLength(6);
    expect(nameSearch('José Ñúñez').$and[1]!.$or[1]!.lastName!.test('Nunez')).toBe(true);
  });
});

describe('sortsByName', () => {
  it('recognises a name sort in either direction and form', () => {
    expect(sortsByName('lastName')).toBe(true);
    expect(sortsByName('-name')).toBe(true);
    expect(sortsByName({ firstName: 1 })).toBe(true);
    expect(sortsByName('-createdAt')).toBe(false);
    expect(sortsByName('dueDate')).toBe(false);
  });
});
