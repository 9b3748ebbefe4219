import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The SPA's Content-Security-Policy (deploy/nginx.conf sends the same). Scripts and styles only from our
 * own files: the school's theme colours are set through the CSSOM (style.setProperty, React's style
 * props), which style-src does not govern. Logos may be any https image (themeInput.logoUrl).
 */
export const SPA_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet's headers with the SPA's policy on every response (routes that serve something else, the API
 * docs and uploaded files, set their own policy), and HSTS only over TLS: sent over plain HTTP it is
 * ignored by browsers and would be wrong for a local or internal deployment. `req.secure` believes
 * X-Forwarded-Proto only from the proxies TRUST_PROXY names.
 */
export function securityHeaders(): RequestHandler[] {
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: SPA_CSP },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
    (req, res, next) => {
      if (req.secure) res.set('Strict-Transport-Security', HSTS);
      next();
    },
  ];
}

/**
 * API answers carry personal data (lists, exports, report cards, documents): no browser or proxy keeps
 * them unless a route says otherwise (public branding, logos, the OpenAPI document and its assets).
 */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
