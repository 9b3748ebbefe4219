import type { FILE_KINDS } from './file.schema.js';

const MB = 1024 * 1024;
const IMAGES = ['image/png', 'image/jpeg', 'image/webp'];
export const UPLOAD_TYPES = [...IMAGES, 'application/pdf'];

/** What each kind of file may be: its media types and its largest size. */
export const FILE_RULES: Record<(typeof FILE_KINDS)[number], { types: string[]; maxBytes: number }> = {
  logo: { types: IMAGES, maxBytes: 1 * MB },
  photo: { types: IMAGES, maxBytes: 2 * MB },
  document: { types: [...IMAGES, 'application/pdf'], maxBytes: 10 * MB },
};
export const MAX_UPLOAD_BYTES = 10 * MB;

/** The media type the bytes really are (by their signature), whatever the request claimed. */
export function sniff(bytes: Buffer): string | undefined {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}
