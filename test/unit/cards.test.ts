import * as assert from 'node:assert/strict';
import type { Quote, Span, Speaker } from '../../src/core/analysis/model';
import { CardContext, describeAttribution, renderEntityCard, renderQuoteCard, snippet } from '../../src/core/cards/cards';
import { escapeMarkdown } from '../../src/core/cards/markdown';
import type { IndexedEntity } from '../../src/core/index/crossSourceIndex';

const texts: Record<string, string> = {
  'a.txt': 'Defense Secretary Pete Hegseth gave Anthropic CEO Dario Amodei until Friday evening.',
  'b.txt': 'U.S. military leaders, including Secretary of Defense Pete Hegseth, met with executives.',
  'c.txt': 'During the meeting, Hegseth delivered an ultimatum.',
  'evil.txt': 'Pete Hegseth [run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `tick` **bold**',
};

function mentionOf(docId: string, name: string): Span {
  const start = texts[docId].indexOf(name);
  return { start, end: start + name.length, text: name };
}

const hegsethSpeaker: Speaker = { name: 'Pete Hegseth', entity: 0, mention: { start: 45, end: 52, text: 'Hegseth' }, unnamed: false, organization: null, method: 'cue-after', cue: 'said' };
const quote: Quote = { start: 10, end: 40, text: 'We will not back down [now](command:evil)', speaker: hegsethSpeaker };

function hegseth(docIds: string[]): IndexedEntity {
  return {
    id: 'pete-hegseth', name: 'Pete Hegseth', type: 'person',
    aliases: ['Hegseth', 'Pete Hegseth'], roles: ['Defense Secretary', 'Secretary of Defense'],
    documents: new Map(docIds.map((docId) => [docId, {
      localKey: 0,
      mentions: [mentionOf(docId, docId === 'c.txt' ? 'Hegseth' : 'Pete Hegseth')],
      quotes: docId === 'b.txt' ? [quote] : [],
    }])),
  };
}

const context: CardContext = {
  limits: { maxSources: 2, maxQuotes: 1 },
  link: ({ docId, offset }) => `command:marginalia.openLocation?${encodeURIComponent(JSON.stringify([docId, offset]))}`,
  textOf: (docId) => texts[docId],
  labelOf: (docId) => docId,
};

describe('hover cards', () => {
  it('names the entity, its type, roles and aliases', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt', 'b.txt']), docId: 'a.txt', notes: [] }, context);
    assert.match(card, /^\*\*Pete Hegseth\*\* · person/);
    assert.match(card, /_Defense Secretary · Secretary of Defense_/);
    assert.match(card, /Also: Hegseth/);
  });

  it('lists other articles, not the current one, with emphasised snippets and links', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt', 'b.txt']), docId: 'a.txt', notes: [] }, context);
    assert.match(card, /\*\*In other sources\*\* \(1 article\)/);
    assert.match(card, /\[b\\\.txt\]\(command:marginalia\.openLocation\?/);
    assert.ok(!card.includes('[a\\.txt]'), 'the current article is not another source');
    assert.match(card, /Secretary of Defense \*\*Pete Hegseth\*\*\\, met/);
    assert.match(card, /> “We will not back down \\\[now\\\]\\\(command\\:evil\\\)”/);
  });

  it('caps long lists with "and n more"', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt', 'b.txt', 'c.txt', 'evil.txt']), docId: 'a.txt', notes: [] }, context);
    assert.match(card, /\(3 articles\)/);
    assert.match(card, /_…and 1 more_/);
  });

  it('says so when no other article mentions the name', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt']), docId: 'a.txt', notes: [] }, context);
    assert.match(card, /No other article in the workspace mentions this name/);
  });

  it('shows the user’s notes, escaped', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt']), docId: 'a.txt', notes: ['Check *this* <b>claim</b>'] }, context);
    assert.match(card, /\*\*Your notes\*\*\n\n- Check \\\*this\\\* \\<b\\>claim\\<\\\/b\\>/);
  });

  it('keeps hostile article text inert: no live links, HTML or code spans from the file', () => {
    const card = renderEntityCard({ entity: hegseth(['a.txt', 'evil.txt']), docId: 'a.txt', notes: [] }, context);
    const liveTargets = [...card.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((match) => match[1]);
    assert.ok(liveTargets.length > 0);
    for (const target of liveTargets) assert.match(target, /^command:marginalia\.openLocation\?/);
    assert.ok(!/(?<!\\)<img/.test(card));
    assert.ok(!/(?<!\\)`tick/.test(card));
    assert.ok(card.includes('\\[run\\]\\(command\\:workbench'));
  });

  it('describes a quotation’s speaker and attribution, and links the speaker’s other quotes', () => {
    const entity = hegseth(['a.txt', 'b.txt']);
    const own: Quote = { ...quote, start: 0, end: 5, text: 'Hello' };
    const card = renderQuoteCard({ quote: own, docId: 'a.txt', speakerEntity: entity }, context);
    assert.match(card, /\*\*Speaker:\*\* Pete Hegseth/);
    assert.match(card, /Attributed by “said” after the quote\\, to “Hegseth”/);
    assert.match(card, /\*\*Other quotes by Pete Hegseth\*\* \(1\)/);
  });

  it('marks unnamed sources and explains pronoun, continuation and repeated-words attributions', () => {
    const unnamed: Quote = { ...quote, speaker: { name: 'a senior Defense official', entity: null, mention: { start: 0, end: 25, text: 'A senior Defense official' }, unnamed: true, organization: null, method: 'cue-before', cue: 'said' } };
    assert.match(renderQuoteCard({ quote: unnamed, docId: 'a.txt', speakerEntity: undefined }, context), /\(unnamed source\)/);
    assert.match(describeAttribution({ ...hegsethSpeaker, method: 'pronoun', cue: 'added', mention: { start: 0, end: 2, text: 'he' } }), /pronoun “he”, resolved to Pete Hegseth/);
    assert.match(describeAttribution({ ...hegsethSpeaker, method: 'continuation', cue: null }), /continues the previous quote by Pete Hegseth/);
    assert.match(describeAttribution({ ...hegsethSpeaker, method: 'repeated', cue: null }), /repeats words quoted from Pete Hegseth elsewhere/);
  });

  it('escapes every markdown-significant character and flattens newlines', () => {
    assert.equal(escapeMarkdown('a*b_c\n[d](e) <f> `g` #h |i| ~j~ !k'), 'a\\*b\\_c \\[d\\]\\(e\\) \\<f\\> \\`g\\` \\#h \\|i\\| \\~j\\~ \\!k');
  });

  it('cuts snippets at word boundaries with ellipses', () => {
    const text = `${'word '.repeat(30)}Pete Hegseth${' more'.repeat(30)}`;
    const start = text.indexOf('Pete');
    const result = snippet(text, { start, end: start + 12, text: 'Pete Hegseth' });
    assert.match(result, /^…word/);
    assert.match(result, /\*\*Pete Hegseth\*\* more/);
    assert.match(result, /more…$/);
  });
});
