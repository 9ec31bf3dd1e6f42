import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { CrossSourceIndex } from '../../src/core/index/crossSourceIndex';
import { buildAnalysisReport } from '../../src/core/report';
import { AnalysisReportSchema } from '../../src/core/schema/analysisReport';

const BLUNKETT = `Blair's hope for Blunkett return

Tony Blair has said he hopes David Blunkett can return to government after the election.

"David Blunkett is a man of integrity," Mr Blair told the BBC. Mr Blunkett resigned as home secretary last week.`;

const HOWARD = `Howard attacks Blair over Blunkett

Conservative leader Michael Howard said Tony Blair had shown poor judgement.

"The prime minister stood by him for too long," Mr Howard said. Mr Blair has not answered.`;

describe('the analyze report built from the cross-source index', () => {
  const index = new CrossSourceIndex();
  index.set('/work/a/blunkett.txt', analyzeDocument(BLUNKETT));
  index.set('/work/a/howard.txt', analyzeDocument(HOWARD));
  const report = AnalysisReportSchema.parse(buildAnalysisReport(index, new Map([
    ['/work/a/blunkett.txt', 'blunkett.txt'],
    ['/work/a/howard.txt', 'politics/howard.txt'],
  ])));
  const documentAt = (path: string) => report.documents.find((document) => document.path === path);

  it('lists documents under their display paths, in indexing order', () => {
    assert.deepEqual(report.documents.map((document) => document.path), ['blunkett.txt', 'politics/howard.txt']);
  });

  it('gives the same person the same workspace id in every document', () => {
    const idsOfBlair = report.documents.map((document) => document.entities.find((entity) => entity.name === 'Tony Blair')?.id);
    assert.ok(idsOfBlair[0]);
    assert.equal(idsOfBlair[0], idsOfBlair[1]);
    const blair = report.entities.find((entity) => entity.id === idsOfBlair[0]);
    assert.deepEqual(blair?.documents, ['blunkett.txt', 'politics/howard.txt']);
  });

  it('names a quotation\'s speaker by workspace id', () => {
    const [integrity] = documentAt('blunkett.txt')?.quotes ?? [];
    assert.equal(integrity.text, 'David Blunkett is a man of integrity,');
    const blair = report.entities.find((entity) => entity.name === 'Tony Blair');
    assert.equal(integrity.speaker?.entity, blair?.id);
    const [tooLong] = documentAt('politics/howard.txt')?.quotes ?? [];
    assert.equal(tooLong.speaker?.entity, report.entities.find((entity) => entity.name === 'Michael Howard')?.id);
  });

  it('lists the entities most articles share first', () => {
    const counts = report.entities.map((entity) => entity.documents.length);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.equal(counts[0], 2);
  });

  it('falls back to the document id when no display path is given', () => {
    const bare = buildAnalysisReport(index, new Map());
    assert.deepEqual(bare.documents.map((document) => document.path), ['/work/a/blunkett.txt', '/work/a/howard.txt']);
  });

  it('is empty, not missing, for an empty index', () => {
    assert.deepEqual(buildAnalysisReport(new CrossSourceIndex(), new Map()), { version: 1, documents: [], entities: [] });
  });
});
