import { api } from '../../../lib/api';

/** Every report card of a section for a term as one PDF (admin or the section's class teacher), opened for printing. */
export async function downloadSectionCards(sectionId: string, termId: string, filename: string): Promise<void> {
  const { data } = await api.get<Blob>(`/report-cards/sections/${sectionId}/terms/${termId}`, { responseType: 'blob' });
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
