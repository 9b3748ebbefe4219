import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPdf } from './document.js';
import { pdfLocale } from './locale.js';

/**
 * What a reader copies out of a PDF written by `PdfText`, read back with poppler's pdftotext (poppler-utils must
 * be installed: a missing tool fails the test). Each line is a case pdfkit alone got wrong.
 */
const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));

/** Writes each of `lines` on its own line of a page in `language`'s direction; pdftotext's lines back. */
async function read(lines: string[], language: 'en' | 'ar'): Promise<string[]> {
  const w = createPdf(pdfLocale({ language, timeZone: 'UTC' }), 'test');
  const chunks: Buffer[] = [];
  w.doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => w.doc.on('end', resolve));
  w.doc.addPage();
  // Far enough apart that poppler never joins two lines.
  lines.forEach((line, i) => w.text.line(line, w.left, 60 + i * 30, w.right - w.left, { size: 12 }));
  w.doc.end();
  await ended;
  const file = join(dir, `${language}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.concat(chunks));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe('text written by PdfText reads back as written', () => {
  it('Arabic letters that share one skeleton glyph, ligatures, brackets and digits', async () => {
    const lines = [
      'يكتبه نص ثابت بين تين', // ب ت ث ن ي on one dotless skeleton, told apart by their dots
      'حصل جمع خرج', // ح ج خ
      'هذا ذهب دار', // د ذ
      'أحمد إلى آمنة', // alef with hamza above, below, madda
      'عبد الله لا لأن', // lam-alef ligatures
      'يكتب بخط جميل (ممتاز).', // brackets drawn mirrored
    ];
    const digits = 'درجة ٩٠ من 100'; // Arabic-Indic and European digits, each read left to right
    const back = await read([...lines, digits], 'ar');
    expect(back.slice(0, -1)).toEqual(lines);
    // poppler guesses where the spaces around Arabic-Indic digits go ("درجة  ٩٠من 100"); the letters and their order hold.
    expect(back.at(-1)!.replace(/\s/g, '')).toBe(digits.replace(/\s/g, ''));
  });

  it('Devanagari conjuncts, reph and the i-matra drawn before its consonant', async () => {
    const lines = ['अनन्या शर्मा', 'किरण से अच्छी दोस्ती है।', 'क्षत्रिय विद्यार्थी'];
    expect(await read(lines, 'en')).toEqual(lines);
  });

  it('Latin-extended, Greek and Cyrillic, and a name typed decomposed', async () => {
    const lines = ['José Ñúñez, Łukasz Øvergård', 'Ολυμπία Παπαδοπούλου', 'Алексей Смирнов', 'Jose\u0301 N\u0303u\u0301n\u0303ez'];
    expect(await read(lines, 'en')).toEqual([...lines.slice(0, 3), 'José Ñúñez']);
  });

  it('a line mixing scripts, in reading order', async () => {
    expect(await read(['Student: محمد عبد الله', 'Student: अनन्या शर्मा'], 'en')).toEqual(['Student: محمد عبد الله', 'Student: अनन्या शर्मा']);
  });
});
