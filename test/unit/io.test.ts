import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ArticleReadError, decodeArticle, findArticleFiles, readArticle, readArticleSync } from '../../src/core/io/articleFiles';
import { folderWith } from '../support/folders';

const SENTENCE = 'Mr Blunkett said: "I have never sought to use my position."';

function problemOf(bytes: Uint8Array): string | undefined {
  const decoded = decodeArticle(bytes);
  return 'problem' in decoded ? decoded.problem : undefined;
}

describe('reading articles safely', () => {
  it('decodes UTF-8 prose, curly quotes and all, and drops a byte-order mark so offsets match the editor', () => {
    const text = 'Agassi said: “I’m feeling good.” — Zürich, 2005';
    assert.deepEqual(decodeArticle(Buffer.from(text, 'utf8')), { text });
    assert.deepEqual(decodeArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])), { text });
  });

  it('rejects Latin-1 bytes and truncated UTF-8 sequences as not UTF-8', () => {
    assert.equal(problemOf(Buffer.from('Caf\xe9 owner said', 'latin1')), 'not valid UTF-8 text');
    assert.equal(problemOf(Buffer.concat([Buffer.from('Shell boss Sir Philip', 'utf8'), Buffer.from([0xe2, 0x80])])), 'not valid UTF-8 text');
  });

  it('rejects files with NUL bytes or mostly control characters as binary, and names UTF-16 for what it is', () => {
    assert.match(problemOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a])) ?? '', /binary file \(contains NUL bytes\)/);
    assert.match(problemOf(Buffer.from([0x1b, 0x02, 0x41, 0x03, 0x04, 0x42, 0x05, 0x06])) ?? '', /binary file \(mostly control characters\)/);
    assert.match(problemOf(Buffer.from(`\ufeff${SENTENCE}`, 'utf16le')) ?? '', /UTF-16/);
  });

  it('accepts prose with a stray form feed, tabs and Windows line ends', () => {
    const text = `${SENTENCE}\r\n\tHe added: "It is time."\f\r\n`;
    assert.deepEqual(decodeArticle(Buffer.from(text, 'utf8')), { text });
  });

  it('reports a missing file or a folder as an ArticleReadError with a reason for the user, read either way', async () => {
    const missing = path.join(os.tmpdir(), 'marginalia-no-such-article.txt');
    const hasReason = (reason: string) => (error: unknown) => error instanceof ArticleReadError && error.reason === reason;
    await assert.rejects(readArticle(missing), hasReason('no such file or folder'));
    assert.throws(() => readArticleSync(missing), hasReason('no such file or folder'));
    assert.throws(() => readArticleSync(os.tmpdir()), hasReason('is a folder'));
  });

  it('reads the same text synchronously as asynchronously, and rejects the same bytes', async () => {
    const folder = folderWith({ 'blunkett.txt': `\ufeff${SENTENCE}`, 'latin1.txt': Buffer.from('Caf\xe9', 'latin1') });
    assert.equal(readArticleSync(path.join(folder, 'blunkett.txt')), SENTENCE);
    assert.equal(await readArticle(path.join(folder, 'blunkett.txt')), SENTENCE);
    assert.throws(() => readArticleSync(path.join(folder, 'latin1.txt')), /not valid UTF-8/);
  });
});

describe('finding the articles of a folder', () => {
  const folder = folderWith({
    'blair.txt': SENTENCE,
    'politics/2005/poll.txt': SENTENCE,
    'politics/2005/poll.txt.annotations.json': '{}',
    'notes/draft.md': SENTENCE,
    'node_modules/pkg/readme.txt': SENTENCE,
    '.git/description.txt': SENTENCE,
  });
  const relative = (files: string[]) => files.map((file) => path.relative(folder, file).split(path.sep).join('/'));

  it('finds *.txt at any depth, sorted, skipping dependencies, history and annotation sidecars', async () => {
    assert.deepEqual(relative(await findArticleFiles(folder)), ['blair.txt', 'politics/2005/poll.txt']);
  });

  it('uses an include pattern instead of the default; one without a slash matches names in any folder', async () => {
    assert.deepEqual(relative(await findArticleFiles(folder, '*.md')), ['notes/draft.md']);
    assert.deepEqual(relative(await findArticleFiles(folder, 'politics/**/*.{txt,md}')), ['politics/2005/poll.txt']);
    assert.deepEqual(relative(await findArticleFiles(folder, '*.txt.annotations.json')), []);
  });

  it('does not follow a symbolic link that loops back to its folder', async () => {
    const looped = folderWith({ 'a/story.txt': SENTENCE });
    fs.symlinkSync(looped, path.join(looped, 'a', 'loop'), 'dir');
    assert.equal((await findArticleFiles(looped)).length, 1);
  });

  it('hands an unreadable sub-folder to the caller and goes on with the rest', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads every folder, so there is nothing to refuse
    const guarded = folderWith({ 'open/a.txt': SENTENCE, 'locked/b.txt': SENTENCE });
    fs.chmodSync(path.join(guarded, 'locked'), 0o000);
    try {
      const skipped: string[] = [];
      const files = await findArticleFiles(guarded, undefined, (failure) => skipped.push(failure.reason));
      assert.equal(files.length, 1);
      assert.deepEqual(skipped, ['permission denied']);
    } finally {
      fs.chmodSync(path.join(guarded, 'locked'), 0o755);
    }
  });
});
