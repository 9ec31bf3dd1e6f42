import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A new temporary folder holding the given files (paths relative to it, folders made as needed). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'marginalia-test-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}
