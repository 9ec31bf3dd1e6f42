/**
 * Typing a name from the words around it: the words just before and after a name ("AI firm
 * Anthropic", "Anthropic spokesperson", "its model, Claude", "in Kent"), what it is called or
 * based in, the work it stars in, an age or a place after it, and a name that speaks in the first
 * person in the quotation it is given.
 */
import type { EntityType } from '../model';
import { appositiveNoun } from '../../text/appositions';
import { isGivenName } from '../../text/gazetteer';
import { DEMONYMS, FIRM_TRADE_WORDS, KIN_NOUNS, ORG_CUES, ORG_INTRODUCERS, PERSON_INTRODUCERS, PLACE_CUES, PLACE_PREPOSITIONS, PRODUCT_CUES, ROLE_WORDS } from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { FIRM_STAFF_BEFORE_NAME } from '../cues';
import { STOCK_TICKER_IN_BRACKETS } from '../../text/names';
import { WordClass, wordClasses } from '../../text/wordClasses';
import { isApostrophe, isAsciiLetter, isPossessiveAt, startsWithCapital, wordAfter, wordBefore } from '../../text/words';
import { isWhiteSpace, OPENING_BRACKET } from './mentions';
import { isBodyRelativeAfter, isNewspaperShortName, isNoPersonAfterThe, isSourcesBody, PEOPLE_IN_APPOSITION } from './nameWords';

/** "Chilean lithium producer Salar Andino (SAND.SN)": a name with a ticker after it is a listed company's. */
const TICKER_AFTER = new RegExp(String.raw`^\s+${STOCK_TICKER_IN_BRACKETS}`, 'u');

export const POSSESSIVE_ENDING = /['’]s\s+$/u;

/** "an app called Sprigwise Prep", "a firm named Castellan", "a man called Mo": the noun that something is called by types it. */
function nounNaming(text: string, start: number): EntityType | undefined {
  const noun = NOUN_NAMING.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  if (noun === undefined) return undefined;
  if (PRODUCT_CUES.has(noun)) return 'other';
  if (ORG_INTRODUCERS.has(noun)) return 'organization';
  return PERSON_INTRODUCERS.has(noun) ? 'person' : undefined;
}

const OUTLET_THE_BEFORE = /\b(?:told|by)\s+The\s+$/;

/** Whether "The" and white space stand right before `start`: read back by character, as it is asked of most names. */
function followsWordThe(text: string, start: number): boolean {
  let at = start - 1;
  if (!isWhiteSpace(text, at)) return false;
  while (at > 0 && isWhiteSpace(text, at)) at--;
  return text.startsWith('The', at - 2);
}
const BODY_KINDS_IN_APPOSITION: ReadonlySet<string> = new Set(['association', 'federation', 'confederation', 'coalition', 'alliance', 'society', 'foundation', 'institute', 'cooperative', 'co-operative', 'movement', 'network', 'forge', 'foundry', 'factory', 'mill', 'sawmill', 'brewery', 'distillery', 'winery', 'refinery', 'shipyard']);

const NOUN_NAMING = /\b(\p{Ll}+),?\s+(?:called|named|dubbed)\s+$/u;

/**
 * "Asked whether a second failure would sink the programme, Cunha-Valente was careful": the comma
 * before the name closes a clause opening the sentence, so the noun before it is no apposition.
 */
function closesOpeningClause(text: string, nameStart: number): boolean {
  return OPENING_CLAUSE_BEFORE.test(text.slice(Math.max(0, nameStart - 120), nameStart));
}

/** "Lumivista's head of global film, Dariusz Kaminski-Frost,": the noun before the comma is the department a role heads, not a work. */
function endsRoleOverDepartment(text: string, nameStart: number): boolean {
  const role = ROLE_OVER_DEPARTMENT.exec(text.slice(Math.max(0, nameStart - 60), nameStart));
  return role !== null && ROLE_WORDS.has(role[1].toLowerCase());
}

const ROLE_OVER_DEPARTMENT = /(\p{L}+)\s+of\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+$/u;

// "Contacted over the phone,", "Speaking by phone,": a participle's clause opens the sentence too;
// so does a phrase setting a scene ("Under the old model, Glidepath paid drivers").
const OPENING_CLAUSE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)(?:Asked|When|If|After|Before|While|Although|Though|Because|Since|As|Once|Unless|Until|Despite|Under|Unlike|Like|With|Without|Besides|Beyond|\p{Lu}\p{Ll}+(?:ed|ing))\s[^.!?\n,"“”]*,\s+$/u;

/**
 * "Her coach at the Lakeshore Dolphins Swim Club, Grzegorz Wolański,": a capitalised noun before the
 * comma ends a body's name, and the name after it describes someone else.
 */
function endsNameBeforeComma(text: string, start: number, word: string): boolean {
  const comma = text.lastIndexOf(',', start);
  return startsWithCapital(text.slice(comma - word.length, comma));
}

/** Whether a given name and a surname come right before " of " at `start`: "Yusuf Demirci of ". */
function personBeforeOf(text: string, start: number): boolean {
  const named = PERSON_BEFORE_OF.exec(text.slice(Math.max(0, start - 50), start));
  return named !== null && isGivenName(named[1].toLowerCase());
}

const PERSON_BEFORE_OF = /(?:^|[^\p{L}'’-])(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+\s+of\s+$/u;

const US_STATE_CODES: ReadonlySet<string> = new Set(`AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC
SD TN TX UT VT VA WA WV WI WY DC`.split(/\s+/));

function isStateCodeAfterTown(text: string, start: number, end: number): boolean {
  return end - start === 2 && US_STATE_CODES.has(text.slice(start, end)) && TOWN_AND_COMMA_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

const TOWN_AND_COMMA_BEFORE = /\p{Lu}[\p{L}.'’-]*,\s$/u;

const LOWER_CASE_LEGAL_FORM_AFTER = /^ (?:spa|s\.p\.a\.|srl|s\.r\.l\.)(?![\p{L}])/u;

const REGION_OFFICE_AFTER = /^ (?:Regional|Provincial) (?:Minister|Commissioner|Governor|Administrator|Coordinating Director|Police Commander)\b/;

const LOWER_CASE_WORD_AFTER_POSSESSIVE = /^['’]s?\s+\p{Ll}/u;

/** "The director of ", "the founder of ": someone who runs a business, before its name (not "the mayor of", whose town is a place). */
const RUNNING_VERBS: ReadonlySet<string> = new Set(['runs', 'ran', 'owns', 'owned', 'founded', 'co-founded', 'manages', 'managed']);
/** "who runs ", "she now owns ", "and co-founded ": a person's verb of running a business, right before its name. */
const RUN_BY_PERSON_BEFORE = /\b(?:who|he|she|and)\s+(?:now\s+|also\s+|still\s+)?\S+\s+$/;
const BUSINESS_HEAD_OF_BEFORE = /\b(?:director|chairman|chairwoman|chairperson|founder|co-founder|owner|co-owner|proprietor|manager|boss)\s+of\s+$/i;
/** "the church of ", "the parish priest of ": a church or a parish, or its clergy, before the name it goes by. */
const CHURCH_OF_BEFORE = /\b(?:church|chapel|cathedral|basilica|parish|priest|vicar|rector|curate|pastor)\s+of\s+$/i;
/** ", Rui Pedro Sarmento,": a capitalised name set off by commas after another name. */
const NAME_IN_APPOSITION_AFTER = /^,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+,/u;

/** Reads the words just before and after a name: "AI firm Anthropic", "Anthropic spokesperson", "its model, Claude", "in Strasbourg". */
export function contextType(text: string, start: number, end: number): EntityType | undefined {
  const before = wordBefore(text, start);
  const previous = before?.word;
  const next = wordAfter(text, end);
  const based = basedType(text, start, end);
  if (based) return based;
  if (speaksInFirstPerson(text, start, end)) return 'person';
  if (text.startsWith(' (', end) && TICKER_AFTER.test(text.slice(end, end + 24))) return 'organization';
  // "Spartanburg, SC", "GREENVILLE, SC –": a US state's postal code after a town is the state.
  if (isStateCodeAfterTown(text, start, end)) return 'place';
  // "Flegrea Terminal spa", "Nuova Darsena srl": the Italian press writes a firm's legal form in lower case, after its name.
  if (text.startsWith(' s', end) && LOWER_CASE_LEGAL_FORM_AFTER.test(text.slice(end, end + 8))) return 'organization';
  // "told The Tab", "seen by The Tab": a capitalised "The" inside a sentence opens a title, here an outlet's.
  if (followsWordThe(text, start) && OUTLET_THE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'organization';
  // "a reporter on the Chronicle": a newspaper's title word alone after "the" is the paper.
  if (isNewspaperShortName(text, start, end)) return 'organization';
  // "Northmere Student Living, which operates 14 buildings": a name that runs, owns or employs is a body.
  if (isBodyRelativeAfter(text, end)) return 'organization';
  // "says Anne-Laure Chappuis, who runs Boîtes Chappuis", "Mark Tolhurst, who runs Bewl Ridge Estate": what a person runs, owns or founded is a body.
  // (A name of one word there is more often the short form of a body named before, which grouping gives its type.)
  if (previous !== undefined && RUNNING_VERBS.has(previous) && text.slice(start, end).includes(' ') && RUN_BY_PERSON_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'organization';
  // "The director of Mesa Lusa Gourmet, Rui Pedro Sarmento,": what a director, a founder or an owner named beside it runs is a body.
  if (previous === 'of' && BUSINESS_HEAD_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && NAME_IN_APPOSITION_AFTER.test(text.slice(end, end + 60))) return 'organization';
  // "the church of La Merced", "The parish priest of La Merced, Father …": a church, or the parish it serves, is a place.
  if (previous === 'of' && CHURCH_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return 'place';
  if (previous && PERSON_INTRODUCERS.has(previous) && !before?.comma && !isBodyIntroducer(text, start, previous)) return 'person';
  // "Tilley's younger brother, Andre,": a relative named in apposition; "who gave only her
  // surname, Cheng,": a person's name so introduced.
  if (previous && before?.comma && (KIN_NOUNS.has(previous) || previous === 'surname' || previous === 'name')) return 'person';
  // "from Abilkairova's mother": only a person has a mother or a son (a firm may have a partner).
  // (Not "Palma de Mallorca's Son Sant Joan Airport": the noun is in lower case.)
  if (next && KIN_NOUNS.has(next) && next !== 'partner' && isPossessiveAt(text, end) && LOWER_CASE_WORD_AFTER_POSSESSIVE.test(text.slice(end, end + 6))) return 'person';
  // "A 17-year-old volunteer surnamed Tsai": the East Asian press names someone by surname only.
  if (previous === 'surnamed') return 'person';
  // "Another driver, who only wanted to be identified as Azrul,": so does a source who gives only a first name.
  if (previous === 'as' && NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'person';
  // "Its president, Comfort Nkeng-Achu,": a body's office holder, named in apposition in full ("His previous adviser, JPMorgan," is a firm).
  if (previous && before?.comma && ROLE_WORDS.has(previous) && text.slice(start, end).includes(' ') && POSSESSED_ROLE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return 'person';
  // "Labour's Māori Crown relations spokesperson": a portfolio a party's spokesperson holds, no one's name.
  if (text.charCodeAt(start - 2) === 115 && POSSESSIVE_ENDING.test(text.slice(Math.max(0, start - 3), start)) && PORTFOLIO_THEN_SPOKESPERSON.test(text.slice(end, end + 40))) return 'other';
  // "Eleven-year-old Danylo, a sixth-grader,", "the 25-year-old Okafor said": a name right after an
  // age is the person of that age (not "the 19-year-old Chelsea midfielder", whose noun follows).
  if (followsAgeAdjective(text, start) && NOTHING_DESCRIBED_AFTER.test(text.slice(end, end + 12))) return 'person';
  // "Shelley Gorman, 38, of Harton, who told": where a person named with an age is from.
  if (isAgeThenFromBefore(text, start)) return 'place';
  // "Ashmoor, who finished sixth last season, have scored just four goals": a club that British
  // prose takes as plural, past the clause on it.
  if (text.startsWith(',', end) && CLUB_PLURAL_AFTER_CLAUSE.test(text.slice(end, end + 160))) return 'organization';
  // "who", and "the Trump administration": only a president or a governor has one; "Rusdin, 61,": an age.
  // But in "a teacher from Lutsava who now runs", "who" is the teacher.
  // Nor in "an employment partner at Rennick Shaw who has advised manufacturers": the one who works there.
  // ("Highlanders of Laya and Lunana who returned": nor in a pair of places after "of" or "in".)
  const personWho = next === 'who' && !(previous && PLACE_PREPOSITIONS.has(previous) && previous !== 'to') && !PLACE_PAIR_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !isNoPersonAfterThe(text, start, end)
    && !(previous === 'at' && worksAt(text, start)) && !isSourcesBody(text, start);
  if (personWho || next === 'administration' || isAgeAfter(text, end)) return 'person';
  // "Kalyani of Anuppanadi, who had come to the market": a one-word name, then "of" and where the
  // person is from, before a "who" clause, as Indian papers name people ("Fejuve of Cochabamba said" is a federation).
  if (PLACE_OF_PERSON.test(text.slice(end, end + PLACE_OF_PERSON_REACH)) && isUnknownSingleWord(text.slice(start, end))) return 'person';
  // ("Muthu of Melur said", "Fejuve of Cochabamba said": where the one named before "of" is from, or works, is a place.)
  if (previous === 'of' && ONE_WORD_NAME_BEFORE_OF.test(text.slice(Math.max(0, start - 24), start)) && DEED_AFTER_PLACE.test(text.slice(end, end + 12))) return 'place';
  const named = previous === 'called' || previous === 'named' || previous === 'dubbed' ? nounNaming(text, start) : undefined;
  if (named) return named;
  // "Dairy processor Piena Ceļš": someone who processes food is a firm, not a chip.
  if (previous === 'processor' && FOOD_PROCESSOR_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return 'organization';
  // "starred in Jean-Pierre Jeunet's A Very Long Engagement": a possessive names the work's author.
  if ((previous && PRODUCT_CUES.has(previous) && !(before?.comma && (closesOpeningClause(text, start) || endsRoleOverDepartment(text, start)))) || workNounBeforeThe(text, start) || (namesWorkBefore(text, start, before) && !isPossessiveAt(text, end))) return 'other';
  // "the ChatGPT maker", "Durex maker SSL": what a maker makes is a product; but the possessor of
  // one makes it ("Ilinca Muresanu's film").
  if (next && ((PRODUCT_CUES.has(next) && next !== 'system') || next === 'maker' || next === 'makers') && !isPossessiveAt(text, end)) return 'other';
  // "Former Holby City actor Jeremy Edwards": a show's or a film's cast ("Bolton star" is a club's player).
  if (next && CAST_NOUNS.has(next) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(text.slice(end, end + 40))) return 'other';
  const described = appositiveNoun(text, end);
  if (described && PRODUCT_CUES.has(described) && !FOOD_PROCESSOR_AFTER.test(text.slice(end, end + 40))) return 'other';
  // ("The Clubrat Berlin, an association that represents 300 venues": a body's kind in apposition, whatever place its name ends in.)
  if (described && (ORG_INTRODUCERS.has(described) || BODY_KINDS_IN_APPOSITION.has(described))) return 'organization';
  // "grew up in Rotterdam, the son of a welder": after a place's preposition, the apposition is the sentence's subject's.
  // ("She drove to Carbonear", "rode through Rhayader": where someone goes, after a verb of going.)
  const afterPlacePreposition = previous !== undefined && !before?.comma && ((PLACE_PREPOSITIONS.has(previous) && previous !== 'to') || (GOING_PREPOSITIONS.has(previous) && WENT_TO_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !isGivenNameAndSurname(text.slice(start, end))));
  // ("When asked by the AZ, a spokesman for …": nor after "the", which a person's bare name does not take.)
  if (described && PEOPLE_IN_APPOSITION.has(described) && !afterPlacePreposition && previous !== 'the') return 'person';
  if (next && ORG_CUES.has(next)) return 'organization';
  if (next && PLACE_CUES.has(next)) return 'place';
  // "The Ashanti Regional Minister", "the Western Cape Provincial Commissioner": a region's minister or governor.
  if ((text.startsWith(' Regional ', end) || text.startsWith(' Provincial ', end)) && REGION_OFFICE_AFTER.test(text.slice(end, end + 40))) return 'place';
  if (next === 'in' && isInCounty(text, end)) return 'place';
  // "The current chair of the cooperative, Farid Haddad,": the apposition names who holds the role, not the body it is of.
  if (previous && before?.comma && ORG_INTRODUCERS.has(previous) && text.slice(start, end).includes(' ') && holdsRoleOfBodyBefore(text, start)) return 'person';
  // "CEO and publisher Grant Whitcombe", "the community's water operator, Terrence Beardy,": a calling
  // that is also a firm's, before a given name and a surname, describes a person.
  // (But "the rights to Prozac from its maker, Eli Lilly": what a thing's maker is, is a firm.)
  if (previous && PERSONAL_CALLINGS.has(previous) && isGivenNameAndSurname(text.slice(start, end)) && !ITS_MAKER_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return 'person';
  // "Crane operator Mikalai Zhauryd": whoever works a machine is a person, whatever their given name.
  if (previous === 'operator' && MACHINE_OPERATOR_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'person';
  if (previous && ORG_INTRODUCERS.has(previous) && !(before?.comma && endsNameBeforeComma(text, start, previous))) return 'organization';
  if (previous === 'from' && FIRM_STAFF_BEFORE_NAME.test(text.slice(Math.max(0, start - 30), start))) return 'organization';
  // ("A local business, Humber Arm Auto Glass, has pledged $2,500": a business in apposition, not "business" the topic.)
  if (previous === 'business' && A_BUSINESS_BEFORE_NAME.test(text.slice(Math.max(0, start - 40), start))) return 'organization';
  if ((previous === 'at' && worksAt(text, start)) || (previous === 'with' && WORKS_WITH.test(text.slice(Math.max(0, start - 30), start)))) return 'organization';
  if (previous && PLACE_INTRODUCERS.has(previous) && !before?.comma) return 'place';
  // "in Vasquez-Lind v. Ebersole": a party to a case, wherever the case is heard.
  // ("came from Mereana Tautahi-Ngata": a given name and a double-barrelled surname name a person.)
  // ("the most requested feature in Glidepath history": a name before the noun it qualifies is no place either.)
  if (afterPlacePreposition && !CASE_PARTY_AFTER.test(text.slice(end, end + 5)) && !DOUBLE_BARRELLED_NAME.test(text.slice(start, end))
    && !QUALIFIED_NOUN_AFTER.test(text.slice(end, end + 12))) return 'place';
  if (previous === 'for' && CONSTITUENCY_OF.test(text.slice(Math.max(0, start - 16), start))) return 'place';
  if (previous === 'of' && PEOPLE_OF.test(text.slice(Math.max(0, start - 24), start))) return 'place';
  // "The chief executive of Nordhav Akva": a firm's office is held at a firm.
  if (previous === 'of' && FIRM_OFFICE_OF.test(text.slice(Math.max(0, start - 28), start))) return 'organization';
  // "Yusuf Demirci of Cornwall Insight said": a name of two words or more after a person's name and
  // "of" is where they work (a town so written is one word, or has a place's head: "of Overland Park").
  if (previous === 'of' && text.slice(start, end).includes(' ') && personBeforeOf(text, start)) return 'organization';
  if ((previous === 'of' || previous === 'and') && PLACE_OF.test(text.slice(Math.max(0, start - 80), start))) return 'place';
  return undefined;
}

export const DOUBLE_BARRELLED_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const CASE_PARTY_AFTER = /^ v\.? \p{Lu}/u;

/** "drove to ", "moved back to ", "rode through ": a verb of going, then where to. */
// (Not "went to" or "came to", which prizes and shares do too: "The prize went to Iwona Sadowska".)
/** The words `WENT_TO_BEFORE` ends with: the word before a name says first whether the pattern can match. */
const GOING_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'through', 'into', 'towards', 'toward']);
const WENT_TO_BEFORE = /\b(?:drove|drives|drive|driving|travell?ed|travels|moved|moves|rode|rides|walked|flew|returned|returns|headed|heads|commutes?|commuted|relocated|emigrated|cycled|sailed|fled)\s+(?:back\s+|home\s+|on\s+|north\s+|south\s+|east\s+|west\s+)?(?:to|through|into|towards|toward)\s+$/;

/** "A local business, ", "one family business, ": a business introduced before its name. */
const A_BUSINESS_BEFORE_NAME = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}business,\s+$/u;
const NAME_GIVEN_BEFORE = /(?:\b(?:identified|introduced|named)\s+(?:himself|herself|themselves)|\bname|\bto\s+be\s+(?:identified|named|called|known))\s+(?:only\s+)?as\s+$/;
const MACHINE_OPERATOR_BEFORE = /\b(?:crane|machine|forklift|camera|radio|drone|lathe|winch|excavator|digger|loom|switchboard|pump|boiler|bulldozer|tractor)\s+operator\s+$/i;

/** Nouns for a firm that also name a person's calling: "publisher Grant Whitcombe", "publisher Penguin Random House". */
const ITS_MAKER_BEFORE = /\bits\s+maker,?\s+$/;
const PERSONAL_CALLINGS: ReadonlySet<string> = new Set(['publisher', 'operator', 'broadcaster', 'broker', 'brewer', 'maker']);

/** " history", " records": a noun after a name, which the name qualifies. */
const QUALIFIED_NOUN_AFTER = /^ (?:history|records?|lore|folklore)\b/;

/** What a processor of food processes: "fish", "dairy". */
const PROCESSED_FOODS = 'fish|seafood|meat|poultry|dairy|milk|grain|cashew|cocoa|coffee|food';

/** ", a fish processor from Hann": someone who processes food is no chip. */
const FOOD_PROCESSOR_AFTER = new RegExp(String.raw`^,\s+an?\s+(?:${PROCESSED_FOODS})\s+processor\b`);

/** "Dairy processor " before a name. */
const FOOD_PROCESSOR_BEFORE = new RegExp(String.raw`\b(?:${PROCESSED_FOODS})\s+processor\s+$`, 'i');

/** "Grant Whitcombe": a given name the lists know and one more word, as a person's name is written. */
function isGivenNameAndSurname(name: string): boolean {
  const words = name.split(' ');
  return words.length === 2 && isGivenName(words[0].toLowerCase()) && (wordClasses(words[1].toLowerCase()) & (WordClass.orgHead | WordClass.otherHead | WordClass.place)) === 0 && !FIRM_TRADE_WORDS.has(words[1].toLowerCase());
}

/** Whether the words before a name's comma are a role of a body: "The leader of the opposition Independent Forum group, ". */
function holdsRoleOfBodyBefore(text: string, start: number): boolean {
  const role = ROLE_OF_BODY_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1];
  return role !== undefined && ROLE_WORDS.has(role.toLowerCase());
}

const ROLE_OF_BODY_BEFORE = /\b(\p{L}+)\s+of\s+(?:the|its|their|this|that)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+,\s+$/u;

const POSSESSED_ROLE_BEFORE = /(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\p{L}['’]s?)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s+$/u;

/** ", who …, have": a relative clause set off by commas, then a plural verb the name governs. */
const CLUB_PLURAL_AFTER_CLAUSE = /^,\s+who\s[^,.;:"“”]{1,120},\s+(?:have|are|were)\s/;

const PORTFOLIO_THEN_SPOKESPERSON = /^(?:\s+\p{Ll}+){1,2}\s+spokes(?:person|man|woman)\b/u;

/** An age, up to 119 ("Sportwagon, 166," is a list of models). */
const AGE = String.raw`(?:1[01]\d|[1-9]?\d)`;

/** Whether an age ends right before the name: "Eleven-year-old Danylo", "the 25-year-old Okafor". */
function followsAgeAdjective(text: string, start: number): boolean {
  // Most names follow no age: whether "-year-old" ends a character before the name tells before the pattern runs.
  return text.startsWith(YEAR_OLD, start - YEAR_OLD.length - 1) && AGE_ADJECTIVE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const YEAR_OLD = '-year-old';
/** "Eleven-year-old ", "the 25-year-old " right before a name. */
const AGE_ADJECTIVE_BEFORE = /(?:^|[\s(])(?:\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)-year-old\s$/;
/** What may follow a name the age before it describes: punctuation or a verb, no noun it would qualify. */
const NOTHING_DESCRIBED_AFTER = /^(?:[,.;:)]|\s+(?:was|is|has|had|said|says|told|added|who|and)\b)/;
/** ", 38, of " before a name: the age of the person named before it, then where they are from. */
const AGE_THEN_FROM_BEFORE = new RegExp(String.raw`,\s?${AGE},\s(?:of|from)\s$`);

/** "Shelley Gorman, 38, of Harton": "of" or "from" and a space right before the name tell most names apart before the pattern runs. */
function isAgeThenFromBefore(text: string, start: number): boolean {
  return (text.startsWith('of', start - 3) || text.startsWith('from', start - 5)) && AGE_THEN_FROM_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** "of Laya and ": the first of a pair of places after a preposition, before the second. */
const PLACE_PAIR_BEFORE = /\b(?:of|in|from|near)\s+\p{Lu}[\p{L}'’-]*\s+and\s+$/u;

/** ", 61," after a name: an age; or ", a 19-year-old"; or " (47)," in brackets, as Indonesian papers write it. */
const AGE_AFTER = new RegExp(String.raw`^(?:,\s?(?:${AGE},|an?\s${AGE}-year-old\b)|\s\(${AGE}\)[,\s])`);

/** Whether an `AGE_AFTER` follows `end`: only after a comma or a bracket, which rule most names out before the pattern runs. */
function isAgeAfter(text: string, end: number): boolean {
  return (text.charCodeAt(end) === 44 || text.charCodeAt(end + 1) === OPENING_BRACKET) && AGE_AFTER.test(text.slice(end, end + 20));
}

/**
 * "the town of Brackwell", "the London boroughs of Hillingdon and Wandsworth", "just east of Galva",
 * "the outskirts of Goma", "the commercial hub of Kochi", "its northern stronghold of Kozhikode".
 */
const PLACE_OF = /\b(?:towns?|city|cities|villages?|boroughs?|county|counties|provinces?|states?|regions?|districts?|islands?|suburbs?|outskirts|hub|stronghold|heartland|capital|(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,\s+|\s+and\s+))*$/u;

/**
 * "Cottenham in Cambridgeshire": what lies in a county is a town or a village. Only counties: a
 * firm or a reporter is often placed in a city ("Lehman Brothers in Tokyo", "Liffe in London").
 */
function isInCounty(text: string, end: number): boolean {
  return /^\s+in\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+shire\b/u.test(text.slice(end, end + 40));
}

/** "an economist with MM Warburg": a trade, then the firm it is practised with. */
const WORKS_WITH = /\b(?:analyst|economist|strategist|director|partner|researcher|lawyer|executive|consultant|broker|trader|dealer)\s+with\s+$/;

/** "economist at Merrill Lynch", "David Anders at Goodbody Stockbrokers": someone works at a firm. */
function worksAt(text: string, start: number): boolean {
  return /(?:\p{Lu}[\p{L}'’-]+|\b(?:analyst|analysts|economist|economists|strategist|director|partner|professor|researcher|lawyer|executive|chairman|head|chief|spokesman|spokeswoman|dealer|trader|manager)),?\s+at\s+$/u
    .test(text.slice(Math.max(0, start - 40), start));
}

/** Nouns for a show's or a film's cast, which follow its name ("Holby City actor"). */
const CAST_NOUNS: ReadonlySet<string> = new Set(['actor', 'actress', 'presenter']);

/** Words that introduce a place's name: "the Cameroon capital Yaounde", "the town Minety", "downtown Phoenix". */
const PLACE_INTRODUCERS: ReadonlySet<string> = new Set(['capital', 'city', 'town', 'village', 'suburb', 'resort', 'port', 'island', 'province', 'region', 'downtown', 'suburban', 'neighbouring', 'neighboring']);

/** "the people of Engerwitzdorf", "residents of Fallujah": people live in a place; "the mayor of Horní Vltavice": a mayor holds office over one. */
const PEOPLE_OF = /\b(?:people|residents|citizens|inhabitants|villagers|townspeople|mayor|prefect|governor)\s+of\s+$/;

/** The offices at the head of a firm, before "of" and its name. */
const FIRM_OFFICE_OF = /\b(?:chief\s+executive|managing\s+director|chief\s+(?:operating|financial|technology)\s+officer|chairman|chairwoman|(?:co-)?founder|CEO)\s+of\s+$/i;

/** "the MP for Wantage", "Member for Grantham": a legislator sits for a place. */
const CONSTITUENCY_OF = /\b(?:MPs?|MEPs?|MSPs?|AM|[Mm]ember)\s+for\s+$/;

/**
 * "The Santa Clara-based company", "the London-based firm", "Chennai-based Tata": what a body is
 * based in is a place. A lone word must be followed by a body's noun or name, as "Linux-based
 * system" names no place.
 */
function basedType(text: string, start: number, end: number): EntityType | undefined {
  if (!text.startsWith('-based', end)) return undefined;
  const after = text.slice(end, end + 30);
  const noun = /^-based\s+(\p{Ll}+)/u.exec(after)?.[1];
  // "Chennai-based Tata": the body itself, by name, follows.
  const bodyNamed = /^-based\s+\p{Lu}/u.test(after);
  // "a Newport-based athlete", "a Columbus-based developer"; not "a Linux-based system".
  return text.slice(start, end).includes(' ') || bodyNamed || (noun !== undefined && !BUILT_ON_NOUNS.has(noun)) ? 'place' : undefined;
}

/** What is based on a product rather than in a place: "a Linux-based machine", "Windows-based portable devices", "ILO-based figures". */
const BUILT_ON_NOUNS: ReadonlySet<string> = new Set([
  'machine', 'machines', 'system', 'systems', 'operating', 'portable', 'memory', 'figures', 'estimates', 'data', 'device', 'devices', 'computer', 'computers',
  'phone', 'phones', 'handset', 'handsets', 'version', 'versions', 'platform', 'platforms', 'technology', 'technologies', 'server', 'servers', 'model', 'models',
  'approach', 'design', 'designs', 'tools', 'applications', 'apps',
]);

/**
 * "appeared in Die Another Day", "starred in Troy", "the sequel to X", "games such as Populous,
 * Theme Park and Dungeon Keeper": words before a name that only a work follows ("a role in" may
 * precede a team or a firm).
 */
export function namesWorkBefore(text: string, start: number, before: { word: string; comma: boolean } | undefined): boolean {
  // The word before the name decides first which pattern can match: this runs for most names.
  if (before === undefined) return false;
  const previous = before.word;
  const lead = previous === 'the' ? wordBefore(text, start - 4)?.word : previous;
  if (!before.comma && (lead === 'in' || lead === 'to' || lead === 'of') && WORK_LEAD.test(text.slice(Math.max(0, start - 40), start))) return true;
  // "her role in Closer", but not "a role in the Tigers": a part is played in a work named bare.
  if (!before.comma && previous === 'in' && /\broles?\s+in\s+$/.test(text.slice(Math.max(0, start - 12), start))) return true;
  // "The song, titled Grief Never Grows Old": what a title is given names a work.
  if (!before.comma && (previous === 'titled' || previous === 'entitled')) return true;
  // A capitalised word before the name may be part of the title the name was cut from ("including Are You Lonesome Tonight").
  if (!(before.comma || previous === 'the' || LIST_WORDS.has(previous) || capitalisedWordBefore(text, start))) return false;
  const window = text.slice(Math.max(0, start - 140), start);
  return (window.includes('such as') || window.includes('including') || window.includes(' like ')) && WORK_LIST.test(window);
}

/** Whether the word before `start` ("EA's", "Are") opens with a capital: read back over letters and apostrophes. */
function capitalisedWordBefore(text: string, start: number): boolean {
  let i = start - 2;
  const limit = Math.max(0, start - 30);
  while (i > limit && (isAsciiLetter(text.charCodeAt(i - 1)) || isApostrophe(text.charCodeAt(i - 1)))) i--;
  const code = text.charCodeAt(i);
  return code >= 65 && code <= 90;
}

/** The words that lead into the next item of a list: "such as", "including", "like", "and". */
const LIST_WORDS: ReadonlySet<string> = new Set(['as', 'including', 'like', 'and']);

const WORK_LEAD = /\b(?:(?:cameo|starred|stars|appeared|appears|appearing)\s+in|(?:sequel|prequel|follow-up)\s+to|(?:star|stars|creator)\s+of)\s+(?:the\s+)?$/;
/** A plural noun for works, then "such as", "including" or "like", then only names, commas and "and" up to the name. */
const WORK_LIST = /\b(?:films|movies|games|albums|songs|singles|shows|series|books|novels|titles|hits|plays|musicals)\b[^.;:!?]{0,60}?\b(?:such as|including|like)\s+(?:[\p{Lu}\d][\p{L}\d'’&-]*(?:\s+|,\s*|\s+and\s+))*$/u;

/** "biopic The Aviator", "the film The Incredibles": a work's noun before a title that opens with "The". */
function workNounBeforeThe(text: string, start: number): boolean {
  if (!text.startsWith('The ', start - 4)) return false;
  const noun = /(\p{Ll}+)\s+The\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return noun !== undefined && PRODUCT_CUES.has(noun);
}

/**
 * "its rival Huawei", "Chinese rival Huawei": a noun that introduces people and bodies alike
 * introduces a body after "its" or a nationality, a person after "his" or "her".
 */
function isBodyIntroducer(text: string, nameStart: number, introducer: string): boolean {
  if (!ORG_INTRODUCERS.has(introducer)) return false;
  const determiner = /(\p{L}+)\s+\p{L}+\s+$/u.exec(text.slice(Math.max(0, nameStart - 40), nameStart))?.[1].toLowerCase();
  return determiner === 'its' || determiner === 'their' || (determiner !== undefined && DEMONYMS.has(determiner));
}

/**
 * ""I always dreamed of a five-for at this ground," Gamlath said": a name that says "I" in the
 * quotation it attributes is a person's; a body's spokesperson speaks as "we".
 */
function speaksInFirstPerson(text: string, start: number, end: number): boolean {
  // Most names stand by no verb of speech: the few characters around them tell.
  // ("…," said Aviator star Alan Alda": after the verb, only a name the clause ends with.)
  const verbBefore = CLAUSE_END_AFTER.test(text.slice(end, end + 2)) ? SAID_BEFORE_NAME.exec(text.slice(Math.max(0, start - SAID_REACH), start)) : null;
  if (!verbBefore && !SAID_AFTER_NAME.test(text.slice(end, end + SAID_REACH))) return false;
  const before = text.slice(Math.max(0, start - FIRST_PERSON_REACH), verbBefore ? start - verbBefore[0].length : start);
  const closing = before.search(CLOSING_MARK_AT_END);
  if (closing < 0) return false;
  const opening = Math.max(before.lastIndexOf('"', closing - 1), before.lastIndexOf('“', closing - 1));
  return opening >= 0 && FIRST_PERSON_SINGULAR.test(before.slice(opening + 1, closing));
}

const FIRST_PERSON_REACH = 300;
const SAID_REACH = 12;
const SAID_AFTER_NAME = /^\s+(?:said|says|told|added|recalled|explained|admitted)\b/;
const SAID_BEFORE_NAME = /\s+(?:said|says|added|recalled|explained|admitted)\s+$/;
const CLAUSE_END_AFTER = /^(?:[,.;:]|\s*$)/;
const CLOSING_MARK_AT_END = /[,.!?]["”]\s*$/;
const FIRST_PERSON_SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself)\b/;

/** " of Anuppanadi, who": where someone is from, then a relative clause on them. */
const PLACE_OF_PERSON = /^ of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?, who\b/u;
const PLACE_OF_PERSON_REACH = 48;
const DEED_AFTER_PLACE = /^(?:, who\b| (?:said|says|told|added)\b)/;
/** "Kalyani of ": a one-word name opening its sentence or clause, before "of". */
const ONE_WORD_NAME_BEFORE_OF = /(?:^|[.!?]\s+|\n|,\s+)\p{Lu}\p{Ll}[\p{L}'’-]* of $/u;

/** A capitalised word no list knows and no dictionary has: "Kalyani", not "Friends", "Mayor" nor "ACLU". */
function isUnknownSingleWord(name: string): boolean {
  const lower = name.toLowerCase();
  return CAPITALISED_WORD.test(name) && wordClasses(lower) === 0 && !isDictionaryWord(lower);
}

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u;
