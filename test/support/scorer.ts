import type { DocumentAnalysis } from '../../src/core/analysis/model';
import type { Gold } from './gold';

/**
 * Precision, recall and F1 of the analysis against gold annotations.
 *
 * Entities: a predicted entity is right when one of its names is one of a gold entity's forms
 * (case, dots and a leading "the" ignored); "typed" also requires the same type. Precision counts
 * predicted entities that match, recall gold entities that are found.
 *
 * Speakers: a gold quotation is found when a predicted quotation contains its text (or is
 * contained in it). The attribution is right when the predicted speaker's name, or one of its
 * entity's aliases, equals one of the gold alternatives, ignoring case and a leading article.
 * True positive: right speaker on a gold quotation that has one. False positive: any other
 * predicted speaker. False negative: a gold speaker not found.
 */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

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

export const EMPTY: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[’]/g, "'").replace(/['’]s$/, '').replace(/\./g, '').replace(/^(?:the|a|an|one)\s+/, '').replace(/\s+/g, ' ').trim();
}

export function scoreEntities(analysis: DocumentAnalysis, gold: Gold, typed: boolean): Score {
  const goldForms = gold.entities.map((entity) => ({ type: entity.type, forms: new Set(entity.forms.map(normalise)) }));
  const matches = (names: string[], type: string) => goldForms.findIndex((entity) => (!typed || entity.type === type) && names.some((name) => entity.forms.has(normalise(name))));
  const found = new Set<number>();
  let truePositives = 0;
  let falsePositives = 0;
  for (const entity of analysis.entities) {
    const index = matches([entity.name, ...entity.aliases], entity.type);
    if (index < 0) falsePositives++;
    else {
      truePositives++;
      found.add(index);
    }
  }
  return { truePositives, falsePositives, falseNegatives: gold.entities.length - found.size };
}

export function scoreSpeakers(analysis: DocumentAnalysis, gold: Gold): Score {
  const score = { ...EMPTY };
  const credited = new Set<number>();
  for (const expected of gold.quotes) {
    const needle = expected.text.toLowerCase();
    const index = analysis.quotes.findIndex((quote) => quote.text.toLowerCase().includes(needle) || (quote.text.length > 3 && needle.includes(quote.text.toLowerCase())));
    const predicted = index < 0 ? undefined : analysis.quotes[index];
    if (!expected.speaker) continue;
    const alternatives = expected.speaker.split('|').map(normalise);
    const speaker = predicted?.speaker;
    const names = speaker ? [speaker.name, ...(speaker.entity === null ? [] : analysis.entities[speaker.entity]?.aliases ?? [])] : [];
    if (speaker && names.some((name) => alternatives.includes(normalise(name)))) {
      score.truePositives++;
      credited.add(index);
    } else score.falseNegatives++;
  }
  score.falsePositives = analysis.quotes.filter((quote, index) => quote.speaker && !credited.has(index)).length;
  return score;
}
