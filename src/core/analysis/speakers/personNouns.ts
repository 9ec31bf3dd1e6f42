/**
 * Nouns of people: the endings that make a noun a person's ("lobbyist", "campaigner"), and the
 * nouns of unnamed sources that are people, who can be "he" or "she".
 */

/**
 * The endings of nouns for people: "lobbyist", "organiser", "campaigner", "librarian", "attendant",
 * "locksmith", "shipwright", "franchisee", but not the things that end in "-ee" ("committee", "guarantee").
 */
export const PERSON_SUFFIX = /(?:ist|er|or|ian|ant|smith|wright|(?<!hu|ger|ro|otto|cai)man|(?<!mitt|off|degr|guarant|decr|jubil|marqu|^tr|^kn|^thr|spr|pedigr|^f|^s|^b)ee)$/;

/** Unnamed sources that are people, who can be "he" or "she" (a report or a company cannot). */
export const PERSON_SOURCE = /\b(?:spokes(?:man|woman|person)|pals?|officials?|sources?|aides?|advis[eo]rs?|analysts?|experts?|executives?|insiders?|diplomats?|lawyers?|colleagues?|friends?|agents?|engineers?|delegates?|associates?|jurors?|all(?:y|ies)|confidante?|person|consultants?|brokers?|traders?|dealers?|bankers?|strategists?|economists?|observers?|critics?|supporters?|investors?|employees?|staffers?|researchers?|negotiators?|trustees?|mediators?|investigators?|controllers?|paramedics?|firefighters?|designers?|developers?|programmers?|contractors?|moderators?|couriers?|officers?|witness|resident|campaigners?|activists?|prosecutors?|doctor|physician|surgeon|pharmacist|midwife|nurse|teacher|reps?|representatives?|respondents?|student|parent|patient|fan|voter|customer|client|user|commenter|reader|viewer|listener|subscriber|shopper|passenger|commuter|motorist|protester|demonstrator|volunteer|man|woman|neighbou?r|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|dispatcher|caller|member|driver|worker|farmer|wholesaler|producer|buyer|seller|distributor|supplier|exporter|importer|grower|processor|pilot|soldier|conscript|deserter|owner|miner|tenant|survivor|(?:crew|team|shift|group|community|youth|church|village|tribal|clan|union)\s+leaders?|manager|supervisor|foreman|forewoman|labou?rer|picker|resident|villager|detainee|migrant|inmate|refugee|evacuee|fisherm[ae]n|mechanics?|pupils?|landlords?|clerks?|chefs?|scientists?)\b/i;
