import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument, renderApiTypes, schemaFile } from './apiSchema';

/** Writes the web app's API types from the server's OpenAPI document (`npm run api:generate`). */
const text = await renderApiTypes(await buildOpenApiDocument());
writeFileSync(schemaFile, text);
console.log(`Wrote ${schemaFile}.`);
