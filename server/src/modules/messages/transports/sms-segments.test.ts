import { smsLength, smsSegments } from './sms-segments.js';

describe('smsSegments', () => {
  it('fits 160 GSM-7 characters in one message and splits the 161st into two parts of at most 153', () => {
    expect(smsSegments('a'.repeat(160))).toBe(1);
    expect(smsSegments('a'.repeat(161))).toBe(2);
    expect(smsSegments('a'.repeat(306))).toBe(2);
    expect(smsSegments('a'.repeat(307))).toBe(3);
    expect(smsSegments('')).toBe(1);
  });

  it('reads the whole GSM-7 basic table (accents and Greek capitals included) as GSM-7', () => {
    const table =
      '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
    expect([...table]).toHaveLength(127);
    expect(smsLength(table)).toEqual({ encoding: 'GSM-7', units: 127, segments: 1 });
  });

  it('counts extension-table characters as two septets and never splits one across parts', () => {
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('€'.repeat(81)).segments).toBe(2);
    expect(smsLength('{}[]~^|\\').units).toBe(16);
    // 152 plain septets then a two-septet character: it moves whole to the second part.
    expect(smsLength('a'.repeat(152) + '€' + 'a'.repeat(10)).segments).toBe(2);
    expect(smsLength('a'.repeat(152) + '€'.repeat(77)).segments).toBe(3);
  });

  it('turns a text with any other character into UCS-2: 70 in one message, 67 per part', () => {
    expect(smsLength('Hello 👋')).toEqual({ encoding: 'UCS-2', units: 8, segments: 1 });
    expect(smsSegments('ж'.repeat(70))).toBe(1);
    expect(smsSegments('ж'.repeat(71))).toBe(2);
    expect(smsSegments('ж'.repeat(134))).toBe(2);
    expect(smsSegments('ж'.repeat(135))).toBe(3);
    // One character outside GSM-7 costs a 150-letter text its 7-bit encoding.
    expect(smsSegments('a'.repeat(150))).toBe(1);
    expect(smsSegments('a'.repeat(149) + 'ç')).toBe(3);
  });

  it('counts an emoji as two UTF-16 units and never splits its surrogate pair', () => {
    expect(smsLength('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsSegments('😀'.repeat(36))).toBe(2);
    // 66 units, then a pair that would straddle the 67-unit boundary.
    expect(smsSegments('ж'.repeat(66) + '😀' + 'ж'.repeat(4))).toBe(2);
    expect(smsLength('ж'.repeat(66) + '😀'.repeat(34)).segments).toBe(3);
  });
});
