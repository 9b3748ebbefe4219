import { fontName, type Script } from './fonts.js';
import { drawingMirrored, mapGlyphsPerLetters } from './glyph-map.js';
import { BidiParagraph, type Direction, type Run } from './runs.js';

/**
 * pdfkit shapes a string word by word (and caches each word) unless it is given OpenType features; then it shapes
 * the string whole. Word by word places a right-to-left run's words in logical order, which reverses an Arabic
 * run's words, so those runs go whole (`features: []` adds none to the font's defaults); the rest use the cache.
 */
const shaping = (run: Run): { features?: [] } => (run.rtl ? { features: [] } : {});

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  /** Where a line sits in its box, in the page's direction: `start` is the left on a left-to-right page, the right on a right-to-left one. */
  align?: 'start' | 'center' | 'end';
  /**
   * Text people typed (a remark): each paragraph takes its direction from its first letter, as `dir="auto"` does
   * in a browser, so an Arabic remark on an English card reads (and starts) from the right, and the reverse.
   */
  ownDirection?: boolean;
}

interface Line {
  runs: Run[];
  dir: Direction;
}

/**
 * Writes text in any of the scripts `fonts.ts` carries onto a pdfkit document: each line is cut into runs
 * (`runs.ts`), each run measured and drawn in its own face at its own x, on one shared baseline. pdfkit's own
 * line breaking is not used: it measures and shapes in one face and knows nothing of direction.
 *
 * Reading order for text extraction: the glyphs of an Arabic run are written in visual order (as fontkit lays
 * them out), each mapped back to its letter by the font's ToUnicode table. Poppler (pdftotext) and pdf.js detect
 * right-to-left letters on a line and put them back into reading order themselves, as they do for any PDF from a
 * word processor; the tests check the names come out in reading order with no ActualText needed.
 */
export class PdfText {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** The page's base direction: right-to-left for an Arabic page, where a line starts at the right. */
    readonly dir: Direction,
  ) {}

  lineHeight(style: TextStyle): number {
    return style.size * 1.5;
  }

  private face(script: Script, style: TextStyle) {
    const doc = this.doc.font(fontName(script, style.bold ? 'bold' : 'regular')).fontSize(style.size);
    mapGlyphsPerLetters(doc);
    return doc;
  }

  /** Widths at size 1 by face and text: a section's cards repeat the same labels, and shaping is the costly part. */
  private readonly widths = new Map<string, number>();

  private runWidth(run: Run, style: TextStyle): number {
    const key = `${run.script}:${style.bold ? 'b' : 'r'}:${run.text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      unit = this.face(run.script, { ...style, size: 1 }).widthOfString(run.text, shaping(run));
      this.widths.set(key, unit);
    }
    return unit * style.size;
  }

  /** The width of `text` on one line. */
  width(text: string, style: TextStyle): number {
    return new BidiParagraph(text.normalize('NFC'), this.dir).line().reduce((w, r) => w + this.runWidth(r, style), 0);
  }

  /** Draws one line of `runs` in the box [x, x + width) with its top at y, aligned as its paragraph's direction says. */
  private drawRuns({ runs, dir }: Line, x: number, y: number, width: number, style: TextStyle) {
    const widths = runs.map((r) => this.runWidth(r, style));
    const total = widths.reduce((a, b) => a + b, 0);
    const align = style.align ?? 'start';
    const atLeft = (align === 'start') === (dir === 'ltr');
    let cx = align === 'center' ? x + (width - total) / 2 : atLeft ? x : x + width - total;
    const baseline = y + style.size * 1.1;
    this.doc.fillColor(style.color ?? '#000');
    runs.forEach((run, i) => {
      const doc = this.face(run.script, style);
      const draw = () => doc.text(run.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic', ...shaping(run) });
      if (run.rtl) drawingMirrored(doc, draw);
      else draw();
      cx += widths[i] ?? 0;
    });
    this.doc.fillColor('#000');
  }

  /** One line of `text` in the box [x, x + width) with its top at y; it is not wrapped. */
  line(text: string, x: number, y: number, width: number, style: TextStyle): void {
    const bidi = new BidiParagraph(text.normalize('NFC'), this.dir, style.ownDirection);
    this.drawRuns({ runs: bidi.line(), dir: bidi.dir }, x, y, width, style);
  }

  /** `text` cut into lines no wider than `width` (at spaces; a word longer than the line stands alone), as runs. */
  private wrap(text: string, width: number, style: TextStyle): Line[] {
    const lines: Line[] = [];
    // Composed letters (é, not e + ◌́) have their own glyphs; a name typed decomposed prints the same.
    for (const para of text.normalize('NFC').split(/\r?\n/)) {
      // Levels come from the whole paragraph; each line is then reordered on its own (UAX #9 L1-L2).
      const bidi = new BidiParagraph(para, this.dir, style.ownDirection);
      const span = (s: number, e: number) => bidi.line(s, e).reduce((w, r) => w + this.runWidth(r, style), 0);
      // A line's width is the sum of its words' and gaps' (no script joins or kerns across a space).
      const words = [...para.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      if (words.length === 0) lines.push({ runs: [], dir: bidi.dir });
      let i = 0;
      while (i < words.length) {
        const first = words[i]!;
        let used = span(first.start, first.end);
        let j = i + 1;
        for (; j < words.length; j++) {
          const next = words[j]!;
          const more = span(words[j - 1]!.end, next.start) + span(next.start, next.end);
          if (used + more > width) break;
          used += more;
        }
        lines.push({ runs: bidi.line(first.start, words[j - 1]!.end), dir: bidi.dir });
        i = j;
      }
    }
    return lines;
  }

  /** The height `paragraph` would take. */
  height(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).length * this.lineHeight(style);
  }

  /** `text` wrapped to `width`, lines aligned in the box [x, x + width), the first with its top at y. Returns the y below the last line. */
  paragraph(text: string, x: number, y: number, width: number, style: TextStyle): number {
    let top = y;
    for (const line of this.wrap(text, width, style)) {
      this.drawRuns(line, x, top, width, style);
      top += this.lineHeight(style);
    }
    return top;
  }
}
