import { type CueMatch, findCues, FINDING_VERBS, JUDGEMENT_VERBS, OWN_VIEW_NOUNS } from '../cues';
import type { QuoteSpan } from '../quotes';
import { isWhitespaceCode } from './chars';
import { type Attribution, attributionTo, type Phrase } from './attributionTypes';
import { hasMoreWordsThan, hasSentenceBreak, opensSentence, paragraphEnd, sentenceStart } from './sentenceBounds';
import { hasQuoteMark } from './namesInQuotationMarks';
import { DESCRIPTION_VERBS, MAX_PHRASE_WORDS, QUOTED_AS, QUOTED_TITLE, SUBJECT_AND_APPOSITION, subjectBefore, WITH_SUBJECT, withoutPostNominals } from './cueSubjects';
import { isNicknameOpening, nameBeforeAffiliation, nameInAppositionAfter, nextQuoteMark, ONLY_A_NAME, phraseAfter, PLACE_OF_WRITING } from './wordsAfterCue';
import { ROLE_WORDS } from '../../text/lexicon';

const WINDOW = 220;
const MAX_LABEL_WORDS = 8;
const MAX_TITLED_LABEL_WORDS = 24;

/** A name of two to four capitalised words, maybe after an honorific, then a comma: the name's part of a label. */
const TITLED_NAME_LABEL = /^((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+(?=\p{Lu})/u;
/** "described by Jobs as", "accused by MPs of", "praised by police for"; not "responded by accusing the prime minister of". */
const PASSIVE_BY = /^\s+by\s+(?![a-z]+ing\s)([^,.;:"“”]{2,60}?)\s+(?:as(?:\s+an?)?|of|for|(?:whether|if)\s[^"“”]*?)\s*$/;

/**
 * Words after a quotation that go on with its clause ("is a certainty,", "once he realised the
 * journalist was Jewish,"): opening with a lower-case word that is no determiner, pronoun or
 * conjunction ("and, according to Reuters," is a parenthesis), and not ending in a name
 * (NAME_THEN_COMMA: "shop owner Hayriye Evren," is a subject).
 */
const PREDICATE_THEN_COMMA = /^\s*(?!(?:the|a|an|his|her|its|their|our|my|one|he|she|they|it|we|i|you|and|but|or|while|as|so|yet)\b)\p{Ll}[^.!?;:"“”]*,\s*$/u;

const NAME_THEN_COMMA = /\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*,\s*$/u;
/** "lead author Dr Lena Brunnschweiler, a research associate at the clinic,": a title in lower case, a name and an apposition (no preposition, which would make a predicate). */
const TITLED_NAME_THEN_APPOSITION = /^\s*(?:(?!(?:with|of|to|from|by|for|at|in|on|against|over|about)\s)\p{Ll}+\s+){1,3}(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+,\s*[^,]+,\s*$/u;
/**
 * A whole subject, a comma and then its verb: "shop owner Hayriye Evren, told", "Kirsten Pfeifer
 * from the Consumer Electronics Association, told". Only a lone name, with a trade before it or
 * its body after it, so that a clause ("all unnamed "allies" of Mr Blair and Mr Brown,") is not read as one.
 */
const STRAY_COMMA_SUBJECT = /^\s*(?:\p{Ll}+\s+){0,3}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+(?:\s+(?:from|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?,\s*$/u;

/** A quotation ending in a full stop, or in a question or exclamation mark that a comma-free attribution does not follow. */
function endsSentence(span: QuoteSpan): boolean {
  return /[.?!]$/.test(span.text.trimEnd());
}

/**
 * After a quotation that ends its sentence, a new sentence is an attribution only when it is as
 * short as "Hegseth said." or "\"Why?\" he asked on Friday": a verb of speech after at most three
 * words and before at most four ("Mr Armes warned that developers still had to learn…" and
 * "Responding to the criticism, Mr Pugh said" are sentences of their own).
 */
function isShortAttribution(between: string, cue: string, after: string): boolean {
  const verb = cue.toLowerCase();
  // "…this year." said Janco Partners analyst Martin Pyykkonen: inverted, the name follows the
  // verb, which a new sentence would capitalise ("Asked if his honeymoon was over, Mourinho replied").
  if (between.trim() === '') return SPEECH_VERBS.has(verb) && cue === verb;
  // Quoted words count: "Andy Robinson said he would "keep working on the kicking" with his squad" is a sentence of its own.
  const rest = /^[^.,;:!?]*/.exec(after)?.[0] ?? '';
  // "…whose money this is?" Oisín MacCarthy-Duarte, managing director at Stonequay Advisors, told
  // Finextra.": a name and its apposition, set off by commas (but "…, president of Sydus, said, "…""
  // introduces the next quotation).
  const subject = (!hasMoreWordsThan(between, 3) && !/[,:]/.test(between)) || (NAME_AND_APPOSITION.test(between) && !QUOTATION_NEXT.test(after));
  // (""Why build your own grid?" he asked in a webcast launching the event": a pronoun's verb, then where it was said, at any length.)
  const setting = PRONOUN_ONLY.test(between) && SETTING_OPENING.test(rest);
  return subject && SPEECH_VERBS.has(verb) && (!hasMoreWordsThan(rest, 4) || setting) && !/^\s*that\b/.test(rest);
}

const PRONOUN_ONLY = /^\s*(?:he|she|they)\s*$/i;
const SETTING_OPENING = /^\s+(?:in|at|on|during|to|after|before|from|while|with)\s(?![^.!?]*\bthat\b)/;

const QUOTATION_NEXT = /^\s*[,:]?\s*["“]/;
// (Also "Adam Hume, the BBC Broadcast's futurologist told": a "the" description whose closing comma is missing.)
const NAME_AND_APPOSITION = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+(?:\p{Ll}[^,.;:!?"“”]{1,80},|the\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll}[\p{Ll}-]+)\s*$/u;

/** Verbs that report the words themselves, which alone may follow a quotation that ends its sentence. */
const SPEECH_VERBS = new Set(`
said says added adds told tells wrote writes explained explains continued continues insisted insists argued argues warned warns
asked asks replied replies noted notes stated states declared declares concluded concludes admitted admits conceded concedes
recalled recalls remarked remarks commented comments answered answers responded responds testified testifies
shouted shouts yelled yells screamed screams exclaimed exclaims whispered whispers muttered mutters
retorted retorts snapped snaps quipped quips interjected countered counters cried
`.trim().split(/\s+/).concat('according to', 'shot back', 'fired back', 'hit back'));

/** Whether the words between a quotation and a cue open a relative clause the cue is still in ("where some senior Tories"). */
function isInRelativeClause(between: string): boolean {
  return RELATIVE_OPENING.test(between) && !between.includes(',');
}

const RELATIVE_OPENING = /^\s*(?:where|which|when|that)\s/;
/** ", as he ": the aside "as he puts it" opening after a quotation. */
const AS_ASIDE_ENDING = /\bas\s+\S+\s+$/;
/** ": “": a colon that opens a quotation. */
const COLON_THEN_QUOTATION = /^\s*:\s*["“‘']/;
/** "said ", "told ": a verb of speech right before a word, which makes that word no second verb. */
const SPEECH_VERB_BEFORE = /\b(?:said|says|told|added|wrote)\s+$/;
const SPEECH_VERB_REACH = 8;

/** After a cue: a name or a description, then the comma that closes the parenthesis. */
const PARENTHESIS_AFTER = /^\s+(?:\p{Lu}|(?:the|a|an|one)\s)[^,.;:"“”]{0,80},/u;
/** After a cue: a name, maybe titled, that ends the sentence ("the children will stay inside, says headteacher Ewa Solich."). */
const NAME_ENDING_SENTENCE_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\.(?:\s|$)/u;

/** "Dr Anjali Mehra-Lau, an assistant professor,": a subject with a noun phrase or a name in apposition; not "Ultimately, there will be,". */
function endsWithApposition(before: string): boolean {
  const framed = SUBJECT_AND_APPOSITION.exec(before);
  if (!framed) return false;
  // ("The company's head of fish health, Dr Morven Selkirk,": or a role, then the name of whoever holds it.)
  // ("Joanne Pickersgill, sales director at Moorside Nurseries,": or a name, then the title it holds.)
  return APPOSITION_OPENING.test(framed[2]) || (DETERMINER_OPENING.test(framed[1]) && ONLY_A_NAME.test(framed[2])) || (ONLY_A_NAME.test(framed[1]) && opensWithTitle(framed[2]));
}

/** "sales director at Moorside Nurseries", "chief executive of …": a title in lower case in the first words. */
function opensWithTitle(words: string): boolean {
  const opening = LOWER_CASE_OPENING.exec(words)?.[0].split(/\s+/) ?? [];
  return opening.some((word) => ROLE_WORDS.has(word));
}

const LOWER_CASE_OPENING = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}/u;

const DETERMINER_OPENING = /^\s*(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s/;

const APPOSITION_OPENING = /^(?:an?|the|its|his|her|their|\d)\b/i;

/** A verb's own "that" clause, right after it or past a few words saying when or where ("said Wednesday that", "said in a statement that"). */
const OWN_THAT_CLAUSE = /^(?:\s+[\p{L}\d’'-]+){0,4}?\s+that\b/u;
const OWN_THAT_REACH = 48;

/**
 * The attributions a quotation may have, most likely first: after the quotation when it ends a
 * clause (`"…," Hegseth said`), else the cues of the sentence before it, nearest first. Each is
 * worked out only when the caller asks for it, as the first that names someone usually ends the search.
 */
export function* attributionsFor(text: string, quotes: readonly QuoteSpan[], index: number): Generator<Attribution> {
  const span = quotes[index];
  yield* present(verdictAfter(text, span));
  const endsClause = span.close !== null && (/[,!?]$|—$/.test(span.text.trimEnd()) || isAttributedAfterComma(text, span.close));
  // (The sentence before is read first, and what comes after the quotation only if no cue there names anyone.)
  if (!endsClause) {
    yield* attributionsBefore(text, span);
    yield* present(attributionAfter(text, span, quotes[index + 1]));
    return;
  }
  const after = attributionAfter(text, span, quotes[index + 1]);
  // (The sentence before is read only when asked for: the words after the quotation usually name its speaker.)
  let before: Attribution[] | undefined;
  const attributionsOfSentenceBefore = () => (before ??= attributionsBefore(text, span));
  // "Sæther asked whether the gap could be "…," according to the minutes": a record only vouches
  // for words whose speaker the sentence names before them.
  // "Mr Cohen said the proposal was "…," according to the network": nor does an outlet that reports
  // the words of a speaker the sentence names before them.
  // (""…," in the words of left tackle Ifeanyi Brannigan-Holt" names whose words they are, whoever described them.)
  const beforeComesFirst = after !== undefined && !isInWordsOf(text, after)
    && (citesRecord(after) || (after.cue === 'according to' && attributionsOfSentenceBefore().some(saysBefore)));
  if (!beforeComesFirst) yield* present(after);
  yield* attributionsOfSentenceBefore();
  if (beforeComesFirst) yield after;
}

/**
 * ""Safety at sea is not negotiable." ¶ That was the warning from the acting General Manager of the
 * authority, Kensen Tarilongi", "“…” That was the verdict of owner-driver Stuart Mellish": the
 * sentence right after a quotation that ends its own names whose words they were.
 */
function verdictAfter(text: string, span: QuoteSpan): Attribution | undefined {
  if (span.close === null || !/[.!?…]$/.test(span.text.trimEnd())) return undefined;
  const from = span.close + 1;
  const lead = /^[ \t]*\n?[ \t]*\n?[ \t]*/.exec(text.slice(from, from + 8))?.[0].length ?? 0;
  const verdict = VERDICT_OPENING.exec(text.slice(from + lead, from + lead + VERDICT_REACH));
  if (!verdict) return undefined;
  const at = from + lead;
  const phraseStart = at + verdict[0].indexOf(verdict[1], verdict[0].search(/\s(?:from|of)\s/));
  const appositive = verdict[2] === undefined ? undefined : { phrase: verdict[2], phraseStart: at + verdict[0].lastIndexOf(verdict[2]) };
  return { phrase: verdict[1], phraseStart, cue: 'verdict', method: 'cue-after', appositive };
}

const VERDICT_OPENING = /^(?:That|This|Such)\s+(?:was|is)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:warning|verdict|message|view|assessment|reaction|response|plea|promise|conclusion|advice|judgement|judgment|take)\s+(?:from|of)\s+((?:[^,(.;:!?"“”]|(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St))\.)*[^,(.;:!?"“”\s])(?:\s*\([^)\n]{1,20}\))?(?:,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)(?=[,.]))?(?=[\s,.;(])/u;
const VERDICT_REACH = 300;

/** A verb of speech before the quotation, whose subject says it ("Rheinhafen rejected two bids, including one worth "…"" says nothing). */
function saysBefore({ method, cue }: Attribution): boolean {
  return method === 'cue-before' && (SPEECH_VERBS.has(cue) || cue === 'described' || cue === 'called');
}

/** Whether an attribution names its speaker "in the words of" them. */
function isInWordsOf(text: string, { cue, phraseStart }: Attribution): boolean {
  return cue === 'according to' && /\bwords\s+of\s+$/.test(text.slice(Math.max(0, phraseStart - 12), phraseStart));
}

/** "according to the minutes", "according to a copy of the report": the document the words are recorded in. */
function citesRecord({ cue, phrase }: Attribution): boolean {
  return cue === 'according to' && RECORD.test(phrase);
}

const RECORD = /^\s*(?:(?:a|the)\s+copy\s+of\s+)?(?:the|a|an)\s+(?:\p{Ll}+\s+)?(?:minutes|report|filing|transcript|records?|documents?|memo|emails?|notes|recording|readout|complaint|indictment|lawsuit|letter)(?:\s+(?:reviewed|seen|obtained|viewed)\s+by\s+[^,.;:"“”]+)?\s*$/u;

/**
 * `"…minor injuries", they said`: British style puts the clause's comma after the closing mark;
 * the quotation then ends its clause when a verb of speech follows within a few words. (Other
 * words after the comma go on with the sentence: `"very excited", describing Charles as`.)
 */
function isAttributedAfterComma(text: string, close: number): boolean {
  if (text.charCodeAt(close + 1) !== 44) return false;
  const verb = /^,\s*(?:[^\s,.;:"“”]+\s+){1,3}?([a-z]+)\b/.exec(text.slice(close + 1, close + 60))?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb);
}

// ("for "gross misconduct" after parents accused the school": a subordinate clause with its own subject does too,
// unless a comma closes it before the attribution of all the sentence, ""…" until the regulator has reviewed …, Kollárová noted".)
const NEW_CLAUSE = /^\s*(?:(?:while|whereas)\s|(?:after|before|because|although|though|unless|until)\s[^,]*$)/i;
const NOUN_WITH_RELATIVE = /^[\s,]*(?:a|an)\s+(?:\p{Ll}+\s+)?(?:promise|claim|pledge|description|phrase|line|warning|charge|accusation|assertion|assessment|characteri[sz]ation|label|refrain|message|point|vow|boast|prediction|view)\s+(?:that\s+|which\s+)?(?:the\s+)?\S/u;
const QUALIFIED_NOUN_WITH_RELATIVE = /^\s+\p{Ll}[^"“”.;:!?]*?,?\s+(?:which|that)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** "and Femke Oudshoorn, her editor, said" ("and added" goes on with the quotation's speaker). */
const AND_SUBJECT = /^\s*and\s+(?:(?:on|in|at|by|last|later|earlier|then)\s+(?:[\p{L}\d]+\s+){0,2}?)?(?:\p{Lu}|(?:the|a|an|it|he|she|they)\s)/u;

/** "she laughs", "Jeanine grinned": who laughed or smiled, then the verb, ending its clause. */
const LAUGHING_AFTER = /^((?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}))\s+(laughs|laughed|smiles|smiled|grins|grinned|chuckles|chuckled)(?=\s*[.,;!?—–])/u;

/** A dash after the closing mark, then capitalised words (no sentence) to the paragraph's end. */
const SIGN_OFF = /^[ \t]*(?:--|—|–)[ \t]*(\p{Lu}[^\n"“”.!?;:]{1,100}?)[ \t]*$/u;

/** Where the words read after a quotation from `from` end: at the window's reach, the next quotation or the paragraph's end. */
function windowEnd(text: string, from: number, next: QuoteSpan | undefined): number {
  // ("…," said CMDOF president Teodulo “Ondoy” Caballes, who …": a nickname inside a name ends no window.)
  const nextMark = next && next.close !== null && isNicknameOpening(text, next.open) ? nextQuoteMark(text, next.close + 1, from + WINDOW) : next?.open;
  return Math.min(text.length, from + WINDOW, nextMark ?? Infinity, paragraphEnd(text, from));
}

/**
 * ""…" The words came from Themba Mamba, a 58-year-old diabetic": the next sentence says whose
 * the words were; or the next paragraph, when the quotation ends its own (""…"¶These words are
 * those of Mariam Haroun Baba, a mother of five").
 */
function whoseWordsAfter(text: string, from: number, limit: number, next: QuoteSpan | undefined): Attribution | undefined {
  const paragraphBreak = /^[ \t]*\n\s*/.exec(text.slice(from, from + WINDOW));
  const start = paragraphBreak ? from + paragraphBreak[0].length : from;
  const end = paragraphBreak ? windowEnd(text, start, next) : limit;
  const wordsFrom = WORDS_CAME_FROM.exec(text.slice(start, end));
  const speaker = wordsFrom ? phraseAfter(text, start + wordsFrom[0].length, end) : undefined;
  return speaker ? { phrase: nameBeforeAffiliation(speaker.phrase), phraseStart: speaker.phraseStart, cue: 'said', method: 'cue-after', appositive: nameInAppositionAfter(text, speaker, end) } : undefined;
}

/** An attribution that may be missing, as the list of none or one to yield. */
function present(attribution: Attribution | undefined): Attribution[] {
  return attribution ? [attribution] : [];
}

/** `"…," Hegseth said` / `"…," said Mr Smith` / `"…," according to a source`. */
function attributionAfter(text: string, span: QuoteSpan, next: QuoteSpan | undefined): Attribution | undefined {
  if (span.close === null) return undefined;
  const from = span.close + 1;
  const limit = windowEnd(text, from, next);
  const window = text.slice(from, limit);
  // ""…" -- Jets forward Kyle Brannigan": a dash, then who said it, closing the paragraph.
  const signOff = SIGN_OFF.exec(text.slice(from, paragraphEnd(text, from)));
  if (signOff) return { phrase: signOff[1], phraseStart: from + signOff[0].indexOf(signOff[1]), cue: '—', method: 'cue-after' };
  const whose = whoseWordsAfter(text, from, limit, next);
  if (whose) return whose;
  // ""…" That was how one longtime Power Plant 1 operator described the facility": so does how someone put it.
  const putIt = THAT_WAS_HOW.exec(window);
  if (putIt?.indices) {
    // ("That was how the society's exhibition manager, Keith Rawnsley, described": with the name in apposition.)
    const appositive = putIt.indices[2] ? { phrase: putIt[2], phraseStart: from + putIt.indices[2][0] } : undefined;
    return { phrase: putIt[1], phraseStart: from + putIt.indices[1][0], cue: putIt[3], method: 'cue-after', appositive };
  }
  const lead = /^[\s,;:—–-]*/.exec(window)?.[0].length ?? 0;
  if (/^\s*\./.test(window)) return undefined;
  // ""My knees have decided for me," she laughs.": a laugh or a smile after words that open their
  // sentence, whose clause goes on past them, is how they were said; before a quotation ("She
  // laughs. "…"") or after one inside a clause ("Asked about the remark that "…," he grinned") it says nothing.
  const laughing = /[,!?]$/.test(span.text.trimEnd()) && opensSentence(text, span) ? LAUGHING_AFTER.exec(window.slice(lead)) : null;
  if (laughing) return { phrase: laughing[1], phraseStart: from + lead, cue: laughing[2], method: 'cue-after' };
  let [cue] = findCues(window, lead, 1);
  // "a "tough meeting" where some senior Tories argued against the move, party sources told the
  // BBC": the verb of a relative clause on the quoted words is not their attribution.
  if (cue && isInRelativeClause(window.slice(lead, cue.index))) {
    const comma = window.indexOf(',', cue.index);
    [cue] = comma < 0 ? [] : findCues(window, comma + 1, 1);
  }
  if (!cue || (JUDGEMENT_VERBS.has(cue.cue) && !isInvertedJudgement(window, cue, lead))) return undefined;
  // ""…," insisting that the administration had paid": a participle right after the quotation goes
  // on with the sentence's subject, before the quotation; no one is named after it.
  if (cue.cue.endsWith('ing') && cue.index === lead && /^\s+that\b/.test(window.slice(cue.index + cue.length))) return undefined;
  // ""…," the report found.": a finding verb ends the attribution; "she found a reference" is a new clause.
  // ("…, the Office of Anticorruption and Integrity found in a notice dated March 28.": where it was found may follow.)
  if (FINDING_VERBS.has(cue.cue) && !/^[.,;]/.test(window.slice(cue.index + cue.length)) && !FOUND_IN_WRITING.test(window.slice(cue.index + cue.length))) return undefined;
  const between = withoutPostNominals(window.slice(lead, cue.index));
  // "X said an amnesty was "not on the agenda," while Kasongo said …": a conjunction opens a new
  // clause, whose speaker is not the quotation's ("as he put it" still is).
  if (NEW_CLAUSE.test(between)) return undefined;
  // ""…," a promise the company has since repeated": a noun the quotation is, with a relative clause on it, quotes no one after it.
  if (NOUN_WITH_RELATIVE.test(between)) return undefined;
  // ("plans to introduce "neighbourhood" mooring zones on the canal, which campaigners say would": so does the noun a quoted word qualifies.)
  if (QUALIFIED_NOUN_WITH_RELATIVE.test(window.slice(0, cue.index))) return undefined;
  // So does "and" with a subject whose verb reports more ("…," and Femke Oudshoorn said the
  // manuscript arrived "…"); "…" and India had its own problems, Ms Short said." ends with the attribution of both.
  if (AND_SUBJECT.test(between) && !/^\s*[.!?]/.test(window.slice(cue.index + cue.length))) return undefined;
  // "…to discuss "all of our options," but Democratic leaders privately acknowledged that …": a
  // verb with its own reported speech after "but" opens a new clause, maybe past when it was said
  // ("but ticketing agency Tixpark said Wednesday that"); "…, but these hid tax rises…, he said" does not.
  if (/^\s*but\s/i.test(between) && OWN_THAT_CLAUSE.test(window.slice(cue.index + cue.length, cue.index + cue.length + OWN_THAT_REACH))) return undefined;
  // "said the department was "weighing every option," and that Kowalczyk had asked the Army": a
  // second "that" clause goes on with the reported speech; the verb in it reports no one.
  if (/^\s*and\s+that\s/i.test(between)) return undefined;
  // "It found "…" at the Texas Facilities Commission, and said": the rest of the sentence's
  // predicate, then a second verb of its subject, before the quotation; no one is named after it.
  if (PREPOSITION_THEN_AND.test(between)) return undefined;
  // "Barcelona star Ronaldinho admitted: "…"": a cue before a colon introduces the next quotation
  // (but ""…", as he puts it: a sourdough rye, …" is an aside on this one, before a list).
  const afterCueWord = window.slice(cue.index + cue.length);
  if (/^\s*:/.test(afterCueWord) && !(AS_ASIDE_ENDING.test(between) && !COLON_THEN_QUOTATION.test(afterCueWord))) return undefined;
  // The words after the cue are read past the next quotation's mark, which may be inside the same sentence.
  const afterCue = from + cue.index + cue.length;
  if (endsSentence(span) && !isShortAttribution(between, window.slice(cue.index, cue.index + cue.length), text.slice(afterCue, Math.min(afterCue + WINDOW, paragraphEnd(text, afterCue))))) return undefined;
  if (hasSentenceBreak(window, lead, cue.index)) return undefined;
  const cueWord = cue.cue;
  // ""slowing supply growth" is a certainty, said David Anders": the rest of the clause, then the
  // inverted attribution of the whole sentence (but "the new chair of the IETF, Brian Carpenter,
  // told the BBC" is a subject before its verb).
  // "…," shop owner Hayriye Evren, told Associated Press: a clause ending in a name is the subject.
  // (""…," lead author Dr Lena Brunnschweiler, a research associate at the clinic, told DTI": so is a titled name with its apposition.)
  const clauseThenCue = PREDICATE_THEN_COMMA.test(between) && !NAME_THEN_COMMA.test(between) && !TITLED_NAME_THEN_APPOSITION.test(between);
  if (between.trim() === '' || clauseThenCue) {
    // Inverted order: "said Mr Smith", "according to the spokesperson"; but after "telling" comes
    // whom the words were told ("…," telling the court that …), whose speaker is the sentence's subject.
    if (cueWord === 'telling') return undefined;
    const phrase = phraseAfter(text, from + cue.index + cue.length, limit);
    if (phrase && (REPORTED_CLAUSE_OPENING.test(phrase.phrase) || PLACE_OF_WRITING.test(phrase.phrase))) return subjectAroundQuotation(text, span, cueWord);
    if (phrase) {
      return {
        phrase: nameBeforeAffiliation(phrase.phrase), phraseStart: phrase.phraseStart, cue: cueWord, method: cueWord === 'according to' ? 'according-to' : 'cue-after',
        appositive: nameInAppositionAfter(text, phrase, limit),
      };
    }
    if (!clauseThenCue) return undefined;
  }
  // "…," shop owner Hayriye Evren, told Associated Press: a stray comma between subject and verb.
  const subject = subjectBefore(STRAY_COMMA_SUBJECT.test(between) ? between.replace(/,\s*$/, ' ') : between, from + lead, cueWord);
  if (!subject || hasMoreWordsThan(subject.phrase, MAX_PHRASE_WORDS)) return undefined;
  return attributionTo(subject, cueWord, 'cue-after');
}

/**
 * "The governor, who took office promising to "recover the Tierra Caliente," said the convoy had
 * …": a quotation inside a relative clause on the subject of the verb after it is the subject's.
 */
function subjectAroundQuotation(text: string, span: QuoteSpan, cue: string): Attribution | undefined {
  const start = sentenceStart(text, span.open);
  const opening = SUBJECT_THEN_RELATIVE.exec(text.slice(start, span.open));
  if (!opening) return undefined;
  const subject = subjectBefore(opening[1], start, cue);
  return subject && attributionTo(subject, cue, 'cue-after');
}

const SUBJECT_THEN_RELATIVE = /^([^,"“”]+),\s+(?:who|whose)\s[^,"“”]*$/;

/**
 * "promising to "…," said the convoy had been carrying 17 officers": a finite verb among the first
 * words after the cue makes them the reported clause, not an inverted subject ("said the woman who
 * had led the campaign" is one; so is "said analyst Vadim Mitroshin The dispute … is", whose full
 * stop is missing).
 */
const REPORTED_CLAUSE_OPENING = /^(?:(?!(?:who|whom|whose|which|that)\s)[\p{L}'’-]+\s+){1,3}(?:had|has|have|was|were|is|are|would|will|could|should|might|must|can|did|does)\s/u;

/**
 * `Hegseth said: "…"` / `A senior Defense official said the meeting was "…"`: the cues of the
 * sentence before the quotation, nearest first (the caller takes the first that names someone).
 */
const WRITING_SUBJECT = /^\s*(?:(?:but|and)\s+)?(?:the|a|an|this|its|their)\s+(?:\p{L}+\s+){0,2}(?:report|study|survey|inquiry|review|research|audit|poll)\b/iu;

const QUOTATION_MARK = /["“”]/;

/**
 * "She also said, according to one of those employees, that …": a source set off after a verb of
 * speech vouches for the report; the verb's subject is the speaker.
 */
function vouchesForSpeech(window: string, cue: CueMatch): boolean {
  return cue.cue === 'according to' && SPEECH_THEN_COMMA.test(window.slice(Math.max(0, cue.index - 16), cue.index));
}

const SPEECH_THEN_COMMA = /\b(?:said|says|added|adds|wrote|writes|told\s+\S+)\s*,\s*$/;

/** Where the closed quotations of `window` open and close, as pairs of offsets of their marks. */
function quotedStretches(window: string): Array<[number, number]> {
  const stretches: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < window.length; i++) {
    const code = window.charCodeAt(i);
    if (code === 0x201c || (code === 34 && open < 0)) open = i;
    else if ((code === 0x201d || code === 34) && open >= 0) {
      stretches.push([open, i]);
      open = -1;
    }
  }
  return stretches;
}

function attributionsBefore(text: string, span: QuoteSpan): Attribution[] {
  const found: Attribution[] = [];
  const end = leadInColonEnd(text, span.open);
  const from = sentenceStart(text, end);
  const window = text.slice(from, end);
  // What was ruled out ("He ruled out free personal care …, saying") gives no participle its subject.
  // A verb inside an earlier quotation of the sentence is someone's words, no cue: "said it "rejects the
  // central findings of the report" and that the assessment "…"".
  const quoted = QUOTATION_MARK.test(window) ? quotedStretches(window) : [];
  const isQuoted = (cue: CueMatch) => quoted.some(([open, close]) => cue.index > open && cue.index < close);
  // ("The report by the State Auditor's Office examined 31 orders. It found "…"": "it" is the writing that opened the sentence before.)
  const writingFound = (cue: CueMatch) => FINDING_VERBS.has(cue.cue) && IT_SUBJECT.test(window.slice(0, cue.index))
    && WRITING_SUBJECT.test(text.slice(sentenceStart(text, Math.max(0, from - 2)), from));
  // ("A spokesman for the insurer said claims were arriving "…"": a cue right after "said" is a noun.)
  const nounAfterVerb = (cue: CueMatch) => SPEECH_VERB_BEFORE.test(window.slice(Math.max(0, cue.index - SPEECH_VERB_REACH), cue.index));
  const cues = findCues(window).filter((cue) => (reportsFinding(window, cue) || writingFound(cue)) && !isQuoted(cue) && !vouchesForSpeech(window, cue) && !nounAfterVerb(cue));
  // "had been sent a message by a pal reading: "…"": the writing's author, whatever verb the sentence has.
  // ("a text message Whitlock sent to the building's property manager in August that reads, in part:": or who sent it.)
  // (Both patterns end with the verb that gives the words: most sentences have none of them.)
  const givesWords = window.includes('read') || window.includes('saying') || window.includes('warning') || window.includes('stating');
  const sender = givesWords ? MESSAGE_FROM_READING.exec(window) ?? MESSAGE_SENT_READING.exec(window) : null;
  const author = sender?.indices?.[1];
  if (sender && author) found.push(attributionTo({ phrase: sender[1], phraseStart: from + author[0] }, 'reading', 'cue-before'));
  // "Quote from the Prosecutor General's Office: "…"": Ukrainska Pravda's label names whose words follow.
  const labelled = window.startsWith('Quote from ') ? QUOTE_FROM_LABEL.exec(window) : null;
  const labelledSource = labelled?.indices?.[1];
  if (labelled && labelledSource) found.push(attributionTo({ phrase: labelled[1], phraseStart: from + labelledSource[0] }, 'quote from', 'cue-before'));
  // "Kommersant reported, citing two people close to the company, that Volgagazinvest was "…"": the
  // words are the cited source's, the outlet only reports them.
  // (Not in a clause of its own after it: "…, that inventories had swelled, and several outlets repeated claims of "…"".)
  const cited = REPORTED_CITING.exec(window);
  const source = cited && !COORDINATE_CLAUSE.test(window.slice(cited.index + cited[0].length)) ? cited.indices?.[1] : undefined;
  if (cited && source) found.push(attributionTo({ phrase: cited[1], phraseStart: from + source[0] }, 'citing', 'cue-before'));
  // "He said Mr Blair had spoken with "such sincerity", adding: "…"": a participle shares the
  // subject of the verb before it, so that verb's attribution serves when there is one; but not
  // after "with" ("Berlin welcomed the decision, with finance minister Hans Eichel saying …").
  // Nor after a participle opening the sentence ("Pressed for a restart price, Vidyasagar-Blake declined, saying").
  // ("…, and quoted a police spokesperson as saying": nor one whom "quoted … as" gives a subject.)
  const ownSubject = (cue: CueMatch, index: number) => index === 0 || !cue.cue.endsWith('ing') || WITH_SUBJECT.test(window.slice(Math.max(0, cue.index - 80), cue.index))
    || QUOTED_AS.test(window.slice(Math.max(0, cue.index - 120), cue.index))
    || (index === 1 && /(?:ed|ing)$/.test(cues[0].cue) && /^\s*$/.test(window.slice(0, cues[0].index)));
  // "Ms Hassan, who he described as a prominent activist, and that he was "willing…"": a relative
  // clause's description, finished before the quotation, is not what the quotation's words are.
  const describesQuotation = (cue: CueMatch) => !DESCRIPTION_VERBS.has(cue.cue) || !RELATIVE_BEFORE_CUE.test(window.slice(Math.max(0, cue.index - 30), cue.index))
    || !FINISHED_DESCRIPTION.test(window.slice(cue.index + cue.length));
  // "Martin Halvorsen said in a statement that the company expects to resume "limited
  // production"": a verb of stance inside what someone said is theirs to report, not a cue.
  // (Not past a quotation the clause ends with: "X insists that the changes will "…", a claim Świątek dismissed as".)
  // (Not one with a subject of its own after a noun: "…, a development O'Halloran-Diop dismissed as".)
  const reportedStance = (cue: CueMatch, index: number) => JUDGEMENT_VERBS.has(cue.cue)
    && !NOUN_THEN_OWN_SUBJECT.test(window.slice(Math.max(0, cue.index - 60), cue.index))
    && cues.slice(0, index).some((earlier) => !JUDGEMENT_VERBS.has(earlier.cue) && THAT_CLAUSE.test(window.slice(earlier.index + earlier.length, cue.index))
      && !CLOSED_QUOTATION_THEN_COMMA.test(window.slice(earlier.index + earlier.length, cue.index)));
  // "Flightdeck Union Ireland … said in a statement that it had warned management that pilots would
  // leave "…"": a pronoun restating the subject of the verb before is that verb's speaker, already attributed for it.
  // "A spokesman said it was wholly wrong to say that …": an infinitive inside the clause of the verb
  // before has no subject of its own to give.
  const sincePrevious = (cue: CueMatch, index: number) => (index > 0 ? window.slice(cues[index - 1].index + cues[index - 1].length, cue.index) : '');
  const dependsOnPrevious = (cue: CueMatch, index: number) => index > 0 && (RESTATED_SUBJECT.test(sincePrevious(cue, index)) || INFINITIVE_TO.test(sincePrevious(cue, index)));
  // "A source … acknowledged to Montevideo Portal that talks continued "until ten minutes before the
  // vote"": going on, inside what a verb before reports, is what happened, not anyone speaking on.
  const goesOnInClause = (cue: CueMatch, index: number) => CONTINUING_CUES.has(cue.cue) && /\bthat\s/.test(sincePrevious(cue, index));
  // "The company is now negotiating additional financing, he said, and expects the building to be
  // completed "…"": a verb after a parenthetical "he said" goes on with what he reports.
  const goesOnAfterAside = (cue: CueMatch, index: number) => index > 0 && PRONOUN_ASIDE_BEFORE.test(window.slice(0, cues[index - 1].index)) && AND_AFTER_ASIDE.test(sincePrevious(cue, index));
  // "Sources … confirmed that the yard has asked to extend its concession and said the request would
  // be processed "…"": a verb joined by "and" after what a verb of speech reports shares its subject.
  const joinsReportingVerb = (cue: CueMatch, index: number) => index > 0 && REPORTED_CLAUSE_THEN_AND.test(sincePrevious(cue, index));
  for (const cue of cues.filter((cue, index) => ownSubject(cue, index) && !reportedStance(cue, index) && !dependsOnPrevious(cue, index) && !goesOnInClause(cue, index) && !goesOnAfterAside(cue, index) && !joinsReportingVerb(cue, index))
    .filter(describesQuotation).reverse()) {
    // "A scheme has been branded a "disgraceful waste" by MPs": a passive names its speaker after
    // the quotation, and its subject is what is described, never the speaker.
    if (isPassive(window, cue)) {
      const agent = agentAfter(text, span);
      if (agent) found.push(attributionTo(agent, cue.cue, 'cue-before'));
      continue;
    }
    found.push(...attributionsAtCue(window, from, cue));
  }
  // "Her suggestion that it had been "worn for a generation or more" is supported by", "Raghavan's
  // claim that the site was "a royal burial" drew criticism": whose claim opens the sentence says its words.
  const claim = window.includes('that') ? OWNED_CLAIM_OPENING.exec(window) : null;
  const owner = claim?.indices?.[1];
  if (claim && owner) found.push(attributionTo({ phrase: claim[1], phraseStart: from + owner[0] }, 'claim', 'cue-before'));
  return found;
}

/** " that the yard has asked to extend its concession and ": a reported clause, then "and" before the next verb. */
const REPORTED_CLAUSE_THEN_AND = /^\s+that\s[^;:.!?]{4,200}?,?\s+and\s+$/;

/** ", he " before "said": a reporting clause set off inside the sentence it reports. */
const PRONOUN_ASIDE_BEFORE = /\S,\s+(?:he|she|they)\s+$/;
const AND_AFTER_ASIDE = /^,\s+and\s+(?:\p{Ll}+\s+){0,6}$/u;

/** Nouns for what someone asserts, whose owner's words they hold: "Her suggestion", "Raghavan's claim". */
export const ASSERTION_NOUNS = 'claim|suggestion|assertion|insistence|contention|argument|belief';
const CLAIM_NOUNS = `${ASSERTION_NOUNS}|warning|prediction|observation|complaint`;
const OWNED_CLAIM_OPENING = new RegExp(String.raw`^\s*(?:(?:But|And|Yet)\s+)?((?:His|Her|Their)\s+(?:\p{Ll}+\s+)?(?:${CLAIM_NOUNS})|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=['’]s?\s+(?:\p{Ll}+\s+)?(?:${CLAIM_NOUNS})\s))[^"“”.;:!?]*?\s+that\s[^"“”]*$`, 'du');

/**
 * Whether a cue reports what is said: any verb of speech; a finding only with "that" ("found that
 * …") or as a writing's ("The report, which followed a year-long inquiry, found the death rate
 * "amounts to…""), not what was found ("police found a "suspicious" package") or ruled on ("the
 * Supreme Court has ruled against the interests of the people he represents").
 */
function reportsFinding(window: string, cue: CueMatch): boolean {
  return !FINDING_VERBS.has(cue.cue) || THAT_AFTER_FINDING.test(window.slice(cue.index + cue.length)) || WRITING_SUBJECT.test(window.slice(0, cue.index))
    // ("Renee Obuya reported "uncontrolled water inflow at Bents 14 and 15"": what is reported right
    // after the verb is words, unless someone else's speech reports the report: "a spokesperson said
    // members had reported "a steady drip"".)
    || (cue.cue === 'reported' && /^\s*$/.test(window.slice(cue.index + cue.length)) && !SPEECH_BEFORE_REPORT.test(window.slice(0, cue.index)));
}

/** ", and " or ", but ": a clause of its own. */
const COORDINATE_CLAUSE = /,\s+(?:and|but)\s/;
/** ", reported on Friday, citing an unnamed official in the Presidential Palace, that": an outlet's report, then its source. */
const REPORTED_CITING = /\breported(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?,\s+citing\s+([^,.;:"“”]{3,90}),\s+that\s/du;
/** "It " or "It also " opening a sentence, before a verb of finding. */
const IT_SUBJECT = /^\s*It\s+(?:also\s+)?$/;
const SPEECH_BEFORE_REPORT = /\b(?:said|says|told)\b/;
const INFINITIVE_TO = /\sto\s+$/;
const CLOSED_QUOTATION_THEN_COMMA = /["”],/;
const RESTATED_SUBJECT = /^(?:\s+(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+\p{Ll}+)?(?:\s+(?:me|us|reporters|journalists))?\s+(?:that\s+)?(?:it|he|she|they)\s+(?:(?:had|has|have|would|will)\s+)?$/u;
/** " in a notice dated March 28.", " in its annual report.": the writing a finding was made in, ending the sentence. */
const FOUND_IN_WRITING = /^\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:notice|report|ruling|decision|judgment|judgement|review|audit|study|letter|statement|filing)\b[^.;:"“”]{0,40}[.;]/u;
/** Verbs of going on, which inside a reported clause tell what happened ("talks continued"). */
const CONTINUING_CUES: ReadonlySet<string> = new Set(['continued', 'continues', 'went on', 'goes on']);
/** "that" opening what a verb reports, past where it was said: "in a statement that", "in a post on X that", "on Facebook that". */
// ("told the newspaper ABC Color that the chamber estimated": past whom the words were told.)
const THAT_CLAUSE = /^(?:\s+(?:in|on)\s+(?:(?:a|an|the|its|his|her|their)\s+\p{Ll}+|\p{Lu}[\p{L}-]*)(?:\s+on\s+\p{Lu}[\p{L}-]*)?|\s+(?:the\s+\p{Ll}+\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|\s+(?:reporters|journalists|him|her|them|us|me))?\s+that\s/u;
/** "who he described", "whom Mr Blair called": the subject of a relative clause, then the cue. */
const RELATIVE_BEFORE_CUE = /\b(?:who|whom|which)\s+(?:he|she|they|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+$/u;
/** "as a prominent anti-war activist," : the description after "as", ended by a comma or a semicolon. */
const FINISHED_DESCRIPTION = /^[^"“”]*?\bas\s+[^,;"“”]+[,;]/;

/** "a message by a pal reading:", "a text from his brother that read", "a letter from Comhairle nan Eilean Siar, which read": a writing, its author (past the particles inside a name), then its words. */
const MESSAGE_FROM_READING = /\b(?:message|text|note|letter|e-?mail|card|reply|comment|DM)s?\s+(?:sent\s+)?(?:from|by)\s+((?:an?|one|his|her|their|the)\s+[^,.;:"“”]{1,50}?|\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|de|del|du|na|nan)\s+)?\p{Lu}[\p{L}'’-]*){0,3}),?\s+(?:reading|(?:that|which)\s+read|saying|warning|stating)(?:\s+that\s[^.;:"“”]{1,120})?\s*:?\s*$/du;

/** "Quote from the Prosecutor General's Office:": a label opening its sentence, whose words follow. */
const QUOTE_FROM_LABEL = /^Quote\s+from\s+([^:"“”]{2,80}?):\s*$/du;

const MESSAGE_SENT_READING = /\b(?:message|text|note|letter|e-?mail|card|reply|DM)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:had\s+)?sent\s+[^.;:"“”]{0,80}?\s+(?:that|which)\s+read[s]?,?(?:\s+in\s+part)?,?\s*:?\s*$/du;

/**
 * Where the words leading into a quotation end: right before its mark, or, for a quotation set as
 * its own paragraph after a paragraph ending in a colon ("She said:¶¶"We have…"), after that colon.
 */
export function leadInColonEnd(text: string, open: number): number {
  let i = open - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i--;
  if (text[i] !== '\n') return open;
  while (i >= 0 && isWhitespaceCode(text.charCodeAt(i))) i--;
  return text[i] === ':' ? i + 1 : open;
}

const FORM_OF_BE_BEFORE = /\b(?:been|was|were|is|are|be|being)\s+(?:(?:\p{Ll}+ly|now|also|still|often|always|never|then|later|once|sometimes|usually)\s+)?$/u;

/**
 * Whether the cue is a participle after a form of "be" ("has been branded", "was described"),
 * with no agent before the quotation ("described by Jobs as", which `attributionsAtCue` reads);
 * or "accused of" with no "be" ("Three residents accused of producing a podcast"), as the active
 * verb takes its object before "of".
 */
function isPassive(window: string, cue: CueMatch): boolean {
  const after = window.slice(cue.index + cue.length);
  if (cue.cue === 'accused' && /^\s+of\b/.test(after)) return true;
  return (cue.cue.endsWith('ed') || cue.cue === 'told') && FORM_OF_BE_BEFORE.test(window.slice(Math.max(0, cue.index - 30), cue.index))
    && !/\sby\s/.test(after);
}

/** `"…" by MPs`: the agent right after a closed quotation. */
function agentAfter(text: string, span: QuoteSpan): Phrase | undefined {
  if (span.close === null) return undefined;
  AGENT_AFTER.lastIndex = span.close + 1;
  const agent = AGENT_AFTER.exec(text);
  return agent ? { phrase: agent[1], phraseStart: agent.index + agent[0].length - agent[1].length } : undefined;
}

const AGENT_AFTER = /\s+by\s+([^,.;:!?"“”()]{2,60}?)(?=\s+(?:who|which|that|after|when|over|for|in|on|at)\b|[,.;:!?"“”()]|$)/y;

/**
 * "A spokesman for the English National Ballet told BBC News that … He said …": the attribution
 * of reported speech in the sentence before the one at `offset`, when that sentence quotes nobody.
 */
export function reportedSpeechBefore(text: string, offset: number, acrossParagraphs = false): Attribution | undefined {
  const current = sentenceStart(text, offset);
  // The sentence before may end the paragraph before, when the caller reads that far back.
  let back = current;
  while (acrossParagraphs && back > 0 && isWhitespaceCode(text.charCodeAt(back - 1))) back--;
  if (back <= 1) return undefined;
  const from = sentenceStart(text, back - 1);
  return hasQuoteMark(text, from, current) ? undefined : firstCueAttribution(text, from, current);
}

/**
 * The attribution of the first verb of speech in the sentence holding `offset`, before it, when no
 * quotation stands there: "A former scale operator …, told Law360 that … settings, which he said"
 * reports the operator's speech before "he".
 */
export function reportedSpeechOpening(text: string, offset: number): Attribution | undefined {
  const from = sentenceStart(text, offset);
  return hasQuoteMark(text, from, offset) ? undefined : firstCueAttribution(text, from, offset);
}

/** "When asked by the AZ, ", "Asked about the plan, ": a clause of being asked, before the sentence's subject. */
const FRONTED_ASKED = /^\s*(?:When\s+|If\s+)?[Aa]sked\b[^,.;:"“”]*,\s/;

/** The most likely attribution of the first verb of speech between `from` and `to`. */
function firstCueAttribution(text: string, from: number, to: number): Attribution | undefined {
  const window = text.slice(from, to);
  // Cue by cue, as the first usually serves and a sentence may hold many; one in a clause before
  // the subject ("When asked by the AZ, a spokesman … rejected the criticism") gives way to the first past its comma.
  let next = 0;
  for (let [cue] = findCues(window, 0, 1); cue; [cue] = findCues(window, next, 1)) {
    next = cue.index + cue.length;
    if (!reportsFinding(window, cue)) continue;
    const attribution = attributionsAtCue(window, from, cue).next().value;
    const fronted = attribution ? undefined : FRONTED_ASKED.exec(window);
    if (!fronted || cue.index >= fronted[0].length) return attribution;
    next = fronted[0].length;
  }
  return undefined;
}

/**
 * The last character of `words` before its trailing spaces, past one comma after a quotation mark
 * (`"…," said`): its code and index. A scan from the end, as the words may be long.
 */
function lastMark(words: string): { code: number; index: number } {
  let index = words.length - 1;
  while (index >= 0 && isWhitespaceCode(words.charCodeAt(index))) index--;
  const code = words.charCodeAt(index);
  const beforeComma = words.charCodeAt(index - 1);
  if (code === 44 && (beforeComma === 0x22 || beforeComma === 0x201d)) return { code: beforeComma, index: index - 1 };
  return { code, index };
}

/** A writing, then the participle that describes it: "a statement| posted to X", "a video| shared on TikTok". */
const PUBLISHING_PARTICIPLES: ReadonlySet<string> = new Set(['posted', 'published', 'released', 'issued', 'shared', 'circulated', 'tweeted']);
const WRITING_BEFORE = /\b(?:statement|post|message|letter|video|note|memo|email|release|document|report)s?\s+$/i;

const OWN_VIEW_AFTER = new RegExp(String.raw`^\s+(his|her|their)\s+(?:${OWN_VIEW_NOUNS})\b`, 'i');
const OWN_WORDS_AFTER = /^\s+(his|her|their)\s+(?:own\s+)?words\b/i;

const WRITTEN_BY_APPOSITION = /^,\s+(?:written|compiled|edited)\s+by\s+(\p{Lu}[^,]*?),/du;

const WRITING_PREPARED_BY = /^(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?:summary|report|analysis|assessment|document|study|review|memo|paper|presentation|briefing)(?:\s+of\s+[^,]{1,40}?)?\s+(?:prepared|compiled|drawn\s+up|written|produced|commissioned)\s+by\s+((?:the\s+)?\p{Lu}[^,]*?)(?=\s+and\s+\p{Ll}|$)/du;

/**
 * The attributions a cue verb may give, most likely first: its subject, or the speaker named after
 * it when the verb follows a quotation or opens a parenthesis.
 */
function* attributionsAtCue(window: string, from: number, match: CueMatch): Generator<Attribution> {
  const { cue } = match;
  if (cue === 'according to') {
    // "In her view, the prison policy remains "reactive"": whose view, by the possessive alone, when
    // it opens the sentence (not "who didn't want to be named because, in her view, …": an aside).
    // ("The result, in his words, is a market where "…"": whose words they are, also inside a sentence
    // no verb of speech opened; after one, "The Prefect welcomed a project which, in his words, responds
    // to "…"", the verb's subject is whose they are.)
    const after = window.slice(match.index + match.length, match.index + match.length + 30);
    const ownWords = OWN_WORDS_AFTER.exec(after);
    const owner = OWN_VIEW_AFTER.exec(after) ?? ownWords;
    if (owner) {
      const ownWordsAside = ownWords !== null && findCues(window.slice(sentenceStart(window, match.index), match.index)).length === 0;
      if (window.startsWith('In', match.index) || ownWordsAside) yield { phrase: owner[1], phraseStart: from + match.index + match.length + owner[0].indexOf(owner[1]), cue, method: 'according-to' };
      return;
    }
    const phrase = phraseAfter(window, match.index + match.length, window.length);
    // "According to a summary of the pilot prepared by the Certification Committee and shared with
    // The ATA Chronicle": the writing's author speaks.
    const author = phrase && WRITING_PREPARED_BY.exec(phrase.phrase);
    if (phrase && author?.indices) {
      yield { phrase: author[1], phraseStart: from + phrase.phraseStart + author.indices[1][0], cue, method: 'according-to' };
      return;
    }
    // ("According to the catalogue, written by Morandi, the practice "…"": or its writer, in apposition.)
    const writer = phrase && WRITTEN_BY_APPOSITION.exec(window.slice(phrase.phraseStart + phrase.phrase.length));
    if (phrase && writer?.indices) {
      yield { phrase: writer[1], phraseStart: from + phrase.phraseStart + phrase.phrase.length + writer.indices[1][0], cue, method: 'according-to' };
      return;
    }
    // ("According to the court's press service, Mirzaahmedov was convicted": the main clause follows, which is no apposition.)
    let appositive = phrase && nameInAppositionAfter(window, phrase, window.length);
    if (appositive && !ONLY_A_NAME.test(appositive.phrase)) appositive = undefined;
    if (phrase) yield { phrase: phrase.phrase, phraseStart: from + phrase.phraseStart, cue, method: 'according-to', appositive: appositive && { phrase: appositive.phrase, phraseStart: from + appositive.phraseStart } };
    return;
  }
  const before = window.slice(0, match.index);
  // "The House Freedom Caucus said in a statement posted to X that": a participle on a writing
  // describes it; the verb of the sentence comes before.
  // ("However, the report warned:" is the writing's own verb.)
  if (PUBLISHING_PARTICIPLES.has(cue) && WRITING_BEFORE.test(before) && /^\s+(?:to|on|in|by|at|via|from|online)\b/.test(window.slice(match.index + match.length))) return;
  // ""Most firms have secured their gateway," said Mr Warner, "but …"": a verb right after a
  // quotation names its speaker after it, for both halves of the interrupted quotation; so does a
  // parenthesis ("The ministers' comments, said Junya Tanase of JPMorgan, were "too weak""), but
  // not the verb of a subject and its apposition ("Dr Anjali Mehra-Lau, an assistant professor,
  // said the combination of names, phone numbers and … was "…"").
  const last = lastMark(before);
  const afterQuotation = last.code === 0x22 || last.code === 0x201d;
  const after = window.slice(match.index + match.length);
  const parenthesis = !afterQuotation && (cue === 'said' || cue === 'says') && last.code === 44 && /\p{Ll}/u.test(before[last.index - 1] ?? '')
    && ((PARENTHESIS_AFTER.test(after) && !endsWithApposition(before)) || NAME_ENDING_SENTENCE_AFTER.test(after));
  if (afterQuotation || parenthesis) {
    const phrase = phraseAfter(window, match.index + match.length, window.length);
    // ("…," warned that the cash reserve": "that" opens what was said, no inverted subject.)
    if (phrase && !PLACE_OF_WRITING.test(phrase.phrase) && !/^that\s/.test(phrase.phrase)) yield { phrase: nameBeforeAffiliation(phrase.phrase), phraseStart: from + phrase.phraseStart, cue, method: 'cue-after' };
    // "Alain Terzian, president of the Academie des Arts, said the changes in eligibility rules,
    // which …": what looks like a parenthesis may be the verb of the subject before it; and so may
    // a verb after a quotation that closes a relative clause ("Theo Brannock, who led a session
    // titled "Your Phone, Your Memory," said that …", "The residents' platform Tenerife Sostenible,
    // which organised protests under the slogan "…", said").
    // So may one after a quoted title in the subject's apposition ("The report, titled "Promises in Concrete", warned").
    if (afterQuotation && !/\s(?:who(?:se)?|which)\s/.test(before) && !QUOTED_TITLE_ENDING.test(before)) return;
  }
  // "a sapphire described by Sharon as "one of the only …"": a passive names its speaker after "by".
  const passive = PASSIVE_BY.exec(window.slice(match.index + match.length));
  if (passive) {
    yield { phrase: passive[1], phraseStart: from + match.index + match.length + passive[0].indexOf(passive[1]), cue, method: 'cue-before' };
    return;
  }
  // "Efforts … hit another wall after Prime Minister-designate Samir Daouk left Baabda Palace …,
  // telling reporters": a participle after a clause of time shares that clause's named subject.
  const timeClause = cue.endsWith('ing') ? NAMED_SUBJECT_OF_TIME_CLAUSE.exec(before) : null;
  if (timeClause?.indices) {
    yield attributionTo({ phrase: timeClause[1], phraseStart: from + timeClause.indices[1][0] }, cue, 'cue-before');
    return;
  }
  // "Chairman of the Environmental Audit Committee Peter Ainsworth MP, said:": a stray comma between
  // a titled name opening the sentence and its verb.
  const subject = subjectBefore(STRAY_COMMA_AFTER_TITLED_NAME.test(before) && !cue.endsWith('ing') ? before.replace(/,\s*$/, ' ') : before, from, cue);
  if (subject) yield attributionTo(subject, cue, 'cue-before');
}

/** "after Prime Minister-designate Samir Daouk left Baabda Palace without a lineup, ": a clause of time, its subject a name, and its comma. */
const NAMED_SUBJECT_OF_TIME_CLAUSE = /\b(?:after|when|as|before|once)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*)\s+\p{Ll}+[^,;:"“”]*,\s*$/du;

const THAT_WAS_HOW = /^\s*(?:That|This)\s+(?:was|is)\s+how\s+([^,.;:"“”]{2,80}?)(?:,\s+([^,.;:"“”]{2,60}),)?\s+(described|describes|put|puts|summed|sums|characteri[sz]ed|characteri[sz]es)\b/d;
/** What someone's words after a quotation may be called: "This is the analysis of", "That was the experience of". */
export const VIEW_NOUNS = 'analysis|view|opinion|verdict|assessment|warning|experience|reaction';
// (""…" This is the analysis of Professor Alphonse Mbikayi Tshilenge": or whose view they give;
// ""…" The remark, by Meridia Chief Executive Olivier Strasser at …": or who made the remark;
// ""…" These were the first words of Moussa Hamani": or whose first words they were.)
// ""…" The confession came from Senator Mercedes Arismendi": or whose confession it was.)
const WORDS_CAME_FROM = new RegExp(String.raw`^\s*(?:(?:The|That|This)\s+(?:remark|comment|quip|line),?\s+(?:(?:was\s+)?made\s+)?by|(?:The|That|This)\s+(?:remark|comment|quip|line|confession|admission|warning|plea|verdict|observation|assessment|complaint|lament)\s+(?:came|comes)\s+from|(?:The|Those|These)\s+words\s+(?:came\s+from|(?:are|were)\s+(?:from|those\s+of)|belong(?:ed)?\s+to|were\s+spoken\s+by)|(?:This|That)\s+(?:is|was)\s+the\s+(?:${VIEW_NOUNS})\s+of|(?:These|Those)\s+(?:are|were)\s+the\s+(?:first|last|only|opening|closing)\s+words\s+of)(?=\s)`);

const STRAY_COMMA_AFTER_TITLED_NAME = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|for|and))*\s+\p{Lu}[\p{L}'’-]*,\s*$/u;
const QUOTED_TITLE_ENDING = new RegExp(String.raw`\b${QUOTED_TITLE}`);
const PREPOSITION_THEN_AND = /^\s*(?:at|in|on|to|from|for|with|by|of|into|across|among)\s[^"“”]*\s+and\s*$/i;

/** "a development O'Halloran-Diop": a noun, then a name that is the subject of the verb after it. */
const NOUN_THEN_OWN_SUBJECT = /,\s+(?:an?|the)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+$/u;

/**
 * "found that", "reported last week that", "reported on Wednesday evening that", "reported in
 * September that", "reported on 3 March that": "that" after the verb, past a few words of when.
 */
// ("She found it was "more likely than not"": or a clause of its own, "that" left out.)
const THAT_AFTER_FINDING = /^(?:(?:\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+day|\d{1,4}|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber)){0,4}\s+that\b|\s+(?:it|he|she|they|this)\s+(?:was|were|is|are|had|has|would|could|should)\b)/u;

/**
 * A label before a colon, as in lists of reactions: `- Manchester City boss Kevin Keegan: "We had…"`.
 * Only the caller knows whether the label names a person, so this only finds the words.
 */
export function labelAttribution(text: string, span: QuoteSpan): Attribution | undefined {
  const from = sentenceStart(text, span.open);
  const label = /^[\s\-–—•·*]*([^:"“”]+):\s*$/.exec(text.slice(from, span.open));
  if (!label) return undefined;
  const labelStart = from + label[0].indexOf(label[1]);
  if (!hasMoreWordsThan(label[1], MAX_LABEL_WORDS)) return { phrase: label[1], phraseStart: labelStart, cue: ':', method: 'cue-before' };
  // "Ray Dombrowski, General President of the Brotherhood of Water and Pipe Trades: "…"": a longer
  // label opening its paragraph is a name and the titles after its comma, as releases list reactions.
  const titled = (from === 0 || text.charCodeAt(from - 1) === 10) ? TITLED_NAME_LABEL.exec(label[1]) : null;
  if (!titled || hasMoreWordsThan(label[1], MAX_TITLED_LABEL_WORDS)) return undefined;
  return {
    phrase: titled[1], phraseStart: labelStart, cue: ':', method: 'cue-before',
    appositive: { phrase: label[1].slice(titled[0].length), phraseStart: labelStart + titled[0].length },
  };
}

/**
 * ""The umpteenth failure of the commissarial management," attacks the regional councillor Giovanni
 * Muscolo": a verb of judgement straight after the quotation, its subject after it, as translations
 * from Italian or French write attribution. ("…," compared with …" and "…," rejected by …" judge nothing.)
 */
function isInvertedJudgement(window: string, cue: CueMatch, lead: number): boolean {
  return cue.index === lead && JUDGED_BY_SUBJECT.test(window.slice(cue.index + cue.length));
}

const JUDGED_BY_SUBJECT = /^\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,4})?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s*(?:[,.;]|$)/u;
