/**
 * Attribution cues: the verbs and phrases that tie a quotation to its speaker in news prose.
 */

const VERBS = `
said says say saying told tells tell telling added adds wrote writes write warned warns argued argues pleaded pleads stated states state explained
explains insisted insists noted notes claimed claims asked asks replied replies acknowledged acknowledges admitted admits
announced announces confirmed confirms continued continues declared declares denied denies described describes
emphasised emphasized emphasises emphasizes suggested suggests urged urges vowed vows tweeted posted recalled recalls
predicted predicts concluded concludes concluding conceded concedes remarked remarks observed observes commented comments
complained complains cautioned cautions countered counters maintained maintains responded responds revealed reveals
boasted boasts joked jokes answered answers agreed agrees believes believed reckons reckoned
characterised characterized characterises characterizes called calls dubbed labelled labeled termed adding arguing noting warning insisting claiming explaining
stressed stresses pledged pledges promised promises assured assures branded brands accused accuses
demanded demands praised praises hailed hails criticised criticized criticises criticizes condemned condemns
threatened threatens threatening campaigning campaigned pushing demanding urging
announcing citing stating describing suggesting admitting confirming predicting accusing branding labelling labeling dubbing hailing praising
cited cites blamed blames attributed attributes reminded reminds questioned questions forecast forecasts criticise criticize claim insist warn admit argue describe calling
retorted retorts quipped quips snapped signalled signaled signals signalling signaling interjected interrupted repeated repeats pressed
shouted shouts shouting yelled yells screamed screams screaming exclaimed exclaims whispered whispers muttered mutters writing
disclosed discloses disclosing advised advises grumbled grumbles protested objected underlined underscored underscores reaffirmed reaffirms bragged brags mentioned ventured lamented laments lamenting averred avers opined opines contended contends reiterated reiterates reiterating
alleged alleges alleging mused muses bemoaned bemoans decried decries wondered wonders fumed fumes thundered thunders sighed sighs
enthused enthuses recounted recounts clarified clarifies informed informs intoned intones posited posits surmised
averring contending positing opining submitted submits testified testifies testifying affirmed affirms affirming
gushed gushes blasted blasts raged rages sobbed wept raved ranted beamed seethed hissed cried shrugged shrugs scoffed scoffs
regrets regretted deplores deplored confides confided rejoiced rejoices reassured reassures
underlines specifies specified indicates indicated denounces denounced mentions estimates estimated
suggest complain explain mention
`;

/** "put it plainly", "puts it more plainly": how someone put what they said. */
const PUTTING_IT = ['put', 'puts'].flatMap((verb) => ['differently', 'bluntly', 'simply', 'plainly', 'succinctly', 'starkly', 'candidly']
  .flatMap((manner) => [`${verb} it ${manner}`, `${verb} it more ${manner}`]));

/**
 * "Another No 10 source was blunter. "If we don't do this…"": how someone spoke, said before the
 * quotation of what they said.
 */
const PAST_MANNER_OF_SPEAKING = ['was blunter', 'was more blunt', 'was more optimistic', 'was less optimistic', 'was more cautious', 'was more sanguine',
  'was less sanguine', 'was more direct', 'was more forthright', 'was less diplomatic', 'were blunter', 'were more optimistic', 'were more cautious',
  'was less guarded', 'was more candid', 'was more forthcoming', 'were less guarded', 'were more candid',
  'sees it differently', 'saw it differently', ...PUTTING_IT,
  'struck a different tone', 'struck a softer tone', 'struck a similar tone', 'struck a defiant tone', 'struck a more conciliatory tone', 'struck a more cautious tone', 'struck a more optimistic tone',
  'was blunt', 'were blunt', 'was more specific', 'were more specific', 'was less charitable', 'was more sceptical', 'was more skeptical', 'was less convinced', 'were less charitable', 'were more sceptical', 'were more skeptical'];
/** The same in the present, as features write it ("A site engineer, who asked not to be named, is more specific: …"). */
const MANNER_OF_SPEAKING = [...PAST_MANNER_OF_SPEAKING, ...PAST_MANNER_OF_SPEAKING.filter((manner) => /^(?:was|were) /.test(manner)).map((manner) => manner.replace(/^was /, 'is ').replace(/^were /, 'are '))];

/** Cues of two words, found as one: "He pointed out that … "…"", "She went on: "…"", "… ," she shot back. */
/** "put the figure at "well north of 200,000"": an estimate given in someone's words. */
const ESTIMATE_CUES = ['put the figure at', 'puts the figure at', 'put the number at', 'puts the number at', 'put the cost at', 'puts the cost at'];
const PHRASAL_VERBS = ['pointed out', 'points out', 'pointing out', 'summed up', 'sums up', 'summing up', 'spoke of', 'speaks of', 'speak of', 'spoken of', 'talked of', 'talks of', 'went on', 'goes on', 'shot back', 'fired back', 'hit back', 'put it', 'puts it', ...ESTIMATE_CUES, ...MANNER_OF_SPEAKING];

/**
 * Verbs that cast something as what the quotation calls it ("Holloway cast her opponent, state Sen.
 * Curtis Vandermolen of Olathe, as a "Topeka insider"", "He names Russia as the "failing state"",
 * "refers to Jeremiah as "him""): verbs of judgement, and cues only with "as" before the quotation,
 * as "cast a vote", "named a successor" and "refers to the report" quote nobody.
 */
const CASTING_VERBS_LIST = ['cast', 'casts', 'painted', 'paints', 'presents', 'presented', 'named', 'names', 'singled out', 'singles out', 'picked out', 'picks out', 'refers to', 'referred to', 'referring to'];
const CASTING_VERBS: ReadonlySet<string> = new Set(CASTING_VERBS_LIST);
/** "… as a "…"": the "as" of a casting verb, in its clause, right before the quotation's mark (or the window's end). */
const CAST_AS = /^(?:[^.;!?"“”]|(?<=\b\p{Lu}\p{Ll}{0,3})\.){1,120}?\bas\s+(?:(?:an?|the|his|her|their|its|one of the)\s+)?(?:["“]|$)/u;

/**
 * Verbs of judgement, of stance and of forecast that quote their object ("The Treasury dismissed the research
 * as "complete rubbish"", "it is expecting "significant improvements"", "Springsteen mocked Bono
 * as the man who "single-handedly pioneered the Irish mullet"", "he declined to comment on
 * "market speculation""): cues only before a quotation, since after one they are a new clause
 * ("the same terms that Anthropic rejected").
 */
export const JUDGEMENT_VERBS: ReadonlySet<string> = new Set(['declined to comment on', 'refused to comment on', ...CASTING_VERBS_LIST, ...'dismissed dismisses dismissing mocking ridiculing likening framed frames portrayed portrays welcomed welcomes attacked attacks slammed slams rejected rejects expects expecting mocked mocks ridiculed ridicules thanked thanking apologised apologized apologises apologizes asserted asserts highlighted highlights defended defends accepted accepts compared compares likened likens dedicated dedicates thinks remembers remembered expressed expresses recommended recommends estimates estimated'.split(' '), 'considered it', 'considers it', 'considered the', 'considers the']);

/**
 * Verbs of a report's findings ("the report found", "the committee found that … "…"", "Newsday
 * reported last week that … "…"") and of a court's ruling ("…, ruling that officials had given
 * detainees "…""): cues after a quotation, and before one only with "that", since "Police found "a
 * large quantity"" quotes nobody, and "ruled out" rules nothing.
 */
export const FINDING_VERBS: ReadonlySet<string> = new Set(['found', 'finds', 'finding', 'reported', 'ruled', 'rules', 'ruling']);

/**
 * Verbs of turns in a conversation ("“We didn't leave him out —” Brennan-Castro began.", "“He left
 * himself out,” O'Flaherty cut in.") and of sharing what one knows (""…," Vosberg shared."): cues
 * only when they end their clause, as "began the tour", "finished third", "cut in half" and "a post
 * shared 3,000 times" quote nobody.
 */
const TURN_VERBS: ReadonlySet<string> = new Set(['began', 'begins', 'finished', 'finishes', 'cut in', 'cuts in', 'chimed in', 'chimes in', 'broke in', 'breaks in', 'trailed off', 'shared', 'shares']);
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?]|[-–—]\s)/;

/**
 * Verbs of a court's written order ("In its order, the bench recorded:", "The court held:"): cues
 * only before a colon, as "recorded a loss" and "held talks" quote nobody.
 */
const ORDER_VERBS: ReadonlySet<string> = new Set(['recorded', 'records', 'held', 'holds']);
const COLON_AFTER = /^\s*:/;

/** "in a video address ", "a statement ": a writing right before "posted", which then puts it somewhere. */
const POSTED_WRITING_BEFORE = /\b(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:video|address|message|statement|note|letter|update|clip|photo|photograph|picture|post|tweet|comment|notice|announcement|recording)\s+$/u;

/** "a BBC statement read", "the e-mail reads:", "The notice lists": cues only after a written thing (`WRITINGS`), as "he read the book" quotes nobody. */
const READING_VERBS: ReadonlySet<string> = new Set(['read', 'reads', 'lists']);

/** "told " right before a name: the one told, an outlet as often as a person ("told Source NM that"). */
export const TOLD_BEFORE = /\btold\s+$/;

/** The cues of words read off what carries them, a sign or a notice: "a banner reading", "the notice read". */
export const READ_OFF_CUES: ReadonlySet<string> = new Set(['read', 'reads', 'reading']);

/** How a sign or a notice is put up where people pass: "a notice pinned to the door", "a sign taped to the shelter". */
export const PUT_UP_PARTICIPLES = 'pinned|taped|posted|stuck|hung|fixed|nailed|pasted|attached';
/**
 * Whether "read" or "reads" between `start` and `end` gives a writing's words: "a BBC statement
 * read: …", "… ," the e-mail reads."; "It reads: "…"" after a statement the sentence before names;
 * "one email from a senior manager read", "Another message, sent by the adviser …, read:", a writing
 * opening the clause with its author or where it was put up ("A notice on the Corrigan Hale website read:"). Not "a statement read to the court by a prosecutor", a passive.
 */
function readsWriting(text: string, start: number, end: number): boolean {
  const read = WRITINGS.test(text.slice(Math.max(0, start - WRITINGS_REACH), start)) || (IT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && text.charAt(end) === ':')
    || WRITING_SUBJECT.test(text.slice(Math.max(0, start - WRITING_SUBJECT_REACH), start)) || readsWritingAfterQuotation(text, start, end);
  return read && !READ_TO_SOMEONE.test(text.slice(end, end + 8));
}

/** "“The measure is temporary,” reads the note, signed by …": the verb right after the quotation, its writing after it, as translations write it. */
function readsWritingAfterQuotation(text: string, start: number, end: number): boolean {
  return QUOTATION_CLOSED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && WRITING_AFTER.test(text.slice(end, end + 40));
}

// (Or nothing but a comma before it: a window of words after a quotation starts past its closing mark.)
const QUOTATION_CLOSED_BEFORE = /(?:["”],?|^,?)\s+$/;
const WRITING_AFTER = /^\s+(?:the|an?|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:statement|letter|note|message|e-?mail|memo|notice|document|release|bulletin|circular|petition)\b/u;

const WRITING_SUBJECT = /(?:^[\s,]*|[.!?"”]\s+|\n)(?:[Oo]ne|[Aa]nother|[Aa]|[Tt]he|[Aa] third|[Aa] second)\s+(?:[\p{Ll}\d]+(?:-[\p{Ll}\d]+)*\s+)?(?:(?:message|e-?mail|post|letter|note|text|tweet|memo|petition|statement)\b[^.!?"“”]*?\b(?:from|by|on)|(?:sign|banner|placard|poster|bedsheet|notice)\b[^.!?"“”]*?\b(?:from|by|on|to|at|in|outside|over))\s[^.!?"“”]*\s$/u;
/** How far back a writing's subject may open its sentence: its sender's clause may be long ("sent by the adviser … after officials recommended …"). */
const WRITING_SUBJECT_REACH = 300;
const IT_BEFORE = /\b[Ii]t\s+$/;
// (But "The statement read in part:" quotes the statement.)
const READ_TO_SOMEONE = /^\s+(?:to|out|by|aloud|in(?!\s+part\b))\b/;
// ("Its bulletin number 47 reads:": past the writing's number.)
const WRITINGS = /\b(?:statement|verdict|ruling|judg(?:e)?ment|letter|note|notes|message|e-?mail|memo|sign|banner|notice|poster|placard|bedsheet|headline|text|document|release|caption|bulletin|circular|plaque|inscription|listing|petition)(?:\s+(?:number|no\.)\s+\d+)?\s+$/i;
/**
 * "pleaded guilty", "pleads not guilty": a plea to a charge, not words pleaded; "has pleaded with
 * visiting fans not to protest": a request, as "asked … to" is.
 */
export function isPleaNotSpeech(text: string, verb: string, verbEnd: number): boolean {
  return (verb === 'pleaded' || verb === 'pleads') && PLEA_AFTER.test(text.slice(verbEnd, verbEnd + PLEA_REACH));
}

const PLEA_AFTER = /^\s+(?:(?:not\s+)?guilty|innocent|no\s+contest|the\s+fifth|ignorance|(?:with|for)\s+[^.,;:"“”]{1,60}?\s+(?:not\s+)?to\s)/i;
const PLEA_REACH = 80;

/** How far back a writing's noun may stand before "reads", past its number. */
const WRITINGS_REACH = 24;

/**
 * "One juror, a retired schoolteacher who asked not to be identified, said …", "who asked WRAL
 * News not to use her name": asking for anonymity is not speech; the source speaks at the verb after it.
 */
const ANONYMITY_REQUEST = /^\s+(?:(?:us|me|reporters|(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,3})?not\s+to\s+(?:be\b|use|publish|print|name|identify|disclose|reveal)|that\s+(?:his|her|their)\s+name|for\s+anonymity)/u;
const ANONYMITY_REQUEST_REACH = 50;

/**
 * "declined to say when the tunnel was last inspected, saying only that …", "declined to say more",
 * "stopped short of saying whether": what someone would not say is no speech; they speak at the
 * verb after it.
 */
function isDeclinedSaying(text: string, start: number, lower: string): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  return (lower === 'say' && DECLINED_TO.test(before)) || (lower === 'saying' && STOPPED_SHORT_OF.test(before));
}

function isPluralNounAt(text: string, start: number, lower: string): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return OWNED_NOUN_BEFORE.test(before) || OBJECT_NOUN_BEFORE.test(before) || (lower === 'states' && COUNTED_STATES_BEFORE.test(before))
    || (!lower.endsWith('ss') && followsPluralNoun(before));
}

/**
 * Whether a lower-case plural noun ends `before`: "passenger rights rules" is a noun, as a verb in
 * -s agrees with no plural subject. Not a word that only looks plural ("the crisis", "the bus",
 * "the boss", "he always says", "she sometimes says").
 */
function followsPluralNoun(before: string): boolean {
  const word = PLURAL_NOUN_BEFORE.exec(before);
  // ("The report to members says": a plural after a preposition is no subject.)
  return word !== null && !LOOKS_PLURAL.has(word[1]) && !PREPOSITION_BEFORE.test(before.slice(0, word.index));
}

/** " were", " are": a plural verb, which a noun in -s is the subject of. */
const PLURAL_VERB_AFTER = /^\s+(?:were|are)\b/;
/** "process ": a lower-case word that qualifies the noun after it ("the process claims"), not a subject's name or pronoun. */
const NOUN_MODIFIER_BEFORE = /(?<![\p{L}'’-])(?!(?:he|she|it|they|who|which|that)\s)\p{Ll}{3,}\s+$/u;

const PREPOSITION_BEFORE = /\b(?:to|for|from|with|by|among)\s+$/;

const PLURAL_NOUN_BEFORE = /(?<![\p{L}'’-])(\p{Ll}{2,}[^\Wsiuy]s)\s+$/u;
const LOOKS_PLURAL: ReadonlySet<string> = new Set('sometimes perhaps afterwards besides nowadays news series species politics economics physics whereas'.split(' '));

/** "member states", "the Gulf states", "two states": countries or states, not the verb ("the report states"). */
const COUNTED_STATES_BEFORE = /\b(?:member|island|nation|city|client|rogue|Gulf|Baltic|frontline|neighbouring|neighboring|other|both|several|all|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$/;

/** "described the freight ": a verb of describing, then the opening of its object. */
const DESCRIBED_OBJECT_BEFORE = /\b(?:described|describes|called|calls|labelled|labeled|branded|characterised|characterized)\s+(?:the|a|an|its|their|his|her)\s+(?:\p{Ll}+\s+)?$/u;
/** " as", maybe past a phrase or two that qualify the object ("the freight forecasts for the line as"). */
const AS_AFTER_OBJECT = /^(?:\s+(?:for|of|on|in|from)\s+(?:(?:the|a|an|its|their)\s+)?\p{Ll}+){0,2}\s+as\s/u;
const ARTICLE_BEFORE = /(?:^|\s)(?:an?|the)\s$/i;
const OWNED_NOUN_BEFORE = /(?:\p{L}['’]s|\p{Ll}s['’]|\b(?:the|his|her|their|its|these|those|our|your|my))(?:\s+own)?\s+$/iu;
const OBJECT_NOUN_BEFORE = /\b(?:wants?|wanted|demands?|demanded|seeks?|seeking|sought|needs?|needed|gets?|got|gives?|gave|has|have|had|no|any|some|more|few|for|without)\s+$/i;
/** What is added when "adding" or "added" is no speech: "adding their names", "added to the pressure", "added his voice". */
const ADDING_SOMETHING = /^\s+(?:to\s+(?:the|a|an|its|their|his|her)\b|up\b|(?:their|his|her|its|our)\s+(?:names?|voices?|support|weight|signatures?)\b)/;

const WRITING_WORDS = /^(?:\s+that\b|\s*[:"“]|\s+(?:in|on)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?(?:post|tweet|blog|letter|statement|column|message|email|note|report|memo|follow-up|reply|response|thread|X|Twitter|Facebook|Instagram|LinkedIn|Threads|Bluesky|Substack)\b)/;
const AS_SUBJECT_PUTS = /\b[Aa]s\s+[^,.;:"“”]{1,60}\s+$/;
const STATE_BEFORE_INFORMED = /(?:\b(?:kept|keep|keeps|keeping|well|fully|better|be|been|being|is|are|was|were|remain|remains|stay|stays)\s|-)$/;
const REQUEST_FOR = /^\s+(?:(?!whether\b|if\b|why\b|how\b|what\b|about\b)[\p{L}'’-]+\s+){1,5}?for\s+(?:an?|the|more|some|its|their|his|her)\s/u;
const DECLINED_TO = /\b(?:(?:declined|refused|declines|refuses)\s+to|would\s+not|wouldn['’]t)\s+$/;
const STOPPED_SHORT_OF = /\b(?:stopped|stops|stopping|stop)\s+short\s+of\s+$/;

/**
 * What "calling" names before the quotation that names it: "it", "them", "the fine", "Ravensholme’s conduct", "the decision
 * a". The text searched may end at the quotation's mark.
 */
// ("calling on the stewards to be "consistent for once"": or whom it calls on to be what the quotation says.)
const CALLING_OBJECT = /^\s+(?:(?:it|them|him|her|this|that|(?:the|his|her|their|its|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:an?\s+)?|on\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to\s+(?:be\s+)?)(?:["“]|$)/u;

export const CUE_VERBS: ReadonlySet<string> = new Set([...VERBS.trim().split(/\s+/), ...PHRASAL_VERBS, ...JUDGEMENT_VERBS, ...FINDING_VERBS, ...READING_VERBS]);

/** A cue found in a text: its offset, its length there and the cue lower-cased ("said", "according to"). */
export interface CueMatch {
  index: number;
  length: number;
  cue: string;
}

/** What "In her view," or "In his opinion," opens: whose the words after it are, by the possessive. */
export const OWN_VIEW_NOUNS = 'view|opinion';

const CUE_PHRASES = [...CUE_VERBS, ...TURN_VERBS, ...ORDER_VERBS];
/**
 * The alternatives a cue may be, in the order they are tried: a verb or a phrase as a whole word,
 * the longest first, so that "puts it differently" is not read as "puts it"; then "according" with
 * "to" among the next eight characters (`\s{6}to` fills them, so no word boundary need follow it),
 * and "in the words of", which names its source as "according to" does, as "in Noor's words", "in
 * his words" and "In her view" do. Each with the word it opens with.
 */
const CUE_ALTERNATIVES: ReadonlyArray<{ opening: string; pattern: string }> = [
  ...[...CUE_PHRASES].sort((a, b) => b.length - a.length).map((phrase) => ({ opening: phrase.split(' ')[0], pattern: `${phrase}(?![A-Za-z])` })),
  { opening: 'according', pattern: String.raw`according(?:\s{1,5}to\b|\s{6}to)` },
  { opening: 'in', pattern: String.raw`in\s+the\s+words\s+of\b` },
  { opening: 'in', pattern: String.raw`in(?=\s+\p{Lu}[\p{L}-]*['’]s?\s+(?:own\s+)?words\b)` },
  { opening: 'in', pattern: String.raw`in(?=\s+(?:his|her|their)\s+(?:${OWN_VIEW_NOUNS}|(?:own\s+)?words)\b)` },
];

/**
 * The pattern of the cues that open with a word, by the word's hash (`wordHash`): the alternatives
 * that open with it, in their order, case aside and not after a hyphen ("so-called",
 * "self-described" are adjectives). Sticky: `nextCue` tries one only where its word starts. A word
 * such as "in" or "was", which opens few cues but stands everywhere, is tried against those few,
 * not against all the cues.
 */
const CUES_BY_OPENING: ReadonlyMap<number, RegExp> = cuePatternsByOpening();

function cuePatternsByOpening(): Map<number, RegExp> {
  const alternativesByOpening = new Map<number, string[]>();
  for (const { opening, pattern } of CUE_ALTERNATIVES) {
    const hash = wordHash(opening);
    alternativesByOpening.set(hash, [...alternativesByOpening.get(hash) ?? [], pattern]);
  }
  return new Map([...alternativesByOpening].map(([hash, alternatives]) => [hash, new RegExp(`(?<![A-Za-z-])(?:${alternatives.join('|')})`, 'iuy')]));
}

/**
 * Whether any opening's hash has these low bits, by `hash & OPENING_BUCKET_MASK`: one read of this
 * table rules out most words of a text before the dearer look-up in `CUES_BY_OPENING`.
 */
const OPENING_BUCKET_MASK = 0xfff;
const OPENING_BUCKETS = new Uint8Array(OPENING_BUCKET_MASK + 1);
for (const hash of CUES_BY_OPENING.keys()) OPENING_BUCKETS[hash & OPENING_BUCKET_MASK] = 1;

/** A hash of a word's letters lower-cased: `nextCue` compares words without making a string of each. */
function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = addToWordHash(hash, foldedLetter(word.charCodeAt(i)));
  return hash;
}

function addToWordHash(hash: number, letter: number): number {
  return (hash * 31 + letter) | 0;
}

const LONG_S = 0x17f;
const KELVIN_SIGN = 0x212a;

/**
 * The lower-case ASCII letter a character is, case aside, as a cue's pattern reads it: "ſ" is an "s" and
 * the Kelvin sign a "k" there. 0 for a character that is no letter of a cue.
 */
function foldedLetter(code: number): number {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return lower;
  return code === LONG_S ? 115 : code === KELVIN_SIGN ? 107 : 0;
}

/**
 * The next cue at or after `from`. Every cue opens with a whole word of a few hundred, so the text
 * is read word by word, by character code, and the pattern of the cues a word opens tried only
 * where such a word starts: it is several times faster than letting one pattern of all the cues try
 * every offset. A word that only shares a hash with an opening costs one more try of a pattern, which decides.
 */
function nextCue(text: string, from: number): RegExpExecArray | null {
  let at = from;
  while (at < text.length) {
    if (foldedLetter(text.charCodeAt(at)) === 0) {
      at++;
      continue;
    }
    const start = at;
    let hash = 0;
    for (let letter = foldedLetter(text.charCodeAt(at)); letter !== 0; letter = foldedLetter(text.charCodeAt(++at))) hash = addToWordHash(hash, letter);
    const cues = OPENING_BUCKETS[hash & OPENING_BUCKET_MASK] === 0 ? undefined : CUES_BY_OPENING.get(hash);
    if (!cues) continue;
    cues.lastIndex = start;
    const match = cues.exec(text);
    if (match) return match;
  }
  return null;
}

const AGREE_FORMS: ReadonlySet<string> = new Set(['agreed', 'agrees']);
const CONCLUDING_FORMS: ReadonlySet<string> = new Set(['concluded', 'concludes']);
/** Where or when an event ended: " in Almaty", " on Sunday", " last week", " yesterday". */
const EVENT_ENDED_AFTER = /^\s+(?:in\s+\p{Lu}|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|last\s+(?:night|week|month|year|weekend)|yesterday|earlier\s+this)/u;

/** A passive before "told" or "asked": "had been told not to discuss", "were told to leave", "would be asked to step down". */
const TOLD_TO_BEFORE = /\b(?:was|were|be|been|being|is|are)\s+$/;

/** The cues in `text` from `from` on, in order, up to `max` of them; `from` must not fall inside a word. */
export function findCues(text: string, from = 0, max = Infinity): CueMatch[] {
  const found: CueMatch[] = [];
  let at = from;
  while (found.length < max) {
    const match = nextCue(text, at);
    if (!match) break;
    const end = match.index + match[0].length;
    at = end;
    const lower = match[0].toLowerCase();
    // "went on to become": a verb of going on to something else, not of speech.
    if (lower.endsWith(' on') && /^\s+to\b/.test(text.slice(end, end + 4))) continue;
    // "member countries had agreed to "strengthen cooperation"": agreeing to do something is no speech.
    if (AGREE_FORMS.has(lower) && /^\s+to\b/.test(text.slice(end, end + 4))) continue;
    if (READING_VERBS.has(lower) && !readsWriting(text, match.index, end)) continue;
    if (TURN_VERBS.has(lower) && !CLAUSE_END_AFTER.test(text.slice(end, end + 3))) continue;
    if (ORDER_VERBS.has(lower) && !COLON_AFTER.test(text.slice(end, end + 3))) continue;
    if ((lower === 'asked' || lower === 'asks') && ANONYMITY_REQUEST.test(text.slice(end, end + ANONYMITY_REQUEST_REACH))) continue;
    // "it had asked its main milk processor for a contribution": a request for something, not speech.
    if ((lower === 'asked' || lower === 'asks') && REQUEST_FOR.test(text.slice(end, end + 60))) continue;
    if (isDeclinedSaying(text, match.index, lower)) continue;
    // "the festival, which concluded in Almaty on Sunday": an event that ended, not a finding.
    if (CONCLUDING_FORMS.has(lower) && EVENT_ENDED_AFTER.test(text.slice(end, end + 30))) continue;
    if (isPleaNotSpeech(text, lower, end)) continue;
    // "in a video address posted on the hromada's page, he denied": a writing "posted" somewhere is a participle, no one's speech.
    if (lower === 'posted' && POSTED_WRITING_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "because staff had been told not to discuss the policy", "whether members would be asked to
    // step down": an instruction or a request received, not speech.
    // "Mr Kapor is reported as saying": a passive report names its speaker elsewhere.
    const passive = (lower === 'reported' || lower === 'told' || lower === 'asked') && TOLD_TO_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index));
    if (passive && (lower === 'reported' || /^\s+(?:not\s+)?to\s/.test(text.slice(end, end + 9)))) continue;
    // "ministers were being kept informed", "a well-informed source": a state of knowing, not telling.
    if (lower === 'informed' && STATE_BEFORE_INFORMED.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    // "are weighing adding their names this week", "adding to the pressure": adding something, not speech.
    if ((lower === 'adding' || lower === 'added') && ADDING_SOMETHING.test(text.slice(end, end + 24))) continue;
    // "…, writing that Ostrevia "should look …"", "writing: "…"": not "in writing", "writing a book".
    if (lower === 'writing' && !WRITING_WORDS.test(text.slice(end, end + 30))) continue;
    // "Okonkwo-Marsh's comments were", "the claims": a plural noun after a possessive or a determiner, not a verb.
    // So is one after a verb that takes it as its object, or a quantity: "wanted answers", "no comments".
    // So is a finding or a claim after its owner: "the council's ruling said", "OPDC's claim was".
    // ("the two independent process claims were "…"": and one a plural verb follows.)
    if ((lower.endsWith('s') || lower === 'ruling' || lower === 'finding') && (isPluralNounAt(text, match.index, lower) || (lower.endsWith('s') && PLURAL_VERB_AFTER.test(text.slice(end, end + 6)) && NOUN_MODIFIER_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))))) continue;
    // ("The study described the freight forecasts as "…"": so is the object of a description, before its "as".)
    if (lower.endsWith('s') && DESCRIBED_OBJECT_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) && AS_AFTER_OBJECT.test(text.slice(end, end + 60))) continue;
    // ("the ministry's forecast may turn out to be": so is a forecast.)
    if ((lower === 'claim' || lower === 'forecast') && OWNED_NOUN_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    // "The tournament rules … state that": "state" is a verb only before "that" ("a member state", "the state's").
    if (lower === 'state' && !/^\s+that\b/.test(text.slice(end, end + 6))) continue;
    // "one of the bigger surf brands, who asked not to be named": a verb that needs its object is a noun before a comma.
    if (OBJECT_VERBS.has(lower) && /^[,.;]/.test(text.slice(end, end + 1))) continue;
    // "a claim Świątek dismissed": a noun after an article, not a verb.
    if (ARTICLE_BEFORE.test(text.slice(Math.max(0, match.index - 5), match.index))) continue;
    // "as he once put it", "as one activist put it": a manner of saying; not "put it up for sale", "to put it bluntly".
    if (lower.startsWith('put') && !MANNER_OF_SPEAKING.includes(lower) && !ESTIMATE_CUES.includes(lower) && !AS_SUBJECT_PUTS.test(text.slice(Math.max(0, match.index - 80), match.index))) continue;
    // "what organizers describe as": the bare verb quotes only as a description; "She declined to describe it" says nothing.
    // ("Its organisers describe the line as "…"": its object may come between.)
    if (lower === 'describe' && !CAST_AS.test(text.slice(end, end + 130))) continue;
    // "…, citing "security concerns"": the reason given is the quotation itself; not "citing a California "shield" law".
    if (lower === 'citing' && !/^\s+(?:["“]|$)/.test(text.slice(end, end + 3))) continue;
    if (CASTING_VERBS.has(lower) && !CAST_AS.test(text.slice(end, end + 130))) continue;
    // ("one boater who did not want to be named went further, describing the plans as "…"": a passive "named" casts nothing.)
    if (lower === 'named' && /\bbe\s+$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    // "…, calling the fine "a tax on being popular"": a name given to something quoted; not "leaflets calling for".
    if (lower === 'calling' && !CALLING_OBJECT.test(text.slice(end, end + 40))) continue;
    // "decisions … attributed to the Seventh Circuit", "Orvanta has not attributed the attack": a
    // source credited, or no cause given; only "Granma attributed the situation to "…"" gives one.
    if ((lower === 'attributed' || lower === 'attributes') && (/^\s+to\b/.test(text.slice(end, end + 4)) || /\bnot\s+$/.test(text.slice(Math.max(0, match.index - 5), match.index)))) continue;
    // "She advised growers to "hold their nerve"": advice given; not "his firm advises on the financing", a firm's trade.
    if (lower.startsWith('advise') && /^\s+on\b/.test(text.slice(end, end + 4))) continue;
    // "in the words of one local councillor, "…"": a source named as "according to" names one.
    found.push({ index: match.index, length: lower.length, cue: lower.startsWith('according') || /^in\b/.test(lower) ? 'according to' : lower });
  }
  return found;
}

/** Verbs of speech that take an object ("brands the plan", "accuses the board"), in the form a plural noun shares. */
const OBJECT_VERBS: ReadonlySet<string> = new Set(['brands', 'accuses', 'assures', 'urges', 'dubs', 'labels', 'terms']);

/** Nouns that make a phrase an unnamed source: "a senior Defense official", "one source familiar with…". */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(`
official officials figure scout scouts team-mate team-mates teammate teammates spokesperson spokesman spokeswoman spokespeople rep reps source sources aide aides adviser advisers advisor pal pals servant servants respondent respondents
advisors person people expert experts analyst analysts consultant consultants executive executives insider insiders chairman chairwoman
broker brokers trader traders dealer dealers banker bankers strategist strategists manager managers
diplomat diplomats lawyer lawyers observer observers critic critics supporter supporters investor investors
colleague colleagues friend friends family relatives lead leads fisherman fishermen mechanic mechanics pupil pupils landlord landlords clerk clerks guard guards chef chefs steward stewards agent agents engineer engineers delegate delegates delegation delegations juror jurors associate associates ally allies confidant confidante member members employee employees staffer staffers researcher researchers
representative representatives trustee trustees designer designers developer developers programmer programmers contractor contractors moderator moderators courier couriers negotiator negotiators mediator mediators investigator investigators controller controllers paramedic paramedics firefighter firefighters officer officers statement report witness witnesses resident judge backbencher backbenchers
residents campaigners campaigner activists activist economists economist forecasters forecaster meteorologists meteorologist leader leaders minister ministers company
firm department ministry prefecture office agency embassy consulate government administration police prosecutors prosecutor prosecution defence defense authorities insurer bank
authors scientists principals headteachers educators doctor doctors physician physicians surgeon surgeons pharmacist pharmacists midwife midwives nurse nurses teacher teachers student students parent parents patient patients
fan fans voter voters customer customers regular regulars patron patrons diner diners punter punters drinker drinkers client clients commentators organisers organizers user users commenter commenters reader readers viewer viewers
listener listeners subscriber subscribers shopper shoppers passenger passengers commuter commuters motorist motorists protester protesters
demonstrator demonstrators volunteer volunteers driver worker farmer pilot soldier conscript conscripts deserter deserters miner tenant survivor man woman widow widower
detainee detainees migrant migrants inmate inmates refugee refugees evacuee evacuees guest guests attendee attendees mourner mourners onlooker onlookers bystander bystanders neighbors neighbour neighbours niece nephew cousin aunt uncle grandson granddaughter dispatcher caller complaint lawsuit letter email memo note proposal summary filing brief petition study survey
submission accounts rules sign signs placard placards banner banners poster posters plaque inscription bedsheet regulations rulebook sheet prospectus wording catalogue catalog draft ruling judgment judgement determination indictment document documents solicitation manifesto guidance guidelines advice timetable resolution investigation brochure leaflet pamphlet newsletter bulletin order decree ordinance inquiry
band club campaign corporation group organisation organization charity union council vestry synod presbytery regulator watchdog association federation board commission committee subcommittee sub-committee tribunal court bench jury
airline retailer bookmaker bookmakers carmaker drugmaker lender manufacturer maker housebuilder brewer supermarket chain
studio label publisher operator conglomerate
mps meps msps lawmakers legislators senators peers councillors
newspaper paper magazine broadcaster website
`.trim().split(/\s+/));

/**
 * The participle of what an unnamed source was doing, after its noun ("watching the junior races",
 * "staffing a roadblock"); not "being", "reading" (a statement, whose author speaks) or "speaking".
 */
export const SOURCE_DOING_PARTICIPLE = String.raw`(?!(?:being|reading|speaking)\b)\p{Ll}{3,}ing\s+`;

/** Source nouns that are writings, which speak for whoever wrote them: "a statement from Robert Zoellick". */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set('statement report letter email memo note proposal summary filing brief petition study survey submission manifesto document documents lawsuit complaint draft solicitation resolution investigation determination guidance website brochure leaflet pamphlet newsletter notice bulletin testimony application decision announcement accounts rules regulations wording catalogue catalog advice timetable outlook order decree ordinance inquiry prospectus sheet rulebook analysis assessment indictment flyer'.split(' '));

/** The writing nouns as alternatives in a pattern: "statement|report|letter|…". */
export const DOCUMENT_NOUN_ALTERNATIVES = [...DOCUMENT_NOUNS].join('|');

/** Source nouns that name a news outlet: "the newspaper said" refers back to one. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set('newspaper paper magazine broadcaster website outlet network channel station'.split(' '));

/** Words that open an unnamed-source phrase. */
export const SOURCE_DETERMINERS: ReadonlySet<string> = new Set('a an the that those one another two three several some other many most senior top'.split(' '));

/** "The Harvard chapter of the American Association of University Professors": a body's branch, before "of" and the body. */
export const BRANCH_OF = String.raw`[Tt]he\s+(?:[\p{L}'’-]+\s+){0,3}(?:chapter|branch|arm|wing|affiliate|section|local)\s+of\s+(?:the\s+)?`;

/**
 * "administrators from Caulfield Drummond Recovery", "lawyers at Hogan Marsh": the staff a firm
 * lends to a story, before the firm's name.
 */
export const FIRM_STAFF_BEFORE_NAME = /\b(?:administrators|liquidators|receivers|lawyers|solicitors|attorneys|accountants|auditors|advisers|advisors|consultants)\s+(?:at|from|with)\s+(?:the\s+)?$/i;

/** Why a source goes unnamed, after "who": "was not authorized to speak", "spoke on condition of anonymity", "asked not to be named", "declined to give her name". */
export const ANONYMITY_REASON = /(?:was|were|is|are)\s+not\s+authori[sz]ed|spoke\s+(?:to\s+(?:[A-Z]\S*\s+){1,3})?on\s+(?:(?:the\s+)?condition|background)|(?:requested|sought|pleaded|begged|craved)\s+(?:for\s+)?anonymity|asked\s+(?:(?:us|me|the\s+(?:[A-Z]\S*\s+){1,3}|(?:[A-Z]\S*\s+){1,3})(?:reporters?\s+)?)?not\s+to|asked\s+for\s+(?:his|her|their)\s+name\s+to\s+be\s+withheld|(?:asked|requested)\s+that\s+(?:his|her|their)\s+name\s+(?:be\s+withheld|not\s+be)|declined\s+to\s+be\s+(?:named|identified)|(?:declined\s+to|did\s+not|would\s+not)(?:\s+(?:want|wish)\s+to)?\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name|asked\s+to\s+remain\s+anonymous|did\s+not\s+(?:wish|want)\s+(?:his|her|their)\s+name\s+(?:in|published|printed|used|to\s+appear)\b|did\s+not\s+(?:wish|want)\s+to\s+be\s+(?:named|identified)|preferred\s+(?:not\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+name)|to\s+(?:remain\s+anonymous|keep\s+(?:his|her|their)\s+name\s+(?:confidential|private|secret)))/;
/** Why a source goes unnamed, as an aside after it: "who asked not to be named", "speaking on condition of anonymity". */
export const ANONYMITY_ASIDE = String.raw`(?:who\s+(?:${ANONYMITY_REASON.source})|speaking\s+on\s+(?:the\s+)?condition|requesting\s+anonymity)`;

/**
 * Trailing words that still belong to an unnamed source: "one source familiar with the
 * discussions", "a person aware of the development", "a Western diplomat who followed the talks",
 * "one customer in Mexico City whose details appeared in the sample", "a GOP lawmaker tracking the count",
 * "one deputy with more than a decade at the office", "One hackney driver of 19 years", "One sales agent with a title in
 * competition", "a Gulf diplomat based in Washington"; but not
 * why the source is unnamed ("a senior official who was not authorized to speak publicly", "a
 * resident who helped pull bodies from the rubble and asked not to be named"), which says nothing
 * of who it is.
 */
export const SOURCE_QUALIFIER = new RegExp(String.raw`^\s+(?:familiar with|close to|sympathetic to|loyal to|allied (?:to|with)|aware of|privy to|(?:attached|assigned) to|working on|representing|tracking|monitoring|overseeing|following|(?:in|on) the (?:[a-z]+(?:['’]s)? ){0,2}(?:case|trial|inquiry|investigation|hearing|presidency|ministry|government|department|delegation|administration|team|office|campaign|party|room|region|area|city|county|province|district|sector|industry|service|unit|division|squad|ward|commune|village|town|municipality|parish)|in (?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|rural|coastal|upstate|downstate) |with knowledge of|in charge of|responsible for|at (?:a|an|another|one) |(?:in|on) (?:a|an) (?!(?:[a-z-]+ )?(?:statement|note|briefing|interview|post|letter|e-?mail|memo|message|report|call|chat|video|podcast|speech|conference|session|meeting|hearing|tweet|text|comment|filing|submission|blog|broadcast|press)\b)|(?:in|on) the (?:north|south|east|west)|working (?:a|an|the|on|at|in|for)\b|with\s+(?:more\s+than\s+)?(?:\S+\s+)?(?:years?|decades?)\b|of\s+(?:\d+|[a-z]+)\s+(?:years?|decades?)\b|with\s+an?\s+(?=[a-z])|with\s+(?:two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?!years?\b|decades?\b)[a-z]+|in (?:his|her|their) (?:early |mid-?|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)|briefed (?:on|by)|quoted (?:in|by) |of\s+(?:more\s+than\s+)?\d+\s+(?!years?\b|decades?\b)|within (?:the|a|an|his|her|their|its) |(?:not )?involved (?:in|with)|involved(?=,|$)|(?:based|stationed) (?:in|at)|attending the|who(?:se)?\s+(?!${ANONYMITY_REASON.source})(?=[a-z]))\b(?:(?!\s(?:said|says|told|tells|added|wrote)\b|\s+and\s+(?:who\s+)?(?:${ANONYMITY_REASON.source}))(?:[^,.;:!?"“”]|(?<=\bNo)\.(?=\s\d)))*`, 'i');

export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter'> = new Map([
  ['he', 'male'], ['she', 'female'], ['they', 'plural'], ['it', 'neuter'],
]);
