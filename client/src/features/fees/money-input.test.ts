import { describe, expect, it } from 'vitest';
import { inputStep, parseAmount, toInput, toMinor } from './money-input';

describe('amounts typed in the currency', () => {
  it('are kept in the currency’s own minor units', () => {
    expect(toMinor('1200.50', 'USD')).toBe(120050);
    expect(toMinor('1200', 'XOF')).toBe(1200);
    expect(toMinor('1.250', 'KWD')).toBe(1250);
    expect(toInput(120050, 'USD')).toBe('1200.50');
    expect(toInput(1200, 'XOF')).toBe('1200');
    expect([inputStep('USD'), inputStep('XOF'), inputStep('KWD')]).toEqual(['0.01', '1', '0.001']);
  });

  it('are read as the shown locale writes them, in a text field', () => {
    expect(parseAmount('1,200.50', 'en')).toBe(1200.5);
    expect(parseAmount(' 1200 ', 'en')).toBe(1200);
    expect(parseAmount('1 200,50', 'fr')).toBe(1200.5);
    expect(parseAmount('1\u202f200,50', 'fr')).toBe(1200.5);
    expect(parseAmount('1.200,50', 'es')).toBe(1200.5);
    expect(parseAmount('١٢٠٠٫٥', 'ar')).toBe(1200.5);
    // A point before two digits is a decimal point even where the point groups thousands.
    expect(parseAmount('1200.50', 'es')).toBe(1200.5);
    expect(parseAmount('1.200', 'es')).toBe(1200);
    expect(parseAmount('1200,50', 'en')).toBeNaN();
    expect(parseAmount('12 euros', 'fr')).toBeNaN();
    expect(parseAmount('', 'en')).toBeNaN();
  });
});
