import bidiJs from 'bidi-js';
import type { Script } from './fonts.js';

/**
 * A line of text as runs to draw left to right, each in one face and one direction, by the Unicode
 * Bidirectional Algorithm (bidi-js, UAX #9) and the script of each character.
 */
export type Direction = 'ltr' | 'rtl';

export interface Run {
  /** The run's characters in the order to hand to fontkit (see `shapingOrder`); mirrored brackets already swapped. */
  text: string;
  script: Script;
  /** Drawn right to left (an odd bidi level). */
  rtl: boolean;
}

// bidi-js is CommonJS with types that declare an ES default export: Node and Jest hand over the factory itself as the
// default import, where TypeScript (NodeNext) expects it under `.default`. Either way, the factory.
type BidiFactory = typeof bidiJs.default;
const bidiFactory: BidiFactory =
  typeof bidiJs === 'function' ? (bidiJs as unknown as BidiFactory) : (bidiJs as unknown as { default: BidiFactory }).default;
const bidi = bidiFactory();

/** Unicode blocks the Arabic and Devanagari faces carry (Arabic with its supplements and presentation forms). */
const BLOCKS: [Script, number, number][] = [
  ['arabic', 0x0600, 0x06ff],
  ['arabic', 0x0750, 0x077f],
  ['arabic', 0x0870, 0x08ff],
  ['arabic', 0xfb50, 0xfdff],
  ['arabic', 0xfe70, 0xfeff],
  ['devanagari', 0x0900, 0x097f],
  ['devanagari', 0x1cd0, 0x1cff],
  ['devanagari', 0xa8e0, 0xa8ff],
];
const LETTER = /\p{L}/u;

/** The face a character needs; `null` for those every face has or that follow their neighbour (spaces, digits, punctuation, marks). */
export function scriptOf(ch: string): Script | null {
  const cp = ch.codePointAt(0) ?? 0;
  const block = BLOCKS.find(([, from, to]) => cp >= from && cp <= to);
  if (block) return block[0];
  return LETTER.test(ch) ? 'latin' : null;
}

// fontkit picks a run's direction from its first character of a specific script (Common and Inherited do not count)
// and lays a right-to-left script's glyphs out reversed, i.e. in visual order. pdfkit gives it no say in that.
const SPECIFIC = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;
const fontkitReverses = (s: string) => {
  const first = SPECIFIC.exec(s)?.[0];
  return first !== undefined && RTL_SCRIPT.test(first);
};

/**
 * The string to give fontkit so that the glyphs come out in visual order. Arabic letters must reach it in logical
 * order (joining forms are chosen from the neighbours in reading order), and it reverses them itself. A
 * right-to-left run it would not reverse (spaces and punctuation between Arabic words, in the Latin face) is reversed
 * here; a left-to-right run it would reverse (Arabic-Indic digits, which read left to right) is reversed here first so
 * that its reversal puts them back.
 */
export function shapingOrder(logical: string, rtl: boolean): string {
  return rtl === fontkitReverses(logical) ? logical : [...logical].reverse().join('');
}

/** The mirror image of a bracket-like character ("(" for ")"), as UAX #9 L4 draws it right to left. */
export function mirrorOf(codePoint: number): number | undefined {
  const m = bidi.getMirroredCharacter(String.fromCodePoint(codePoint));
  return m === null ? undefined : m.codePointAt(0);
}

function firstStrongDirection(text: string): Direction | undefined {
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return undefined;
}

/** A paragraph's bidi levels, computed once; `line` cuts visual runs out of any line of it (UAX #9 L1–L2 per line). */
export class BidiParagraph {
  private readonly levels: Uint8Array;
  private readonly mirrors: Map<number, string>;

  /** The paragraph's direction: `base`, or with `ownDirection` that of its first strong letter (UAX #9 P2–P3), `base` if none. */
  readonly dir: Direction;

  constructor(
    readonly text: string,
    base: Direction,
    ownDirection = false,
  ) {
    this.dir = (ownDirection && firstStrongDirection(text)) || base;
    const result = bidi.getEmbeddingLevels(text, this.dir);
    this.levels = result.levels;
    this.mirrors = bidi.getMirroredCharactersMap(text, result.levels);
  }

  /** The runs of `text[start, end)` in visual order, left to right. */
  line(start = 0, end = this.text.length): Run[] {
    // Logical runs of one level and one face; characters of no script of their own join the run before them.
    const logical: { start: number; end: number; level: number; script: Script | null }[] = [];
    for (let i = start; i < end; i++) {
      const level = this.levels[i] ?? 0;
      const script = scriptOf(this.text[i] ?? '');
      const last = logical.at(-1);
      if (last && last.level === level && (script === null || last.script === null || last.script === script)) {
        last.end = i + 1;
        last.script ??= script;
      } else logical.push({ start: i, end: i + 1, level, script });
    }
    // L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or above.
    const levels = logical.map((r) => r.level);
    const highest = Math.max(0, ...levels);
    const lowestOdd = Math.min(...levels.map((l) => (l % 2 ? l : l + 1)));
    for (let level = highest; level >= lowestOdd; level--) {
      for (let i = 0; i < logical.length;) {
        if ((logical[i]?.level ?? 0) < level) {
          i++;
          continue;
        }
        let j = i;
        while (j < logical.length && (logical[j]?.level ?? 0) >= level) j++;
        logical.splice(i, j - i, ...logical.slice(i, j).reverse());
        i = j;
      }
    }
    return logical.map((r) => {
      const rtl = r.level % 2 === 1;
      let chars = '';
      for (let i = r.start; i < r.end; i++) chars += (rtl && this.mirrors.get(i)) || this.text[i];
      return { text: shapingOrder(chars, rtl), script: r.script ?? 'latin', rtl };
    });
  }
}

/** The runs of a one-line string, left to right. */
export const visualRuns = (text: string, base: Direction): Run[] => new BidiParagraph(text, base).line();
