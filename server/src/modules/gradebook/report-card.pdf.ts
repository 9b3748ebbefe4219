import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { reportCard } from './gradebook.service.js';

type ReportCard = Awaited<ReturnType<typeof reportCard>>;

const pct = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)} %`);

/** Renders a printable A4 report card and streams it to `out`. */
export function writeReportCardPdf(card: ReportCard, out: Writable): void {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Report card – ${card.result.name} – ${card.term.name} ${card.term.year}` },
  });
  doc.pipe(out);
  doc.fontSize(20).text(card.school.name, { align: 'center' });
  if (card.school.motto) doc.fontSize(10).fillColor('#555').text(card.school.motto, { align: 'center' }).fillColor('#000');
  doc.moveDown().fontSize(14).text(`Report card · ${card.term.name} ${card.term.year}`, { align: 'center' });
  doc.moveDown();
  doc.fontSize(11);
  doc.text(`Student: ${card.result.name}    Admission no.: ${card.result.admissionNumber}`);
  doc.text(`Class: ${card.className} ${card.sectionName}    Class size: ${card.classSize}`);
  doc.moveDown();

  const cols = [50, 120, 330, 420, 480];
  // Cells are placed at fixed columns on one baseline; empty cells write nothing, so rows never overlap.
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((c, i) => {
      if (c) doc.text(c, cols[i], y, { width: (cols[i + 1] ?? 545) - (cols[i] ?? 50) - 6, lineBreak: false });
    });
    doc.x = 50;
    doc.y = y + 16;
  };
  row(['Code', 'Subject', 'Score', 'Percent', 'Grade'], true);
  for (const s of card.result.subjects) {
    // Only exams with a mark (or an absence) count; an exam not yet marked shows as –.
    const marked = s.exams.filter((e) => e.score !== null || e.absent);
    const got = marked.reduce((a, e) => a + (e.score ?? 0), 0);
    const max = marked.reduce((a, e) => a + e.maxMarks, 0);
    row([s.code, s.name, marked.length ? `${got} / ${max}` : '–', pct(s.percentage), s.grade ?? '–']);
  }
  doc.y += 8;
  row(['', 'Total marks', String(card.result.total), '', ''], true);
  row(['', 'Average', '', pct(card.result.average), card.result.grade ?? '–'], true);
  row(['', 'Rank in class', card.result.rank === null ? '–' : `${card.result.rank} of ${card.classSize}`, '', ''], true);
  doc.y += 8;
  const a = card.attendance;
  doc
    .font('Helvetica')
    .text(
      `Attendance: ${a.present} present, ${a.late} late, ${a.absent} absent, ${a.excused} excused` +
        (a.rate === null ? '' : ` (${(a.rate * 100).toFixed(1)} %)`),
      50,
    );
  doc.end();
}
