import { describe, expect, it } from 'vitest';
import { schoolFromHost, tenantHeaderValue } from './tenant';

describe('schoolFromHost', () => {
  it('reads the school from <school>.<base domain> and <school>.localhost', () => {
    expect(schoolFromHost('demo.schools.example', 'schools.example')).toEqual({ kind: 'subdomain', subdomain: 'demo' });
    expect(schoolFromHost('Demo.localhost', 'schools.example')).toEqual({ kind: 'subdomain', subdomain: 'demo' });
  });
  it('names no school on the bare host, an IP or a reserved name', () => {
    for (const h of ['schools.example', 'localhost', '127.0.0.1', 'www.schools.example'])
      expect(schoolFromHost(h, 'schools.example')).toEqual({ kind: 'none' });
  });
  it('leaves custom domains to the API', () => {
    expect(schoolFromHost('portal.school.org', 'schools.example')).toEqual({ kind: 'host' });
  });
});

describe('tenantHeaderValue', () => {
  it('prefers the address, then the school remembered on this device', () => {
    expect(tenantHeaderValue('demo.localhost', 'localhost', 'other')).toBe('demo');
    expect(tenantHeaderValue('localhost', 'localhost', 'other')).toBe('other');
    expect(tenantHeaderValue('localhost', 'localhost', null)).toBeUndefined();
    expect(tenantHeaderValue('portal.school.org', 'localhost', 'other')).toBeUndefined();
  });
});
