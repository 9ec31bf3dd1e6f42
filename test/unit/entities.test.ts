import * as assert from 'node:assert/strict';
import { extractEntities } from '../../src/core/analysis/entities';
import type { LocalEntity } from '../../src/core/analysis/model';

function find(entities: LocalEntity[], name: string): LocalEntity {
  const entity = entities.find((candidate) => candidate.name === name);
  assert.ok(entity, `found "${name}" among: ${entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  return entity;
}

function names(text: string): string[] {
  return extractEntities(text).map((entity) => entity.name);
}

describe('entity recognition', () => {
  it('finds multi-word names and keeps the title out of the name', () => {
    const entities = extractEntities('Defense Secretary Pete Hegseth gave Anthropic CEO Dario Amodei until Friday evening to give the military access.');
    const hegseth = find(entities, 'Pete Hegseth');
    assert.equal(hegseth.type, 'person');
    assert.deepEqual(hegseth.roles, ['Defense Secretary']);
    const amodei = find(entities, 'Dario Amodei');
    assert.deepEqual(amodei.roles, ['Anthropic CEO']);
    assert.equal(find(entities, 'Anthropic').type, 'organization');
  });

  it('groups aliases of one person within an article', () => {
    const text = 'Anthropic CEO Dario Amodei met officials. Amodei denied the claims. "The problem with Dario is ideological," an official said.';
    const amodei = find(extractEntities(text), 'Dario Amodei');
    assert.deepEqual(new Set(amodei.aliases), new Set(['Dario Amodei', 'Amodei', 'Dario']));
    assert.equal(amodei.mentions.length, 3);
  });

  it('links "Mr Abbas" to Mahmoud Abbas and drops the honorific from the mention', () => {
    const text = 'Palestinian leader Mahmoud Abbas arrived in Cairo. Mr Abbas said talks would resume.';
    const abbas = find(extractEntities(text), 'Mahmoud Abbas');
    assert.deepEqual(abbas.mentions.map((mention) => mention.text), ['Mahmoud Abbas', 'Abbas']);
    assert.ok(!names(text).includes('Palestinian'), 'demonyms are not entities');
  });

  it('reads long titles with connectors as roles', () => {
    const text = 'Hegseth was joined by Under Secretary for Acquisition and Sustainment Michael Duffy and Deputy Secretary Steve Feinberg.';
    const entities = extractEntities(text);
    assert.deepEqual(find(entities, 'Michael Duffy').roles, ['Under Secretary for Acquisition and Sustainment']);
    assert.deepEqual(find(entities, 'Steve Feinberg').roles, ['Deputy Secretary']);
  });

  it('treats "Secretary of Defense Pete Hegseth" as a role and a name', () => {
    const hegseth = find(extractEntities('U.S. military leaders, including Secretary of Defense Pete Hegseth, met with executives.'), 'Pete Hegseth');
    assert.deepEqual(hegseth.roles, ['Secretary of Defense']);
  });

  it('keeps roles written in lower case: an apposition, or a title before the name', () => {
    const entities = extractEntities('Emil Michael, the Pentagon’s chief technology officer and former Uber executive, spoke. Hegseth was joined by his chief spokesperson Sean Parnell, general counsel Earl Matthews, the Pentagon\'s top lawyer, and deputy director Ann Lee.');
    assert.deepEqual(find(entities, 'Emil Michael').roles, ['Pentagon’s chief technology officer']);
    assert.deepEqual(find(entities, 'Sean Parnell').roles, ['chief spokesperson']);
    assert.deepEqual(find(entities, 'Earl Matthews').roles, ["Pentagon's top lawyer"], 'an apposition wins over the title before the name');
    assert.deepEqual(find(entities, 'Ann Lee').roles, ['deputy director']);
  });

  it('strips possessives', () => {
    const anthropic = find(extractEntities("The dispute is over Anthropic's Claude model and Anthropic’s usage policy."), 'Anthropic');
    assert.deepEqual(anthropic.mentions.map((mention) => mention.text), ['Anthropic', 'Anthropic']);
  });

  it('links an acronym defined in parentheses, and an acronym made of the initials of a name', () => {
    const dod = find(extractEntities('The Department of Defense (DoD) has integrated Claude into its operations. DoD officials declined to comment.'), 'Department of Defense');
    assert.equal(dod.type, 'organization');
    assert.ok(dod.equivalents.includes('DoD'));
    assert.deepEqual(dod.mentions.map((mention) => mention.text), ['Department of Defense', 'DoD', 'DoD']);
    const dpa = find(extractEntities('Hegseth threatened to invoke the Defense Production Act. The DPA can be used to expedite production.'), 'Defense Production Act');
    assert.equal(dpa.type, 'other');
    assert.ok(dpa.aliases.includes('DPA'));
  });

  it('never takes a person’s initials, or a known short form of another name, for an acronym', () => {
    const text = '"Why target the airlines?" said Ulrich Schulte-Strathaus, secretary general of the Association of European Airlines. Some European and US companies are on the brink.';
    const entities = extractEntities(text);
    assert.deepEqual(find(entities, 'Ulrich Schulte-Strathaus').aliases, ['Ulrich Schulte-Strathaus']);
    assert.equal(find(entities, 'US').type, 'place');
    const union = find(extractEntities('Unilever Sales said prices would rise. Stocks in the US fell.'), 'US');
    assert.equal(union.mentions.length, 1, 'the US is not Unilever Sales');
  });

  it('types products, laws and events as "other"', () => {
    const entities = extractEntities('Elon Musk’s xAI signed a contract to bring its model, Grok, into classified settings. Portugal hosted Euro 2004.');
    assert.equal(find(entities, 'Grok').type, 'other');
    assert.equal(find(entities, 'Euro 2004').type, 'other');
    assert.equal(find(entities, 'xAI').type, 'organization');
    assert.equal(find(entities, 'Portugal').type, 'place');
  });

  it('keeps hyphenated and apostrophe names whole, and splits a pair of names joined by a hyphen', () => {
    assert.ok(names('Jean-Claude Juncker met Sinead O’Connor in Brussels.').includes('Jean-Claude Juncker'));
    const pair = names('Go deeper: Pentagon-Anthropic battle pushes other AI labs into major dilemma');
    assert.ok(pair.includes('Pentagon') && pair.includes('Anthropic'), pair.join(', '));
    assert.deepEqual(names('The Trump-Putin summit ended. Hewlett-Packard and Mercedes-Benz grew.').sort(), ['Hewlett-Packard', 'Mercedes-Benz', 'Putin', 'Trump']);
    const surname = extractEntities('Mark Lewis-Francis won. "It was hard," said Lewis-Francis. Sales fell in November-December.');
    assert.deepEqual(surname.map((entity) => `${entity.name}: ${entity.aliases.join(', ')}`), ['Mark Lewis-Francis: Mark Lewis-Francis, Lewis-Francis']);
    // The double-barrelled surname heading the article, at its very first character.
    const headline = extractEntities('Lewis-Francis turns to Christie\n\nMark Lewis-Francis has stepped up his preparations.');
    assert.ok(headline.some((entity) => entity.name === 'Mark Lewis-Francis' && entity.aliases.includes('Lewis-Francis')), headline.map((entity) => entity.name).join(', '));
  });

  it('ignores sentence-initial common words, weekdays, months and newsletter labels', () => {
    const found = names('Why it matters: Officials met on Tuesday in March. Cutting ties would require the Pentagon to find a replacement. Last July, officials met again.');
    assert.deepEqual(found, ['Pentagon']);
  });

  it('ignores weekdays in the plural ("on Tuesdays, Wednesdays and Thursdays")', () => {
    assert.deepEqual(names('The show will air on Tuesdays, Wednesdays and Thursdays on Radio 1.'), ['Radio 1']);
  });

  it('finds names at the start of a headline', () => {
    const found = names('Hegseth gives Anthropic CEO until Friday to back down in AI safeguards fight\n\nDefense Secretary Pete Hegseth gave Amodei a deadline.');
    assert.ok(found.includes('Pete Hegseth'));
    const hegseth = find(extractEntities('Hegseth gives Anthropic CEO until Friday\n\nDefense Secretary Pete Hegseth spoke.'), 'Pete Hegseth');
    assert.equal(hegseth.mentions[0].start, 0, 'the headline mention belongs to Pete Hegseth');
  });

  it('reports exact offsets: every mention is the text at its offsets', () => {
    const text = 'Home Secretary Charles Clarke told Parliament: "I will be asking Parliament to renew this legislation." Mr Clarke was speaking in London.';
    for (const entity of extractEntities(text)) {
      for (const mention of entity.mentions) assert.equal(text.slice(mention.start, mention.end), mention.text);
    }
  });
});
