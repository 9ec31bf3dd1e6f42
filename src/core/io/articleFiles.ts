import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { globToRegExp, matchesAny } from './glob';

/** Why a file could not be read as an article, in words for the user. */
export class ArticleReadError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes an article's bytes: strict UTF-8, and no NUL bytes (the mark of a binary file). */
export function decodeArticle(bytes: Uint8Array): { text: string } | { problem: string } {
  if (bytes.includes(0)) return { problem: 'binary file (contains NUL bytes), not a text article' };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { problem: 'not valid UTF-8 text' };
  }
}

export async function readArticle(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new ArticleReadError(file, readFailure(error));
  }
  const decoded = decodeArticle(bytes);
  if ('problem' in decoded) throw new ArticleReadError(file, decoded.problem);
  return decoded.text;
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** The article files under a folder, recursively, whose folder-relative path matches the include pattern. Sorted. */
export async function findArticleFiles(folder: string, include = '**/*.txt'): Promise<string[]> {
  const patterns = [globToRegExp(include), ...(include.includes('/') ? [] : [globToRegExp(`**/${include}`)])];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full);
      } else if (entry.isFile() && !entry.name.endsWith('.annotations.json') && matchesAny(path.relative(folder, full).split(path.sep).join('/'), patterns)) {
        found.push(full);
      }
    }
  };
  await walk(folder);
  return found.sort();
}
