import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret } from './crypto.js';

describe('secret sealing (AES-256-GCM)', () => {
  const key = randomBytes(32);
  it('round-trips and never shows the plain text', () => {
    const uri = 'mongodb://user:p%40ss@db.example:27017/school';
    const sealed = encryptSecret(uri, key);
    expect(sealed).not.toContain('db.example');
    expect(encryptSecret(uri, key)).not.toBe(sealed);
    expect(decryptSecret(sealed, key)).toBe(uri);
  });
  it('refuses a tampered value or a wrong key', () => {
    const sealed = encryptSecret('secret', key);
    const parts = sealed.split(':');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => decryptSecret(parts.join(':'), key)).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32))).toThrow();
  });
});
