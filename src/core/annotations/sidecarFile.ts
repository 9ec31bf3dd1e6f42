import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { jsonErrorPosition, positionOf } from './jsonErrorPosition';
import { Sidecar, SIDECAR_VERSION, SidecarSchema } from './schema';

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
    return { ok: false, problem: 'unparseable', message: `${file} is not valid JSON: ${describeSyntaxError(content, error)}. Marginalia will not change it until it is fixed.` };
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

/** The parser's complaint, with the line and column where the text stops being JSON. */
function describeSyntaxError(content: string, error: unknown): string {
  const reason = (error instanceof Error ? error.message : String(error)).split(',')[0];
  const position = jsonErrorPosition(content) ?? positionOf(content, content.length);
  return `${reason} at line ${position.line}, column ${position.column}`;
}

/**
 * Serialises a sidecar for git: two-space indentation, keys in the schema's order, annotations
 * sorted by position then id, and a final newline, so that a change touches only the lines it
 * changes. Going through the schema also refuses to write an annotation that would not load.
 */
export function serializeSidecar(sidecar: Sidecar): string {
  const annotations = [...sidecar.annotations].sort((a, b) =>
    a.target.selector[1].start - b.target.selector[1].start || a.id.localeCompare(b.id));
  const ordered = SidecarSchema.parse({ $schema: sidecar.$schema ?? SCHEMA_URL, version: sidecar.version, article: sidecar.article, annotations });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/**
 * The file access the sidecar code needs, so the extension can pass one built on
 * `vscode.workspace.fs` and tests one that fails on purpose; `nodeSidecarFileSystem` is Node's.
 */
export interface SidecarFileSystem {
  /** The file's bytes, or undefined when there is no such file. Other failures reject. */
  read(file: string): Promise<Uint8Array | undefined>;
  /** Replaces the file so that a reader (or a crash) sees either the old bytes or the new, never a mix. */
  writeAtomic(file: string, bytes: Uint8Array): Promise<void>;
}

/** Reads a sidecar: no file is an empty result, not a problem. */
export async function loadSidecarFile(file: string, fileSystem: SidecarFileSystem = nodeSidecarFileSystem()): Promise<LoadResult> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await fileSystem.read(file);
  } catch (error) {
    return { ok: false, problem: 'unparseable', message: `${file} could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (bytes === undefined) return { ok: true, sidecar: undefined };
  const name = path.basename(file);
  let content: string;
  try {
    // Fatal decoding: a sidecar with bytes that are not UTF-8 was damaged, and re-encoding it would damage it further.
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'unparseable', message: `${name} is not UTF-8 text. Marginalia will not change it until it is fixed.` };
  }
  return parseSidecar(name, content);
}

/** Writes a sidecar atomically, serialised for small git diffs. */
export async function saveSidecarFile(file: string, sidecar: Sidecar, fileSystem: SidecarFileSystem = nodeSidecarFileSystem()): Promise<void> {
  await fileSystem.writeAtomic(file, new TextEncoder().encode(serializeSidecar(sidecar)));
}

/** The file operations an atomic write needs; tests substitute failing ones. */
export interface AtomicWriteOps {
  writeFile(file: string, content: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

const nodeOps: AtomicWriteOps = {
  async writeFile(file, content) {
    // "wx": never reuse a file that happens to have the temporary name.
    const handle = await fs.open(file, 'wx');
    try {
      await handle.writeFile(content);
      // Flush before the rename, or a power cut could leave the new name on an empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  unlink: (file) => fs.unlink(file),
};

/** Sidecar file access on Node's file system; `ops` lets tests inject a failing rename. */
export function nodeSidecarFileSystem(ops: AtomicWriteOps = nodeOps): SidecarFileSystem {
  return {
    async read(file) {
      try {
        return await fs.readFile(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    writeAtomic: (file, bytes) => writeFileAtomic(file, bytes, ops),
  };
}

/**
 * Writes a file atomically: `.<name>.<random>.tmp` in the same folder (so the rename stays on one
 * file system and is atomic; hidden so it does not flash in file explorers), synced, then renamed
 * over the file. On failure the temporary file is removed and the old file is untouched.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, ops: AtomicWriteOps = nodeOps): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await ops.writeFile(temporary, content);
    await ops.rename(temporary, file);
  } catch (error) {
    await ops.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
