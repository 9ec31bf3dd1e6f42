import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Annotation, Sidecar, SIDECAR_VERSION, SidecarSchema } from './schema';

/**
 * Reading and writing sidecar files without ever losing what is in them. A file that does not
 * parse, fails validation or comes from a newer Marginalia is reported with the reason and never
 * overwritten; writes go to a temporary file in the same folder that is then renamed over the
 * sidecar, so a crash leaves either the old file or the new one, never half of one.
 */

export const SCHEMA_URL = 'https://marginalia.invalid/schemas/sidecar-v1.schema.json';

export type SidecarProblem = 'unparseable' | 'invalid' | 'future-version';

export type LoadResult =
  | { ok: true; sidecar: Sidecar | undefined }
  | { ok: false; problem: SidecarProblem; message: string };

/** Parses a sidecar's text; `file` only names it in messages. */
export function parseSidecar(file: string, content: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problem: 'unparseable', message: `${file} is not valid JSON (${error instanceof Error ? error.message : String(error)}). Marginalia will not change it until it is fixed.` };
  }
  const version = typeof json === 'object' && json !== null && 'version' in json ? (json as { version: unknown }).version : undefined;
  if (typeof version === 'number' && version > SIDECAR_VERSION) {
    return { ok: false, problem: 'future-version', message: `${file} was written by a newer Marginalia (format version ${version}; this one reads version ${SIDECAR_VERSION}). It is shown read-only and will not be changed.` };
  }
  const parsed = SidecarSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
    return { ok: false, problem: 'invalid', message: `${file} does not match the annotation format: ${issues}. Marginalia will not change it until it is fixed.` };
  }
  return { ok: true, sidecar: parsed.data };
}

/**
 * Serialises a sidecar for git: two-space indentation, keys in a fixed order, annotations sorted
 * by position then id, and a final newline, so that a change touches only the lines it changes.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const annotations = [...sidecar.annotations].sort((a, b) =>
    a.target.selector[1].start - b.target.selector[1].start || a.id.localeCompare(b.id)).map(orderedAnnotation);
  return `${JSON.stringify({ $schema: sidecar.$schema ?? SCHEMA_URL, version: sidecar.version, article: sidecar.article, annotations }, null, 2)}\n`;
}

function orderedAnnotation(annotation: Annotation): Annotation {
  const [quote, position] = annotation.target.selector;
  return {
    id: annotation.id,
    target: {
      source: annotation.target.source,
      selector: [
        { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: position.type, start: position.start, end: position.end },
      ],
    },
    body: annotation.body,
    state: annotation.state,
    created: annotation.created,
    modified: annotation.modified,
    author: annotation.author,
  };
}

/** Reads a sidecar from disk: no file is an empty result, not a problem. */
export async function loadSidecarFile(file: string): Promise<LoadResult> {
  let content: string;
  try {
    content = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, sidecar: undefined };
    return { ok: false, problem: 'unparseable', message: `${file} could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  return parseSidecar(path.basename(file), content);
}

/** The file operations an atomic write needs; tests substitute failing ones. */
export interface AtomicWriteOps {
  writeFile(file: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

const nodeOps: AtomicWriteOps = {
  async writeFile(file, content) {
    const handle = await fs.open(file, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

/** Writes a file atomically: a temporary file in the same folder (same file system), then a rename. */
export async function writeFileAtomic(file: string, content: string, ops: AtomicWriteOps = nodeOps): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  await ops.writeFile(temporary, content);
  try {
    await ops.rename(temporary, file);
  } catch (error) {
    await ops.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
