/**
 * Typing a name from its own words first: a person, an organisation, a place or something else
 * (a work, an event, a product) by the gazetteers, its head noun, its shape (Title Case, a plural
 * after "the", a town before a state, a call sign, a dateline), a possessive before it, and only
 * then by the words around it.
 */
import type { EntityType } from '../model';
import { appositiveNoun } from '../../text/appositions';
import { AP_STATES, isGivenName, OUTLETS, PEOPLE_SURNAMES, PLACES } from '../../text/gazetteer';
import {
  BANDED_PEOPLE, CLUB_ENDINGS, CLUB_OPENINGS, FAMILY_NAMES_FIRST, FIRM_TRADE_WORDS, FUNCTION_WORDS, ORG_HEAD_WORDS, ORG_INTRODUCERS, PERSON_INTRODUCERS, PLACE_HEADS, PLACE_LEADS, PRODUCT_CUES,
  ROLE_WORDS,
} from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { isTownOrCity } from '../../text/placeNames';
import { WordClass } from '../../text/wordClasses';
import { datelineEnd, isInCapitals, isPossessiveAt, startsSentence, wordAfter, wordBefore } from '../../text/words';
import { anyIs, CAPITAL_THEN_LOWER, CAPITAL_THEN_LOWER_ONLY, is, isWhiteSpace, startsWithDigit, type Token } from './mentions';
import { bareName, isCountryInitials, isNationalBodysAcronym, KNOWN_NAMES, knownType } from './knownNames';
import { isPatronymicName, NAME_PARTICLES, opensInitialledName } from './personNames';
import {
  AIM_BODIES, COMPASS_POINTS, COMPASS_QUARTERS, DEMONYM_OPENINGS, DIPLOMATIC_POSTS, isBodyRelativeAfter, isCallSign, isCampaignCry, isCoinedName, isCourtLabel, isEverydayPlural, isFirmSuffix,
  isGeneration, isJusticeDepartment, isNationalAgency, isNationalSportBody, isNumberedUnit, isResearchStation, isSportBeforeCountry, MUNICIPAL_HEADS, opensTitleOfThe, PLURAL_NAME, PUBLICATION_TITLE,
  SPORTS, STATE_FORMS, TITLE_OPENINGS, WATERS_AND_STATES_OF,
} from './nameWords';
import { contextType, DOUBLE_BARRELLED_NAME, namesWorkBefore, POSSESSIVE_ENDING } from './contextTyping';

/** Particles found only in personal names: not "de" or "la", which French and Spanish bodies and places have ("Banque de France"). */
const PERSON_PARTICLES: ReadonlySet<string> = new Set(['ap', 'ab', 'van', 'von', 'van der', 'van den', 'von der', 'bin', 'ibn', 'bint', 'binti', 'anak']);

const SERVICE_DISTRICTS: ReadonlySet<string> = new Set(['school', 'park', 'water', 'fire', 'sanitation', 'hospital', 'transit', 'irrigation', 'utility', 'library', 'sewer', 'health']);

const SHIPPING_KINDS: ReadonlySet<string> = new Set(['cruise', 'shipping', 'container', 'ferry', 'steamship', 'cargo']);
const STORM_WORDS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

const FOREIGN_CUPS: ReadonlySet<string> = new Set(['copa', 'coupe', 'coppa', 'taça', 'trofeo', 'trophée']);

/** "City of Tampere", "Village of Oak Park": a municipality named as the body that runs it. */
function isMunicipality(tokens: readonly Token[]): boolean {
  return MUNICIPAL_HEADS.has(tokens[0].lower) && tokens[1].connector === 'of';
}

/** "Omaha Taxpayers for Accountability", "Physicians for Human Rights": people banded for a cause. */
function isBandForCause(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => index > 0 && token.connector === 'for' && BANDED_PEOPLE.has(tokens[index - 1].lower));
}

/** "Fund" in "International Fund for Saving the Aral Sea": a body's head noun, before a connector, inside the name. */
function headsBodyBeforeConnector(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => index < tokens.length - 1 && is(token, WordClass.orgHead) && tokens[index + 1].connector !== '');
}

const POSSESSIVE_PUBLICATION = new RegExp(String.raw`^\p{Lu}[\p{L}-]*['’]s\s+${PUBLICATION_TITLE}$`, 'u');

/** "Lloyd’s List": most names have no apostrophe, which a look for one tells before the pattern runs. */
function isPossessivePublication(name: string): boolean {
  return (name.includes("'") || name.includes('’')) && POSSESSIVE_PUBLICATION.test(name);
}

/**
 * "St Albans", "Saint Kitts", "St. Barnabas": a saint alone names the place or the church dedicated
 * to them, unless the article writes it as someone's surname ("Annette St Rose", then "St Rose said").
 */
function isSaintAlone(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length !== 2 || (tokens[0].bare !== 'st' && tokens[0].bare !== 'saint') || !/^\p{Lu}\p{Ll}+$/u.test(tokens[1].text)) return false;
  const name = text.slice(tokens[0].start, tokens[1].end);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (GIVEN_NAME_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return false;
  }
  return true;
}

const GIVEN_NAME_BEFORE = /\b\p{Lu}\p{Ll}+\s$/u;

const IBERIAN_LANDFORMS: ReadonlySet<string> = new Set(['sierra', 'serra', 'cordillera', 'costa', 'cerro', 'playa', 'praia', 'valle', 'montes']);
const IBERIAN_OF = /^\s+(?:de|del|da|do|dos|das)(?:\s+(?:la|las|los))?\s+$/;

const GAMES_ADJECTIVE = /-|ic$/;

/**
 * "Co Galway", "Co Antrim": an Irish county, its "County" shortened as a firm's "Co" is; "County
 * Durham", written in full, is one whatever a surname of the same spelling would say.
 */
function isCountyByName(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && (tokens[0].text === 'Co' || tokens[0].text === 'County') && is(tokens[1], WordClass.place);
}

const TOWN_ON_PLACE = /^\p{Lu}\p{Ll}+-(?:on|upon|under|in|by|le|super)-\p{Lu}\p{Ll}+$/u;

const YEAR_OR_SHORT_NUMBER = /^(?:\d{2,3}|1[89]\d\d|20\d\d)$/;

/** "the Fifth Circuit", "the Federal Circuit": a federal appeals court by its circuit's name. */
function isCircuitByName(tokens: readonly Token[]): boolean {
  return tokens.length === 2 && tokens[1].lower === 'circuit' && CIRCUITS.has(tokens[0].lower);
}

const CIRCUITS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'federal']);

/** "Local 802", "Teamsters Local 727": a union's local, numbered. */
function isUnionLocal(tokens: readonly Token[]): boolean {
  return tokens.length > 1 && tokens[tokens.length - 2].lower === 'local' && /^\d+$/.test(tokens[tokens.length - 1].text);
}

/** "Irish", "Central African": a people's name, with the compass point that may open it. */
function isPeoplesName(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  return tokens.length === 1 ? is(first, WordClass.demonym) : tokens.length === 2 && DEMONYM_OPENINGS.has(first.lower) && is(second, WordClass.demonym);
}

const CLIMATE_SUMMIT = /^COP\d{1,2}$/;

/** "BBC", "U.N.": two to six capitals, each maybe with its full stop. */
const INITIALS = /^(?:\p{Lu}\.?){2,6}$/u;

/** Types a name (`mentionText`, the text its tokens span) from its own words first, then from the words around it. */
export function typeOf(text: string, tokens: Token[], mentionText: string, personCue: boolean): { type: EntityType | undefined; confidence: number } {
  const last = tokens[tokens.length - 1];
  if (personCue || isCourtLabel(tokens)) return { type: 'person', confidence: 2 };
  if (isCampaignCry(tokens)) return { type: 'organization', confidence: 2 };
  // "Lloyd’s List", "Linn’s Stamp News": a publication named with a possessive.
  if (isPossessivePublication(mentionText)) return { type: 'organization', confidence: 2 };
  const known = knownType(tokens) ?? (tokens.length > 1 && tokens[0].bare === 'the' ? knownType(tokens, 1) : undefined);
  if (known) return { type: known, confidence: 2 };
  // "Euros ap Dafydd", "Hendrik van der Walt": a particle of people's surnames inside names a person, whatever the given name.
  if (tokens.length > 1 && tokens.some((token, index) => index > 0 && PERSON_PARTICLES.has(token.connector))) return { type: 'person', confidence: 2 };
  // "Cedar Fork School District", "Rockford Park District": a district that runs a service is a body
  // (the Lake District is a place).
  if (tokens.length > 2 && last.lower === 'district' && SERVICE_DISTRICTS.has(tokens[tokens.length - 2].lower)) return { type: 'organization', confidence: 2 };
  // "Appleby-in-Westmorland", "Upton-upon-Severn": a town named with its river or district.
  if (tokens.length === 1 && last.text.includes('-') && TOWN_ON_PLACE.test(last.text)) return { type: 'place', confidence: 2 };
  if (isSaintAlone(text, tokens)) return { type: 'place', confidence: 2 };
  // "Port of Los Angeles", "Port of Spain": a harbour, or a town, named for the place it serves.
  if (tokens.length > 1 && tokens[0].lower === 'port' && tokens[1].connector === 'of') return { type: 'place', confidence: 2 };
  if (isShoppingCentre(tokens) || isStateAfterTown(text, tokens) || isTownBeforeState(text, tokens[tokens.length - 1].end) || isCountyByName(tokens)) return { type: 'place', confidence: 2 };
  if (isCallSign(tokens) || isJusticeDepartment(tokens) || isNumberedUnit(tokens) || isUnionLocal(tokens) || isCircuitByName(tokens)) return { type: 'organization', confidence: 2 };
  if (isGeneration(tokens)) return { type: 'other', confidence: 2 };
  // "COP31", "COP28": a climate summit by its number.
  if (tokens.length === 1 && last.text.startsWith('COP') && CLIMATE_SUMMIT.test(last.text)) return { type: 'other', confidence: 2 };
  if (tokens.length === 2 && is(tokens[0], WordClass.demonym) && isNationalBodysAcronym(tokens.slice(1))) return { type: 'organization', confidence: 2 };
  if (opensDateline(text, tokens)) return { type: 'place', confidence: 2 };
  // "Hurricane Katrina", "Tropical Storm Delphine": a storm named like a person is an event (the
  // "Storm Prediction Center", named for its work, is a body).
  if (tokens.length > 1 && STORM_WORDS.has(tokens[0].lower) && !ORG_HEAD_WORDS.has(last.lower)) return { type: 'other', confidence: 2 };
  // "Meridian Cruise Line", "Pacifica Shipping Lines": a firm that runs ships (the "Elizabeth Line" is a railway).
  if (tokens.length >= 2 && (last.lower === 'line' || last.lower === 'lines') && SHIPPING_KINDS.has(tokens[tokens.length - 2].lower)) return { type: 'organization', confidence: 2 };
  // "Newcastle West", "Kilkenny North": a town's or a place's name and a point of the compass is a place.
  if (tokens.length === 2 && COMPASS_POINTS.has(last.lower) && last.connector === '' && (PLACES.has(tokens[0].bare) || isTownOrCity(tokens[0].bare))) return { type: 'place', confidence: 2 };
  // "Road Town", "Bodden Town": a town so named after a word that is no place's name (after a
  // town's, "Ipswich Town" is its football club).
  if (tokens.length === 2 && last.text === 'Town' && last.connector === '' && tokens[0].known !== 'place' && !PLACES.has(tokens[0].bare) && !isTownOrCity(tokens[0].bare)) return { type: 'place', confidence: 2 };
  // "Copa Cordillera", "Coupe de France": a cup named in another language is a competition.
  if (tokens.length > 1 && FOREIGN_CUPS.has(tokens[0].lower)) return { type: 'other', confidence: 2 };
  // "Cricket South Africa", "Tennis Australia", "British Athletics": a sport with its country names its governing body.
  if (tokens.length > 1 && (isSportBeforeCountry(tokens) || isNationalSportBody(tokens))) return { type: 'organization', confidence: 2 };
  // "Parks Canada", "Statistics Canada": an English plural noun before a place names that place's
  // agency (a person's name opens with a given name, "Jools Holland" with no English word).
  if (tokens.length === 2 && tokens[1].known === 'place' && tokens[1].connector === '' && tokens[0].classes === 0 && tokens[0].known === undefined
    && tokens[0].lower.endsWith('s') && isDictionaryWord(tokens[0].lower)) return { type: 'organization', confidence: 2 };
  if (isNationalAgency(tokens)) return { type: 'organization', confidence: 2 };
  // "Boy Scouts of America": the plural members a body is named for, of a country.
  const of = tokens.findIndex((token) => token.connector === 'of');
  if (of >= 2 && of === tokens.length - 1 && last.known === 'place' && isEverydayPlural(tokens[of - 1].lower)) return { type: 'organization', confidence: 2 };
  // "World Athletics", "Kenya Athletics": the world's or a country's governing body of a sport.
  if (tokens.length === 2 && SPORTS.has(last.lower) && (tokens[0].lower === 'world' || tokens[0].known === 'place')) return { type: 'organization', confidence: 2 };
  // Only a body named for its aim joins words with a bare "to" ("Campaign to Protect Rural England"),
  // as one does with "for" ("Campaign for Nuclear Disarmament").
  if (tokens.some((token) => token.connector === 'to') || (AIM_BODIES.has(tokens[0].lower) && tokens[1]?.connector.startsWith('for')) || isBandForCause(tokens)) return { type: 'organization', confidence: 2 };
  // "Eternal Sunshine Of The Spotless Mind", "Lost In Translation": a function word capitalised
  // inside a name is the Title Case of a work's title; prose writes bodies' names with "of".
  if (isTitleCased(tokens)) return { type: 'other', confidence: 2 };
  // "L Nitoglia", "F Ongaro": an initial and a surname, as team sheets write players.
  if (tokens.length > 1 && opensInitialledName(tokens, 0)) return { type: 'person', confidence: 1 };
  // "Jun-seo Park": after a hyphenated given name ("Jean-Pierre", "Ji-hoon"), a head noun is a surname too.
  if (tokens.length === 2 && is(tokens[0], WordClass.givenName) && (HEAD_NOUN_SURNAMES.has(last.lower) || tokens[0].text.includes('-'))) return { type: 'person', confidence: 2 };
  // "Securities Trading Act": a law's head noun outweighs a body's word before it, but not a
  // body's head before "of" ("Department of War"), nor before the aim it stands "for" ("Civic
  // Network for Fair Elections").
  const bodyHeadFirst = tokens.length > 1 && ((is(tokens[0], WordClass.orgHead) && tokens[1].connector !== '')
    || tokens.some((token, index) => index > 0 && token.connector.startsWith('for') && is(tokens[index - 1], WordClass.orgHead)));
  // "Kettlebrook Games", "Threadline Games": a coined word before "Games" names a publisher of games;
  // games held as events take a known word ("Commonwealth Games", "Island Games", "Asian Games") or
  // an adjective ("Paralympic Games", "Pan-Asian Games").
  if (tokens.length === 2 && last.lower === 'games' && isCoinedName(tokens[0].text) && !GAMES_ADJECTIVE.test(tokens[0].text)) return { type: 'organization', confidence: 2 };
  // ("The Teamsters Canada Rail Conference, which represents running trades employees": unless what
  // it does, in the clause after it, is a body's.)
  // ("Zoo Licensing Act 1981": the head comes before a law's year.)
  const head = tokens.length > 2 && LAW_YEAR.test(last.text) ? tokens[tokens.length - 2] : last;
  if (tokens.length > 1 && is(head, WordClass.otherHead) && !is(head, WordClass.orgHead) && !bodyHeadFirst) {
    return { type: isBodyRelativeAfter(text, last.end) ? 'organization' : 'other', confidence: 2 };
  }
  // "Perplexity AI", "FC Cologne", "Olympique Varenne", "Air Deccan": a firm named for its trade
  // (like "X Technologies"), a club, an airline.
  if (tokens.length > 1 && (is(tokens[0], WordClass.orgHead) || isFirmSuffix(last.text) || CLUB_ENDINGS.has(last.lower) || CLUB_ENDINGS.has(tokens[0].lower) || CLUB_OPENINGS.has(tokens[0].lower)
    || tokens[0].lower === 'air' || namedForTrade(tokens) || isMunicipality(tokens))) return { type: 'organization', confidence: 2 };
  // ("UAW 4811, the union that …": a number that is no year names a body when the words around say so.)
  if (tokens.length > 1 && startsWithDigit(last.text) && /^\d{2,4}$/.test(last.text)) {
    return { type: !YEAR_OR_SHORT_NUMBER.test(last.text) && contextType(text, tokens[0].start, last.end) === 'organization' ? 'organization' : 'other', confidence: 2 };
  }
  // "the Guildford Four", "the Maguire Seven": a group known by its number, never a person.
  if (tokens.length > 1 && is(last, WordClass.number) && !startsWithDigit(last.text) && !is(tokens[0], WordClass.givenName)
    && !tokens.some((token) => token.known === 'organization')) return { type: 'other', confidence: 2 };
  // "Shrek 2", "Pro Evolution Soccer 4": a numbered sequel or version; not a channel ("BBC Radio 1")
  // nor a known body's or person's name with a number after it.
  if (tokens.length > 1 && last.text.length === 1 && /^\d$/.test(last.text) && !anyIs(tokens, WordClass.orgHead) && !tokens.some((token) => token.known === 'organization' || token.known === 'person')) {
    return { type: 'other', confidence: 2 };
  }
  // "Mission Impossible II" is a sequel, "Henry VIII" a king.
  if (tokens.length > 1 && SEQUEL_NUMBERS.test(last.text) && !is(tokens[0], WordClass.givenName | WordClass.role | WordClass.honorific)) return { type: 'other', confidence: 2 };
  // "Theme Park" in "games such as Populous, Theme Park" is a work, not a park.
  // ("the Central Water and Power Research Station".)
  if (isResearchStation(tokens[tokens.length - 2]?.lower, last.lower)) return { type: 'organization', confidence: 2 };
  // "The councillor for the Environment, Lorena Canal, said": an office's holder, named in apposition
  // with a given name, though the surname is a place's head noun.
  if (tokens.length > 1 && is(tokens[0], WordClass.givenName) && holdsOfficeBefore(text, tokens[0].start)) return { type: 'person', confidence: 2 };
  // ("the International Fund for Saving the Aral Sea": but a body's head before a connector names the body.)
  if (tokens.length > 1 && (PLACE_HEADS.has(last.lower) || PLACE_LEADS.has(tokens[0].lower)) && !headsBodyBeforeConnector(tokens) && !namesWorkBefore(text, tokens[0].start, wordBefore(text, tokens[0].start))) {
    return { type: 'place', confidence: 2 };
  }
  // "the Sierra de Mijas", "the Costa del Sol", "Serra da Estrela": a Spanish or Portuguese word for
  // mountains, coast or beach before "de" is a place, though "Sierra" is a given name too ("Isla de Vries" is a woman).
  if (tokens.length > 1 && IBERIAN_LANDFORMS.has(tokens[0].lower) && IBERIAN_OF.test(text.slice(tokens[0].end, tokens[1].start))) return { type: 'place', confidence: 2 };
  // "the Sea of Oman", "the Sultanate of Oman", "the Islamic Republic": waters or a state of somewhere, or a state by its form.
  if (tokens.length > 1 && ((WATERS_AND_STATES_OF.has(tokens[0].lower) && tokens[1].connector === 'of') || (STATE_FORMS.has(last.lower) && isPeoplesName(tokens.slice(0, -1))))) {
    return { type: 'place', confidence: 2 };
  }
  // "Eastern Cape", "Western Visayas", "the Northern Hemisphere": a compass quarter of somewhere.
  if (tokens.length === 2 && COMPASS_QUARTERS.has(tokens[0].lower) && !is(last, WordClass.orgHead | WordClass.otherHead) && !isInCapitals(last.text)) return { type: 'place', confidence: 2 };
  // "the South East", "South Asia", "the West Midlands": a compass point before another, a known
  // place or lands names a region.
  if (tokens.length > 1 && COMPASS_POINTS.has(tokens[0].lower) && tokens.slice(1).every((token) => COMPASS_POINTS.has(token.lower) || PLACES.has(token.bare) || token.lower.endsWith('lands'))) {
    return { type: 'place', confidence: 2 };
  }
  // "Los Santos", "Port Talbot": a Spanish article or a harbour opening a two-word unknown name
  // ("El" also opens Arabic surnames: "El Guerrouj").
  if (tokens.length === 2 && PLACE_ARTICLES.has(tokens[0].lower)) return { type: 'place', confidence: 1 };
  // "European Court of Human Rights", "Muslim Council of Britain": the head noun before a connector;
  // "the Permanent Mission of Russia to the EU": so a diplomatic post's.
  if (tokens.length > 2 && (anyIs(tokens, WordClass.orgHead) || tokens.some((token, index) => DIPLOMATIC_POSTS.has(token.lower) && tokens[index + 1]?.connector !== ''))) {
    return { type: 'organization', confidence: 2 };
  }
  // "Revenge of the Sith", "Top of the Pops": a common word before "of the" opens a title.
  if (tokens.length > 1 && tokens[1].connector === 'of the' && opensTitleOfThe(tokens[0].lower)) return { type: 'other', confidence: 1 };
  // "Convention on Human Rights", "Treaty of Nice": a law's or an event's head noun before a connector.
  if (tokens.length > 1 && tokens.slice(1).some((token) => token.connector !== '') && anyIs(tokens, WordClass.otherHead)) return { type: 'other', confidence: 2 };
  if (tokens[0].text.includes('-') && /^[A-Z]+-\d+$/.test(tokens[0].text)) return { type: 'other', confidence: 2 };
  // "Marks & Spencer", "P&O Cruises", "AT&T": an ampersand joins the names of a firm.
  if (mentionText.includes('&') && /&(?!#\d)/.test(mentionText)) return { type: 'organization', confidence: 1 };
  // "Jim and Margaret Cuthbert": a given name paired with a person's full name is a person's,
  // whatever the words before say ("economist team Jim and Margaret Cuthbert").
  if (tokens.length === 1 && is(last, WordClass.givenName) && pairsWithFullName(text, last.end)) return { type: 'person', confidence: 2 };
  if (tokens.length === 1 && isPatronymicName(last.text)) return { type: 'person', confidence: 2 };
  const context = personShapedAfterFrom(text, tokens) ? undefined : contextType(text, tokens[0].start, last.end);
  // "OptInRealBig", "RipGuard": a capital inside a word is a firm's or a product's spelling, never
  // a place's or a person's (but "McCartney", "DiCaprio" and "LeBlanc" are surnames).
  if (tokens.length === 1 && isInnerCapitalised(last.text)) return { type: context === 'other' ? 'other' : 'organization', confidence: 1 };
  if (context === 'organization' && namesPersonOfBody(text, tokens)) return { type: 'person', confidence: 2 };
  if (context === 'organization' && !isTradesperson(text, tokens) && !isPersonsPossessive(text, tokens)) return { type: context, confidence: isDefinedAsBody(text, last.end) ? 2 : 1 };
  // "The Motorcycle Diaries", "The Joe Louis Story": a capitalised "The" in mid-sentence opens the
  // name of a work (or a band), never a person's.
  const titled = followsCapitalisedThe(text, tokens[0].start);
  if (isTeamOrBand(text, tokens)) return { type: 'organization', confidence: 1 };
  // "Steven Spielberg film Jaws": a person's name before a work's noun is its author's. But "Edo
  // State" (a Nigerian state, or like "Kent State" a university), "Victoria University": a body's
  // head noun after a given name is no surname.
  const bodyAfterGivenName = tokens.length === 2 && (is(last, WordClass.orgHead) || last.lower === 'state') && !HEAD_NOUN_SURNAMES.has(last.lower);
  if (tokens.length > 1 && is(tokens[0], WordClass.givenName) && !titled && !bodyAfterGivenName) return { type: 'person', confidence: 2 };
  // "analysts from Citigroup Smith Barney": a known company opening a name outweighs a preposition of place.
  const opensWithCompany = tokens.length > 1 && tokens[0].known === 'organization';
  if (context && !(context === 'place' && opensWithCompany)) return { type: context, confidence: 1 };
  // "while The Aviator has 11 nominations": one word after a capitalised "The" names a work; a
  // plural ("The Killers") more often a band.
  if (titled && tokens.length === 1 && !last.lower.endsWith('s')) return { type: 'other', confidence: 0 };
  if (tokens.length === 1 && INITIALS.test(last.text)) return { type: 'organization', confidence: 1 };
  // "Staffordshire", "Engerwitzdorf", "Hyderabad", "Kazakhstan": the endings of counties, towns and countries.
  // "Dr. van Rensburg": after a name's particle the word is a surname, whatever its ending.
  if (tokens.length === 1 && PLACE_ENDING.test(last.text) && !NAME_PARTICLES.has(wordBefore(text, last.start)?.word ?? '')) return { type: 'place', confidence: 1 };
  // "Shrewsbury", "Winnipeg", "Milton Keynes": a town's or city's name, when nothing around it says otherwise.
  if (tokens.length <= 3 && isTownOrCity(tokens.length === 1 ? last.bare : bareName(tokens))) return { type: 'place', confidence: 0 };
  // "Airbus A380", "Boeing 777": a known company's name and a model number name a product, as
  // does any name and a model code of letters and digits ("PowerMac G4", "BMW X5", "V8 Vantage").
  if (tokens.length === 2 && !is(tokens[0], WordClass.givenName) && (MODEL_CODE.test(last.text) || MODEL_CODE.test(tokens[0].text) || (opensWithCompany && !OUTLETS.has(tokens[0].bare) && /\d/.test(last.text)))) {
    return { type: 'other', confidence: 1 };
  }
  // "iPod Photo", "Windows XP", "Apple iPod": a known product's name opens or ends a product line's.
  if (tokens.length > 1 && (tokens[0].known === 'other' || last.known === 'other')) return { type: 'other', confidence: 1 };
  // "BT Cellnet", "Sony Ericsson", "Virgin Atlantic": a known company's name opens the name of another body or a brand.
  if (opensWithCompany) return { type: 'organization', confidence: 0 };
  // "Stade de France": an unknown name joined to a known place by a particle names a place in it
  // (but "Tour de France" and "Treaty of Amsterdam" open with the noun of an event or a law).
  if (tokens.length > 1 && last.connector !== '' && PLACES.has(last.bare) && !is(tokens[0], WordClass.common | WordClass.otherHead | WordClass.orgHead)) {
    return { type: 'place', confidence: 1 };
  }
  // "Northampton Saints", "Tampa Bay Buccaneers": a place and a plural name a team.
  if (tokens.length >= 2 && PLURAL_NAME.test(last.text) && (is(last, WordClass.common) || isDictionaryWord(last.lower)) && (PLACES.has(tokens[0].bare) || isTownOrCity(tokens[0].bare))) return { type: 'organization', confidence: 1 };
  // "Cook County Youth Home", "DuPage County State's Attorney's Office": what a county runs, never a person.
  if (tokens.length > 2 && tokens.slice(1, -1).some((token) => token.lower === 'county') && !is(tokens[0], WordClass.givenName)) return { type: 'organization', confidence: 1 };
  // "Brookridge High", "Lincoln High": an American high school, by its town's or patron's name.
  if (tokens.length === 2 && last.lower === 'high' && !is(tokens[0], WordClass.common | WordClass.function)) return { type: 'organization', confidence: 1 };
  // "Ashmoor City", "Quezon City": a city, or in a story about sport its club (see `groupMentions`).
  if (tokens.length === 2 && last.lower === 'city' && !is(tokens[0], WordClass.givenName | WordClass.common)) return { type: 'place', confidence: 0 };
  // Two or three capitalised words are most often a person, unless the first is a common word: "Star Wars", "Mission Impossible".
  // Longer runs of everyday words are titles too: "Grief Never Grows Old", "Strictly Come Dancing".
  if (tokens.length >= 2 && tokens.length <= 5 && tokens.every((token) => CAPITAL_THEN_LOWER.test(token.text))) {
    if (tokens.length <= 3 && is(tokens[0], WordClass.common | WordClass.function)) return { type: 'other', confidence: 0 };
    if (isEverydayWords(tokens)) return { type: 'other', confidence: 0 };
    if (tokens.length <= 3) return { type: titled ? 'other' : shortNameType(text, tokens), confidence: 0 };
  }
  // "US Trade", "EMI Music", "HSBC Trinkaus": a country's initials or an acronym open the name of a
  // body, never a person's (two capitals may be initials: "JK Rowling"); "Reform UK", "Age UK":
  // a country's initials end one.
  if (tokens.length > 1 && (isCountryInitials(tokens[0].text) || /^\p{Lu}{3,}$/u.test(tokens[0].text) || isCountryInitials(last.text))) return { type: 'organization', confidence: 0 };
  return { type: undefined, confidence: 0 };
}

/**
 * "from the Charlotte Hornets on Thursday", "the Arctic Monkeys": a plural name after "the" is a
 * team's or a band's, as no person's name takes the article; unless a noun follows, whose the
 * name is ("the Williams sisters").
 */
function isTeamOrBand(text: string, tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || tokens.length > 3 || !PLURAL_NAME.test(last.text) || isGivenName(last.lower) || COMPASS_POINTS.has(tokens[0].lower)
    || is(tokens[0], WordClass.common | WordClass.function) || !text.startsWith('the ', tokens[0].start - 4)) return false;
  // "the Louisville Ironhorses spent": a team named for its city, whatever verb follows (but "the
  // Tennessee Williams play" names a playwright).
  if (tokens.length === 2 && (is(tokens[0], WordClass.place) || isTownOrCity(tokens[0].bare)) && !PEOPLE_SURNAMES.has(last.lower)) return true;
  const next = wordAfter(text, last.end);
  return next === undefined || FUNCTION_WORDS.has(next) || !/^\s+\p{Ll}/u.test(text.slice(last.end, last.end + 2));
}

/** "Albertville, Minn.", "Pawtucket, R.I.": the abbreviation of a US state, in the news agencies' style, after a town and a comma. */
function isStateAfterTown(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length !== 1) return false;
  const [{ start, end, text: word }] = tokens;
  const abbreviation = text.charCodeAt(end) === 46 ? `${word}.` : word;
  return AP_STATES.has(abbreviation) && /\p{L}, $/u.test(text.slice(Math.max(0, start - 3), start));
}

/** "Pawtucket, R.I.": a town, whatever else its name could be. */
function isTownBeforeState(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const state = /^, ((?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.)/.exec(text.slice(end, end + 9))?.[1];
  return state !== undefined && AP_STATES.has(state);
}

/** "GOMA (Reuters) -", "PHOENIX (AP) —": the place in capitals a wire story's dateline opens with. */
function opensDateline(text: string, tokens: readonly Token[]): boolean {
  const start = tokens[0].start;
  return (start === 0 || text.charCodeAt(start - 1) === 10) && tokens.every((token) => isInCapitals(token.text)) && datelineEnd(text, start) !== undefined;
}

function isInnerCapitalised(word: string): boolean {
  return INNER_CAPITAL.test(word) && !SURNAME_PREFIX.test(word);
}

const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}/u;

/**
 * "advice from Linford Christie", "a letter from Ann Smith": two or three words shaped like a
 * person's name after "from" tell no place (the places so written, "from New York", are known).
 */
function personShapedAfterFrom(text: string, tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.length <= 3 && wordBefore(text, tokens[0].start)?.word === 'from'
    && tokens.every((token) => token.connector === '' && CAPITAL_THEN_LOWER_ONLY.test(token.text) && !is(token, WordClass.common | WordClass.place) && !COMPASS_POINTS.has(token.lower) && token.lower !== 'st');
}

/** "Graham Norton's Strictly Dance Fever", "Steven Spielberg's Jaws": a person's show or work, not another person. */
/** Whether a name is a title in Title Case: a small word capitalised inside it, or one kept at its start (`TITLE_OPENINGS`). */
function isTitleCased(tokens: readonly Token[]): boolean {
  if (tokens.length > 1 && TITLE_OPENINGS.has(tokens[0].text)) return true;
  for (let i = 1; i < tokens.length - 1; i++) {
    // Not after "and": "Independent and The Times" is a list the run took in, not a title.
    // ("Doan Thi My Linh": after a family name that comes first, "My" is a Vietnamese given name.)
    if (tokens[i].text === 'My' && FAMILY_NAMES_FIRST.has(tokens[0].lower)) continue;
    if (TITLE_CASE_SMALL_WORDS.has(tokens[i].text) && tokens[i].connector === '') return true;
  }
  return false;
}

/**
 * The small words Title Case capitalises and prose does not; not "First" ("Credit Suisse First
 * Boston"), "New" ("Air New Zealand"), particles ("Vale Do Rio Doce"), a middle initial "A", nor
 * "For", which bodies capitalise too ("Transport For London").
 */
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(`
Of The In And On To With From At By Into Over Under As Is Are Was Were Be It Its My Your Our Their His Her Me You We They
Not No Or But Than So If When Where Who What This That These Those An
`.trim().split(/\s+/));

function pairsWithFullName(text: string, end: number): boolean {
  const pair = PAIRED_FULL_NAME.exec(text.slice(end, end + 40));
  return pair !== null && isGivenName(pair[1].toLowerCase());
}

const PAIRED_FULL_NAME = /^ and (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+/u;

/** "Jean-Pierre Jeunet's A Very Long Engagement": a person's possessive; not a body's whose name opens like one ("Al Jazeera's Rahel Mengistu"). */
function ownedByPerson(text: string, start: number): boolean {
  const owner = PERSON_POSSESSIVE.exec(text.slice(Math.max(0, start - 40), start));
  return owner !== null && isGivenName(owner[1].toLowerCase()) && KNOWN_NAMES.get(owner[0].replace(POSSESSIVE_ENDING, '').toLowerCase()) !== 'organization';
}

const PERSON_POSSESSIVE = /(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}-]+['’]s\s+$/u;

const PLACE_ENDING = /^\p{Lu}\p{Ll}+(?:shire|dorf|stadt|burgh?|abad|pur|grad|istan)$/u;

/** "The " written with its capital right before `start`, not opening a sentence. */
function followsCapitalisedThe(text: string, start: number): boolean {
  return start >= 4 && text.startsWith('The ', start - 4) && !startsSentence(text, start - 4);
}

/** Words of everyday English only, an adverb allowed to open them ("Strictly Dance Fever"): a title, never a person's name. */
function isEverydayWords(tokens: readonly Token[]): boolean {
  const everyday = (token: Token) => is(token, WordClass.common | WordClass.function);
  return (everyday(tokens[0]) || (tokens[0].lower.length > 5 && tokens[0].lower.endsWith('ly'))) && tokens.slice(1).every(everyday);
}

/**
 * "games maker Peter Molyneux", "publisher Felix Dennis", "British rival Greg Rusedski", "Jo
 * Flaherty, a senior broadcaster": a noun that introduces firms also names a person's trade, and
 * a given name followed by more of a name says which.
 */
function isTradesperson(text: string, tokens: readonly Token[]): boolean {
  if (tokens.length < 2 || !is(tokens[0], WordClass.givenName)) return false;
  const before = wordBefore(text, tokens[0].start);
  const isTrade = (noun: string | undefined) => noun !== undefined && (TRADES.has(noun) || (PERSON_INTRODUCERS.has(noun) && ORG_INTRODUCERS.has(noun)));
  // "British rival Greg Rusedski": a noun that introduces people and bodies alike, before a person's name.
  return (before !== undefined && !before.comma && isTrade(before.word)) || isTrade(appositiveNoun(text, tokens[tokens.length - 1].end));
}

/** "Tony Blair's official spokesman": a given name and a surname before a possessive are a person's, whatever noun follows. */
function isPersonsPossessive(text: string, tokens: readonly Token[]): boolean {
  const end = tokens[tokens.length - 1].end;
  return tokens.length > 1 && is(tokens[0], WordClass.givenName) && isPossessiveAt(text, end);
}

const TRADES: ReadonlySet<string> = new Set(['maker', 'makers', 'publisher', 'broker', 'operator', 'designer', 'broadcaster']);

const SEQUEL_NUMBERS = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/;

/** "St Stephen's Green Shopping Centre": a centre for shopping is a place, unlike a research centre. */
function isShoppingCentre(tokens: readonly Token[]): boolean {
  return tokens.length > 2 && tokens[tokens.length - 2].lower === 'shopping' && /^cent(?:re|er)$/.test(tokens[tokens.length - 1].lower);
}

const MODEL_CODE = /^(?:\p{Lu}+\d+\p{L}?|\d+\p{Lu}+)$/u;

const PLACE_ARTICLES: ReadonlySet<string> = new Set(['los', 'las', 'san', 'port', 'fort']);

const LAW_YEAR = /^(?:1[6-9]|20)\d\d$/;

/** Surnames that are also the last word of bodies and laws: "Jude Law", "Charlotte Church", "Margaret Court". */
const HEAD_NOUN_SURNAMES: ReadonlySet<string> = new Set(['law', 'church', 'court', 'post', 'bell', 'banks', 'lake', 'bridge', 'hall', 'tower', 'temple', 'chapel', 'plant']);

/**
 * Two or three capitalised words with nothing else to go on: a work's if a person owns it, a firm's
 * if the first word is spelt like one ("ClearView Economics"), a place or a body by the word
 * before, and otherwise a person's.
 */
function shortNameType(text: string, tokens: readonly Token[]): EntityType {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  if (ownedByPerson(text, start)) return 'other';
  if (isInnerCapitalised(tokens[0].text)) return 'organization';
  if (setsSceneAt(text, start, end)) return 'place';
  return namesBodyAfterThe(text, tokens, end) ? 'organization' : 'person';
}

/**
 * "on behalf of the Ríos Unidos front", "The Nkabom Antimicrobials Initiative said": words after
 * "the" name a body more often than a person, but for a work's author ("the Tennessee Williams
 * play") or a known person's time in office ("The Bush Presidency").
 */
function namesBodyAfterThe(text: string, tokens: readonly Token[], end: number): boolean {
  if (tokens[0].known === 'person') return false;
  const start = tokens[0].start;
  const next = wordAfter(text, end);
  return THE_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && !(next !== undefined && (PRODUCT_CUES.has(next) || AUTHORED_WORKS.has(next)));
}

/** A lower-case "the", or a capitalised one opening the text, a sentence or a line. */
const THE_BEFORE = /\b(?:the|(?<=(?:^|[.!?]\s+|\n))The) $/;

/** What an author writes, besides the products and works of `PRODUCT_CUES`. */
const AUTHORED_WORKS: ReadonlySet<string> = new Set(['play', 'plays', 'story', 'stories', 'essay', 'essays', 'poems', 'novels', 'books', 'films', 'songs']);

/**
 * "At Cala Bianca, Antonio Sechi has run the lido": a sentence's opening "At" sets the scene at a
 * place, and so does "at" anywhere but after a verb aimed at someone ("the car park at Grau Roig",
 * not "laughed at Tom Barker"). Only a weak reading, as a firm's short name may follow it too
 * ("At Golden Lotus, much of the work …" after "Golden Lotus Apparel").
 */
function setsSceneAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (text.charCodeAt(end) === 44 && SCENE_AT.test(before)) || (/\bat $/.test(before) && !AT_SOMEONE.test(before));
}

const SCENE_AT = /(?:^|[.!?]\s+|\n)At $/;
const AT_SOMEONE = /\b(?:look|looks|looked|looking|aimed|aiming|laughed|laughing|shouted|shouting|yelled|swipe|dig|jab|angry|furious|directed|pointed|smiled|glared|staring|stared|hit|lashed|lashing|snapped|swung|fired)\s+at $/;

/**
 * "A lawyer for the band, Howard Kessler-Oyelowo,": a given name and a surname after a person's
 * noun and the body they act for name the person, not the body ("its maker, Eli Lilly" is the body).
 * A double-barrelled surname marks a given name no list knows ("Anong Phetsarath-Lee").
 */
function namesPersonOfBody(text: string, tokens: readonly Token[]): boolean {
  // ("The President of the cooperative, Tatah Godfrey Ngwa,": a title capitalised, and the given name after a surname, as Cameroonian papers write names.)
  const givenName = is(tokens[0], WordClass.givenName) || (tokens.length === 3 && is(tokens[1], WordClass.givenName));
  if (tokens.length < 2 || !(givenName || DOUBLE_BARRELLED_NAME.test(text.slice(tokens[0].start, tokens[tokens.length - 1].end)))) return false;
  const head = PERSON_OF_BODY_BEFORE.exec(text.slice(Math.max(0, tokens[0].start - 60), tokens[0].start))?.[1].toLowerCase();
  return head !== undefined && (ROLE_WORDS.has(head) || PERSON_INTRODUCERS.has(head));
}

const PERSON_OF_BODY_BEFORE = /\b(\p{L}+)\s+(?:for|of|at|to|with)\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?\p{Ll}+,\s+$/u;

/**
 * "Paywillow, an Oakland-based company,": an apposition that says what a name is outweighs a
 * noun before another of its mentions ("the earned-wage app Paywillow"), as a firm often shares
 * its name with its product.
 */
function isDefinedAsBody(text: string, end: number): boolean {
  const described = appositiveNoun(text, end);
  return described !== undefined && ORG_INTRODUCERS.has(described);
}

/** "The councillor for the Environment, " before a name: a role with "the", and what it serves. */
function holdsOfficeBefore(text: string, start: number): boolean {
  if (!followsComma(text, start)) return false;
  const office = DEFINITE_OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 80), start));
  return office !== null && ROLE_WORDS.has(office[1].toLowerCase());
}

/** Whether a comma and white space stand right before `start`, as they do before a name in apposition: read back by character. */
function followsComma(text: string, start: number): boolean {
  let at = start - 1;
  if (!isWhiteSpace(text, at)) return false;
  while (at > 0 && isWhiteSpace(text, at)) at--;
  return text.charCodeAt(at) === 44;
}

const DEFINITE_OFFICE_BEFORE = /\b[Tt]he\s+(?:\p{Ll}+\s+)?(\p{L}+)(?:\s+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*(?:and\s+)?)+)?,\s+$/u;

/**
 * "Ferrule Robotics", "Tyson Foods": a name and a trade; but an everyday word before the trade
 * makes a title ("Go Digital", "His Dark Materials").
 */
function namedForTrade(tokens: readonly Token[]): boolean {
  // "Silver Spit Seafoods": an everyday word may open a longer name, before one no list knows.
  const coined = !is(tokens[0], WordClass.common | WordClass.function) || (tokens.length >= 3 && !is(tokens[1], WordClass.common | WordClass.function));
  return FIRM_TRADE_WORDS.has(tokens[tokens.length - 1].lower) && coined;
}
