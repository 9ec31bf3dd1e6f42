import { z } from 'zod';
import { SidecarSchema } from './schema';
import { SCHEMA_URL } from './sidecarFile';

/** The JSON Schema of the sidecar, generated from the zod definition and shipped in `schemas/`. */
export function sidecarJsonSchema(): string {
  const schema = { ...z.toJSONSchema(SidecarSchema, { io: 'input' }), $id: SCHEMA_URL, title: 'Marginalia annotation sidecar, version 1' };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
