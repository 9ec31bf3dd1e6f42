/**
 * Merging entities that are one: names the article equates ("which it renamed"), a person named
 * again with a middle name or by a compound surname, a federal appeals court by its circuit, and
 * bodies, firms and departments the article goes on to call by a shorter name ("Brierfield" after
 * "Brierfield Health", "Veterans Affairs" after "the Department of Veterans Affairs").
 */
import { isGivenName } from '../../text/gazetteer';
import { FIRM_TRADE_WORDS, isFirmByName } from '../../text/lexicon';
import { isApostrophe } from '../../text/words';
import { isWhiteSpace, type NameMention } from './mentions';
import { NAME_PARTICLES } from './personNames';
import { addDistinct, AMBIGUOUS, type Cluster, mergeInto, nameKey } from './clusters';

/**
 * The words between two names that say they name the same body: "the Pentagon, officially the
 * Department of Defense", "the Department of War (formerly the Department of Defense)", "the
 * Pentagon, which the administration has renamed the Department of War", "the Department of
 * Defense, recently rebranded as the Department of War". A bare "called" or "named" is not enough
 * ("Sony, named Company of the Year"). Bounded, so it cannot backtrack far.
 */
const EQUATING = new RegExp(`^(?:['’]s?)?(?:,\\s+|\\s+\\()(?:${[
  '(?:(?:now|since|recently|later)\\s+)?(?:known as|renamed(?: as)?|rebranded(?: as)?)',
  '(?:officially|formally|formerly|previously|once)(?:\\s+(?:known as|called|named))?',
  'now(?:\\s+(?:officially\\s+)?(?:called|named))?',
  'also\\s+(?:known as|called|named)',
  'which [\\p{L} ]{0,40}?(?:renamed|rebranded as|calls|called)',
].join('|')})\\s+(?:the\\s+)?$`, 'u');

/** "the Department of War, as the Pentagon is now called": the equated name comes before the verb. */
const EQUATING_AS = /^,\s+as\s+(?:the\s+)?$/;
const IS_NOW_CALLED = /^\s+(?:is|was|has been)\s+(?:now\s+|since\s+)?(?:officially\s+|formally\s+)?(?:called|known|named|renamed)\b/;

/**
 * Merges the entities of names the article equates, keeping the other name as an equivalent so
 * the cross-source index can link articles that use only one of them.
 */
export function mergeEquatedNames(text: string, names: readonly NameMention[], clusters: readonly Cluster[]): void {
  let clusterOf: Map<NameMention, Cluster> | undefined;
  for (let i = 0; i + 1 < names.length; i++) {
    const first = names[i];
    const second = equatedName(text, names, i);
    if (!second) continue;
    clusterOf ??= new Map(clusters.flatMap((cluster) => cluster.mentions.map((mention): [NameMention, Cluster] => [mention, cluster])));
    const [kept, merged] = [clusterOf.get(first), clusterOf.get(second)];
    if (!kept || !merged || kept === merged) continue;
    for (const mention of merged.mentions) clusterOf.set(mention, kept);
    mergeInto(kept, merged);
    addDistinct(kept.equivalents, first.form);
    addDistinct(kept.equivalents, second.form);
  }
}

/**
 * "He was born Clement Kwabena Abernathy-Osei", after "Clement Abernathy-Osei", "Ottilie Johanna
 * van Rensburg" after "Ottilie van Rensburg": a person named with a middle name is the person the
 * article names without it.
 */
export function mergeMiddleNames(clusters: readonly Cluster[]): void {
  // Only a person named in three words or more can have a middle name, and most articles name none so.
  if (!clusters.some((cluster) => cluster.type === 'person' && cluster.mentions.some(({ words }) => words.length >= 3))) return;
  const byShortName = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    // A name without a middle one: two words, or a given name and a surname opening with its particle.
    for (const { words, form } of cluster.mentions) {
      if (words.length === 2) byShortName.set(form, cluster);
      else if (words.length > 2 && NAME_PARTICLES.has(words[1])) byShortName.set(givenAndSurname(words).key, cluster);
    }
  }
  if (byShortName.size === 0) return;
  for (const cluster of clusters) {
    if (cluster.type !== 'person') continue;
    // A given name opens it, or is the middle one ("Gen Pervez Musharraf"): "Columbia Funds Distributor" is a body.
    const withMiddleName = cluster.mentions.find(({ words }) => {
      if (words.length < 3) return false;
      const { middle } = givenAndSurname(words);
      return (middle === 1 || middle === 2) && words.slice(0, 2).some((word) => isGivenName(word.toLowerCase()));
    });
    const short = withMiddleName && byShortName.get(givenAndSurname(withMiddleName.words).key);
    if (short && short !== cluster && short.mentions.length > 0) mergeInto(short, cluster);
  }
}

/** A person's given name and surname, with the surname's particle, and how many words stand between them. */
function givenAndSurname(words: readonly string[]): { key: string; middle: number } {
  const particle = words.findIndex((word, index) => index > 0 && NAME_PARTICLES.has(word));
  const surnameStart = particle > 0 ? particle : words.length - 1;
  return { key: `${words[0]} ${words.slice(surnameStart).join(' ')}`, middle: surnameStart - 1 };
}

/**
 * "Mr Ten Cate" after "Henk Ten Cate", "Van Persie" after "Robin Van Persie": a surname of two
 * words joins the one person whose full name ends with it.
 */
export function mergeCompoundSurnames(clusters: readonly Cluster[]): void {
  const people = clusters.filter((cluster) => cluster.type === 'person' && cluster.mentions.length > 0);
  // The last two words of every longer name, with the people bearing it.
  const bearers = new Map<string, Set<Cluster>>();
  for (const cluster of people) {
    for (const { words } of cluster.mentions) {
      if (words.length < 3) continue;
      const tail = `${words[words.length - 2]} ${words[words.length - 1]}`;
      bearers.set(tail, (bearers.get(tail) ?? new Set()).add(cluster));
    }
  }
  if (bearers.size === 0) return;
  for (const cluster of people) {
    const [first] = cluster.mentions;
    if (first.words.length !== 2 || cluster.mentions.some((mention) => mention.form !== first.form)) continue;
    const owners = bearers.get(first.form);
    if (owners?.size === 1 && !owners.has(cluster)) mergeInto([...owners][0], cluster);
  }
}

/**
 * "the 9th Circuit" after "the 9th U.S. Circuit Court of Appeals" or "the U.S. Court of Appeals for
 * the Ninth Circuit": a federal appeals court is known by its circuit alone.
 */
export function mergeCircuits(clusters: readonly Cluster[]): void {
  const isCircuit = ({ words }: NameMention) => words.length === 2 && words[1] === 'Circuit';
  const circuits = clusters.filter((cluster) => cluster.mentions.length > 0 && cluster.mentions.every(isCircuit));
  if (circuits.length === 0) return;
  for (const circuit of circuits) {
    const number = circuit.mentions[0].words[0];
    const court = clusters.find((cluster) => cluster !== circuit && cluster.mentions.some(({ words }) => words.length > 2 && words.includes('Court') && words.includes('Circuit') && words.includes(number)));
    if (court) mergeInto(court, circuit);
  }
}

/**
 * "Brierfield" after "Brierfield Health", "Quillon" after "Quillon Analytics": a word that nothing
 * around it typed, and that opens the name of one organisation, is that organisation shortened,
 * even when a town bears the name too; "in Brierfield" would have typed it a place.
 */
export function mergeShortenedBodies(clusters: readonly Cluster[]): void {
  const shortened = clusters.filter((cluster) => cluster.confidence < 1 && cluster.mentions.length > 0 && cluster.mentions.every(({ words }) => words.length === 1));
  if (shortened.length === 0) return;
  const bodiesByFirstWord = new Map<string, Cluster | typeof AMBIGUOUS>();
  for (const cluster of clusters) {
    if (cluster.type !== 'organization' || cluster.mentions.length === 0) continue;
    for (const { words } of cluster.mentions) {
      if (words.length < 2 || isPlacesBody(words)) continue;
      const owner = bodiesByFirstWord.get(words[0]);
      bodiesByFirstWord.set(words[0], owner === undefined || owner === cluster ? cluster : AMBIGUOUS);
    }
  }
  for (const cluster of shortened) {
    const body = bodiesByFirstWord.get(cluster.mentions[0].words[0]);
    if (body !== undefined && body !== AMBIGUOUS && body !== cluster) mergeInto(body, cluster);
  }
}

/**
 * "Nouakchott Regional Council", "Rarotonga International Airport": a body named for the place it
 * serves, whose first word alone is the place, not the body shortened.
 */
function isPlacesBody(words: readonly string[]): boolean {
  return words.slice(1).every((word) => PLACES_BODY_WORDS.has(word.toLowerCase()));
}

const PLACES_BODY_WORDS: ReadonlySet<string> = new Set(['council', 'regional', 'county', 'city', 'district', 'municipal', 'town', 'borough', 'parish',
  'airport', 'international', 'port', 'harbour', 'harbor', 'police', 'fire', 'hospital', 'general', 'university', 'college', 'court', 'magistrates', 'crown', 'prison']);

/**
 * "Brazos Ridge" after "Brazos Ridge Packing Co.", "Stipple Labs" after "Stipple Labs Inc": a
 * name of two words or more that opens a firm's name, which goes on by a word or two to its legal
 * ending, is the firm without that ending.
 */
const FINANCE_FIRM_ENDINGS: ReadonlySet<string> = new Set(['capital', 'partners', 'ventures', 'investments', 'management', 'advisors', 'advisers', 'securities']);

/** A museum's or a theatre's name may drop its kind ("the Old Ropery" of "the Old Ropery Museum"). */
const VENUE_ENDINGS: ReadonlySet<string> = new Set(['museum', 'gallery', 'theatre', 'theater']);

/** "Ellerby Lock Heritage Centre", "Tolworth Arts Centre": a centre of some kind, which the short name drops with its kind (not a community centre, named for the area it serves). */
function isCentreOfKind(words: readonly string[]): boolean {
  const last = words[words.length - 1].toLowerCase();
  return (last === 'centre' || last === 'center') && CENTRE_KINDS.has(words[words.length - 2].toLowerCase());
}

const CENTRE_KINDS: ReadonlySet<string> = new Set(['heritage', 'arts', 'visitor', 'visitors', 'science', 'discovery']);

/** Words of trade a firm's name opens with in Spanish, Portuguese or Italian ("Forjas Arando", "Grupo Sanjosé", "Lacticínios Vale Formoso"). */
const TRADE_OPENINGS: ReadonlySet<string> = new Set(['forjas', 'grupo', 'gruppo', 'lacticínios', 'laticínios', 'bodegas', 'talleres', 'construcciones', 'construções', 'transportes', 'industrias', 'indústrias', 'conservas', 'cervecería', 'cervejaria']);

export function mergeShortenedFirms(clusters: readonly Cluster[]): void {
  const firms = new Map<string, Cluster | typeof AMBIGUOUS>();
  /** Short names only an investor's dropped ending gives: a body of its own by that name ("Standard Life" of "Standard Life Investments") stays apart. */
  const financeShortNames = new Set<string>();
  /** Short names a legal form or a corporate word was dropped from ("Redcliffe Thorne" of "Redcliffe Thorne Estates"): they outweigh a default reading as a person's. */
  const legalShortNames = new Set<string>();
  for (const cluster of clusters) {
    if (cluster.type !== 'organization') continue;
    for (const { words, form } of cluster.mentions) {
      if (words.length < 3) continue;
      // "Shwe Pyi Thit" of "Shwe Pyi Thit Gems": a firm named for its trade may drop the trade.
      // So may an investor or an adviser drop what it does ("Gellner Ridge" of "Gellner Ridge Capital").
      const last = words[words.length - 1].toLowerCase();
      const finance = !isFirmByName(form) && !FIRM_TRADE_WORDS.has(last) && FINANCE_FIRM_ENDINGS.has(last);
      const droppable = isFirmByName(form) ? [1, 2] : FIRM_TRADE_WORDS.has(last) || finance || VENUE_ENDINGS.has(last) ? [1] : isCentreOfKind(words) ? [2] : [];
      for (const dropped of droppable) {
        if (words.length - dropped < 2) continue;
        const key = nameKey(words.slice(0, words.length - dropped).join(' '));
        const owner = firms.get(key);
        firms.set(key, owner === undefined || owner === cluster ? cluster : AMBIGUOUS);
        if (finance) financeShortNames.add(key);
        if (dropped === 1 && isFirmByName(form)) legalShortNames.add(key);
      }
    }
    // "Arando" of "Forjas Arando", "Vale Formoso" of "Lacticínios Vale Formoso": a firm named, in its
    // own language, by its trade first may drop the trade.
    for (const { words } of cluster.mentions) {
      if (words.length < 2 || !TRADE_OPENINGS.has(words[0].toLowerCase())) continue;
      const key = nameKey(words.slice(1).join(' '));
      const owner = firms.get(key);
      firms.set(key, owner === undefined || owner === cluster ? cluster : AMBIGUOUS);
    }
  }
  if (firms.size === 0) return;
  for (const cluster of clusters) {
    // Two capitalised words are a person's only by default: "Brazos Ridge" was never typed.
    if (cluster.mentions.length === 0) continue;
    const form = cluster.mentions[0].form;
    if (cluster.type !== 'organization' && cluster.confidence >= (legalShortNames.has(nameKey(form)) ? 2 : 1)) continue;
    if (cluster.type === 'organization' && financeShortNames.has(nameKey(form))) continue;
    const firm = firms.get(nameKey(form));
    if (firm !== undefined && firm !== AMBIGUOUS && firm !== cluster && cluster.mentions.every((mention) => mention.form === form)) mergeInto(firm, cluster);
  }
}

/**
 * "Homeland Security officials" after "the Department of Homeland Security", "Veterans Affairs"
 * after "the Department of Veterans Affairs": a ministry's subject of two words or more, written
 * alone, is the ministry. A single word is left alone: "Defense" alone is no department.
 */
export function mergeDepartmentSubjects(clusters: readonly Cluster[]): void {
  const departments = new Map<string, Cluster>();
  for (const cluster of clusters) {
    for (const { form } of cluster.mentions) {
      const subject = departmentSubject(form);
      if (subject !== undefined && subject.includes(' ')) departments.set(nameKey(subject), cluster);
    }
  }
  if (departments.size === 0) return;
  for (const cluster of clusters) {
    if (cluster.type === 'person' || cluster.mentions.length === 0) continue;
    const department = departments.get(nameKey(cluster.mentions[0].form));
    if (department && department !== cluster && cluster.mentions.every(({ form }) => form === cluster.mentions[0].form)) mergeInto(department, cluster);
  }
}

/** The name that a following phrase equates with `names[index]`, looking a few words ahead ("which the Trump administration has renamed"). */
function equatedName(text: string, names: readonly NameMention[], index: number): NameMention | undefined {
  const first = names[index];
  if (first.type === 'person' || !mayOpenEquating(text, first.end)) return undefined;
  for (let j = index + 1; j < names.length && names[j].start - first.end <= 60; j++) {
    const candidate = names[j];
    if (candidate.type !== 'person' && equates(text, first, candidate)) return candidate;
  }
  return undefined;
}

/**
 * Whether the text at `end` opens as `EQUATING` and `EQUATING_AS` must: a comma, or spaces and a
 * bracket, after an optional possessive. Most names are followed by neither, and need no slice
 * and regex for each name close after them.
 */
function mayOpenEquating(text: string, end: number): boolean {
  let i = end;
  if (isApostrophe(text.charCodeAt(i))) i += text.charCodeAt(i + 1) === 115 ? 2 : 1;
  if (text.charCodeAt(i) === 44) return true;
  if (!isWhiteSpace(text, i)) return false;
  while (isWhiteSpace(text, i)) i++;
  return text.charCodeAt(i) === 40;
}

function equates(text: string, first: NameMention, second: NameMention): boolean {
  const between = text.slice(first.end, second.start);
  if (EQUATING.test(between)) return true;
  return EQUATING_AS.test(between) && IS_NOW_CALLED.test(text.slice(second.end, second.end + 40));
}

/** A ministry's name, and its subject: "Department of Veterans Affairs". */
const DEPARTMENT_OF = /^(?:Department|Ministry|Office|Bureau) of (\p{Lu}.*)$/u;

/** "Veterans Affairs" of "Department of Veterans Affairs"; asked of every name, most of which have no " of ". */
export function departmentSubject(form: string): string | undefined {
  return form.includes(' of ') ? DEPARTMENT_OF.exec(form)?.[1] : undefined;
}
