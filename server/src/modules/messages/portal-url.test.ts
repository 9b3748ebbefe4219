import { portalLink, portalUrl } from './portal-url.js';

test("a school's portal: its custom domain when it has one, else its subdomain; the port only when it is not the scheme's", () => {
  const https = { baseDomain: 'schools.example', scheme: 'https' as const };
  expect(portalUrl({ subdomain: 'hill' }, https)).toBe('https://hill.schools.example');
  expect(portalUrl({ subdomain: 'hill', customDomain: 'portal.hill.org' }, https)).toBe('https://portal.hill.org');
  expect(portalUrl({ subdomain: 'hill' }, { ...https, port: 443 })).toBe('https://hill.schools.example');
  expect(portalUrl({ subdomain: 'hill' }, { baseDomain: 'localhost', scheme: 'http', port: 3000 })).toBe('http://hill.localhost:3000');
});

test('links: a path joins the portal, an absolute URL stays as it is', () => {
  expect(portalLink('https://hill.example', '/reset-password?token=x')).toBe('https://hill.example/reset-password?token=x');
  expect(portalLink('https://hill.example', 'login')).toBe('https://hill.example/login');
  expect(portalLink('https://hill.example', 'https://cdn.example/logo.png')).toBe('https://cdn.example/logo.png');
});
