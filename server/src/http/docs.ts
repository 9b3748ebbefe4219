import express, { type Express } from 'express';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { OpenApiRegistry } from './openapi.js';

const require = createRequire(import.meta.url);
const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>School platform API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css" />
</head>
<body>
<div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

// validatorUrl: null keeps Swagger UI from loading a badge from validator.swagger.io (outside the policy).
const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true, validatorUrl: null });`;

/** /api/openapi.json (generated from the routes' zod schemas) and /api/docs (Swagger UI, served locally). */
export function docsRoutes(app: Express, registry: OpenApiRegistry): void {
  let cached: string | undefined;
  app.get('/api/openapi.json', (_req, res) => {
    cached ??= JSON.stringify(registry.document({ title: 'School platform API', version: '1.0.0' }));
    // Public and the same for everyone: cacheable, revalidated (ETag), unlike the rest of /api (no-store).
    res.set('Cache-Control', 'no-cache');
    res.type('application/json').send(cached);
  });
  app.use('/api/docs/assets', express.static(swaggerUiDir, { index: false, maxAge: '1d' }));
  app.get('/api/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(init);
  });
  app.get('/api/docs', (_req, res) => {
    // Swagger UI needs inline styles; scripts stay same-origin files.
    res.set({
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
      'Cache-Control': 'no-cache',
    });
    res.type('html').send(page);
  });
}
