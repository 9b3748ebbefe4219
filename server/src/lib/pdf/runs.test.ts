import { BidiParagraph, visualRuns } from './runs.js';

/** Lines as runs to draw left to right (UAX #9), each in its face; Arabic runs reach fontkit in reading order. */
const show = (text: string, dir: 'ltr' | 'rtl') => visualRuns(text, dir).map((r) => [r.text, r.script, r.rtl]);

describe('visual runs', () => {
  it('keeps an English label before an Arabic name on a left-to-right line', () => {
    expect(show('Student: محمد عبد الله', 'ltr')).toEqual([
      ['Student: ', 'latin', false],
      ['محمد عبد الله', 'arabic', true],
    ]);
  });

  it('puts a Latin name to the left of its Arabic label on a right-to-left line', () => {
    expect(show('الطالب: Ann Lee', 'rtl')).toEqual([
      ['Ann Lee', 'latin', false],
      ['الطالب: ', 'arabic', true],
    ]);
  });

  it('orders an Arabic line with a Latin word inside: the words read from the right', () => {
    expect(show('اختبار Quiz الأول', 'rtl')).toEqual([
      // Visual order, left to right: the last Arabic word, then the Latin one, then the first Arabic word.
      [' الأول', 'arabic', true],
      ['Quiz', 'latin', false],
      ['اختبار ', 'arabic', true],
    ]);
  });

  it('mirrors brackets in right-to-left text and leaves them alone in left-to-right text', () => {
    expect(show('(ممتاز)', 'rtl')).toEqual([[')ممتاز(', 'arabic', true]]);
    expect(show('Ann (12)', 'ltr')).toEqual([['Ann (12)', 'latin', false]]);
  });

  it('draws Devanagari, Greek and Cyrillic each in its face, left to right', () => {
    expect(show('अनन्या, Ολυμπία, Алексей', 'ltr')).toEqual([
      ['अनन्या, ', 'devanagari', false],
      ['Ολυμπία, Алексей', 'latin', false],
    ]);
  });

  it('keeps digits left to right inside Arabic text', () => {
    const runs = visualRuns('درجة ٩٠ من 100', 'rtl');
    // Arabic-Indic and European digits are their own left-to-right runs between the right-to-left words. fontkit
    // lays Arabic-Indic digits out right to left (they are of the Arabic script), so they reach it reversed.
    expect(runs.map((r) => [r.text, r.rtl])).toEqual([
      ['100', false],
      [' من ', true],
      ['٠٩', false],
      ['درجة ', true],
    ]);
  });
});

describe('a paragraph people typed', () => {
  it('takes its direction from its first letter, else the page’s', () => {
    expect(new BidiParagraph('يكتب جيدا. Good.', 'ltr', true).dir).toBe('rtl');
    expect(new BidiParagraph('Good. يكتب جيدا', 'rtl', true).dir).toBe('ltr');
    expect(new BidiParagraph('— 12', 'rtl', true).dir).toBe('rtl');
    expect(new BidiParagraph('يكتب جيدا', 'ltr').dir).toBe('ltr');
    // Read right to left, the full stop ends the Arabic sentence on its left.
    expect(new BidiParagraph('يكتب جيدا.', 'ltr', true).line().map((r) => r.text)).toEqual(['يكتب جيدا.']);
    expect(new BidiParagraph('يكتب جيدا.', 'ltr').line().map((r) => r.text)).toEqual(['يكتب جيدا', '.']);
  });
});
