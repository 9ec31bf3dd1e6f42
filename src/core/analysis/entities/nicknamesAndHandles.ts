/**
 * Nicknames, couples and handles: a nickname in quotation marks between a given name and a surname
 * (Calvin “Cal” Whitaker), a couple's given names sharing one surname ("Desmond and Lorraine
 * Achterberg"), and screen names in lower case that the article introduces ("known as grimlocke",
 * "u/halden_runs"), found wherever it writes them.
 */
import { genderOfGivenName, isGivenName } from '../../text/gazetteer';
import { FUNCTION_WORDS } from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { isAsciiLetter } from '../../text/words';
import { type NameMention, SPACE, sureMention } from './mentions';

/**
 * "an on-chain investigator known as grimlocke", "a delegate using the handle ashfeld.eth": a screen
 * name in lower case, which no run of capitalised words finds, names a person wherever the article
 * writes it after it has introduced it so.
 */
export function withHandles(text: string, names: NameMention[]): NameMention[] {
  const handles = handlesIntroduced(text);
  if (handles.size === 0) return names;
  const found: NameMention[] = [];
  for (const handle of handles) {
    for (let at = text.indexOf(handle); at >= 0; at = text.indexOf(handle, at + handle.length)) {
      const end = at + handle.length;
      if (isHandleChar(text.charAt(at - 1)) || isHandleChar(text.charAt(end)) || names.some((name) => name.start < end && at < name.end)) continue;
      found.push(sureMention({ start: at, end, text: handle }, 'person'));
    }
  }
  return found.length === 0 ? names : [...names, ...found].sort((a, b) => a.start - b.start);
}

/**
 * The handles the article introduces ("known as grimlocke", "a user named driftwood_design", "one
 * member, marguerite.b,"), and those that say what they are wherever they stand: "u/halden_runs",
 * "@reelmarta". Each pattern runs only over an article that has words to introduce one.
 */
function handlesIntroduced(text: string): Set<string> {
  const handles = new Set<string>();
  if (HANDLE_HINTS.some((hint) => indexOfByRarestLetter(text, hint, 0) >= 0)) {
    for (const match of text.matchAll(HANDLE_INTRODUCTIONS)) {
      // ("known as the bomb squad", "known as austerity": a word of the language is no one's handle;
      // nor is what a thing is known as: "devices known as squibs".)
      if ((match[1] === undefined || HANDLE_HOLDERS.has(match[1]) || /[._\d]/.test(match[2])) && !FUNCTION_WORDS.has(match[2]) && !isDictionaryWord(match[2])) handles.add(match[2]);
    }
  }
  for (const search of HOLDER_LINKS) {
    const link = search.pattern;
    // Commas are everywhere, a holder before one rarely: one pass over them says whether to look at them.
    if (link === ', ' && !hasHolderBeforeComma(text)) continue;
    for (let at = indexOfByRarestLetter(text, search, 0); at >= 0; at = indexOfByRarestLetter(text, search, at + link.length)) {
      const handle = handleAfterHolder(text, at, link);
      if (handle !== undefined) handles.add(handle);
    }
  }
  if (text.includes('u/') || text.includes('@')) for (const match of text.matchAll(MARKED_HANDLE)) handles.add(match[0]);
  return handles;
}

/**
 * A few words looked for over a whole article, from the rarest letter in them: V8 looks for a
 * pattern by its first character and stops wherever that stands, and spaces and common letters
 * are everywhere (" named " is looked for as "med ", "handle " as "le ").
 */
interface RareLetterSearch {
  pattern: string;
  /** Where in the pattern its rarest letter stands. */
  rarest: number;
  /** The pattern from that letter on, which is looked for. */
  rest: string;
}

/** The letters of English prose, commonest first. */
const LETTERS_BY_FREQUENCY = 'etaoinshrdlcumwfgypbvkjxqz';

function rareLetterSearch(pattern: string): RareLetterSearch {
  let rarest = 0;
  for (let i = 1; i < pattern.length; i++) if (LETTERS_BY_FREQUENCY.indexOf(pattern[i]) > LETTERS_BY_FREQUENCY.indexOf(pattern[rarest])) rarest = i;
  return { pattern, rarest, rest: pattern.slice(rarest) };
}

/** `text.indexOf(search.pattern, from)`, found from the pattern's rarest letter. */
function indexOfByRarestLetter(text: string, { pattern, rarest, rest }: RareLetterSearch, from: number): number {
  for (let at = text.indexOf(rest, from + rarest); at >= 0; at = text.indexOf(rest, at + 1)) {
    if (text.startsWith(pattern, at - rarest)) return at - rarest;
  }
  return -1;
}

/**
 * Whether a holder's noun ends right before a comma somewhere ("one user, u/packetlossprophet";
 * also "superuser, "). Read from the commas, which V8 finds fast: a search for each "user, " or
 * "member, " over the whole article costs several times more, as their letters are common ones.
 */
function hasHolderBeforeComma(text: string): boolean {
  for (let comma = text.indexOf(', '); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    if (HOLDERS_BEFORE_COMMA.some((holder) => text.startsWith(holder, comma - holder.length))) return true;
  }
  return false;
}

/**
 * "a user named driftwood_design", "another forum member, marguerite.b": the lower-case handle after
 * a holder's noun and the link at `at`. Found from each link's few places in the article, as a
 * pattern over the whole text costs a tenth of the analysis.
 */
function handleAfterHolder(text: string, at: number, link: string): string | undefined {
  // The word before the link, read back by character code: most commas follow no holder at all.
  let start = at;
  while (start > 0 && at - start <= HOLDER_REACH && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === at || !HANDLE_HOLDERS.has(text.slice(start, at))) return undefined;
  HANDLE_AT.lastIndex = at + link.length;
  const handle = HANDLE_AT.exec(text)?.[0];
  if (handle === undefined) return undefined;
  // ("a player named johnson" may be anyone's name in lower case; after a comma, only a handle by its look is one.)
  const byLook = /_|^u\/|\p{L}\.\p{L}/u.test(handle);
  return (link === ', ' ? byLook : byLook || !isDictionaryWord(handle)) ? handle : undefined;
}

/** A few searches of the article, each about as costly as all the rest of this step: the commonest ways to introduce a handle only. */
const HANDLE_HINTS = ['known as ', 'handle ', 'goes by ', 'posting as ', 'posts as ', 'username '].map(rareLetterSearch);
/** A handle in lower case (a capitalised one is a name the runs find), maybe with dots, digits and underscores: "ashfeld.eth", "0xbramble". */
const HANDLE_INTRODUCTIONS = /\b(?:(\p{Ll}+)\s+known\s+(?:online\s+)?as|goes\s+by|posting\s+as|posts\s+as|(?:the|a)\s+(?:handle|username))\s+@?((?:u\/)?[\p{Ll}\d][\p{L}\d_.-]*[\p{L}\d_])/gu;
/** Who may be "known as" a handle: "the pseudonymous on-chain investigator known as grimlocke". */
const HANDLE_HOLDERS: ReadonlySet<string> = new Set(['investigator', 'researcher', 'sleuth', 'user', 'hacker', 'trader', 'developer', 'streamer', 'player', 'poster', 'account', 'influencer', 'creator', 'analyst', 'whistleblower', 'founder', 'artist', 'gamer',
  'member', 'reader', 'commenter', 'redditor', 'subscriber']);
/** What joins a holder to the handle after it: "a user named …", "one member, …". */
const HOLDER_LINKS = [' named ', ' called ', ', '].map(rareLetterSearch);
const HOLDER_REACH = 14;
/** The holders a handle follows after a comma ("one user, u/packetlossprophet"). */
const HOLDERS_BEFORE_COMMA = ['user', 'member', 'reader', 'commenter', 'redditor', 'poster', 'subscriber'];

const HANDLE_AT = /(?:u\/)?\p{Ll}[\p{L}\d_.-]*[\p{L}\d_]/uy;
/** A Reddit user's "u/" or a social network's "@" before a handle, not inside an address ("press@lumora.com"). */
const MARKED_HANDLE = /(?<![\p{L}\p{N}_.\/@])(?:u\/|@)[\p{L}\p{N}_][\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu;

function isHandleChar(char: string): boolean {
  return char !== '' && /[\p{L}\p{N}_@]/u.test(char);
}

/**
 * Calvin “Cal” Whitaker, Marion "Suge" Knight, Dominic ‘Domz’ Achterhof: a given name, a nickname
 * in quotation marks and a surname are one person, named by the given name and the surname. The
 * nickname is written between quotation marks, which end a run of capitalised words, so the three
 * arrive as three names; a screen handle in lower case ("Lukas 'frostbyte' Meier") is no name, so
 * the given name and the surname arrive as two.
 */
export function withNicknamesJoined(text: string, names: NameMention[]): NameMention[] {
  const joined: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const given = names[i];
    const skipped = isNicknameBetween(text, given, names[i + 1], names[i + 2]) ? 2 : isHandleBetween(text, given, names[i + 1]) ? 1 : 0;
    if (skipped === 0) {
      joined.push(given);
      continue;
    }
    const surname = names[i + skipped];
    joined.push({
      ...surname, start: given.start, text: text.slice(given.start, surname.end), words: [...given.words, ...surname.words], form: `${given.form} ${surname.form}`,
      type: 'person', confidence: 2, role: given.role ?? surname.role, gender: given.gender ?? genderOfGivenName(given.words[0].toLowerCase()),
      equivalentName: skipped === 2 ? names[i + 1].form : undefined,
    });
    i += skipped;
  }
  return joined;
}

/**
 * "Desmond and Lorraine Achterberg", "Graham and Sherry Edwards": a couple's given names share the
 * surname written once, after the second. The first is named by its given name and that surname,
 * unless the article uses the word as a surname elsewhere ("Blair and Gordon Brown", "Mr Blair").
 */
export function withCouplesNamed(text: string, names: NameMention[]): NameMention[] {
  return names.map((first, i) => {
    const second = names[i + 1];
    if (second === undefined || !isCoupleBefore(text, first, second) || isSurnameElsewhere(text, names, first.words[0])) return first;
    const surname = second.words[second.words.length - 1];
    // "co-founder Priya Kannadasan-Cole … Founded by Priya and Mateo Arriaga-Solís": a given name
    // the article gave someone in full before is theirs, not the second partner's surname's.
    if (names.some((earlier) => earlier.start < first.start && earlier.words.length > 1 && earlier.words[0] === first.words[0] && earlier.words.at(-1) !== surname)) return first;
    return { ...first, words: [first.words[0], surname], form: `${first.form} ${surname}`, type: 'person', confidence: 2 };
  });
}

function isCoupleBefore(text: string, first: NameMention, second: NameMention): boolean {
  // Not the last items of a list of stars ("Nana Mouskouri, Lulu and Julio Iglesias"), nor a work
  // someone is nominated for ("Bill Condon for Kinsey and Michel Gondry").
  return first.words.length === 1 && second.words.length === 2 && second.start - first.end === 5 && text.startsWith(' and ', first.end)
    && !LIST_OR_FOR_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start)) && isGivenName(first.words[0].toLowerCase()) && isGivenName(second.words[0].toLowerCase()) && !isGivenName(second.words[1].toLowerCase());
}

const LIST_OR_FOR_BEFORE = /(?:,|\bfor)\s+$/;

function isSurnameElsewhere(text: string, names: readonly NameMention[], word: string): boolean {
  return names.some((name) => name.words.length > 1 && name.words[name.words.length - 1] === word)
    || SURNAME_HONORIFICS.some((honorific) => text.includes(`${honorific} ${word}`) || text.includes(`${honorific}. ${word}`));
}

const SURNAME_HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Dr'];

function isNicknameBetween(text: string, given: NameMention, nickname: NameMention | undefined, surname: NameMention | undefined): boolean {
  return nickname !== undefined && surname !== undefined && nickname.start === given.end + 2 && surname.start === nickname.end + 2 && nickname.words.length <= 2
    && NICKNAME_OPENING.test(text.slice(given.end, nickname.start)) && NICKNAME_CLOSING.test(text.slice(nickname.end, surname.start))
    && isGivenNameBeforeSurname(text, given, surname);
}

/** "Lukas 'frostbyte' Meier", "Mateo ‘kairo’ Esquivel": a handle in lower case, in quotation marks, between a given name and a surname. */
function isHandleBetween(text: string, given: NameMention, surname: NameMention | undefined): boolean {
  // Most names have no handle after them: the gap's length and its first marks are read before the pattern.
  return surname !== undefined && surname.start - given.end <= MAX_HANDLE_GAP && text.charCodeAt(given.end) === SPACE && QUOTE_MARKS.includes(text.charAt(given.end + 1))
    && HANDLE_BETWEEN.test(text.slice(given.end, surname.start)) && isGivenNameBeforeSurname(text, given, surname);
}

const MAX_HANDLE_GAP = 40;
const QUOTE_MARKS = '"“‘\'';

/** A given name no list knows counts when an apposition says who the person is ("Ransford “Bigga” Dacres, president of"). */
function isGivenNameBeforeSurname(text: string, given: NameMention, surname: NameMention): boolean {
  return given.words.length === 1 && surname.words.length <= 2 && (isGivenName(given.words[0].toLowerCase()) || text.startsWith(', ', surname.end));
}

const NICKNAME_OPENING = /^ ["“‘']$/;
const NICKNAME_CLOSING = /^["”’'] $/;
const HANDLE_BETWEEN = /^ (?:"[\p{Ll}\d_.-]+"|“[\p{Ll}\d_.-]+”|‘[\p{Ll}\d_.-]+’|'[\p{Ll}\d_.-]+') $/u;
