import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { checkGold, GOLD_FOLDER, GoldArticle, HELD_OUT_FOLDER, loadGold } from '../support/gold';
import { add, EMPTY, f1, precision, recall, Score, scoreEntities, scoreSpeakers } from '../support/scorer';

/**
 * Accuracy on the hand-written gold (`npm run accuracy`): the development set the analysis was
 * tuned against, and a held-out set annotated blind and never read for tuning. Prints a table per
 * file and per set, and fails if accuracy drops below the floors, which sit just under what the
 * analysis reaches today so that a regression is caught. Rules: test/support/scorer.ts.
 */
interface GoldSet {
  title: string;
  folder: string;
  minimumArticles: number;
  floors: Record<Measure, number>;
}

const SETS: readonly GoldSet[] = [
  { title: 'development set', folder: GOLD_FOLDER, minimumArticles: 3224, floors: { speakers: 0.95, entities: 0.94, typedEntities: 0.82 } },
  { title: 'held-out set', folder: HELD_OUT_FOLDER, minimumArticles: 2642, floors: { speakers: 0.90, entities: 0.92, typedEntities: 0.78 } },
];

type Measure = 'speakers' | 'entities' | 'typedEntities';
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

/** Scores every article of a set, prints the set's table, and returns its totals. */
function scoreSet(title: string, articles: readonly GoldArticle[]): Record<Measure, Score> {
  const totals: Record<Measure, Score> = { speakers: { ...EMPTY }, entities: { ...EMPTY }, typedEntities: { ...EMPTY } };
  const width = Math.max(...articles.map(({ file }) => file.length)) - '.json'.length;
  const lines = [`${title.toUpperCase()}`, `${'article'.padEnd(width)}  ${MEASURES.map(({ title: measure }) => `${measure} F1 (tp/fp/fn)`.padEnd(26)).join('')}`];
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
  console.log(`\n${lines.join('\n')}\n\nALL ${articles.length} articles of the ${title}\n${MEASURES.map(({ key, title: measure }) => overallRow(measure, totals[key])).join('\n')}\n`);
  return totals;
}

const SCORING_TIMEOUT_MS = 120_000;

for (const set of SETS) {
  describe(`accuracy against gold annotations: ${set.title}`, () => {
    const articles = loadGold(set.folder);
    let totals: Record<Measure, Score>;

    // Scoring analyses every article of the set: thousands of them, so more than a unit test's time,
    // above all on a machine that runs other work at the same time.
    before(function (this: Mocha.Context) {
      this.timeout(SCORING_TIMEOUT_MS);
      totals = scoreSet(set.title, articles);
    });

    it(`has at least ${set.minimumArticles} articles whose gold forms and quotations are all in their articles, unambiguously`, () => {
      assert.ok(articles.length >= set.minimumArticles);
      assert.deepEqual(articles.flatMap((article) => checkGold(article).map((problem) => `${article.file}: ${problem}`)), []);
    });

    for (const { key, title } of MEASURES) {
      it(`keeps ${title} F1 at or above ${set.floors[key]}`, () => {
        assert.ok(f1(totals[key]) >= set.floors[key], overallRow(title, totals[key]));
      });
    }
  });
}
