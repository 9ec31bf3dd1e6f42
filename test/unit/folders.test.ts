import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../support/gold';

describe('temporary folders of the tests', () => {
  it('are removed when the process that made them exits, so that test runs leave nothing behind', () => {
    const script = "const { folderWith } = require('./test/support/folders'); process.stdout.write(folderWith({ 'a/b.txt': 'x' }));";
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: REPO, encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const folder = child.stdout.trim();
    assert.ok(path.isAbsolute(folder) && folder.includes('marginalia-test-'), folder);
    assert.equal(fs.existsSync(folder), false);
  });
});
