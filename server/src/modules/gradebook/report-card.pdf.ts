import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { ReportCard } from './report-card.service.js';

const pct = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)} %`);
const LEFT = 50;
const RIGHT = 545;

/**
 * Renders report cards on A4, one page per student, and streams the PDF to `out` as it is drawn (a section of
 * forty students never sits in memory whole). Raw marks are shown per exam, out of their own maximum; a subject
 * counts by its weighted percentage, and the overall figure is the average of those percentages, as
 * `grading.ts` computes it: marks out of different maxima are never added together.
 */
export function writeReportCardsPdf(cards: ReportCard[], logo: Buffer | null, out: Writable, title: string): void {
  const doc = new PDFDocument({ size: 'A4', margin: LEFT, autoFirstPage: false, info: { Title: title } });
  doc.pipe(out);
  for (const card of cards) drawCard(doc, card, logo);
  if (cards.length === 0) doc.addPage().fontSize(12).text('No students were placed in this section during the term.');
  doc.end();
}

function drawCard(doc: PDFKit.PDFDocument, card: ReportCard, logo: Buffer | null) {
  doc.addPage();
  if (logo) {
    try {
      doc.image(logo, LEFT, 40, { fit: [60, 60] });
    } catch {
      // An image pdfkit cannot read: the card goes out without it.
    }
  }
  doc.font('Helvetica-Bold').fontSize(20).text(card.school.name, LEFT, 50, { align: 'center' });
  doc.font('Helvetica');
  if (card.school.motto) doc.fontSize(10).fillColor('#555').text(card.school.motto, { align: 'center' }).fillColor('#000');
  doc.moveDown().fontSize(14).text(`Report card · ${card.term.name} ${card.term.year}`, { align: 'center' });
  doc.moveDown();
  doc.fontSize(11);
  doc.text(`Student: ${card.result.name}    Admission no.: ${card.result.admissionNumber}`, LEFT);
  doc.text(`Class: ${card.className} ${card.sectionName}    Class size: ${card.classSize}`, LEFT);
  doc.moveDown();

  const cols = [LEFT, 110, 250, 420, 490];
  // Cells are placed at fixed columns on one baseline (a cell runs on over empty ones to its right); the tallest
  // cell sets the row's height.
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(cells.length && !bold ? 10 : 11);
    let bottom = y;
    cells.forEach((c, i) => {
      if (!c) return;
      let end = i + 1;
      while (end < cells.length && !cells[end]) end++;
      doc.text(c, cols[i], y, { width: (cols[end] ?? RIGHT) - (cols[i] ?? LEFT) - 6 });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = LEFT;
    doc.y = Math.max(bottom, y + 14) + 2;
  };
  row(['Code', 'Subject', 'Exams (marks out of each maximum)', 'Percent', 'Grade'], true);
  for (const s of card.result.subjects) {
    const exams = s.exams
      .filter((e) => e.score !== null || e.absent)
      .map((e) => `${e.name}: ${e.absent ? 'absent' : `${e.score} / ${e.maxMarks}`}`)
      .join('\n');
    row([s.code, s.name, exams || '–', pct(s.percentage), s.grade ?? '–']);
  }
  doc.y += 6;
  row(['', 'Average of subject percentages', '', pct(card.result.average), card.result.grade ?? '–'], true);
  row(['', 'Rank in class', card.result.rank === null ? '–' : `${card.result.rank} of ${card.classSize}`, '', ''], true);
  doc.y += 6;
  const a = card.attendance;
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(
      `Attendance: ${a.present} present, ${a.late} late, ${a.absent} absent, ${a.excused} excused` +
        (a.rate === null ? '' : ` (${(a.rate * 100).toFixed(1)} %)`),
      LEFT,
    );
  doc.moveDown();
  remark(doc, "Class teacher's remark", card.remarks.classTeacher);
  remark(doc, "Head's remark", card.remarks.head);

  // Signature lines at the foot of the page (or below the remarks, if they run long).
  const y = Math.max(doc.y + 30, 720);
  const lines: [number, string][] = [
    [LEFT, 'Class teacher'],
    [230, 'Head'],
    [410, 'Parent / guardian'],
  ];
  doc.font('Helvetica').fontSize(9);
  for (const [x, label] of lines) {
    doc
      .moveTo(x, y)
      .lineTo(x + 135, y)
      .stroke();
    doc.text(`${label} (signature)`, x, y + 4, { width: 135, lineBreak: false });
  }
  doc.x = LEFT;
}

function remark(doc: PDFKit.PDFDocument, label: string, text: string | null) {
  doc.font('Helvetica-Bold').fontSize(11).text(label, LEFT);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(text ?? '—', LEFT, doc.y, { width: RIGHT - LEFT });
  doc.moveDown(0.6);
}
