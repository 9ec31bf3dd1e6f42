import type { DocumentAnalysis, LocalEntity, Quote } from '../../src/core/analysis/model';
import { Gold, goldMentions, goldQuoteSpan, GoldSpan } from './gold';

/**
 * Precision, recall and F1 of an analysis against gold annotations (test/fixtures/gold).
 *
 * Entities are paired one to one. A predicted entity can pair with a gold entity when its name
 * or one of its aliases is one of the gold entity's names (canonical name or forms, compared
 * normalised: case, dots, curly apostrophes, a possessive 's and a leading article ignored), or
 * when one of its mentions overlaps one of the gold entity's mentions (found from the forms).
 * Pairs are taken best first (a name match, then the most overlapping mentions). So an entity
 * the analysis splits in two ("Dario" and "Amodei" for one person) gives one true positive and
 * one false positive, and two gold entities merged into one give a false negative. The typed
 * score also requires the same type.
 *
 * Speakers: each gold quotation is paired with the predicted quotation that overlaps it most
 * (one to one). The attribution is right when the predicted speaker's name or one of its
 * entity's aliases, normalised as above, equals one of the gold alternatives, or any name of the
 * gold entity an alternative names; an unnamed source may leave out an aside the gold writes after
 * a comma (", who asked not to be named because …", ", a retired teacher from Manchester"), and the words saying why a source is unnamed
 * ("who was not authorised to speak publicly") may be there or not on either side. True positive:
 * a gold quotation with a speaker, attributed rightly. False negative: a gold speaker missed or wrong. False positive: every other predicted
 * quotation with a speaker (a wrong speaker, a speaker for a quotation nobody is quoted as saying,
 * or a speaker for words that are not a quotation).
 */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export const EMPTY: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

export function precision(score: Score): number {
  return ratio(score.truePositives, score.truePositives + score.falsePositives);
}

export function recall(score: Score): number {
  return ratio(score.truePositives, score.truePositives + score.falseNegatives);
}

export function f1(score: Score): number {
  const p = precision(score);
  const r = recall(score);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function add(a: Score, b: Score): Score {
  return { truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives, falseNegatives: a.falseNegatives + b.falseNegatives };
}

/** Nothing to find and nothing found is perfect, not undefined. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

/** A name as compared: "The Tories" = "Tories", "U.S." = "US", "Blair's" = "Blair". */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/\./g, '').replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

function overlaps(a: GoldSpan, b: GoldSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: GoldSpan, b: GoldSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Pairs predicted items with gold items one to one, strongest affinity first; affinity 0 never pairs. */
function pairOneToOne(predictedCount: number, goldCount: number, affinity: (predicted: number, gold: number) => number): Map<number, number> {
  const candidates: Array<{ predicted: number; gold: number; strength: number }> = [];
  for (let p = 0; p < predictedCount; p++) {
    for (let g = 0; g < goldCount; g++) {
      const strength = affinity(p, g);
      if (strength > 0) candidates.push({ predicted: p, gold: g, strength });
    }
  }
  candidates.sort((a, b) => b.strength - a.strength || a.predicted - b.predicted || a.gold - b.gold);
  const goldOfPredicted = new Map<number, number>();
  const pairedGold = new Set<number>();
  for (const { predicted, gold } of candidates) {
    if (goldOfPredicted.has(predicted) || pairedGold.has(gold)) continue;
    goldOfPredicted.set(predicted, gold);
    pairedGold.add(gold);
  }
  return goldOfPredicted;
}

/** A shared name outweighs any number of overlapping mentions. */
const NAME_MATCH = 1_000_000;

export function scoreEntities(analysis: DocumentAnalysis, gold: Gold, text: string, typed: boolean): Score {
  const goldNames = gold.entities.map((entity) => new Set([entity.name, ...entity.forms].map(normaliseName)));
  const mentionsOfGold = gold.entities.map((): GoldSpan[] => []);
  for (const mention of goldMentions(text, gold)) mentionsOfGold[mention.entity].push(mention);
  const affinity = (p: number, g: number) => {
    const predicted = analysis.entities[p];
    if (typed && predicted.type !== gold.entities[g].type) return 0;
    const sharesName = [predicted.name, ...predicted.aliases].some((name) => goldNames[g].has(normaliseName(name)));
    const sharedMentions = predicted.mentions.filter((mention) => mentionsOfGold[g].some((goldMention) => overlaps(mention, goldMention))).length;
    return (sharesName ? NAME_MATCH : 0) + sharedMentions;
  };
  const pairs = pairOneToOne(analysis.entities.length, gold.entities.length, affinity);
  return { truePositives: pairs.size, falsePositives: analysis.entities.length - pairs.size, falseNegatives: gold.entities.length - pairs.size };
}

export function scoreSpeakers(analysis: DocumentAnalysis, gold: Gold, text: string): Score {
  const spans = gold.quotes.map((quote) => goldQuoteSpan(text, quote));
  const pairs = pairOneToOne(analysis.quotes.length, gold.quotes.length, (p, g) => {
    const span = spans[g];
    return span ? overlapLength(analysis.quotes[p], span) : 0;
  });
  let truePositives = 0;
  analysis.quotes.forEach((quote, p) => {
    const g = pairs.get(p);
    const expected = g === undefined ? null : gold.quotes[g].speaker;
    if (expected !== null && isRightSpeaker(quote, analysis.entities, expected, gold)) truePositives++;
  });
  const goldSpeakers = gold.quotes.filter((quote) => quote.speaker !== null).length;
  const predictedSpeakers = analysis.quotes.filter((quote) => quote.speaker !== null).length;
  return { truePositives, falsePositives: predictedSpeakers - truePositives, falseNegatives: goldSpeakers - truePositives };
}

/**
 * An unnamed source without the aside a comma sets off: "one official, who asked not to be named
 * because the talks were private" is "one official", and "one reader, a retired teacher from
 * Manchester" is "one reader". Sources are kept as written but their anonymity reasons and
 * descriptions after a comma are not part of who speaks, and some gold files write them in.
 */
const ASIDE_AFTER_SOURCE = /,\s+(?:who|whose|which|speaking|citing|because|as|on condition|requesting|asking|declining|an?)\b.*$/i;

/**
 * Why a source goes unnamed is not who the source is, and writers and annotators keep or drop it
 * alike: "a senior FAA official who was not authorized to speak publicly" and "a senior FAA
 * official" name the same source, on either side of the comparison; so does one who "spoke to
 * IranWire on condition of anonymity", "did not give his name" (or "did not want to give her name") or "preferred to keep his name confidential".
 */
const ANONYMITY_CLAUSE = /,?\s+(?:who\s+(?:also\s+)?)?(?:(?:(?:was|were|is|are)\s+)?not\s+authori[sz]ed|(?:asked|declined|did not want|requested)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|requested\s+anonymity|asked\s+that\s+(?:his|her|their)\s+name\s+not\s+be\s+(?:used|published|printed|given)|(?:spoke|speaking|briefed reporters)\s+(?:to\s+(?:\S+\s+){1,3})?on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:did not|would not|declined to)(?:\s+(?:want|wish)\s+to)?\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name|preferred\s+(?:not\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+name)|to\s+(?:remain\s+anonymous|keep\s+(?:his|her|their)\s+name\s+(?:confidential|private|secret))))\b.*$/i;

function withoutAnonymity(normalisedName: string): string {
  return normalisedName.replace(ANONYMITY_CLAUSE, '');
}

/** The names a gold speaker may be given: each alternative, and every name of a gold entity it names. */
function acceptedNames(alternatives: string, gold: Gold): Set<string> {
  const accepted = new Set<string>();
  for (const alternative of alternatives.split('|').map(normaliseName)) {
    accepted.add(alternative);
    accepted.add(alternative.replace(ASIDE_AFTER_SOURCE, ''));
    accepted.add(withoutAnonymity(alternative));
    const entity = gold.entities.find((candidate) => [candidate.name, ...candidate.forms].some((name) => normaliseName(name) === alternative));
    for (const name of entity ? [entity.name, ...entity.forms] : []) accepted.add(normaliseName(name));
  }
  return accepted;
}

function isRightSpeaker(quote: Quote, entities: readonly LocalEntity[], alternatives: string, gold: Gold): boolean {
  const speaker = quote.speaker;
  if (!speaker) return false;
  const accepted = acceptedNames(alternatives, gold);
  const names = [speaker.name, ...(speaker.entity === null ? [] : entities[speaker.entity]?.aliases ?? [])];
  return names.map(normaliseName).some((name) => accepted.has(name) || accepted.has(withoutAnonymity(name)));
}
