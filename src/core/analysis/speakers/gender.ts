/**
 * The gender of the people of an article, which decides whom "he" and "she" can be: an honorific
 * or a kinship written before the name, the article's own "said he" and "said she", the pronoun of
 * the next sentence, or a known given name.
 */
import type { LocalEntity } from '../model';
import { sentenceStart } from './sentenceBounds';
import type { Context, SelfReport } from './context';
import { sentenceEndAfter } from './sentences';
import { genderOfGivenName } from '../../text/gazetteer';
import { firstPronounAfter, isClauseSubject, isSentenceSubject } from '../../text/pronouns';
import { startsSentence } from '../../text/words';

/**
 * Grammatical gender from an honorific or a kinship the article writes before the name ("Mrs
 * Thatcher", "His wife, Graciela"), else from a known given name. Entity names exclude titles, so
 * the honorific is read in the text.
 */
export function genderOf(context: Context, entity: LocalEntity): 'male' | 'female' | undefined {
  const cached = context.genders.get(entity.key);
  if (cached !== undefined || context.genders.has(entity.key)) return cached;
  const given = givenNameGender(entity);
  // The reported speech is read only to overrule a given name: it costs a search of the article.
  const gender = genderWrittenBefore(context.text, entity) ?? (given ? reportedSelfGender(context, entity) ?? given : pronounGender(context.text, entity) ?? genderOfNextSentence(context, entity));
  context.genders.set(entity.key, gender);
  return gender;
}

function genderWrittenBefore(text: string, entity: LocalEntity): 'male' | 'female' | undefined {
  for (const mention of entity.mentions) {
    const before = text.slice(Math.max(0, mention.start - 16), mention.start);
    if (FEMALE_BEFORE.test(before)) return 'female';
    if (MALE_BEFORE.test(before)) return 'male';
  }
  return undefined;
}

// ("Her son-in-law, Zaw Htet," too; and "company spokeswoman Dana Whitcombe", a title that says it.)
const FEMALE_BEFORE = /(?:\b(?:Mrs|Ms|Miss|Lady|Dame)\.?|\b(?:wife|widow|daughter|mother|sister|girlfriend|fiancée|aunt|niece|grandmother|granddaughter)(?:-in-law)?,?|\b(?:spokes|congress|council|business|police)woman|\bactress)\s$/;
const MALE_BEFORE = /(?:\b(?:Mr|Sir|Lord)\.?|\b(?:husband|widower|son|father|brother|boyfriend|fiancé|uncle|nephew|grandfather|grandson)(?:-in-law)?,?|\b(?:spokes|congress|council|business|police)man)\s$/;

/**
 * "Size said he collaborated on the single", "Lee Gilmore, who issued the order, said she
 * understood": the pronoun of someone's reported speech about themselves, which outweighs what
 * their given name suggests ("Roni" is more often a woman's, "Lee" a man's).
 * Read wherever the article writes one of the names or the surname, as a surname that is also
 * a common word ("Size") may be no mention of the entity's own.
 */
function reportedSelfGender(context: Context, entity: LocalEntity): 'male' | 'female' | undefined {
  const surname = entity.name.slice(entity.name.lastIndexOf(' ') + 1);
  // A surname the family shares ("Lene Holmgaard said she", "Jonas Holmgaard") tells nothing of one of them.
  const shared = peopleBySurname(context).get(surname)?.some((key) => key !== entity.key) ?? false;
  const names = shared ? entity.aliases.filter((alias) => alias !== surname) : [...entity.aliases, surname];
  let found: 'male' | 'female' | undefined;
  for (const report of selfReportsOf(context)) {
    if (!report.nameEnds.some((end) => names.some((name) => isWrittenEndingAt(context.text, name, end)))) continue;
    if (namesOtherOfGenderBefore(context, entity, report) || pointsToOtherInClause(context.text, report)) continue;
    if (found !== undefined && found !== report.gender) return undefined;
    found = report.gender;
  }
  return found;
}

/**
 * The keys of the people of the article by the last word of their name, for names of two words or
 * more: gathered once, as the gender of each person asks which others share their surname.
 */
function peopleBySurname(context: Context): ReadonlyMap<string, readonly number[]> {
  if (context.peopleBySurname) return context.peopleBySurname;
  const bySurname = new Map<string, number[]>();
  for (const person of context.entities) {
    const lastSpace = person.name.lastIndexOf(' ');
    if (person.type !== 'person' || lastSpace < 0) continue;
    const surname = person.name.slice(lastSpace + 1);
    const keys = bySurname.get(surname);
    if (keys) keys.push(person.key);
    else bySurname.set(surname, [person.key]);
  }
  context.peopleBySurname = bySurname;
  return bySurname;
}

/**
 * "Staff nurse Thomas Agyeman, who found Lumsden, said she was conscious": a "she" that may be
 * another woman the sentence names before its verb tells nothing of the speaker's own gender.
 */
function namesOtherOfGenderBefore(context: Context, entity: LocalEntity, report: SelfReport): boolean {
  const { entities } = context;
  const from = sentenceStart(context.text, report.verb);
  return context.mentions.lastBefore(report.verb, (ref) => ref.start >= from && ref.key !== entity.key && entities[ref.key].type === 'person'
    && givenNameGender(entities[ref.key]) === report.gender) !== undefined;
}

/**
 * "Prof Siobhan O’Donnell-Kaur, who trained under him in the 1990s, said he had changed what the
 * profession thought was possible": a "he" after a clause that already calls someone else "him" is
 * that other man, not the speaker.
 */
function pointsToOtherInClause(text: string, report: SelfReport): boolean {
  return OTHER_AS_OBJECT[report.gender].test(text.slice(Math.min(...report.nameEnds), report.verb));
}

/** "him", or "her" as an object, not a possessive ("who left her post" is her own). */
const OTHER_AS_OBJECT = { male: /\bhim\b/, female: /\bher\b(?=\s*[,.;]|\s+(?:in|at|on|for|to|from|since|when|as|and)\b)/ } as const;

/** The article's "said he" and "said she", found once for all its people. */
function selfReportsOf(context: Context): readonly SelfReport[] {
  context.selfReports ??= [...context.text.matchAll(SAID_OF_SELF)].map((match) => {
    // The pattern opens with the space before the verb.
    const verb = match.index + 1;
    const before = context.text.slice(Math.max(0, verb - WHO_CLAUSE_REACH), verb);
    const subjectEnd = verb - (SUBJECT_GAP.exec(before)?.[0].length ?? 0);
    const whoClause = WHO_CLAUSE.exec(before.slice(0, before.length - (verb - subjectEnd)));
    const nameEnds = whoClause ? [subjectEnd, subjectEnd - whoClause[0].length] : [subjectEnd];
    return { nameEnds, verb, gender: match[1] === 'he' ? 'male' : 'female' };
  });
  return context.selfReports;
}

function isWrittenEndingAt(text: string, name: string, end: number): boolean {
  const start = end - name.length;
  return name.length > 1 && start >= 0 && text.startsWith(name, start) && !/[\p{L}\p{N}]/u.test(text.charAt(start - 1));
}

/** Opens with the space before the verb, not a look-behind for it: three times faster to scan. */
const SAID_OF_SELF = /\s(?:said|says|added|insisted|admitted|claimed|explained)\s+(?:that\s+)?(he|she)\b/g;
/** The words between the subject and the verb: " has " in "Size has said he". */
const SUBJECT_GAP = /\s+(?:(?:has|had)\s+)?$/;
const WHO_CLAUSE = /,\s+who\s[^,.;"“”]{1,120},$/;
const WHO_CLAUSE_REACH = 140;

/**
 * "Spike Lee … He frequently collaborated", "When I ask, Adeyemi-Clarke turns to his co-host": the
 * pronouns that follow the name as the subject of a sentence or of a clause after a comma or a
 * semicolon, when they agree.
 */
function pronounGender(text: string, entity: LocalEntity): 'male' | 'female' | undefined {
  let male = 0;
  let female = 0;
  for (const mention of entity.mentions) {
    if (!isSentenceSubject(text, mention) && !isClauseSubject(text, mention)) continue;
    // "only her family, Ostrowski and her physiotherapist had known": in a list, a possessive after
    // "and" may be anyone's.
    if (POSSESSIVE_AFTER_AND.test(text.slice(mention.end, mention.end + 12))) continue;
    const kind = firstPronounAfter(text, mention.end);
    if (kind === 'male') male++;
    else if (kind === 'female') female++;
  }
  return male > female ? 'male' : female > male ? 'female' : undefined;
}

const POSSESSIVE_AFTER_AND = /^\s+(?:and|or)\s+(?:his|her|their)\b/;

/**
 * "Patrice Delacroix-Mahoney, chair of the town of Campbell, …, stood beside him and pressed for a
 * date. She did not get one.": the pronoun opening the sentence after one a person opens, with no
 * one else named in between, is theirs.
 */
function genderOfNextSentence({ text, mentions, entities }: Context, entity: LocalEntity): 'male' | 'female' | undefined {
  for (const mention of entity.mentions) {
    if (!startsSentence(text, mention.start)) continue;
    const end = sentenceEndAfter(text, mention.end);
    const pronoun = NEXT_SENTENCE_PRONOUN.exec(text.slice(end, end + 8))?.[1];
    // ("the town of Campbell": a name after "of" is the place or body someone belongs to, whatever its type.)
    const someoneElse = mentions.within(mention.end, end).some((ref) => ref.key !== entity.key && entities[ref.key].type === 'person' && !OF_BEFORE.test(text.slice(Math.max(0, ref.start - 3), ref.start)));
    if (pronoun !== undefined && !someoneElse) return pronoun === 'He' ? 'male' : 'female';
  }
  return undefined;
}

const NEXT_SENTENCE_PRONOUN = /^[.!?]\s+(He|She)\s/;
const OF_BEFORE = /\bof\s$/;

function givenNameGender(entity: LocalEntity): 'male' | 'female' | undefined {
  return genderOfGivenName(entity.name.split(/\s+/)[0].toLowerCase());
}

export function opposite(kind: 'male' | 'female'): 'male' | 'female' {
  return kind === 'male' ? 'female' : 'male';
}
