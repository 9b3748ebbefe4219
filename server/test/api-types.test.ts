import { readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { repoRoot } from '../src/config/config.js';
import { CLIENT_TYPES_FILE, renderClientTypes } from '../src/http/client-types.js';
import { startTestPlatform, type TestPlatform } from './helpers.js';

let t: TestPlatform;
beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t.close());

describe("the client's API types", () => {
  it('are generated from the OpenAPI document the server serves now', async () => {
    const doc = (await request(t.app).get('/api/openapi.json').expect(200)).body as object;
    const committed = readFileSync(path.join(repoRoot, CLIENT_TYPES_FILE), 'utf8');
    // On a mismatch: the server's routes changed; run `npm run api:types` and commit the file.
    expect(committed === (await renderClientTypes(doc))).toBe(true);
  });
});
