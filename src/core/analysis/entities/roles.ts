/**
 * Titles and roles: a run split at its title into the role and the person who holds it ("Defense
 * Secretary Pete Hegseth", "Anthropic CEO Dario Amodei"), telling a title from a surname ("John
 * Major") or from a body's name ("Justice Department"), and the roles written in lower case around
 * a name, in an apposition after it or an office before it ("Emil Michael, the Pentagon's chief
 * technology officer,", "the mayor of Arzachena, Giovanni Maria Deiana,").
 */
import { DEMONYMS, FUNCTION_WORDS, HONORIFICS, LOWER_CASE_ROLES, ORG_HEAD_WORDS, PORTFOLIOS, ROLE_WORDS } from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { lowerCaseWordsBefore, startsSentence, startsWithCapital } from '../../text/words';
import { anyIs, is, type NameMention, type Token } from './mentions';
import { isSpelledByAcronymAfter, KNOWN_NAMES, knownNameLength, knownType } from './knownNames';
import { isInitial, isMemberForSeat, isPatronymicName, NAME_PARTICLES, NOBLE_TITLES, PATRONYMIC_PARTICLES } from './personNames';
import { DEMONYM_OPENINGS, isCallSign, isCourtLabel, isEverydayPlural, isGeneration, isJusticeDepartment } from './nameWords';

/** "at", "of": what joins a role to its body in an apposition ("technical manager at Calderbrook Animal Health"). */
const ROLE_BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with']);

/** Words that may qualify a lower-case role before a name: "chief spokesperson Sean Parnell". */
const ROLE_QUALIFIERS = new Set(['chief', 'general', 'senior', 'deputy', 'former', 'top', 'vice', 'executive', 'assistant', 'acting', 'interim', 'new', 'then', 'shadow']);

/**
 * Roles written in lower case around a person's name: an apposition ("Emil Michael, the
 * Pentagon's chief technology officer, …") or a title before it ("general counsel Earl Matthews").
 */
export function withDescribedRole(text: string, name: NameMention): NameMention {
  if (name.type !== 'person') return name;
  const apposition = appositiveRole(text, name.end);
  // A second role only where the apposition is closed: in "Speaking after talks with Secretary of State
  // Condoleezza Rice, the prime minister said", the words after the comma are the sentence's subject.
  if (name.role) return apposition && isClosedApposition(text, name.end, apposition) ? { ...name, appositiveRole: apposition } : name;
  // "the Ofsted chief, David Bell": the title may be set off by a comma.
  const comma = text.startsWith(', ', name.start - 2);
  // ("signed by its spokesperson, Paulin Mbaya Tshiela, the provincial executive says": after a title
  // set off so, words the verb follows are the sentence's subject.)
  if (apposition && (!comma || isClosedApposition(text, name.end, apposition))) return { ...name, role: apposition };
  // ("the Minister of Energy and Public Utilities, Mr Devendra Ramdharry,": also by a comma and a courtesy title.)
  const courtesy = comma ? null : COMMA_AND_COURTESY_TITLE.exec(text.slice(Math.max(0, name.start - 8), name.start));
  const office = comma ? capitalisedOfficeBefore(text, name.start - 2) ?? lowerCaseOfficeBefore(text, name) : courtesy ? capitalisedOfficeBefore(text, name.start - courtesy[0].length) : officeBeforeCourtesyTitle(text, name.start);
  if (office) return { ...name, role: office, confidence: Math.max(name.confidence, 2) };
  const titleEnd = comma ? name.start - 2 : name.start - 1;
  const wordsEnd = comma ? titleEnd : name.start;
  // The word right before decides: most names follow no role word, and need not have the words before it read.
  const [head] = lowerCaseWordsBefore(text, wordsEnd, 1);
  if (head === undefined || !(wordClasses(head) & WordClass.role) || FUNCTION_WORDS.has(head)) return name;
  const words = lowerCaseWordsBefore(text, wordsEnd, 4);
  const qualifiers: string[] = [];
  for (let i = words.length - 2; i >= 0 && isTitleQualifier(words[i]); i--) qualifiers.unshift(words[i]);
  const role = [...qualifiers, head].join(' ');
  const roleStart = titleEnd - role.length;
  const affiliation = text.slice(roleStart, roleStart + role.length) === role ? affiliationBefore(text, roleStart) : '';
  // "chief selector Kazi Ashfaqur Rahman": a title makes the name a person's, whatever a later
  // mention's context says ("a phone call from Rahman").
  return { ...name, role: affiliation ? `${affiliation} ${role}` : role, confidence: Math.max(name.confidence, 2) };
}

/**
 * "The Minister of Agriculture, Rural Development and Food Production, Hyacinthe Tapé-Lorougnon,":
 * an office written in capitals, opening the sentence or after "the" within it, before the name set
 * off by a comma. Not an office the words before it belong to ("Secretary to the Governor, Mrs …").
 */
function capitalisedOfficeBefore(text: string, commaAt: number): string | undefined {
  const before = text.slice(Math.max(0, commaAt - 120), commaAt);
  // ("NNA - Caretaker Minister of Energy and Water, Dr. Ramzi Khattar,": an office of something may open the sentence bare.)
  const office = OFFICE_OPENING_SENTENCE.exec(before)?.[1] ?? OFFICE_OF_OPENING_SENTENCE.exec(commaAt > 120 ? before : `\n${before}`)?.[1];
  if (office !== undefined && headsWithRole(office)) return office;
  // ("in the Consistory Court of the Diocese of Norwich, the Chancellor, Judith Harcastle KC,": or one
  // after the comma that ends a body's name the match took in.)
  const lastComma = before.lastIndexOf(', ');
  const after = lastComma > 0 ? OFFICE_OPENING_SENTENCE.exec(before.slice(lastComma + 1))?.[1] : undefined;
  return after !== undefined && headsWithRole(after) ? after : undefined;
}

/** Whether an office's head, the last word before what it is of, for, at or in ("State Minister for Agriculture"), is a role's. */
function headsWithRole(office: string): boolean {
  return ROLE_WORDS.has(office.split(/\s+(?:of|for|at|in)\s/)[0].split(' ').at(-1)?.toLowerCase() ?? '');
}

/**
 * "…," the mayor of Arzachena, Giovanni Maria Deiana, told …: an office in lower case, opening a
 * clause with "the", before a name set off by commas on both sides. The closing comma keeps out a
 * clause's subject ("After meeting the mayor, Smith said").
 */
function lowerCaseOfficeBefore(text: string, name: NameMention): string | undefined {
  // ("… together with Lenoci and the mayor of Gioia del Colle, Teresa Colonna.": a name ending its
  // sentence is no clause's subject, so the office may stand anywhere in it.)
  const opening = text.charCodeAt(name.end) === 44 ? LOWER_CASE_OFFICE_OPENING_CLAUSE : SENTENCE_END_AFTER_NAME.test(text.slice(name.end, name.end + 3)) ? LOWER_CASE_OFFICE : undefined;
  const office = opening?.exec(text.slice(Math.max(0, name.start - 122), name.start - 2))?.[1];
  return office !== undefined && headsWithRole(office) ? office : undefined;
}

/** "the mayor of Gioia del Colle": "the", a title of up to three words in lower case, and what it is of, for, at or in. */
const OFFICE_AFTER_THE = String.raw`[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:\s+(?:of|for|at|in)\s+[^,.;:!?"“”()]{2,80})?)$`;
const LOWER_CASE_OFFICE = new RegExp(String.raw`\b${OFFICE_AFTER_THE}`, 'u');
// ("Yesterday the preliminary hearing judge at the Lecce court, Federica Mangione, ordered": past an adverb of time opening the clause.)
const LOWER_CASE_OFFICE_OPENING_CLAUSE = new RegExp(String.raw`(?:^|[.!?]["”]?\s+|\n|[,"“”]\s*)(?:(?:Yesterday|Today|Earlier|Later|Meanwhile|Then)\s+)?${OFFICE_AFTER_THE}`, 'u');
/** A full stop right after a name, ending its sentence. */
const SENTENCE_END_AFTER_NAME = /^\.(?:\s|$)/;

// ("The Minister, Hon. Tebwaa Kaitu,": and the Pacific and Commonwealth press's "Honourable".)
const COMMA_AND_COURTESY_TITLE = /,\s(?:Mr|Mrs|Ms|Dr|Madam|Hon)\.?\s$/;

/** "Minister for Agriculture Mr Daudi Ngwale": an office of or for something, then a courtesy title, before the name. */
function officeBeforeCourtesyTitle(text: string, nameStart: number): string | undefined {
  // Most names follow no courtesy title: the few characters before rule them out before the long pattern runs.
  if (!COURTESY_TITLE_BEFORE.test(text.slice(Math.max(0, nameStart - COURTESY_TITLE_REACH), nameStart))) return undefined;
  const office = OFFICE_THEN_COURTESY_TITLE.exec(text.slice(Math.max(0, nameStart - 100), nameStart))?.[1];
  return office !== undefined && headsWithRole(office) ? office : undefined;
}

const COURTESY_TITLE_BEFORE = /(?:Mr|Mrs|Ms|Dr|Madam)\.?\s$/;
const COURTESY_TITLE_REACH = 'Madam. '.length;
const OFFICE_THEN_COURTESY_TITLE = /(?:^|[.!?]\s+|\n|\bthe\s+)((?:\p{Lu}\p{Ll}+\s+){0,2}?\p{Lu}\p{Ll}+\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,3})\s+(?:Mr|Mrs|Ms|Dr|Madam)\.?\s$/u;

// ("The meeting was attended by the State Minister for Agriculture, Dr Agnes Nakyanzi,": after a passive's "by" too;
// "Andorra's Minister of Foreign Affairs, Laia Puigcercós,": after a place's possessive opening the sentence;
// "The ceremony took place in the presence of the Prefect of Tadjourah, Ismaël Houssein Gadito,": the dignitaries present.)
const OFFICE_OF_OPENING_SENTENCE = /(?:[.!?]\s+|\n|\s[-–—]\s)((?:\p{Lu}\p{Ll}+\s+){0,2}?\p{Lu}\p{Ll}+\s+(?:of|for)\s+[^.;:!?"“”()]{2,100})$/u;
const OFFICE_OPENING_SENTENCE = /(?:(?:^|[.!?]\s+|\n)(?:The|\p{Lu}[\p{L}-]*['’]s)|(?<!\b(?:to|of|for|at|with|from)|(?<!\b(?:was|were|been|is|are)\s+\p{Ll}+(?:ed|en)\s)\bby)\sthe|\bpresence\s+of\s+the)\s+((?:\p{Lu}\p{Ll}+\s+){0,2}?\p{Lu}\p{Ll}+(?:\s+(?:of|for)\s+[^.;:!?"“”()]{2,100})?)$/u;

function isClosedApposition(text: string, nameEnd: number, apposition: string): boolean {
  const end = text.indexOf(apposition, nameEnd) + apposition.length;
  return /^[,.;]/.test(text.slice(end, end + 1));
}

/** Lower-case words that belong to a title before its head: "chief", "press secretary", "national security adviser". */
function isTitleQualifier(word: string): boolean {
  return ROLE_QUALIFIERS.has(word) || PORTFOLIOS.has(word) || TITLE_QUALIFIERS.has(word);
}

const TITLE_QUALIFIERS = new Set([
  'press', 'services', 'national', 'communications', 'campaign', 'policy', 'financial', 'operating', 'information', 'marketing',
  'product', 'investment', 'strategy', 'commercial', 'medical', 'scientific', 'research', 'data', 'content', 'creative',
]);

/**
 * The capitalised words before a lower-case title that belong to it: a nationality or party
 * ("Palestinian leader", "Liberal Democrat leader"), a known body ("White House press secretary"),
 * the name of the body the person works for ("OpenAI chief financial officer", "Wedbush
 * Securities analyst"), or the title's own first word opening the sentence ("National security adviser").
 */
function affiliationBefore(text: string, roleStart: number): string {
  const demonyms = demonymsBefore(text, roleStart);
  if (demonyms) return demonyms;
  const run = BODY_WORDS_BEFORE.exec(text.slice(Math.max(0, roleStart - 50), roleStart))?.[0] ?? '';
  const words = run.trim().split(' ').filter(Boolean);
  for (let first = 0; first < words.length; first++) {
    const body = words.slice(first).join(' ');
    if (KNOWN_NAMES.get(body.toLowerCase()) === 'organization') return body;
  }
  const last = words.at(-1);
  if (last !== undefined && isTitleQualifier(last.toLowerCase()) && startsSentence(text, roleStart - last.length - 1)) return last;
  // Only the words after any that cannot be part of a body's name ("On Tuesday OpenAI …").
  let first = words.length;
  let wordStart = roleStart - 1;
  while (first > 0) {
    wordStart -= words[first - 1].length;
    if (!isBodyWord(text, words[first - 1], wordStart)) break;
    first--;
    wordStart -= 1;
  }
  while (first < words.length && /^\p{Ll}/u.test(words[first])) first++;
  return words.slice(first).join(' ');
}

const BODY_WORDS_BEFORE = /(?:\p{Lu}[\p{L}\d&'’-]*(?: of| of the)? ){1,4}$/u;

/**
 * Whether a word before a title can be part of a body's name: in mid-sentence any capitalised
 * word or connector can ("New Zealand coach", "Bank of England governor"); opening a sentence,
 * not a common word ("Yesterday", "But").
 */
function isBodyWord(text: string, word: string, start: number): boolean {
  const lower = word.toLowerCase();
  if (wordClasses(lower) & (WordClass.date | WordClass.number)) return false;
  return !startsSentence(text, start) || (wordClasses(lower) & (WordClass.function | WordClass.common)) === 0;
}

const CAPITALISED_WORDS_BEFORE = /(?:\p{Lu}\p{Ll}+ ){1,3}$/u;

/** Up to three capitalised nationality or party words ending one space before `index` ("South African"), or ''. */
function demonymsBefore(text: string, index: number): string {
  const match = CAPITALISED_WORDS_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  if (!match) return '';
  const words = match[0].trim().split(' ');
  let first = words.length;
  while (first > 0 && DEMONYMS.has(words[first - 1].toLowerCase())) first--;
  // "South African president": a compass point before the demonym.
  if (first > 0 && first < words.length && DEMONYM_OPENINGS.has(words[first - 1].toLowerCase())) first--;
  return words.slice(first).join(' ');
}

/**
 * ", the Pentagon's chief technology officer," or ", director of … Vote No," after a name: a
 * description holding a role word. Without an article the description must open with the role
 * ("director", "former", "chief"), which keeps ordinary clauses out.
 */
function appositiveRole(text: string, nameEnd: number): string | undefined {
  if (text.charCodeAt(nameEnd) !== 44) return undefined;
  // ("Angela Lenoci, 49, the company's chief executive,": past the age.)
  const end = nameEnd + (AGE_BEFORE_APPOSITION.exec(text.slice(nameEnd, nameEnd + 6))?.[0].length ?? 0);
  // The period of an initial ("D.A. Davidson", "the U.S. Chamber") is part of the description, not its end.
  const after = APPOSITION.exec(text.slice(end, end + 140));
  if (!after) return undefined;
  const words = after[2].split(/\s+/);
  // ", general counsel Earl Matthews, …": a title followed by a name is the next item of a list;
  // ", chief UK economist at Capital Economics" is one description.
  const firstCapital = words.findIndex(startsWithCapital);
  if (firstCapital > 0 && ROLE_WORDS.has(words[firstCapital - 1]) && words.slice(firstCapital).every(startsWithCapital)) return undefined;
  const isRoleWord = (word: string | undefined) => word !== undefined && (ROLE_WORDS.has(word) || LOWER_CASE_ROLES.has(word) || ROLE_QUALIFIERS.has(word));
  // "Jensen Huang, Nvidia's chief executive, …": a possessor may come before the role, or before a
  // short title that ends with it ("Rijnvaart's managing director").
  // ("Rachel Okonjo, technical manager at Calderbrook Animal Health,": or a word of the trade, then the role and its body; capitalised too.)
  const opensWithRole = isRoleWord(words[0]) || (CAPITALISED_POSSESSOR.test(words[0]) && (isRoleWord(words[1]) || (words.length <= 4 && isRoleWord(words[words.length - 1]))))
    || (isRoleWord(words[1]?.toLowerCase()) && ROLE_BODY_PREPOSITIONS.has(words[2] ?? ''));
  // A description that opens with its role may name the body at length ("director of the … at the
  // Center for Strategic and International Studies"); any other must be short to be a role at all.
  if (words.length > (opensWithRole ? 18 : 8)) return undefined;
  if (after[1] ? words.some((word) => ROLE_WORDS.has(word.toLowerCase())) : opensWithRole || isCapitalisedOffice(after[2])) return after[2];
  return after[1] ? roleEndingClause(text, end) : undefined;
}

/** ", 49" after a name, before the apposition's own comma: an age. */
const AGE_BEFORE_APPOSITION = /^,\s?\d{1,3}(?=,)/;

/** "Minister for Health", "Deputy Mayor for Housing", "Government Counsellor-Minister for Public Works": an office in capitals. */
function isCapitalisedOffice(description: string): boolean {
  const title = CAPITALISED_OFFICE.exec(description)?.[1];
  const head = title?.split(/[\s-]/).at(-1)?.toLowerCase();
  return head !== undefined && ROLE_WORDS.has(head);
}

// ("President and CEO": two offices joined.)
const CAPITALISED_OFFICE = /^((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){0,2}\p{Lu}[\p{L}-]*)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}.*)?$/u;

/** A comma, maybe an article, and the description up to where it ends; "the Pentagon's chief technology officer". */
const APPOSITION = /^,\s+(the\s+|a\s+|an\s+)?((?:[^,.;:()"“”—–]|(?<=(?:^|[\s.])\p{Lu})\.){2,120}?)(?=\s+(?:and\s+(?!\p{Lu})|(?:said|says|told|added)\b|-\s)|[,;:()"“”—–]|\.(?<!(?:^|[\s.])\p{Lu}\.)|$)/u;

/** "Nvidia's", "Reuters'": a capitalised possessor opening a description. */
const CAPITALISED_POSSESSOR = /\p{Lu}.*['’]s?$/u;

/** ", the White House AI and crypto czar,": a clause between commas that ends with its role word, "and" and all. */
function roleEndingClause(text: string, end: number): string | undefined {
  const clause = /^,\s+(?:the|a|an)\s+([^,.;:()"“”—–]{2,80}),/u.exec(text.slice(end, end + 100))?.[1];
  const last = clause?.slice(clause.lastIndexOf(' ') + 1);
  return clause !== undefined && last !== undefined && clause.split(' ').length <= 8 && (wordClasses(last) & WordClass.role) !== 0 ? clause : undefined;
}

/** "Member of the National Parliament Rosalina Ximenes Bere": a member of a legislature, named after it. */
function isMemberOfLegislature(tokens: readonly Token[], index: number): boolean {
  return tokens[index].text === 'Member' && (tokens[index + 1]?.connector ?? '').startsWith('of') && tokens.slice(index + 1).some((token) => LEGISLATURES.has(token.lower));
}

const LEGISLATURES: ReadonlySet<string> = new Set(['parliament', 'assembly', 'congress', 'legislature', 'senate']);

/** A run split at its title: the role, the names in the words before it, what it serves, and who holds it. */
interface RoleSplit {
  role: string | undefined;
  roleModifier: Token[];
  served: Token[];
  nameTokens: Token[];
}

/**
 * Splits "Defense Secretary Pete Hegseth" into the role "Defense Secretary" and the name, and
 * "Anthropic CEO Dario Amodei" into the role "Anthropic CEO", the organisation "Anthropic" and
 * the name. Undefined when the run holds no title, as most runs do.
 */
export function splitRole(text: string, tokens: Token[]): RoleSplit | undefined {
  // "the Auditor-General of South Africa (AGSA)": an office the acronym after spells is a body's name.
  if (isCallSign(tokens) || isGeneration(tokens) || isJusticeDepartment(tokens) || isSpelledByAcronymAfter(text, tokens) || isCourtLabel(tokens)) return undefined;
  const lastRole = roleBeforeName(text, tokens);
  if (lastRole < 0 || namesBody(text, tokens, lastRole) || isTitleSurname(tokens, lastRole) || namesEvent(tokens, lastRole)) return undefined;
  const nameStart = findNameStart(tokens, lastRole);
  const roleTokens = tokens.slice(0, nameStart);
  const firstRoleWord = roleTokens.findIndex((token, index) => is(token, WordClass.role | WordClass.roleModifier) || token.text === 'CEO' || isPartnerTitle(tokens, index + 1));
  // "Home Office Minister Des Browne": a known body before the title, though its first word is a portfolio's.
  const body = knownNameLength(roleTokens, 0);
  const modifier = body > 0 && body < roleTokens.length ? roleTokens.slice(0, body)
    : firstRoleWord > 0 ? roleTokens.slice(0, firstRoleWord).filter((token) => !is(token, WordClass.roleModifier)) : [];
  // "the Secretary of State", "the Labour MP for Wantage": what follows "of" or "for" is what the
  // title serves, not who holds it; only a name known by itself (Europe) or a constituency is reported.
  // ("the Secretary of State for Culture, Media and Sport": so is the rest of a list of portfolios.)
  const servedList = nameStart < tokens.length && (tokens[nameStart].connector === ',' || tokens[nameStart].connector === 'and')
    && tokens.slice(lastRole + 1, nameStart).some((token) => TITLE_CONNECTORS.has(token.connector));
  if (nameStart < tokens.length && (TITLE_CONNECTORS.has(tokens[nameStart].connector) || servedList)) {
    // "the Minister of State for Europe": a minister of state serves what follows "for".
    const portfolio = tokens[nameStart].lower === 'state' ? tokens.findLastIndex((token) => TITLE_CONNECTORS.has(token.connector)) : nameStart;
    const served = tokens.slice(portfolio);
    // "Greens Member for Franklin Imogen Tully-Harrow": the seat, then the name of who holds it.
    const holder = LEGISLATORS.has(tokens[lastRole].lower) ? holderAfterSeat(served) : 0;
    if (holder > 0) {
      const role = text.slice(roleTokens[0].start, served[holder - 1].end);
      return { role, roleModifier: modifier, served: served.slice(0, holder), nameTokens: served.slice(holder) };
    }
    const reported = knownType(served) !== undefined || LEGISLATORS.has(tokens[lastRole].lower) || is(served[served.length - 1], WordClass.orgHead);
    return { role: undefined, roleModifier: modifier, served: reported ? served : [], nameTokens: [] };
  }
  // "CEO of Phuoc Thinh Fruit Export JSC": a run after "of" that ends in a body's head noun is all the body served, no one's name.
  const connector = tokens.findIndex((token, index) => index > lastRole && index < nameStart && TITLE_CONNECTORS.has(token.connector));
  if (connector > 0 && nameStart < tokens.length && is(tokens[tokens.length - 1], WordClass.orgHead) && !anyIs(tokens.slice(nameStart), WordClass.givenName)) {
    return { role: undefined, roleModifier: modifier, served: tokens.slice(connector), nameTokens: [] };
  }
  const role = roleTokens.length > 0 ? text.slice(roleTokens[0].start, roleTokens[roleTokens.length - 1].end) : undefined;
  return { role, roleModifier: modifier, served: [], nameTokens: tokens.slice(nameStart) };
}

/**
 * "Ledley King", "John Major", "Stephen Bishop", "Marie Cardinal": a title that ends a name after a word that names
 * no nation, place or body is a surname ("Saudi King", "Anthropic CEO" are titles).
 */
function isTitleSurname(tokens: readonly Token[], lastRole: number): boolean {
  if (lastRole !== tokens.length - 1 || lastRole === 0 || !TITLE_SURNAMES.has(tokens[lastRole].lower)) return false;
  const before = tokens.slice(0, lastRole);
  return knownType(before) === undefined && !anyIs(before, WordClass.demonym | WordClass.place | WordClass.orgHead | WordClass.role);
}

/** Where a given name opens the last two or three words after a seat's first word, the holder's name starts. */
function holderAfterSeat(served: readonly Token[]): number {
  for (let index = Math.max(1, served.length - 3); index < served.length - 1; index++) {
    if (is(served[index], WordClass.givenName)) return index;
  }
  return 0;
}

/** Titles of members of a parliament, who sit for a constituency: "the MP for Wantage". */
const LEGISLATORS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'am', 'member']);

const TITLE_SURNAMES: ReadonlySet<string> = new Set(['king', 'major', 'bishop', 'judge', 'prince', 'constable', 'cardinal']);
/** Whether an honorific the lexicon knows ("Ms", "Mr.", "Dr") is the word right before `start`. */
function followsHonorific(text: string, start: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return word !== undefined && HONORIFICS.has(word.toLowerCase());
}

const WORD_BEFORE = /(\p{L}+\.?)\s+$/u;

/**
 * The last title of a run, but not a surname that is a title after an honorific or a given name:
 * "Ms King" has none, "Labour MP Oona King" has "MP".
 */
function roleBeforeName(text: string, tokens: readonly Token[]): number {
  const last = lastRoleIndex(tokens);
  if (last < 0 || last !== tokens.length - 1 || !TITLE_SURNAMES.has(tokens[last].lower)) return last;
  if (last === 0) return followsHonorific(text, tokens[0].start) ? -1 : last;
  return is(tokens[last - 1], WordClass.givenName) ? lastRoleIndex(tokens.slice(0, last - 1)) : last;
}

function lastRoleIndex(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if ((is(tokens[i], WordClass.role) && !qualifiesPlural(tokens[i + 1])) || tokens[i].text === 'CEO' || isMemberForSeat(tokens[i], tokens[i + 1]?.connector)
      || isMemberOfLegislature(tokens, i) || isPartnerTitle(tokens, i)) return i;
  }
  return -1;
}

/**
 * "Qimma Capital Managing Partner Reem Al-Harbi": a firm's partner by rank holds a title, though a
 * partner alone may be anyone's ("coalition partner Future Estonia", "former partner Fiat").
 */
function isPartnerTitle(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.lower === 'partner' && PARTNER_RANKS.has(tokens[index - 1]?.lower ?? '');
}

const PARTNER_RANKS: ReadonlySet<string> = new Set(['managing', 'senior', 'founding', 'general', 'equity']);

/** "Associated General Contractors of America": a title word before an everyday plural qualifies it, as an adjective; no one holds it. */
function qualifiesPlural(next: Token | undefined): boolean {
  return next !== undefined && next.connector === '' && isEverydayPlural(next.lower) && !is(next, WordClass.givenName);
}

/** "the General Election", "the General Strike": a title word before the head of an event's name is no title. */
function namesEvent(tokens: readonly Token[], lastRole: number): boolean {
  const last = tokens[tokens.length - 1];
  return lastRole < tokens.length - 1 && is(last, WordClass.otherHead) && is(last, WordClass.common) && !anyIs(tokens, WordClass.givenName);
}

/** "Justice Department", "Labour Party", "Department of Justice", "CL King & Associates": a role word inside the name of a body. */
function namesBody(text: string, tokens: readonly Token[], lastRole: number): boolean {
  if (tokens.length < 2) return false;
  // "Cardinal Ridge Health": a title that is also an everyday word opens a firm's name unless a given name follows ("Cardinal Basil Hume").
  if (lastRole === 0 && NAME_OPENING_TITLES.has(tokens[0].lower) && tokens.length > 2 && !is(tokens[1], WordClass.givenName | WordClass.honorific)) return true;
  // "the Premier Snooker Tour": so does any title before everyday words only, which name no one.
  if (lastRole === 0 && tokens.length > 2 && tokens.slice(1).every((token) => token.connector === '' && is(token, WordClass.common) && !is(token, WordClass.givenName | WordClass.honorific | WordClass.role))) return true;
  // "Governor of the Reserve Bank", "President of the European Commission": a title, serving a
  // body ("the Princess of Wales Theatre" is a building named after a title).
  // ("the Ombudsman of Inatsisartut", "the Ombudsman for Children": but a title that also heads bodies' names, an ombudsman's, names a body of its own.)
  if (is(tokens[0], WordClass.role) && !NOBLE_TITLES.has(tokens[0].lower) && TITLE_CONNECTORS.has(tokens[1].connector)) return ORG_HEAD_WORDS.has(tokens[0].lower);
  // "Program Executive Office Soldier": a body's head noun right after the title word makes both part
  // of the body's name (but "Chief Hospital Corpsman Tamika Oduya" ends in a person's).
  const headAfterRole = tokens[lastRole + 1] !== undefined && tokens[lastRole + 1].connector === '' && is(tokens[lastRole + 1], WordClass.orgHead) && !is(tokens[lastRole + 1], WordClass.role)
    && !anyIs(tokens.slice(lastRole + 2), WordClass.givenName);
  return is(tokens[tokens.length - 1], WordClass.orgHead) || knownType(tokens) === 'organization' || isBodyOfRole(tokens, lastRole) || isConsulateGeneral(tokens, lastRole) || headAfterRole
    // "Bishop & Sons" is a firm; in "Larkmoor & Finch CEO Harriet Voss" the title follows the firm's name.
    || text.slice(tokens[lastRole].start, tokens[tokens.length - 1].end).includes(' & ');
}

const NAME_OPENING_TITLES: ReadonlySet<string> = new Set(['cardinal']);

/** "the Russian Consulate General in Houston": the mission a consul general heads, "General" and all. */
function isConsulateGeneral(tokens: readonly Token[], lastRole: number): boolean {
  return lastRole > 0 && tokens[lastRole].lower === 'general' && tokens[lastRole - 1].lower === 'consulate';
}

/**
 * "Department of Justice", "European Court of Justice", "Office for the Deputy Prime Minister": a
 * body named after what it does or whom it serves, where a role word ends the name after "of" or
 * "for", or opens what follows them ("Royal College of General Practitioners"); "Minister of
 * Justice" is a title, and "Bank of England Governor Mervyn King" names a person.
 */
function isBodyOfRole(tokens: readonly Token[], lastRole: number): boolean {
  if (lastRole === 0) return false;
  const connected = tokens.findIndex((token) => TITLE_CONNECTORS.has(token.connector));
  if (connected <= 0 || !anyIs(tokens.slice(0, connected), WordClass.orgHead)) return false;
  // "Royal College of General Practitioners": a role word opening whom the body serves.
  if (connected === lastRole) return true;
  if (lastRole !== tokens.length - 1) return false;
  // "Office of the Utility Consumer Advocate", "Office of the State Treasurer": after "of the", the
  // words before the closing role say whose office it is.
  if (tokens[connected].connector.endsWith(' the')) return true;
  return tokens.slice(connected).every((token) => is(token, WordClass.role | WordClass.roleModifier) && !is(token, WordClass.givenName));
}

const TITLE_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'of the', 'for the']);

/**
 * Where the person's name starts after a title: at a known given name followed by more of the
 * name (the last word is the surname, even when it is also a given name: "Minister Kamal Nath"),
 * else after the last role word.
 */
function findNameStart(tokens: Token[], lastRole: number): number {
  // "Tutong District Officer Saiful Bahri bin Haji Mohd Yassin": a Malay or Arabic name runs from the given names before "bin" to its end.
  const patronymic = tokens.findIndex((token, index) => index > lastRole + 1 && PATRONYMIC_PARTICLES.has(token.connector));
  if (patronymic > 0) return givenNamesBefore(tokens, patronymic, lastRole);
  // "Economist Dr Nurul Hidayah Zainal": an honorific after the title opens the name, however many words follow it.
  const honorific = tokens.findIndex((token, index) => index > lastRole && index < tokens.length - 1 && is(token, WordClass.honorific));
  if (honorific > 0) return honorific;
  for (let i = lastRole + 1; i < tokens.length - 1; i++) {
    // "Deputy Commissioner S. Farah Naaz": an initial before the given name opens the name.
    // So does a word no list knows after the words a title serves, a given name the gazetteer lacks
    // ("Minister for Universities and Boards Zulfiqar Mehdi al-Rashidi", "Chief District Officer Keshav Raj
    // Pokharel"; but "Chief Constable Alastair McWhirter").
    if (is(tokens[i], WordClass.givenName)) return i > lastRole + 1 && (isInitial(tokens[i - 1].text) || isUnknownWord(tokens[i - 1])) ? i - 1 : i;
  }
  // "Deputy Superintendent of Police Sabitri Gurung": after the words a title serves, two words or
  // more that no list or dictionary knows are the holder's name, a particle between them
  // included ("Minister of Fisheries Beinir av Skarði").
  let unknownFrom = tokens.length;
  while (unknownFrom > lastRole + 2 && (isUnknownWord(tokens[unknownFrom - 1]) || isUnknownAfterParticle(tokens[unknownFrom - 1]))) unknownFrom--;
  if (tokens.length - unknownFrom >= 2 && TITLE_CONNECTORS.has(tokens[lastRole + 1].connector)) return unknownFrom;
  const afterRole = tokens.length - (lastRole + 1);
  // "Governor of Svalbard Tone Kristiansen-Wu": one word served, then a given name and a surname no list knows.
  const servesOneWord = afterRole === 3 && TITLE_CONNECTORS.has(tokens[lastRole + 1].connector) && tokens[lastRole + 2].connector === '' && isUnknownWord(tokens[lastRole + 3]);
  if (servesOnePortfolio(tokens, lastRole)) return lastRole + 2;
  // "Head of the Insurance Department of the Financial Regulatory Commission D.Anujin": a father's initial joined to a given name is the whole name.
  if (afterRole > 1 && isPatronymicName(tokens[tokens.length - 1].text)) return tokens.length - 1;
  return afterRole > 3 || servesOneWord ? tokens.length - 2 : lastRole + 1;
}

/** Where the given names (at most two) before the particle at `particle` begin, after the title that ends at `lastRole`. */
function givenNamesBefore(tokens: readonly Token[], particle: number, lastRole: number): number {
  let start = particle - 1;
  while (start > lastRole + 1 && start > particle - 2 && tokens[start].connector === '' && !is(tokens[start - 1], WordClass.common | WordClass.orgHead | WordClass.role)) start--;
  return start;
}

/**
 * "Minister for Manpower Tan See Leng": one portfolio served, then three short words, a name of
 * three syllables as Chinese, Korean and Vietnamese names are written, any of which may be an
 * English word ("Tan", "See"). Two words after a portfolio name its holder
 * ("Minister for Foreign Affairs Vivian Balakrishnan": "Foreign" is no portfolio alone).
 */
function servesOnePortfolio(tokens: Token[], lastRole: number): boolean {
  if (tokens.length - (lastRole + 1) !== 4 || !TITLE_CONNECTORS.has(tokens[lastRole + 1].connector)) return false;
  const name = tokens.slice(lastRole + 2);
  return PORTFOLIOS.has(tokens[lastRole + 1].lower) && name.every((token) => token.connector === '' && token.text.length <= SYLLABLE_LENGTH && (token.classes & ~WordClass.common) === 0);
}

/** The longest word written as one syllable of a name in the Latin alphabet ("Leng", "Kung", "Seong"). */
const SYLLABLE_LENGTH = 5;

/** A word that neither the word lists nor the dictionary know, joined by a space to the one before. */
function isUnknownWord(token: Token): boolean {
  return token.connector === '' && token.classes === 0 && !isDictionaryWord(token.lower);
}

/** A word that neither the word lists nor the dictionary know, after a particle of a surname ("av" of "Beinir av Skarði"). */
function isUnknownAfterParticle(token: Token): boolean {
  return NAME_PARTICLES.has(token.connector) && token.classes === 0 && !isDictionaryWord(token.lower);
}
