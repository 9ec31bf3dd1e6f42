/**
 * Unnamed sources as the article introduces them: the words kept as the source's name ("a senior
 * Defense official", "a spokesman for Ofcom"), up to its noun and the body or person it speaks for
 * or works at, how and where "the official" was introduced before, the unnamed subject of the
 * sentence before ("One producer from central Minnesota, who asked that his name not be used, put
 * the problem more bluntly"), whether a source asked not to be named, and whether it is a person,
 * who can be "he" or "she".
 */
import { ANONYMITY_ASIDE, ANONYMITY_REASON, CUE_VERBS, DOCUMENT_NOUNS, MEDIA_NOUNS, PRONOUNS, SOURCE_DOING_PARTICIPLE, SOURCE_QUALIFIER, TOLD_BEFORE } from '../cues';
import type { EntityType, Span, Speaker } from '../model';
import { hasMoreWordsThan, sentenceStart } from './sentenceBounds';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { allMatches, sentenceBeforeQuotingOrNot } from './sentences';
import { organizationInFocus } from './organizationsInFocus';
import { isPersonNounEnding, PERSON_SOURCE, PERSON_SUFFIX } from './personNouns';
import { OPENING_DETERMINER } from './writings';
import { DEMONYMS, FUNCTION_WORDS, KIN_NOUNS, ORG_HEAD_WORDS, ORG_INTRODUCERS, PLACE_HEADS, ROLE_WORDS } from '../../text/lexicon';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { isPossessiveAt } from '../../text/words';

/** " mason" before ", who": a lower-case noun that ends the calling a source noun opens, before its relative clause. */
const SECOND_NOUN_OF_CALLING = /^ (?!(?:yesterday|today|tonight|also|later|earlier|then|now|here|there|himself|herself)\b)\p{Ll}{3,}(?<!ly|ing|ed)(?=,\s+who\b)/u;

/** Whether a name opens the clause from `start`: after nothing but "the", or the title it holds. */
export function opensClause(context: Context, start: number, ref: MentionRef): boolean {
  const opening = context.text.slice(start, ref.start);
  const entity = context.entities[ref.key];
  return OPENING_DETERMINER.test(opening) || (entity.type === 'person' && entity.roles.includes(opening.trim()));
}

/**
 * An introduction cut inside a name, at a comma the name holds ("A spokesperson for Norway's
 * Ministry of Trade, Industry and Fisheries"), runs to the name's end.
 */
export function withWholeName<T extends { text: string; start: number } | undefined>(context: Context, introduced: T): T {
  if (!introduced) return introduced;
  const end = introduced.start + introduced.text.length;
  const cut = context.mentions.lastBefore(end, (ref) => ref.end > end, 3);
  return cut ? { ...introduced, text: context.text.slice(introduced.start, cut.end) } : introduced;
}

/**
 * How the article introduced the unnamed source that "the official", "the lawmaker" or "the former
 * executive" takes up: the last "a senior INDECI official", "one senior lawmaker", "a former Kinora
 * executive" before, within a few paragraphs, with every word the description adds to its noun.
 * A noun that may name a body ("broker", "firm") takes up a source only unnamed for a reason,
 * unless `bodyMaySpeak`, when any that spoke will do.
 */
export function sourceIntroducedBefore({ text, mentions, entities }: Context, description: string, before: number, bodyMaySpeak = false): { text: string; start: number } | undefined {
  const definite = DEFINITE_DESCRIPTION.exec(description);
  if (!definite) return undefined;
  const [, noun] = definite;
  const modifiers = description.split(/\s+/).slice(1, -1);
  const window = text.slice(Math.max(0, before - SOURCE_REACH), before);
  // Any noun is a source's when it asked not to be named ("One senior player, speaking on condition
  // of anonymity"), and "the person" or "the source" may take up a source of any noun that did ("One
  // former loan officer, who asked not to be named"). A noun that is no body's is a source's too
  // when a verb of speech follows it ("A second deputy said morale had been low").
  const isBodyNoun = ORG_INTRODUCERS.has(noun) || ORG_HEAD_WORDS.has(noun) || DOCUMENT_NOUNS.has(noun) || MEDIA_NOUNS.has(noun);
  const anonymous = isBodyNoun && !bodyMaySpeak ? ANONYMOUS_SOURCE_AFTER_NOUN : SPEAKING_SOURCE_AFTER_NOUN;
  const isPersonNoun = PERSON_SOURCE.test(noun) || SOURCE_PERSON_NOUNS.test(noun) || (PERSON_SUFFIX.test(noun) && !isBodyNoun);
  const generic = noun === 'person' || noun === 'source';
  // Most descriptions take up no source: a look for the noun after "a", "an", "one" or "another"
  // spares building the pattern, whose search starts where such a use of the noun does.
  const searchFrom = generic ? 0 : introductionSearchStart(window, noun);
  if (searchFrom === undefined) return undefined;
  // A noun of no person introduces a source only where it is said to be anonymous or to speak. That
  // is looked for after each use of the noun first, by one pattern for all nouns, as few uses are:
  // the introduction's pattern, long and built for each noun, costs most on its first uses, when it
  // is compiled, and most nouns come up in few articles.
  if (!generic && !isPersonNoun && !isFollowedBy(window, noun, searchFrom, anonymous.sticky)) return undefined;
  // Any noun but a pronoun: "wouldn't understand a word she said" introduces no one.
  const introducedNoun = generic ? String.raw`(?:${noun}|(?!(?:he|she|it|we|they|you)\b)[\p{Ll}-]+${anonymous.source})` : isPersonNoun ? noun : `${noun}${anonymous.source}`;
  // With whom it speaks for or what it knows: "A spokesman for the Home Office said", "A person familiar with the negotiations said".
  const introductions = allMatches(introductionPattern(introducedNoun), window, searchFrom);
  // Only a source that spoke: "One senior lawmaker, who …, said the bill has the votes", "according
  // to one person familiar with the matter"; or that asked not to be named, as only sources do ("A
  // former Halyard employee, who asked not to be named …, offered a different picture"). Not one
  // only mentioned since ("The Israeli side … included an official from the Defense Ministry").
  const offset = before - window.length;
  const spoke = (introduction: RegExpExecArray) => SPOKE_AFTER.test(window.slice(introduction.index + introduction[0].length))
    || /\baccording\s+to\s+$/i.test(window.slice(Math.max(0, introduction.index - 16), introduction.index))
    || asksAnonymity(text, offset + introduction.index + introduction[0].length);
  // A noun a verb takes as its object is no one introduced ("…, who asked not to be named because
  // they were still negotiating a settlement, told The Times").
  const opensClause = (introduction: RegExpExecArray) => !generic || CLAUSE_OPENING_BEFORE.test(window.slice(Math.max(0, introduction.index - 20), introduction.index));
  // ("…they have a mayor who is not going to panic, change course …" is someone's words, no source introduced.)
  // Nor one in apposition to a name, which describes that person ("Shilan Jalal Ahmed, a secondary school teacher …, said").
  const describesNamed = (introduction: RegExpExecArray) => mentions.lastBefore(offset + introduction.index, (ref) => text.slice(ref.end, offset + introduction.index) === ', ' && entities[ref.key].type === 'person', 2) !== undefined;
  const last = introductions.findLast((introduction) => modifiers.every((modifier) => introduction[0].split(/\s+/).includes(modifier)) && opensClause(introduction) && spoke(introduction)
    && !mentions.isQuoted(offset + introduction.index) && !describesNamed(introduction));
  if (!last) return undefined;
  // "One council member who voted yes, speaking on condition of anonymity, said": with what else says
  // who it is, but not why it is unnamed ("who left this year and requested anonymity").
  const rest = window.slice(last.index + last[0].length);
  const qualifier = SOURCE_QUALIFIER.exec(rest)?.[0].trimEnd() ?? '';
  const restrictive = (RESTRICTIVE_REASON.exec(rest) ?? (NEW_SOURCE_OPENING.test(last[0]) ? RESTRICTIVE_RELATIVE.exec(rest) : null))?.[0].trimEnd() ?? '';
  return { text: last[0] + (UNNAMED_BECAUSE.test(qualifier) ? '' : qualifier || restrictive), start: offset + last.index };
}

/** Whether the sticky `pattern` matches right after some use of `word` in `text` from `from` on. */
function isFollowedBy(text: string, word: string, from: number, pattern: RegExp): boolean {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    pattern.lastIndex = at + word.length;
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Where a clause opens: the text's or a sentence's start, a comma, a colon, a bullet or a conjunction. */
const CLAUSE_OPENING_BEFORE = /(?:^|[.!?:;,•–—-]["”]?\s+|\n\s*|\b(?:and|but|while|as|according\s+to)\s+)$/i;

/**
 * "A senior Ofcom official who was not authorized to speak publicly": a reason for anonymity with
 * no comma before it is a restrictive clause, part of how the article names the source, as
 * annotators write it; set off by commas ("One person, who asked not to be named, said") it is not.
 */
const RESTRICTIVE_REACH = 120;
// "who asked not to be named because he was not authorised to speak to the press": a reason given
// for the reason runs to the verb of speech, past the "was" that would otherwise end it; a verb in
// the past tense ends it too ("…who was not authorized to speak publicly defended the decision"),
// but not a participle ("asked not to be named").
const RESTRICTIVE_REASON = new RegExp(String.raw`^\s+who\s+(?:${ANONYMITY_REASON.source})[^,.;:!?"“”]*?(?:\s+because\b(?:(?!\s+(?:said|says|told|added|wrote)\b)[^,.;:!?"“”])*)?(?=\s+(?:${['said', 'says', 'told', 'added', 'wrote', 'was', 'were', 'put', 'called', 'described', 'confirmed', 'warned', 'went', 'goes'].join('|')})\b|(?<!\b(?:be|been|being|not))\s+[a-z]+ed\b|\s*[.;,]|\s*$)`);

/**
 * "A former contractor who ran leak surveys for Monongah Ridge said": a restrictive clause running
 * to the verb of speech is part of how the article names a new source, as annotators write it;
 * its reason for anonymity, joined by "and" ("… orchards and asked not to be named", "… and who
 * asked that his name not be published"), is not.
 */
const RESTRICTIVE_RELATIVE = /^\s+who\s+[^,.;:!?"“”]{1,100}?(?=\s+(?:said|says|told|added|wrote)\b|\s+and\s+(?:who\s+)?(?:asked|requested|spoke|declined)\s)/;
/** How a new source is introduced: "A", "An", "One" or "Another". */
const NEW_SOURCE_OPENING = /^(?:an?|one|another)\s/i;

/** Words of why a source is unnamed, which are no part of its name. */
const UNNAMED_BECAUSE = /\b(?:anonymity|named|identified|authori[sz]ed)\b/;

/**
 * Where an introduction of a source by `noun` may start in `window`: the words of one up to its noun
 * hold "a", "an", "one" or "another" and no comma, colon, bracket or quotation mark, so no
 * introduction starts before the run of words of the first use of the noun with such a word before
 * it (undefined when there is none).
 */
function introductionSearchStart(window: string, noun: string): number | undefined {
  for (let at = window.indexOf(noun); at >= 0; at = window.indexOf(noun, at + 1)) {
    let runStart = at;
    while (runStart > 0 && !WORDS_RUN_BREAKS.has(window[runStart - 1])) runStart--;
    if (INDEFINITE_WORD.test(window.slice(runStart, at))) return runStart;
  }
  return undefined;
}

const WORDS_RUN_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '"', '“', '”', '!', '?']);
const INDEFINITE_WORD = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/;

/** How a source may be introduced, for a noun's pattern (see `sourceIntroducedBefore`), built once per noun. */
function introductionPattern(introducedNoun: string): RegExp {
  let pattern = INTRODUCTION_PATTERNS.get(introducedNoun);
  if (!pattern) {
    // Nouns come from the articles: the cache is emptied rather than left to grow without bound.
    if (INTRODUCTION_PATTERNS.size >= MAX_INTRODUCTION_PATTERNS) INTRODUCTION_PATTERNS.clear();
    // "One of the wounded officers" introduces "the officer" as well as "One wounded officer" does;
    // so does "A Department of Health and Social Care spokesperson", past a body's whole name.
    // ("a project the mayor described as" introduces no mayor: a determiner ends the source's words, but for "one of the people".)
    // ("A Brennecke & Kaye partner": a firm's ampersand is one of its words; "a study that researchers say" introduces no researcher.)
    // ("quoted an unnamed executive at Euronext as saying": the "as" of the quoting is not the body's.)
    pattern = new RegExp(`\\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:(?:(?:(?!(?:the|its|his|her|their|that|which|who|whose)\\s)|(?<=\\bof\\s))[\\p{L}\\p{N}&-]+\\s+|${DOTTED_ACRONYM}\\s+){0,3}?|${BODY_NAME_MODIFIER})${introducedNoun}|[Oo]ne\\s+of\\s+(?:the|its|their|his|her|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${introducedNoun})s)\\b(?:\\s+(?:for|at|of|from|in|to|with|on(?!\\s+(?:condition|background)\\b)|familiar\\s+with|close\\s+to|briefed\\s+(?:on|by)|(?:not\\s+)?involved\\s+(?:in|with))\\s+(?:[^,.;:"“”]|${INITIAL_STOP}){1,100}?(?=[,;]|\\.(?<!${INITIAL_STOP})|\\s+(?:as\\s+)?(?:${MANNER_ADVERBS}\\s+)?(?:who|declined|refused|${SPEECH_VERBS})\\b))?`, 'gu');
    INTRODUCTION_PATTERNS.set(introducedNoun, pattern);
  }
  return pattern;
}

/** "U.S." of "A U.S. official": a dotted acronym among a source's modifiers. */
const DOTTED_ACRONYM = String.raw`(?:\p{Lu}\.){2,3}`;
/** A body's name of capitalised words joined by "of", "and", "for" or "the", before a source's noun. */
const BODY_NAME_MODIFIER = String.raw`(?:\p{Lu}[\p{L}\p{N}'’&-]*\s+(?:(?:of|and|for|the)\s+){0,2}){3,8}?`;
const INTRODUCTION_PATTERNS = new Map<string, RegExp>();
const MAX_INTRODUCTION_PATTERNS = 500;

/** "the official", "the former executive": "the", up to two words in lower case, and a noun. */
const DEFINITE_DESCRIPTION = /^(?:[Tt]he|[Tt]hat|[Tt]hose)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)$/u;
/**
 * Nouns of people who may be unnamed sources ("the leader said" after "a senior RND leader, who
 * declined to be named, said"), besides `PERSON_SOURCE`'s, which "he" and "she" also take up.
 */
const SOURCE_PERSON_NOUNS = /^(?:lawmaker|legislator|leader|supervisor|administrator|midwife)$/;
/** The full stop of an initial, as in "U.S.": no sentence ends there. */
const INITIAL_STOP = String.raw`(?<=(?:^|[\s.])\p{Lu})\.`;
/** The verbs that make the words before them a source that spoke. */
/** How a source spoke, between it and its verb ("A rep for the singer flatly denied"); not any word in -ly ("close to the family said"). */
const MANNER_ADVERBS = '(?:flatly|firmly|strongly|sharply|publicly|privately|repeatedly|also|later)';
const SPEECH_VERBS = 'said|says|told|tells|added|adds|argued|argues|warned|warns|described|explained|explains|recalled|recalls|insisted|insists|claimed|claims|acknowledged|admitted|admits|confirmed|wrote|writes|disputed|denied|rejected|dismissed|countered|conceded|noted|suggested|saying|was (?:blunter|less guarded|more candid)';
/** A verb of speech later in the sentence, past the full stops of initials ("at a large U.S. bank, …, said"). */
const SPOKE_AFTER = new RegExp(String.raw`^(?:[^.!?]|${INITIAL_STOP})*?\b(?:${SPEECH_VERBS})\b`, 'u');

const SOURCE_REACH = 1500;

/**
 * The unnamed source's own words: up to its noun, plus the organisation it speaks for ("a
 * spokesman for Sony") and a qualifier such as "familiar with the matter".
 */
const BASED_BODY = /^-based\s+(\p{Ll}+)/u;

/**
 * The organisation named after a few lower-case words from `from`, ending the phrase at `limit`:
 * "motoring campaign group DriveFair UK"; a nationality may open them ("Australian packaging maker
 * Corrowa Packaging").
 */
function bodyAfterDescription(context: Context, from: number, limit: number): MentionRef | undefined {
  const description = DESCRIPTION_WORDS.exec(context.text.slice(from, limit));
  const nationality = description?.[1];
  if (nationality !== undefined && !DEMONYMS.has(nationality.toLowerCase())) return undefined;
  const body = description ? bodyStartingAt(context, from + description[0].length) : undefined;
  return body && context.entities[body.key].type === 'organization' && (body.end === limit || TIME_OF_SAYING.test(context.text.slice(body.end, limit))) ? body : undefined;
}

/** "… Corrowa Packaging on Thursday unanimously rejected": when the subject acted, not who it is. */
const TIME_OF_SAYING = /^\s+(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night)(?:\s+\p{Ll}+ly)?\s*$/u;

const DESCRIPTION_WORDS = /^(?:(\p{Lu}\p{Ll}+)\s+)?(?:\p{Ll}+(?:['’]s)?\s+){1,4}/u;

/** Writings put up for passers-by to read, which speak as written: "A banner already tied to the hospital fence reads". */
export const SIGN_NOUNS: ReadonlySet<string> = new Set(['sign', 'signs', 'placard', 'placards', 'banner', 'banners', 'poster', 'posters', 'plaque', 'inscription', 'bedsheet']);

/** " by the workers" ending a sign's description: who put it up. */
const SIGN_MAKER = /\sby\s+((?:the|its|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?)$/du;

export function unnamedSourceSpan(context: Context, phrase: Span, nounIndex: number): Span & { organization?: number } {
  const { text, entities } = context;
  const words = [...phrase.text.matchAll(/\S+/g)];
  const noun = words[nounIndex];
  // "A handwritten sign taped to the shelter read:": a sign is named by where it hangs, all of it as
  // written, unless the words say who put it up ("A bedsheet hung on the fence by the workers").
  if (SIGN_NOUNS.has(noun[0].toLowerCase())) {
    const maker = SIGN_MAKER.exec(phrase.text);
    return maker?.indices ? { start: phrase.start + maker.indices[1][0], end: phrase.end, text: maker[1] } : { start: phrase.start, end: phrase.end, text: phrase.text };
  }
  let end = phrase.start + noun.index + noun[0].replace(/[,]$/, '').length;
  // ("A Swanage banker mason, who asked not to be named": a second noun of the calling goes with the first.)
  end += SECOND_NOUN_OF_CALLING.exec(text.slice(end, end + 24))?.[0].length ?? 0;
  let organization: number | undefined;
  const preposition = /^\s+(?:for|at|of|from|with|within|to|by|in|on(?!\s+(?:condition|background)\b))\s+(?:the\s+)?/i.exec(text.slice(end, end + 12));
  // ("One gun shop owner in the Scottish Borders": past a demonym the name leaves out.)
  const speaksFor = preposition && (bodyStartingAt(context, end + preposition[0].length) ?? bodyPastDemonym(context, end + preposition[0].length));
  const placed = speaksFor && preposition[0].trim().toLowerCase().startsWith('in') && entities[speaksFor.key].type === 'place';
  const describedBody = preposition && !speaksFor ? /^(?:company|firm|group|agency|department|ministry|bank|airline|carrier)\b(?!['’])/.exec(text.slice(end + preposition[0].length, end + preposition[0].length + 12)) : null;
  // "A spokesperson for Euro 2028", "A spokesperson for Birmingham Airport": who speaks for an event,
  // a product or a place speaks for whoever runs it.
  // "a spokesman for the Stockport-based company": a place opening the description says where the body is.
  const basedBody = speaksFor && entities[speaksFor.key].type === 'place' ? BASED_BODY.exec(text.slice(speaksFor.end, phrase.end)) : null;
  // "A spokesperson for Germany-based Aurelion Polymers": where the body is, then its name.
  const basedNamed = speaksFor && !basedBody && entities[speaksFor.key].type === 'place' && text.startsWith('-based ', speaksFor.end) ? bodyStartingAt(context, speaksFor.end + '-based '.length) : undefined;
  // "A senior official in the Cyclone Recovery Unit", "a nurse at Heathrow": a unit, an event or a place the source is at.
  const forBody = !basedBody && speaksFor && (entities[speaksFor.key].type === 'organization' || (entities[speaksFor.key].type !== 'person' && /^\s+(?:for|at|in)\s/i.test(preposition[0])));
  // "A spokesman for motoring campaign group DriveFair UK": a description of the body before its name.
  const describedThenNamed = preposition && !speaksFor ? bodyAfterDescription(context, end + preposition[0].length, phrase.end) : undefined;
  // "Analysts at Santiago brokerage Puerto Alto Capital": where the body is, its kind, then its name.
  const placedBody = speaksFor && entities[speaksFor.key].type === 'place' && /^\s+at\s/i.test(preposition[0]) ? bodyAfterDescription(context, speaksFor.end + 1, phrase.end) : undefined;
  const personEnd = preposition && !forBody && !describedBody ? personSpokenFor(context, end) : undefined;
  // "A spokesperson for Indigenous Services Minister Pascale Nyberg": a minister named with the
  // department's words, whom the source speaks for.
  const ministerEnd = speaksFor && entities[speaksFor.key].type !== 'person' ? personSpokenFor(context, end) : undefined;
  // "One lineman working in Linn County", "a trader based in Lagos": where the source works, as written.
  const workedIn = preposition ? null : WORKED_IN.exec(text.slice(end, end + 20));
  const workPlace = workedIn ? bodyStartingAt(context, end + workedIn[0].length) : undefined;
  if (workPlace && entities[workPlace.key].type === 'place' && workPlace.end <= phrase.end) {
    end = workPlace.end;
  } else if (ministerEnd !== undefined && speaksFor && ministerEnd > speaksFor.end) {
    end = ministerEnd;
    if (entities[speaksFor.key].type === 'organization') organization = speaksFor.key;
  } else if (placedBody) {
    end = placedBody.end;
    organization = placedBody.key;
  } else if (placed) {
    // "A Western diplomat in Monrovia": where the source is, as written; "A NEMA official in the
    // North Central zonal office": with the noun the place's name qualifies.
    end = isNounAfterName(text, speaksFor.end, phrase.end) ? phrase.end : Math.min(speaksFor.end, phrase.end);
  } else if (basedNamed && entities[basedNamed.key].type === 'organization') {
    end = basedNamed.end;
    organization = basedNamed.key;
  } else if (basedBody && speaksFor) {
    end = speaksFor.end + basedBody[0].length;
    organization = organizationInFocus(context, phrase.start, basedBody[1])?.key;
  } else if (describedThenNamed) {
    end = describedThenNamed.end;
    organization = describedThenNamed.key;
  } else if (forBody) {
    // "A nurse at Bayridge's flagship hospital in Columbus", "one controller at the Nashville
    // tower": a place of the body's, as written.
    // "A spokesperson for the NSW Minister for Aboriginal Affairs": the office of the state or body, as written.
    const ofTheBody = isPossessiveAt(text, speaksFor.end) || isNounAfterName(text, speaksFor.end, phrase.end) || OFFICE_AFTER_NAME.test(text.slice(speaksFor.end, phrase.end));
    end = ofTheBody ? Math.max(speaksFor.end, phrase.end) : placeOfBodyEnd(context, speaksFor.end) ?? speaksFor.end;
    organization = speaksFor.key;
  } else if (preposition && describedBody) {
    // "a spokeswoman for the company": the organisation in focus.
    end += preposition[0].length + describedBody[0].length;
    organization = organizationInFocus(context, phrase.start, describedBody[0])?.key;
  } else if (personEnd !== undefined) {
    // "A spokesman for Mr Blair": someone who speaks for a person, named with them.
    end = personEnd;
  } else if (!preposition && SEEN_WHERE.test(text.slice(end, phrase.end))) {
    // "A woman driving behind the pickup told officers", "A doctor there said": where the source was, as written.
    end = phrase.end;
  } else if (preposition) {
    // ("an executive at a rival conglomerate who asked not to be named": up to a relative clause, whose reason comes after.)
    const relative = /\s+who(?:se)?\s/.exec(text.slice(end, phrase.end));
    const describedEnd = relative ? end + relative.index : phrase.end;
    // "a spokesman for the author", "a spokesperson for the secretary-general", "a senior source at the club", "a nurse at the flagship
    // hospital in Columbus", "Lawyers for news organisations", "An aide to one of them", "a
    // committee of MPs and peers": whom the source speaks for, or where it works, as written.
    // A capitalised word there is an adjective of nationality, a place, a body's noun or a
    // competition's name: "A trustee of another Scottish museum", "one controller at the Nashville
    // tower", "a manager at a Harare-based bank", "a spokesperson for the Commission", "a source on
    // the show", "A spokesman for the First Minister", "a source at another Premiership club",
    // "One London-based dealer in Chinese ceramics".
    const described = DESCRIBED_SOURCE.exec(text.slice(end, describedEnd));
    const describedFrom = end;
    const onlyQualifyingCapitals = described !== null && [...described[0].matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?=\s+\p{Ll}|$)/gu)]
      // ("An inspector with one Valley municipality": the head of a place's name, too.)
      .every((word) => DEMONYMS.has(word[0].toLowerCase()) || PLACE_HEADS.has(word[0].toLowerCase()) || (wordClasses(word[0].toLowerCase()) & (WordClass.orgHead | WordClass.role | WordClass.roleModifier)) !== 0
        || QUALIFYING_NAME_TYPES.has(typeNamedAt(context, describedFrom + word.index)));
    // A few words: more are the predicate of a participle's clause ("A negotiator from a large
    // emerging economy disputed that account, saying"), unless a relative clause on the source
    // follows them ("A director at one of the region's smaller bus companies, who asked").
    const limit = RELATIVE_AFTER.test(text.slice(describedEnd, describedEnd + 7)) ? 9 : 7;
    if (described && onlyQualifyingCapitals && !hasMoreWordsThan(described[0], limit) && end + described[0].length === describedEnd) end = describedEnd;
  }
  // The reason may lie past the phrase, which the attribution cut at the relative clause.
  const qualifier = SOURCE_QUALIFIER.exec(text.slice(end, Math.max(end, phrase.end))) ?? RESTRICTIVE_REASON.exec(text.slice(end, end + RESTRICTIVE_REACH))
    ?? (NEW_SOURCE_OPENING.test(phrase.text) ? RESTRICTIVE_RELATIVE.exec(text.slice(end, end + RESTRICTIVE_REACH)) : null);
  if (qualifier) end += qualifier[0].trimEnd().length;
  const whole = withWholeName(context, { start: phrase.start, text: text.slice(phrase.start, end) });
  return { ...whole, end: whole.start + whole.text.length, organization };
}

/** "northwest", "rural", "greater": a word for a part of a place, before the place's name. */
const REGION_OF_PLACE = String.raw`(?:(?:(?:north|south)(?:east|west)?|east|west)(?:ern)?|central|rural|coastal|upstate|downtown|greater|suburban|urban|remote|inner|outer)`;
/** Whom a source speaks for or where it works, after its noun: "for the author", "at a rival conglomerate", "in northwest Iowa". */
const DESCRIBED_SOURCE = new RegExp(String.raw`^\s+(?:for|at|to|of|from|with|by|on(?!\s+(?:condition|background)\b)|in(?!\s+\S+\s+(?:statement|interview|email|letter|post|call|briefing|speech|video|message|note|report|filing|podcast|tweet|review|column|blog|newsletter|remarks|comments|testimony|evidence)\b)(?=\s+(?:(?:an?|the|his|her|their|my|our)\s+(?:\p{Lu}\p{Ll}+\s+)?|the\s+\p{Ll}+\s+|\p{Lu}\p{Ll}+\s+)?\p{Ll}+(?:-\p{Ll}+)*\s*$|\s+${REGION_OF_PLACE}\s+\p{Lu}\p{Ll}+\s*$|\s+the\s+\p{Ll}+['’]s\s+(?:\p{Ll}+\s+){0,2}(?:division|department|office|unit|ministry|team|section|bureau|branch|directorate|secretariat|management|leadership)\s*$))\s+(?:(?:the|his|her|their|its|an?|another)\s+)?(?:\p{Ll}+(?:-[\p{Ll}\d]+)*(?:['’]s|(?<=s)['’])?|\p{Lu}\p{Ll}+-\p{Ll}+|\p{Lu}{2,}s?|(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:['’]s?)?(?=\s+\p{L}|$))(?:\s+(?!in\s)(?:\p{Ll}+(?:-\p{Ll}+)*(?:['’]s|(?<=s)['’])?|\p{Lu}\p{Ll}+-\p{Ll}+|\p{Lu}{2,}s?|\p{Lu}\p{Ll}+(?=\s+\p{L}|$)))*(?:\s+in\s+(?:(?:the\s+)?(?:${REGION_OF_PLACE}\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|the\s+(?:region|area|city|county|province|district|country|sector|industry)))?`, 'u');

/** Names that may qualify where a source works: a place's, or a competition's ("at another Premiership club"). */
const QUALIFYING_NAME_TYPES: ReadonlySet<EntityType | undefined> = new Set(['place', 'other']);

const WORKED_IN = /^\s+(?:working|based|stationed)\s+in\s+/i;

/**
 * "… driving behind the pickup", "… there", "… staffing a roadblock on the highway", "… met at
 * the post": where a source was, or what it was doing, or where the reporter found it, ending its phrase.
 */
const SEEN_WHERE = new RegExp(String.raw`^\s+(?:\p{Ll}+ing\s+(?:behind|beside|near|outside|inside|along|past|across|through|into|down|up)\s+(?:the|a|an|his|her|their)\s+\p{Ll}+|there|${SOURCE_DOING_PARTICIPLE}(?:the|a|an|his|her|their|two|three|four)\s[^,;"“”]*|(?:met|interviewed|approached|questioned)\s+(?:at|in|on|outside|near)\s+(?:the|a|an)\s+\p{Ll}+)\s*$`, 'u');

// ("She met Sylvie Marchandeau at the headquarters": or a common irregular one.)
export const PAST_TENSE = /\p{Ll}{2}ed$|^(?:met|saw|gave|sent|brought|took|led|beat|left|found|spoke|rang|wrote)$/u;
const RELATIVE_AFTER = /^,?\s+who\s/;

const OFFICE_AFTER_NAME = /^ (?:Minister|Secretary|Premier|Treasurer|Attorney-General)(?: (?:for|of) [^,;:"“”]+)?$/;

/**
 * Whether a few lower-case words after a name, to the end of the source's phrase, are a noun the
 * name qualifies: "one controller at the Nashville tower", "in the North Central zonal office".
 */
function isNounAfterName(text: string, nameEnd: number, phraseEnd: number): boolean {
  // ("One ally of the Walton MP": a legislator's letters are a noun too.)
  const nounAfter = /^ (\p{Ll}+|(?:MP|MSP|MEP|MLA|TD)s?\b)/u.exec(text.slice(nameEnd, nameEnd + 24))?.[1];
  // ("Analysts at Fjordhavn Markets cut their rating, writing": a longer run is the predicate.)
  // ("The spokesperson for Helmsgate disputed that account, saying": nor is a verb in the past tense.)
  // ("A spokesperson for City Hall said the administration": nor is a verb of speech.)
  // ("An official at the Idlib directorate of the Ministry of Energy": a longer run may name the body the noun belongs to.)
  return nounAfter !== undefined && !FUNCTION_WORDS.has(nounAfter) && !PAST_TENSE.test(nounAfter) && !CUE_VERBS.has(nounAfter)
    && (!hasMoreWordsThan(text.slice(nameEnd, phraseEnd), 3) || NOUN_OF_BODY.test(text.slice(nameEnd, phraseEnd)));
}

const NOUN_OF_BODY = /^ \p{Ll}+ (?:of|for) (?:(?:the )?\p{Lu}[\p{L}'’-]*(?: (?:of|for|and|the|\p{Lu}[\p{L}'’-]*))*|an? (?:\p{Ll}+ ){0,2}\p{Ll}+)\s*$/u;

/**
 * The name written at `start`, or the body's right after it when it is a country's: "U.S. Customs
 * and Border Protection", which the entities part when the article also writes the agency alone.
 */
function bodyStartingAt({ text, mentions, entities }: Context, start: number): MentionRef | undefined {
  const name = mentions.startingAt(start);
  if (!name || entities[name.key].type !== 'place' || text.charAt(name.end) !== ' ') return name;
  const body = mentions.startingAt(name.end + 1);
  return body && entities[body.key].type === 'organization' ? body : name;
}

/** "the Scottish Borders": the name after a demonym the entity's name leaves out. */
function bodyPastDemonym(context: Context, start: number): MentionRef | undefined {
  const demonym = CAPITALISED_WORD_AND_SPACE.exec(context.text.slice(start, start + 30));
  return demonym && DEMONYMS.has(demonym[1].toLowerCase()) ? bodyStartingAt(context, start + demonym[0].length) : undefined;
}

const CAPITALISED_WORD_AND_SPACE = /^(\p{Lu}\p{Ll}+)\s+/u;

/** "the Chinese Embassy in Washington", "the EU Delegation to Jordan": where the end of " in " or " to " and a place's name after a body's falls, if they follow it. */
function placeOfBodyEnd(context: Context, bodyEnd: number): number | undefined {
  // "the EU Delegation to Jordan": a mission's country, after "to".
  const link = context.text.startsWith(' in ', bodyEnd) || (context.text.startsWith(' to ', bodyEnd) && MISSION_ENDING.test(context.text.slice(bodyEnd - 12, bodyEnd)));
  if (!link) return undefined;
  const place = context.mentions.startingAt(bodyEnd + 4);
  // ("the National Weather Service in Jackson": a one-word name after "in" is where the office is, though it may be a surname too.)
  const type = place && context.entities[place.key].type;
  return place && (type === 'place' || (type === 'person' && !/\s/.test(context.entities[place.key].name) && !isPossessiveAt(context.text, place.end))) ? place.end : undefined;
}

const MISSION_ENDING = /\b(?:Delegation|Mission|Embassy)$/;

/** Whether a place's name is written at `start`. */
/** The type of the name a word is part of, if any. */
function typeNamedAt({ mentions, entities }: Context, start: number): EntityType | undefined {
  // The word may end a name of several words ("Zealand" of "the New Zealand support staff").
  const mention = mentions.startingAt(start) ?? mentions.lastBefore(start + 1, (ref) => ref.end > start, 1);
  return mention === undefined ? undefined : entities[mention.key].type;
}

/** Where "for" and a person's name after a source noun end ("a spokesman for Mr Blair"), if they follow it. */
function personSpokenFor({ text, mentions, entities }: Context, nounEnd: number): number | undefined {
  const lead = PERSON_SPOKEN_FOR.exec(text.slice(nounEnd, nounEnd + 40));
  const person = lead ? mentions.startingAt(nounEnd + lead[0].length) : undefined;
  if (!person || entities[person.key].type !== 'person') return undefined;
  // "A spokesperson for Salcedo's office": the person's office, as written (not the verb after
  // "A spokesperson for St Aldhelm's", a college named for its saint).
  const office = /^(['’]s?)\s+(\p{Ll}+)/u.exec(text.slice(person.end, person.end + 24));
  if (!office) return person.end;
  return CUE_VERBS.has(office[2]) ? person.end + office[1].length : person.end + office[0].length;
}

/**
 * "for", then an honorific or a title of up to three capitalised words ending in a role: "for Mr",
 * "for Housing Minister", "for federal Resources Minister" (a government's level before it).
 */
const PERSON_SPOKEN_FOR = /^\s+for\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+|(?:(?:federal|state|provincial|shadow|acting|interim|former)\s+)?(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Minister|Secretary|Senator|Governor|Mayor|Premier|President|Commissioner|Chancellor)\s+)?/u;

export function asksAnonymity(text: string, end: number): boolean {
  return ANONYMOUS_AFTER.test(text.slice(end, end + ANONYMITY_REACH));
}

/** After a source's words, why it goes unnamed: ", who asked not to be named", ", speaking on condition of anonymity". */
const ANONYMITY_CLAUSE = String.raw`,?\s+${ANONYMITY_ASIDE}`;

/** Why a source goes unnamed, after its noun, maybe past a first relative clause ("A lender who looked at recapitalizing the building, and who asked not to be named"). */
const ANONYMITY_AFTER_NOUN = String.raw`(?:\s+who\s[^,.;"“”]{1,100},\s+and)?${ANONYMITY_CLAUSE}`;
/**
 * What makes a source's noun, in `sourceIntroducedBefore`, one of a source that asked not to be
 * named, as a lookahead after the noun, also past whom it is close to ("A Republican operative
 * close to the Vandermolen campaign, who requested anonymity …, said"): the lookahead's source, and
 * the same sticky, to be tried after the noun.
 */
const ANONYMOUS_SOURCE_AFTER_NOUN = sourceAfterNoun(ANONYMITY_AFTER_NOUN);
/** The same, or one that spoke ("A second former employee, who worked on the esports side of the business, said"). */
const SPEAKING_SOURCE_AFTER_NOUN = sourceAfterNoun(String.raw`${ANONYMITY_AFTER_NOUN}|,?\s+(?:said|says|told)\b|,\s+who\s[^,.;"“”]{1,120},\s+(?:said|says|told)\b`);

function sourceAfterNoun(speaks: string): { source: string; sticky: RegExp } {
  const source = String.raw`(?=(?:\s+(?:at|in|for|of|from|with|close\s+to|familiar\s+with)\s+[^,.;:"“”]{1,60}?)?(?:${speaks}))`;
  return { source, sticky: new RegExp(source, 'uy') };
}
// Maybe after a first relative clause, or "and" right after one the source's words hold: "One
// steward who has worked at the ground since 1981, and who asked not to be named"; or past what
// the source is: "The underbidder, a New Jersey collector who asked that his name not be used";
// or the relative clause going on ("One Southeast retailer who carries the line and asked not to be identified").
// ("One dairy farmer from the Kalvarija area, who supplies Pieno Slėnis and asked not to be named": so after a comma.)
const ANONYMOUS_AFTER = new RegExp(String.raw`^(?:(?:\s+who\s[^,.;"“”]{1,100},\s+and|,\s+and|,\s+an?\s+[^,.;"“”]{1,60}?(?=\s+who\s))?${ANONYMITY_CLAUSE}|(?:,?\s+who\s[^,.;"“”]{1,100}?)?\s+and\s+(?:${ANONYMITY_REASON.source}))`);
export const ANONYMITY_REACH = 160;

/**
 * "One member from Teesside, who did not want to be named in print, drew applause when she
 * described being undercut by "…"": the pronoun of a clause on when or why is the unnamed person
 * whom the sentence opens with.
 */
export function unnamedSubjectOfClause(text: string, pronoun: Span, kind: 'male' | 'female'): Span | undefined {
  const from = sentenceStart(text, pronoun.start);
  const opening = UNNAMED_SUBJECT_THEN_CLAUSE.exec(text.slice(from, pronoun.start));
  if (!opening || !agreesInGender(opening[1], kind) || !(PERSON_SOURCE.test(opening[1]) || namesAgent(opening[1]))) return undefined;
  return { start: from, end: from + opening[1].length, text: opening[1] };
}

const UNNAMED_SUBJECT_THEN_CLAUSE = /^((?:One|A|An|Another)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?:\s+(?:from|in|at)\s+\p{Lu}[\p{L}'’-]*)?),\s+who\s[^,.;"“”]{1,100},\s+\p{Ll}+\b[^.!?;"“”]{0,80}?\s(?:when|as|after|because|before|while)\s+$/u;

/**
 * "One producer from central Minnesota, who asked that his name not be used, put the problem more
 * bluntly. "…," he said": an unnamed person opening the sentence right before the quotation, which
 * names no one else, is whom the pronoun (of a gender that fits) or a description takes up.
 */
export function unnamedSubjectOfSentenceBefore(context: Context, quoteOpen: number, kind?: 'male' | 'female', describedByAge = false): Span | undefined {
  const { text, mentions, entities } = context;
  const sentence = sentenceBeforeQuotingOrNot(text, quoteOpen);
  // ("One victim, an 84-year-old widow, was charged £1,120. In a statement read to the court, she said:": a pronoun may follow a phrase opening its sentence.)
  if (!sentence || !QUOTE_OR_OPENING_PHRASE_ONLY.test(text.slice(sentence.to, quoteOpen))) return undefined;
  // ("A few houses away, one man, who didn't want to give his name, was shoveling mud": past a phrase setting the scene.)
  const scene = SCENE_OPENING.exec(text.slice(sentence.from, sentence.to))?.[0].length ?? 0;
  const words = text.slice(sentence.from + scene, sentence.to);
  const opening = UNNAMED_SUBJECT_WITH_CLAUSE.exec(words) ?? UNNAMED_SUBJECT_WITH_APPOSITION.exec(words) ?? UNNAMED_SUBJECT_OF_STANCE.exec(words)
    ?? (describedByAge ? UNNAMED_SUBJECT_DOING.exec(words) : null);
  // ("A former site supervisor, who …, said …. Staff were told on a call, he said. ¶ "…," he told":
  // a sentence the same pronoun reports goes on with the source of the sentence before it.)
  if (!opening) {
    const reporter = REPORTED_BY_PRONOUN.exec(text.slice(sentence.from, sentence.to))?.[1];
    return kind && reporter && PRONOUNS.get(reporter) === kind ? unnamedSubjectOfSentenceBefore(context, sentence.from, kind) : undefined;
  }
  const [whole, source, clause = ''] = opening;
  // ("One senior industry figure, who did not wish to be named,": a source asking not to be named is
  // a person, whatever the noun; "The head of one of …" only then.)
  // ("A ruling-coalition deputy who asked not to be named was blunter.": the reason may be the source's own restrictive clause.)
  // ("One regular, a 78-year-old who has swum here for four decades,": or one whose age describes them.)
  // ("A former nursing assistant confirmed this. "…," the 34-year-old testified": or one an age describes.)
  const isPerson = describedByAge || ANONYMITY_REASON.test(clause) || ANONYMITY_REASON.test(source)
    || (!source.startsWith('The') && (PERSON_SOURCE.test(source) || namesAgent(source) || AGE_IN_APPOSITION.test(clause)));
  const clauseGender = /\b(?:his|he|him)\b/.test(clause) ? 'male' : /\b(?:her|she)\b/.test(clause) ? 'female' : undefined;
  const fitsPronoun = !kind || (agreesInGender(source, kind) && (clauseGender === undefined || clauseGender === kind));
  const start = sentence.from + scene + whole.indexOf(source);
  // (Not counting whom the source is described by: "A classmate of Yana's"; nor one named only as a
  // possessor, who is not the one speaking: "said failures like Tern Dancer’s were familiar"; nor
  // whom the source told: "told El Punt Avui that".)
  const otherPerson = (ref: MentionRef) => entities[ref.key].type === 'person' && (ref.start < start || ref.start >= start + source.length) && !isPossessiveAt(text, ref.end)
    && !TOLD_BEFORE.test(text.slice(Math.max(0, ref.start - 6), ref.start));
  if (!isPerson || !fitsPronoun || mentions.within(sentence.from, sentence.to).some(otherPerson)) return undefined;
  return { start, end: start + source.length, text: source };
}


/** "A few houses away, ", "Among the visitors, ", "Outside the courthouse, ": where the scene is, opening a sentence before its subject. */
const SCENE_OPENING = /^\s*(?:(?:Among|Outside|Inside|Nearby|Near|Across|Behind|Beside|Along|Down|Up|Elsewhere|Further|Farther)\b[^,.;:"“”]{0,50}|(?:A|One|Two|Three)\s+(?:few\s+)?\p{Ll}+\s+(?:away|down|along|further\s+on|on))\s*,\s+/u;

/** Only quotation marks, or a phrase of where or how opening the sentence ("In a statement read to the court, "). */
const QUOTE_OR_OPENING_PHRASE_ONLY = /^[\s"“”]*(?:(?:In|At|On|During|After|Before|Speaking|Writing)\s[^.,;:"“”]{1,60},\s*)?$/;

/** "A former nursing assistant confirmed this", "One of Gillam’s younger teammates had a simpler view": an unnamed subject and its verb. */
const UNNAMED_SUBJECT_DOING = /^\s*((?:One|An?|Another)\s+(?:of\s+(?:\p{Lu}[\p{L}'’-]*['’]s?|the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:\p{Ll}+ed|had|has|was|is)\b/u;

/**
 * "A source at the gendarmerie regional command in Fianarantsoa was less confident.": an unnamed
 * subject and how it stands, the whole sentence, before the quotation that shows it (no clause).
 */
// ("A pensioner who lives next to the industrial zone is mainly concerned about traffic.": or a worry, in the present too.)
const UNNAMED_SUBJECT_OF_STANCE = /^\s*((?:One|An?|Another)\s[^,.;:"“”]{1,80}?)\s+(?:was|were|is|are)\s+(?:(?:far|much|even|mainly|chiefly|particularly)\s+)?(?:(?:less|more)\s+\p{Ll}+|\p{Ll}+er|concerned|worried|unhappy|sceptical|skeptical|critical)(?:\s+(?:about|over|by|with|at)\s[^.;:"“”]{1,60})?[.:]?\s*$/u;

/**
 * "One regular, an 86-year-old woman from the upper village, no longer has to rely on lifts.", "One of
 * the two survivors, a 36-year-old woman from Lyon, had sent a letter": an unnamed subject, the
 * description set beside it, and its verb.
 */
// ("Her neighbour, a younger man carrying shopping up the steps, shrugged.": or someone's relative or neighbour, so described.)
const UNNAMED_SUBJECT_WITH_APPOSITION = /^\s*((?:One|An?|Another|His|Her|Their)\s+(?:of\s+the\s+(?:\p{Ll}+\s+)?)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?),\s+((?:an?|the)\s[^,;:"“”]{1,100}),\s+(?:\p{Ll}+ly\s+)?(?:was|is|has|had|no\s+longer|still|now|said|told|\p{Ll}+ed|\p{Ll}+s)\b/u;
const AGE_IN_APPOSITION = /^(?:an?|the)\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old\b/;

/** "Staff were told about it on a call, he said.": a sentence that ends by naming its reporter with a pronoun. */
export const REPORTED_BY_PRONOUN = /,\s+(he|she)\s+(?:said|says|added|explained)[.!]?\s*$/u;

// ("The head of one of the state textile complexes, who did not give his name,": or a role of somewhere unnamed, when the clause asks for anonymity;
// "One Pedalhouse mechanic, who has worked at the company's York branch for six years,": maybe of a body named before the noun;
// "A senior figure at one of the label's fabric suppliers, who asked not to be named,": or at one of several unnamed;
// "A classmate of Yana's, who asked not to be named,": or of someone named ("A member of the board, who …": or of a body); "A fellow trainer at the track", "One ambulance technician based at a rural station": or somewhere unnamed;
// "The station manager, who asked not to be named,": or a definite one, who asks for anonymity;
// "A guide who has worked on the ships for several summers, and who did not want her name in the newspaper,": or one a clause of its own describes;
// "A shopkeeper on Rue de la Paix", "An elderly tea shop owner near the panchayat office": or one placed by a street or a building.)
// ("One facilities director at a London university, which runs Atlas across 40 buildings, said": the clause may be on where the source works.)
const UNNAMED_SUBJECT_WITH_CLAUSE = /^\s*(?:(?:But|And|Yet)\s+(?=[oa]))?((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}(?:\s+(?:from|in|at|on|near)\s+(?:(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|la|del|du|des|di|da)\s+)*\p{Lu}[\p{L}'’-]*)*|the\s+\p{Ll}+(?:\s+\p{Ll}+)?|an?\s+(?:\p{Lu}[\p{L}'’-]*\s+)?\p{Ll}+(?:\s+\p{Ll}+)?|one\s+of\s+[^,;"“”]{1,60}?)|\s+of\s+\p{Lu}[\p{L}-]*['’]s|\s+of\s+(?:the|its|their)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?[\p{Ll}'’-]+(?:\s+[\p{Ll}-]+){0,2}|\s+who\s[^,.;"“”]{1,100}(?=,\s+and\s+who\s))?|The\s+\p{Ll}+\s+of\s+(?:one|an?)\s+[\p{Ll}\s-]{1,60}?|The\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?(?=,\s+who\s+(?:asked|spoke|requested|declined|did\s+not|didn['’]t)\b))(?:\s+(?:wearing|carrying|holding)\s+[^,.;"“”]{1,60})?,\s+(?:and\s+)?(?:who|which)\s([^,.;"“”]{1,160}),\s+\p{Ll}+\b/u;

/**
 * Only a source introduced as new ("a spokesman"): "the Tory spokesman" points back at someone
 * named. Any noun is a person's when the phrase that introduced it says why it goes unnamed ("A
 * Yemeni archaeologist who worked at Timna, and who spoke to MEE on condition of anonymity").
 */
export function isNewPersonSource(text: string, speaker: Speaker, kind: 'male' | 'female', introduction: { words: string; end: number }): boolean {
  // ("One parish priest in the west of the diocese, who did not wish to be named,": the reason may follow the whole phrase.)
  const relative = RELATIVE_OF_SOMEONE.test(speaker.name);
  // ("Another vendor, a young man selling betel nut near the main gate,": or an apposition says so.)
  // ("One veteran competitor": one of many, named by a noun for a person by its ending, "-or", "-er", "-ist".)
  const isPerson = relative || PERSON_SOURCE.test(speaker.name) || (ONE_OR_ANOTHER.test(speaker.name) && endsWithPersonNoun(speaker.name)) || (speaker.mention !== null && asksAnonymity(text, speaker.mention.end)) || asksAnonymity(text, introduction.end)
    || ANONYMITY_REASON.test(introduction.words) || PERSON_IN_APPOSITION.test(introduction.words) || PERSONAL_PRONOUN_REPORTED.test(text.slice(introduction.end, introduction.end + 40));
  return speaker.unnamed && (relative || NEW_SOURCE_OPENING.test(speaker.name) || NEW_DEFINITE_SOURCE.test(speaker.name) || PERSONS_SPOKESPERSON.test(speaker.name)) && isPerson && agreesInGender(speaker.name, kind);
}

const ONE_OR_ANOTHER = /^(?:one|another)\s/i;

function endsWithPersonNoun(phrase: string): boolean {
  const lowerWords = phrase.toLowerCase().split(/\s+/);
  const noun = lowerWords[lowerWords.length - 1];
  return isPersonNounEnding(noun, lowerWords) && !DOCUMENT_NOUNS.has(noun);
}

/** "A Surat-based manufacturer said his company had": a cue, then "he", "she", "his" or "her" opening what is reported. */
const PERSONAL_PRONOUN_REPORTED = /^\s*\p{Ll}+\s+(?:that\s+)?(?:he|she|his|her)\s/u;

const PERSON_IN_APPOSITION = /\s(?:an?|one)\s+(?:\p{Ll}+\s+){0,2}(?:man|woman|boy|girl|mother|father|grandmother|grandfather|widow|widower)\b/u;

/** "the victim's sister": a relative of someone, unnamed, is a person new to the story. */
export const RELATIVE_OF_SOMEONE = new RegExp(String.raw`^\s*the\s+\p{Ll}+['’]s\s+(?:${[...KIN_NOUNS].join('|')})\s*$`, 'iu');

/** "Mr Blair's official spokesman": whoever speaks for someone named is someone new. */
export const PERSONS_SPOKESPERSON = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s\s+(?:\p{Ll}+\s+){0,2}spokes(?:man|woman|person)$/u;

/** "The parent of a current chorister": a definite noun made new by the indefinite one it is of. */
const NEW_DEFINITE_SOURCE = /^the\s+\p{Ll}+\s+of\s+(?:an?|one)\s/iu;

/**
 * "A supervisor at the mine, who spoke on condition of anonymity, said": only a person asks not to
 * be named, so the noun before the words of where they work is a source's, whatever it is.
 */
export function anonymousSourceNoun(text: string, mention: Span): number {
  const words = mention.text.split(/\s+/);
  if (!/^(?:an?|one|another)$/i.test(words[0]) || !asksAnonymity(text, mention.end)) return -1;
  // ("One steward who has worked at the ground since 1981": the noun comes before the source's own relative clause.)
  const relative = words.findIndex((word, index) => index > 1 && (word === 'who' || word === 'whose'));
  const described = relative < 0 ? words : words.slice(0, relative);
  const workplace = described.findIndex((word, index) => index > 1 && WORKPLACE_OPENINGS.has(word));
  const noun = workplace < 0 ? described.length - 1 : workplace - 1;
  return noun > 0 && /^\p{Ll}+$/u.test(words[noun]) ? noun : -1;
}
/** Words that open where a source works: a preposition, or a participle of work ("One lineman working in Linn County"). */
const WORKPLACE_OPENINGS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'for', 'from', 'of', 'with', 'working', 'based']);

export const NEW_PERSON_SOURCE = /\b(?:an?|one|another)\s/i;

/** Whether an unnamed source is a person: by its noun, by asking not to be named, or by being taken up as "he" or "she". */
export function isPersonSource({ text }: Context, source: Speaker): boolean {
  const mention = source.mention;
  // ("The officer report to the committee said": a writing, though a person's noun qualifies it.)
  if (DOCUMENT_NOUNS.has(SOURCE_HEAD.exec(source.name)?.[1]?.toLowerCase() ?? '')) return false;
  return PERSON_SOURCE.test(source.name) || namesAgent(source.name) || (mention !== null && (GENDERED_PRONOUN.test(mention.text) || asksAnonymity(text, mention.end)));
}

/**
 * Whether a source's noun names someone by what they do ("One funeral director in Llanelli", "The
 * consignor", "The underbidder"), not a body or a paper ("a retailer", "the report"), nor an office
 * ("The minister", but "One funeral director"), which stands for its holder. The noun is the last
 * word before what places the source.
 */
function namesAgent(source: string): boolean {
  const noun = SOURCE_HEAD.exec(source)?.[1]?.toLowerCase();
  const office = ROLE_WORDS.has(noun ?? '') && !NEW_PERSON_SOURCE.test(source);
  return noun !== undefined && PERSON_SUFFIX.test(noun) && !office && !ORG_INTRODUCERS.has(noun) && !ORG_HEAD_WORDS.has(noun) && !DOCUMENT_NOUNS.has(noun) && !MEDIA_NOUNS.has(noun);
}

/** The noun of an unnamed source: its last word before a preposition, a clause or a comma. */
const SOURCE_HEAD = /^[^,]*?\b(\p{Ll}[\p{Ll}-]+)(?=\s+(?:in|at|for|of|to|from|with|on|who|close|familiar|based|working)\b|\s*,|\s*$)/u;

const GENDERED_PRONOUN = /^(?:he|she)$/i;

/** "a spokeswoman" is "she", "a spokesman" "he"; other nouns fit either. */
export function agreesInGender(source: string, kind: 'male' | 'female'): boolean {
  if (FEMALE_SOURCE.test(source)) return kind === 'female';
  return !MALE_SOURCE.test(source) || kind === 'male';
}

const FEMALE_SOURCE = /\b(?:spokeswoman|woman|niece|aunt|granddaughter|sister|mother|daughter|wife|widow|girlfriend|fiancee)\b/i;
const MALE_SOURCE = /\b(?:spokesman|man|nephew|uncle|grandson|brother|father|son|husband|widower|boyfriend|fiance)\b/i;
