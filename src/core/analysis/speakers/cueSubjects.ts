/**
 * The subject of a cue: the words before a verb of speech that name who speaks ("Hegseth" of
 * "Hegseth said", "A spokesperson for the Department for Environment, Food and Rural Affairs" of
 * "… told the BBC"), cut from the phrase setting the scene, the clause before, asides, ages, titles
 * and post-nominal letters, with the apposition that may name the speaker too, and the subject a
 * verb shares across "and".
 */
import { ANONYMITY_ASIDE, BRANCH_OF, DOCUMENT_NOUN_ALTERNATIVES, DOCUMENT_NOUNS, findCues, PUT_UP_PARTICIPLES, READ_OFF_CUES, SOURCE_DOING_PARTICIPLE, SOURCE_NOUNS } from '../cues';
import { isWhitespaceCode } from './chars';
import type { Phrase } from './attributionTypes';
import { hasMoreWordsThan, wordCount } from './sentenceBounds';
import { AP_STATES, PLACES } from '../../text/gazetteer';
import { KIN_NOUNS, POST_NOMINAL_LETTERS, ROLE_WORDS } from '../../text/lexicon';
import { GROUP_OF_LIST_WORDS, PORTFOLIOS_AFTER_COMMA, PORTFOLIOS_BEFORE_HEAD, STOCK_TICKER_IN_BRACKETS } from '../../text/names';

export const MAX_PHRASE_WORDS = 9;
const MAX_APPOSITIVE_WORDS = 20;

/**
 * Whether a long run of words before a verb is all of its subject, not cut to its last words: a
 * source for a body named however long ("A spokesperson for the Department for Environment, Food and
 * Rural Affairs"), a title and a name of a body, a writing described by who made it, was given it
 * or saw it, or a source and what it was doing.
 */
function isWholeLongSubject(phrase: string): boolean {
  return isSourceForNamedBody(phrase) || NAMES_OF_BODY.test(phrase) || opensWithWriting(WRITING_BY_NAMED_AUTHOR, phrase, true)
    || opensWithWriting(OWNED_WRITING_HANDED_OUT, phrase) || WRITING_ISSUED_BY.test(phrase) || isPossessedWritingMadeToBody(phrase) || SOURCE_DOING.test(phrase);
}

/** Whether the noun `pattern` takes from the opening of `phrase` is a writing's (or, with `plurals`, writings'). */
function opensWithWriting(pattern: RegExp, phrase: string, plurals = false): boolean {
  const noun = pattern.exec(phrase)?.[1];
  return noun !== undefined && (DOCUMENT_NOUNS.has(noun) || (plurals && DOCUMENT_NOUNS.has(noun.replace(/s$/, ''))));
}

/** "A report by Infrastructure Cook Islands tabled at the hearing": a writing and its named author open a long subject, all of it. */
const WRITING_BY_NAMED_AUTHOR = /^(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d]+\s+)?(\p{Ll}+)\s+(?:by|from)\s+\p{Lu}/u;

/** "A statement issued by ", "A revised timetable issued by ": a writing, up to two words before its noun, and "put out by". */
const WRITING_PUT_OUT_BY = String.raw`(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:circular|release|${DOCUMENT_NOUN_ALTERNATIVES})\s+(?:issued|published|released|sent)\s+by\s`;

/** "A revised timetable issued by the council on Monday afternoon": a writing and whoever put it out open a long subject, all of it. */
const WRITING_ISSUED_BY = new RegExp(String.raw`^${WRITING_PUT_OUT_BY}`, 'u');

/**
 * "A MAFF market brief handed to growers at the meeting": a writing named for its owner, and where
 * it was handed out, open a long subject, all of it (not "An internal email sent to staff at one
 * university", whose owner the words after it may be).
 */
const OWNED_WRITING_HANDED_OUT = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d-]+\s+)?\p{Lu}[\p{L}\d-]*\s+(?:[\p{Ll}\d-]+\s+)?(\p{Ll}+)\s+(?:handed|given|sent|distributed|circulated|shown|presented|tabled)\s+(?:out\s+)?(?:to|at)\s/u;

/**
 * "The company's filing with the labour authority of the Basque Government": a body's own writing,
 * and whom it was made to, open a long subject, all of it; the body it was made to is no speaker.
 */
export function isPossessedWritingMadeToBody(phrase: string): boolean {
  return opensWithWriting(POSSESSED_WRITING_MADE_TO, phrase);
}

const POSSESSED_WRITING_MADE_TO = /^\s*(?:[Tt]he\s+)?[\p{L}-]+['’]s\s+(?:[\p{Ll}\d-]+\s+)?(\p{Ll}+)\s+(?:with|to)\s/u;

/**
 * Auxiliaries and adverbs that sit between a subject and its cue verb ("he has also said",
 * "Defense officials have already warned"); they are not part of the speaker's name.
 */
const FILLERS = new Set(`
has have had is was were are be been will would could can may might must should shall did does do also later then
afterwards afterward now often always usually sometimes routinely frequently
previously already since recently once earlier publicly privately repeatedly separately subsequently again still
yesterday today tonight however meanwhile just even never not only further himself herself itself themselves instead too
allegedly reportedly apparently supposedly reputedly personally initially originally immediately quickly briefly directly
flatly bluntly candidly firmly openly frankly angrily tearfully jokingly calmly
`.trim().split(/\s+/));

/**
 * "Mr Kapor is reported as saying", "Gebre-Tsadik was quoted by ENA as saying" (the outlet quotes,
 * the subject speaks); with no auxiliary only "quoted", as in "with Mr Dixon quoted as saying".
 */
const REPORTED_AS = /\s+(?:(?:is|was|are|were|has been|have been|had been)\s+(?:reported|quoted|cited|understood|believed|thought)|quoted)(?:\s+by\s+[^,.;:"“”]{2,60}?)?\s+(?:as|to have)\s*$/;

/** Whether `clause` can end as `REPORTED_AS` does, in "as" or "to have": a cheap test before the pattern. */
function endsWithReportedAs(clause: string): boolean {
  const trimmed = clause.trimEnd();
  return trimmed.endsWith('as') || trimmed.endsWith('to have');
}
const ON_TO_SPEAK = /\s+(?:(?:went|goes|go|going)\s+on|(?:is|was|are|were)\s+(?:quick|keen|eager|careful|happy|anxious|at pains)|(?:liked|likes|loved|loves|used))\s+to\s*$/;
/**
 * A connective opening the sentence before its subject ("However, one dealer, who …, told"), never
 * itself the subject; or a short adverbial of place or time set off by a comma ("In Norway, the
 * newspaper Bergens Tidende, which …, described"), or of the occasion ("Speaking outside court,", "Raising the issue at Holyrood yesterday,").
 */
const CONNECTIVES = 'But|And|Yet|However|Meanwhile|Still|Separately';
const OPENING_PREPOSITIONS = 'In|At|On|During|After|Before|Outside|Speaking|Writing|Raising|Responding|Reacting|Commenting|Addressing|Appearing|Testifying|Answering';
const OPENING_CONNECTIVE = String.raw`(?:(?:${CONNECTIVES}),?\s+|(?:${OPENING_PREPOSITIONS})\s+[^,"“”]{1,40},\s+)?(?!(?:${CONNECTIVES})\b|(?:${OPENING_PREPOSITIONS})\s)`;
/** The particles a surname may open with, before its capital: "Yusuf al-Khatib", "Ottilie van der Berg". */
const SURNAME_PARTICLES = String.raw`(?:(?:al|el|van|von|de|da|di|du|der|den|la|le|bin|ibn|del|dos|das)(?:\s+|-))*`;
/** A body's name ending the words after a preposition, with where it sits, its acronym or when: "to the Ministry of Education in Damascus", "according to the National Commission … (CNARR)", "floated in the News & Star last year". */
const BODY_ENDING_CLAUSE = /\s(?:to|by|from|with|at|for|on|in)\s+((?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|&)\s+)?(?:the\s+)?\p{Lu}[\p{L}'’&-]*){1,6}(?:\s+in\s+\p{Lu}[\p{L}'’-]*)?)(?:\s+\(\p{Lu}[\p{Lu}\d-]+\))?(?:\s+(?:last|this)\s+(?:week|month|year))?\s*$/u;
/** A name of two to four capitalised words, a comma (an age may follow it), and a description ending the words: "Curtis Guidry, 67, a retired shrimper". */
const NAME_THEN_DESCRIPTION = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s*,[\s,]+((?:an?|the)\s+[\p{Ll}\d][^,"“”]{1,100}?)\s*$/u;
const NAME_THEN_TITLE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s*,\s+((?:\p{Ll}+-)?(\p{Ll}+)\s[^,"“”]{1,100}?)\s*$/u;

/** "Renata Vasquez-Holm, director of aviation policy at …", "…, co-founder of …" before ", who": a name, then a title opening its apposition. */
function nameThenTitle(head: string): RegExpExecArray | null {
  const match = NAME_THEN_TITLE.exec(head);
  return match && ROLE_WORDS.has(match[3]) ? match : null;
}
/**
 * A name opening the clause before a relative clause, or set in apposition to a relative's description
 * opening it ("Her son, Donald Angus MacIsaac, who …"); an indefinite source ("One MP who holds a rural seat, who …") is none.
 */
const NAME_BEFORE_RELATIVE = new RegExp(String.raw`^\s*${OPENING_CONNECTIVE}(?:(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+,\s+)?(?!(?:One|An?|Another)\s)((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Rep|Sen|Gov)\.?\s+|(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:\p{Ll}+\s+){1,2})?\p{Lu}[\p{L}'’-]*(?:\s+${SURNAME_PARTICLES}\p{Lu}[\p{L}'’-]*){0,4})\s*(?:,\s+\p{Ll}[^,"“”]{0,80}?(?:,\s+\p{Lu}[\p{L}.]+)?)?(?:,\s+|\s+(?=who\s))(?:who|which|whose(?! real name))\s(?:[^"“”]|["“][^"“”]*["”])+$`, 'u');
const SOURCE_BEFORE_RELATIVE = new RegExp(String.raw`^\s*${OPENING_CONNECTIVE}((?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)\s+[^,"“”]{1,80}?),\s+(?:and\s+)?(?:who|which)\s[^"“”]+,\s*$`, 'u');
const DESCRIPTION_BEFORE_WHOSE = /(?:^|[.;:])\s*((?:[Tt]he|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}+),\s+whose\s[^"“”]+,\s*$/u;
/** A passive's agent ending the words before a relative clause, with an apposition after it: "led by Marek Pešek, a deputy from …", "presented by Mr Yerlan Abenov, Vice-President of the Kazakhstan Judo Federation". */
const PASSIVE_AGENT = /\bby\s+([^,;:]+?)(?:,\s+(?:an?\s|the\s|\p{Lu}[\p{L}-]*\s+(?:of|at|for)\s)[^,;:]+)?\s*$/u;
const INVERTED_SUBJECT = /\b(?:said|says|added|told)\s+((?:\S+\s+){0,5}?[^\s"“”]+)\s*$/;
/**
 * "quoted a central bank official as", "quoted Nguyen Thi Thu Thoa, head of the irrigation
 * sub-department, as"; before a participle, with no "as" ("quoted another operator describing").
 */
export const QUOTED_AS = /(?<!\b(?:was|were|is|are|been|being)\s+)\bquoted\s+(?!(?:by|in|as)\b)([^,.;:"“”]{2,80}?)(?:,\s+([^,.;:"“”]{2,120}?),)?(\s+as)?\s*$/d;
/** A name, a comma and a role of a body ("John Houlihan, editor of Computerandvideogames.com"), or the body alone ("Emmanuel Ferry, from Exane BNP Paribas"). */
const NAME_THEN_ROLE = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s*((?:(?:[A-Z]{2,}|(?:[A-Z]\.){2,})\s+)?(?:[a-z]+\s+)*?[a-z-]+\s+(?:of|at|for)\s+\S+(?:\s+\S+){0,6}?|(?:from|at|of|with)\s+\p{Lu}\S*(?:\s+\p{Lu}\S*){0,4}|the\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Ll}[\p{Ll}-]+)\s*$/u;
/** "Ravi Menon, president": a name, then a title of lower-case words alone. */
const NAME_THEN_BARE_TITLE = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*\s*$/u;
/** "She laughed, then", "Mr Okafor paused for a moment and then": a short subject opening the clause, a past verb, then "then". */
const SUBJECT_BEFORE_THEN = /^\s*((?:\S+\s+){0,3}?\S+)\s+\p{Ll}+ed\b[^,;:]{0,40}?,?\s+(?:and\s+)?then\s*$/u;

/** "Under the match rules": a preposition opening the clause, then a writing, its noun last. */
const WRITING_AFTER_OPENING_PREPOSITION = /^\s*(?:Under|In|By)\s+((?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+))\s*$/u;

/**
 * "Subject, apposition, verb …": a sentence's subject with an apposition, then its predicate in
 * lower case; not a phrase of where opening the sentence ("In the footage, which Fanpage.it has
 * seen in full, the man can be heard saying").
 */
const SUBJECT_APPOSITION_PREDICATE = /^\s*(?!(?:In|On|At|During|After|Before|From|Within|Throughout)\s)([^,]{2,60}?)\s*,\s*([^,]{2,120}?)\s*,\s*\p{Ll}[^,]*$/du;
/** "The mayors of Pittsburgh, Detroit, and Toledo", "the leaders of France, Germany and Italy" opening the clause before its verb. */
const PLURAL_OF_LIST = new RegExp(String.raw`(?:^|[.;]\s+|^\s*(?:But|And)\s+)(${GROUP_OF_LIST_WORDS})\s*$`, 'u');
// The patterns of a comma here match the comma first and only then look behind it: a comma is found
// by a fast scan, where a pattern that opens with a look-behind tries it at every character.
const COMMA_BEFORE_BASED = /,(?<=\b\p{Lu}\p{Ll}+,)(?=\s+\p{Lu}[\p{L}.]*-based\b)/gu;
/** The comma of "Columbus, Ohio," after a capitalised word, with the place after it captured, before the comma that closes the pair. */
const PORTFOLIO_COMMA = new RegExp(String.raw`,(?:(?<=\b(?:for|of) (?:the )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,)(?=${PORTFOLIOS_AFTER_COMMA.slice(1)})|(?<=\bthe \p{Lu}\p{Ll}+,)(?=${PORTFOLIOS_BEFORE_HEAD.slice(1)}))`, 'gu');
/** The commas of a portfolio in lower case after a role: "minister of corrections, policing and public safety". */
const ROLE_PORTFOLIO_COMMA = /,(?<=\b(?:minister|secretary|critic|spokes(?:person|man|woman)|director|commissioner|chair(?:man|woman)?|head|chief|officer|president) (?:of|for) \p{Ll}+(?: \p{Ll}+)?,)(?=(?: \p{Ll}+(?: \p{Ll}+)?,)* \p{Ll}+(?: \p{Ll}+)? and \p{Ll})/gu;
const REGION_OF_COUNTRY = /,\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?(?=,)/gu;
const TOWN_THEN_PLACE = /,(?<=\p{Lu}[\p{L}'’.-]*,)(?=\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?)\s*,)/gu;
const DASH_ASIDE = /\s[-–—]\s(?:[^-–—"“”]|(?<=\S)-(?=\S)){1,120}?\s[-–—](?:\s*$|\s+(?=(?:but|and)\s))/;
/** Not an acronym the name defines ("the British Chambers of Commerce (BCC) said"): that is part of the subject. */
const BRACKETED_ASIDE = /\s\((?!\p{Lu}[\p{Lu}\d&-]{1,9}\))[^()"“”]{1,60}\)\s*$/u;
/** "Cllr Ruth Kendrick (Green, Southville), said": a party and a ward in brackets after a name, before the comma that closes an apposition. */
const PARTY_AND_SEAT_ASIDE = /\s\(\p{Lu}[\p{L}. -]{0,20},\s*\p{Lu}[\p{L}. '’-]{0,30}\)(?=,\s*$)/u;
/** "now ", "for her part ", "last week " after an apposition's closing comma, right before the cue. */
const ADVERB_BEFORE_CUE = /(?<=,\s+)(?:now|also|later|still|since|then|previously|earlier|once|yesterday|for\s+(?:his|her|their|its)\s+part|in\s+turn|(?:last|this)\s+(?:week|month|year|weekend)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+$/;
/**
 * ", 58," after a name: blanked with its closing comma when it ends the clause ("Nogar's son Stephen, 57, said");
 * not the thousands of a number ("a grant of £45,000, said").
 */
const AGE_APPOSITION = /(?<!\d),\s*\d{1,3}(?:\s*,\s*$|(?=\s*,))/g;
/**
 * ", MD, MPH," after a name, degrees and honours, blanked as an age is, keeping every offset
 * ("Anneliese Vortmann, MD, said"); and the acronym a body is also called by ("the bank's Office of
 * Anticorruption and Integrity, or OAI, found").
 */
export function withoutPostNominals(words: string): string {
  return words.includes(', ') ? words.replace(POST_NOMINAL_APPOSITION, blank).replace(OR_ACRONYM_APPOSITION, blank) : words;
}

/** Spaces as long as `words`: an aside blanked out, keeping every offset after it. */
function blank(words: string): string {
  return ' '.repeat(words.length);
}

const OR_ACRONYM_APPOSITION = /,(?<=\p{L},)\s+or\s+\p{Lu}[\p{Lu}\d&]{1,9}\s*,\s*$/u;

const POST_NOMINAL_APPOSITION = new RegExp(String.raw`,(?<=\p{Ll},)\s+(?:${[...POST_NOMINAL_LETTERS].join('|')})(?:,\s+(?:${[...POST_NOMINAL_LETTERS].join('|')}))*(?:\s*,\s*$|(?=\s*,))`, 'gu');
/**
 * ", R-Ohio", ", D-Calif.": a legislator's party and state after the name, with the comma after
 * it when the verb comes next, but not one that opens more ("R-Ohio, whose district…"); or in
 * brackets, before an apposition ("Sen. Marcus Tull (D-Minn.), a member of the committee, said").
 */
const PARTY_TAG_APPOSITION = /,\s*[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s*(?:,(?=\s*$)|(?=,))|\s\([RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)/g;
/** ", of which Chastagnier has been a member since 2004, ": a relative clause ending the words before the verb. */
const TRAILING_RELATIVE_CLAUSE = /,\s*(?:(?:of|in|for|with|to|among)\s+(?:which|whom)|whose)\s(?:[^,]|,(?=\d{3}))+,\s*$/;

/**
 * A sentence opening with a subject and its apposition, up to the comma that closes it: "Its leader,
 * Marcus Delacroix-Hale,"; a second apposition may follow ("The local MP, Callum Ferreira-Bates, the
 * Liberal Democrat member for Marlbeck,").
 */
export const SUBJECT_AND_APPOSITION = /^\s*((?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[^,]{1,60}?|\p{Lu}[^,]{1,60}?)\s*,\s*([^,]{2,80}?)\s*,(?:\s*[^,]{2,80}?\s*,)?\s*$/du;

const PLACE_AND_TIME_AFTER_APPOSITION = /(?<=,)(?:\s+(?:in|on|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}'’-]*|\d+))*){1,3}\s*$/u;
const TIME_AFTER_AND = /,(?<=\band,)\s+(?:in|on|at|during|after|before|by|last|this|earlier|later)\s[^,"“”]{1,30},\s*$/;

const PRONOUN_OPENING_SERIES = /^\s*(?:(?:But|And)\s+)?(He|She|They)\s+\p{Ll}+ed\s[^"“”]*,\s*$/u;

const SPEAKING_ASIDE = /,\s+(?:while\s+|when\s+)?speaking\s+(?:to|with|in|at|on|from|after|before|during|outside|ahead\s+of)\s[^"“”]*,\s*$/;

/** Words after which a participle has a subject of its own: "with the prosecution describing", "showed one member arguing". */
const OWN_SUBJECT_OPENERS = 'with|showed|shows';
export const WITH_SUBJECT = new RegExp(String.raw`\b(?:${OWN_SUBJECT_OPENERS})\s+(?:[^\s,.;:]+\s+){1,8}$`);
/** The subject of a participle right after one of `OWN_SUBJECT_OPENERS` opening the phrase. */
const OWN_SUBJECT_OPENING = new RegExp(String.raw`^\s*(?:${OWN_SUBJECT_OPENERS})\s+(?=(?:the|an?|one|another|two|three|several|some)\s)`);

/** " with terne-coated stainless steel": a clause piece opening with a preposition, which has no subject. */
const PREPOSITIONAL_PHRASE = /^\s*(?:with|to|in|on|for|from|at|by|of|into|onto|over|under|near|without)\s/;
/** An adverbial of place or time opening a clause: "In his New Year message", "At the launch". */
const PREPOSITION_OPENING = new RegExp(String.raw`^\s*(?:${OPENING_PREPOSITIONS})\s`);
/** "Earlier this autumn ", "Last week ", "This morning ": a time opening a sentence before a subject written with "the", "a" or a capital. */
// ("Late in the evening the company issued a second note, saying": or a time of day.)
const OPENING_TIME = /^\s*(?:(?:(?:Earlier|Later)\s+(?:this|last|that)\s+|(?:Last|This|Next)\s+)(?:week|weekend|month|year|spring|summer|autumn|fall|winter|morning|afternoon|evening)|(?:Early|Late)\s+in\s+the\s+(?:day|morning|afternoon|evening|night))\s+(?=(?:the|a|an)\s|\p{Lu})/u;

/**
 * Such an adverbial, or how the source was reached ("Contacted by Hespress"), and its comma, before
 * a name or an unnamed source with an apposition of two commas of its own.
 */
const OPENING_PHRASE = new RegExp(String.raw`^\s*(?:${OPENING_PREPOSITIONS}|Contacted|Reached)\s+[^,"“”]{1,40},\s+(?=(?:\p{Lu}|(?:an?|one|another)\s)[^,]*,[^,]*,)`, 'u');
const CONJUNCTION_BEFORE_SOURCE = /^\s*(?:and|but|yet|while|whereas)\s+(?=(?:an?|one|another)\s)/i;
/** "A spokesperson for the Broadway League declined to comment on the negotiations but said": a source, then its own first verb before "but" or "and". */
const SOURCE_THEN_PREDICATE = /^(\s*(?:an?|one|another)\s+[^,"“”]{1,60}?)\s+(?:declined|refused|did|would|could|was|were|had|has|is)\s[^,"“”]*\s(?:but|and)\s*$/i;
/**
 * "One parent watching the junior races from the bank at Pitchcroft": a source and what it was doing,
 * all of it. (Its participle may open on a place too, "staying at", where the name the speaker pass
 * keeps, `SEEN_WHERE`, stops before one.)
 */
const SOURCE_DOING = new RegExp(String.raw`^(\s*(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+\s+${SOURCE_DOING_PARTICIPLE}(?:the|a|an|his|her|their|its|two|three|from|at|in|on|near|outside|for)\s[^,"“”]+)$`, 'iu');
const SOURCE_THEN_RELATIVE = /^(\s*(?:an?|one|another)\s+[^,"“”]{1,60}?)\s+(?:who|not\s+authori[sz]ed|granted\s+anonymity)\s+[^,"“”]+$/i;
const PRONOUN_AT_END = /(?:^|\s)(he|she|they|it|He|She|They|It)$/;
/** "That person", "Those officials": a demonstrative opening the sentence, then a noun. */
const DEMONSTRATIVE_SUBJECT = /^\s*(?:That|This|Those|These)\s+(?:\p{Ll}+\s+)?\p{Ll}+\s*$/u;
// ("Elsewhere he is less forgiving, dismissing": past an adverb opening the sentence.)
const PRONOUN_AT_START = /^(\s*(?:(?:Elsewhere|Later|Earlier|Then|Now|Here|There|Still|Instead|Again)\s+)?)(he|she|they|it|He|She|They|It)\s/;
/** "The judge declined to strike the brief, saying", "A rival owner was less charitable, saying": a description opening the clause, before its verb in the past tense. */
// ("The committee also recorded nearly 300 landslides, warning": past an adverb before the verb.)
const DESCRIPTION_AT_START = /^(\s*)((?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+)(?=\s+(?:(?:also|then|later|again|further)\s+)?(?:\p{Ll}+ed|was|were)\b)/u;
/**
 * "The Ravensholme Supporters’ Trust has written to the board requesting a meeting, saying": a name opening the clause, before its verb.
 * ("Club Raalhu head coach Branimir Vukadin has hit out …, describing": also after a title in lower case.)
 */
const NAME_AT_START = /^(\s*)((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}?(?:(?:(?!(?:in|of|at|for|from|with|and|or|on|by|to)\s)\p{Ll}+\s+){1,2}(?=\p{Lu}))?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*){0,5}(?:\s+\(\p{Lu}[\p{Lu}\d&-]+\))?)(?=\s+(?:\p{Ll}+ed|was|were|has|have|had)\s)/u;

export const DESCRIPTION_VERBS: ReadonlySet<string> = new Set(['described', 'describes', 'describing', 'called', 'calls', 'dubbed', 'labelled', 'labeled', 'termed', 'branded', 'characterised', 'characterized']);

/** A sign or a notice opening the sentence and where it hangs, up to a time or an adverb before the verb. */
const SIGN_SUBJECT = new RegExp(String.raw`(?:^\s*|[.!?"”]\s+|\n\s*)((?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*\s+)?(?:sign|banner|placard|poster|notice|bedsheet)\s+(?:${PUT_UP_PARTICIPLES}|hanging|on|in|at|outside|over|above|by|next\s+to)\s[^.!?"“”:;,]*?)(?:\s+(?:on\s+\p{Lu}\p{Ll}+day|(?:this|last|that|on\s+\p{Lu}\p{Ll}+day)\s+(?:morning|afternoon|evening|night|week)|yesterday|today|now|still|also))*\s*$`, 'du');

const SHOWING_VERB = /\s(?:show|reveal|indicat)/;
const RECORD_SHOWS = /^(?:\s*(?=show|reveal|indicat)|(?:[^,;:"“”]*?\s)?(?:account|accounts|copies|records|documents|data|figures|filings|emails|messages|minutes|pages?|footage|videos?|photos|photographs|screenshots|logs|statistics|results|surveys?|polls?|archives?|transcripts?|posters?|adverts?|ads?|images?|pictures?)(?:\s+of\s+[^,;:"“”]*?)?\s+)(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated)\s+(?:that\s+)?(?=\S)/iu;

const FINDING_OPENING = /^[^,;:"“”]*?\s(?:reported|learnt|learned|revealed|understands|disclosed)(?:\s+(?:\p{Ll}+|\p{Lu}\p{Ll}+day|\d{1,4})){0,3}?\s+that\s+(?=\S)/u;

/** Where words are said or written: "in a statement", "in a post on X". */
const SAID_IN_NOUNS = 'post|statement|interview|message|letter|tweet|video|email|note|speech|podcast|broadcast';
const AND_WHERE_SAID = new RegExp(String.raw`^(\s*(?:and|but)\s+)(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${SAID_IN_NOUNS}|discussion|update|bulletin|advisory|release|filing)(?:\s+[\p{L}\d]+){0,6}\s*$`, 'u');

const YEAR_OPENING = /^\s*In\s+(?:\p{Lu}\p{Ll}+\s+)?(?:1[89]|20)\d\d\s+(?=(?:the|a|an|one)\s)/u;
const WHERE_SAID_OPENING = new RegExp(String.raw`^\s*(?:(?:but|and)\s+)?(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:\p{Ll}+\s+)?(?:${SAID_IN_NOUNS})(?:\s+on\s+\p{Lu}\p{L}*)?(?:\s+(?:on|last)\s+\p{Lu}\p{Ll}+day)?\s+(?=(?:the|a|an|one)\s)`, 'u');

const AND_AFTER_QUOTATION = /["”]\s+and\s+$/;
/** A sentence's whole subject, a body's noun or a name, before a quotation of what it does: "The landlord ", "Foncière Rhénane Habitat ". */
const SUBJECT_BEFORE_QUOTATION = /^\s*((?:[Tt]he\s+\p{Ll}+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))\s+$/u;
export const QUOTED_TITLE = String.raw`(?:titled|entitled|under\s+the\s+title)\s+["“][^"“”]{1,80}["”],?\s*$`;
// (", circulated to members in January under the title “Bee Farming Is Farming”,": maybe after a participle's words.)
const QUOTED_TITLE_ASIDE = new RegExp(String.raw`,\s+(?:\p{Ll}+ed\s[^,"“”]{0,80}?)?${QUOTED_TITLE}`, 'u');

/** Where the last quotation of `words`, closed before its end, opens: the mark before its closing one. */
function lastOpeningMark(words: string): number {
  const close = Math.max(words.lastIndexOf('"'), words.lastIndexOf('”'));
  return Math.max(0, words.lastIndexOf(words[close] === '”' ? '“' : '"', close - 1));
}

/**
 * "A statement issued by the Ministry of Fisheries after the ceremony ", "A note issued by the games
 * committee after the event ", "The bathing ordinance issued by the Coast Guard for this stretch of
 * coast ": a writing, its maker, then when it was put out or what it covers.
 */
const WRITING_MADE_BY_THEN_WHEN = new RegExp(String.raw`^\s*(${WRITING_PUT_OUT_BY}\s*[^,.;"“”]+?)\s+(?:after|on|at|during|following|last|this|earlier|for(?=\s+\p{Ll}))\s+[^,.;"“”]{1,40}$`, 'du');

/**
 * The subject of a cue verb, from the words of its sentence before it: past auxiliaries and
 * adverbs ("has also"), an apposition or relative clause ("Martin O'Neill, who chairs the
 * committee,"), and the clauses and conjunctions before the subject ("On Friday, Mr Blair said").
 */
export function subjectBefore(clause: string, clauseOffset: number, cue: string): (Phrase & { appositive?: Phrase }) | undefined {
  // "A notice pinned to the door of the Brecon building on Friday read:": a sign's or a notice's
  // words are read off it, and all of it up to when is its subject, whatever names it holds.
  const sign = READ_OFF_CUES.has(cue) ? SIGN_SUBJECT.exec(clause) : null;
  if (sign?.indices) return { phrase: sign[1], phraseStart: clauseOffset + sign.indices[1][0] };
  // "The association said in a statement that the verdict "affirms …" and called on residents to":
  // the verb after a quotation and "and" shares the subject of the verb of speech before the quotation.
  const andAfterQuotation = AND_AFTER_QUOTATION.test(clause);
  const quotingVerb = andAfterQuotation ? findCues(clause.slice(0, lastOpeningMark(clause))).at(-1) : undefined;
  if (quotingVerb) return subjectBefore(clause.slice(0, quotingVerb.index), clauseOffset, quotingVerb.cue);
  // "The landlord “regrets the inconvenience …” and says": or the subject the quoted predicate follows.
  const subjectOfQuotation = andAfterQuotation ? SUBJECT_BEFORE_QUOTATION.exec(clause.slice(0, lastOpeningMark(clause))) : null;
  if (subjectOfQuotation) return { phrase: subjectOfQuotation[1], phraseStart: clauseOffset + subjectOfQuotation.index + subjectOfQuotation[0].indexOf(subjectOfQuotation[1]) };
  // "Reuters quoted a central bank official as saying", "the DNA quoted another operator describing": the one quoted speaks.
  const quotedAs = clause.includes('quoted') ? QUOTED_AS.exec(clause) : null;
  // ("which quoted the contractor, Ray Dunaway, as saying": with the name set beside a description.)
  if (quotedAs?.indices && (quotedAs[3] !== undefined || cue.endsWith('ing'))) {
    const appositive = quotedAs[2] === undefined ? undefined : { phrase: quotedAs[2], phraseStart: clauseOffset + quotedAs.indices[2][0] };
    return { phrase: quotedAs[1], phraseStart: clauseOffset + quotedAs.indices[1][0], appositive };
  }
  // "A statement issued by the Ministry of Fisheries after the ceremony said": when the writing was
  // put out is no subject; the writing and its maker are.
  // (A cheap test first, true of every clause the pattern matches: its spaces may be any white space, a no-break space copied from a web page too.)
  const madeThen = clause.includes('by') ? WRITING_MADE_BY_THEN_WHEN.exec(clause) : null;
  if (madeThen?.indices) return { phrase: madeThen[1], phraseStart: clauseOffset + madeThen.indices[1][0] };
  // "She laughed, then added": a verb after "then" shares the subject of the verb before it.
  const then = clause.trimEnd().endsWith('then') ? SUBJECT_BEFORE_THEN.exec(clause) : null;
  if (then) return { phrase: then[1], phraseStart: clauseOffset + then.index + then[0].indexOf(then[1]) };
  // "Mr Kapor is reported as saying": the report's wording stands between the subject and the cue.
  // An age ("Robert Jackson, 58, MP for Wantage, said") is blanked out, keeping every offset.
  // "The mayors of Pittsburgh, Detroit, and Toledo said": a plural noun of people and the list of
  // whose they are, one subject, whose commas open no clause.
  const ofList = clause.includes('of') ? PLURAL_OF_LIST.exec(clause) : null;
  if (ofList) return { phrase: ofList[1], phraseStart: clauseOffset + ofList.index + ofList[0].indexOf(ofList[1]) };
  let head = endsWithReportedAs(clause) ? clause.replace(REPORTED_AS, '') : clause;
  // "The England coach went on to claim", "Mr Blair was quick to say", "as she liked to put it": the
  // subject comes before the phrase.
  if (head.endsWith(' to') || head.endsWith(' to ')) head = head.replace(ON_TO_SPEAK, '');
  if (/\d/.test(head)) head = head.replace(AGE_APPOSITION, blank);
  head = withoutPostNominals(head);
  // "Rep. Curtis Vanderpool, R-Ohio, whose district…": a party-and-state tag, blanked the same way;
  // and the comma of "the Austin, Texas-based company", which opens no clause.
  if (head.includes('-')) head = head.replace(PARTY_TAG_APPOSITION, blank).replace(COMMA_BEFORE_BASED, ' ');
  // The comma patterns below open with a look-behind, which is tried at every character: a clause
  // without a comma is spared them.
  const hasComma = head.includes(',');
  // "Jenna Kowalczyk, a graphic designer in Columbus, Ohio, says", "a dealer in Reno, Nev., cautioned": the comma between a town and its
  // state or country opens no clause either.
  if (hasComma) head = head.replace(TOWN_THEN_PLACE, (comma, place: string) => (PLACES.has(place.toLowerCase()) || AP_STATES.has(place) ? ' ' : comma));
  // ("opened its plant in Avilés, northern Spain, describing": nor does the region of the country it lies in.)
  if (head.includes('ern ') || head.includes('central ')) head = head.replace(REGION_OF_COUNTRY, blank);
  // Nor do the commas of "The Department for Environment, Food and (or &) Rural Affairs said" or "Tyler
  // Kozakevich, minister of corrections, policing and public safety, said".
  if (hasComma && (head.includes(' and ') || head.includes(' & '))) head = head.replace(PORTFOLIO_COMMA, ' ').replace(ROLE_PORTFOLIO_COMMA, ' ');
  // "But B&B - which has a 22% share of the market - said", "Wilson has tried to resurrect Factory -
  // which lasted 14 years - but conceded", "Sen. Elizabeth Warren (D-Mass.) wrote": an aside
  // between dashes or in brackets, blanked the same way (only looked for when a dash or a bracket is there).
  if (head.includes('-') || head.includes('–') || head.includes('—')) head = head.replace(DASH_ASIDE, blank);
  if (head.includes('(')) head = head.replace(BRACKETED_ASIDE, blank).replace(PARTY_AND_SEAT_ASIDE, blank);
  // "The 41-page report, titled "Unannounced Inspection of the Caprock Processing Center," said": so is a
  // writing's quoted title, whose comma may stand inside its marks.
  if (head.includes('titled') || head.includes('the title')) head = head.replace(QUOTED_TITLE_ASIDE, blank);
  // "The Taoiseach, speaking in Brussels, where he was attending a meeting of the European Council,
  // said": where someone spoke, with any clause of its own, is an aside too.
  if (head.includes('speaking')) head = head.replace(SPEAKING_ASIDE, blank);
  // "Eero Haapaniemi, Parhelion's head of publishing, now says": an adverb of time alone between
  // the apposition's comma and the verb opens no clause; it is blanked too, as is "for her part".
  if (hasComma) head = head.replace(ADVERB_BEFORE_CUE, blank);
  // "… and, in 2022, told": a time set off by commas after "and" is no apposition.
  if (head.includes('and,')) head = head.replace(TIME_AFTER_AND, blank);
  // "The opposition African Democratic Congress, ADC, in Kogi State on Tuesday accused": where and
  // when, after a subject's apposition, are no subject of their own.
  if (head.includes(', ')) head = head.replace(PLACE_AND_TIME_AFTER_APPOSITION, blank);
  // "Speaking at a briefing in Geneva, Helene Varga, a spokesperson for the UN refugee agency, UNHCR,
  // said": a phrase of where or when opening the sentence is no apposition of the name after it.
  if (head.includes(', ')) head = head.replace(OPENING_PHRASE, blank);
  // "Earlier this autumn the minister told": a time opening the sentence with no comma is no part of the subject.
  head = head.replace(OPENING_TIME, blank);
  head = withoutFillers(head);
  // "Mr Smith resigned on Friday, saying …": a participle right after a comma has the previous
  // clause's subject. (After "has been", as in "X, the CTO, has been campaigning", it has its own.)
  // "Her mother, Ayla Demirci-Hart, read a statement to the court describing her as": with no comma, a
  // participle after the predicate of a subject with an apposition still has that subject.
  // ("with the Los Angeles Times labelling it" has a subject of its own.)
  const participle = /ing$/.test(cue) && (/,\s*$/.test(clause) || (SUBJECT_APPOSITION_PREDICATE.test(head) && !WITH_SUBJECT.test(head)));
  if (participle) {
    head = head.replace(/,\s*$/, '');
    // "Brackwater's chief executive, Dr. Everett Pettifer, disputed the account, saying": the
    // subject and its apposition open the sentence, before the verb the participle follows.
    const framed = SUBJECT_APPOSITION_PREDICATE.exec(head)?.indices;
    if (framed?.[1] && framed[2]) {
      const [subjectStart, subjectEnd] = framed[1];
      const [appositiveStart, appositiveEnd] = framed[2];
      return {
        phrase: head.slice(subjectStart, subjectEnd), phraseStart: clauseOffset + subjectStart,
        appositive: { phrase: head.slice(appositiveStart, appositiveEnd), phraseStart: clauseOffset + appositiveStart },
      };
    }
  }
  // "Pullman, who had told him": a relative pronoun's speaker is its antecedent, the words before it
  // (also past when: "Kyle Draper-Nakamura, who on Thursday called on him to").
  const relative = RELATIVE_PRONOUN_ENDING.exec(head);
  if (relative) {
    head = head.slice(0, relative.index);
    // "Walt Szymanski, 79, of Bloomfield, who estimates": a name, an age and the town someone is
    // from, as the wires write it; "who" is the person's.
    const resident = NAME_AGE_AND_TOWN.exec(clause.slice(0, relative.index));
    if (resident) return { phrase: resident[1], phraseStart: clauseOffset + resident.index };
    // "But the claim was denied by UKIP spokesman, who said": the antecedent is the passive's agent;
    // ""…," said an REM spokesman, who added": the subject of an inverted attribution.
    // "led by Marek Pešek, a deputy from the Green Liberals, who said": also past the agent's apposition.
    const agent = PASSIVE_AGENT.exec(head) ?? (/^,\s*who/i.test(relative[0]) ? INVERTED_SUBJECT.exec(head) : null);
    if (agent) return { phrase: agent[1], phraseStart: clauseOffset + agent.index + agent[0].indexOf(agent[1]) };
    // "Among them was Curtis Guidry, 67, a retired shrimper who said": the relative clause's
    // antecedent describes the one named before it.
    // "Renata Vasquez-Holm, director of aviation policy at the consumer group Fair Fares Alliance, who
    // told": after a comma, the clause is the named person's when a title opens the apposition, whatever body ends it.
    // ("Among the crowd was Omar Rasul Agha, a 71-year-old retired police officer, who said": with a comma too.)
    // ("according to Startup Oman, a local ecosystem tracker, which called it": a body's description, the same.)
    const described = /^\s*who/i.test(relative[0]) ? NAME_THEN_DESCRIPTION.exec(head) : /^,\s*who/i.test(relative[0]) ? NAME_THEN_DESCRIPTION.exec(head) ?? nameThenTitle(head)
      : /^,\s*which/i.test(relative[0]) ? NAME_THEN_DESCRIPTION.exec(head) : null;
    if (described) {
      return {
        phrase: described[1], phraseStart: clauseOffset + described.index + described[0].indexOf(described[1]),
        appositive: { phrase: described[2], phraseStart: clauseOffset + described.index + described[0].lastIndexOf(described[2]) },
      };
    }
    // "…has passed to the Ministry of Education in Damascus, which announced": the body's name, and
    // where it sits, ending the words before ", which".
    const body = /^,\s*which/i.test(relative[0]) ? BODY_ENDING_CLAUSE.exec(head) : null;
    if (body) return { phrase: body[1], phraseStart: clauseOffset + body.index + body[0].indexOf(body[1]) };
    // "Under the match rules, which state that": a writing after the preposition opening the sentence.
    const writing = /^,\s*which/i.test(relative[0]) ? WRITING_AFTER_OPENING_PREPOSITION.exec(head) : null;
    if (writing && DOCUMENT_NOUNS.has(writing[2])) return { phrase: writing[1], phraseStart: clauseOffset + writing.index + writing[0].indexOf(writing[1]) };
  }
  // "Mr Mates, who is a member of the committee and was part of the inquiry, told the BBC": a
  // name opening the clause before a relative clause of any length is the subject, also past an
  // apposition ("Lord Condon, head of the ICC's anti-corruption unit, who made the call, said"), or a
  // "whose" clause ("Nike, whose products are endorsed by Tiger Woods, said"; but "The Game, whose
  // real name is Jayceon Taylor, told" gives the name the analysis knows); and past an apposition
  // whose body a "which" clause describes ("Yesenia Arroyo, a lawyer with the Housing Justice
  // Center, which is representing the families, said").
  const named = head.includes(' who') || head.includes(', which ') ? NAME_BEFORE_RELATIVE.exec(head) : null;
  if (named && /,["”]?\s*$/.test(head)) return { phrase: named[1], phraseStart: clauseOffset + named.index + named[0].indexOf(named[1]) };
  // "Mehra-Lockwood, who watched her first match there as a student and insists": a verb joined
  // to the relative clause's own, with no comma between, shares its subject, the name before "who".
  if (named && /\s(?:and|but)\s*$/.test(head) && !head.slice(head.lastIndexOf(' who ')).includes(',')) {
    return { phrase: named[1], phraseStart: clauseOffset + named.index + named[0].indexOf(named[1]) };
  }
  // "The Oscar-nominated actor, whose films include Schindler's List and Michael Collins, said": the
  // names in a "whose" clause belong to it; the subject is the description before it.
  const whose = head.includes(', whose ') ? DESCRIPTION_BEFORE_WHOSE.exec(head) : null;
  if (whose) return { phrase: whose[1], phraseStart: clauseOffset + whose.index + whose[0].indexOf(whose[1]) };
  // "A nurse at the flagship hospital, who spoke on condition of anonymity because she was not
  // authorized to talk, said", "The employers' association, which bargains on behalf of carriers,
  // terminal operators and stevedoring companies, said": an unnamed source or a description, then
  // a relative clause of any length ("A care worker who has worked there for three years, and who
  // declined to be named, said": also after one of its own).
  const source = head.includes(' who ') || head.includes(', which ') ? SOURCE_BEFORE_RELATIVE.exec(head) : null;
  if (source) return { phrase: source[1], phraseStart: clauseOffset + source.index + source[0].indexOf(source[1]) };
  let appositive: Phrase | undefined;
  // ("The Compagnie des guides du Grand Mont, of which Chastagnier has been a member since 2004, said": a
  // relative clause describes the subject, and no one in it speaks.)
  const relativeClause = TRAILING_RELATIVE_CLAUSE.exec(head);
  if (relativeClause) head = head.slice(0, relativeClause.index);
  // A comma inside a number ("500,000 growers") separates nothing.
  const apposition = /,\s*((?:[^,]|,(?=\d{3}))+?)\s*,\s*$/.exec(head);
  // "John Houlihan, editor of Computerandvideogames.com told": an apposition whose closing comma is missing.
  const unclosed = apposition ? null : NAME_THEN_ROLE.exec(head) ?? nameThenTitles(head);
  if (apposition && !hasMoreWordsThan(apposition[1], MAX_APPOSITIVE_WORDS)) {
    appositive = { phrase: apposition[1], phraseStart: clauseOffset + apposition.index + apposition[0].indexOf(apposition[1]) };
    // "Cllr Raymond Achterberg (Lib Dem), leader of the opposition group, said": an aside in brackets before the apposition.
    head = withoutFillers(head.slice(0, apposition.index)).replace(BRACKETED_ASIDE, blank);
    // "Alain Terzian, president of Cesar organisers, the Academie des Arts…, said": the role before the apposition is a second one.
    // ("Ravi Menon, president, Kettleby Brands, added": or a bare title, as a press release writes one before the firm.)
    const role = NAME_THEN_ROLE.exec(head) ?? NAME_THEN_BARE_TITLE.exec(head);
    if (role) head = head.slice(0, role.index + role[0].indexOf(role[1]) + role[1].length);
  } else if (unclosed) {
    appositive = { phrase: unclosed[2], phraseStart: clauseOffset + unclosed.index + unclosed[0].indexOf(unclosed[2]) };
    head = head.slice(0, unclosed.index + unclosed[0].indexOf(unclosed[1]) + unclosed[1].length);
  }
  // "limited witnesses to two minutes each and at one point, near midnight, asked": a time set
  // between "and" and its verb is no subject, nor an apposition; the verb shares the one before.
  const timeAfterConjunction = TIME_AFTER_CONJUNCTION.exec(head);
  if (timeAfterConjunction) {
    head = head.slice(0, timeAfterConjunction.index + timeAfterConjunction[1].length);
    appositive = undefined;
  }
  // "…, none arose; the authors write that": a semicolon opens a clause of its own, as a comma does.
  const clauseStart = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'), head.lastIndexOf('—'), head.lastIndexOf(' – '), asideBracket(head)) + 1;
  let phrase = head.slice(clauseStart);
  let phraseStart = clauseOffset + clauseStart;
  // "… fostering what organizers describe as", "what one person close to him described as": the
  // subject of the "what" clause.
  const what = WHAT_CLAUSE_SUBJECT.exec(phrase);
  if (what) return { phrase: what[1], phraseStart: phraseStart + what.index + what[0].indexOf(what[1], 4), appositive };
  // "a season opening that several traders described as": so is the subject of a relative clause before a verb of naming.
  const naming = DESCRIPTION_VERBS.has(cue) ? NAMING_CLAUSE_SUBJECT.exec(phrase) : null;
  if (naming) return { phrase: naming[1], phraseStart: phraseStart + naming.index + naming[0].lastIndexOf(naming[1]), appositive };
  // "The Storm Prediction Center placed parts of Iowa under a moderate risk, and in a mesoscale
  // discussion issued late Wednesday morning wrote": where it was said, between "and" and the verb,
  // leaves the verb the subject before the comma.
  const whereSaid = phrase.includes(' in ') || phrase.includes(' on ') ? AND_WHERE_SAID.exec(phrase) : null;
  if (whereSaid) {
    head = head.slice(0, clauseStart + whereSaid[1].length);
    phrase = whereSaid[1];
  }
  // "He hinted at discontent with the industry, and said:": the subject before the comma.
  const bareConjunction = /^\s*(?:and|but)\s+$/i.test(phrase);
  const shared = bareConjunction ? subjectSharedAcrossAnd(head) : subjectSharedAcrossAnd(phrase);
  if (shared && bareConjunction) return { phrase: head.slice(shared.start, shared.end), phraseStart: clauseOffset + shared.start, appositive };
  // "Gov. Ellen Ruthmore, who toured the fairgrounds, ordered flags lowered and said": a clause
  // opening with its verb after a relative clause shares the name before it.
  // (Not "…, filed in January, the company reported a loss and warned": a determiner opens a subject.)
  const opensWithVerb = shared !== undefined && OPENS_WITH_VERB.test(phrase.slice(shared.start)) && clauseStart > 0;
  const nameBefore = opensWithVerb ? NAME_BEFORE_RELATIVE.exec(head.slice(0, clauseStart)) : null;
  if (nameBefore) return { phrase: nameBefore[1], phraseStart: clauseOffset + nameBefore.index + nameBefore[0].indexOf(nameBefore[1]) };
  // "He raised £140 million from investors, shared conference stages with ministers and told": so
  // does a pronoun opening a series of clauses that open with their verbs.
  const series = opensWithVerb ? PRONOUN_OPENING_SERIES.exec(head.slice(0, clauseStart)) : null;
  if (series) return { phrase: series[1], phraseStart: clauseOffset + series.index + series[0].indexOf(series[1]) };
  // "Its leader, Marcus Delacroix-Hale, travelled to the count and described": so does a subject
  // with an apposition.
  const framed = opensWithVerb ? SUBJECT_AND_APPOSITION.exec(head.slice(0, clauseStart))?.indices : undefined;
  if (framed?.[1] && framed[2]) {
    return {
      phrase: head.slice(framed[1][0], framed[1][1]), phraseStart: clauseOffset + framed[1][0],
      appositive: { phrase: head.slice(framed[2][0], framed[2][1]), phraseStart: clauseOffset + framed[2][0] },
    };
  }
  // "Committee Chair Annaliese van der Berg, R-Tyler, limited witnesses … and asked": a name whose
  // party tag has been blanked out, all that stands before the comma.
  const tagged = opensWithVerb ? NAME_BEFORE_BLANKED_TAG.exec(head.slice(0, clauseStart)) : null;
  if (tagged) return { phrase: tagged[1], phraseStart: clauseOffset + tagged.index + tagged[0].indexOf(tagged[1]) };
  if (shared) return { phrase: phrase.slice(shared.start, shared.end), phraseStart: phraseStart + shared.start, appositive };
  /** Words that open the phrase before its subject go, and the phrase starts after them. */
  const dropOpening = (opening: RegExpExecArray | null): void => {
    if (!opening) return;
    phraseStart += opening[0].length;
    phrase = phrase.slice(opening[0].length);
  };
  // "…, but an official from the ministry who requested anonymity said": the conjunction opening the
  // clause goes, so that the source's own "who" is not read as one.
  dropOpening(CONJUNCTION_BEFORE_SOURCE.exec(phrase));
  // "In 1986 a critic for this newspaper described": the year it was said, with no comma after it, opens the clause before its subject.
  dropOpening(YEAR_OPENING.exec(phrase));
  let conjunction = lastConjunction(phrase);
  // "Sarpong-Kimani deleted her post after AFP contacted her, writing": a participle belongs to the
  // main clause, not to a subordinate one it follows.
  while (participle && conjunction !== undefined && SUBORDINATOR_ENDING.test(conjunction)) {
    phrase = conjunction.replace(SUBORDINATOR_ENDING, '');
    conjunction = lastConjunction(phrase);
  }
  // "Britain’s Office for Product Safety and Standards said": an "and" between capitalised words
  // is inside a name, or joins two names that are the subject together.
  const insideName = conjunction !== undefined && NAME_BEFORE_AND.test(conjunction) && /^\p{Lu}/u.test(phrase.slice(conjunction.length));
  // "Kjærgaard-Osei and her colleagues write": the one named leads the group who speak with them.
  const leader = conjunction !== undefined && COMPANIONS.test(phrase.slice(conjunction.length)) ? LEADER_BEFORE_AND.exec(conjunction) : null;
  if (leader) phrase = leader[1];
  // ("That person said": a demonstrative opening the sentence is the subject's determiner, not a conjunction.)
  else if (conjunction && !insideName && !/^\s*(?:a|an|the|one)\s/i.test(phrase) && !DEMONSTRATIVE_SUBJECT.test(phrase) && !(participle && namesRole(conjunction, phrase))) {
    phraseStart += conjunction.length;
    phrase = phrase.slice(conjunction.length);
  }
  // "…, and quoted one resident who described the design as", "…, which spoke to a patient in Haverfordwest who said": whom an outlet quoted is the source.
  dropOpening(QUOTING_VERB_OPENING.exec(phrase));
  // "but in a post on X on Monday the minister wrote": where it was said, with no comma after it, opens the clause before its subject.
  dropOpening(WHERE_SAID_OPENING.exec(phrase));
  // "The Press and Journal reported last month that managers had told": what an outlet reported or
  // learnt opens with its own subject, the one who spoke.
  dropOpening(phrase.includes(' that ') ? FINDING_OPENING.exec(phrase) : null);
  // "Archived copies of the product page show Hearthly promised": the subject of what a record shows.
  dropOpening(SHOWING_VERB.test(phrase) ? RECORD_SHOWS.exec(phrase) : null);
  // "…, a Vantorra executive who was not authorized to discuss internal targets told Axios": an
  // unnamed source, then a relative clause with no commas around it, or a reduced one ("A White
  // House official granted anonymity to discuss internal deliberations said").
  // (A short one stays, as part of the source: "A Western diplomat who followed the talks said".)
  const unnamed = hasMoreWordsThan(phrase, MAX_PHRASE_WORDS) ? SOURCE_THEN_RELATIVE.exec(phrase) ?? SOURCE_THEN_PREDICATE.exec(phrase) : null;
  if (unnamed) phrase = unnamed[1];
  // "…, with the prosecution describing the murder as": the participle's own subject follows "with";
  // "A summary of opinions … showed one member arguing that": or what a record shows.
  dropOpening(/ing$/.test(cue) ? OWN_SUBJECT_OPENING.exec(phrase) : null);
  // "She declined to describe it, saying": a participle's subject opens its clause; a pronoun at
  // the end is its object.
  const opening = participle ? PRONOUN_AT_START.exec(phrase) ?? DESCRIPTION_AT_START.exec(phrase) ?? NAME_AT_START.exec(phrase) : null;
  // "The SPAB has lodged an objection to plans to replace the lead on the roof of St Withburga's
  // Church, Thurnham Parva, with terne-coated stainless steel, arguing": a participle after a
  // phrase opening with a preposition shares the subject opening the sentence.
  const sentenceSubject = participle && !opening && PREPOSITIONAL_PHRASE.test(phrase) ? NAME_AT_START.exec(head) : null;
  if (sentenceSubject) return { phrase: sentenceSubject[2], phraseStart: clauseOffset + sentenceSubject[1].length };
  const pronoun = participle ? null : PRONOUN_AT_END.exec(phrase.trimEnd());
  if (opening) {
    phraseStart += opening[1].length;
    phrase = opening[2];
  } else if (pronoun) {
    // "But on Friday he said": the pronoun right before the verb is the subject.
    phraseStart += phrase.trimEnd().length - pronoun[1].length;
    phrase = pronoun[1];
  } else if ((hasMoreWordsThan(phrase, MAX_PHRASE_WORDS) || PREPOSITION_OPENING.test(phrase)) && !/ing$/.test(cue) && !isWholeLongSubject(phrase) && !isUnnamedSourceAside(phrase, clause.slice(phraseStart - clauseOffset + phrase.trimEnd().length))) {
    // A long run of words before a finite verb ends with its subject; a participle's subject
    // ("Michael Howard is to make a pitch for the ethnic vote, urging …") opens the clause.
    // The subject opens at its determiner when there is one ("… bankruptcy protection the company said"),
    // also after an opening adverbial with no comma ("In his New Year message the Liberal Democrat leader said").
    // "Opposition spokesman on national security Fitzroy O'Garro of the People's National Party
    // wrote": a name and the body it is of end the run; the name is the subject.
    // ("Shipping analyst Hilde Fagerli at the Norwegian School of Economics calls": or a calling and a name, then the body it works at.)
    const named = NAME_AT_BODY_AT_END.exec(phrase) ?? NAME_OF_BODY_AT_END.exec(phrase);
    if (named) return { phrase: named[1], phraseStart: phraseStart + named.index + named[0].indexOf(named[1]), appositive };
    // ("… a response from the Ministry of Health and Social Protection": a long name ending the run is all of it.)
    const words = phrase.trimEnd().split(/\s+/).slice(-Math.max(4, wordCount(NAME_AT_END.exec(phrase)?.[0] ?? '')));
    let first = words.length - 1;
    while (first > 0 && !/^(?:the|a|an|its|his|her|their)$/i.test(words[first])) first--;
    const tail = words.slice(first).join(' ');
    phraseStart += phrase.lastIndexOf(tail);
    phrase = tail;
  }
  // "a proposal an African Union official described as "…"": a noun, then a relative clause
  // without "that" whose subject is the one who speaks.
  const reduced = REDUCED_RELATIVE.exec(phrase);
  if (reduced) {
    phraseStart += phrase.length - reduced[1].length;
    phrase = reduced[1];
  }
  if (phrase.trim() === '' && !appositive) return undefined;
  return { phrase, phraseStart, appositive };
}

/**
 * "U.S. District Judge Ignatius Mbatha-Reyes of the Southern District of New York", "Rep. Yu
 * Sang-chul of the main opposition Civic Democratic Party", "Lt. Darnell Spurlock of the department’s
 * Real Time Crime Center": capitalised words only, a title and a name, then the body after "of":
 * the whole is the subject, however long.
 */
const NAMES_OF_BODY = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){2,6}of\s+(?:the\s+)?(?:\p{Ll}+(?:['’]s)?\s+){0,2}\p{Lu}[^,]*$/u;

const NAME_AT_BODY_AT_END = /\s(?!(?:the|of|a|an|at|for|and|in|on|to|from|with)\s)\p{Ll}+\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,5}(?:\s+\([^()]*\))?(?:\s+in\s+\p{Lu}[\p{L}'’-]*)?\s*$/u;

const NAME_OF_BODY_AT_END = /\s(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})\s*$/u;

/** "A spokesperson for the Department for Environment, Food and Rural Affairs": a source for a body, however long its name. */
function isSourceForNamedBody(phrase: string): boolean {
  const noun = SOURCE_FOR_NAMED_BODY.exec(phrase)?.[1];
  if ((noun !== undefined && SOURCE_NOUNS.has(noun)) || BRANCH_OF_NAMED_BODY.test(phrase)) return true;
  // "One producer with two shows currently running in the West End": a new source, described at length.
  const described = NEW_SOURCE_DESCRIBED.exec(phrase)?.[1];
  return described !== undefined && (SOURCE_NOUNS.has(described) || PERSON_NOUN_ENDING.test(described));
}

const NEW_SOURCE_DESCRIBED = /^\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+(?:with|at|from|in|on)\s[^,]*$/u;
const PERSON_NOUN_ENDING = /\p{Ll}{3}(?:er|or|ist|ian)$/u;

/** "The Harvard chapter of the American Association of University Professors": a branch speaks for its body, however long its name. */
const BRANCH_OF_NAMED_BODY = new RegExp(String.raw`^\s*${BRANCH_OF}\p{Lu}[^,]*$`, 'u');

/**
 * "A senior figure at one of the charter airlines that carried Thalassa Sun customers, speaking on
 * condition of anonymity, said": an aside saying why the source goes unnamed makes the whole
 * indefinite phrase before it the source, however long.
 */
function isUnnamedSourceAside(phrase: string, after: string): boolean {
  return ANONYMITY_AFTER_PHRASE.test(after) && /^\s*(?:an?|one|another)\s/i.test(phrase);
}

const ANONYMITY_AFTER_PHRASE = new RegExp(String.raw`^\s*,\s*${ANONYMITY_ASIDE}`);

const SOURCE_FOR_NAMED_BODY = /^\s*(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+)\s+(?:for|at|of|from)\s+(?:the\s+)?\p{Lu}[^,]*$/u;

// ("a change some athletes and parents have described as", "a gap campaigners have long called": or a plural of people;
// "was fined in a case the council described as", "in a move one grower described as": also after "in" or "with".)
const REDUCED_RELATIVE = /(?:^\s*|\s(?:in|with)\s+)(?:an?|the)\s+\p{Ll}[\p{Ll}-]*\s+((?:an?|one|the)\s+[^,]+|(?:some|many|most|several)\s+[^,]+|\p{Ll}+s(?:\s+and\s+\p{Ll}+s)?)$/u;

/**
 * Where the last bracket opens, or -1: an acronym in brackets ("the British Phonographic Industry
 * (BPI) said") belongs to the name before it and opens no clause.
 */
function asideBracket(head: string): number {
  const open = head.lastIndexOf('(');
  return open >= 0 && ACRONYM_IN_BRACKETS.test(head.slice(open)) ? -1 : open;
}

/** "(CREDAI)", "(PDI-P)", "(G20)", "(DfE)", "(SAND.SN)": a name's acronym or ticker in brackets, which opens no aside. */
const ACRONYM_IN_BRACKETS = new RegExp(String.raw`^(?:\(\p{Lu}[\p{Lu}\d&-]{1,9}\)|\(\p{Lu}\p{Ll}{0,2}\p{Lu}[\p{Lu}\p{Ll}]{0,3}\)|${STOCK_TICKER_IN_BRACKETS})`, 'u');

/**
 * "Brent Bozell, PTC president and conservative activist": a name, a comma and titles joined by
 * "and", with no closing comma before the verb. Matched like `NAME_THEN_ROLE`: the name, then the titles.
 */
function nameThenTitles(head: string): RegExpExecArray | null {
  const match = NAME_THEN_TITLES.exec(head);
  return match && match[2].split(/\s+and\s+/).every((title) => TITLE_NOUN.test(title)) ? match : null;
}

const NAME_THEN_TITLES = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}),\s*((?:[\p{L}'’-]+\s+){1,6}?[\p{Ll}-]+)\s*$/u;
/** A title: a few words ending in a noun for a person's office or calling. */
const TITLE_NOUN = /\b(?:president|chairman|chairwoman|chief|director|executive|founder|leader|secretary|spokesman|spokeswoman|activist|campaigner|analyst|economist|editor|professor|lawyer|manager|coach|captain|minister|mp|member)$/;

/** A "what" clause's subject before its verb: a determiner and a few words, a pronoun, or a plural noun. */
const NAMING_CLAUSE_SUBJECT = /\s(?:that|which|whom)\s+((?:the|a|an|one|some|many|several|most)\s+[^,]{1,50}?|[a-z]+s)\s*$/i;
// ("what officials in Erbil describe as": a plural noun may say where the people are.)
const WHAT_CLAUSE_SUBJECT = /\bwhat\s+((?:the|a|an|its|his|her|their|one|some|many|several)\s+[^,]{1,50}?|he|she|they|it|[a-z]+s(?:\s+(?:in|at|from)\s+[a-z][\w'’-]*)?)\s*$/i;

const NAME_AGE_AND_TOWN = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}),\s*\d{1,3},\s+(?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*$/u;
const RELATIVE_PRONOUN_ENDING = /(?:,\s*)?\b(?:who|which|that)(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:week|month|year)|earlier|later|also|then|yesterday|today))?\s*$/i;

/** The words up to and including the last conjunction of a phrase ("On Friday, when "), or undefined. */
const NAME_BEFORE_AND = /\p{Lu}[\p{L}'’-]*\s+and\s+$/u;

/** Those who work with someone named before "and": "her colleagues", "his team", "co-authors". */
const COMPANIONS = /^\s*(?:(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|collaborators|co-?workers|team|fellow researchers)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of)\s+(?:other\s+)?(?:\p{L}[\p{L}-]*\s+)?\p{Ll}+s)\s*$/iu;
/** A capitalised name, the whole phrase before "and". */
const LEADER_BEFORE_AND = /^(\s*(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)\s+and\s+$/u;

/** A conjunction opening a subordinate clause, at the end of the words before that clause, with the space before it. */
const SUBORDINATOR_ENDING = /\s+(?:after|before|when|while|because|though|although|whereas|unless)\s+$/i;

/** A capitalised name ending a run of words, with its determiner: "the Ministry of Health and Social Protection", "the Federal Ministry of Ports and Marine Transport in Mogadishu". */
const NAME_AT_END = /\b(?:the|a|an|its|his|her|their)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|for|&)\s+)?\p{Lu}[\p{L}'’.-]*)*(?:\s+in\s+\p{Lu}[\p{L}'’.-]*)?\s*$/u;

function lastConjunction(phrase: string): string | undefined {
  // Not the "as" of "as well", which ends a clause rather than opening one, nor the "but" of "tighter
  // checks but not a ban", which joins two nouns.
  return /^(.*\b(?:and|but(?!\s+not\s+(?:an?|the)\s)|that|as(?!\s+well\b)|when|while|though|although|whereas|unless|after|before|because|where|which|who|what(?=\s+(?:the|a|an|its|his|her|their|he|she|they|it)\s))\s+)/i.exec(phrase)?.[1];
}

/**
 * "Guterres welcomed the deal and urged all sides to…": a cue verb right after "and" or "but"
 * shares the subject of the verb before it, which opens that clause (a pronoun, or a name or a
 * description in its first words).
 */
function subjectSharedAcrossAnd(phrase: string): { start: number; end: number } | undefined {
  const and = /\s*\b(?:and|but)\s+$/i.exec(phrase);
  if (!and || lastConjunction(phrase)?.length !== phrase.length) return undefined;
  const before = phrase.slice(0, and.index);
  let conjunction = clauseConjunction(before);
  // "Quenneville did not dispute that the messages were genuine but said": "but" sets the verb
  // against the one whose object the "that" clause is, so the subject opens the clause before it.
  // So does "and" after a "that" clause a verb of speech reports ("Achebe-Lowe pointed out that the
  // control group contained just six patients and warned that"): the two verbs are one speaker's.
  const reportsThat = conjunction !== undefined && (/^\s*but/i.test(and[0]) ? THAT_ENDING.test(conjunction) : SPEECH_THEN_THAT.test(conjunction));
  if (conjunction !== undefined && reportsThat) conjunction = clauseConjunction(conjunction.replace(THAT_ENDING, ''));
  // "Munro had described Glenardrie as "the jewel" of the group's portfolio and said": "as" before a quotation opens no clause.
  if (conjunction !== undefined && /\bas\s+$/i.test(conjunction) && /^["“]/.test(before.slice(conjunction.length))) conjunction = clauseConjunction(conjunction.replace(/\bas\s+$/i, ''));
  // "A senior official at the ministry, who spoke to The Nassau Guardian on condition of anonymity,
  // said … but acknowledged": a relative clause set off by commas describes the subject before it.
  const relative = conjunction !== undefined ? RELATIVE_AFTER_SUBJECT.exec(conjunction) : null;
  if (conjunction !== undefined && relative) {
    const subjectStart = clauseConjunction(conjunction.slice(0, relative.index))?.length ?? 0;
    return { start: subjectStart, end: relative.index };
  }
  let start = conjunction?.length ?? before.length - before.trimStart().length;
  // "Asked whether Halden would need new parts, Vollmer conceded … but claimed": the question put
  // to the speaker, before the comma, is no part of the clause whose subject is shared.
  start += QUESTION_OPENING.exec(before.slice(start))?.[0].length ?? 0;
  // "In its last accounts, filed in January, the company reported a loss and warned": nor is where it was said.
  start += WHERE_SAID_BEFORE_SUBJECT.exec(before.slice(start))?.[0].length ?? 0;
  const pronoun = /^(?:he|she|they|it)\b/i.exec(before.slice(start));
  if (pronoun) return { start, end: start + pronoun[0].length };
  // "The spokesperson for the U.N. secretary-general said … and called on": the words before a verb
  // of speech; "The former checkout supervisor from Wigan had run on …": before the verb; else the first few.
  const clause = before.slice(start);
  const opening = SUBJECT_BEFORE_SPEECH.exec(clause)?.[1].trimEnd() ?? SUBJECT_BEFORE_VERB.exec(clause)?.[0] ?? KIN_SUBJECT.exec(clause)?.[0]
    ?? SUBJECT_BEFORE_PAST_TENSE.exec(clause)?.[0] ?? /^\S+(?:\s+\S+){0,4}/.exec(clause)?.[0];
  return opening ? { start, end: start + opening.length } : undefined;
}

/**
 * The last conjunction opening a clause of `words`. Before ", and wrote", an "and" that joins two
 * nouns ("thanked the crew and the show's fans, and wrote") opens none: the clause goes back to
 * the conjunction before it.
 */
function clauseConjunction(words: string): string | undefined {
  let conjunction = lastConjunction(words);
  if (!/,\s*$/.test(words)) return conjunction;
  while (conjunction !== undefined && JOINS_NOUNS.test(conjunction) && NOUN_PHRASE_OPENING.test(words.slice(conjunction.length))) {
    conjunction = lastConjunction(conjunction.replace(JOINS_NOUNS, ''));
  }
  return conjunction;
}

/**
 * "has put him up as his main bet, calling": "as" before a short noun phrase and the comma of a
 * participle names a role, opening no clause of its own.
 */
function namesRole(conjunction: string, phrase: string): boolean {
  return /\bas\s+$/i.test(conjunction) && ROLE_AFTER_AS.test(phrase.slice(conjunction.length));
}

const ROLE_AFTER_AS = /^(?:his|her|their|its|our|my|a|an|the)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*$/u;

const THAT_ENDING = /\bthat\s+$/i;
/** ", who ", ending the words before a relative clause. */
const RELATIVE_AFTER_SUBJECT = /,\s+who\s+$/;
// "said in a statement that", "noted on Monday that": where or when it was said may come between.
const SPEECH_THEN_THAT = /\b(?:said|says|argued|argues|noted|notes|pointed\s+out|points\s+out|insisted|insists|claimed|claims|acknowledged|admitted|stressed|warned|told\s+\S+)(?:\s+(?:in|on)\s+(?:(?:a|an|the|its|his|her|their)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+that\s+$/iu;
const JOINS_NOUNS = /\band\s+$/i;
const NOUN_PHRASE_OPENING = /^(?:the|a|an|his|her|its|their|our|my|\p{Ll}+['’]s)\s/u;

const QUOTING_VERB_OPENING = /^\s*(?:quoted|quoting|cited|citing|interviewed|(?:spoke|talked)\s+(?:to|with))\s+(?=(?:one|an?|another|two|three|several|some)\s)/;
const SUBJECT_BEFORE_SPEECH = /^((?:\S+\s+){1,9}?)(?:(?:has|had|have)\s+)?(?:said|says|told|tells|added|wrote|warned|argued|announced|insisted|confirmed|denied|acknowledged|admitted|conceded|noted|explained|claimed|stressed)\b/;
/** "My mother read an early draft and told me": a relative, by a possessive, opening the clause. */
const KIN_SUBJECT = new RegExp(String.raw`^(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|older|younger|elder)\s+)?(?:${[...KIN_NOUNS].join('|')})\b`);
const NAME_BEFORE_BLANKED_TAG = /^\s*(\p{Lu}[^,]{1,60}?)\s{3,},\s*$/u;
/** "and at one point", "but later": a conjunction, then when its verb happened, ending the words before a cue. */
const TIME_AFTER_CONJUNCTION = /(\s(?:and|but)\s+)(?:at\s+one\s+(?:point|stage)|later|then|eventually|finally|afterwards|at\s+times)\s*$/i;
const SUBJECT_BEFORE_VERB = /^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\S+(?:\s+\S+){0,6}?(?=\s+(?:had|has|have|was|were|is|are|will|would)\s)/;
const OPENS_WITH_VERB = /^(?!(?:the|a|an)\s)\p{Ll}/u;
const WHERE_SAID_BEFORE_SUBJECT = /^(?:In|On|At|After|Before|During|Under|Since|By)\s[^,"“”]{1,50},(?:\s+(?:filed|published|released|issued|posted|dated|sent|seen)\s[^,"“”]{1,40},)?\s+(?=(?:the|a|an|its|his|her|their)\s|\p{Lu})/u;
const QUESTION_OPENING = /^(?:Asked|Pressed|Questioned|Challenged)\s[^,"“”]*,\s+(?=\p{Lu})/u;
/** "an attendant came out to the first cars and told them": a source's noun before a verb in the past tense. */
const SUBJECT_BEFORE_PAST_TENSE = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+\S+(?:\s+\S+){0,4}?(?=\s+(?:\p{Ll}+ed|came|went|took|got|stood|sat|ran|rose|left|gave|made|held|met|sent|brought|kept)\s)/u;

/** The words before the auxiliaries and adverbs that end them: "Defense officials have already " → "Defense officials". */
function withoutFillers(words: string): string {
  // "a claim the authority at the time described as": a time between subject and verb, as a filler.
  let end = words.endsWith(' time') || words.endsWith(' time ') ? words.search(AT_THE_TIME_ENDING) : -1;
  if (end < 0) end = words.length;
  for (;;) {
    // The last word before `end`, found by scanning back over its characters.
    let wordEnd = end;
    while (wordEnd > 0 && isWhitespaceCode(words.charCodeAt(wordEnd - 1))) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > 0 && !isWhitespaceCode(words.charCodeAt(wordStart - 1))) wordStart--;
    // Case matters: "May" of "Theresa May, the shadow secretary, told…" is a name, "may" a verb.
    if (wordStart === wordEnd || !FILLERS.has(words.slice(wordStart, wordEnd))) return words.slice(0, end);
    end = wordStart;
  }
}

const AT_THE_TIME_ENDING = /\s+at\s+the\s+time\s*$/;
