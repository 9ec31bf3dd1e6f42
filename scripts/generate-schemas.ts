// Writes schemas/sidecar-v1.schema.json from the zod definition (`npm run schemas`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { sidecarJsonSchema } from '../src/core/annotations/jsonSchema';

const file = path.join(__dirname, '..', 'schemas', 'sidecar-v1.schema.json');
fs.writeFileSync(file, sidecarJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
