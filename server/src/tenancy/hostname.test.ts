import { classifyHost, domainProblem, normalizeHost, subdomainProblem } from './hostname.js';

describe('normalizeHost', () => {
  it.each([
    ['Demo.Example.COM', 'demo.example.com'],
    ['demo.example.com:5000', 'demo.example.com'],
    ['demo.example.com.', 'demo.example.com'],
    ['DEMO.localhost.:80', 'demo.localhost'],
    ['[::1]:5000', '[::1]'],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeHost(raw)).toBe(expected);
  });
});

describe('classifyHost', () => {
  it('finds subdomains of the base domain and of localhost', () => {
    expect(classifyHost('demo.schools.example', 'schools.example')).toEqual({ kind: 'subdomain', subdomain: 'demo' });
    expect(classifyHost('demo.localhost', 'schools.example')).toEqual({ kind: 'subdomain', subdomain: 'demo' });
  });
  it('treats the bare host, IPs, reserved and nested names as naming no school', () => {
    for (const host of ['schools.example', 'localhost', '127.0.0.1', '[::1]', 'www.schools.example', 'a.b.schools.example', undefined]) {
      expect(classifyHost(host, 'schools.example')).toEqual({ kind: 'none' });
    }
  });
  it('treats any other valid name as a candidate custom domain', () => {
    expect(classifyHost('portal.school.org', 'schools.example')).toEqual({ kind: 'domain', domain: 'portal.school.org' });
  });
});

describe('validation of names', () => {
  it('accepts good subdomains and refuses bad or reserved ones', () => {
    expect(subdomainProblem('st-marys-2')).toBeUndefined();
    for (const bad of ['ab', 'www', 'admin', '-a1', 'a1-', 'a--b', 'A1b', 'a_b', 'x'.repeat(64)])
      expect(subdomainProblem(bad)).toBeDefined();
  });
  it('accepts domains and refuses IPs, single labels and junk', () => {
    expect(domainProblem('portal.school.org')).toBeUndefined();
    for (const bad of ['localhost', '1.2.3.4', 'a..b', 'bad_domain.org', `${'a'.repeat(64)}.org`]) expect(domainProblem(bad)).toBeDefined();
  });
});
