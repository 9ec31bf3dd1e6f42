/**
 * Runs of capitalised words and how they join: whether the next capitalised word continues the
 * name being read, across a space or a connector inside a body's name ("Department of Defense",
 * "Fund for Saving the Aral Sea", "Under Secretary for Research and Engineering"), a possessive
 * ("St Paul's Cathedral", "Musicians' Union") or a title before a person's name.
 */
import { appositiveNoun } from '../../text/appositions';
import { isGivenName, PLACES } from '../../text/gazetteer';
import { BANDED_PEOPLE, FUNCTION_WORDS, HONORIFICS, ORG_HEAD_WORDS, OTHER_HEAD_WORDS, PLACE_HEADS, PLACE_LEADS, ROLE_MODIFIERS, ROLE_WORDS, TITLE_ABBREVIATIONS } from '../../text/lexicon';
import { COMMON_WORDS } from '../../text/commonWords';
import { isDictionaryWord } from '../../text/englishWords';
import { isTownOrCity } from '../../text/placeNames';
import { PORTFOLIOS_AFTER_COMMA, PORTFOLIOS_BEFORE_HEAD } from '../../text/names';
import { GIVEN_NAME_CLASSES, WordClass, wordClasses } from '../../text/wordClasses';
import { isInCapitals, Word } from '../../text/words';
import { endsWithPossessive, possessiveLength, startsWithDigit } from './mentions';
import { KNOWN_CONNECTED_PREFIXES, KNOWN_NAMES, MAX_KNOWN_NAME_WORDS } from './knownNames';
import { isMemberForSeat, isNameOfLowerCaseParts, NAME_PARTICLES, NOBLE_TITLES } from './personNames';
import {
  AGENCY_NATIONS, AIM_BODIES, CORPORATE_ENDINGS, DIPLOMATIC_POSTS, isBodyDescription, isEverydayPlural, isResearchStation, MUNICIPAL_HEADS, OFFICES, opensTitleOfThe, PLAIN_FUNCTION_WORDS,
  PUBLICATION_TITLE, WATERS_AND_STATES_OF,
} from './nameWords';

/** The "for" of Spanish, Portuguese, French and Italian bodies' names, which joins them past their head. */
const ROMANCE_FOR: ReadonlySet<string> = new Set(['para', 'para la', 'para el', 'pour', 'pour la', 'pour le', 'per', 'per la', 'per il']);

/**
 * Words that join capitalised words into one name ("Department of Defense", "Jean de Florette"),
 * also the "for" of Spanish, French and Italian bodies' names ("Coordinadora Nacional para la Reducción de Desastres").
 */
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'of the', 'for the', 'to the', ...ROMANCE_FOR]);

/** A run that is a French body's head alone, maybe after a sentence's "The": "The Chambre". */
function opensWithFrenchBodyHead(run: readonly Word[]): boolean {
  const head = run[run.length - 1];
  return FRENCH_BODY_HEADS.has(head.lower) && (run.length === 1 || (run.length === 2 && run[0].lower === 'the'));
}

const FRENCH_BODY_HEADS: ReadonlySet<string> = new Set(['compagnie', 'cercle', 'société', 'association', 'syndicat', 'amicale', 'chambre', 'comité', 'fédération', 'confrérie', 'groupement', 'coopérative']);
/** A run that is an Italian or a Spanish public body's head alone, maybe after a sentence's "The": "Provincia", "The Azienda". */
function opensWithRomanceBodyHead(run: readonly Word[]): boolean {
  return ROMANCE_BODY_HEADS.has(run[run.length - 1].lower) && (run.length === 1 || (run.length === 2 && run[0].lower === 'the'));
}

const ROMANCE_BODY_HEADS: ReadonlySet<string> = new Set(['provincia', 'regione', 'comunità', 'azienda', 'agenzia', 'consorzio', 'ente', 'fondo', 'comunidad', 'agencia', 'consorcio', 'fondazione', 'fundación']);
/** " autonoma di ", " sanitaria de ": the body's kind in lower case, then where it is. */
const ROMANCE_KIND_BETWEEN = /^ \p{Ll}{4,}(?: \p{Ll}{4,})? (?:di|del|della|dei|delle|de|del|de la) $/u;
// ("Chambre d’agriculture des Alpes-Maritimes": "de" elided before a vowel.)
const FRENCH_TRADE_BETWEEN = /^ (?:(?:de|des|du|de la) |d[’'])\p{Ll}[\p{Ll}-]*(?: \p{Ll}[\p{Ll}-]*)? (?:de|des|du|de la) $/u;

/** "Anti-war", "Jun-seo": a last part in lower case ("Ehtisham-ul-Haq" ends in a capitalised one, as names do). */
const LOWER_CASE_COMPOUND = /-\p{Ll}[^-]*$/u;

/** Whether the run's last word opens it or follows a title: "S", "Raichur Deputy Commissioner S". */
function opensName(run: readonly Word[]): boolean {
  return run.length === 1 || isTitleWord(run[run.length - 2].lower);
}

/** Whether the next capitalised word continues the current run: only a space, or a connector inside an organisation-like name. */
export function joins(text: string, previous: Word, next: Word, run: Word[]): boolean {
  // Most runs end at a word further on, which no connector reaches: the tests below are for words close by.
  // ("Compagnie des guides du Grand Mont", "Cercle de voile des Trois Pointes": but a French body's head may
  // name its trade in lower case, then where it is.)
  // ("Provincia autonoma di Trento", "Azienda sanitaria di Bergamo": or an Italian or Spanish one, its kind in lower case.)
  // (The words between are cut only for such a head, as most pairs of words stand far apart.)
  if (next.start - previous.end > 10) {
    return (opensWithFrenchBodyHead(run) && FRENCH_TRADE_BETWEEN.test(text.slice(previous.end, next.start)))
      || (opensWithRomanceBodyHead(run) && ROMANCE_KIND_BETWEEN.test(text.slice(previous.end, next.start)));
  }
  // "Anti-war Labour MPs" ends at the compound; "Jun-seo Park", a given name so written, goes on.
  if (previous.text.includes('-') && LOWER_CASE_COMPOUND.test(previous.text) && !endsWithParticle(previous.text) && (wordClasses(previous.lower) & WordClass.givenName) === 0
    && !isNameOfLowerCaseParts(previous.text)) return false;
  // "in California Mr Torvalds said": a courtesy title opens a new name, unless it follows another title ("Rt Rev Dr Tom Wright").
  if (startsCourtesyTitle(next.text) && COURTESY_TITLES.has(next.lower) && !isTitleWord(previous.lower)) return false;
  // ("Village head of Kampong Sinaut Awang Haji Jamaluddin": so does a Malay or a pilgrim's title after
  // a village's name, though inside a name it may be a father's: "Abdul Rahim Haji Tahir".)
  if (PILGRIM_AND_MALAY_TITLES.has(next.lower) && (run[0].lower === 'kampong' || run[0].lower === 'kampung')) return false;
  // "beat Chelsea 3-1", "Middlesbrough 2-2 Charlton": a score is never part of a name.
  if (isScore(next.text) || isScore(previous.text)) return false;
  // "Scotland 53 seats": a number after a place counts something ("Euro 2004", "Halo 2" name things).
  if (startsWithDigit(next.text) && PLACES.has(previous.lower)) return false;
  // "gave Ku-ring-gai Council 28 days", "Camden Council 14 times": a number counting something after a name is none of it.
  if (startsWithDigit(next.text) && COUNTED_AFTER.test(text.slice(next.end, next.end + 12))) return false;
  // "Oliver Strand 0412 338 905": a telephone number after a name, in groups of digits, is none of it.
  if (startsWithDigit(next.text) && PHONE_NUMBER.test(text.slice(next.start, next.start + PHONE_REACH))) return false;
  if (next.start === previous.end + 1 && text.charCodeAt(previous.end) === 32) {
    // "the bank's Management Board Emil Huseynzade": a given name and a surname after a body's head
    // noun are its officer's, named after the office without a comma.
    if (opensOfficerAfterBody(text, run, previous, next)) return false;
    return !endsWithPossessive(previous.text) || isSaintsName(run) || isCommonPossessive(previous.text) || isOfficeOfHolder(previous.text, next.lower)
      || (POSSESSIVE_PLACE_HEADS.has(next.lower) && namesNoOneKnown(previous)) || isListedPossessiveTown(previous, next)
      || (PUBLICATION_AFTER.test(text.slice(next.start, next.start + PUBLICATION_REACH)) && namesNoOneKnown(previous));
  }
  const gap = text.slice(previous.end, next.start);
  if (gap === '. ' && isAbbreviatedTitle(previous.lower)) return true;
  // "St. Louis", "Mt. Pleasant", "Ft. Worth": a saint's or a mount's abbreviation opens a place's
  // name; "Main St. The police …" ends a sentence.
  if (gap === '. ' && PLACE_ABBREVIATIONS.has(previous.text) && !FUNCTION_WORDS.has(next.lower)) return true;
  // "J. Allard", "George W. Bush": a capital letter and a full stop is an initial before the
  // surname, not a sentence's end, unless an ordinary word opens the next sentence ("World War I.
  // Then") or more capitalised words follow ("Malcolm X. Attallah Shabazz").
  if (gap === '. ' && /^[A-Z]$/.test(previous.text)) {
    if (FUNCTION_WORDS.has(next.lower) || COMMON_WORDS.has(next.lower)) return false;
    // "Deputy Commissioner S. Farah Naaz", "Justice M. Sundaravel Pandian": an initial opening a name,
    // before a given name or a word no list knows, as South Asian names are written.
    return !/^\s+\p{Lu}/u.test(text.slice(next.end, next.end + 3)) || (opensName(run) && (isGivenName(next.lower) || wordClasses(next.lower) === 0));
  }
  // "the National Farmers' Union", "the Athletes' Commission": the plural possessive of a noun for
  // people, its apostrophe after the word, or of any plural before a body's head noun that is not
  // itself a name ("the Tories' Commons presence"), or before a name a head noun soon ends ("Dogs' Welfare Alliance").
  if ((gap === "' " || gap === '’ ') && previous.lower.endsWith('s')
    && (namesPeople(previous.lower) || ((ORG_HEAD_WORDS.has(next.lower) || OTHER_HEAD_WORDS.has(next.lower) || bodyHeadAhead(text, next)) && !KNOWN_NAMES.has(previous.lower)) || isCallingsBeforeName(previous, next))) return true;
  // "Department for Environment, Food and Rural Affairs": a ministry's portfolios, listed.
  // ("Department of Children, Youth, and Families": a comma before "and" ends a list already begun.)
  if (gap === ', ' || (gap === ', and ' && text.slice(run[0].start, previous.start).includes(', '))) return listsPortfolios(text, run, previous);
  const connector = gap.trim();
  // "U.S. Court of Appeals for the 6th Circuit", "for the District of Columbia Circuit": a federal
  // appeals court named for its circuit.
  if (connector === 'for the' && previous.lower === 'appeals') return CIRCUIT_AFTER.test(text.slice(next.start, next.start + 40));
  // "Tessaly Systems of Herndon, Virginia": a firm's town and state after its name are where it is,
  // not part of it.
  if (connector === 'of' && run.length >= 2 && (CORPORATE_ENDINGS.has(previous.lower) || previous.lower === 'systems') && TOWN_THEN_STATE.test(text.slice(next.end, next.end + 30))) return false;
  // "the Queen on 4 or 5 April": a connector never leads into a number.
  if (startsWithDigit(next.text)) return false;
  if (gap.length > 10 || gap[0] !== ' ' || gap[gap.length - 1] !== ' ') return false;
  // "Marks & Spencer", "Robbins Geller Rudman & Dowd": an ampersand only ever joins one name.
  // ("Air-Britain’s de Havilland type specialist": but a particle after a possessive opens another name.)
  if (NAME_PARTICLES.has(connector)) return !endsWithPossessive(previous.text);
  if (connector === '&') return true;
  // "Committee to Protect Journalists", "Campaign to Protect Rural England": a body named for its aim.
  // "the EU Delegation to Georgia": a diplomatic body is named for the country it is sent to.
  // ("the Permanent Mission of Russia to the EU": a diplomatic post to the body or the state it is sent to.)
  if (connector === 'to') return AIM_BODIES.has(previous.lower) || (DIPLOMATIC_BODIES.has(previous.lower) && PLACES.has(next.lower)) || isDiplomaticPost(text, run);
  // "Breakfast with Frost": only a known name goes on across "with".
  if (connector === 'with') return opensConnectedKnownName(run, connector, next);
  // "the Lake Tahoe Marathon in Nevada": a place after "in" ends the name, unless the acronym spells
  // it in ("the UN Mission in South Sudan (UNMISS)"), or a diplomatic post is named for where it is
  // ("the Embassy of Senegal in Bamako", "the US Consulate General in Erbil").
  // ("the Network of Eritrean Families in Exile": nor a body of exiles, named for it.)
  // ("the Association of Banks in Lebanon": nor a body of a country's members.)
  if (connector === 'in') return isSpelledAcrossIn(text, run, next) || isBodyOfMembersIn(text, run, previous, next) || (isDiplomaticPost(text, run) && (wordClasses(next.lower) & WordClass.date) === 0) || next.lower === 'exile';
  // "Department of Agriculture, Food and the Marine": the last of a ministry's portfolios may take
  // "the", once a comma has joined the list (only portfolios join so); but not another body ("…
  // Information Technology and the Ministry of Agriculture"), nor after a complete name ("… Industry Bureau
  // and the Cyber Security … Bureau"), nor an office's regions ("Secretary for
  // Malvinas, Antarctica and the South Atlantic").
  // ("Ministry of Fisheries and the Blue Economy": so may a ministry's second field, with no list.)
  if (connector === 'and the') {
    return (text.slice(run[0].start, previous.start).includes(', ') && !ORG_HEAD_WORDS.has(next.lower) && !ORG_HEAD_WORDS.has(previous.lower)
      && run.some((word) => ORG_HEAD_WORDS.has(word.lower))) || isMinistrysSecondField(text, run, next);
  }
  // "the Collective for a United Chad", "Campaign for a Living Wage": a body named for its aim, with "a".
  if (connector === 'for a') return AIM_BODIES.has(previous.lower);
  // "the International Fund for Saving the Aral Sea": a body named for what it does, with its object.
  if (connector === 'the') return isAimOfBody(text, run, previous);
  if (!CONNECTORS.has(connector)) return false;
  // "the London Marathon on Boxing Day", "the summit on Monday": a date after "on" is no part of
  // the name, unless the gazetteer says so ("Mail on Sunday").
  if (connector === 'on' && !KNOWN_NAMES.has(`${previous.lower} on ${next.lower}`)
    && ((wordClasses(next.lower) & WordClass.date) !== 0 || /^\S+\s+(?:Day|Eve|Night)\b/.test(text.slice(next.start, next.start + 30)))) return false;
  const head = previous.lower;
  if (opensConnectedKnownName(run, connector, next)) return true;
  if (connector === 'and') return joinsWithAnd(text, run, next);
  // "Associated General Contractors of America", "Boy Scouts of America": a body of a country's plural members.
  if (connector === 'of' && run.length >= 2 && isEverydayPlural(head) && PLACES.has(next.lower) && !run.some((word) => isGivenName(word.lower))) return true;
  // "Succession to the Crown Bill": "to the" joins only a law's or a body's name ("Visitors to the
  // British Library" are people), and never after "from" ("from the Food and Drug Administration
  // to the Securities and Exchange Commission" goes from one body to another).
  if (connector === 'to the') {
    return isDiplomaticPost(text, run) || COMMON_WORDS.has(head) && !head.endsWith('s') && headFollows(text, next.start - 1) && !FROM_BEFORE.test(text.slice(Math.max(0, run[0].start - 9), run[0].start));
  }
  // "Prevention of Terrorism Bill": the head noun may come after the connector.
  // "Campaign for Nuclear Disarmament", "Movement for Democratic Change": a body named for its aim.
  // ("Chief Marie-Ange Cardinal of the Athabasca Chipewyan First Nation": a role's word after a given name is a surname.)
  // ("Coordinadora Nacional para la Reducción de Desastres": a Romance "for" joins any body's name whose head came before.)
  if (ROMANCE_FOR.has(connector)) return run.some((word) => ORG_HEAD_WORDS.has(word.lower));
  return ORG_HEAD_WORDS.has(head) || ((wordClasses(head) & WordClass.role) !== 0 && !isSurnameAfterGivenName(run)) || OTHER_HEAD_WORDS.has(head) || PLACE_LEADS.has(head) || WATERS_AND_STATES_OF.has(head) || head === 'house' || head === 'secretary' || head === 'club' || head === 'court'
    || ((connector === 'for' || connector === 'for the') && AIM_BODIES.has(head))
    // "Zimbabwe Lawyers for Human Rights", "Physicians for Human Rights": people banded for a cause.
    // "Omaha Taxpayers for Accountability": or for one cause the word list knows, not a person.
    || (connector === 'for' && BANDED_PEOPLE.has(head) && !previous.sentenceStart && (/^\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(next.start, next.start + 40)) || namesCause(text, next)))
    // "Bridges for Accountability, a Manila-based group": a body its description calls one, named for its aim.
    || (connector === 'for' && run.length === 1 && bodyDescribedAfter(text, next))
    // "Southville Streets for People", "Action for Children": a campaign named for whom it serves.
    || (connector === 'for' && namesPeople(next.lower) && !/^\s+\p{Lu}/u.test(text.slice(next.end, next.end + 2)))
    // "the Cabinet for Economic Development": a state's cabinet department, named for its charge.
    || (connector === 'for' && head === 'cabinet')
    || (connector === 'of' && run.length === 1 && !isCommonOpening(previous) && headFollows(text, next.start - 1))
    // "the Permanent Mission of Russia": a diplomatic post of the state that sends it.
    || (connector === 'of' && DIPLOMATIC_POSTS.has(head))
    // "the City of Tampere", "the Village of Oak Park": a municipality's corporate name; "the Port of
    // Tacoma", a harbour's or its authority's.
    // "the Canton of Jura", "the Province of Limpopo": a region named by its kind.
    || (connector === 'of' && (MUNICIPAL_HEADS.has(head) || REGION_HEADS.has(head) || head === 'port') && (run.length === 1 || (run.length === 2 && run[0].lower === 'the')))
    // "Top of the Pops", "Shaun of the Dead": a common word and "of the" open a title, unlike a
    // name ("Thompson of the Hollywood Reporter").
    || (connector === 'of the' && run.length === 1 && !previous.sentenceStart && opensTitleOfThe(head))
    // "the Department of Health of the Calabria Region": a department of the region or the state that runs it.
    || (connector === 'of the' && run.length >= 2 && ORG_HEAD_WORDS.has(run[0].lower) && STATE_NAMED_AFTER.test(text.slice(next.start, next.start + STATE_NAMED_REACH)))
    // "Lord Campbell of Alloway", "Baroness Thatcher of Kesteven": a peer's territorial title.
    || (connector === 'of' && ((run.length === 2 && PEERS.has(run[0].lower)) || (run.length === 1 && NOBLE_TITLES.has(head))))
    // "American Association for the Advancement of Science", "Court of Arbitration for Sport": "of"
    // or "for" inside a body's name, after its head.
    || ((connector === 'of' || connector === 'for') && run.length >= 2 && run.some((word) => ORG_HEAD_WORDS.has(word.lower)))
    // "Minister of State for Transport", "Secretary of State for Health": the portfolio of a minister of state.
    || (connector === 'for' && head === 'state' && run.length >= 2 && ROLE_WORDS.has(run[run.length - 2].lower))
    // "Greens Member for Franklin Imogen Tully-Harrow": a legislator's title and seat, before the name.
    || isMemberForSeat(previous, connector);
}

/** "Marie-Ange Cardinal", "Tom Bishop": the run's last word follows a given name, as a surname does. */
function isSurnameAfterGivenName(run: readonly Word[]): boolean {
  return run.length >= 2 && isGivenName(run[run.length - 2].lower);
}

/** Whether `next` opens a given name and surname after a run that ends in a body's head noun ("Management Board Emil Huseynzade"). */
function opensOfficerAfterBody(text: string, run: readonly Word[], previous: Word, next: Word): boolean {
  // (A title's run, "State Secretary of the Environment Ministry Peter Dolný", is split at its title instead.)
  // (Nor "Radio Don Bosco", a station named for a saint, nor "U.S. Army Garrison Italy", named for its country.)
  // (A body's head noun before the word is the rarest of these, and asked first.)
  if (run.length < 2 || !ORG_HEAD_WORDS.has(previous.lower) || !isGivenName(next.lower) || isGivenName(previous.lower) || run.some((word) => isTitleWord(word.lower))) return false;
  const surname = SURNAME_THEN_END.exec(text.slice(next.end, next.end + 40))?.[1];
  return surname !== undefined && (wordClasses(surname.toLowerCase()) & WordClass.place) === 0;
}

/** One capitalised word, then no more: " Huseynzade told". */
const SURNAME_THEN_END = /^ (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]| \p{Lu})/u;

/** "Calabria Region": the name of a region or a state, after "of the". */
const STATE_NAMED_AFTER = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Region|Province|Republic|Canton|Governorate|Oblast)\b/u;
const STATE_NAMED_REACH = 40;

const REGION_HEADS: ReadonlySet<string> = new Set(['canton', 'province', 'governorate', 'prefecture', 'oblast']);

const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

/** "Accountability", "Justice": one everyday word, the last of its run, that names a cause and no one. */
function namesCause(text: string, word: Word): boolean {
  return !/^\s+\p{Lu}/u.test(text.slice(word.end, word.end + 2)) && isDictionaryWord(word.lower) && (wordClasses(word.lower) & (GIVEN_NAME_CLASSES | WordClass.place)) === 0;
}


const PLACE_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft']);

/** "Ministry of Fisheries" before "and the Blue Economy": a ministry of one field, and a field that takes "the" after it. */
function isMinistrysSecondField(text: string, run: readonly Word[], next: Word): boolean {
  return run.length >= 2 && run.length <= 3 && (run[0].lower === 'ministry' || run[0].lower === 'department') && text.slice(run[0].end, run[1].start) === ' of '
    && FIELD_AFTER_THE.test(text.slice(next.start, next.start + 30));
}

const FIELD_AFTER_THE = /^(?:Blue\s+Economy|Environment|Marine|Arts|Regions|Family)\b(?!\s+\p{Lu})/u;

/** A telephone number: a group of three to five digits, then two more groups ("0412 338 905", "020 7946 0958"). */
const PHONE_NUMBER = /^\d{3,5}[ -]\d{3,4}[ -]\d{3,4}\b/;
const PHONE_REACH = 16;

/** Whether a comma after `previous` goes on listing what a body named "X for Y" or "X of Y" is for, up to its last item after "and". */
function listsPortfolios(text: string, run: readonly Word[], previous: Word): boolean {
  // ("Minister of Trade, Industry and Energy Ryu Chang-beom": so is a title's; "Ministry of the Interior, Security and Customary Affairs": "the" may come first.)
  // ("Ministerio del Ambiente, Agua y Transición Ecológica": or in the ministry's own language.)
  const headServing = (word: Word, index: number) => (ORG_HEAD_WORDS.has(word.lower) || ROLE_WORDS.has(word.lower)) && index + 1 < run.length && /^ (?:for|of|de|del|de la|della|di|du|des|da|do)(?: the)? $/.test(text.slice(word.end, run[index + 1].start));
  const after = text.slice(previous.end, previous.end + 80);
  // ("Secretary for Malvinas, Antarctica and the South Atlantic": places listed are an office's regions, each a place.)
  if (PLACES.has(FIRST_LISTED.exec(after)?.[1].toLowerCase() ?? '')) return false;
  // "the Innovation, Technology and Industry Bureau": or a list that ends in a ministry's head noun.
  return (run.some(headServing) && PORTFOLIO_LIST.test(after)) || PORTFOLIOS_ENDING_IN_HEAD.test(after);
}

const FIRST_LISTED = /^, (\p{Lu}\p{Ll}+)/u;
const PORTFOLIO_LIST = new RegExp(`^${PORTFOLIOS_AFTER_COMMA}`, 'u');
const PORTFOLIOS_ENDING_IN_HEAD = new RegExp(`^${PORTFOLIOS_BEFORE_HEAD}`, 'u');

/** "Fund for Saving" before "the Aral Sea": a body's head, "for" and a gerund, whose object follows. */
function isAimOfBody(text: string, run: readonly Word[], previous: Word): boolean {
  const body = wordBeforeConnector(text, run, previous, ' for ');
  return body !== undefined && previous.lower.endsWith('ing') && (ORG_HEAD_WORDS.has(body.lower) || AIM_BODIES.has(body.lower));
}

/** The word of the run before `previous`, when `connector` alone stands between them ("Fund" of "Fund for Saving"). */
function wordBeforeConnector(text: string, run: readonly Word[], previous: Word, connector: string): Word | undefined {
  const word = run[run.length - 2];
  return word !== undefined && text.slice(word.end, previous.start) === connector ? word : undefined;
}

/** "Association of Banks" before "in Lebanon": a body of plural members, before the country they are in. */
function isBodyOfMembersIn(text: string, run: readonly Word[], previous: Word, next: Word): boolean {
  const body = wordBeforeConnector(text, run, previous, ' of ');
  return body !== undefined && ORG_HEAD_WORDS.has(body.lower) && isEverydayPlural(previous.lower) && PLACES.has(next.lower);
}

/** Bodies whose names may go on with their aim or charge after "to" or "for": "Campaign to Protect Rural England", "Transport for Wales". */
const DIPLOMATIC_BODIES: ReadonlySet<string> = new Set(['delegation']);

/** "Embassy of Senegal", "US Consulate General", "UN Mission": a name ending in a diplomatic post's noun, or in its country after it. */
function isDiplomaticPost(text: string, run: readonly Word[]): boolean {
  const post = run.findLastIndex((word) => DIPLOMATIC_POSTS.has(word.lower));
  return post >= 0 && POST_ENDING.test(text.slice(run[post].end, run[run.length - 1].end));
}

const POST_ENDING = /^(?: General)?(?: of (?:the )?\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*)?$/u;
const PUBLICATION_AFTER = new RegExp(`^${PUBLICATION_TITLE}`, 'u');
const PUBLICATION_REACH = 40;

/**
 * "Hawke's Bay", "Martha's Vineyard", "Fisherman's Wharf": a landform named for someone, possessive
 * and all; not a known place's or body's ("Apple's Bay Area office", "Britain's Point").
 */
const POSSESSIVE_PLACE_HEADS: ReadonlySet<string> = new Set(['bay', 'vineyard', 'wharf', 'cove', 'creek', 'point', 'isle']);

function namesNoOneKnown(possessive: Word): boolean {
  const possessor = possessive.lower.slice(0, possessive.lower.length - possessiveLength(possessive.lower));
  return !KNOWN_NAMES.has(possessor) && (wordClasses(possessor) & (WordClass.date | WordClass.place | WordClass.demonym)) === 0;
}

/** "Cox's Bazar", "King's Lynn": a town whose name is a possessive, written with either apostrophe. */
function isListedPossessiveTown(possessive: Word, next: Word): boolean {
  const name = `${possessive.lower} ${next.lower}`;
  return isTownOrCity(name.replace(/’/g, "'")) || isTownOrCity(name.replace(/'/g, '’'));
}

/** "St Paul's Cathedral", "St Mary's Hospital": the possessive of a saint is inside the name. */
function isSaintsName(run: readonly Word[]): boolean {
  const saint = run.at(-2)?.text;
  return saint === 'St' || saint === 'Saint';
}

/** "the Wright County Sheriff's Office", "the District Attorney's Office", "Hull Coroner's Court": an office or a court named for whoever holds it. */
function isOfficeOfHolder(possessive: string, next: string): boolean {
  const holder = possessive.slice(0, possessive.length - possessiveLength(possessive)).toLowerCase();
  // ("Hull Coroner's Court", "Standerton Magistrate's Court": the court a judicial office holds.)
  return (OFFICES.has(next) && OFFICE_HOLDERS.has(holder)) || (next === 'court' && COURT_HOLDERS.has(holder));
}

const COURT_HOLDERS: ReadonlySet<string> = new Set(['coroner', 'magistrate', 'sheriff']);
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['sheriff', 'attorney', 'marshal', 'examiner', 'coroner', 'commissioner', 'controller', 'comptroller',
  'auditor', 'clerk', 'assessor', 'treasurer', 'recorder', 'defender', 'general', 'governor', 'mayor', 'inspector', 'prosecutor', 'ombudsman']);

/**
 * "European People's Party", "Women's Institute", "Woman's Hour": the possessive of a noun for
 * people inside a name ("BBC One's Breakfast" and "Britain's Tony Blair" are two names).
 */
function isCommonPossessive(word: string): boolean {
  return namesPeople(word.slice(0, word.length - possessiveLength(word)).toLowerCase());
}

const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'peoples', 'women', 'woman', 'men', 'man', 'children', 'child', 'workers', 'worker', 'farmers', 'teachers', 'nurses',
  'doctors', 'veterans', 'pensioners', 'mothers', 'fathers', 'citizens', 'writers', 'players', 'reporters', 'journalists', 'parents',
  'patients', 'residents', 'victims', 'survivors', 'consumers', 'taxpayers', 'students',
]);

const COMPOUND_WORKERS = /^\p{Ll}{3,}(?:workers|men)$/u;

/**
 * "Actors' Equity Association", "Musicians' Union": the plural of a calling the word list knows,
 * before a word that is no given name ("Rangers' Alex McLeish" is a player of the club).
 */
function isCallingsBeforeName(previous: Word, next: Word): boolean {
  return PLURAL_CALLING.test(previous.lower) && isDictionaryWord(previous.lower) && (wordClasses(next.lower) & GIVEN_NAME_CLASSES) === 0;
}

const PLURAL_CALLING = /^\p{Ll}{3,}(?:ers|ors|ists|ians)$/u;

/** "Dogs' Welfare Alliance Ireland": a body's head noun among the next few capitalised words. */
function bodyHeadAhead(text: string, next: Word): boolean {
  const words = CAPITALISED_WORDS_AFTER.exec(text.slice(next.start - 1, next.start + 60))?.[0].trim().split(' ') ?? [];
  return words.some((word) => ORG_HEAD_WORDS.has(word.toLowerCase()));
}

/** A noun for people, or a compound ending in one: "Farmers", "Shiftworkers", "Steelworkers", "Fishermen". */
function namesPeople(lower: string): boolean {
  return PEOPLE_NOUNS.has(lower) || COMPOUND_WORKERS.test(lower);
}

const COURTESY_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);
const PILGRIM_AND_MALAY_TITLES: ReadonlySet<string> = new Set(['awang', 'dayang', 'haji', 'hajah', 'hajji', 'alhaji', 'alhaja', 'hajia', 'dato', 'datuk', 'datin']);

/** Every courtesy title starts with "M" or "D": a test that spares lower-casing most words. */
function startsCourtesyTitle(word: string): boolean {
  const first = word.charCodeAt(0);
  return first === 77 || first === 68;
}

function isTitleWord(lower: string): boolean {
  return isAbbreviatedTitle(lower) || ROLE_WORDS.has(lower) || lower === 'rt';
}

/** "Ross-van" of "Clemence Ross-van Dorp": a surname's particle after a hyphen, which the rest of the name follows. */
function endsWithParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.slice(word.lastIndexOf('-') + 1));
}

const PEERS: ReadonlySet<string> = new Set(['lord', 'lady', 'baroness', 'baron']);

/** "Shares of Palantir Technologies rose": a common word opening the sentence heads no name. */
function isCommonOpening(word: Word): boolean {
  return word.sentenceStart && COMMON_WORDS.has(word.lower);
}

/** "Dr. Jill Biden", "Sen. Elizabeth Warren": a title abbreviated with a full stop, which does not end the name. */
function isAbbreviatedTitle(lower: string): boolean {
  return HONORIFICS.has(lower) || TITLE_ABBREVIATIONS.has(lower);
}

/** "3-1": asked of every pair of words, so the regex runs only after a digit. */
function isScore(word: string): boolean {
  return startsWithDigit(word) && SCORE.test(word);
}

const SCORE = /^\d+[-–]\d+$/;

/** "Belle and Sebastian", "the British Chambers of Commerce": a known name that holds the connector, short before it. */
function opensConnectedKnownName(run: readonly Word[], connector: string, next: Word): boolean {
  const first = run.length > 1 && run[0].lower === 'the' ? 1 : 0;
  if (run.length - first > 3) return false;
  let key = run[first].lower;
  for (let i = first + 1; i < run.length; i++) key += ` ${run[i].lower}`;
  return KNOWN_CONNECTED_PREFIXES.has(`${key} ${connector} ${next.lower}`);
}

/** The rest of a town's name, then a comma and a capitalised place: ", Virginia", " Beach, Calif.". */
const TOWN_THEN_STATE = /^(?: \p{Lu}[\p{L}'’-]*)?, \p{Lu}/u;

/** What a number after a name counts: "28 days", "14 times", "3 per cent". */
const COUNTED_AFTER = /^ (?:days|weeks|months|years|hours|minutes|times|per\s+cent|percent)\b/;

/** A circuit's number or name, up to the word "Circuit": "6th Circuit", "Ninth Circuit", "District of Columbia Circuit". */
const CIRCUIT_AFTER = /^(?:\d{1,2}(?:st|nd|rd|th)|\p{Lu}\p{Ll}+(?: of \p{Lu}\p{Ll}+)?) Circuit\b/u;

/** A government department's head noun right after the word that follows "and". */
const DEPARTMENT_AFTER = /^\s+(?:Department|Ministry|Bureau|Directorate)\b/;

const TOWN_AND_DISTRICT_BODY = /^(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+(?:Association|Society|Club|League|Council|Federation|Union|Trust|Band|Chamber)\b/u;

/** "Kazakhstan's": a word with a singular possessive (not "Peoples'" of the "Court on Human and Peoples' Rights"). */
const SINGULAR_POSSESSIVE = /\p{L}['’]s$/u;

/**
 * "Under Secretary for Research and Engineering": "and" joins words inside a title or an
 * organisation's name, but not two people ("… Michael Duffy and Deputy Secretary Steve Feinberg").
 */
function joinsWithAnd(text: string, run: Word[], next: Word): boolean {
  // "Devon and Cornwall Police", "Perth and Kinross Council", "Hampshire and Isle of Wight
  // Constabulary": a public service named for the two places it serves.
  if (run.length === 1 && (PLACES.has(run[0].lower) || PLACES.has(next.lower)) && SERVICE_OF_PLACES.test(text.slice(next.end, next.end + 40))) return true;
  // "Broch and District Fishermen’s Association", "Aberdeen and District Angling Association": a
  // local body named for a town and the district round it.
  if ((run.length === 1 || (run.length === 2 && run[0].lower === 'the')) && next.text === 'District' && TOWN_AND_DISTRICT_BODY.test(text.slice(next.end, next.end + 60))) return true;
  // "General Motors and Disney Research": a known name before "and" is complete, and "the Gulf of
  // Mexico and Angola" names two places.
  // (But "the Labour and ESI Department": a department's portfolios, though the first is a known name.)
  if (run.length <= MAX_KNOWN_NAME_WORDS && KNOWN_NAMES.has(text.slice(run[0].start, run[run.length - 1].end).toLowerCase())) {
    return run.length === 1 && DEPARTMENT_AFTER.test(text.slice(next.end, next.end + 14));
  }
  // "Early Doors and The Alan Clark Diaries": a capitalised "The" after "and" opens another title.
  // ("Elshan Muradli and Kazakhstan's Vice Minister": and a possessive opens another name.)
  if (PLACES.has(next.lower) || next.text === 'The' || SINGULAR_POSSESSIVE.test(next.text)) return false;
  // "Ogilvy & Mather and Cordiant Communications": a name that "&" has just closed does not join again
  // with "and" (but "Hereford & Worcester Fire and Rescue Service" goes on past its places).
  if (run.length >= 2 && text.slice(run[run.length - 2].end, run[run.length - 1].start) === ' & ') return false;
  // "Top of the Pops and The Lord of the Rings": a title a common word opens ends before "and".
  if (text.startsWith(' of the ', run[0].end) && opensTitleOfThe(run[0].lower)) return false;
  // Only the last words of the run: a title or a body's name is short, and a long run must not cost its length at every "and".
  // ("Court on Human and Peoples' Rights" too.)
  const insideOfOrFor = run.slice(-6).some((word) => text.slice(word.end, word.end + 5) === ' for ' || text.slice(word.end, word.end + 4) === ' of ' || text.slice(word.end, word.end + 4) === ' on ');
  const isGiven = (word: Word) => isGivenName(word.lower);
  // ("the Solomon Islands Tertiary Education and Skills Authority": a given name that a place's head
  // noun follows names the place.)
  const namesPerson = (word: Word, index: number, tail: readonly Word[]) => isGiven(word) && !PLACE_HEADS.has(tail[index + 1]?.lower ?? '');
  // ("the Department of Primary Industries and Regional Development": a word that may open a title
  // goes on inside a body's name when no role follows it.)
  const opensRole = ROLE_MODIFIERS.has(next.lower) && !(insideOfOrFor && isFieldAfter(text, next));
  const plain = !run.slice(-6).some(namesPerson) && !isGiven(next) && !ROLE_WORDS.has(next.lower) && !opensRole && !HONORIFICS.has(next.lower);
  // "Citizens Bank and Canal Bank", "Sony Pictures Entertainment and MGM Studios": a name already
  // ended by its head noun, before another name of two words or more, is two names (not "Public and
  // Commercial Services Union", nor "the Department of Trade and Industry").
  const last = run[run.length - 1].lower;
  const endsName = (ORG_HEAD_WORDS.has(last) || OTHER_HEAD_WORDS.has(last)) && !SHARED_HEADS.has(last) && !PLAIN_FUNCTION_WORDS.has(run[0].lower);
  if (!insideOfOrFor && run.length >= 2 && endsName && capitalisedWordsFrom(text, next.start) >= 2) return false;
  // "three divisions: gaming, Hard Rock and Deluxe Films": the last two items of a list (but the
  // "Anti-terrorism, Crime and Security Act" names a law with a comma in it).
  const listItem = /, $/.test(text.slice(Math.max(0, run[0].start - 2), run[0].start)) && !LAW_HEAD_AFTER.test(text.slice(next.end, next.end + 12));
  return plain && (insideOfOrFor || (headFollows(text, next.end) && !listItem) || namesAgencyOfFields(text, run, next) || isSpelledAcrossAnd(text, run, next));
}

/** The rest of the second place's name ("of Wight"), then the head of a public service's name. */
const SERVICE_OF_PLACES = /^(?: of)?(?: \p{Lu}[\p{L}'’-]*)?? (?:Police|Constabulary|Fire|Ambulance|NHS|Council)\b/u;

/**
 * "The United Rail and Tube Workers union (URTW)": an acronym in brackets after the capitalised
 * words from `next` on (and a lower-case head noun), spelling their initials after those of the
 * last words of the run, shows "and" is inside one name.
 */
function isSpelledAcrossAnd(text: string, run: readonly Word[], next: Word): boolean {
  const after = CAPITALISED_WORDS_AFTER.exec(text.slice(next.end, next.end + 60))?.[0] ?? '';
  const acronym = ACRONYM_AFTER_NAME.exec(text.slice(next.end + after.length, next.end + after.length + 24))?.[1];
  if (acronym === undefined) return false;
  const following = [next.text, ...after.trim().split(' ').filter((word) => word !== '')];
  const leading = acronym.length - following.length;
  if (leading < 1 || leading > run.length) return false;
  const words = [...run.slice(run.length - leading).map((word) => word.text), ...following];
  return words.every((word, index) => word.charCodeAt(0) === acronym.charCodeAt(index));
}

const ACRONYM_AFTER_NAME = /^(?: \p{Ll}+)? \(([A-Z]{2,8})\)/u;

/**
 * "the UN Mission in South Sudan (UNMISS)", "the United Nations Mission in Liberia (UNMIL)": an
 * acronym in brackets after the capitalised words from `next` on that ends with the initials of
 * "in" and of those words, and opens with those of the run's last words (all the letters of one in
 * capitals, "UN"), shows "in" is inside one name.
 */
function isSpelledAcrossIn(text: string, run: readonly Word[], next: Word): boolean {
  const after = CAPITALISED_WORDS_AFTER.exec(text.slice(next.end, next.end + 60))?.[0] ?? '';
  const acronym = /^ \(([A-Z]{3,8})\)/.exec(text.slice(next.end + after.length, next.end + after.length + 12))?.[1];
  if (acronym === undefined) return false;
  const following = [next.text, ...after.trim().split(' ').filter((word) => word !== '')].map((word) => word[0]).join('');
  if (!acronym.endsWith(`I${following}`)) return false;
  const leading = acronym.slice(0, acronym.length - following.length - 1);
  let spelled = '';
  for (let i = run.length - 1; i >= 0 && spelled.length < leading.length; i--) spelled = (isInCapitals(run[i].text) ? run[i].text : run[i].text[0]) + spelled;
  return spelled === leading;
}

/** "Regional Development", "Home Affairs": a capitalised word after `word` that is no role and no given name. */
function isFieldAfter(text: string, word: Word): boolean {
  const after = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(word.end, word.end + 30))?.[1].toLowerCase();
  return after !== undefined && !ROLE_WORDS.has(after) && !isGivenName(after) && (wordClasses(after) & WordClass.role) === 0;
}

/**
 * "Fisheries and Oceans Canada", "Environment and Climate Change Canada": everyday words for the
 * fields a national agency serves, then its nation (not "UK Sport and Sport England", two bodies).
 */
function namesAgencyOfFields(text: string, run: readonly Word[], next: Word): boolean {
  const nation = CAPITALISED_WORDS_AFTER.exec(text.slice(next.end, next.end + 60))?.[0].trim().split(' ').at(-1)?.toLowerCase();
  return nation !== undefined && AGENCY_NATIONS.has(nation) && run.every((word) => isDictionaryWord(word.lower));
}

const LAW_HEAD_AFTER = /^ (?:Act|Bill)\b/;

/**
 * Head nouns of fields that a body's name often pairs with another before its own head:
 * "Securities and Exchange Commission", "Entertainment and Leisure Software Publishers Association",
 * "North Yorkshire Fire and Rescue Service".
 */
const SHARED_HEADS: ReadonlySet<string> = new Set(['security', 'securities', 'investments', 'entertainment', 'mail', 'media', 'research', 'communications', 'energy', 'services', 'electronics', 'telecom', 'industries', 'technologies', 'systems', 'news', 'press', 'fire']);

/** How many capitalised words, up to four, run from `from`. */
function capitalisedWordsFrom(text: string, from: number): number {
  return /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}/u.exec(text.slice(from, from + 60))?.[0].split(' ').length ?? 0;
}

/** "Serious and Organised Crime Bill": the capitalised words after "and" end in a law's or an organisation's head noun. */
function headFollows(text: string, from: number): boolean {
  const words = CAPITALISED_WORDS_AFTER.exec(text.slice(from, from + 60))?.[0].trim().split(' ') ?? [];
  // "the Transport and General Workers' Union's members": the head noun may carry a possessive.
  const last = words.at(-1)?.toLowerCase().replace(/['’]s?$/, '') ?? '';
  // ("the Disaster and Emergency Management Presidency": a state body named a presidency, though
  // "the Bush Presidency" is no body's name.)
  // ("the Central Water and Power Research Station": nor a research station, though a station is mostly a place.)
  return OTHER_HEAD_WORDS.has(last) || ORG_HEAD_WORDS.has(last) || last === 'presidency' || isResearchStation(words.at(-2)?.toLowerCase(), last);
}

const CAPITALISED_WORDS_AFTER = /^(?: \p{Lu}[\p{L}'’-]*){0,3}/u;

/** "… Accountability, a Manila-based group": the capitalised words from `word` on end before a description of a body. */
function bodyDescribedAfter(text: string, word: Word): boolean {
  const end = word.end + (CAPITALISED_WORDS_AFTER.exec(text.slice(word.end, word.end + 60))?.[0].length ?? 0);
  const described = appositiveNoun(text, end);
  return described !== undefined && isBodyDescription(described);
}
