import * as assert from 'node:assert/strict';
import { globToRegExp, matchesAny } from '../../src/core/io/glob';

describe('globs (marginalia.include / --include)', () => {
  const matches = (pattern: string, file: string) => matchesAny(file, [globToRegExp(pattern)]);

  it('"**/" matches any number of folders, including none', () => {
    assert.ok(matches('**/*.txt', 'a.txt'));
    assert.ok(matches('**/*.txt', 'news/2024/a.txt'));
    assert.ok(!matches('**/*.txt', 'a.txt.annotations.json'));
  });

  it('"*" and "?" stay within a folder name', () => {
    assert.ok(matches('news/*.txt', 'news/a.txt'));
    assert.ok(!matches('news/*.txt', 'news/old/a.txt'));
    assert.ok(matches('a?.md', 'ab.md'));
  });

  it('"{a,b}" offers alternatives, and other characters are literal', () => {
    assert.ok(matches('**/*.{txt,md}', 'x/y.md'));
    assert.ok(!matches('**/*.{txt,md}', 'x/y.mdx'));
    assert.ok(!matches('a+b.txt', 'aab.txt'));
    assert.ok(matches('**/node_modules/**', 'pkg/node_modules/x/readme.txt'));
  });
});
