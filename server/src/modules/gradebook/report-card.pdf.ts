import type { Writable } from 'node:stream';
import { currentTenant } from '../../tenancy/tenant-context.js';
import { createPdf, A4, type PdfWriter } from '../../lib/pdf/document.js';
import { pdfLocale, type PdfLocale } from '../../lib/pdf/locale.js';
import type { TextStyle } from '../../lib/pdf/text.js';
import type { ReportCard } from './report-card.service.js';

const MARGIN = 50;
const BOTTOM = A4.height - MARGIN;
const DASH = '–';
/** Where each table column starts, from the page's start edge (the left, or the right in Arabic); 6 points between. */
const COLUMNS = [0, 60, 200, 356, 428] as const;
const body: TextStyle = { size: 10 };
const strong: TextStyle = { size: 11, bold: true };

/** The school's language and locale, from the school of the request (or job) being served. */
export function schoolPdfLocale(): PdfLocale {
  const config = currentTenant().schoolConfig;
  return pdfLocale({ language: config.language, locale: config.locale, timeZone: config.timeZone });
}

/**
 * Renders report cards on A4, one page per student (more if the subjects run long), and streams the PDF to `out`
 * as it is drawn (a section of forty students never sits in memory whole). Raw marks are shown per exam, out of
 * their own maximum; a subject counts by its weighted percentage, and the overall figure is the average of those
 * percentages, as `grading.ts` computes it: marks out of different maxima are never added together.
 *
 * Written in the school's language and script (`lib/pdf`): Noto faces for Latin, Greek, Cyrillic, Arabic and
 * Devanagari names, and for Arabic the page mirrors (columns run from the right). `title` is the document's
 * metadata title; the localised one when omitted.
 */
export function writeReportCardsPdf(
  cards: ReportCard[],
  logo: Buffer | null,
  out: Writable,
  title?: string,
  locale: PdfLocale = schoolPdfLocale(),
): void {
  const w = createPdf(locale, title ?? documentTitle(cards, locale), MARGIN);
  w.doc.pipe(out);
  const issued = locale.t('issued', { date: locale.date(new Date()) });
  for (const card of cards) drawCard(w, card, logo, issued);
  if (cards.length === 0) {
    w.doc.addPage();
    w.text.paragraph(locale.t('noStudents'), w.left, MARGIN, w.right - w.left, { size: 12 });
  }
  w.doc.end();
}

function documentTitle(cards: ReportCard[], { t }: PdfLocale): string {
  const [first] = cards;
  if (!first) return t('emptyDocumentTitle');
  const term = { term: first.term.name, year: first.term.year };
  return cards.length === 1
    ? t('documentTitle', { name: first.result.name, ...term })
    : t('sectionDocumentTitle', { class: first.className, section: first.sectionName, ...term });
}

function drawCard(w: PdfWriter, card: ReportCard, logo: Buffer | null, issued: string) {
  const { doc, text, locale } = w;
  const { t } = locale;
  const width = w.right - w.left;
  doc.addPage();
  if (logo) {
    try {
      doc.image(logo, w.x(0, 60), 40, { fit: [60, 60] });
    } catch {
      // An image pdfkit cannot read: the card goes out without it.
    }
  }
  let y = text.paragraph(card.school.name, w.left + 65, MARGIN, width - 130, { size: 20, bold: true, align: 'center' });
  if (card.school.motto) y = text.paragraph(card.school.motto, w.left + 65, y, width - 130, { size: 10, color: '#555', align: 'center' });
  y += 8;
  y = text.paragraph(t('title', { term: card.term.name, year: card.term.year }), w.left, y, width, { size: 14, align: 'center' });
  y = text.paragraph(issued, w.left, y, width, { size: 9, color: '#555', align: 'center' });
  y += 10;

  const field = (label: string, value: string | number) => t('field', { label, value });
  const info: TextStyle = { size: 11 };
  const half = width / 2 - 6;
  text.paragraph(field(t('student'), card.result.name), w.x(0, half), y, half, info);
  y = text.paragraph(field(t('admissionNo'), card.result.admissionNumber), w.x(width / 2, half), y, half, info);
  text.paragraph(field(t('class'), `${card.className} ${card.sectionName}`), w.x(0, half), y, half, info);
  y = text.paragraph(field(t('classSize'), locale.number(card.classSize)), w.x(width / 2, half), y, half, info);
  y += 10;

  // Cells sit in fixed columns from the start edge; a cell runs on over empty ones after it, and the tallest cell
  // sets the row's height. A row that would cross the foot starts a new page, under the header again.
  const header = [t('code'), t('subject'), t('exams'), t('percent'), t('grade')];
  const boxes = (cells: string[]) =>
    cells.flatMap((cell, i) => {
      if (!cell) return [];
      let end = i + 1;
      while (end < cells.length && !cells[end]) end++;
      const offset = COLUMNS[i] ?? 0;
      const span = (COLUMNS[end] ?? width) - offset - 6;
      return [{ cell, offset, span }];
    });
  // A word wider than its column ("Pourcentage", "Calificación") sets its cell in a smaller size rather than overrun.
  const fitted = (cell: string, span: number, style: TextStyle): TextStyle => {
    const widest = Math.max(...cell.split(/\s+/).map((word) => text.width(word, style)));
    return widest > span ? { ...style, size: (style.size * span) / widest } : style;
  };
  const row = (cells: string[], style: TextStyle) => {
    const placed = boxes(cells).map((b) => ({ ...b, style: fitted(b.cell, b.span, style) }));
    const height = Math.max(...placed.map((b) => text.height(b.cell, b.span, b.style)), 14);
    if (y + height > BOTTOM) {
      doc.addPage();
      y = MARGIN;
      if (cells !== header) row(header, strong);
    }
    for (const b of placed) text.paragraph(b.cell, w.x(b.offset, b.span), y, b.span, b.style);
    y += height + 2;
  };
  const pct = (n: number | null) => (n === null ? DASH : locale.percent(n));

  row(header, strong);
  doc
    .moveTo(w.left, y - 1)
    .lineTo(w.right, y - 1)
    .lineWidth(0.5)
    .stroke();
  y += 2;
  for (const s of card.result.subjects) {
    const exams = s.exams
      .filter((e) => e.score !== null || e.absent)
      .map((e) =>
        e.absent || e.score === null
          ? t('markAbsent', { exam: e.name })
          : t('mark', { exam: e.name, score: locale.number(e.score), max: locale.number(e.maxMarks) }),
      )
      .join('\n');
    row([s.code, s.name, exams || DASH, pct(s.percentage), s.grade ?? DASH], body);
  }
  y += 6;
  row(['', t('average'), '', pct(card.result.average), card.result.grade ?? DASH], strong);
  const rank =
    card.result.rank === null ? DASH : t('rankOf', { rank: locale.number(card.result.rank), size: locale.number(card.classSize) });
  row(['', t('rank'), rank, '', ''], strong);
  y += 6;

  const a = card.attendance;
  const counts = [
    field(t('present'), locale.number(a.present)),
    field(t('late'), locale.number(a.late)),
    field(t('absent'), locale.number(a.absent)),
    field(t('excused'), locale.number(a.excused)),
    ...(a.rate === null ? [] : [field(t('attendanceRate'), locale.percent(a.rate * 100))]),
  ];
  y = text.paragraph(field(t('attendance'), counts.join(t('listSeparator'))), w.left, y, width, info);
  y += 10;
  y = remark(w, y, t('classTeacherRemark'), card.remarks.classTeacher);
  y = remark(w, y, t('headRemark'), card.remarks.head);

  // Signature lines at the foot of the page (or below the remarks, if they run long).
  let line = Math.max(y + 30, 720);
  if (line + 20 > BOTTOM) {
    doc.addPage();
    line = MARGIN + 30;
  }
  const signatures = [t('signClassTeacher'), t('signHead'), t('signParent')];
  signatures.forEach((label, i) => {
    const x = w.x(i * 180, 135);
    doc
      .moveTo(x, line)
      .lineTo(x + 135, line)
      .lineWidth(1)
      .stroke();
    text.paragraph(label, x, line + 4, 135, { size: 9 });
  });
}

/** A remark under its label; a new page first if it would cross the foot. */
function remark(w: PdfWriter, y: number, label: string, body: string | null): number {
  const width = w.right - w.left;
  const style: TextStyle = { size: 10, ownDirection: true };
  const text = body ?? '—';
  if (y + w.text.lineHeight(strong) + w.text.height(text, width, style) > BOTTOM) {
    w.doc.addPage();
    y = MARGIN;
  }
  const top = w.text.paragraph(label, w.left, y, width, strong);
  return w.text.paragraph(text, w.left, top, width, style) + 6;
}
