import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts.js';
import type { PdfLocale } from './locale.js';
import { PdfText } from './text.js';

export const A4 = { width: 595.28, height: 841.89 };

export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  text: PdfText;
  locale: PdfLocale;
  /** Left and right edges of the text area. */
  left: number;
  right: number;
  /**
   * The page x of a box `width` wide that starts `offset` points from the start edge: from the left on a
   * left-to-right page, from the right on a right-to-left one, so that one layout mirrors for Arabic.
   */
  x(offset: number, width: number): number;
}

/** An A4 document (no page yet) with the Noto faces registered, its language and title set, writing in `locale`. */
export function createPdf(locale: PdfLocale, title: string, margin = 50): PdfWriter {
  const doc = new PDFDocument({ size: 'A4', margin, autoFirstPage: false, lang: locale.locale, info: { Title: title } });
  registerFonts(doc);
  const left = margin;
  const right = A4.width - margin;
  return {
    doc,
    text: new PdfText(doc, locale.dir),
    locale,
    left,
    right,
    x: (offset, width) => (locale.dir === 'ltr' ? left + offset : right - offset - width),
  };
}
