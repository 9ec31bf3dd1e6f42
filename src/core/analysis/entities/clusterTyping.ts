/**
 * Typing an entity from all its mentions once they are grouped: a town or a country that plays as
 * a team in a story about sport, a club of a league, a side's player, an outlet a person is only
 * told; a name listed with places or bodies; a common word that only opens sentences; and a
 * name nothing else typed, by the pronouns and relative pronouns that follow it.
 */
import type { EntityType } from '../model';
import { isGivenName } from '../../text/gazetteer';
import { isDictionaryWord } from '../../text/englishWords';
import { TOLD_BEFORE } from '../cues';
import { firstPronounAfter, isSentenceSubject, type PronounKind } from '../../text/pronouns';
import { isApostrophe, isAsciiLetter, isPossessiveAt, startsSentence, wordAfter } from '../../text/words';
import { isDigitCode, isWhiteSpace, type NameMention, SPACE } from './mentions';
import { isCompoundOfWords, isDictionaryWordOrPlural, isNoPersonAfterThe, isSourcesBody } from './nameWords';
import type { Cluster } from './clusters';

/**
 * "Wales coach Mike Ruddock", "England's captain", "Ireland face the Faroe Islands": a city or a
 * country with a coach, a captain, players or fans, or taking a plural verb, is a team, wherever
 * else the article names it.
 */
export function playsAsTeam(text: string, cluster: Cluster, sportStory: () => boolean): boolean {
  return cluster.mentions.some((mention) => {
    // "coached Barcelona", "beat France", "played for Ireland": a verb of sport before the name;
    // "B Cohen (England)": a team sheet's player, then his side in brackets.
    const before = text.slice(Math.max(0, mention.start - 70), mention.start);
    // "will face Argentina's Santiago Olmedo": the player is faced, from that country.
    const playerOf = isPossessiveAt(text, mention.end);
    // "winning over Spain and Portugal" persuades them, unless the story is about sport.
    const teamLead = !playerOf && mayEndTeamLead(before) && TEAM_LEAD.test(before) && (!WINNING_OVER.test(before) || sportStory());
    if (teamLead
      || (before.endsWith(' (') && PLAYER_BEFORE_BRACKET.test(before) && !isCounty(mention.text) && !onOfficialsLine(text, mention.start))) return true;
    const next = wordAfter(text, mention.end);
    // "England are favourites", "Wales have won": British English gives a team, never a country,
    // a plural verb; only as the subject opening a sentence ("shoppers in the UK are" is not one).
    if (next !== undefined && (TEAM_NOUNS.has(next) || (TEAM_VERBS.has(next) && !isPossessiveAt(text, mention.end) && startsSentence(text, mention.start)))) return true;
    // In a story about sport, "Scotland manager Walter Smith", "sent off against Argentina" and
    // "playing Barcelona" name teams too; elsewhere a "Japan manager" runs a firm's business there.
    return ((next !== undefined && SPORT_STORY_TEAM_NOUNS.has(next)) || (!playerOf && mayEndSportLead(before) && SPORT_STORY_TEAM_LEAD.test(before))) && sportStory();
  });
}

/**
 * "she told Tal Cual between readers", "told Source NM that": words a person's only by default, no
 * given name among them, that the article only ever names as the one told are an outlet.
 */
export function isOnlyToldOutlet(text: string, cluster: Cluster): boolean {
  return cluster.mentions.every((mention) => TOLD_BEFORE.test(text.slice(Math.max(0, mention.start - 6), mention.start))
    && !mention.words.some((word) => isGivenName(word.toLowerCase())));
}


/**
 * "the team's 4-0 home defeat by third-division Keravnos Kitiou", "Thyella currently sit fourth in
 * the second division": two words a person's only by default are a club when a division describes
 * them, or when they open a sentence with a plural verb of a place in a table.
 */
export function isClubOfLeague(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some((mention) => DIVISION_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))
    || (startsSentence(text, mention.start) && TABLE_PLACE_AFTER.test(text.slice(mention.end, mention.end + 40))));
}

const DIVISION_BEFORE = /\b(?:first|second|third|fourth|fifth|lower|top)-(?:division|tier|flight|league)\s+$/;
/** " currently sit fourth", " lie second": a plural verb of a place in a table, past an adverb. */
const TABLE_PLACE_AFTER = /^\s+(?:\p{Ll}+ly\s+)?(?:sit|lie)\s+(?:top|bottom|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b/u;

/**
 * "Arsenal's Edu has lifted the lid", "Chelsea's Drogba scored": in a story about sport, one word
 * nothing typed, after a side's possessive, is one of its players.
 */
export function isPlayerOfSide(text: string, cluster: Cluster): boolean {
  // (The possessive is asked first: most mentions follow none, and its characters tell, where the words' look-ups cost more.)
  // (Not a word of the language, nor two of them: "Marlowe's Toys", "Uncle Toby's Hardcourts" are names of their own.)
  return cluster.mentions.some((mention) => followsPossessiveS(text, mention.start) && SIDE_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)))
    && cluster.mentions.every((mention) => mention.words.length === 1 && !isCommonWordOrCompound(mention.words[0].toLowerCase()));
}

/** Whether "'s" or "’s" and a white space stand right before `start`, as `SIDE_POSSESSIVE_BEFORE` ends. */
function followsPossessiveS(text: string, start: number): boolean {
  return isApostrophe(text.charCodeAt(start - 3)) && text.charCodeAt(start - 2) === 115 && isWhiteSpace(text, start - 1);
}

function isCommonWordOrCompound(lower: string): boolean {
  return isDictionaryWordOrPlural(lower) || isCompoundOfWords(lower) || isCompoundOfWords(lower.replace(/s$/, ''));
}

const SIDE_POSSESSIVE_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}-]+['’]s\s$/u;

/**
 * "Kivu Lakers coach Théoneste Kanyamibwa", "Lakers striker Yannick Mpozenzi", "Carnbeg manager
 * Brendan McShane": words a person's only by default, before a player's, a coach's or an officer's
 * noun and a name, are their side or their body.
 */
export function namesSideOfPlayer(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some(({ end }) => SIDE_ROLE_AND_NAME.test(text.slice(end, end + 24)));
}

const SIDE_ROLE_AND_NAME = /^ (?:coach|captain|skipper|striker|midfielder|defender|goalkeeper|keeper|winger|forward|manager|boss|chairman|chairwoman|president|secretary|treasurer) \p{Lu}\p{Ll}/u;

/**
 * "Middlesbrough 2-2 Charlton", "Next, Bolton host Arsenal": a town that only the gazetteer made a
 * place is its club beside a score or before a verb of fixtures anywhere in the sentence, as it is
 * anywhere in a story about sport.
 */
export function hasResult(text: string, cluster: Cluster): boolean {
  return cluster.mentions.some(({ start, end }) => {
    const next = wordAfter(text, end);
    // (A score's space and digit beside the name are asked before its pattern: most names stand by none.)
    return (next !== undefined && TEAM_VERBS.has(next)) || (text.charCodeAt(end) === SPACE && isDigitCode(text.charCodeAt(end + 1)) && SCORE_AFTER.test(text.slice(end, end + 8)))
      || (text.charCodeAt(start - 1) === SPACE && isDigitCode(text.charCodeAt(start - 2)) && SCORE_BEFORE.test(text.slice(Math.max(0, start - 8), start)));
  });
}

const SCORE_AFTER = /^ \d{1,2}-\d{1,2} /;
const SCORE_BEFORE = / \d{1,2}-\d{1,2} $/;

const SPORT_STORY_TEAM_NOUNS: ReadonlySet<string> = new Set(['manager', 'boss', 'side', 'team', 'game', 'match', 'friendly', 'international', 'internationals']);
const SPORT_STORY_TEAM_LEAD = /\b(?:against|playing|play|face|faced|facing|v|vs)\.?\s+$/;
/** The words `SPORT_STORY_TEAM_LEAD` ends with, before a full stop ("v.") and spaces. */
const SPORT_LEAD_LAST_WORDS: ReadonlySet<string> = new Set(['against', 'playing', 'play', 'face', 'faced', 'facing', 'v', 'vs']);

/**
 * Whether `before` ends as `SPORT_STORY_TEAM_LEAD` must: in spaces after one of its last words and
 * maybe a full stop. Read from the end by character code, as `mayEndTeamLead` reads it, since most mentions fail.
 */
function mayEndSportLead(before: string): boolean {
  let last = before.length - 1;
  while (last >= 0 && isWhiteSpace(before, last)) last--;
  if (last === before.length - 1 || last < 0) return false;
  if (before.charCodeAt(last) === 46) last--;
  let first = last + 1;
  while (first > 0 && isAsciiLetter(before.charCodeAt(first - 1))) first--;
  return SPORT_LEAD_LAST_WORDS.has(before.slice(first, last + 1));
}

/** A story about sport: two or more of the words of games and their competitions ("striker", "six nations", "tournament"). */
export function isSportStory(text: string): boolean {
  const seen = new Set<string>();
  SPORT_WORDS.lastIndex = 0;
  for (let match = SPORT_WORDS.exec(text); match !== null && seen.size < 2; match = SPORT_WORDS.exec(text)) seen.add(match[0].toLowerCase());
  return seen.size >= 2;
}

const SPORT_WORDS = /\b(?:match(?:es)?|striker|midfielder|defender|goalkeeper|coach|squad|tournament|championship|rugby|tennis|football|premiership|six nations|world cup|league|fixture|scored|tries|goals|(?:semi|quarter)-final|final)\b/gi;

/**
 * "beat France", "lost against Wales, France and Ireland", "the match against Bulgaria", "the
 * defeat by Ireland": each name of the list is a team. Not "lost to": jobs are lost to India.
 */
const TEAM_LEAD = /\b(?:coached|managed|joined|beat|beating|(?:signed|played|plays|playing)\s+for|(?:lost|losing|loss|won|winning|win|victory|defeat|draw|drew|games?|match(?:es)?|clash|tie|friendly|fixture)\s+(?:against|over|with)|defeats?\s+(?:to|by)|(?:defeated|beaten)\s+by)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+))*$/u;

const WINNING_OVER = /\b(?:won|winning|win)\s+over\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+))*$/u;

/** The words `TEAM_LEAD` ends with before its last spaces: its verbs and prepositions of sport, and the "and" of a list. */
const TEAM_LEAD_LAST_WORDS: ReadonlySet<string> = new Set(['coached', 'managed', 'joined', 'beat', 'beating', 'for', 'against', 'over', 'with', 'to', 'by', 'and']);

/**
 * Whether `before` ends as `TEAM_LEAD` must: in spaces after a comma or after one of its last
 * words, whole. Most mentions fail this test, which reads a few characters from the end instead
 * of running the regex from every position of the window.
 */
function mayEndTeamLead(before: string): boolean {
  let last = before.length - 1;
  while (last >= 0 && isWhiteSpace(before, last)) last--;
  if (last === before.length - 1 || last < 0) return false;
  if (before.charCodeAt(last) === 44) return true;
  let first = last;
  while (first > 0 && isAsciiLetter(before.charCodeAt(first - 1))) first--;
  return TEAM_LEAD_LAST_WORDS.has(before.slice(first, last + 1));
}

/** A team sheet's entry up to its bracket: "…, B Cohen (" after a comma, a semicolon, a colon or a line break. */
const PLAYER_BEFORE_BRACKET = /(?:^|\n|[,;:] )\p{Lu}\.? (?:(?:de|van|le|la|lo|du) )?\p{Lu}[\p{L}'’-]+ \($/u;

/** "Referee: P O'Brien (New Zealand)": the match officials' line gives where they come from. */
function onOfficialsLine(text: string, offset: number): boolean {
  const line = text.lastIndexOf('\n', offset) + 1;
  return /^\s*(?:referee|umpire|touch judges?|assistants?)\b/i.test(text.slice(line, line + 16));
}

/** "P Dowd (Staffordshire)": a referee's county, not a side. */
function isCounty(name: string): boolean {
  return name.endsWith('shire') || ENGLISH_COUNTIES.has(name);
}

const ENGLISH_COUNTIES: ReadonlySet<string> = new Set(['Kent', 'Essex', 'Surrey', 'Sussex', 'Middlesex', 'Cornwall', 'Devon', 'Dorset', 'Norfolk', 'Suffolk', 'Cumbria', 'Merseyside', 'Northumberland']);

const TEAM_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'have', 'play', 'face', 'host', 'meet']);

/** Only nouns of sport: a "Japan boss" or "manager" runs a firm's business there, and "taking Britain forward" is an adverb. */
const TEAM_NOUNS: ReadonlySet<string> = new Set([
  'coach', 'captain', 'skipper', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'flanker', 'hooker', 'squad',
  'fans', 'supporters', 'players',
]);

/**
 * "co-operatives from St Catherine, Clarendon and Westmoreland": a name of no known type, listed
 * with places and nothing else, is a place; listed so with organisations, an organisation. Only a
 * list that ends with "and" or "or" ("Kirklees, West Yorkshire" is a place and where it lies).
 */
export function withListedTypes(text: string, names: NameMention[]): NameMention[] {
  let result = names;
  for (let first = 0; first < names.length;) {
    let last = first;
    let coordinated = false;
    while (last + 1 < names.length) {
      const separator = listSeparator(text, names[last].end, names[last + 1].start);
      if (!separator) break;
      coordinated ||= separator[1] !== undefined;
      last++;
    }
    const type = coordinated ? sharedListType(names.slice(first, last + 1)) : undefined;
    if (type !== undefined) {
      if (result === names) result = [...names];
      for (let i = first; i <= last; i++) if (names[i].type === undefined) result[i] = { ...names[i], type, confidence: 0 };
    }
    first = last + 1;
  }
  return result;
}

const LIST_SEPARATOR = /^(?:,|,? (and|or)) $/;
const LONGEST_LIST_SEPARATOR = ', and '.length;

/** The `LIST_SEPARATOR` between two names, looked for only where they stand close enough: most stand far apart. */
function listSeparator(text: string, end: number, nextStart: number): RegExpExecArray | null {
  const gap = nextStart - end;
  return gap > 0 && gap <= LONGEST_LIST_SEPARATOR ? LIST_SEPARATOR.exec(text.slice(end, nextStart)) : null;
}

/**
 * The type every typed name of a list shares, a place's or an organisation's, when some name has
 * no type. A guess types none ("Rosemount, Penfolds and Lindemans": a town of that name is no evidence).
 */
function sharedListType(list: readonly NameMention[]): EntityType | undefined {
  if (list.some((name) => name.type !== undefined && name.confidence < 1)) return undefined;
  const types = new Set(list.map((name) => name.type));
  if (types.size !== 2 || !types.has(undefined)) return undefined;
  return types.has('place') ? 'place' : types.has('organization') ? 'organization' : undefined;
}

/**
 * "Choking traffic jams in Beijing…", "Upping the stakes…", "Historians believe…": a word that
 * opens a sentence, ends like a verb form in -ing or a plural noun for people (-ians, -ists, -ers,
 * -ors), that neither a lexicon nor the words around it ("Gunners boss") mark as a name, and that
 * the article never writes again, is not a name.
 */
export function isLoneCommonWord(text: string, cluster: Cluster): boolean {
  if (cluster.mentions.length !== 1 || cluster.confidence >= 1) return false;
  const [mention] = cluster.mentions;
  return COMMON_WORD_FORM.test(mention.text) && startsSentence(text, mention.start);
}

const COMMON_WORD_FORM = /^\p{Lu}\p{Ll}+(?:ing|ians|ists|ers|ors)$/u;

/**
 * A name the text gives no other clue about is a person when the pronouns that follow it as the
 * subject of a sentence are "he" or "she" rather than "its": "Amodei has … positioned his company".
 */
export function typeFromPronouns(text: string, cluster: Cluster): void {
  let votes = 0;
  for (const mention of cluster.mentions) {
    if (isSubject(text, mention)) votes += pronounVote(firstPronounAfter(text, mention.end));
    votes += relativePronounVote(text, mention);
  }
  if (votes > 0) {
    cluster.type = 'person';
    cluster.confidence = 1;
  } else if (votes < 0 && (cluster.type === undefined || (cluster.type === 'person' && cluster.confidence <= 0 && endsWithPluralNoun(cluster)))) {
    // "Starwell Lotteries, which offers winners free advice": only a guess made a body named for its trade a person.
    cluster.type = 'organization';
  }
}

/** Whether a name of two words or more ends with a plural noun: "Starwell Lotteries", "Halvern Foods". */
function endsWithPluralNoun(cluster: Cluster): boolean {
  const last = cluster.mentions[0].words.at(-1)?.toLowerCase() ?? '';
  return cluster.mentions[0].words.length > 1 && last.endsWith('s') && isDictionaryWord(last) && !isGivenName(last);
}

/**
 * "Hegseth, who leads the department" is a person; "Palantir, which makes software" is not. British
 * English also writes "who" of bands and clubs, but with a plural verb: "U2, who have won". After
 * "Name of" the clause is about the title's holder: "Lord Faulkner of Worcester, who chaired"; after
 * a lower-case "of" it is about the name: "the head of Adriano, who joined".
 */
function relativePronounVote(text: string, mention: NameMention): number {
  const end = mention.end;
  if (text.startsWith(', which ', end)) return -1;
  if (!text.startsWith(', who ', end) || NAME_OF.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || isNoPersonAfterThe(text, mention.start, end)) return 0;
  // "An engineer at Helvexa, who asked not to be named", "An official with NOAA Fisheries, who
  // spoke on condition of anonymity": the one who works at the name.
  if (WORKPLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 4), mention.start)) || isSourcesBody(text, mention.start)) return 0;
  const verb = /^[a-z]+/.exec(text.slice(end + 6, end + 20))?.[0];
  return verb !== undefined && PLURAL_VERBS.has(verb) ? 0 : 1;
}

const WORKPLACE_BEFORE = /\bat\s$/;

/** "Lord Faulkner of " before a name: the name is part of a title, not the one the clause is about. */
const NAME_OF = /\p{Lu}[\p{L}'’-]*\s+of\s+$/u;
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'have', 'were', 'play', 'face', 'host', 'meet', 'sit', 'lead', 'remain']);

/** A single-word name as the subject of its sentence: "Amodei has been very vocal". */
function isSubject(text: string, mention: NameMention): boolean {
  // Its place in the sentence first: a few characters tell it, and most mentions fail.
  return isSentenceSubject(text, mention) && /^\p{Lu}\p{Ll}+$/u.test(mention.text);
}

/** +1 for "he" or "she", -1 for "its". */
function pronounVote(kind: PronounKind | undefined): number {
  return kind === 'neuter' ? -1 : kind === undefined ? 0 : 1;
}
