/**
 * Nouns of people: the endings that make a noun a person's ("lobbyist", "campaigner"), whether a
 * phrase ends in one ("A skipper in Ålesund"), and the nouns of unnamed sources that are people,
 * who can be "he" or "she".
 */
import { FUNCTION_WORDS } from '../../text/lexicon';

/**
 * The endings of nouns for people: "lobbyist", "organiser", "campaigner", "librarian", "attendant",
 * "locksmith", "shipwright", "franchisee", but not the things that end in "-ee" ("committee", "guarantee").
 */
export const PERSON_SUFFIX = /(?:ist|er|or|ian|ant|smith|wright|(?<!hu|ger|ro|otto|cai)man|(?<!mitt|off|degr|guarant|decr|jubil|marqu|^tr|^kn|^thr|spr|pedigr|^f|^s|^b)ee)$/;

/** Unnamed sources that are people, who can be "he" or "she" (a report or a company cannot). */
export const PERSON_SOURCE = /\b(?:spokes(?:man|woman|person)|pals?|officials?|sources?|aides?|advis[eo]rs?|analysts?|experts?|executives?|insiders?|diplomats?|lawyers?|colleagues?|friends?|agents?|engineers?|delegates?|associates?|jurors?|all(?:y|ies)|confidante?|person|consultants?|brokers?|traders?|dealers?|bankers?|strategists?|economists?|observers?|critics?|supporters?|investors?|employees?|staffers?|researchers?|negotiators?|trustees?|mediators?|investigators?|controllers?|paramedics?|firefighters?|designers?|developers?|programmers?|contractors?|moderators?|couriers?|officers?|witness|resident|campaigners?|activists?|prosecutors?|doctor|physician|surgeon|pharmacist|midwife|nurse|teacher|reps?|representatives?|respondents?|student|parent|patient|fan|voter|customer|client|user|commenter|reader|viewer|listener|subscriber|shopper|passenger|commuter|motorist|protester|demonstrator|volunteer|man|woman|neighbou?r|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|dispatcher|caller|member|driver|worker|farmer|wholesaler|producer|buyer|seller|distributor|supplier|exporter|importer|grower|processor|pilot|soldier|conscript|deserter|owner|miner|tenant|survivor|(?:crew|team|shift|group|community|youth|church|village|tribal|clan|union)\s+leaders?|manager|supervisor|foreman|forewoman|labou?rer|picker|resident|villager|detainee|migrant|inmate|refugee|evacuee|fisherm[ae]n|mechanics?|pupils?|landlords?|clerks?|chefs?|scientists?)\b/i;

/**
 * "A skipper in Ålesund told me", "said a producer who asked not to be named": a noun for a person,
 * by its ending, that ends the phrase or comes before where the person is or a "who" that says it is one.
 */
export function isPersonNounEnding(word: string, lowerWords: readonly string[]): boolean {
  return PERSON_SUFFIX.test(word) && !FUNCTION_WORDS.has(word) && !ADVERBS_IN_ER.has(word) && endsNounPhrase(word, lowerWords);
}

/** Whether the word, past the first, ends the phrase or comes before where the source is or a "who". */
export function endsNounPhrase(word: string, lowerWords: readonly string[]): boolean {
  const at = lowerWords.indexOf(word);
  // ("One father visiting from Ipswich with two children": or a participle of where the person is from.)
  const participle = PARTICIPLE.test(lowerWords[at + 1] ?? '') && NOUN_QUALIFIER_OPENINGS.has(lowerWords[at + 2] ?? '');
  return at > 0 && (at === lowerWords.length - 1 || NOUN_QUALIFIER_OPENINGS.has(lowerWords[at + 1]) || participle);
}

const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/** Adverbs that end as a person's noun does: "One boater went further, describing". */
const ADVERBS_IN_ER: ReadonlySet<string> = new Set(['further', 'farther', 'rather', 'later', 'earlier', 'together', 'however', 'whatever', 'whenever', 'wherever', 'sooner', 'longer']);

/** Words after a source's noun that open what says who it is: "One producer with two shows running in the West End". */
const NOUN_QUALIFIER_OPENINGS: ReadonlySet<string> = new Set(['in', 'from', 'who', 'with', 'at', 'on', 'near']);
