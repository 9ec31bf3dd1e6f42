import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { findOutlets } from '../../src/core/analysis/outlets';
import type { LocalEntity } from '../../src/core/analysis/model';

const outlets = (text: string) => analyzeDocument(text).outlets;

/** A hand-built organisation entity, so that these tests do not depend on how the entity pass types a name. */
function organization(key: number, name: string, text: string): LocalEntity {
  const start = text.indexOf(name);
  return { key, name, type: 'organization', aliases: [name], roles: [], mentions: [{ start, end: start + name.length, text: name }], equivalents: [] };
}

describe('cited outlets: constructions', () => {
  it('reads "sources tell Axios" and "Read at Axios"', () => {
    assert.deepEqual(outlets('The deal is close, sources tell Axios.'), ['Axios']);
    assert.deepEqual(outlets('Anthropic rejected the terms. Read at Axios'), ['Axios']);
  });

  it('reads "told the BBC News website" and "speaking on BBC One\'s Breakfast with Frost" as the BBC outlets', () => {
    assert.deepEqual(outlets('"We are ready," he told the BBC News website. Speaking on BBC One\'s Breakfast with Frost, Mr Brown agreed.'), ['BBC News', 'BBC One']);
  });

  it('knows the sports broadcasters and the outlets of other countries', () => {
    assert.deepEqual(outlets('"It was a big game," Saka told Sky Sports. Adams, speaking on BBC Radio 5 Live, agreed, according to the Kyiv Independent.'),
      ['Sky Sports', 'BBC Radio 5 Live', 'Kyiv Independent']);
  });

  it('knows the outlets whose names open with "The", and an outlet that "said"', () => {
    assert.deepEqual(outlets('Mustafa Suleyman told The Verge that it would. Apple did not respond, The Information said.'), ['The Verge', 'The Information']);
    assert.deepEqual(outlets('"We remain committed," a company spokesperson said in a statement to CNBC.'), ['CNBC']);
    assert.deepEqual(outlets('Blackadder was a hit. But the BBC said on Thursday there were no plans.'), ['BBC']);
  });

  it('does not take a company reporting its profits for a news outlet', () => {
    const text = 'Shell reported profits of £4bn, up 20%.';
    assert.deepEqual(findOutlets(text, [organization(0, 'Shell', text)]), []);
  });

  it('takes an organisation the gazetteer does not know when its name is a news medium\'s or it "has learned"', () => {
    const courier = 'The plant will close, the Dundee Courier reported.';
    assert.deepEqual(findOutlets(courier, [organization(0, 'Dundee Courier', courier)]), ['Dundee Courier']);
    const scoop = 'Hegseth met Amodei on Tuesday, Punchbowl has learned.';
    assert.deepEqual(findOutlets(scoop, [organization(0, 'Punchbowl', scoop)]), ['Punchbowl']);
  });

  it('keeps an apostrophe inside a name ("the O\'Connell Gazette reported") and strips a bare possessive ("Sky News\' Sunday")', () => {
    const gazette = "Council tax will rise, the O'Connell Gazette reported.";
    assert.deepEqual(findOutlets(gazette, [organization(0, "O'Connell Gazette", gazette)]), ["O'Connell Gazette"]);
    assert.deepEqual(outlets('He told Sky News\' Sunday with Adam Boulton: "This is the politics of the playground."'), ['Sky News']);
  });

  it('lists each outlet once, in order of first citation, without "the"', () => {
    assert.deepEqual(outlets('The Times reported the sale first. According to Reuters, the bid was raised. The Times later reported more.'), ['Times', 'Reuters']);
  });
});
