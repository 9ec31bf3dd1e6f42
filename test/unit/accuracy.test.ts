import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { loadGold } from '../support/gold';
import { add, EMPTY, f1, precision, recall, Score, scoreEntities, scoreSpeakers } from '../support/scorer';

/**
 * Accuracy on the hand-written gold (5 sample articles, 10 BBC articles). Prints the table the
 * README reports (`npm run accuracy`), and fails if accuracy drops below the floors, which sit
 * just under what the analysis reaches today so that any regression is caught.
 */
const FLOORS = { speakers: 0.92, entities: 0.93, typedEntities: 0.8 };

function row(label: string, score: Score): string {
  const pct = (value: number) => value.toFixed(3);
  return `${label.padEnd(58)} P ${pct(precision(score))}  R ${pct(recall(score))}  F1 ${pct(f1(score))}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`;
}

describe('accuracy against gold annotations', () => {
  const totals = { speakers: { ...EMPTY }, entities: { ...EMPTY }, typedEntities: { ...EMPTY } };
  const lines: string[] = [];

  before(() => {
    for (const { file, gold, text } of loadGold()) {
      const analysis = analyzeDocument(text);
      const speakers = scoreSpeakers(analysis, gold);
      const entities = scoreEntities(analysis, gold, false);
      totals.speakers = add(totals.speakers, speakers);
      totals.entities = add(totals.entities, entities);
      totals.typedEntities = add(totals.typedEntities, scoreEntities(analysis, gold, true));
      lines.push(row(`speakers  ${file}`, speakers), row(`entities  ${file}`, entities));
    }
    console.log(`\n${lines.join('\n')}\n${row('ALL speaker attribution', totals.speakers)}\n${row('ALL entities (names)', totals.entities)}\n${row('ALL entities (names and types)', totals.typedEntities)}\n`);
  });

  it(`speaker attribution F1 stays at or above ${FLOORS.speakers}`, () => {
    assert.ok(f1(totals.speakers) >= FLOORS.speakers, row('speakers', totals.speakers));
  });

  it(`entity F1 stays at or above ${FLOORS.entities}`, () => {
    assert.ok(f1(totals.entities) >= FLOORS.entities, row('entities', totals.entities));
  });

  it(`typed entity F1 stays at or above ${FLOORS.typedEntities}`, () => {
    assert.ok(f1(totals.typedEntities) >= FLOORS.typedEntities, row('typed entities', totals.typedEntities));
  });
});
