import { describe, expect, it } from 'vitest';
import { amountInWords, numberInWords } from './amount-in-words';

describe('amounts in words on receipts', () => {
  it('writes whole numbers as English words', () => {
    expect(numberInWords(0)).toBe('zero');
    expect(numberInWords(7)).toBe('seven');
    expect(numberInWords(40)).toBe('forty');
    expect(numberInWords(105)).toBe('one hundred and five');
    expect(numberInWords(1234)).toBe('one thousand two hundred and thirty-four');
    expect(numberInWords(2_000_019)).toBe('two million nineteen');
    expect(numberInWords(990_000_001)).toBe('nine hundred and ninety million one');
  });

  it('writes cents as the currency names them, ending in "only"', () => {
    expect(amountInWords(125050, 'USD')).toBe('One thousand two hundred and fifty dollars and fifty cents only');
    expect(amountInWords(100, 'USD')).toBe('One dollar only');
    expect(amountInWords(101, 'GBP')).toBe('One pound and one penny only');
    expect(amountInWords(3_000_000, 'KES')).toBe('Thirty thousand Kenyan shillings only');
    expect(amountInWords(5, 'NGN')).toBe('Zero naira and five kobo only');
  });

  it('falls back to the currency code for other currencies', () => {
    expect(amountInWords(1250, 'XOF')).toBe('Twelve XOF and 50/100 only');
  });

  it('refuses what is not a whole number of cents', () => {
    expect(() => amountInWords(12.5, 'USD')).toThrow(RangeError);
    expect(() => amountInWords(-1, 'USD')).toThrow(RangeError);
  });
});
