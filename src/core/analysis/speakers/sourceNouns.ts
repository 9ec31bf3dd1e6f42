/**
 * Source nouns and groups in a speaker's phrase: which word of "the oil company official" is the
 * source's noun, counts and shares of a group ("43 of the franchise holders", "one of them"),
 * plurals of people or bodies ("the researchers", "campaigners"), a source that later gave a name,
 * "the former engineer" taking up the unnamed source introduced before, and signs and notices put
 * up where people pass, with whoever put them up.
 */
import { PUT_UP_PARTICIPLES, SOURCE_NOUNS } from '../cues';
import type { LocalEntity, Span, Speaker } from '../model';
import type { Attribution } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { nthWord, sentenceBefore } from './sentences';
import { sourceIntroducedBefore } from './unnamedSources';
import { IDENTIFIED_AS } from './sentenceSubjects';
import { SOURCE_TAKEN_UP_REACH } from './descriptions';
import { HOME_PLACE } from './titlesAndOffices';
import { ROLE_WORDS } from '../../text/lexicon';

/**
 * The source noun of a phrase: the first that is not a word of a name the analysis found ("the
 * Department for Transport", "A Department of Health and Social Care spokesperson"; but "the
 * Scottish Executive"), nor a possessor when another follows ("economist", not "bank's", in "the
 * bank's chief economist").
 */
export function sourceNounIndex(phrase: Span, named: ReadonlyArray<{ start: number; end: number }>, lowerWords: readonly string[], isSourceNoun: (word: string) => boolean): number {
  // Where a word is is needed only for a source noun after the first word of a phrase with names in it.
  const inName = (index: number) => {
    if (index === 0 || named.length === 0) return false;
    const at = nthWord(phrase, index)?.start;
    return at !== undefined && named.some((ref) => ref.start <= at && at < ref.end);
  };
  const candidates: number[] = [];
  lowerWords.forEach((word, index) => {
    // ("according to official figures": "official" before numbers is an adjective, no one.)
    if (isSourceNoun(word) && !inName(index) && !(word === 'official' && OFFICIAL_NUMBERS.has(lowerWords[index + 1] ?? ''))) candidates.push(index);
  });
  // "the charity's director": a possessive source noun owns the words after it; so does one that
  // qualifies a possessive ("the resident coordinator's office").
  const possessive = (index: number) => /['’]s$/.test(lowerWords[index] ?? '');
  return candidates.find((index) => !possessive(index) && !possessive(index + 1)) ?? candidates.find((index) => index === lowerWords.length - 1) ?? -1;
}

/** What official figures are called: "according to official data". */
const OFFICIAL_NUMBERS: ReadonlySet<string> = new Set(['figures', 'data', 'statistics', 'estimates', 'numbers', 'records', 'results', 'tallies', 'counts', 'forecasts', 'projections']);

/** "the government's main problems": a possessive inside a phrase, whose noun is the possessor's. */
export const POSSESSIVE_INSIDE = /['’]s\s/;

/**
 * "the agencies", "the researchers", "the residents": a plural of people or bodies. Not "the Tory
 * proposals" or "the government's main problems", things that speak for someone the text names.
 */
export function isPluralOfAgents(phrase: string, lastWord: string): boolean {
  if (/['’]s\s/.test(phrase)) return false;
  // "the two firms said": bodies counted, which no one person in focus is; nor are "the chiefs", the plural of a title.
  return PLURAL_AGENT.test(lastWord) || (lastWord.endsWith('s') && (COUNTED_PLURAL.test(phrase) || ROLE_WORDS.has(lastWord.slice(0, -1))));
}

/** "43" of "43 of the brand's 61 franchise holders": a count, which opens a source as "three" does. */
export const COUNT = /^\d{1,5}$/;
const COUNTED_PLURAL = /^[Tt]he\s+(?:two|three|four|five|both)\s/;

export const INDEFINITE_OPENING = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/;
export const SOME_OPENING = /^(?:[Ss]everal|[Ss]ome|[Mm]any)\s/;
export const HOLDER_OF_INDEFINITE = /^[Tt]he\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\s+(?:of|at)\s+(?:an?|one)\s/u;
export const ONE_OF_THEM = /^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Aa]nother|[Ee]ach|[Bb]oth)\s+of\s+them$/;
export const ONE_OF_THE_VOTES = /^(?:[Oo]ne|[Aa]nother)\s+of\s+the\s+(?:[\p{L}\d-]+\s+){0,3}(?:votes|voices|abstentions|ballots)$/u;
export const ONE_OF_MANY = /^(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal|[Mm]any|[Aa]nother)\s+of\s+(?:the|those|these|his|her|their|its)\s/;
export const PLURAL_AGENT = /\p{L}{3}(?:ers|ors|ists|ians|ants|ents|ies)$/u;

export const ONE_MORE = /^(?:another|others|the\s+other|a\s+(?:second|third|fourth))$/i;

/**
 * "a man in military fatigues who identified himself as Lieutenant Colonel Prince Zaykpah": the
 * person an unnamed source at `start` named itself as, if it did.
 */
export function nameSourceGave({ text, mentions, entities }: Context, start: number, length: number): MentionRef | undefined {
  const identified = IDENTIFIED_AS.exec(text.slice(start, start + length + IDENTIFIED_REACH));
  if (!identified) return undefined;
  const from = start + identified[0].length;
  return mentions.within(from, from + IDENTIFIED_REACH).find((ref) => entities[ref.key].type === 'person');
}
const IDENTIFIED_REACH = 60;

/** Nouns between two of a source's: "defence industry executive", "oil company official", "health service manager", "council finance officer", "customer success manager". */
export const QUALIFYING_NOUNS: ReadonlySet<string> = new Set(['industry', 'company', 'service', 'sector', 'ministry', 'government', 'party', 'union', 'council', 'state',
  'finance', 'planning', 'housing', 'health', 'press', 'communications', 'legal', 'policy', 'compliance', 'procurement', 'safety', 'education', 'transport', 'budget', 'tax', 'intelligence', 'security',
  'success', 'support', 'sales', 'marketing', 'operations', 'engineering', 'product']);

/** Nouns that end a compound after a source noun without being sources alone ("the manager" is someone named). */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set(['manager', 'managers', 'director', 'directors', 'supervisor', 'supervisors', 'coordinator', 'coordinators',
  'administrator', 'administrators', 'practitioner', 'practitioners', 'assistant', 'assistants', 'technician', 'technicians', 'specialist', 'specialists']);

/**
 * "the former engineer said", after "A former engineer at the company, who spoke on condition of
 * anonymity, said": a definite description that takes up an unnamed source introduced before; so
 * does one right after an unnamed source's quotation, whatever its noun ("One former member of the
 * Princess’s household … said the book was “unrecognisable”. “…,” the former aide said").
 */
export function pointsBackToSource({ text, previous }: Context, start: number, lowerWords: readonly string[]): boolean {
  const noun = lowerWords[lowerWords.length - 1];
  if (lowerWords[0] !== 'the' || !SOURCE_NOUNS.has(noun)) return false;
  if (previous?.speaker?.unnamed === true && start - previous.end < SOURCE_TAKEN_UP_REACH) return true;
  return new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'iu').test(text.slice(0, start));
}

/** "the broker", "the provider": the unnamed source of that noun just introduced speaking, taken up as written then. */
export function sourceOfNounJustIntroduced(context: Context, mention: Span, attribution: Attribution): Speaker | undefined {
  const introduced = sourceIntroducedBefore(context, mention.text, mention.start, true);
  return introduced && { name: introduced.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
}

/**
 * "A notice pinned to the door of …", "a printed notice on the school gate": a notice and where it
 * was put up (not "A notice on the firm's website", which its owner put out).
 */
export const POSTED_NOTICE = new RegExp(String.raw`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+)?notice\s+(?:(?:${PUT_UP_PARTICIPLES})\s+(?:to|on|in|at)|on|at|in|outside|over|next\s+to)\s(?!.*\b(?:website|site|page|blog|account|feed|app)\b)`, 'u');

/** "a notice pinned to the door", "notices taped on the windows": a notice put up where people pass. */
export const NOTICE_PUT_UP = new RegExp(String.raw`\bnotices?\s+(?:${PUT_UP_PARTICIPLES})\s+(?:to|on|in|at)\s`);
export const NOTICE_PUT_UP_REACH = 300;

/** The sign or notice opening the sentence before `offset`: "A hand-painted sign now hangs over the box office." */
export function signOpeningSentenceBefore(text: string, offset: number): Span | undefined {
  const sentence = sentenceBefore(text, offset);
  const sign = sentence ? SIGN_OPENING.exec(text.slice(sentence.from, sentence.to)) : null;
  if (!sentence || !sign?.indices) return undefined;
  const [start, end] = sign.indices[1];
  return { start: sentence.from + start, end: sentence.from + end, text: sign[1] };
}

const SIGN_OPENING = /^\s*((?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:sign|notice|banner|placard|poster|plaque))\s/du;

export const LEADS_GROUP = /^\s+and\s/;

/**
 * "Jógvan Reinert has put up his own signs along the road. They say simply: "…"": signs, posters or
 * banners a person named at the start of the sentence before put up speak as that person.
 */
export function personWhoPutUpSignsBefore({ text, mentions, entities }: Context, pronoun: Span): LocalEntity | undefined {
  if (!/^They\s+(?:say|read|said)\b/.test(text.slice(pronoun.start, pronoun.start + 12))) return undefined;
  const sentence = sentenceBefore(text, pronoun.start);
  const words = sentence && text.slice(sentence.from, sentence.to);
  if (!sentence || !words || !PUT_UP_SIGNS.test(words)) return undefined;
  const subject = mentions.startingAt(sentence.from + words.length - words.trimStart().length);
  return subject && entities[subject.key].type === 'person' ? entities[subject.key] : undefined;
}

/** "has put up his own signs", "had painted banners": a verb of making or putting up, then signs of one's own. */
const PUT_UP_SIGNS = /\b(?:put\s+up|erected|painted|made|hung|posted|written)\s+(?:his|her|their)\s+(?:own\s+)?(?:\p{Ll}+\s+)?(?:signs|posters|banners|placards|notices)\b/u;

/** "Campaigners", "A party of councillors from Nottingham": a plural, wherever the group is from. */
export function namesGroup(name: string): boolean {
  return /s$/i.test(name.replace(HOME_PLACE, ''));
}

/** A plural subject opening a sentence, before its verb: "His lawyers had", "Prosecutors argued", "The Tories said". */
export const PLURAL_SUBJECT = /^\s*((?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+)?(?:\p{L}\p{Ll}+\s+){0,2}?\p{L}\p{Ll}+s)\s+(?:had|have|were|are|said|say|\p{Ll}+ed)\b/u;
