import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { checkGold, loadGold } from '../support/gold';
import { add, EMPTY, f1, precision, recall, Score, scoreEntities, scoreSpeakers } from '../support/scorer';

/**
 * Accuracy on the hand-written gold (5 sample articles, 10 BBC articles). Prints a table per file
 * and overall (`npm run accuracy`), and fails if accuracy drops below the floors, which sit just
 * under what the analysis reaches today so that a regression is caught. Rules: test/support/scorer.ts.
 */
const FLOORS = { speakers: 0.97, entities: 0.96, typedEntities: 0.91 };

type Measure = keyof typeof FLOORS;
const MEASURES: ReadonlyArray<{ key: Measure; title: string }> = [
  { key: 'speakers', title: 'speakers' },
  { key: 'entities', title: 'entities' },
  { key: 'typedEntities', title: 'entities+type' },
];

function cell(score: Score): string {
  return `${f1(score).toFixed(3)} (${score.truePositives}/${score.falsePositives}/${score.falseNegatives})`;
}

function overallRow(title: string, score: Score): string {
  return `${title.padEnd(16)} P ${precision(score).toFixed(3)}  R ${recall(score).toFixed(3)}  F1 ${f1(score).toFixed(3)}   tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives}`;
}

describe('accuracy against gold annotations', () => {
  const articles = loadGold();
  const totals: Record<Measure, Score> = { speakers: { ...EMPTY }, entities: { ...EMPTY }, typedEntities: { ...EMPTY } };

  before(() => {
    const width = Math.max(...articles.map(({ file }) => file.length)) - '.json'.length;
    const lines = [`${'article'.padEnd(width)}  ${MEASURES.map(({ title }) => `${title} F1 (tp/fp/fn)`.padEnd(26)).join('')}`];
    for (const { file, gold, text } of articles) {
      const analysis = analyzeDocument(text);
      const scores: Record<Measure, Score> = {
        speakers: scoreSpeakers(analysis, gold, text),
        entities: scoreEntities(analysis, gold, text, false),
        typedEntities: scoreEntities(analysis, gold, text, true),
      };
      for (const { key } of MEASURES) totals[key] = add(totals[key], scores[key]);
      lines.push(`${file.replace(/\.json$/, '').padEnd(width)}  ${MEASURES.map(({ key }) => cell(scores[key]).padEnd(26)).join('')}`);
    }
    console.log(`\n${lines.join('\n')}\n\nALL ${articles.length} articles\n${MEASURES.map(({ key, title }) => overallRow(title, totals[key])).join('\n')}\n`);
  });

  it('has gold whose forms and quotations are all in their articles, unambiguously', () => {
    assert.ok(articles.length >= 15);
    assert.deepEqual(articles.flatMap((article) => checkGold(article).map((problem) => `${article.file}: ${problem}`)), []);
  });

  for (const { key, title } of MEASURES) {
    it(`keeps ${title} F1 at or above ${FLOORS[key]}`, () => {
      assert.ok(f1(totals[key]) >= FLOORS[key], overallRow(title, totals[key]));
    });
  }
});
