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

  it('nests alternatives', () => {
    assert.ok(matches('{news,{bbc,reuters}/2005}/*.txt', 'reuters/2005/a.txt'));
    assert.ok(matches('{news,{bbc,reuters}/2005}/*.txt', 'news/a.txt'));
    assert.ok(!matches('{news,{bbc,reuters}/2005}/*.txt', 'bbc/a.txt'));
  });

  it('keeps a comma outside braces literal', () => {
    assert.ok(matches('smith,jones.txt', 'smith,jones.txt'));
    assert.ok(!matches('smith,jones.txt', 'smith'));
  });

  it('takes braces without a partner literally instead of failing', () => {
    assert.ok(matches('draft{1.txt', 'draft{1.txt'));
    assert.ok(matches('notes}.txt', 'notes}.txt'));
    assert.ok(matches('{a,b}}.txt', 'a}.txt'));
  });

  it('takes regular-expression characters literally', () => {
    for (const name of ['(draft).txt', 'a|b.txt', '[1].txt', 'cost$.txt', '^top.txt', 'x\\y.txt']) {
      assert.ok(matches(name, name), name);
    }
    assert.ok(!matches('(draft).txt', 'draft.txt'));
    assert.ok(!matches('a.txt', 'abtxt'));
  });

  it('lets "**" end a pattern, matching everything below a folder', () => {
    assert.ok(matches('archive/**', 'archive/2004/jan/a.txt'));
    assert.ok(!matches('archive/**', 'news/archive.txt'));
  });
});
