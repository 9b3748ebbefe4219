/** The header row of a CSV file (quoted headers allowed). */
export function csvHeaders(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur.trim());
  return out.filter(Boolean);
}

/**
 * The file's text for showing its column headers, read as the server will read the bytes it is sent: a byte-order
 * mark decides (UTF-8, UTF-16 LE/BE), then valid UTF-8, else Windows-1252 (what Excel on Windows saves). The server
 * decides the encoding of the import itself (it also recognises Arabic and Cyrillic code pages) and says which.
 */
export function decodeCsv(bytes: Uint8Array): string {
  const decode = (label: string, from = 0, fatal = false) =>
    new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes.subarray(from));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', 2);
  try {
    return decode('utf-8', 0, true);
  } catch {
    return decode('windows-1252');
  }
}
