/**
 * Grouping mentions into entities, one per real-world referent within the article: full names
 * first, then the parts that name them alone (a surname, a given name, a club's last word, an
 * acronym or a nickname), the bearer of a surname several people share, and the entity each
 * group becomes, with its fullest name, its type and its aliases.
 */
import type { EntityType, LocalEntity, Span } from '../model';
import { isGivenName, PLACES } from '../../text/gazetteer';
import { FAMILY_NAMES_FIRST, NEWSPAPER_TITLE, ROLE_WORDS } from '../../text/lexicon';
import { isDictionaryWord } from '../../text/englishWords';
import { canonicalForm } from '../../text/names';
import { GIVEN_NAME_CLASSES, WordClass, wordClasses } from '../../text/wordClasses';
import { startsWithCapital } from '../../text/words';
import { CAPITAL_THEN_LOWER, type NameMention } from './mentions';
import { isCountryInitials, KNOWN_NAMES } from './knownNames';
import { isHyphenatedGivenName, isPatronymicName, PATRONYMIC_PARTICLES } from './personNames';
import { CORPORATE_ENDINGS, isCoinedName, isFirmSuffix } from './nameWords';
import { addDistinct, addMention, AMBIGUOUS, type Cluster, nameKey, newCluster } from './clusters';
import { departmentSubject, mergeCircuits, mergeCompoundSurnames, mergeDepartmentSubjects, mergeEquatedNames, mergeMiddleNames, mergeShortenedBodies, mergeShortenedFirms } from './merging';
import { hasResult, isClubOfLeague, isLoneCommonWord, isOnlyToldOutlet, isPlayerOfSide, isSportStory, namesSideOfPlayer, playsAsTeam, typeFromPronouns, withListedTypes } from './clusterTyping';

/**
 * Lower-case words that open Portuguese, Spanish, Italian, Dutch, German and Faroese surnames ("da Costa",
 * "dos Santos", "van Aalst", "á Lakjuni"): fewer than `NAME_PARTICLES`, whose "na" and "al" also open bodies'
 * names ("Bòrd na Gàidhlig").
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'das', 'de', 'del', 'della', 'di', 'do', 'dos', 'van', 'von', 'á', 'í', 'av', 'við']);

export function groupMentions(text: string, foundNames: NameMention[]): LocalEntity[] {
  const names = withListedTypes(text, withCountriesApart(foundNames));
  const clusters: Cluster[] = [];
  const byFullName = new Map<string, Cluster>();
  const byPart = new Map<string, PartOwner>();
  /** "Dario" of "Dario Amodei": linked only when written without a title ("Prince Charles" is not Charles Kennedy). */
  const byGivenName = new Map<string, PartOwner>();
  /** Acronyms and nicknames, in capitals: "DOD" of the Department of Defense, "KESSIE" of Kezia ‘Kessie’ Laurent-Osei. */
  const byShortName = new Map<string, Cluster>();
  const pending: NameMention[] = [];

  // Multi-word names first, so that "Hegseth" finds "Pete Hegseth" whichever comes first (and
  // "Davaasuren" finds "S.Davaasuren", a father's initial and a given name in one word).
  for (const name of names) {
    if (name.words.length < 2 && !isPatronymicName(name.words[0])) {
      pending.push(name);
      continue;
    }
    const key = nameKey(name.form);
    let cluster = byFullName.get(key);
    if (!cluster) {
      cluster = newCluster();
      clusters.push(cluster);
      byFullName.set(key, cluster);
      for (const acronym of acronymsOf(name, key)) if (!byShortName.has(acronym)) byShortName.set(acronym, cluster);
    }
    addMention(cluster, name);
    if (name.equivalentName) {
      byShortName.set(name.equivalentName.toUpperCase(), cluster);
      addDistinct(cluster.equivalents, name.equivalentName);
    }
  }
  mergeMiddleNames(clusters);
  for (const cluster of clusters) indexParts(cluster, byPart, byGivenName);
  claimUnlistedGivenNames(clusters, byPart);

  for (const name of pending) {
    const key = nameKey(name.form);
    const existing = byFullName.get(key) ?? byShortName.get(name.text.toUpperCase()) ?? byPart.get(key) ?? (name.role === undefined && !name.linkOnly ? byGivenName.get(key) : undefined);
    // "Blair" when the article names both Tony and Ian Blair is the one `bearerOfSurname` finds;
    // with neither named yet, it is left out. But "Sky" beside "Sky News" and "Sky Movies", a
    // body's name of its own, is its own entity.
    if (existing === AMBIGUOUS && name.type !== 'organization') {
      const bearer = bearerOfSurname(text, clusters, key, name);
      if (bearer) addMention(bearer, name);
      continue;
    }
    // (A name only linked, as "May" or a sentence's "Button" is, names a person the article gave that surname.)
    if (existing && existing !== AMBIGUOUS && (!name.linkOnly || existing.type === 'person')) {
      addMention(existing, name);
      continue;
    }
    if (name.linkOnly) continue;
    const cluster = newCluster();
    addMention(cluster, name);
    clusters.push(cluster);
    byFullName.set(key, cluster);
  }
  mergeEquatedNames(text, names, clusters);
  mergeCompoundSurnames(clusters);
  mergeShortenedBodies(clusters);
  mergeShortenedFirms(clusters);
  mergeDepartmentSubjects(clusters);
  mergeCircuits(clusters);
  const found = clusters.filter((cluster) => cluster.mentions.length > 0 && !isLoneCommonWord(text, cluster));
  let sportStory: boolean | undefined;
  const isSport = () => (sportStory ??= isSportStory(text));
  for (const cluster of found) {
    // A town that only the gazetteer made a place ("Burnley") is its club in a story about sport;
    // so is a word alone nothing typed ("Middlesbrough 2-2 Charlton"), which may be a given name too.
    if (cluster.type === 'place') {
      if (playsAsTeam(text, cluster, isSport) || (cluster.confidence < 1 && (isSport() || hasResult(text, cluster)))) cluster.type = 'organization';
    } else if (cluster.type === undefined && cluster.mentions.every((mention) => mention.words.length === 1) && (hasResult(text, cluster) || playsAsTeam(text, cluster, isSport))) {
      cluster.type = 'organization';
    } else if (cluster.type === 'person' && cluster.confidence <= 0 && (namesSideOfPlayer(text, cluster) || isClubOfLeague(text, cluster) || isOnlyToldOutlet(text, cluster))) {
      cluster.type = 'organization';
    } else if (cluster.type === undefined && isPlayerOfSide(text, cluster) && isSport()) {
      cluster.type = 'person';
    }
  }
  for (const cluster of found) if (cluster.confidence < 1) typeFromPronouns(text, cluster);
  return found.map((cluster, key) => toEntity(cluster, key));
}

/**
 * "Alicia Keys to open US Super Bowl" above "…her first performance at the Super Bowl": a country's
 * initials before a name the article also writes without them are a separate name.
 */
function withCountriesApart(names: NameMention[]): NameMention[] {
  if (!names.some(opensWithCountryInitials)) return names;
  const forms = new Set(names.map((name) => name.form));
  // Most names keep their words: only those opening with a country's initials are taken apart.
  const apart: NameMention[] = [];
  for (const name of names) {
    if (opensWithCountryInitials(name)) apart.push(...countryAndRest(name, forms));
    else apart.push(name);
  }
  return apart;
}

function opensWithCountryInitials(name: NameMention): boolean {
  return name.words.length > 1 && isCountryInitials(name.words[0]);
}

/** The country's mention and the rest's, or the name whole when the article never writes the rest alone. */
function countryAndRest(name: NameMention, forms: ReadonlySet<string>): NameMention[] {
  const [country, ...rest] = name.words;
  if (!forms.has(rest.join(' '))) return [name];
  const restStart = name.start + name.text.indexOf(rest[0], country.length);
  const countryMention: NameMention = {
    start: name.start, end: name.start + country.length, text: country, words: [country], form: country, type: 'place', confidence: 2,
    role: undefined, gender: undefined, equivalentName: undefined, linkOnly: false,
  };
  // The type was read with the country in the name ("US Wife Swap"); the name's other mentions decide it.
  const restMention: NameMention = { ...name, start: restStart, text: name.text.slice(restStart - name.start), words: rest, form: rest.join(' '), type: undefined, confidence: -1 };
  return [countryMention, restMention];
}

/** "Chief executive" opening a sentence and "chief executive" elsewhere are one role: the first written is kept. */
function distinctIgnoringCase(roles: string[]): string[] {
  // Most entities have no role, and the cluster's own empty list serves: the cluster is not used after.
  if (roles.length === 0) return roles;
  const byLowerCase = new Map<string, string>();
  for (const role of roles) {
    const lower = role.toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, role);
  }
  return [...byLowerCase.values()];
}

/** Surnames and given names of people, and the first word of two-word organisations ("Barclays" of "Barclays Bank"). */
function indexParts(cluster: Cluster, byPart: Map<string, PartOwner>, byGivenName: Map<string, PartOwner>): void {
  for (const mention of cluster.mentions) {
    const words = mention.words;
    if (cluster.type === 'person' || cluster.type === undefined) {
      // "Tsang" of "Marcus Tsang Chi-hin": the surname stands before a Hong Kong or Korean given name.
      if (words.length > 1 && isHyphenatedGivenName(words[words.length - 1])) claimPart(byPart, words[words.length - 2].toLowerCase(), cluster);
      const last = words[words.length - 1].toLowerCase();
      // "France" of "Stade de France": a name of unknown type is no person whose surname the gazetteer knows as a place or a body.
      const lastType = KNOWN_NAMES.get(last);
      // ("Mostafa" of "Umm Mostafa", "Ahmad" of "Abu Ahmad": a parent named for their child is not that child.)
      const namedForChild = words.length === 2 && KUNYA_OPENINGS.has(words[0].toLowerCase());
      if ((cluster.type === 'person' || lastType === undefined || lastType === 'person') && !namedForChild) claimPart(byPart, last, cluster);
      // "Davaasuren" of "S.Davaasuren": Mongolian news names someone again by the given name after the father's initial.
      if (words.length === 1 && isPatronymicName(words[0])) claimPart(byPart, last.slice(last.indexOf('.') + 1), cluster);
      const paternal = cluster.type === 'person' ? paternalSurname(words) : undefined;
      if (paternal) claimPart(byPart, paternal, cluster);
      const first = words[0].toLowerCase();
      // ("Ermelinda" of "Ermelinda da Costa": a surname's particle after the first word says it is the given name.)
      if (words.length > 1 && (isGivenName(first) || PATRONYMIC_PARTICLES.has(words[1].toLowerCase()) || (cluster.type === 'person' && SURNAME_PARTICLES.has(words[1])))) claimPart(byGivenName, first, cluster);
      // The first word of a person's two-word name, when it is no given name we know: a given name
      // missing from the lists ("Arsene" of Arsene Wenger), or a family name written first, as
      // Chinese and Korean names are ("Mr Wang" of Wang Yan). Only with evidence that the name is a
      // person's, since two capitalised words are a person's only by default ("Apple Mac"), and not
      // of a role or a place ("Labour MP", "AOL UK").
      // So is the first word of a three-word name with a title before it ("Lauvao" of "Prime Minister
      // Lauvao Iosefa Mataia", a Samoan chief's title that serves as the name).
      else if ((words.length === 2 || (words.length === 3 && cluster.roles.length > 0)) && isSurelyPerson(cluster, words)) claimPart(byPart, first, cluster);
    } else if (cluster.type === 'organization' && words.length === 2 && isFirmSuffix(words[1]) && !isShortenedToLastWord(words) && !PLACES.has(words[0].toLowerCase())
      && !NEWSPAPER_TITLE.test(mention.form)) {
      // "Anthropic" of "Anthropic Inc", "Perplexity" of "Perplexity AI"; but "London" of "London
      // Assembly" is the city, and so is "Vientiane" of "the Vientiane Times", a paper named for it.
      claimPart(byPart, words[0].toLowerCase(), cluster);
    } else if (cluster.type === 'organization' && opensWithCoinedName(words)) {
      // "Castellan" of "Castellan Structural Group", "Kavundi" of "Kavundi Copper Mining Plc": a coined name opening a firm's.
      claimPart(byPart, words[0].toLowerCase(), cluster);
    } else if (cluster.type === 'place' && words.length === 2 && words[1] === 'River') {
      // "the Elk" of "the Elk River".
      claimPart(byPart, words[0].toLowerCase(), cluster);
    } else if (cluster.type === 'organization' && words.length === 2 && (isGivenName(words[0].toLowerCase()) || isShortenedToLastWord(words))) {
      // "Wimpey" of "George Wimpey", a firm named after its founder; "United" of "Manchester United".
      claimPart(byPart, words[1].toLowerCase(), cluster);
    }
  }
}

/**
 * "Hafiz" of "Hafiz Omar": a given name no list knows before a father's given name, as Malay and
 * Arabic names are written, which the article goes on to use alone ("Hafiz declined"). Not when
 * another name opens with the same word: "Tembusu Harmony" is a tanker of Tembusu Marine Fuels.
 */
function claimUnlistedGivenNames(clusters: readonly Cluster[], byPart: Map<string, PartOwner>): void {
  // The names of that shape first: most articles have none, and need no index of the words that open names.
  const claims: { first: string; cluster: Cluster }[] = [];
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    for (const { words } of cluster.mentions) {
      if (words.length === 2 && isCoinedName(words[0]) && isGivenName(words[1].toLowerCase())) claims.push({ first: words[0].toLowerCase(), cluster });
    }
  }
  if (claims.length === 0) return;
  const openers = new Map<string, Set<Cluster>>();
  for (const cluster of clusters) {
    for (const { words } of cluster.mentions) {
      const first = words[0].toLowerCase();
      openers.set(first, (openers.get(first) ?? new Set<Cluster>()).add(cluster));
    }
  }
  for (const { first, cluster } of claims) if (openers.get(first)?.size === 1) claimPart(byPart, first, cluster);
}

/**
 * "Etcheverry" of "Marcelo Etcheverry Sosa", "López" of "Andrés Manuel López Obrador": in Spanish
 * names the first of two surnames, the father's, is the one a person goes by; so is the surname
 * before a generation's suffix ("Mullen" of "Larry Mullen Jr"). Read from a word no list knows as
 * a given name ("Sarah Jessica Parker" has a middle name), in a person's name of three or four
 * words, whatever its given name: Canarian and Guatemalan ones ("Airam Sosa Cabrera", "Marcelino
 * Cuz Bol") are in no list either.
 */
function paternalSurname(words: readonly string[]): string | undefined {
  // ("Yazan" of "Umm Yazan Zawahreh" is her son.)
  // ("Jamarion" of "EDGE Jamarion Tillery" is a given name after a position in capitals; "Fahy" of "Gerard Fahy BL" is a surname before letters after it.)
  if (words.length < 3 || words.length > 4 || KUNYA_OPENINGS.has(words[0].toLowerCase()) || words.slice(0, -2).some((word) => IN_CAPITALS.test(word))) return undefined;
  const candidate = words[words.length - 2];
  const lower = candidate.toLowerCase();
  return CAPITAL_THEN_LOWER.test(candidate) && candidate.length > 2 && (wordClasses(lower) & (GIVEN_NAME_CLASSES | WordClass.function)) === 0 ? lower : undefined;
}

/** "Umm Mostafa", "Abu Ahmad": "mother of" and "father of", naming a parent by their child's given name. */
const KUNYA_OPENINGS: ReadonlySet<string> = new Set(['umm', 'um', 'abu']);

/**
 * A club or a daily paper, which the article goes on to call by its last word: "Manchester
 * United" then "United", "Aston Villa" then "Villa", "the Daily Mirror" then "the Mirror". Its
 * first word is the place, which "Manchester" alone still names.
 */
function isShortenedToLastWord([first, last]: readonly string[]): boolean {
  return first === 'Daily' || CLUB_NAME_ENDINGS.has(last.toLowerCase());
}

const CLUB_NAME_ENDINGS: ReadonlySet<string> = new Set(['united', 'city', 'rovers', 'athletic', 'wanderers', 'albion', 'villa', 'hotspur', 'rangers', 'argyle', 'wednesday', 'forest']);

/**
 * The person a surname shared by several full names refers to (`name`, as in "Murray" or "Mr
 * Jackson"): among the people of that surname and of a gender its title allows, the one whose
 * full name its paragraph wrote last, else the one the article names most by a given name and a
 * surname ("Murray" is Andy Murray, whose mother Judy Murray is named too; "Henman" is Tim
 * Henman, not the headline's "Classy Henman").
 */
function bearerOfSurname(text: string, clusters: readonly Cluster[], surname: string, name: NameMention): Cluster | undefined {
  const paragraph = text.lastIndexOf('\n', name.start) + 1;
  let latestInParagraph: { cluster: Cluster; start: number } | undefined;
  let mostNamed: { cluster: Cluster; rank: number } | undefined;
  for (const { cluster, start, words } of earlierFullNamesWithSurname(clusters, surname, name)) {
    if (start >= paragraph && (!latestInParagraph || start > latestInParagraph.start)) latestInParagraph = { cluster, start };
    // A full name opening with a given name outranks any number of mentions.
    const rank = cluster.mentions.length + (isGivenName(words[0].toLowerCase()) ? 1000 : 0);
    if (!mostNamed || rank > mostNamed.rank) mostNamed = { cluster, rank };
  }
  return latestInParagraph?.cluster ?? mostNamed?.cluster;
}

/**
 * The full names before `name` that end with the surname, or give it as the first of a Spanish
 * name's two. Where one does that, a name that ends with it after a first surname is left out:
 * "Ojeda" is Pedro Ojeda Rivero, not Ana Lima Ojeda, whose mother's surname it is.
 */
function earlierFullNamesWithSurname(clusters: readonly Cluster[], surname: string, name: NameMention): { cluster: Cluster; start: number; words: readonly string[] }[] {
  const found: { cluster: Cluster; start: number; words: readonly string[]; mothers: boolean }[] = [];
  for (const cluster of clusters) {
    if ((cluster.type !== 'person' && cluster.type !== undefined) || !allowsGender(cluster, name.gender)) continue;
    for (const { start, words } of cluster.mentions) {
      if (words.length < 2 || start >= name.start) continue;
      const fathers = cluster.type === 'person' ? paternalSurname(words) : undefined;
      if (fathers === surname || words[words.length - 1].toLowerCase() === surname) found.push({ cluster, start, words, mothers: fathers !== undefined && fathers !== surname });
    }
  }
  return found.some(({ mothers, words }) => !mothers && words.length > 2 && words[words.length - 1].toLowerCase() !== surname) ? found.filter(({ mothers }) => !mothers) : found;
}

/** Whether none of the person's mentions gives a gender other than `gender` ("Mr Jackson" is not Katherine Jackson). */
function allowsGender(cluster: Cluster, gender: 'male' | 'female' | undefined): boolean {
  return gender === undefined || cluster.mentions.every((mention) => mention.gender === undefined || mention.gender === gender);
}

/** Three words ending in a corporate noun, or four ending in a firm's legal form, after a coined name. */
function opensWithCoinedName(words: readonly string[]): boolean {
  const ending = words[words.length - 1].toLowerCase();
  return ((words.length === 3 && CORPORATE_ENDINGS.has(ending)) || (words.length === 4 && LEGAL_FORMS.has(ending))) && isCoinedName(words[0]);
}

const LEGAL_FORMS: ReadonlySet<string> = new Set(['plc', 'ltd', 'inc', 'llc', 'corp']);

/**
 * Evidence that a two-word name is a person's: from its context, a family name written first, or
 * words no list knows ("Ferhat Demirtas", "Dervla O'Keeffe"), which no context has typed otherwise.
 */
function isSurelyPerson(cluster: Cluster, words: readonly string[]): boolean {
  const [first, second] = words.map((word) => word.toLowerCase());
  if (PLACES.has(first) || PLACES.has(second) || ROLE_WORDS.has(second)) return false;
  // "O'Keeffe", "D'Arcy": the surname's own word is what no list may know.
  const unlisted = isCoinedName(words[0]) && isCoinedName(words[1].replace(SURNAME_PREFIX_WITH_APOSTROPHE, ''));
  if (cluster.type === 'person') return cluster.confidence >= 1 || FAMILY_NAMES_FIRST.has(first) || unlisted;
  return cluster.type === undefined && unlisted;
}

const SURNAME_PREFIX_WITH_APOSTROPHE = /^\p{Lu}['’](?=\p{Lu})/u;
type PartOwner = Cluster | typeof AMBIGUOUS;

function claimPart(byPart: Map<string, PartOwner>, lowerCasePart: string, cluster: Cluster): void {
  // Keyed as `nameKey` keys the names that look parts up: "O’Rourke" with a curly apostrophe is "o'rourke".
  const part = lowerCasePart.includes('’') ? lowerCasePart.replace(/’/g, "'") : lowerCasePart;
  const current = byPart.get(part);
  if (current === undefined || current === cluster) byPart.set(part, cluster);
  else if (current === AMBIGUOUS || !namesSameBody(current, cluster)) byPart.set(part, AMBIGUOUS);
  else if (longestName(cluster) > longestName(current)) byPart.set(part, cluster);
}

/**
 * "Mossgrove Coatings" and "Mossgrove Coatings Inc": one name written with and without its legal
 * form, whose clusters merge later, give their short form ("Mossgrove") to the full name rather
 * than make it ambiguous.
 */
function namesSameBody(one: Cluster, other: Cluster): boolean {
  return one.type === 'organization' && other.type === 'organization' && one.mentions.some((a) => other.mentions.some((b) => a.words.length >= 2 && b.words.length >= 2 && (startsWithWords(a.words, b.words) || startsWithWords(b.words, a.words))));
}

function longestName(cluster: Cluster): number {
  return Math.max(...cluster.mentions.map((mention) => mention.words.length));
}

function startsWithWords(words: readonly string[], opening: readonly string[]): boolean {
  return opening.length <= words.length && opening.every((word, index) => word === words[index]);
}

/**
 * "DPA" for Defense Production Act, "DOD" (and "DD") for Department of Defense. News prose does
 * not write people by their initials, and an acronym that is the short form of another name ("US")
 * means that name: Ulrich Schulte-Strathaus is not the US.
 */
function acronymsOf(name: NameMention, key: string): string[] {
  if (name.type === 'person') return [];
  const capitalised = name.words.filter(startsWithCapital);
  const acronyms = [initialsOf(capitalised, key)];
  // "SEC" for the US Securities and Exchange Commission as well as "USSEC".
  if (isCountryInitials(capitalised[0] ?? '')) acronyms.push(initialsOf(capitalised.slice(1), key));
  // "BoE" for the Bank of England, "DfT" for the Department for Transport.
  if (name.words.some(isOfOrFor)) acronyms.push(initialsOf(name.words.filter((word) => startsWithCapital(word) || isOfOrFor(word)), key));
  // "VA" for the Department of Veterans Affairs, "HHS" for the Department of Health and Human Services.
  if (departmentSubject(name.form) !== undefined) acronyms.push(initialsOf(name.words.slice(2).filter(startsWithCapital), key));
  return acronyms.filter((initials) => initials !== '');
}

function isOfOrFor(word: string): boolean {
  return word === 'of' || word === 'for';
}

/** The initials of the words, or '' when there are fewer than two or they are the short form of another name ("US"). */
function initialsOf(capitalised: readonly string[], key: string): string {
  if (capitalised.length < 2) return '';
  let written = '';
  for (const word of capitalised) written += word[0];
  const initials = written.toUpperCase();
  const lower = initials.toLowerCase();
  const meaning = canonicalForm(lower);
  return meaning === lower || meaning === key ? initials : '';
}

function toEntity(cluster: Cluster, key: number): LocalEntity {
  const mentions = cluster.mentions.map(({ start, end, text: mentionText }) => ({ start, end, text: mentionText }));
  // Mentions are mostly gathered in text order already, and sorting copies the array even then.
  if (!inTextOrder(mentions)) mentions.sort((a, b) => a.start - b.start);
  const { name, aliases } = fullestForm(cluster.mentions);
  for (const alias of aliases) if (alias !== name && IN_CAPITALS.test(alias)) addDistinct(cluster.equivalents, alias);
  return {
    key, name, type: cluster.type ?? defaultType(cluster, name),
    aliases, roles: distinctIgnoringCase(cluster.roles), mentions, equivalents: withoutName(cluster.equivalents, name),
  };
}

/**
 * The forms the mentions use, in order of first use, and the one that names the entity: the
 * fullest, and among equally full ones the one the article uses most ("Firefox", not "Firebird").
 */
function fullestForm(mentions: readonly NameMention[]): { name: string; aliases: string[] } {
  // Most entities are mentioned once, and need no count of their forms.
  if (mentions.length === 1) return { name: mentions[0].form, aliases: [mentions[0].form] };
  const uses = new Map<string, number>();
  for (const { form } of mentions) uses.set(form, (uses.get(form) ?? 0) + 1);
  const aliases = [...uses.keys()];
  return { name: aliases.reduce((best, form) => (isFuller(form, best, uses) ? form : best)), aliases };
}

/** An alias in capitals ("DOD", "BBC"): an acronym, which the cross-source index links on too. */
const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * The type of an entity nothing else typed: a person when its fullest name has two words or more,
 * or is a given name alone that is no English word ("Adam, a plumber, keeps a notebook").
 */
function defaultType(cluster: Cluster, name: string): EntityType {
  const fullest = cluster.mentions.find((mention) => mention.form === name) ?? cluster.mentions[0];
  return fullest.words.length > 1 || (isGivenName(name.toLowerCase()) && !isDictionaryWord(name.toLowerCase())) ? 'person' : 'organization';
}

/** The equivalent names other than the entity's name. Most entities have none, and keep the cluster's own list. */
function withoutName(equivalents: string[], name: string): string[] {
  return equivalents.includes(name) ? equivalents.filter((equivalent) => equivalent !== name) : equivalents;
}

function inTextOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].start < spans[i - 1].start) return false;
  return true;
}

function isFuller(form: string, than: string, uses: ReadonlyMap<string, number>): boolean {
  const words = wordCount(form) - wordCount(than);
  if (words !== 0) return words > 0;
  const used = (uses.get(form) ?? 0) - (uses.get(than) ?? 0);
  return used !== 0 ? used > 0 : form.length > than.length;
}

function wordCount(name: string): number {
  let count = 1;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) === 32) count++;
  return count;
}
