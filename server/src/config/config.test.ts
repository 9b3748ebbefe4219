import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, repoRoot } from './config.js';

const strong = () => ({ JWT_SECRET: randomBytes(48).toString('base64url'), ENCRYPTION_KEY: randomBytes(32).toString('base64') });

describe('config', () => {
  it('refuses missing or weak secrets outside development', () => {
    for (const NODE_ENV of ['production', 'test']) {
      expect(() => loadConfig({ NODE_ENV })).toThrow(ConfigError);
      expect(() => loadConfig({ NODE_ENV, ...strong(), JWT_SECRET: 'changeme-changeme-changeme-changeme' })).toThrow(/placeholder/);
      expect(() => loadConfig({ NODE_ENV, ...strong(), JWT_SECRET: 'short' })).toThrow(/32 characters/);
      expect(() => loadConfig({ NODE_ENV, ...strong(), JWT_SECRET: 'a'.repeat(40) })).toThrow(/variety/);
      expect(() => loadConfig({ NODE_ENV, ...strong(), ENCRYPTION_KEY: 'abc' })).toThrow(/ENCRYPTION_KEY/);
      expect(() => loadConfig({ NODE_ENV, ...strong(), ENCRYPTION_KEY: Buffer.alloc(32).toString('base64') })).toThrow(/ENCRYPTION_KEY/);
    }
    expect(() => loadConfig({ NODE_ENV: 'production', ...strong(), BCRYPT_COST: '8' })).toThrow(/BCRYPT_COST/);
  });

  it('accepts strong secrets (base64 or hex key) and applies defaults', () => {
    const c = loadConfig({ NODE_ENV: 'production', ...strong() });
    expect(c).toMatchObject({
      port: 5000,
      bcryptCost: 12,
      baseDomain: 'localhost',
      trustProxy: false,
      tenantCache: { ttlMs: 300_000, pollMs: 1_000 },
    });
    expect(c.jwt.accessTtlSeconds).toBe(900);
    expect(loadConfig({ NODE_ENV: 'production', ...strong(), ENCRYPTION_KEY: randomBytes(32).toString('hex') }).encryptionKey).toHaveLength(
      32,
    );
  });

  it('starts from .env.example as shipped (every blank value meaning unset), plus secrets', () => {
    const shipped = parseEnv(readFileSync(path.join(repoRoot, '.env.example'), 'utf8'));
    const c = loadConfig({ ...shipped, NODE_ENV: 'production', ...strong() });
    expect(c.publicUrl).toEqual({ scheme: 'https', port: undefined });
    expect(c.messages.sms.provider).toBe('none');
  });

  it('in development generates secrets once and keeps them across restarts', () => {
    const DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'cfg-'));
    const a = loadConfig({ NODE_ENV: 'development', DATA_DIR });
    const b = loadConfig({ NODE_ENV: 'development', DATA_DIR });
    expect(a.jwt.secret).toBe(b.jwt.secret);
    expect(a.encryptionKey.equals(b.encryptionKey)).toBe(true);
  });

  it('refuses invalid values with the variable name', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', ...strong(), PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });
});
