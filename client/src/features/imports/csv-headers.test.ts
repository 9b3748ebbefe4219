import { describe, expect, it } from 'vitest';
import { csvHeaders } from './csv';

describe('CSV header row', () => {
  it('reads quoted headers with commas and quotes, a byte-order mark and Windows line ends', () => {
    expect(csvHeaders('\uFEFFfirstName, "Last, name","Say ""hi"""\r\nAda,Alpha,x\r\n')).toEqual(['firstName', 'Last, name', 'Say "hi"']);
    expect(csvHeaders('')).toEqual([]);
  });
});
