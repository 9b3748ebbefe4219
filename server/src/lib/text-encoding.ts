import chardet from 'chardet';
import iconv from 'iconv-lite';

/** The encodings an uploaded text file is read in, by the name the import's answer gives. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252' | 'ISO-8859-1' | 'windows-1256' | 'windows-1251';

const ARABIC = new Set(['windows-1256', 'ISO-8859-6']);
const CYRILLIC = new Set(['windows-1251', 'KOI8-R', 'ISO-8859-5', 'IBM866']);

/**
 * Reads an uploaded text file whatever wrote it. A byte-order mark decides (UTF-8, UTF-16 LE/BE); then bytes that
 * are valid UTF-8 are UTF-8; then a charset the upload declared; else a legacy single-byte code page: Arabic
 * (windows-1256) or Cyrillic (windows-1251) when the bytes say so, otherwise Western European (windows-1252, what
 * Excel on Windows writes). chardet alone is not trusted for Western files either: a two-line "José" file comes back
 * ISO-8859-2 at 18% confidence, which would turn Ñ into Ń.
 */
export function decodeText(bytes: Buffer, declaredCharset?: string): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)) ?? '', encoding: 'UTF-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== undefined) return { text: asUtf8, encoding: 'UTF-8' };
  const declared = legacyName(declaredCharset);
  if (declared) return { text: iconv.decode(bytes, declared), encoding: declared };
  const encoding = legacyCodePage(bytes);
  return { text: iconv.decode(bytes, encoding), encoding };
}

/**
 * Which single-byte code page: words written wholly in bytes above 0x7F are another script (Cyrillic, Arabic), the
 * one chardet ranks higher; Western text has accented letters among ASCII ones ("Ñúñez" at most three in a row).
 * chardet's ranking alone is not trusted: on a short file of names it puts ISO-8859-1 first for Cyrillic and Arabic
 * too (measured on a three-row file: ISO-8859-1 21%, windows-1251 18%).
 */
function legacyCodePage(bytes: Buffer): TextEncoding {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (b !== undefined && b >= 0x80) {
      high++;
      run++;
      continue;
    }
    if (run >= 4) inLongRuns += run;
    run = 0;
  }
  if (high > 0 && inLongRuns / high > 0.5) {
    for (const { name } of chardet.analyse(bytes)) {
      if (ARABIC.has(name)) return 'windows-1256';
      if (CYRILLIC.has(name)) return 'windows-1251';
    }
  }
  // windows-1252 is ISO-8859-1 plus printable letters (’ Œ €) where Latin-1 has control codes no CSV holds.
  return 'windows-1252';
}

function utf8(bytes: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A declared legacy charset we read ("windows-1252", "latin1", "cp1256"…); UTF-8 and unknown names are not one. */
function legacyName(charset: string | undefined): TextEncoding | undefined {
  const c = charset?.trim().toLowerCase().replace(/^cp/, 'windows-');
  if (!c) return undefined;
  if (c === 'windows-1252') return 'windows-1252';
  if (c === 'iso-8859-1' || c === 'latin1' || c === 'iso_8859-1') return 'ISO-8859-1';
  if (c === 'windows-1256') return 'windows-1256';
  if (c === 'windows-1251') return 'windows-1251';
  return undefined;
}
