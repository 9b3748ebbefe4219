import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type request from 'supertest';
import { startTestPlatform, type TestPlatform } from '../../../test/helpers.js';

/**
 * Report cards in every script and in the school's language (issue 14): names in Latin-extended, Greek, Cyrillic,
 * Arabic and Devanagari read back with poppler exactly as they were typed (Arabic in reading order), labels in the
 * school's language, and the Arabic page mirrored. poppler-utils must be installed: a missing tool fails the test.
 */
let t: TestPlatform;
let admin: string;
let termId: string;
let sectionId: string;
const kids: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'cards-scripts-'));

const NAMES = {
  latin: ['José', 'Ñúñez'],
  greek: ['Ολυμπία', 'Παπαδοπούλου'],
  cyrillic: ['Алексей', 'Смирнов'],
  arabic: ['محمد', 'عبد الله'],
  devanagari: ['अनन्या', 'शर्मा'],
  plain: ['Ann', 'Lee'],
} as const;
const fullName = (k: keyof typeof NAMES) => NAMES[k].join(' ');

const as = (token: string) => t.as('scripts', token);
const binary = (r: request.Test) =>
  r.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

function save(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
/** What a reader copies out of the PDF: poppler's text, NFC, without the bidi controls it wraps mixed lines in. */
function pdfText(file: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' })
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[^\S\n\f]+/g, ' ');
}
/** The same on one line per page: a label that wraps in its box reads as one phrase. */
const flat = (page: string) => page.replace(/\s+/g, ' ');
/** Each word poppler finds on page `page`, with its box (points from the left). */
function words(file: string, page: number): { text: string; xMin: number; xMax: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    text: m[3]!.normalize('NFC'),
    xMin: Number(m[1]),
    xMax: Number(m[2]),
  }));
}
async function sectionPdf(name: string): Promise<string> {
  const res = await binary(as(admin).get(`/api/report-cards/sections/${sectionId}/terms/${termId}`)).expect(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return save(res.body as Buffer, name);
}
const A4_WIDTH = 595.28;
const pages = (text: string) => text.split('\f').filter((p) => p.trim());

beforeAll(async () => {
  t = await startTestPlatform();
  await t.school('scripts', { schoolConfig: { timeZone: 'Asia/Kolkata' } as never });
  admin = (await t.login('scripts')).accessToken;
  const a = as(admin);
  const ids = await t.setUpYear('scripts', admin);
  ({ termId, sectionId } = ids);
  const subject = (await a.post('/api/subjects', { code: 'MATH', name: 'Mathematics' }).expect(201)).body.id;
  for (const [key, [firstName, lastName]] of Object.entries(NAMES))
    kids[key] = (await a.post('/api/students', { firstName, lastName, classId: ids.classId, sectionId }).expect(201)).body.id;
  const exam = (
    await a
      .post('/api/exams', { name: 'Quiz', termId, classId: ids.classId, subjectId: subject, maxMarks: 20, date: '2025-10-01' })
      .expect(201)
  ).body.id;
  await a
    .put(`/api/exams/${exam}/marks`, {
      sectionId,
      marks: Object.values(kids).map((studentId, i) => ({ studentId, score: 12 + i + 0.5 })),
    })
    .expect(200);
  await a
    .put(`/api/report-cards/${kids.arabic}/terms/${termId}/remarks`, { classTeacher: 'يكتب بخط جميل (ممتاز) ويشارك في الصف.' })
    .expect(200);
  await a.put(`/api/report-cards/${kids.devanagari}/terms/${termId}/remarks`, { head: 'किरण से अच्छी दोस्ती है।' }).expect(200);
});
afterAll(() => t.close());

describe('report cards in every script', () => {
  it("reads each student's name back exactly, one card per page, with the Noto faces embedded", async () => {
    const file = await sectionPdf('section-en');
    const text = pages(pdfText(file));
    expect(text).toHaveLength(6);
    for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
      const page = text.find((p) => p.includes(NAMES[key][0]));
      // The whole name, in reading order: Arabic from its first letter, Devanagari with its conjuncts (न्य, र्म).
      expect(page).toContain(fullName(key));
    }
    const arabicPage = text.find((p) => p.includes('محمد'))!;
    // Brackets drawn mirrored right to left still read as written. (The full stop is drawn at the sentence's end, on
    // its left; poppler, reading a left-to-right page, hands it back before the sentence.)
    expect(flat(arabicPage)).toContain('يكتب بخط جميل (ممتاز) ويشارك في الصف');
    // A remark typed in Arabic reads from the right on an English card: it is set against the right margin.
    const arabicWords = words(file, text.indexOf(arabicPage) + 1).filter((w) => /[\u0600-\u06ff]/.test(w.text));
    expect(Math.max(...arabicWords.map((w) => w.xMax))).toBeGreaterThan(A4_WIDTH - 60);
    // An i-matra drawn before its consonant (कि), a conjunct (च्छ): read in the order typed.
    expect(flat(text.find((p) => p.includes('अनन्या'))!)).toContain('किरण से अच्छी दोस्ती है।');
    expect(arabicPage).toMatch(/Student: محمد عبد الله/);
    expect(arabicPage).toMatch(/Quiz: 15\.5 \/ 20/);

    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    for (const face of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansDevanagari-Regular'])
      // Embedded as a subset (the "ABCDEF+" prefix and emb/sub "yes yes"), mapped back to Unicode ("yes").
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${face}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it("prints one card's PDF for an Arabic-named student, laid out left to right in an English school", async () => {
    const res = await binary(as(admin).get(`/api/report-cards/${kids.arabic}/terms/${termId}?format=pdf`)).expect(200);
    const file = save(res.body as Buffer, 'card-ar-name');
    expect(pdfText(file, '-layout')).toContain(fullName('arabic'));
    const ws = words(file, 1);
    expect(ws.find((w) => w.text === 'Student:')!.xMin).toBeLessThan(A4_WIDTH / 2);
    expect(ws.find((w) => w.text === 'MATH')!.xMax).toBeLessThan(ws.find((w) => w.text === 'Mathematics')!.xMin);
  });

  it("writes the section's cards in French when the school speaks French", async () => {
    await as(admin)
      .patch('/api/settings', { schoolConfig: { language: 'fr', locale: 'fr-FR' } })
      .expect(200);
    const text = pages(pdfText(await sectionPdf('section-fr')));
    const page = flat(text.find((p) => p.includes('José'))!);
    expect(page).toContain('Bulletin scolaire · Term 1 Year');
    expect(page).toMatch(/Délivré le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/);
    expect(page).toContain('Élève : José Ñúñez');
    expect(page).toContain('Matière');
    expect(page).toContain('Quiz : 12,5 / 20');
    expect(page).toContain('Moyenne des pourcentages par matière');
    expect(page).toContain('Appréciation du professeur principal');
    expect(page).toContain('Parent ou responsable légal (signature)');
    expect(page).not.toMatch(/Student|Report card|Class teacher/);
  });

  it('writes them in Arabic, mirrored, when the school speaks Arabic', async () => {
    await as(admin)
      .patch('/api/settings', { schoolConfig: { language: 'ar', locale: 'ar-EG' } })
      .expect(200);
    const file = await sectionPdf('section-ar');
    const text = pages(pdfText(file));
    const page = flat(text.find((p) => p.includes('Ολυμπία'))!);
    for (const label of ['الشهادة المدرسية', 'الطالب', 'رقم القيد', 'المادة', 'التقدير', 'ملاحظات مربي الصف', 'توقيع ولي الأمر'])
      expect(page).toContain(label);
    expect(page).toContain(fullName('greek'));
    expect(page).not.toMatch(/Student|Report card/);
    expect(text.find((p) => p.includes('محمد'))).toContain(fullName('arabic'));
    // The page mirrors: the student's name stands in the right half, the admission number in the left one, and the
    // subject code column is the rightmost.
    const ws = words(file, text.findIndex((p) => p.includes('Ολυμπία')) + 1);
    expect(ws.find((w) => w.text === 'Ολυμπία')!.xMin).toBeGreaterThan(A4_WIDTH / 2);
    expect(ws.find((w) => w.text.startsWith('SCRIPTS-'))!.xMax).toBeLessThan(A4_WIDTH / 2);
    const code = ws.find((w) => w.text === 'MATH')!;
    const subject = ws.find((w) => w.text === 'Mathematics')!;
    expect(code.xMin).toBeGreaterThan(subject.xMax);
  });
});
