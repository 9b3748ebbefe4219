import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts every PDF of the platform writes with: Google's Noto Sans family, from the `@expo-google-fonts` npm
 * packages (full TTFs, SIL Open Font License 1.1). One face cannot hold every script, so a string is drawn in runs
 * (see `scripts.ts`): Noto Sans covers Latin (with Latin-extended), Greek and Cyrillic; Noto Sans Arabic and Noto
 * Sans Devanagari carry the OpenType tables fontkit shapes those scripts with (joining forms, conjuncts).
 * pdfkit embeds only the glyphs a document uses, so a card stays small although the files weigh ~2.4 MB.
 */
export type Script = 'latin' | 'arabic' | 'devanagari';
export type Weight = 'regular' | 'bold';

const FILES: Record<Script, Record<Weight, string>> = {
  latin: {
    regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  },
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  devanagari: {
    regular: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  },
};

const require = createRequire(import.meta.url);
const bytes = new Map<string, Buffer>();

/** The font file, read once per process (a section's PDF and the next one share it). */
function fontBytes(script: Script, weight: Weight): Buffer {
  const file = FILES[script][weight];
  let b = bytes.get(file);
  if (!b) {
    b = readFileSync(require.resolve(file));
    bytes.set(file, b);
  }
  return b;
}

/** pdfkit's name for a face registered by `registerFonts`. */
export const fontName = (script: Script, weight: Weight) => `noto-${script}-${weight}`;

/** Registers the six faces on `doc`; pdfkit parses a face and embeds its subset only if the document uses it. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const script of Object.keys(FILES) as Script[])
    for (const weight of ['regular', 'bold'] as const) doc.registerFont(fontName(script, weight), fontBytes(script, weight));
}
