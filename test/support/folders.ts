import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const created: string[] = [];
// Tests make many folders; they are removed when the test process ends, pass or fail, so that
// runs do not pile folders up in the system's temporary directory.
process.on('exit', () => {
  for (const folder of created) fs.rmSync(folder, { recursive: true, force: true });
});

/** A new, empty temporary folder, removed when the process exits. */
export function temporaryFolder(prefix = 'marginalia-test-'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(folder);
  return folder;
}

/** A new temporary folder holding the given files (paths relative to it, folders made as needed). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const folder = temporaryFolder();
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}
