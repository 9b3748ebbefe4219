import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { repoRoot } from '../config/config.js';

/** Where the client's generated API types live (repository-relative). */
export const CLIENT_TYPES_FILE = 'client/src/lib/api-schema.ts';

const HEADER = `/**
 * The school platform's API as TypeScript types, generated from the server's OpenAPI document
 * (the same zod schemas that validate each route). Do not edit: run \`npm run api:types\`.
 * A server test fails when this file no longer matches the server.
 */
`;

/**
 * Renders the OpenAPI document as the client's types (openapi-typescript). Dev tooling only: imported by the
 * `api:types` script and the drift test, never by the running server.
 */
export async function renderClientTypes(document: object): Promise<string> {
  // openapi-typescript takes its own OpenAPI3 type; the document is the server's own, validated by its test.
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { alphabetize: false, exportType: false });
  // Formatted as the repository formats code, so that `prettier --check` and the drift test agree.
  const file = path.join(repoRoot, CLIENT_TYPES_FILE);
  return format(HEADER + astToString(ast), { ...(await resolveConfig(file)), filepath: file });
}
