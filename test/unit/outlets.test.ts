import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';

const outlets = (text: string) => analyzeDocument(text).outlets;

describe('cited outlets and source counts', () => {
  it('finds outlets cited with any of the usual cues, in order, once each', () => {
    assert.deepEqual(outlets('Hegseth met Amodei, Axios has learned. According to the Washington Post, both agreed. The talks continue, reports Reuters. Michael told Defense Scoop last week. Axios reported it first.'),
      ['Axios', 'Washington Post', 'Reuters', 'Defense Scoop']);
  });

  it('reads "the Wall Street Journal reported" and "told BBC Radio 4\'s Today programme"', () => {
    assert.deepEqual(outlets('The firm pulled its investment, the Wall Street Journal reported. She told BBC Radio 4\'s Today programme it was wrong.'),
      ['Wall Street Journal', 'BBC Radio 4']);
  });

  it('knows technology, regional, trade and African outlets cited as sources, whole, and never takes one for the company that spoke ("In a statement to Rest of World, the company said")', () => {
    const text = 'Tumpang launched the scheme in February. In a statement to Rest of World, the company said it was “entirely optional”. A minister told the Manchester Evening News it was fine, Daily Maverick reported.';
    assert.deepEqual(outlets(text), ['Rest of World', 'Manchester Evening News', 'Daily Maverick']);
    assert.equal(analyzeDocument(text).quotes[0].speaker?.name, 'Tumpang');
  });

  it('does not take a person after "told" for an outlet', () => {
    assert.deepEqual(outlets('Hegseth told Amodei in a tense meeting that the Pentagon would act.'), []);
  });

  it('counts named and unnamed sources', () => {
    const text = '"We will act," Hegseth said. "Not today," a Defense official said. "Maybe," another Defense official said. "Soon," Pete Hegseth added.';
    assert.deepEqual(analyzeDocument(text).sources, { named: 1, unnamed: 2 });
  });
});
