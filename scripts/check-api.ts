import { readFileSync } from 'node:fs';
import { apiTypesProblem, buildOpenApiDocument, renderApiTypes, schemaFile } from './apiSchema';

/**
 * Fails when the checked-in API types (src/web/api/schema.gen.ts) are not what the server's routes
 * generate today: the web app would compile against an API the server no longer has.
 */
const expected = await renderApiTypes(await buildOpenApiDocument());
const problem = apiTypesProblem(readFileSync(schemaFile, 'utf8'), expected);
if (problem) {
  console.error(problem);
  process.exit(1);
}
console.log('The web app API types match the server OpenAPI document.');
