import { mirrorOf } from './runs.js';

/**
 * Text extraction (copy, search, screen readers, pdftotext) reads a PDF's glyphs back to letters through the
 * font's ToUnicode table: one entry per glyph, read in the order the glyphs stand on the line. pdfkit alone got
 * three things wrong for the scripts of our names, each measured with pdftotext:
 *
 * 1. Arabic letters came back as other letters ("يكتبه" as "يكيبه", "حصل" as "جصل"). Noto Sans Arabic draws
 *    ب ت ث ن ي (ج ح خ, د ذ, أ إ …) as one dotless skeleton plus dot or hamza marks, so one glyph stands for several
 *    letters; fontkit caches one Glyph object per id with the letters of its first use, and pdfkit writes one
 *    ToUnicode entry per glyph from its first use. Fix: each use keeps the letters the shaper gave it, and the
 *    subset holds one glyph per (glyph, letters) pair (the skeleton drawn for ن and for ب are two subset glyphs
 *    with the same outline, each mapped to its letter; the marks map to nothing; a few hundred bytes each).
 * 2. Devanagari came back in drawing order ("शर्मा" as "शमार्", "किरण" as "िकरण"): the reph (र्) is drawn after the
 *    consonant it sits on and the i-matra (ि) before the consonant it follows. Fix: where a grapheme cluster's glyphs
 *    stand in another order than its letters, its glyphs carry its letters in reading order instead, left to right
 *    (Intl.Segmenter's clusters hold a conjunct whole since Unicode 15.1).
 * 3. Brackets in right-to-left text came back turned ("(ممتاز)" as ")ممتاز("), because they are drawn mirrored.
 *    Fix: a mirrored glyph maps to the character that was written (see `drawingMirrored`).
 *
 * Arabic needs no reordering here: its glyphs are written in visual order and poppler and pdf.js put right-to-left
 * letters back into reading order themselves. ActualText spans (the PDF's own answer to 2) were tried first: poppler
 * placed the replacement text at the wrong height under pdfkit's flipped coordinates and off its line.
 *
 * This replaces `encode` on pdfkit's EmbeddedFont (pdfkit 0.20: `font`, `layout`, `subset`, `widths`, `unicode`,
 * `scale`) and `getGlyph` on its fontkit font; it checks those are there and throws otherwise, so an upgrade that
 * changes them fails the PDF tests loudly.
 */
interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): Glyph | null;
}
interface EmbeddedFont {
  font: FontkitFont;
  layout(text: string, features?: unknown): { glyphs: Glyph[]; positions: unknown[] };
  encode(text: string, features?: unknown): [string[], unknown[]];
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
  scale: number;
}

function isEmbeddedFont(font: unknown): font is EmbeddedFont {
  const f = font as Partial<EmbeddedFont> | null;
  return (
    typeof f?.layout === 'function' &&
    typeof f.font?.getGlyph === 'function' &&
    typeof f.encode === 'function' &&
    Array.isArray(f.subset?.glyphs) &&
    typeof f.subset.includeGlyph === 'function' &&
    Array.isArray(f.widths) &&
    Array.isArray(f.unicode) &&
    typeof f.scale === 'number'
  );
}

const MARK = /\p{M}/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const sameList = (a: number[], b: number[]) => a.length === b.length && a.every((c, i) => c === b[i]);
const sameLetters = (a: number[], b: number[]) =>
  sameList(
    [...a].sort((x, y) => x - y),
    [...b].sort((x, y) => x - y),
  );

/**
 * The letters each glyph of a left-to-right run stands for, such that reading the glyphs left to right gives
 * `text` (rule 2 above). Where the glyphs cannot be followed back to clusters (a dotted circle the shaper added),
 * the shaper's own mapping stays.
 */
function inReadingOrder(text: string, perGlyph: number[][]): number[][] {
  const out = [...perGlyph];
  let g = 0;
  for (const { segment } of graphemes.segment(text)) {
    const letters = [...segment].map((c) => c.codePointAt(0) ?? 0);
    const start = g;
    const drawn: number[] = [];
    while (g < perGlyph.length && drawn.length < letters.length) drawn.push(...(perGlyph[g++] ?? []));
    if (!sameLetters(drawn, letters)) return perGlyph;
    if (!sameList(drawn, letters)) {
      // The cluster's letters in reading order, one per glyph and the rest on its last; a glyph left with none
      // would read as a gap (poppler splits "कि" from "रण" around it).
      const count = g - start;
      for (let i = 0; i < count; i++) out[start + i] = i < count - 1 ? letters.slice(i, i + 1) : letters.slice(i);
    }
  }
  return out;
}

/** Per font: whether the run being drawn is right to left, its brackets mirrored (see `drawingMirrored`). */
const rightToLeft = new WeakMap<object, boolean>();

/** Makes the document's current font map its glyphs back to letters as above; once per font. */
export function mapGlyphsPerLetters(doc: PDFKit.PDFDocument): void {
  // pdfkit keeps the current font on `_font`, which its type definitions do not declare.
  const font = (doc as unknown as { _font: unknown })._font;
  if (typeof font === 'object' && font !== null && rightToLeft.has(font)) return;
  if (!isEmbeddedFont(font)) throw new Error('pdfkit font internals changed: lib/pdf/glyph-map.ts needs updating');
  rightToLeft.set(font, false);

  const cached = font.font.getGlyph.bind(font.font);
  font.font.getGlyph = (id, codePoints = []) => {
    const glyph = cached(id, codePoints);
    return glyph && !sameList(glyph.codePoints, codePoints)
      ? (Object.create(glyph, { codePoints: { value: codePoints } }) as Glyph)
      : glyph;
  };

  const gids = new Map<string, number>();
  font.encode = function encode(text, features) {
    const { glyphs, positions } = this.layout(text, features);
    const rtl = rightToLeft.get(this) === true;
    const letters = rtl
      ? glyphs.map(({ codePoints: [only, ...more], codePoints }) => {
          const written = only !== undefined && more.length === 0 ? mirrorOf(only) : undefined;
          return written === undefined ? codePoints : [written];
        })
      : // Only a cluster with a mark (a matra, a virama) can be drawn out of order.
        MARK.test(text)
        ? inReadingOrder(
            text,
            glyphs.map((g) => g.codePoints),
          )
        : glyphs.map((g) => g.codePoints);
    const codes = glyphs.map((glyph, i) => {
      const codePoints = letters[i] ?? glyph.codePoints;
      const key = `${glyph.id}:${codePoints.join(',')}`;
      let gid = gids.get(key);
      if (gid === undefined) {
        const first = this.subset.includeGlyph(glyph.id);
        if (this.unicode[first] === undefined) gid = first;
        else {
          this.subset.glyphs.push(glyph.id);
          gid = this.subset.glyphs.length - 1;
        }
        gids.set(key, gid);
        this.widths[gid] = glyph.advanceWidth * this.scale;
        this.unicode[gid] = codePoints;
      }
      return gid.toString(16).padStart(4, '0');
    });
    return [codes, positions];
  };
}

/**
 * Draws a right-to-left run (`draw`) whose brackets were mirrored for display (UAX #9 L4: "(" is drawn as ")" when
 * read right to left), each mirrored glyph mapped back to the character that was written (rule 3 above).
 */
export function drawingMirrored(doc: PDFKit.PDFDocument, draw: () => void): void {
  const font = (doc as unknown as { _font: object })._font;
  rightToLeft.set(font, true);
  try {
    draw();
  } finally {
    rightToLeft.set(font, false);
  }
}
