import { describe, expect, it } from 'vitest';
import { readableOn } from './theme';

describe('readable text colour', () => {
  it('picks white on dark colours and black on light ones', () => {
    expect(readableOn('#1d4ed8')).toBe('#ffffff');
    expect(readableOn('#000000')).toBe('#ffffff');
    expect(readableOn('#ffff00')).toBe('#000000');
    expect(readableOn('#f3f4f6')).toBe('#000000');
  });
});
