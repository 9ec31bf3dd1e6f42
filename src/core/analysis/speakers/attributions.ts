/**
 * The attributions of a quotation: the words a cue gives as its speaker, in the order they are
 * tried. Cues after the quotation (`"…," Hegseth said`, `"…," said the minister`) are read here,
 * cues before it in `cuesBefore`; so is whether a quotation is a label or a title nobody says
 * (`labelAttribution`).
 */
import { type CueMatch, findCues, FINDING_VERBS, JUDGEMENT_VERBS } from '../cues';
import type { QuoteSpan } from '../quotes';
import { type Attribution, attributionTo } from './attributionTypes';
import { hasMoreWordsThan, hasSentenceBreak, opensSentence, paragraphEnd, sentenceStart } from './sentenceBounds';
import { MAX_PHRASE_WORDS, subjectBefore, withoutPostNominals } from './cueSubjects';
import { isNicknameOpening, nameBeforeAffiliation, nameInAppositionAfter, nextQuoteMark, phraseAfter, PLACE_OF_WRITING } from './wordsAfterCue';
import { attributionsBefore } from './cuesBefore';

const WINDOW = 220;
const MAX_LABEL_WORDS = 8;
const MAX_TITLED_LABEL_WORDS = 24;

/** A name of two to four capitalised words, maybe after an honorific, then a comma: the name's part of a label. */
const TITLED_NAME_LABEL = /^((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s+(?=\p{Lu})/u;

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
/** " in a notice dated March 28.", " in its annual report.": the writing a finding was made in, ending the sentence. */
const FOUND_IN_WRITING = /^\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:notice|report|ruling|decision|judgment|judgement|review|audit|study|letter|statement|filing)\b[^.;:"“”]{0,40}[.;]/u;

const THAT_WAS_HOW = /^\s*(?:That|This)\s+(?:was|is)\s+how\s+([^,.;:"“”]{2,80}?)(?:,\s+([^,.;:"“”]{2,60}),)?\s+(described|describes|put|puts|summed|sums|characteri[sz]ed|characteri[sz]es)\b/d;
/** What someone's words after a quotation may be called: "This is the analysis of", "That was the experience of". */
export const VIEW_NOUNS = 'analysis|view|opinion|verdict|assessment|warning|experience|reaction';
// (""…" This is the analysis of Professor Alphonse Mbikayi Tshilenge": or whose view they give;
// ""…" The remark, by Meridia Chief Executive Olivier Strasser at …": or who made the remark;
// ""…" These were the first words of Moussa Hamani": or whose first words they were.)
// ""…" The confession came from Senator Mercedes Arismendi": or whose confession it was.)
const WORDS_CAME_FROM = new RegExp(String.raw`^\s*(?:(?:The|That|This)\s+(?:remark|comment|quip|line),?\s+(?:(?:was\s+)?made\s+)?by|(?:The|That|This)\s+(?:remark|comment|quip|line|confession|admission|warning|plea|verdict|observation|assessment|complaint|lament)\s+(?:came|comes)\s+from|(?:The|Those|These)\s+words\s+(?:came\s+from|(?:are|were)\s+(?:from|those\s+of)|belong(?:ed)?\s+to|were\s+spoken\s+by)|(?:This|That)\s+(?:is|was)\s+the\s+(?:${VIEW_NOUNS})\s+of|(?:These|Those)\s+(?:are|were)\s+the\s+(?:first|last|only|opening|closing)\s+words\s+of)(?=\s)`);
const PREPOSITION_THEN_AND = /^\s*(?:at|in|on|to|from|for|with|by|of|into|across|among)\s[^"“”]*\s+and\s*$/i;

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
