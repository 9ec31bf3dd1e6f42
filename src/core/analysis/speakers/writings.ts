/**
 * Statements, letters, reports and other writings, and their authors: whom "the statement said",
 * "the report found" or "the letter says" gives voice to (the body that issued, signed, announced,
 * published or sent the writing, or owns it), the one or the many who signed it ("a statement
 * signed by its National Publicity Secretary"), and bodies named by a noun ("the central bank", "the
 * union") that such writings speak for.
 */
import { DOCUMENT_NOUNS, PRONOUNS } from '../cues';
import type { LocalEntity, Quote, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { sentenceStart } from './sentenceBounds';
import type { Attribution } from './attributionTypes';
import type { MentionIndex, MentionRef } from './mentionIndex';
import type { Context } from './context';
import { allMatches, endsSentenceBetween, lastWordBefore, nthWord, opensItsSentence, sentenceBefore, sentenceBeforeQuotingOrNot, speaksNext } from './sentences';
import { genderOf } from './gender';
import { anaphor } from './restatedSpeakers';
import { isAudienceAt, organizationInFocus } from './organizationsInFocus';
import { soleHolderOfRole, speakerNamedAt } from './officeHolders';
import { PERSON_SOURCE, PERSON_SUFFIX } from './personNouns';
import { appositiveNoun } from '../../text/appositions';
import { BANDED_PEOPLE, BUSINESS_NOUNS, DEMONYMS, ORG_HEAD_WORDS, ORG_INTRODUCERS, OTHER_HEAD_WORDS, ROLE_WORDS } from '../../text/lexicon';

/** Words opening when a writing was put out, after its maker: "on 2 October", "last week", "after the meeting". */
export const WHEN_PUT_OUT = 'on|in|last|this|earlier|at|after|before|following';

/**
 * "the central bank" after "the Bank of Botswana", "the Reserve Bank of Zimbabwe" or "the Swiss
 * National Bank": central banks are seldom named "Central Bank", but these names are theirs.
 */
// ("Banco Central do Brasil", "Banque centrale du Luxembourg", "Bank Negara Malaysia": in the country's own language.)
const CENTRAL_BANK_NAME = /^(?:(?:reserve|national|people['’]s) )?bank of |^\S+ (?:reserve|national) bank$|^federal reserve|^banco central |^banque centrale |^bank negara /;

/** "the local" after "Local 338" or "Teamsters Local 727": a trade union's branch, known by its number. */
const UNION_LOCAL_NAME = /\blocal \d+$/;

/**
 * "The festival praises him" after "the Berlin Film Festival", "the committee said" after "the
 * Public Accounts Committee", "the employers' association" after "the Gulf Maritime Employers
 * Association": "the" and a noun refer back to the latest body or event whose name ends with that
 * noun.
 */
const HIGHEST_OF_KIND: ReadonlyMap<string, string> = new Map([
  ['apex court', 'supreme'], ['top court', 'supreme'], ['highest court', 'supreme'], ['apex bank', 'central'],
]);

/**
 * A body's noun as its own name may put it otherwise: in the name's language ("Qeqqata Kommunia …
 * the municipality writes", "the Comune di Bari … which the council describes as", "The Ministerio de Cultura y
 * Patrimonio said … the ministry said", "the Federación Insular de Lucha Canaria … The federation said"), or as American
 * agencies name themselves ("the National Oceanic and Atmospheric Administration … a category the agency says").
 */
const HEADS_NAMED_OTHERWISE: ReadonlyMap<string, readonly string[]> = new Map([['municipality', ['kommunia', 'kommune']], ['agency', ['administration']], ['council', ['comune', 'ayuntamiento', 'concello', 'gemeente']], ['ministry', ['ministerio', 'ministério', 'ministère', 'ministero']],
  ['federation', ['federación', 'federação', 'fédération', 'federazione']], ['chamber', ['chambre', 'cámara', 'camera', 'kammer']]]);

export function bodyNamedByNoun(context: Context, lowerWords: readonly string[], before: number): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  // ("the inspector general's office", after "the VA's Office of Inspector General": or two words, an owner's.)
  const ownersOffice = lowerWords.length === 4 && /['’]s$/.test(lowerWords[2]);
  if (lowerWords.length < 2 || (lowerWords.length > 3 && !ownersOffice) || lowerWords[0] !== 'the') return undefined;
  // "In its order, the bench recorded:": the judges hearing a case speak as their court.
  const bench = lowerWords.length === 2 && lowerWords[1] === 'bench';
  const noun = bench ? 'court' : lowerWords[lowerWords.length - 1];
  // "the employers' association": a word before the noun must be a word of the name too.
  // "the apex court", "the apex bank": the highest of its kind, named for its rank ("Supreme Court", "Central Bank of Nigeria").
  const written = lowerWords.length >= 3 ? lowerWords.slice(1, -1).join(' ').replace(/['’]s?$/, '') : '';
  const modifier = HIGHEST_OF_KIND.get(`${written} ${noun}`) ?? written;
  // "the bank", "the company": nouns for a business refer to the one in focus (`organizationInFocus`),
  // whatever its name; "the agency", "the party" may not ("the European Space Agency, whose office
  // works with the Minor Planet Center"); "the report" is a document, not the "World Business Report" programme.
  // "the lawyers", after "Zimbabwe Lawyers for Human Rights": people banded under a name.
  // "The Caribbean Catastrophe Risk Insurance Facility (CCRIF) said …. "…," the facility said": a
  // bare noun that ends a body's name is that body, unless it names people ("the minister").
  const namesBodies = ORG_HEAD_WORDS.has(noun) || OTHER_HEAD_WORDS.has(noun) || BANDED_PEOPLE.has(noun)
    || (lowerWords.length === 2 && !ROLE_WORDS.has(noun) && !PERSON_SOURCE.test(noun) && !PERSON_SUFFIX.test(noun));
  // ("the trust company", after "Parlane Trust Company": a business noun names the one body whose name has its modifier too.)
  if (!namesBodies || (BUSINESS_NOUNS.has(noun) && modifier === '') || DOCUMENT_NOUNS.has(noun)) return undefined;
  // The noun may end the name or head it before a connector: "the Department of Homeland Security".
  const namedWithNoun = ({ key }: MentionRef) => {
    const name = entities[key].name.toLowerCase();
    // ("the health board", after "NHS Highland": Scotland's health boards are named for the NHS and their area.)
    if ((modifier === 'central' && noun === 'bank' && CENTRAL_BANK_NAME.test(name)) || (noun === 'local' && UNION_LOCAL_NAME.test(name))
      || (modifier === 'health' && noun === 'board' && name.startsWith('nhs '))) return entities[key].type !== 'person';
    return entities[key].type !== 'person' && (name.endsWith(` ${noun}`) || name.startsWith(`${noun} of `) || name.includes(` ${noun} of `) || name.includes(` ${noun} for `)
      || (HEADS_NAMED_OTHERWISE.get(noun)?.some((head) => name.endsWith(` ${head}`) || name.startsWith(`${head} `)) ?? false))
      && name.includes(modifier);
  };
  // "Civic group People's Watch on Corporate Power urged …. "…," the group said": so is a body that
  // spoke when the article called it by the noun, right before its name or in an apposition after it
  // (not one only mentioned: "Rival local club Manchester City has pleaded with visiting fans").
  // ("Portugal's software workers' union, the Sindicato dos Trabalhadores …, said": the noun may come first, in apposition.)
  const calledByNoun = ({ key, start, end }: MentionRef) => entities[key].type !== 'person' && modifier === ''
    && (text.slice(Math.max(0, start - noun.length - 1), start).toLowerCase() === `${noun} ` || appositiveNoun(text, end) === noun || nounInAppositionBefore(text, noun, start))
    && speaksNext(text, end + acronymLength(text, end));
  // "The Delhi High Court on Friday granted bail … pending before the Special Court … The Court
  // said:": a capitalised "Court", or the bench, is the one deciding the case, which the article named first.
  const deciding = bench || (noun === 'court' && lowerWords.length === 2 && text.startsWith('Court', before + 4)) ? mentions.within(0, before).find(namedWithNoun) : undefined;
  const latest = deciding ?? mentions.lastBefore(before, (ref) => namedWithNoun(ref) || calledByNoun(ref));
  // "where the authority says", after "Brackenby Borough Council": a council is a local authority,
  // when no body named as an authority comes before.
  if (!latest && lowerWords.length === 2 && noun === 'authority') return bodyNamedByNoun(context, ['the', 'council'], before);
  return latest && entities[latest.key];
}

/** "the union, the Sindicato …": the noun, a comma and maybe "the" right before the name. */
function nounInAppositionBefore(text: string, noun: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - noun.length - 8), start);
  return before.endsWith(', the ') ? before.slice(0, -6).endsWith(noun) : before.endsWith(`${noun}, `);
}

/** The length of an acronym in brackets right after a name, " (STSD)", or 0. */
function acronymLength(text: string, end: number): number {
  return ACRONYM_AFTER.exec(text.slice(end, end + 16))?.[0].length ?? 0;
}

const ACRONYM_AFTER = /^\s*\(\p{Lu}[\p{Lu}\d&.-]*\)/u;

/** "“…,” the housing authority said. The statement added …": the words just quoted are the statement (but words told are no email). */
function authorJustQuoted({ previous, entities }: Context, before: number): LocalEntity | undefined {
  if (!previous || before - previous.end >= JUST_QUOTED_REACH) return undefined;
  const author = previous.speaker?.entity;
  return author !== null && author !== undefined ? entities[author] : undefined;
}

const JUST_QUOTED_REACH = 80;

/**
 * ""…," the statement said", after "the RBA said in a statement" or "a statement from Sentrix":
 * the statement the article named last is its author's voice.
 */
export function statementAuthor(context: Context, lowerWords: readonly string[], before: number): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  const noun = lowerWords[1];
  const namedAuthor = lowerWords.length === 2 && lowerWords[0] === 'the' ? authorNamedAsSuch(context, noun, before) : undefined;
  if (namedAuthor) return namedAuthor;
  if (lowerWords.length === 2 && lowerWords[0] === 'the' && PUBLISHED_FINDINGS.has(noun)) return findingsAuthor(context, before);
  // "Employment Judge Fionnuala Ní Bhriain found …. "…," the judgment said": a court's written decision is its judge's.
  // "The commission ruled …. "…," the ruling said": with no judge named, the body in focus.
  if (lowerWords.length === 2 && lowerWords[0] === 'the' && JUDGMENTS.has(noun)) return soleHolderOfRole(context.entities, 'judge') ?? organizationInFocus(context, before, 'court', true);
  if (lowerWords.length !== 2 || lowerWords[0] !== 'the' || !AUTHORED_WRITINGS.has(noun)) return undefined;
  const named = lastWordBefore(text, noun, before);
  // "In a statement released yesterday, Ionica Air explained …. "…," the note continued": a note the
  // article never named before is the statement it did.
  if (named < 0 && STATEMENT_NAMES.has(noun) && lastWordBefore(text, 'statement', before) >= 0) return statementAuthor(context, ['the', 'statement'], before);
  // ("Cavanagh Promotions has filed a lawsuit …. The suit alleges": a suit the article has not called
  // by that word before is still its filer's.)
  if (named < 0 || before - named > STATEMENT_REACH) return noun === 'statement' ? authorJustQuoted(context, before) ?? announcerOfStatement(context, before) : SUITS.has(noun) ? filerEntity(context, before, STATEMENT_REACH) : undefined;
  const speaks = (ref: MentionRef) => entities[ref.key].type !== 'place';
  const after = writerNamedWith(context, noun, named) ?? writerOfStatementTakenUp(context, noun, named, before);
  if (after) return speaks(after) ? entities[after.key] : undefined;
  // "Pemberton-Voigt Constructors Inc. … filed the breach-of-contract suit Sept. 29 in Travis County
  // District Court. The complaint says": a suit is its filer's, not the court's where it was filed.
  const filer = SUITS.has(noun) ? filerEntity(context, named, FILER_REACH) : undefined;
  if (filer) return filer;
  // "Later the club said in a statement": a body described, the one in focus there.
  // "The sheriff's office wrote in a post": one whose owner is written is a body of that name, if any.
  const described = DESCRIBED_AUTHOR.exec(text.slice(Math.max(0, named - 50), named));
  const [, owner, body] = described ?? [];
  if (body !== undefined && owner !== undefined) return bodyNamedByNoun(context, ['the', owner.trim(), body], named);
  // "The ministry wrote in a post": the one body whose name holds the noun, as "the ministry" alone would be.
  if (body !== undefined && (ORG_INTRODUCERS.has(body) || ORG_HEAD_WORDS.has(body))) return organizationInFocus(context, named, body, true);
  // "In the memo, sent to staff early Tuesday, chief executive Kofi Mensah-Allard said": the
  // subject after a phrase that opens with the writing wrote it.
  const opener = authorOpeningWithWriting(context, noun, named, before);
  if (opener) return entities[opener.key];
  // "In a statement the company said": a body described right after the opening, the one in focus there.
  const describedAfter = OPENING_IN_WRITING.test(text.slice(Math.max(0, named - 16), named)) ? DESCRIBED_AFTER_WRITING.exec(text.slice(named + noun.length, named + noun.length + 40)) : null;
  if (describedAfter && (ORG_INTRODUCERS.has(describedAfter[1]) || ORG_HEAD_WORDS.has(describedAfter[1]))) return organizationInFocus(context, named, describedAfter[1], true);
  // "Lumora-Brisk said in a statement that it had suspended Wierzba": the subject right before "said
  // in a statement" wrote it, not a name the statement goes on to give.
  const reported = REPORTED_IN.exec(text.slice(Math.max(0, named - 60), named));
  const reporter = reported ? nameEndingAt(mentions, named - reported[0].length) : undefined;
  if (reporter && speaks(reporter)) return entities[reporter.key];
  // "the RBA said in a statement", "In a statement, Sentrix said": the author is the subject nearby;
  // "Grant Whitcombe told staff in a memo": before a memo or a letter, which may name whom it went to after.
  // Not where it was posted ("said in a statement posted on X").
  // ("Montclair police shared a warning about … in a Facebook post": the name right before a post is
  // where it went up, and its author may open a longer sentence.)
  // ("The letter, a copy of which was obtained by NewsMaker, is addressed to the Ministry of Health": a
  // body closing the sentence before the one the writing opens is no author of it, unless that sentence
  // named the writing too, "said in an emailed statement. The statement said".)
  const opening = sentenceStart(text, named);
  const previousSentence = sentenceBefore(text, opening);
  const introducedBefore = previousSentence !== undefined && new RegExp(String.raw`\b${noun}\b`, 'i').test(text.slice(previousSentence.from, opening));
  const opensSentence = /^\s*the\s+$/i.test(text.slice(opening, named)) && !introducedBefore;
  const start = noun === 'post' ? Math.min(named - 60, Math.max(opening, named - 120)) : opensSentence ? opening : named - 60;
  // ("in a statement read on state broadcaster ORTM": not the broadcaster that read it out.)
  const end = noun === 'statement' && !BROADCAST_ON.test(text.slice(named + noun.length, named + noun.length + 30)) ? named + 40 : named;
  const postedOn = (ref: MentionRef) => noun === 'post' && text.slice(ref.end, named) === ' ';
  const author = mentions.within(Math.max(0, start), end).filter((ref) => speaks(ref) && ref.start < before && !isAudienceAt(text, ref.start) && !postedOn(ref)).at(-1);
  return author ? entities[author.key] : bodySendingWriting(context, named);
}

/**
 * "Dr Imogen Saltash, associate director at Halden Preece and the report's lead author": the person
 * the article names as the writing's author, before `before`.
 */
function authorNamedAsSuch({ text, mentions, entities }: Context, noun: string, before: number): LocalEntity | undefined {
  // Few articles name an author so: a look for the word spares building the pattern.
  const author = text.indexOf(' author');
  if (author < 0 || author > before) return undefined;
  const described = [...text.slice(0, before).matchAll(new RegExp(String.raw`\bthe\s+${noun}['’]s\s+(?:lead\s+|principal\s+|main\s+|senior\s+|co-?)?author\b`, 'giu'))].at(-1);
  if (!described) return undefined;
  const sentence = sentenceStart(text, described.index);
  const person = mentions.lastBefore(described.index, (ref) => ref.start >= sentence && entities[ref.key].type === 'person');
  return person ? entities[person.key] : undefined;
}

/**
 * "The Indonesian Coal Producers Forum (FPBI), which represents about 40 miners, made the request
 * in a letter": the body opening the sentence, past an aside on who it is, sent the writing named at `named`.
 */
function bodySendingWriting({ text, mentions, entities }: Context, named: number): LocalEntity | undefined {
  const sentence = sentenceStart(text, named);
  const body = named - sentence <= OPENER_WRITING_REACH ? mentions.within(sentence, named)[0] : undefined;
  return body && entities[body.key].type === 'organization' && OPENING_DETERMINER.test(text.slice(sentence, body.start)) && WRITING_SENT_IN.test(text.slice(body.end, named))
    ? entities[body.key] : undefined;
}

const OPENER_WRITING_REACH = 200;
const WRITING_MENTION = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u;
const BROADCAST_ON = /^\s+(?:read|broadcast|aired|carried|televised)\s+(?:out\s+|live\s+)?(?:on|by|over)\s/;
/** The rest of the clause from a body's name to "in a letter": an aside, then a verb and its object. */
const WRITING_SENT_IN = /^(?:\s*\([^)]*\))?,\s[^.!?"“”]*,\s+(?:also\s+)?\p{Ll}+\b[^.!?"“”,]{0,40}\s+in\s+(?:a|an|its|their)\s+(?:\p{Ll}+\s+)?$/u;

const SUITS: ReadonlySet<string> = new Set(['complaint', 'lawsuit', 'suit']);

/**
 * Who "filed the suit" within `reach` before a suit named at `named`: the first body or person
 * named in the words before the verb, not one after a preposition ("based in Irving, Texas").
 */
function filerEntity({ text, mentions, entities }: Context, named: number, reach: number): LocalEntity | undefined {
  const from = Math.max(0, named - reach);
  const filing = allMatches(FILED_SUIT, text.slice(from, named)).at(-1);
  if (!filing) return undefined;
  const verb = from + filing.index;
  // (Not cut at a full stop: "Pemberton-Voigt Constructors Inc., based in Irving" holds one.)
  const filer = mentions.within(Math.max(from, verb - FILER_SUBJECT_REACH), verb).find((ref) => (entities[ref.key].type === 'organization' || entities[ref.key].type === 'person')
    && !/\b(?:in|at|of|on|against|by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, ref.start - 12), ref.start)));
  return filer && entities[filer.key];
}

const FILER_REACH = 400;
/** How far before the verb of a filing its subject may start, past the filer's apposition. */
const FILER_SUBJECT_REACH = 160;
/** "filed the breach-of-contract suit", "has brought a claim": the verb of a filing and what was filed. */
const FILED_SUIT = /\b(?:filed|brought|lodged)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:suit|lawsuit|complaint|claim)\b/gu;

const OPENING_IN_WRITING = /(?:^|[.!?]["”]?\s+|\n\s*)In\s+(?:(?:the|a|an|his|her|its|their)\s+(?:\p{Ll}+\s+)?|written\s+)$/u;

/**
 * The author of a writing named at `named` or taken up there ("the memo said", "The memo says"),
 * when a sentence opened with it before: "In the memo, …, chief executive Kofi Mensah-Allard said".
 */
function authorOpeningWithWriting(context: Context, noun: string, named: number, before: number): MentionRef | undefined {
  let at = named;
  for (let tries = 0; tries < WRITING_TRIES && at >= 0 && before - at <= STATEMENT_REACH; tries++) {
    if (OPENING_IN_WRITING.test(context.text.slice(Math.max(0, at - 16), at))) return subjectAfterOpeningPhrase(context, at, before);
    at = lastWordBefore(context.text, noun, at);
  }
  return undefined;
}

/** How many earlier mentions of a writing are looked at for the sentence that opened with it. */
const WRITING_TRIES = 4;

/** The name that speaks first in the sentence of the writing at `named`, before `before`: the subject after the opening phrase. */
function subjectAfterOpeningPhrase({ text, mentions, entities }: Context, named: number, before: number): MentionRef | undefined {
  const end = Math.min(before, named + SUBJECT_AFTER_OPENING_REACH);
  // ("In a statement, B.C. Housing Minister Nirmala Desrosiers-Kang welcomed": a dotted acronym's last stop ends no sentence.)
  const stop = /(?<!\b(?:\p{Lu}\.)+\p{Lu})[.!?]\s/u.exec(text.slice(named, end));
  return mentions.within(named, stop ? named + stop.index : end).find((ref) => entities[ref.key].type !== 'place' && speaksNext(text, ref.end));
}

const SUBJECT_AFTER_OPENING_REACH = 160;

/**
 * "a statement from Sentrix", "a statement by the club", "The statement, issued by the Ashdene
 * Faith Forum": the author named after the writing at `named`.
 */
function writerNamedWith(context: Context, noun: string, named: number): MentionRef | undefined {
  // ("a letter dated January 8 and signed by": maybe after its date.)
  const from = new RegExp(`^${noun}(?:\\s+dated\\s+[^,.;"“”]{1,25}?)?,?\\s+(?:and\\s+)?(?:from|by|(?:issued|released|published|sent|signed|filed)\\s+(?:in\\s+[^,.;]{1,50}?\\s+)?by)\\s+(?:the\\s+)?`).exec(context.text.slice(named, named + 90));
  return from ? context.mentions.startingAt(named + from[0].length) ?? signatory(context, named, from[0]) : undefined;
}

/**
 * "a statement signed by … Mrs Folasade Quadri-Edwards. … According to the statement, … "…," the
 * statement added": "the statement" takes up the one introduced before with its author.
 */
function writerOfStatementTakenUp(context: Context, noun: string, named: number, before: number): MentionRef | undefined {
  if (!context.text.slice(Math.max(0, named - 4), named).toLowerCase().endsWith('the ')) return undefined;
  const earlier = lastWordBefore(context.text, noun, named);
  return earlier >= 0 && before - earlier <= STATEMENT_REACH ? writerNamedWith(context, noun, earlier) : undefined;
}

/**
 * "a statement signed by the Chief Press Secretary to the Governor, Mrs Folasade Quadri-Edwards",
 * "The complaint, filed in King County Superior Court by job applicant Nkechi Oyelaran-Price": the
 * person named after the signatory's or the filer's title, in the same sentence.
 */
function signatory({ text, mentions, entities }: Context, named: number, from: string): MentionRef | undefined {
  if (!from.includes('signed') && !from.includes('filed')) return undefined;
  const start = named + from.length;
  const end = Math.min(text.length, start + SIGNATORY_REACH);
  const stop = /[.!?\n]\s/.exec(text.slice(start, end));
  return mentions.within(start, stop ? start + stop.index : end).find((ref) => entities[ref.key].type === 'person');
}

/** How far after "signed by" the signatory's name may come, past their title. */
const SIGNATORY_REACH = 120;

/** Writings a body publishes its findings in, which "the report said" gives voice to when the article says whose they are. */
const PUBLISHED_FINDINGS: ReadonlySet<string> = new Set(['report', 'review', 'audit']);
const JUDGMENTS: ReadonlySet<string> = new Set(['judgment', 'judgement', 'verdict', 'ruling']);

/**
 * "a report by the National Audit Office", "The review was led by Saskia van der Poel", "In the
 * report, Ofsted said", "Ofsted's report", "Oxfam says in a report": whose report "the report"
 * is, when the article says so where it names one; otherwise the report speaks as itself.
 */
function findingsAuthor(context: Context, before: number): LocalEntity | undefined {
  const { text, mentions, entities } = context;
  const speaks = (ref: MentionRef | undefined): ref is MentionRef => ref !== undefined && entities[ref.key].type !== 'place';
  const from = Math.max(0, before - STATEMENT_REACH);
  // The writings named before, latest first: "the report" may take up "the review" the article named.
  const named = [...text.slice(from, before).matchAll(FINDINGS_NOUN)].slice(-FINDINGS_TRIES).reverse();
  for (const { index, 0: noun } of named) {
    const at = from + index;
    const after = text.slice(at + noun.length, at + noun.length + 60);
    const by = FINDINGS_BY.exec(after);
    const byAuthor = by ? mentions.startingAt(at + noun.length + by[0].length) : undefined;
    if (speaks(byAuthor)) return entities[byAuthor.key];
    // ("a status report filed by the Corporation", "the tender evaluation report, published by the ministry":
    // a body's head noun for the body the article named with it.)
    const byNoun = by && by[0].endsWith('the ') ? /^\p{L}\p{Ll}+\b/u.exec(after.slice(by[0].length))?.[0] : undefined;
    const body = byNoun ? bodyNamedByNoun(context, ['the', byNoun.toLowerCase()], at) : undefined;
    if (body) return body;
    const clause = /^,\s+/.exec(after);
    const subject = clause ? mentions.startingAt(at + noun.length + clause[0].length) : undefined;
    if (speaks(subject) && SAYS_AFTER.test(text.slice(subject.end, subject.end + 20))) return entities[subject.key];
    const justBefore = text.slice(Math.max(0, at - 40), at);
    const owner = OWNER_BEFORE.exec(justBefore);
    const possessor = owner ? nameEndingAt(mentions, at - owner[0].length + owner[1].length) : undefined;
    if (speaks(possessor)) return entities[possessor.key];
    const reported = REPORTED_IN.exec(justBefore);
    const reporter = reported ? nameEndingAt(mentions, at - reported[0].length) : undefined;
    if (speaks(reporter)) return entities[reporter.key];
    // ("the ministry said in a report released on October 14": or the body a noun takes up.)
    const describedReporter = reported ? BODY_NOUN_ENDING.exec(text.slice(Math.max(0, at - reported[0].length - 30), at - reported[0].length)) : null;
    const describedBody = describedReporter ? bodyNamedByNoun(context, ['the', describedReporter[1].toLowerCase()], at) : undefined;
    if (describedBody) return describedBody;
  }
  return undefined;
}

const BODY_NOUN_ENDING = /\b[Tt]he\s+(\p{Ll}+)$/u;

/** The name whose mention ends exactly at `end`, if any. */
export function nameEndingAt(mentions: MentionIndex, end: number): MentionRef | undefined {
  return mentions.lastBefore(end, (ref) => ref.end === end);
}

const FINDINGS_TRIES = 3;
const FINDINGS_NOUN = /\b(?:report|review|investigation|inquiry|audit|study|findings)\b/g;
const SAYS_AFTER = /^\s+(?:said|says|wrote|writes|found|concluded|warned)\b/;
const FINDINGS_BY = /^,?\s+(?:(?:(?:was|is|has\s+been)\s+)?(?:(?:led|chaired|written|compiled|published|issued|released|produced|carried\s+out|conducted|filed|submitted|prepared)\s+(?:(?:this|last|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\s+)?)?by|from)\s+(?:the\s+)?(?:(?:accountancy|law|consultancy|audit|accounting|research)\s+(?:firm|group)\s+|(?:\p{L}+['’]s\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,?\s+(?=\p{Lu}))?/u;
/** "Ofsted's report", "the watchdog's latest review": the possessive, captured up to its apostrophe. */
const OWNER_BEFORE = /(\S)['’]s\s+(?:\p{Ll}+\s+)?$/u;
/** "Oxfam says in a report", "the NAO said in its review", "GMAC published a report". */
const REPORTED_IN = /\s+(?:(?:said|says|warned|found|concluded|argued)\s+in|published|released|issued)\s+(?:a|an|its|their|the)\s+(?:\p{Ll}+\s+)?$/u;

/** "In a statement(,) the company said": the body a sentence opening with a writing goes on to describe, as its subject. */
const DESCRIBED_AFTER_WRITING = /^,?\s+the\s+(\p{Ll}+)\s+(?:said|says|wrote|added|confirmed)\b/u;

const DESCRIBED_AUTHOR = /\b[Tt]he\s+(\p{Ll}+['’]s\s+)?(\p{Ll}+)\s+(?:said|says|wrote|added|confirmed)\s+in\s+(?:a|an|its|their|the)\s+(?:\p{Ll}+\s+)?$/u;

/** Writings whose author "the statement said" or "the memo says" gives voice to. */
const AUTHORED_WRITINGS: ReadonlySet<string> = new Set(['statement', 'release', 'note', 'notice', 'memo', 'email', 'letter', 'post', 'complaint', 'lawsuit', 'suit', 'testimony']);

/** Words that make a kind of a writing without making it another one: "the press release" is "the release". */
const WRITING_KINDS: ReadonlySet<string> = new Set(['press', 'news', 'joint', 'written']);

/** "the press release", "the joint statement": a writing named with its kind, read as "the release", "the statement". */
export function asWriting(lowerWords: readonly string[]): readonly string[] {
  return lowerWords.length === 3 && lowerWords[0] === 'the' && WRITING_KINDS.has(lowerWords[1]) ? ['the', lowerWords[2]] : lowerWords;
}

const STATEMENT_REACH = 1500;
/** Other names of a statement: "the note" of Italian and French press releases ("la nota", "la note"), "the release". */
const STATEMENT_NAMES: ReadonlySet<string> = new Set(['note', 'release']);

/**
 * "In a statement, his family said Mr. Vale had died "…". "…," the statement said", "X, who
 * chairs the foundation, wrote in the letter. "…" The letter continued": the writing the previous
 * quotation was attributed from speaks with its speaker's voice, named or not.
 */
export function speakerOfStatement({ text, previous }: Context, lowerWords: readonly string[], before: number): Speaker | null {
  const noun = lowerWords[1];
  // ("In a report published today, the regulator said …. "…," the report said": findings are
  // taken up only where the speaker's own sentence opened with them.)
  const findings = PUBLISHED_FINDINGS.has(noun);
  if (lowerWords.length !== 2 || lowerWords[0] !== 'the' || !(AUTHORED_WRITINGS.has(noun) || findings) || !previous?.speaker?.mention) return null;
  const named = lastWordBefore(text, noun, before);
  const said = previous.speaker.mention.start;
  // ("“…,” a Coast Guard spokesperson said in a written statement. The statement added": a writing
  // named after the quotation, in its speaker's own sentence, is still theirs.)
  const saidAfterIn = named > previous.end && said > previous.end && sentenceStart(text, named) <= said && WRITTEN_IN.test(text.slice(Math.max(said, named - 30), named));
  if (named >= 0 && previous.end < named && !saidAfterIn) return null;
  // ("In a letter sent on Monday to the authority, the platform asked …. "…," the letter said": so is
  // any writing the speaker's sentence opened with.)
  const writingOpensSentence = () => OPENING_IN_WRITING.test(text.slice(Math.max(0, named - 16), named));
  // ("A letter from the health centre’s management … describes …. The letter says": so is a writing "from" them.)
  const openedBy = named >= 0 && said > named && said - named < 120 && (noun === 'statement' || writingOpensSentence() || WRITING_FROM.test(text.slice(named, said)));
  if (findings) return openedBy && writingOpensSentence() ? previous.speaker : null;
  const writtenIn = named >= 0 && said < named && named - said < WRITTEN_IN_REACH && WRITTEN_IN.test(text.slice(Math.max(said, named - 30), named));
  // ""…," the email read", after "Ferreira-Holt wrote to billing managers that … "…"": what the
  // previous speaker just wrote, when the article named no writing there.
  return openedBy || writtenIn || saidAfterIn || wroteJustBefore(text, previous, named, before) ? previous.speaker : null;
}

/**
 * Whether the previous quotation, just before `before`, is words its speaker wrote ("wrote to
 * colleagues", "In a 2022 message, … told colleagues"), in a writing other than the one the article
 * named last, at `named`, before that quotation's sentence.
 */
function wroteJustBefore(text: string, previous: Quote, named: number, before: number): boolean {
  const mention = previous.speaker?.mention;
  if (!mention || before - previous.end > WROTE_JUST_BEFORE_REACH) return false;
  const from = sentenceStart(text, Math.min(mention.start, previous.start));
  return named < from && WRITING_WORD.test(text.slice(from, previous.end));
}

const WRITING_FROM = /^\p{L}+\s+(?:from|by)\s+$/u;
const WROTE_JUST_BEFORE_REACH = 300;
const WRITING_WORD = /\b(?:wrote|writes|e-?mail(?:ed|s)?|messages?|memo|letter|texted)\b/;

/** "wrote in the letter", "said in a statement": the speaker's cue, then the writing. */
const WRITTEN_IN = /\b(?:wrote|writes|said|says|added)\s+in\s+(?:the|a|an|his|her|its|their)\s+(?:\p{Ll}+\s+)?$/u;
const WRITTEN_IN_REACH = 300;

/** "Cairnly's lawsuit, filed in federal court, argues", "the union's latest statement said": a writing speaks for whom it belongs to. */
export function ownerOfWriting({ text, entities }: Context, phrase: Span, named: readonly MentionRef[], sourceNoun: number): MentionRef | undefined {
  const noun = nthWord(phrase, sourceNoun);
  // ("a Capital Economics statement": a body's name before the noun owns it, with no "'s".)
  return noun && named.find((ref) => entities[ref.key].type !== 'place'
    && (OWNER_OF_NOUN.test(text.slice(ref.end, noun.start)) || (entities[ref.key].type === 'organization' && BODY_BEFORE_NOUN.test(text.slice(ref.end, noun.start)))));
}

/**
 * "The Electoral Commission, which …, said in a statement that …. "…," the statement said": the
 * writing the article introduced last, as "a statement" or "its statement", speaks for the name
 * opening that sentence.
 */
export function authorOfWritingBefore(context: Context, before: number, noun: string, nounPattern = noun): MentionRef | undefined {
  const { text, mentions, entities } = context;
  const from = Math.max(0, before - INTRODUCED_WRITING_REACH);
  const window = text.slice(from, before);
  const [introduced] = [...window.matchAll(new RegExp(String.raw`\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|the\s+\p{Ll}+['’]s|\p{Lu}[\p{L}-]*['’]s|[Tt]he(?=(?:\s+\p{Ll}+){0,2}\s+${nounPattern}${WHAT_A_WRITING_COVERS},?\s+(?:${MAKING_A_WRITING}|carried\s+out|conducted)\s+by\s)|[Tt]he(?=(?:\s+\p{Ll}+){0,2}\s+${nounPattern}\s+of\s+(?:the\s+)?\p{Lu}))\s+(?:\p{Ll}+\s+){0,2}(?:(?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:for|of|and)\s+)?){1,5}(?:\d{1,2}\s+)?(?:\p{Ll}+\s+)?)?${nounPattern}\b`, 'gu'))].slice(-1);
  if (!introduced) return undefined;
  const at = from + introduced.index;
  // "according to the company’s annual report. The 212-page report describes": the body the possessor's noun takes up.
  const owner = OWNING_DESCRIPTION.exec(introduced[0]);
  if (owner) {
    const body = ORG_INTRODUCERS.has(owner[1]) || ORG_HEAD_WORDS.has(owner[1]) ? organizationInFocus(context, at, owner[1], true) : undefined;
    return body ? { start: at, end: at + owner[0].length, key: body.key } : undefined;
  }
  // "an internal Transport for NSW briefing note … The note describes": the body the writing is named for issued it;
  // so did the body it is from or by ("a January report from consultancy Strathmore Advisory").
  const issuer = mentions.within(at, at + introduced[0].length).find((ref) => entities[ref.key].type === 'organization') ?? writerAfter(context, at + introduced[0].length)
    ?? starterInSentenceAfter(context, at) ?? subjectAfterWritingOpening(context, at, at + introduced[0].length);
  if (issuer) return issuer;
  const sentence = sentenceStart(text, at);
  // The name must be the subject of the verb that introduced the writing, not one a sentence is
  // about ("Halvorsen died on Tuesday, his family said in a statement"); a firm and a title may
  // come first ("Wyndfall chief executive Niamh O'Callaghan-Baptiste called the award "…" in a statement").
  // ("Andeva … had net debt of $410 million, according to its latest filing": or whose writing the subject's
  // facts are from; so with "according to a draft of its upcoming grids package".)
  const end = at + introduced[0].length;
  const possessed = OWNER_PRONOUNS.has(introduced[0].split(/\s/, 1)[0]) || OWNER_PRONOUNS.has(OF_POSSESSOR.exec(text.slice(end, end + 10))?.[1] ?? '');
  return mentions.within(sentence, at).find((ref) => entities[ref.key].type !== 'place'
    && (opensItsSentence(text, ref) || BODY_AND_TITLE_ONLY.test(text.slice(sentence, ref.start)) || CLAUSE_OPENER_BEFORE.test(text.slice(Math.max(0, ref.start - 10), ref.start)))
    && (INTRODUCED_WRITING.test(text.slice(ref.end, at)) || (possessed && ACCORDING_TO_ENDING.test(text.slice(ref.end, at)))))
    ?? describedAuthorBefore(context, at) ?? authorAfterWriting(context, at, noun);
}

/**
 * The body "the" and a noun take up at `at`: one whose name the noun ends or heads, or, for a
 * business noun ("the co-operative", "the firm"), the firm in focus, whatever its name.
 */
function bodyDescribedAs(context: Context, noun: string, at: number): LocalEntity | undefined {
  const plain = noun.replace('co-operative', 'cooperative');
  return bodyNamedByNoun(context, ['the', plain], at) ?? (ORG_INTRODUCERS.has(plain) ? organizationInFocus(context, at, plain, true) : undefined);
}

/**
 * "The court largely shared her view. In its judgment it wrote that …": a body's noun opening the
 * sentence before is whom "it" takes up, the body the noun names, not an outlet that reported since.
 */
export function bodyDescribedOpeningSentenceBefore(context: Context, offset: number): number | undefined {
  const sentence = sentenceBefore(context.text, sentenceStart(context.text, offset));
  const described = sentence && sentence.from >= (context.previous?.end ?? 0) ? BODY_NOUN_SUBJECT.exec(context.text.slice(sentence.from, sentence.to)) : null;
  return described && sentence ? bodyDescribedAs(context, described[1], sentence.from)?.key : undefined;
}

/** "The court ", "The council ": a body's noun opening a sentence, before its verb. */
const BODY_NOUN_SUBJECT = /^\s*The\s+(court|council|committee|tribunal|ministry|department|agency|board|club|company|firm|union|federation|association|authority|commission)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u;

/** "…, the co-operative said in a statement on Tuesday": the body a noun takes up, as the subject that put the writing out. */
function describedAuthorBefore(context: Context, at: number): MentionRef | undefined {
  const from = Math.max(0, at - DESCRIBED_AUTHOR_REACH);
  const described = DESCRIBED_AUTHOR_BEFORE.exec(context.text.slice(from, at));
  if (!described) return undefined;
  const start = from + described.index;
  const body = bodyDescribedAs(context, described[1].toLowerCase(), start);
  return body ? { start, end: start + described[0].indexOf(described[1]) + described[1].length, key: body.key } : undefined;
}

// ("The Montreal-based engine maker told customers in a service bulletin": past what the body does and where it is based, and whom it told;
// "The company, which runs a cheese plant in Rēzekne, told suppliers in a letter": and past a clause on it;
// "The company informed customers of the change in a Jan. 14 email": and past what it told them of.)
const DESCRIBED_AUTHOR_BEFORE = /\b[Tt]he\s+(?:[\p{L}-]+-based\s+)?(?:\p{Ll}+\s+)?((?:\p{Ll}+-)?\p{Ll}+)(?:,\s+(?:which|that)\s+[^,.;:"“”]{1,80},)?\s+(?:(?:has|had|also)\s+)?(?:said|says|added|wrote|told\s+(?:its\s+)?\p{Ll}+|(?:informed|notified)\s+(?:its\s+)?\p{Ll}+(?:\s+(?:of|about)\s+[^,.;:"“”]{1,40}?)?)\s+in\s+$/u;
const DESCRIBED_AUTHOR_REACH = 160;

/** "The Suirvale board met on Tuesday and said": a body's own governing board, named for it, speaks for the body. */
export function bodyOfOwnOrgan({ text, entities }: Context, mention: Span, named: readonly MentionRef[], lowerWords: readonly string[]): MentionRef | undefined {
  if (lowerWords.length !== 3 || lowerWords[0] !== 'the' || !GOVERNING_ORGANS.has(lowerWords[2])) return undefined;
  return named.find((ref) => entities[ref.key].type === 'organization' && /^\s+\p{Ll}+$/u.test(text.slice(ref.end, mention.end)));
}

const GOVERNING_ORGANS: ReadonlySet<string> = new Set(['board', 'management', 'leadership']);

/** The participles that say who made a writing: "issued by", "drawn up by". */
const MAKING_A_WRITING = String.raw`(?:published|issued|released|prepared|produced|compiled|drawn\s+up|submitted|filed)`;

/**
 * "A public notice issued by the department in July", "A report submitted by a government-formed
 * expert committee in 2022": a writing the phrase says who made speaks for its maker, the body a
 * noun takes up or an unnamed one as written, whatever the phrase's last noun.
 */
export function makerOfWritingInPhrase(context: Context, mention: Span, attribution: Attribution): Speaker | undefined {
  const made = WRITING_MADE_BY.exec(mention.text);
  if (!made || !DOCUMENT_NOUNS.has(made[1])) return undefined;
  const makerText = mention.text.slice(made[0].length).replace(WHEN_MADE, '');
  const maker: Span = { start: mention.start + made[0].length, end: mention.start + made[0].length + makerText.length, text: makerText };
  const described = /^the\s+(\p{Ll}+)$/u.exec(makerText);
  // ("The environmental report submitted by the company": a firm's noun takes up the firm in focus.)
  const body = described ? bodyNamedByNoun(context, ['the', described[1]], maker.start)
    ?? (ORG_INTRODUCERS.has(described[1]) ? organizationInFocus(context, maker.start, described[1]) : undefined) : undefined;
  if (body) return anaphor(body, maker, attribution.cue);
  return UNNAMED_MAKER.test(makerText) ? { name: makerText, entity: null, mention: maker, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue } : undefined;
}

const WRITING_MADE_BY = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)\s+${MAKING_A_WRITING}\s+by\s+`, 'u');
const WHEN_MADE = new RegExp(String.raw`\s+(?:${WHEN_PUT_OUT})(?:\s+[\p{L}\d]+){1,2}$`, 'u');
// ("the final report filed by the police in the case": or the force or the investigators of the case.)
const UNNAMED_MAKER = /^(?:an?\s+(?:[\p{Ll}-]+\s+){0,3}\p{Ll}+|the\s+(?:police|prosecution|investigators|inspectors))$/u;

/** Whether the last paper the article named before `before` is a writing someone put out ("a consultation paper published by"), not a newspaper. */
export function isPaperIntroducedAsWriting(text: string, before: number): boolean {
  const papers = [...text.slice(Math.max(0, before - INTRODUCED_WRITING_REACH), before).matchAll(PAPER_AND_MAKER)];
  return papers.at(-1)?.[1] !== undefined;
}

/** The nouns of any writing, which "the document" or "the report" may take up. */
const ANY_WRITING_NOUN = '(?:report|study|audit|assessment|review|analysis|survey|statistics|circular|instruction|directive|recommendation|memo|memorandum|letter|paper|plan|notice|communiqué|indictment|decree|resolution|submission|filing|document|statement)';
/** "paper", or another writing's noun ("the draft resolution drawn up by"), and any "published by" after it. */
const PAPER_AND_MAKER = new RegExp(String.raw`\b(?:paper|${ANY_WRITING_NOUN})\b(\s+${MAKING_A_WRITING}\s+by\b)?`, 'g');

/**
 * "The MPF sent a recommendation to the government …. The document states": "the document" and
 * "the report" take up the writing the article introduced last, whatever it called it.
 */
export function authorOfAnyWritingBefore(context: Context, before: number, noun: string): MentionRef | undefined {
  return WRITING_ANAPHORS.has(noun) ? authorOfWritingBefore(context, before, noun, ANY_WRITING_NOUN) : undefined;
}

const WRITING_ANAPHORS: ReadonlySet<string> = new Set(['document', 'report', 'paper', 'study']);

/**
 * "In a statement issued alongside the petition, the diocese said …": the subject of the verb of
 * speech after the phrase that opens the sentence with the writing, named or a body's noun.
 */
function authorAfterWriting(context: Context, at: number, noun: string): MentionRef | undefined {
  const { text, mentions, entities } = context;
  if (!/^(?:in|with)\s$/i.test(text.slice(Math.max(0, at - 3), at))) return undefined;
  const fronted = FRONTED_WRITING.exec(text.slice(at, at + WRITING_REACH));
  if (!fronted) return undefined;
  const subjectStart = at + fronted[0].length;
  const named = mentions.startingAt(subjectStart);
  if (named) return entities[named.key].type === 'place' ? undefined : named;
  // "In a letter read aloud in the chamber by his lawyer, he called": the last person of the pronoun's gender.
  const pronoun = /^(?:he|she)\b/.exec(text.slice(subjectStart, subjectStart + 4))?.[0];
  if (pronoun) return mentions.lastBefore(at, (ref) => entities[ref.key].type === 'person' && genderOf(context, entities[ref.key]) === PRONOUNS.get(pronoun));
  // "the diocese": the body the noun takes up, written as the noun.
  const description = /^the\s+(\p{Ll}+)\b/u.exec(text.slice(subjectStart, subjectStart + 30));
  if (!description || description[1] === noun) return undefined;
  const body = bodyDescribedAs(context, description[1], subjectStart);
  return body ? { start: subjectStart, end: subjectStart + description[0].length, key: body.key } : undefined;
}

/**
 * "An online petition titled "…" had collected 14,000 signatures. It was started by Dylan
 * Marchetti": whoever the next sentence says started the writing introduced at `at`.
 */
function starterInSentenceAfter({ text, mentions }: Context, at: number): MentionRef | undefined {
  const end = text.slice(at, at + WRITING_REACH).search(/[.!?]\s/);
  if (end < 0) return undefined;
  const next = at + end + 1;
  const started = STARTED_BY_OPENING.exec(text.slice(next, next + 60));
  return started ? mentions.startingAt(next + started[0].length) : undefined;
}

/** "It was started by ": a writing's starter named as its sentence opens. */
const STARTED_BY_OPENING = /^\s+It\s+(?:was|has\s+been)\s+(?:started|created|launched|set\s+up|organi[sz]ed|written|drafted)\s+by\s+(?:the\s+)?/;

/** The rest of a phrase opening with a writing, to the subject of a verb of speech: "a statement issued alongside the petition, ". */
// ("In its final report, released on Wednesday, the ATSB found": a named body after "the", and what a report finds.)
const FRONTED_WRITING = /^[^.!?"“”]*?,\s+(?:the\s+(?=\p{Lu}))?(?=(?:the\s+\p{Ll}+|he|she|\p{Lu}[^,.!?"“”]*?)\s+(?:said|says|wrote|added|found|finds|concluded|concludes|warned|warns|argued|argues|urged|urges|told|tells|claimed|claims|insisted|insists|stated|states|asked|asks|advised|advises|called|calls|described|describes|demanded|demands|appealed|appeals|accused|accuses|noted|notes|stressed|stresses|links|linked|attributes|attributed|identifies|identified|details|detailed|recommends|recommended|estimates|estimated|directed|directs|ordered|orders|instructed|instructs)\b)/u;

/** "Wyndfall chief executive ", "Wyndfall Aeronautics CEO ": capitalised words, then a title, before a name. */
const BODY_AND_TITLE_ONLY = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}?(?:(?:\p{Ll}+|\p{Lu}{2,4})\s+){1,2}$/u;

const WRITING_REACH = 600;
const INTRODUCED_WRITING_REACH = 1500;
const OWNING_DESCRIPTION = /^the\s+(\p{Ll}+)['’]s/u;
/** "The 212-page report": how long a writing is says nothing of whose it is. */
export const LENGTH_OF_WRITING = /^[\d,]+-(?:page|word)$/;
/**
 * The body right after "from" or "by", maybe past a word or two of what it is, that a writing comes
 * from, also past what the writing is of ("a summary of the findings released by the SWD").
 */
export function writerAfter(context: Context, writingEnd: number): MentionRef | undefined {
  const { text, mentions, entities } = context;
  const from = WRITER_AFTER.exec(text.slice(writingEnd, writingEnd + 40));
  // ("a recent report by Dutch market research firm Petvantage Insights": past the firm's nationality and kind.)
  const kind = from ? KIND_OF_WRITER.exec(text.slice(writingEnd + from[0].length, writingEnd + from[0].length + 50)) : null;
  const nameStart = from ? writingEnd + from[0].length + (kind && DEMONYMS.has(kind[1].toLowerCase()) ? kind[0].length : 0) : 0;
  const ref = from ? mentions.startingAt(nameStart) : undefined;
  if (ref) return entities[ref.key].type === 'organization' ? ref : undefined;
  const made = MADE_BY_AFTER.exec(text.slice(writingEnd, writingEnd + MADE_BY_REACH));
  const maker = made ? mentions.startingAt(writingEnd + made[0].length) : undefined;
  if (maker && entities[maker.key].type !== 'place') return maker;
  // "A report by council planning officers": staff named for their body write for it.
  const staff = STAFF_OF_BODY_AFTER.exec(text.slice(writingEnd, writingEnd + MADE_BY_REACH));
  const employer = staff ? bodyNamedByNoun(context, ['the', staff[1]], writingEnd) : undefined;
  const staffNoun = staff?.indices?.[1];
  if (employer && staffNoun) return { start: writingEnd + staffNoun[0], end: writingEnd + staffNoun[1], key: employer.key };
  // "the tender evaluation report, published by the ministry": the body in focus that the noun names.
  const described = PUBLISHED_BY_BODY.exec(text.slice(writingEnd, writingEnd + 40));
  const body = described ? bodyNamedByNoun(context, ['the', described[1]], writingEnd) : undefined;
  return body && described ? { start: writingEnd + described[0].length - described[1].length, end: writingEnd + described[0].length, key: body.key } : undefined;
}

/** " of 1,450 pharmacy staff": whom or what a writing covers, before who made it. */
const WHAT_A_WRITING_COVERS = String.raw`(?:\s+of\s+(?:[^,.;:"“”]|[,.](?=\d)){1,50}?)?`;

/**
 * "The study, "Closing the Automation Gap", was produced by the Association of Contract Logisticians",
 * "a report released in March by Columbus-based market research firm Stanfield Analytics", "a joint
 * letter, sent under the banner of the Walcot Street Traders’ Association": who made the writing,
 * past its title, when it came out, and what kind of maker it is.
 */
const MADE_BY_AFTER = new RegExp(String.raw`^${WHAT_A_WRITING_COVERS}(?:,?\s+(?:titled|entitled|called)?\s*["“][^"“”]{1,120}["”],?)?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:${MAKING_A_WRITING}|carried\s+out|conducted|written|authored|filed|lodged|sent|signed)(?:\s+(?:on|in|last|this|earlier)(?:\s+[\p{L}\d]+){1,2})?\s+(?:by|under\s+the\s+banner\s+of|on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+-based\s+|\p{Lu}\p{Ll}+\s+(?=(?!(?:of|for|and)\s)\p{Ll}[\p{Ll}-]*\s+\p{Lu}))?(?:[\p{Ll}-]+\s+){0,4}`, 'u');
const MADE_BY_REACH = 240;
const STAFF_OF_BODY_AFTER = /^,?\s+(?:(?:prepared|written|drawn\s+up|compiled)\s+)?by\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+)?(?:officers|officials|staff)\b/du;

const PUBLISHED_BY_BODY = /^,?\s+(?:published|issued|released|prepared)\s+by\s+the\s+(\p{Ll}+)\b/u;

const KIND_OF_WRITER = /^(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+\s+){1,3}/u;

// ("a short note on the website of the Investigative Committee": or whose website carried it;
// "the report of the Vigili del Fuoco": or the body it is of.)
const WRITER_AFTER = /^\s+(?:(?:of\s+(?:the\s+|its\s+)?\p{Ll}+\s+)?(?:(?:published|issued|released|prepared)\s+)?(?:from|by)\s+(?:\p{Ll}+\s+){0,3}|on\s+the\s+(?:official\s+)?(?:website|site|page|channel|account)\s+of\s+(?:the\s+)?|of\s+(?:the\s+)?(?=\p{Lu}))/u;

/** "…, when Gracchus Research, a short seller, published a report": the author opens a clause of its own. */
const CLAUSE_OPENER_BEFORE = /(?:^|\s)(?:when|after|as|since)\s+$/;
/** "In a note, Sabará City Hall said": the subject of the sentence a phrase naming the writing opens, whatever it is. */
function subjectAfterWritingOpening({ text, mentions }: Context, writingStart: number, writingEnd: number): MentionRef | undefined {
  if (!IN_BEFORE_WRITING.test(text.slice(sentenceStart(text, writingStart), writingStart))) return undefined;
  const comma = COMMA_AFTER_PHRASE.exec(text.slice(writingEnd, writingEnd + 3));
  const subject = comma ? mentions.startingAt(writingEnd + comma[0].length) : undefined;
  return subject && speaksNext(text, subject.end) ? subject : undefined;
}

const IN_BEFORE_WRITING = /^\s*In\s+$/;
const COMMA_AFTER_PHRASE = /^,\s+/;

/** After its author: an aside, then the verb that puts out the writing ("…, which …, said in", "issued"). */
const OF_POSSESSOR = /^\s+of\s+(\p{Ll}+)\s/u;
const ACCORDING_TO_ENDING = /,\s+according\s+to\s+$/;
// ("The Ministry of National Education (MENFP) had announced the reopening in a circular": past the name's acronym.)
const INTRODUCED_WRITING = /^(?:\s*,.+,|\s+\(\p{Lu}[\p{L}-]{1,10}\))?\s+(?:(?:has|had|also)\s+)?(?:(?:said|says|wrote|writes|added|issued|released|published|sent|posted)\s+|(?:called|described|welcomed|celebrated|hailed|praised|criticised|criticized|defended|announced)\s[^.!?]{0,120}?\s)(?:in\s+)?$/u;

/** "according to him": the pronouns an "according to" names its source by. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural'> = new Map([['him', 'male'], ['her', 'female'], ['them', 'plural']]);
export const OWNER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'> = new Map([['his', 'male'], ['her', 'female'], ['their', 'plural'], ['its', 'neuter']]);

const OWNER_OF_NOUN = /^['’]s\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
/** " statement", " (GAO) report": the words between a body's name and a writing it owns, past the acronym it defines. */
const BODY_BEFORE_NOUN = /^(?:\s+\([\p{Lu}\d&.-]{2,10}\))?\s+(?:\p{Ll}+\s+)?$/u;

export const OPENING_DETERMINER = /^(?:[Tt]he\s+)?$/;

/**
 * Who issued the statement the sentence before `offset` names: the one it is "from" ("a
 * statement from its leader, Leila Haddadi"), or else the subject ("The OpenLens Alliance, a digital
 * rights group, has issued a statement on Vela's camera").
 */
export function issuerOfStatementBefore({ text, mentions, entities }: Context, offset: number): LocalEntity | undefined {
  const sentence = sentenceBefore(text, sentenceStart(text, offset));
  const issued = sentence ? ISSUED_STATEMENT.exec(text.slice(sentence.from, sentence.to)) : null;
  if (!sentence || !issued) return undefined;
  const from = ISSUED_FROM.exec(text.slice(sentence.from + issued.index + issued[0].length, sentence.to));
  const author = from ? mentions.startingAt(sentence.from + issued.index + issued[0].length + from[0].length) : undefined;
  const opener = mentions.within(sentence.from, sentence.to)[0];
  const subject = opener && /^\s*(?:[Tt]he\s+)?$/.test(text.slice(sentence.from, opener.start)) ? opener : undefined;
  const issuer = author ?? subject;
  return issuer && entities[issuer.key].type !== 'place' ? entities[issuer.key] : undefined;
}

/**
 * "A fundraising page set up by Lee's workmate Gary Ormesher has raised £28,000. It reads: "…"": a
 * page or a post the sentence before opens with speaks as whoever set it up or wrote it.
 */
export function writerOfPageBefore({ text, mentions, entities }: Context, offset: number): LocalEntity | undefined {
  // Most pronouns follow no such page: a look for its verb near before spares finding the sentence.
  if (!SET_UP_BY.test(text.slice(Math.max(0, offset - SET_UP_BY_REACH), offset))) return undefined;
  const sentence = sentenceBefore(text, sentenceStart(text, offset));
  const opening = sentence ? PAGE_BY_OPENING.exec(text.slice(sentence.from, sentence.to)) : null;
  if (!sentence || !opening) return undefined;
  const writer = mentions.within(sentence.from + opening[0].length, sentence.to).find((ref) => WRITER_VERB_AFTER.test(text.slice(ref.end, ref.end + 12)));
  return writer && entities[writer.key].type !== 'place' ? entities[writer.key] : undefined;
}

const SET_UP_BY = /\s(?:set up|created|started|launched|written|posted|signed)\s+by\s/;
const SET_UP_BY_REACH = 400;
const PAGE_BY_OPENING = /^\s*(?:A|An|The)\s+(?:[\p{Ll}-]+\s+){0,2}(?:page|post|petition|blog|website|letter|note)\s+(?:set up|created|started|launched|written|posted|signed)\s+by\s/u;
/** The verb after the writer's name: "Gary Ormesher has raised". */
const WRITER_VERB_AFTER = /^\s+(?:has|have|had|was|is|\p{Ll}+ed)\b/u;

/**
 * "Children in Westmarsh have experienced "drift and delay" …, Ofsted has found. … "…," the report
 * said": a report the article never introduced is the findings of the body it said had found them.
 */
export function finderBefore({ text, mentions, entities }: Context, before: number, lowerWords: readonly string[]): MentionRef | undefined {
  // ("The 41-page report" is the report too.)
  const noun = lowerWords.at(-1) ?? '';
  if (!(lowerWords.length === 2 || (lowerWords.length === 3 && LENGTH_OF_WRITING.test(lowerWords[1]))) || !FINDINGS_NOUNS.has(noun)) return undefined;
  const from = Math.max(0, before - FINDER_REACH);
  // A body that only "said" something must be the subject opening its sentence ("The Department of Homeland
  // Security's Office of Inspector General said"), not one a source speaks for ("a spokesman for the UN's
  // World Summit on the Information Society said").
  const finds = (ref: MentionRef) => {
    const verb = FINDING_OR_SAYING_AFTER.exec(text.slice(ref.end, ref.end + 20))?.[1];
    return verb !== undefined && (verb.endsWith('found') || NAMES_ONLY_BEFORE.test(text.slice(sentenceStart(text, ref.start), ref.start)));
  };
  return soleBodyAmong(mentions.within(from, before).filter((ref) => entities[ref.key].type === 'organization' && finds(ref)));
}

const FINDINGS_NOUNS: ReadonlySet<string> = new Set(['report', 'review', 'inspection', 'audit']);

const FINDING_OR_SAYING_AFTER = /^\s+((?:has|have|had)\s+(?:also\s+)?found|found|said|says)\b/;
const NAMES_ONLY_BEFORE = /^\s*(?:(?:[Tt]he|of|for|and|\p{Lu}[\p{L}&.-]*(?:['’]s)?)\s+)*$/u;
const FINDER_REACH = 1500;

/**
 * "In October the Ministry of Culture announced a new grant program. The announcement says": the
 * announcement of the one body the article said had announced something.
 */
export function announcerBefore(context: Context, before: number, lowerWords: readonly string[]): MentionRef | undefined {
  if (lowerWords.length !== 2 || lowerWords[0] !== 'the' || lowerWords[1] !== 'announcement') return undefined;
  return bodyAnnouncingBefore(context, before, ANNOUNCER_REACH);
}

/** The one body named as announcing something within `reach` before `before`. */
function bodyAnnouncingBefore({ text, mentions, entities }: Context, before: number, reach: number): MentionRef | undefined {
  return soleBodyAmong(mentions.within(Math.max(0, before - reach), before)
    .filter((ref) => entities[ref.key].type === 'organization' && ANNOUNCED_AFTER.test(text.slice(ref.end, ref.end + 20))));
}

/**
 * "The club announced the decision on Sunday afternoon on its official website. "…," the statement
 * reads": a statement the article never called one before is the body's that announced something
 * just before, named or taken up by its noun.
 */
function announcerOfStatement(context: Context, before: number): LocalEntity | undefined {
  const named = bodyAnnouncingBefore(context, before, STATEMENT_ANNOUNCED_REACH);
  if (named) return context.entities[named.key];
  const from = Math.max(0, before - STATEMENT_ANNOUNCED_REACH);
  const described = [...context.text.slice(from, before).matchAll(BODY_NOUN_ANNOUNCING)].at(-1);
  const noun = described?.[1];
  return described && noun !== undefined && (ORG_INTRODUCERS.has(noun) || ORG_HEAD_WORDS.has(noun)) ? organizationInFocus(context, from + described.index, noun, true) : undefined;
}

/** "The club announced", "the ministry has announced": a body's noun announcing something. */
const BODY_NOUN_ANNOUNCING = /\b[Tt]he\s+(\p{Ll}+)\s+(?:(?:has|had)\s+)?(?:also\s+)?announced\b/gu;
const STATEMENT_ANNOUNCED_REACH = 300;

const ANNOUNCED_AFTER = /^\s+(?:(?:has|had)\s+)?(?:also\s+)?announced\b/;
const ANNOUNCER_REACH = 600;

/** The first of the mentions when they all name one body, else none: who did it must be beyond doubt. */
function soleBodyAmong(refs: readonly MentionRef[]): MentionRef | undefined {
  return refs.length > 0 && refs.every((ref) => ref.key === refs[0].key) ? refs[0] : undefined;
}

/**
 * "Samuel Whitlow wrote to the vestry on July 14 urging it to reconsider. "…," the letter said": a
 * letter the article never introduced is the one the subject of the sentence before wrote.
 */
export function writerToBefore(context: Context, before: number, lowerWords: readonly string[]): MentionRef | undefined {
  const { text, mentions, entities } = context;
  const sentence = sentenceBeforeQuotingOrNot(text, before);
  if (!sentence || lowerWords.length !== 2 || !LETTER_NOUNS.has(lowerWords[1])) return undefined;
  // ("He said the group had written to the state’s Agriculture Minister": also as someone reports it.)
  const subjectFrom = sentence.from + (REPORTED_BY_BEFORE_WRITER.exec(text.slice(sentence.from, sentence.to))?.[0].length ?? 0);
  const named = mentions.within(subjectFrom, sentence.to).find((ref) => entities[ref.key].type !== 'place' && WROTE_TO_AFTER.test(text.slice(ref.end, ref.end + 30))
    && NAMES_ONLY_BEFORE.test(text.slice(subjectFrom, ref.start).replace(/^.*,\s*/s, '')));
  if (named) return named;
  // ("The union has written to the Minister of Energy …. The letter, which Al-Watwan has seen, says": a body's noun, the one it takes up.)
  const described = DESCRIBED_WRITER_TO.exec(text.slice(subjectFrom, sentence.to));
  const body = described ? bodyDescribedAs(context, described[1], subjectFrom) : undefined;
  return described && body ? { start: subjectFrom + described.index, end: subjectFrom + described.index + described[0].length, key: body.key } : undefined;
}

/** "He said ", "Ashcombe added that ", "Ambalong told MindaNews ": whoever reports the sentence's news, before its own subject. */
const REPORTED_BY_BEFORE_WRITER = /^\s*(?:He|She|They|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:said|says|added|explained|told\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’-]*\s+){1,3}|told\s+\p{Ll}+\s+)(?:that\s+)?/u;
const LETTER_NOUNS: ReadonlySet<string> = new Set(['letter', 'email', 'e-mail', 'message', 'note']);
const WROTE_TO_AFTER = /^,?\s+(?:(?:has|had|also)\s+){0,2}(?:wrote|written)\s+to\s/;
const DESCRIBED_WRITER_TO = /^\s*[Tt]he\s+(\p{Ll}+)(?=\s+(?:(?:has|had)\s+(?:also\s+)?written|(?:also\s+)?wrote)\s+to\s)/u;

/** "The review was led by Saskia van der Poel. It describes "…"": a report or a review the sentence before opens with speaks as its author. */
export function authorOfFindingsBefore(context: Context, offset: number): LocalEntity | undefined {
  const sentence = sentenceBefore(context.text, sentenceStart(context.text, offset));
  return sentence && FINDINGS_OPENING.test(context.text.slice(sentence.from, sentence.to)) ? findingsAuthor(context, offset) : undefined;
}

const FINDINGS_OPENING = /^\s*(?:The|Its|Their)\s+(?:\p{Ll}+\s+)?(?:report|review)\b/u;

const ISSUED_STATEMENT = /\b(?:issued|released|published|put out)\s+(?:a|an|its|the)\s+(?:\p{Ll}+\s+)?statement\b/u;
const ISSUED_FROM = /^\s+from\s+(?:(?:its|the|their|his|her)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+,?\s+)?/u;

/**
 * "According to a statement signed by its National Publicity Secretary, Mr Dauda Kolawole-Baptiste,
 * the party …", "In a statement signed by the Chief Press Secretary, Mr Friday Egwu-Amodu, the
 * government said", "An end-user certificate signed by Qasr al-Bahr … described": a writing's
 * signatory, named in its sentence before the cue's subject ends, is its author and the speaker.
 */
export function signerOfWritingBefore(context: Context, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const { text, entities } = context;
  const end = attribution.phraseStart + attribution.phrase.length;
  // Most sentences sign nothing: a look for the words spares finding the sentence's start.
  // (A search forwards, which is fast, rules them out before the slow search back for the last.)
  const reach = Math.max(0, end - SIGNATORY_REACH * 2);
  const before = text.slice(reach, end);
  const signed = before.includes(' signed by ') ? reach + before.lastIndexOf(' signed by ') : -1;
  if (signed < reach || attribution.phraseStart > span.open) return null;
  // The writing is named in the cue's own sentence: "… in a statement signed by several members. It said" is the body's.
  const from = sentenceStart(text, attribution.phraseStart);
  if (signed < from) return null;
  const writing = SIGNED_WRITING.exec(text.slice(from, signed));
  const signer = writing ? writerNamedWith(context, writing[1], from + writing.index) : undefined;
  return signer && signer.start < span.open && entities[signer.key].type !== 'place' ? speakerNamedAt(context, signer, attribution) : null;
}

/**
 * ""…," said the memo, which was signed by Derek Ambrose, Lumara's senior vice president of sales":
 * the signatory named right after the writing wrote it.
 */
export function signerNamedAfter({ text, mentions, entities }: Context, writingEnd: number): MentionRef | undefined {
  const signed = SIGNED_AFTER.exec(text.slice(writingEnd, writingEnd + 40));
  if (!signed) return undefined;
  const nameStart = writingEnd + signed[0].length;
  const signer = mentions.within(nameStart, nameStart + SIGNATORY_REACH).find((ref) => entities[ref.key].type === 'person' || entities[ref.key].type === 'organization');
  return signer && !endsSentenceBetween(text, nameStart, signer.start) ? signer : undefined;
}

// (""…," the letter said. It was signed by Kestrel's president": or in the sentence after.)
const SIGNED_AFTER = /^(?:,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?|\s+(?:said|says|read|reads|added)\.\s+It\s+(?:was|is)\s+)(?:signed|thumbprinted)\s+by\s+/;

/** "The petition, thumbprinted by 64 families, reads:": the many who signed a writing, or the one, none of them named. */
export function unnamedSignersAfter(text: string, writingEnd: number): Span | undefined {
  const signed = SIGNED_AFTER.exec(text.slice(writingEnd, writingEnd + 40));
  if (!signed) return undefined;
  const start = writingEnd + signed[0].length;
  const signers = UNNAMED_SIGNERS.exec(text.slice(start, start + SIGNATORY_REACH));
  return signers ? { start, end: start + signers[0].length, text: signers[0] } : undefined;
}

// ("The document, signed by a deputy district hokim, asks": or one, unnamed; "a letter signed by 41 of the orchestra's 68 musicians,": or some of many.)
const UNNAMED_SIGNERS = /^(?:(?:(?:more\s+than|over|nearly|almost|some)\s+)?(?:\d[\d,]*|hundreds|thousands|dozens)(?:\s+of(?:\s+(?:the|its|their)(?:\s+\p{Ll}+['’]s)?(?:\s+\d[\d,]*)?)?)?|an?)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}+(?=,)/u;

/** The writing a signatory signs, its noun right before "signed by". */
const SIGNED_WRITING = /\b(statement|letter|release|communiqué|certificate|declaration|petition)\s*$/;

/** Participles of putting a writing out, before "by" and its maker: "issued by", "signed by". */
export const MAKING_VERBS = 'issued|published|released|sent|signed|written|drafted|prepared';

/** "notice", "letter", "release": a writing's noun, which no person is. */
export function isWritingNoun(noun: string): boolean {
  return DOCUMENT_NOUNS.has(noun) || noun === 'release';
}

/** Whether the mention is a writing ("the statement") whose verb alone stands between it and the quotation. */
export function isWritingJustBefore(text: string, mention: Span, span: QuoteSpan): boolean {
  const writing = WRITING_MENTION.exec(mention.text);
  return writing !== null && DOCUMENT_NOUNS.has(writing[1]) && VERB_ALONE.test(text.slice(mention.end, span.open));
}

const VERB_ALONE = /^\s+\p{Ll}+[.,:]?\s*$/u;

/**
 * "A spokesperson for Medina Vale Homes told OnTheWight the company was "disappointed" …. The
 * statement went on:": a statement the article never introduced is the words of the one just
 * quoted.
 */
export function makerOfUnintroducedStatement({ text, previous }: Context, mention: Span, lowerWords: readonly string[]): Speaker | undefined {
  if (lowerWords.length !== 2 || lowerWords[0] !== 'the' || lowerWords[1] !== 'statement' || !previous?.speaker) return undefined;
  if (/\bstatement\b/i.test(text.slice(0, mention.start)) || mention.start - previous.end > UNINTRODUCED_STATEMENT_REACH) return undefined;
  return previous.speaker;
}

const UNINTRODUCED_STATEMENT_REACH = 200;

/**
 * "The Concello de Vigo also celebrated the contract in a statement, which describes it as": a
 * writing the sentence's subject spoke in, taken up by "which", is that subject's.
 */
export function writingOfSubjectBefore(context: Context, mention: Span, lowerWords: readonly string[]): MentionRef | undefined {
  const inWriting = lowerWords.length === 2 && (lowerWords[0] === 'a' || lowerWords[0] === 'an') && /\bin\s+$/.test(context.text.slice(Math.max(0, mention.start - 4), mention.start))
    && /^,\s+which\s/.test(context.text.slice(mention.end, mention.end + 8));
  return inWriting ? authorOfWritingBefore(context, mention.end, lowerWords[1]) : undefined;
}

/** Whether the mention is the possessor of a writing: "Mr Crosby" of "Mr Crosby's statement". */
export function isAuthorOfDocument(text: string, mention: Span): boolean {
  // The noun may follow an adjective: "Mr Crosby's written statement".
  const words = /^['’]s\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(mention.end, mention.end + 40));
  // ("The notice, signed by Town Clerk Nkosinathi Mavuso …, states": or its signer, in its apposition.)
  const signed = WRITING_SIGNED_BY.exec(text.slice(Math.max(0, mention.start - 80), mention.start));
  return (words !== null && (DOCUMENT_NOUNS.has(words[1]) || (words[2] !== undefined && DOCUMENT_NOUNS.has(words[2])))) || (signed !== null && isWritingNoun(signed[1]));
}

const WRITING_SIGNED_BY = new RegExp(String.raw`\b(\p{Ll}+),\s+(?:${MAKING_VERBS})\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$`, 'u');
