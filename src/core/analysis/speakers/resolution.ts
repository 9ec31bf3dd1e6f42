/**
 * Resolution: turning the words a cue attributes to ("Hegseth", "he", "the company", "a senior
 * official", "the Tory leader", "his lawyers") into a speaker. The subject of the cue, or the
 * person its apposition names; a named entity, a description, an office, a body, a writing's
 * author, an unnamed source kept as written; a pronoun resolved to the person, the body or the
 * group it takes up.
 */
import { ANONYMITY_REASON, BRANCH_OF, CUE_VERBS, DOCUMENT_NOUN_ALTERNATIVES, DOCUMENT_NOUNS, MEDIA_NOUNS, PRONOUNS, READ_OFF_CUES, SOURCE_DETERMINERS, SOURCE_NOUNS, TOLD_BEFORE } from '../cues';
import type { EntityType, LocalEntity, Span, Speaker } from '../model';
import type { QuoteSpan } from '../quotes';
import { reportedSpeechBefore, reportedSpeechOpening } from './cuesBefore';
import { isPossessedWritingMadeToBody } from './cueSubjects';
import { sentenceStart } from './sentenceBounds';
import type { Attribution, Phrase } from './attributionTypes';
import type { MentionRef } from './mentionIndex';
import type { Context } from './context';
import { lastWordBefore, opensItsSentence, speaksNext } from './sentences';
import { genderOf, opposite } from './gender';
import { anaphor, restated, speaksAsWritten } from './restatedSpeakers';
import { bodyCalled, bodyNamedAs, bodyOpeningSentenceBefore, bodySpokenForJustBefore, bodyThatJustSpoke, descriptionSentenceAt, isOrganization, organizationInFocus, soleBodyNamedWith, STATE_DEPARTMENTS, STATE_NOUNS } from './organizationsInFocus';
import { followsIndefiniteSubject, holderOfRole, OFFICE_OF_BODY, OWN_OFFICE, soleHolderOfRole, speakerNamedAt } from './officeHolders';
import { endsNounPhrase, isPersonNounEnding, PERSON_SOURCE, PERSON_SUFFIX } from './personNouns';
import { announcerBefore, asWriting, authorOfAnyWritingBefore, authorOfFindingsBefore, authorOfWritingBefore, bodyDescribedOpeningSentenceBefore, bodyNamedByNoun, bodyOfOwnOrgan, finderBefore, isAuthorOfDocument, isPaperIntroducedAsWriting, issuerOfStatementBefore, isWritingJustBefore, isWritingNoun, LENGTH_OF_WRITING, makerOfUnintroducedStatement, makerOfWritingInPhrase, MAKING_VERBS, nameEndingAt, OBJECT_PRONOUNS, OWNER_PRONOUNS, ownerOfWriting, signerNamedAfter, signerOfWritingBefore, speakerOfStatement, statementAuthor, unnamedSignersAfter, WHEN_PUT_OUT, writerAfter, writerOfPageBefore, writerToBefore, writingOfSubjectBefore } from './writings';
import { agreesInGender, ANONYMITY_REACH, anonymousSourceNoun, isNewPersonSource, isPersonSource, NEW_PERSON_SOURCE, opensClause, PERSONS_SPOKESPERSON, RELATIVE_OF_SOMEONE, SIGN_NOUNS, unnamedSubjectOfClause, unnamedSubjectOfSentenceBefore } from './unnamedSources';
import { ANOTHER_DOCTOR, resolveDescription, soleDoctor, subjectOfSentence } from './descriptions';
import { relativeOpeningSentenceBefore, relativeSpeaking, relativeWritingBefore } from './relatives';
import { ADDING_CUES, antecedentBefore, DEFINITE_SOURCE, isAfterPreposition, isAgentOfPassive, isInPhraseBeforePronoun, isInRelativeClauseOnSubject, isNamedAfterPreposition, isNamedAmongExamples, isObjectOfQuotedSentence, isReportedBy, isReportedInAside, namesByGivenName, OPENING_PHRASE, opensWithPronoun, reactsNext } from './pronounCandidates';
import { backToTheScene, DATED_WORDS_AFTER, introducesParagraphBefore, isTakenUpInSentence, mostNamedPerson, NAME_WHO_CLAUSE_REACH, personAskedBefore, personBesideContrast, personDescribedBefore, personOpeningQuotation, previousSpeakerAskedBefore, reporterOfPreviousQuotation, respondentToPreviousSpeaker, subjectOfAsPutIt, subjectSpokenOf, WHO_CLAUSE_AFTER_NAME } from './antecedents';
import { unnamedSource } from './unnamedSourceSpeakers';
import { REPLY_CUES } from './exchanges';
import { OWN_WORDS_OPENING, UNNAMED_SOURCE_GOING_FURTHER } from './leadIns';
import { AGED_PERSON, BODY_AND_TITLE, DESCRIPTION_FROM, HEAD_OF_BODY, isBareTitle, isDescription, isMemberOfBodyNamed, isOffice, isOwnReporter, isPersonalDescription, namesPersonBefore, officeOfNamedBody, officeOfPlace, officeOpeningSentenceBefore, officeOpeningSentenceBeforeAside, officeReportingPronoun, OWN_REPORTER, OWN_REPORTER_OPENING, ownReporter, PARTY_LEADER, partyLeader, PERSONS_OFFICE, personTitledBefore, prosecutingPersonBefore, REGION_KINDS } from './titlesAndOffices';
import { ACCOUNT_OWNER, armedForce, BODY_NOUN_AFTER_QUALIFIER, BODY_NOUNS, BODY_STAFF, BRANCH_ENDING, COURT_WRITINGS, courtNamedBefore, DEPARTMENT_OF_BODY, endsWithQualifiedNoun, ESTABLISHMENT_NOUNS, GOVERNMENT_OF_PLACE, isBareWriting, isPlacesBodyInPlace, isTradeWord, leadsClauseVerb, namedByKind, namesAuthor, namesBodyAfterNoun, namesSpeakerInApposition, nameTheEntitiesMissed, ownerOfPossessedWriting, SIGNED_BY_TWO_SIDES, speaksForPossessor, STATE_FORCES, THE_ONLY, WHOSE_WRITING, WRITING_ON_WEBSITE, writingNounEnd } from './bodiesInPhrase';
import { COMPOUND_HEADS, COUNT, HOLDER_OF_INDEFINITE, INDEFINITE_OPENING, isPluralOfAgents, LEADS_GROUP, namesGroup, nameSourceGave, NOTICE_PUT_UP, NOTICE_PUT_UP_REACH, ONE_MORE, ONE_OF_MANY, ONE_OF_THE_VOTES, ONE_OF_THEM, personWhoPutUpSignsBefore, PLURAL_AGENT, PLURAL_SUBJECT, pointsBackToSource, POSSESSIVE_INSIDE, POSTED_NOTICE, QUALIFYING_NOUNS, signOpeningSentenceBefore, SOME_OPENING, sourceNounIndex, sourceOfNounJustIntroduced } from './sourceNouns';
import { GROUP_OF_LIST } from '../../text/names';
import { DEMONYMS, FIRM_CALLINGS, KIN_NOUNS, NEWSPAPER_TITLE, ORG_HEAD_WORDS, ORG_INTRODUCERS, ROLE_WORDS } from '../../text/lexicon';
import { isApostrophe, isPossessiveAt, startsSentence } from '../../text/words';

/**
 * The subject of the cue, or, when that names only an organisation, an unnamed source or nothing,
 * the apposition next to it: "the new chair of the IETF, Brian Carpenter, said" and "the bank's
 * chief economist, Jan Hatzius, wrote" name their speakers in the apposition.
 */
export function resolveAttribution(context: Context, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const signer = signerOfWritingBefore(context, attribution, span);
  if (signer) return signer;
  // "managing director Tom Birkett, grandson of the founder, Walter Scarside, wrote": a relative's
  // description set beside a name describes that name's bearer, and the name after it is the relative's.
  const kinDescribed = KIN_OF_SOMEONE.test(attribution.phrase) ? context.mentions.lastBefore(attribution.phraseStart, (ref) => context.entities[ref.key].type === 'person' && /^,\s*$/.test(context.text.slice(ref.end, attribution.phraseStart))) : undefined;
  if (kinDescribed) return speakerNamedAt(context, kinDescribed, attribution);
  const head = resolvePhrase(context, attribution, attribution, span);
  // (Most attributions have no apposition: what would make the subject yield to one is not asked.)
  if (!attribution.appositive) return head;
  // A description resolved to the person in focus ("The shadow education secretary, Tim Collins,
  // said") yields to a person the apposition names.
  // So does a possessor ("Vanterpool's attorney, Miriam Castellanos-Reed, said"): the one named is someone else.
  // So does someone spoken for ("Counsel for plaintiff Yusuf Adebayo-Harris, Marguerite Oyelaran of …, flagged").
  // So does someone a role is held at ("the administrator of Cale Bună, Sergiu Vrabie, told ZdG"): the role's holder is the one named.
  const described = head?.method === 'pronoun' || (head?.mention !== null && head?.mention !== undefined
    && (isPossessiveAt(context.text, head.mention.end) || SPOKEN_FOR_BEFORE.test(context.text.slice(Math.max(0, head.mention.start - 30), head.mention.start))
      || ROLE_OF_BEFORE.test(context.text.slice(attribution.phraseStart, head.mention.start))));
  // (Nor does "the area coroner for the Black Country, Oluwaseun Badmus,": a place named in the description is where the office is.)
  const placeInDescription = head?.entity !== null && head?.entity !== undefined && context.entities[head.entity].type === 'place';
  if (head && !isOrganization(context, head) && !head.unnamed && !described && !placeInDescription) return head;
  // "The letter, seen by Queensland Country Life, says", "His letter, which La Dépêche has seen, demands":
  // who saw a writing is no part of it.
  if (SEEN_BY_APPOSITION.test(attribution.appositive.phrase)) return head;
  const appositive = resolvePhrase(context, attribution.appositive, attribution, span);
  // "Sources close to the chancellor, Marcus Adeyemi-Ford, said": the apposition names whom the sources are close to.
  if (head?.unnamed && head.mention !== null && CLOSE_TO_SOMEONE.test(head.mention.text)) return head;
  // "A spokesperson for the developer, Arkvale Partners, said": a body after a person's noun is whom they speak for.
  if (head?.unnamed && SOURCE_FOR_BODY.test(head.name) && appositive && isOrganization(context, appositive)) return { ...head, organization: appositive.entity };
  // ("The consignor, the engineer's niece, said": a description that is someone's relative is someone new.)
  if (described && appositive?.unnamed && RELATIVE_OF_SOMEONE.test(attribution.appositive.phrase)) return appositive;
  // "One of the six no votes, a second-year patroller who asked…, said": a vote stands for the voter the apposition describes.
  // ("said one of them, a grower from Aguarón who asked not to be named": so does "one of them" for the one the apposition describes.)
  if (head?.unnamed && appositive?.unnamed && (ONE_OF_THE_VOTES.test(head.name) || ONE_OF_THEM.test(head.name))) return appositive;
  // "The ministerial order governing the campaign, issued by the Ministry of Industrialisation and
  // Trade on 2 October, says": a writing whose maker the apposition names speaks as its maker.
  const maker = head?.unnamed ? MADE_BY_APPOSITION.exec(attribution.appositive.phrase) : null;
  const makerSpeaks = maker?.indices ? resolvePhrase(context, { phrase: maker[1], phraseStart: attribution.appositive.phraseStart + maker.indices[1][0] }, attribution, span) : null;
  // ("The petition, written by Kaimana Delacroix-Ho and two other concentrators, calls": so does a
  // writing a person wrote, as its writer.)
  const writtenByPerson = WRITTEN_BY_OPENING.test(attribution.appositive.phrase) && makerSpeaks?.entity !== null && makerSpeaks?.entity !== undefined
    && context.entities[makerSpeaks.entity].type === 'person';
  if (makerSpeaks && (isOrganization(context, makerSpeaks) || writtenByPerson)) return makerSpeaks;
  if (head?.unnamed || described) return appositive && namesSpeakerInApposition(context, appositive, attribution.appositive) ? appositive : head;
  // "Munich Re, the world's biggest reinsurer, said", "The Plastics Stewardship Council, a trade group
  // representing resin producers, said": a description of the organisation is no one else.
  const describesHead = head !== null && (appositive?.method === 'pronoun' || appositive?.unnamed === true);
  // "The UN peacekeeping mission in the country, MINUSCA, said": the body named first only qualifies
  // the noun of another, whose own name the apposition gives.
  if (head?.mention && appositive && isOrganization(context, head) && isOrganization(context, appositive)
    && BODY_NOUN_AFTER_QUALIFIER.test(context.text.slice(head.mention.end, head.mention.end + 40))) return appositive;
  return appositive && !isOrganization(context, appositive) && !describesHead ? appositive : head ?? appositive;
}

// ("A spokesman for the show's main sponsor, Kirkby Mercantile Bank,": the noun may be owned and qualified.)
const SOURCE_FOR_BODY = /\bspokes(?:man|woman|person)\s+(?:for|at|of)\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+)?(?:\p{Ll}+\s+){0,2}?\p{Ll}+$/u;
/** "Counsel for plaintiff", "a lawyer for": someone who speaks for the person named next. */
const SPOKEN_FOR_BEFORE = /\b(?:counsel|lawyers?|attorneys?|solicitors?|barristers?|spokes(?:man|woman|person))\s+(?:for|representing)\s+(?:the\s+)?(?:\p{Ll}+\s+)?$/iu;
/** "the administrator of ", "the widow of the ": a role of whoever or whatever is named next, all a phrase holds before it. */
const ROLE_OF_BEFORE = /^\s*the\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}of\s+(?:the\s+)?$/u;
const CLOSE_TO_SOMEONE = /\b(?:close\s+to|familiar\s+with|allied\s+with|loyal\s+to)\s+(?:the\s+)?\p{Ll}[\p{Ll}\s-]*$/u;

/** "the 34-year-old spokesman": a phrase ending in a lower-case word, which may describe someone. */
const LOWER_CASE_LAST_WORD = /\s\p{Ll}+$/u;
/** " magazine" after "Slipcase": one lower-case word after a name, the rest of the phrase. */
const ONE_LOWER_CASE_WORD = /^\s+\p{Ll}+$/u;

/** "council’s": a word in the possessive, and the word. */
const POSSESSIVE_WORD = /^(\p{Ll}+)['’]s$/u;

/**
 * Turns the words before or after a cue into a speaker: a pronoun, a named entity, "the
 * company", an unnamed source, or a description of the person in focus ("the 34-year-old").
 */
export function resolvePhrase(context: Context, words: Phrase, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const trimmed = trimSpan(words.phrase, words.phraseStart);
  if (!trimmed) return null;
  // "Later the prime minister said", "Meanwhile Michael Jackson's mother has said": an adverb of time
  // opening the sentence comes before the subject, not in it;
  // so does the "that" of a reported clause ("reported that Granite Mesa's parent had told investors").
  const adverb = ADVERB_BEFORE_SUBJECT.exec(trimmed.value);
  if (adverb) return resolvePhrase(context, { phrase: trimmed.value.slice(adverb[0].length), phraseStart: trimmed.start + adverb[0].length }, attribution, span);
  const { value, start } = trimmed;
  // "The Ministry of Transport, Energy, Communication and Innovation said": a phrase cut at a comma
  // inside a name is that name.
  const enclosing = context.mentions.lastBefore(start, (ref) => ref.end >= start + value.length, 3);
  if (enclosing) return speakerNamedAt(context, enclosing, attribution);
  // The words as the article writes them: a phrase may have asides blanked out ("the Austin, Texas-based company").
  const mention: Span = { start, end: start + value.length, text: context.text.slice(start, start + value.length) };
  // "A notice pinned to the door of the Brecon building read:": a notice put up for passers-by
  // speaks as written, whatever names say where it hangs.
  if (POSTED_NOTICE.test(value)) return speaksAsWritten(mention, attribution);
  // "One boater who did not want to be named went further, describing": a participle's clause opens
  // with its subject, an unnamed source, before its own verb.
  const participleSubject = attribution.cue.endsWith('ing') ? UNNAMED_SOURCE_GOING_FURTHER.exec(value) : null;
  if (participleSubject) return resolvePhrase(context, { phrase: participleSubject[1], phraseStart: start + participleSubject[0].indexOf(participleSubject[1]) }, attribution, span);
  // ("According to him", "In his view": after "according to", the pronoun is an object's or an owner's.)
  const lower = value.toLowerCase();
  const pronoun = PRONOUNS.get(lower) ?? (attribution.method === 'according-to' ? OBJECT_PRONOUNS.get(lower) ?? OWNER_PRONOUNS.get(lower) : undefined)
    ?? (OWN_WORDS_OPENING.test(value) ? OWNER_PRONOUNS.get(value.split(' ', 1)[0].toLowerCase()) : undefined);
  if (pronoun) return resolvePronoun(context, pronoun, mention, attribution, span);
  // ""She has good fingers," the older woman said": a woman or a man by age alone stands for whom a pronoun would.
  const byAge = AGED_PERSON.exec(value);
  if (byAge) return resolvePronoun(context, byAge[1].toLowerCase() === 'woman' ? 'female' : 'male', mention, attribution, span);
  // "another fan, who only gave his name as Shaka,": the name the source gave.
  const givenName = nameSourceGave(context, start, value.length);
  if (givenName) return speakerNamedAt(context, givenName, attribution);
  // "The mayors of Pittsburgh, Detroit, and Toledo said": a group named by the list of whose they are, as written.
  if (GROUP_OF_LIST.test(value)) return speaksAsWritten(mention, attribution);
  // "while another said", ""…," said another", "Others said": one more of the unnamed people just
  // quoted, as written, never the one quoted before.
  if (ONE_MORE.test(value)) return speaksAsWritten(mention, attribution);
  // "said investigators believed …": the subject of a verb in someone's reported speech; that someone is the speaker.
  if (OPENS_WITH_SPEECH_VERB.test(value)) return null;
  // "the army said", "the Ukrainian air force said", "Israel's military said": a state's forces.
  const forces = STATE_FORCES.exec(value);
  if (forces) return armedForce(context, mention, forces, attribution);
  // "according to a letter seen by Informanté": who saw a writing is no part of it.
  const seen = value.includes('by') ? SEEN_BY_ENDING.exec(value) : null;
  if (seen) return resolvePhrase(context, { phrase: value.slice(0, seen.index), phraseStart: start }, attribution, span);
  // "the head of the Didy gendarmerie brigade said": whoever holds a body's office, unnamed, as written.
  if (HEAD_OF_BODY.test(value) && !context.mentions.within(start, start + value.length).some((ref) => context.entities[ref.key].type === 'person')) {
    const holder = holderOfRole(context, value, start);
    return holder ? anaphor(holder, mention, attribution.cue) : speaksAsWritten(mention, attribution);
  }
  // "Our colleagues at Midi Madagasikara reported": another paper, named with the press's courtesy, speaks.
  const colleagues = OUR_COLLEAGUES_AT.exec(value);
  if (colleagues) return resolvePhrase(context, { phrase: value.slice(colleagues[0].length), phraseStart: start + colleagues[0].length }, attribution, span);
  // "one email from a senior Ardcarn manager read", "The report of the Public Accounts Committee said": a writing with its author written after it speaks as the author.
  const author = AUTHOR_OF_WRITING.exec(value);
  if (author?.indices) return resolvePhrase(context, { phrase: author[1], phraseStart: start + author.indices[1][0] }, attribution, span);
  // "Glenholm's official account on X posted", "A post on the club's Instagram said": the account's owner, not the platform.
  // (Most phrases hold no possessive: the patterns of one are tried only past an apostrophe.)
  const hasApostrophe = value.includes("'") || value.includes('’');
  const account = hasApostrophe ? ACCOUNT_OWNER.exec(value) : null;
  if (account) return resolvePhrase(context, { phrase: account[2], phraseStart: start + account[1].length }, attribution, span);
  // "A notice on the federation’s website reads": a body the article names, whose website it is; else the notice as written.
  const website = hasApostrophe ? WRITING_ON_WEBSITE.exec(value) : null;
  const webmaster = website?.indices ? resolvePhrase(context, { phrase: website[1], phraseStart: start + website.indices[1][0] }, attribution, span) : null;
  if (webmaster?.entity !== null && webmaster?.entity !== undefined) return webmaster;
  // "Rostrum Systems, a San Francisco startup whose website promises": the writing of the body the
  // apposition describes speaks for the body named before it.
  const ownedWriting = WHOSE_WRITING.test(value) && context.text.startsWith(', ', start - 2) ? nameEndingAt(context.mentions, start - 2) : undefined;
  if (ownedWriting && context.entities[ownedWriting.key].type === 'organization') return speakerNamedAt(context, ownedWriting, attribution);
  // "The Royal College of Emergency Medicine said its members had described conditions as "…"",
  // "the company said an internal audit had found": what a body's own people or checks say, the
  // body reports; it is the speaker.
  const reporter = value.includes('said') || value.includes('says') || value.includes('told') ? REPORTS_ITS_OWN.exec(value) : null;
  if (reporter) return resolvePhrase(context, { phrase: reporter[1], phraseStart: start }, attribution, span);
  // "Letters sent by the council’s education department said": a department of the body in focus speaks for it.
  const body = openingAs(context, hasApostrophe ? DEPARTMENT_OF_BODY.exec(value) : null, start, attribution, span, 'organization');
  if (body) return body;
  // "Ulrike Tessmann-Gröning sees things differently. The politician from the center-left Social
  // Democrats (SPD) has said": a description of the person in focus, whatever party or place it is from.
  const personInFocus = openingAs(context, DESCRIPTION_FROM.exec(value), start, attribution, span, 'person');
  if (personInFocus) return personInFocus;

  const { entities } = context;
  const named = context.mentions.within(mention.start, mention.end);
  // "A 17-year-old volunteer surnamed Tsai (蔡) said", "a nurse named Grace Obi said": the person
  // the description ends by naming speaks.
  const nameGiven = named.at(-1);
  if (nameGiven && nameGiven.end === mention.end && entities[nameGiven.key].type === 'person' && NAMED_BEFORE.test(context.text.slice(mention.start, nameGiven.start))) {
    return speakerNamedAt(context, nameGiven, attribution);
  }
  // "a move dealers warn could "chill" sales": a thing, then the people whose clause describes it
  // (a relative clause without its "that"), who are the ones speaking.
  const describers = REDUCED_RELATIVE_SUBJECT.exec(value);
  if (describers && named.length === 0 && SOURCE_NOUNS.has(describers[1])) {
    return resolvePhrase(context, { phrase: describers[1], phraseStart: start + value.length - describers[1].length }, attribution, span);
  }
  // "The Harvard chapter of the American Association of University Professors said": a body's
  // branch speaks for the body it is part of.
  const branchOf = BRANCH_OPENING.exec(value);
  // So does one whose long name ends in its acronym: "the Odisha chapter of the Confederation of Real
  // Estate Developers' Associations of India (CREDAI)".
  if (branchOf) {
    const isBody = (ref: MentionRef) => entities[ref.key].type === 'organization';
    const body = named.find((ref) => ref.start === mention.start + branchOf[0].length && ref.end === mention.end && isBody(ref))
      ?? named.find((ref) => isBody(ref) && ACRONYM_ENDING.test(context.text.slice(ref.start - 1, mention.end)));
    if (body) return speakerNamedAt(context, body, attribution);
  }
  // "The university’s UCU branch said", "the union's Severnside chapter": a branch named by its body's own name.
  const branch = BRANCH_ENDING.exec(value);
  const branchBody = branch && !BRANCH_OPENING.test(value) ? named.find((ref) => ref.end === mention.start + branch.index && entities[ref.key].type === 'organization') : undefined;
  if (branchBody) return speakerNamedAt(context, branchBody, attribution);
  // "The Justice Department filed a statement of interest …, writing that": a participle's phrase
  // may hold its sentence's whole clause; the name before the clause's verb is the subject. So is
  // a person before where they work ("Tobias Lindqvist-Amadi of Crestline Sports Management").
  // The subject may wear its title ("U.S. District Judge Maria Ortega sentenced Daniel Pruitt").
  // ("Labour hit back at the proposals with election coordinator Alan Milburn accusing": but a participle after "with" has its own.)
  const subject = WITH_SUBJECT_ENDING.test(value) ? undefined
    : named.find((ref) => ref.end < mention.end && opensClause(context, mention.start, ref) && leadsClauseVerb(context, ref, mention.end));
  if (subject) {
    return resolvePhrase(context, { phrase: context.text.slice(mention.start, subject.end), phraseStart: mention.start }, attribution, span);
  }
  const lowerWords = lower.split(/\s+/);
  // "The Post reported": a newspaper the article names by its title's last word, with no entity for
  // it, as the subject opening its sentence (not "seen by The Register, which describes").
  if (named.length === 0 && lowerWords.length === 2 && NEWSPAPER_TITLE.test(value) && startsSentence(context.text, start)) return speaksAsWritten(mention, attribution);
  // "Mr Spitzer's office said": a person's office speaks as written, not as the person.
  if (hasApostrophe && named.length === 1 && entities[named[0].key].type === 'person' && PERSONS_OFFICE.test(value)) return speaksAsWritten(mention, attribution);
  // "Dr Hadlow's partner, Tom Reyne, said": a relative of the one named is someone else, whom the
  // apposition may name; else the relative speaks as written ("Okafor-Pryce's mother, reached by phone in Houston, said").
  if (hasApostrophe && KIN_OF_POSSESSOR.test(value)) return speaksAsWritten(mention, attribution);
  const relative = named.length === 0 ? relativeSpeaking(context, lowerWords, mention.start) : undefined;
  if (relative) return anaphor(relative, mention, attribution.cue);
  // "My mother read an early draft and told me": the writer's own relative, unnamed, as written;
  // so is the relative of someone described ("The defendant's mother, who asked not to be named, said").
  if (named.length === 0 && lowerWords.length === 2 && (lowerWords[0] === 'my' || lowerWords[0] === 'our') && KIN_NOUNS.has(lowerWords[1])) return speaksAsWritten(mention, attribution);
  if (named.length === 0 && lowerWords.length === 3 && lowerWords[0] === 'the' && /['’]s$/.test(lowerWords[1]) && KIN_NOUNS.has(lowerWords[2])) return speaksAsWritten(mention, attribution);
  // "The contract, a copy of which was obtained by Independente, says", "The timber rights
  // agreement … states": a writing two sides signed speaks for neither, as written.
  if (named.length === 0 && SIGNED_BY_TWO_SIDES.test(value)) return speaksAsWritten(mention, attribution);
  const announcer = named.length === 0 ? announcerBefore(context, mention.start, lowerWords) : undefined;
  if (announcer) return speakerNamedAt(context, announcer, attribution);
  const writingNamed = asWriting(lowerWords);
  const sameStatement = named.length === 0 ? speakerOfStatement(context, writingNamed, mention.start) : null;
  if (sameStatement) return restated(sameStatement, 'pronoun', attribution.cue, mention);
  const namesake = named.length === 0 ? bodyNamedByNoun(context, lowerWords, mention.start) ?? statementAuthor(context, writingNamed, Math.min(mention.start, span.open)) : undefined;
  if (namesake) return anaphor(namesake, mention, attribution.cue);
  // ""Do not wait for a knock on the door," the post said", after "wrote in a post on X": a post
  // whose author is no name the article gives speaks as itself (not as "the Post", a newspaper).
  if (mention.text === 'the post' && lastWordBefore(context.text, 'post', mention.start) >= 0) {
    return { name: mention.text, entity: null, mention, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
  }
  const kindNamed = namedByKind(context, mention, named, lowerWords);
  if (kindNamed) return anaphor(kindNamed, mention, attribution.cue);
  // "One of them described the step as": one of the sources just named, as written.
  if (ONE_OF_THEM.test(value)) return speaksAsWritten(mention, attribution);
  // "one of the supervisors": any plural of people, picked out one by one, is an unnamed source.
  const oneOfMany = ONE_OF_MANY.test(value);
  // "One Labour MP in a neighbouring seat", "a second senator": an office, indefinitely, is someone
  // unnamed; so is one defined by something indefinite ("the owner of one womenswear concession").
  const indefinite = INDEFINITE_OPENING.test(value);
  const holder = HOLDER_OF_INDEFINITE.exec(value)?.[1].toLowerCase();
  // "spokesman's": a noun with its possessive, which is cut off by code rather than by a pattern for every word.
  // "Several riders said": some of a plural of people, as "one of the supervisors" is one of them.
  const some = SOME_OPENING.test(value);
  const isSourceNoun = (word: string) => SOURCE_NOUNS.has(word.endsWith('s') && isApostrophe(word.charCodeAt(word.length - 2)) ? word.slice(0, -2) : word)
    || ((oneOfMany || some) && PLURAL_AGENT.test(word)) || (indefinite && (ROLE_WORDS.has(word) || isPersonNounEnding(word, lowerWords) || (ESTABLISHMENT_NOUNS.has(word) && endsNounPhrase(word, lowerWords)))) || (word === holder && PERSON_SUFFIX.test(word));
  let sourceNoun = sourceNounIndex(mention, named, lowerWords, isSourceNoun);
  // "one senior Commonwealth figure, who asked not to be named": a body named before the noun is whom it speaks for.
  if (sourceNoun < 0 && named.every((ref) => entities[ref.key].type !== 'person')) sourceNoun = anonymousSourceNoun(context.text, mention);
  // "a senior administration official", "one nurse manager": the source is the last noun of the run, not the first.
  // ("One defence industry executive": past a noun that qualifies the last.)
  const headsRun = (index: number) => index < lowerWords.length && (isSourceNoun(lowerWords[index]) || COMPOUND_HEADS.has(lowerWords[index]));
  while (sourceNoun >= 0 && (headsRun(sourceNoun + 1) || (QUALIFYING_NOUNS.has(lowerWords[sourceNoun + 1]) && headsRun(sourceNoun + 2)))) sourceNoun += headsRun(sourceNoun + 1) ? 1 : 2;
  // "the police commander", "the jury president": a source noun before the office that ends the
  // phrase only qualifies the office, someone's.
  // (A headline drops the article: "jury president hails".)
  if (sourceNoun === lowerWords.length - 2 && (lowerWords[0] === 'the' ? sourceNoun >= 1 : sourceNoun === 0) && ROLE_WORDS.has(lowerWords[sourceNoun + 1])) sourceNoun = -1;
  // An organisation named in the description is the person's affiliation ("the Labour peer").
  const namesPerson = named.some((ref) => entities[ref.key].type === 'person');
  // "the prime minister said", "the chief executive added": an office has one holder, the person in focus.
  // A headline drops the article: "Shadow chancellor accuses Treasury of "…"", "Health Minister admits waiting lists "…"".
  const headline = context.text.slice(0, start).trim() === '' && lowerWords[0] !== 'the' && /^\p{Lu}\p{Ll}+(?:(?:\s+\p{Ll}+)+|(?:\s+\p{Lu}\p{Ll}+)+)$/u.test(value);
  const describing = headline ? ['the', ...lowerWords] : lowerWords;
  if (!namesPerson && isOffice(describing)) return resolveDescription(context, mention, attribution, span);
  if (!namesPerson && PARTY_LEADER.test(value)) {
    const leader = partyLeader(context, mention);
    if (leader) return anaphor(leader, mention, attribution.cue);
  }
  const described = !namesPerson && LOWER_CASE_LAST_WORD.test(value) && isPersonalDescription(describing) && !pointsBackToSource(context, start, lowerWords)
    ? resolveDescription(context, mention, attribution, span) : null;
  if (described) return described;
  // "the central bank's vice president Farhat Ben Gadaravice": a person's name ending the phrase is
  // the speaker, unless a preposition puts it outside ("a spokesman for Mr Blair").
  // ("Senior Minister of State for Transport Gerald Seah": the prepositions of the person's own title are no such thing.)
  const endsWithPerson = named.some((ref) => ref.end === mention.end && entities[ref.key].type === 'person'
    && (!/\b(?:for|of|at|from|to|with|representing)\s/i.test(context.text.slice(mention.start, ref.start)) || entities[ref.key].roles.includes(context.text.slice(mention.start, ref.start).trim().replace(/^the\s+/, ''))));
  // "analysts from Citigroup Smith Barney in a note to clients": a plural source needs no determiner,
  // also after a capitalised noun or two that qualify it ("Council officers recommended closure in a report which concluded").
  const bareGroup = sourceNoun >= 0 && sourceNoun <= 2 && PLAIN_PLURAL.test(lowerWords[sourceNoun])
    && value.split(/\s+/, sourceNoun).every((word) => CAPITALISED_QUALIFIER.test(word));
  const organOf = bodyOfOwnOrgan(context, mention, named, lowerWords);
  if (organOf) return speakerNamedAt(context, organOf, attribution);
  // "Slipcase magazine called the couple": a publication's name, then the noun for its kind.
  const medium = named.length === 1 && named[0].start === start && MEDIA_NOUNS.has(lowerWords[lowerWords.length - 1]) ? named[0] : undefined;
  if (medium && entities[medium.key].type === 'organization' && ONE_LOWER_CASE_WORD.test(context.text.slice(medium.end, mention.end))) return speakerNamedAt(context, medium, attribution);
  // "says the co-founder and chief executive of Kestrel Computing": an office of a body the article
  // names is someone's, whom the office alone takes up when it can.
  const officeAtBody = officeOfNamedBody(context, mention, named, lowerWords);
  const bodysOfficer = officeAtBody ? resolveDescription(context, officeAtBody, attribution, span) : null;
  if (bodysOfficer && !bodysOfficer.unnamed && bodysOfficer.entity !== null) return bodysOfficer;
  const unnamed = sourceNoun >= 0 && !endsWithPerson && !namesBodyAfterNoun(context, mention, named, sourceNoun) && !namesAuthor(value, lowerWords[sourceNoun], named.length)
    && (SOURCE_DETERMINERS.has(lowerWords[0]) || COUNT.test(lowerWords[0]) || bareGroup || speaksForPossessor(lowerWords, sourceNoun)
      || lowerWords.length <= 3 && !named.some((ref) => entities[ref.key].type === 'person') && !isBareWriting(lowerWords) || isPlacesBodyInPlace(context, named, lowerWords, sourceNoun));
  const maker = unnamed ? makerOfWritingInPhrase(context, mention, attribution) : undefined;
  if (maker) return maker;
  // ("The paper says", after "a consultation paper published by Orkney Islands Council": a paper the article introduced as a writing.)
  const writing = unnamed && (DOCUMENT_NOUNS.has(lowerWords[sourceNoun]) || (lowerWords[sourceNoun] === 'paper' && isPaperIntroducedAsWriting(context.text, mention.start)));
  const owner = writing ? ownerOfWriting(context, mention, named, sourceNoun) ?? signerNamedAfter(context, mention.end) ?? writerAfter(context, start + writingNounEnd(value, lowerWords[sourceNoun]))
    ?? (lowerWords[0] === 'the' && (lowerWords.length === 2 || (lowerWords.length === 3 && LENGTH_OF_WRITING.test(lowerWords[1])))
      ? authorOfWritingBefore(context, mention.start, lowerWords[lowerWords.length - 1]) ?? finderBefore(context, mention.start, lowerWords) ?? writerToBefore(context, mention.start, lowerWords)
      : writingOfSubjectBefore(context, mention, lowerWords)) : undefined;
  if (owner) return speakerNamedAt(context, owner, attribution);
  // ("a letter signed by 41 of the orchestra's 68 musicians, which accused": the signers may be inside the phrase, right after its noun.)
  const signers = writing ? unnamedSignersAfter(context.text, mention.end) ?? unnamedSignersAfter(context.text, start + writingNounEnd(value, lowerWords[sourceNoun])) : undefined;
  if (signers) return { name: signers.text, entity: null, mention: signers, unnamed: true, organization: null, method: attribution.method, cue: attribution.cue };
  const anyOwner = writing && lowerWords.length === 2 && lowerWords[0] === 'the' ? authorOfAnyWritingBefore(context, mention.start, lowerWords[1]) : undefined;
  if (anyOwner) return speakerNamedAt(context, anyOwner, attribution);
  const statementMaker = writing ? makerOfUnintroducedStatement(context, mention, lowerWords) : undefined;
  if (statementMaker) return restated(statementMaker, attribution.method, attribution.cue, mention);
  // "The court also ordered …. The written ruling, released on Wednesday, describes": a ruling is the court's, the last one named.
  const court = unnamed && lowerWords[0] === 'the' && COURT_WRITINGS.has(lowerWords[sourceNoun]) ? courtNamedBefore(context, mention.start) : undefined;
  if (court) return anaphor(court, mention, attribution.cue);
  // "Their report says", "Its latest staff report warned": the writing of whom the pronoun stands for.
  // ("Météo-France had placed the department on orange alert. Its forecasters later described": or the body whose staff they are.)
  const ownerPronoun = sourceNoun >= 1 && (DOCUMENT_NOUNS.has(lowerWords[sourceNoun]) || (lowerWords.length === 2 && lowerWords[0] === 'its' && BODY_STAFF.has(lowerWords[1])))
    ? OWNER_PRONOUNS.get(lowerWords[0]) : undefined;
  if (ownerPronoun) return resolvePronoun(context, ownerPronoun, { start, end: start + lowerWords[0].length, text: value.slice(0, lowerWords[0].length) }, attribution, span);
  // "the bureau's own annual report": the writing of the body the noun stands for.
  // ("the company's permit application", "the council's decision": a writing no source is quoted as, too.)
  const writingNoun = sourceNoun >= 0 ? sourceNoun : lowerWords.length - 1;
  const ownerBody = writingNoun >= 2 && lowerWords[0] === 'the' && DOCUMENT_NOUNS.has(lowerWords[writingNoun]) ? ownerOfPossessedWriting(context, mention, lowerWords, writingNoun, attribution, span) : undefined;
  if (ownerBody) return ownerBody;
  // "blaming what its chief executive called", with "chief executive Tomáš Hrubý" named anywhere:
  // the body's office is held by the one person the article gives it.
  // (Not after "One insulation subcontractor, which asked not to be named, said …": "its" is that one's.)
  const ownOffice = OWN_OFFICE.test(value) && named.length === 0 && ROLE_WORDS.has(lowerWords[lowerWords.length - 1]) && !followsIndefiniteSubject(context.text, mention.start)
    ? soleHolderOfRole(entities, lowerWords.slice(1).join(' ')) : undefined;
  if (ownOffice) return anaphor(ownOffice, mention, attribution.cue);
  // "Calderbrook's technical manager said", after "Rachel Okonjo, Technical Manager at Calderbrook Animal Health": the one holder of a body's (or a place's) office.
  const officeOfBody = named.length === 1 && named[0].start === start && entities[named[0].key].type !== 'person' ? OFFICE_OF_BODY.exec(context.text.slice(named[0].end, mention.end)) : null;
  const bodysOffice = officeOfBody && ROLE_WORDS.has(lowerWords[lowerWords.length - 1]) ? soleHolderOfRole(entities, officeOfBody[1]) : undefined;
  if (bodysOffice) return anaphor(bodysOffice, mention, attribution.cue);
  // ("the doctor added", right after Dr. Traoré's words, is her; a doctor who spoke since may be another, unnamed.)
  const doctor = soleDoctor(context, mention);
  if (doctor && context.previous?.speaker?.entity === doctor.key && !ANOTHER_DOCTOR.test(context.text.slice(context.previous.end, mention.start))) return anaphor(doctor, mention, attribution.cue);
  if (unnamed) {
    // "the newspaper said" is the outlet the article names, "the firm said" anything but one, and
    // a place before the noun says where it is ("the Austin, Texas-based company").
    const noun = lowerWords[lowerWords.length - 1];
    const placedBody = lowerWords.length > 2 && lowerWords.length <= 5 && lowerWords[lowerWords.length - 2].endsWith('-based');
    // "the rights group", "the oil company", "the aid agency": a body's noun and what it does;
    // "the French regulator", "the German carmaker": or where it is from.
    const describedBody = lowerWords.length > 2 && lowerWords.length <= 4 && lowerWords.slice(1, -1).every((word) => isTradeWord(word) || DEMONYMS.has(word));
    // ("the Vancouver-based miner", "The Montreal-based planemaker": where it is based makes a firm of what it does.)
    const firmNoun = ORG_INTRODUCERS.has(noun) || (placedBody && FIRM_CALLINGS.has(noun));
    if ((lowerWords.length === 2 || placedBody || describedBody) && lowerWords[0] === 'the' && firmNoun) {
      // "A Singapore-based dry bulk broker said …. "…," the broker said": a source of a noun that may
      // name a firm or a person, just introduced speaking, is that source.
      const introduced = lowerWords.length === 2 ? sourceOfNounJustIntroduced(context, mention, attribution) : undefined;
      if (introduced) return introduced;
      const organization = organizationInFocus(context, descriptionSentenceAt(mention, span), noun, lowerWords.length === 2);
      if (organization) return anaphor(organization, mention, attribution.cue);
    }
    // "the main contractor, Costruzioni Giuliane, … the contractor says": a firm's calling, which may
    // as well be a person's, takes up only a body the article named with it.
    const calledBody = lowerWords.length === 2 && lowerWords[0] === 'the' && !firmNoun && FIRM_CALLINGS.has(noun) ? bodyNamedAs(context, mention.start, noun) : undefined;
    if (calledBody !== undefined) return anaphor(entities[calledBody], mention, attribution.cue);
    // "the Copenhagen-based analyst", after "senior analyst Helle Brøndum": where a person is based
    // qualifies the title, which the person the article gave it still holds.
    const placedHolder = placedBody && lowerWords[0] === 'the' && !firmNoun && !ORG_HEAD_WORDS.has(noun)
      ? holderOfRole(context, noun, mention.start) : undefined;
    if (placedHolder) return anaphor(placedHolder, mention, attribution.cue);
    // "The NewsGuild-CWA, which represents journalists, said …. "…," the union said": a body that has
    // just spoken; any other union is "the union" of an unnamed source.
    // "The government said" names the government, whoever spoke last.
    const speakingBody = lowerWords.length === 2 && lowerWords[0] === 'the' && ORG_HEAD_WORDS.has(noun) && !STATE_NOUNS.has(noun)
      ? bodyCalled(context, noun, mention.start) : undefined;
    if (speakingBody !== undefined) return anaphor(entities[speakingBody], mention, attribution.cue);
    // "In a statement, Indigenous Services Canada said …. "…," the department said": a part of the
    // state takes up the body that has just spoken.
    // ("An HMRC spokesperson said: "…" The department added": or the body its spokesperson spoke for;
    // "The Department for Energy Security and Net Zero has granted consent …. In its decision letter,
    // the department said": or the one department named.)
    const stateBody = lowerWords.length === 2 && lowerWords[0] === 'the' && STATE_DEPARTMENTS.has(noun)
      ? bodyThatJustSpoke(context, mention.start) ?? bodySpokenForJustBefore(context) ?? soleBodyNamedWith(context, noun, mention.start) : undefined;
    if (stateBody !== undefined) return anaphor(entities[stateBody], mention, attribution.cue);
    // "But the Chester chairman added", after "Chairman Steve Vaughan": a title held by one person
    // at a time, with nothing but names to qualify it, is the one the article gave it to.
    const title = lowerWords[sourceNoun];
    // "the Stanmoor manager", after "Stanmoor manager Niall Brereton": so is a title with the body it serves.
    const bare = isBareTitle(value, title);
    const holder = (BODY_AND_TITLE.test(value) ? soleHolderOfRole(entities, value) : undefined) ?? (bare ? soleHolderOfRole(entities, title) ?? personTitledBefore(context, title, mention.start) : undefined)
      ?? (title === 'prosecutor' && lowerWords[0] === 'the' ? prosecutingPersonBefore(context, mention.start) : undefined);
    if (holder) return anaphor(holder, mention, attribution.cue);
    // "A spokesperson for U.S. Customs and Border Protection" speaks for the agency, not the country.
    const body = named.find((ref) => entities[ref.key].type === 'organization') ?? named.find((ref) => entities[ref.key].type !== 'person');
    return unnamedSource(context, mention, sourceNoun, body?.key, attribution, span);
  }
  // "MONUSCO also reacted. In a statement, the UN mission said": a body the name before the noun
  // only qualifies is the one opening the sentence before.
  const qualified = named.length === 1 && lowerWords[0] === 'the' && entities[named[0].key].type === 'organization' && endsWithQualifiedNoun(context.text.slice(named[0].end, start + value.length))
    ? bodyOpeningSentenceBefore(context, start) : undefined;
  if (qualified !== undefined && qualified !== named[0].key) return anaphor(entities[qualified], mention, attribution.cue);
  // "said the radio station", "the oil giant added": a description of a body is the body in focus, not a person.
  // ("the Plymouth-based institution": where the body is based names no one.)
  const namesNoOne = named.every((ref) => context.text.startsWith('-based', ref.end));
  const bodyNoun = namesNoOne && lowerWords[0] === 'the' && lowerWords.length <= 4 ? lowerWords[lowerWords.length - 1] : undefined;
  if (bodyNoun !== undefined && (ORG_INTRODUCERS.has(bodyNoun) || ORG_HEAD_WORDS.has(bodyNoun) || BODY_NOUNS.has(bodyNoun))) {
    // ("One provider, who … asked not to be named, said …. "…," the provider said": a source of the
    // noun just introduced speaking is that source, not a body in focus.)
    const introduced = lowerWords.length === 2 ? sourceOfNounJustIntroduced(context, mention, attribution) : undefined;
    if (introduced) return introduced;
    // ("A letter from the council’s property team said": a part of a body is that body, found by the body's noun.)
    const owner = lowerWords.length > 2 ? POSSESSIVE_WORD.exec(lowerWords[1])?.[1] : undefined;
    const ownerNoun = owner !== undefined && (ORG_INTRODUCERS.has(owner) || ORG_HEAD_WORDS.has(owner) || BODY_NOUNS.has(owner)) ? owner : undefined;
    const organization = organizationInFocus(context, descriptionSentenceAt(mention, span), ownerNoun ?? bodyNoun, ownerNoun !== undefined || lowerWords.length === 2);
    // "the Lebanese presidency said": an institution of the nation named, which the body in focus
    // need not be (but "the German giant" is the firm the story is about).
    const nation = lowerWords.length === 3 && BODY_NOUNS.has(bodyNoun) && DEMONYMS.has(lowerWords[1]) ? lowerWords[1] : undefined;
    if (nation !== undefined && !organization?.name.toLowerCase().includes(nation.slice(0, 4))) return speaksAsWritten(mention, attribution);
    // "The government’s communication service said": a part of the state the article does not name is as written.
    if (lowerWords.length > 2 && STATE_NOUNS.has(lowerWords[1].replace(/['’]s$/, ''))) return speaksAsWritten(mention, attribution);
    return organization ? anaphor(organization, mention, attribution.cue) : null;
  }
  // "said the 34-year-old", "the striker added", "the Black Sabbath singer told reporters": a
  // description refers back to the person in focus, even when it names their band or club.
  // (Not a name that ends in a lower-case word: "the Gendarmerie nationale said".)
  const endsInName = named.some((ref) => ref.end === mention.end && /\s\p{Ll}+$/u.test(context.text.slice(ref.start, ref.end)));
  // "The Grand Est region, which finances regional trains, said": a place named with its kind of
  // government speaks as the place, not as whoever is in focus.
  const placeOfKind = lowerWords[0] === 'the' && named.length === 1 && entities[named[0].key].type === 'place' && REGION_KINDS.has(lowerWords[lowerWords.length - 1])
    && context.text.slice(named[0].end, mention.end).trim().split(/\s+/).length === 1;
  if (placeOfKind) return speakerNamedAt(context, named[0], attribution);
  if (sourceNoun < 0 && !endsInName && (isDescription(headline ? `the ${value}` : value) || isMemberOfBodyNamed(context, value, start, named))) {
    // "the agencies wrote": a plural is a group, which no one person in focus can be; it speaks as written.
    if (isPluralOfAgents(value, lowerWords[lowerWords.length - 1])) return speaksAsWritten(mention, attribution);
    // "The Taoiseach, speaking in Brussels, said", "The advert described the franchise as": a
    // description with no one in the article to stand for speaks as written (not a possessor's
    // noun: "the government's main problems").
    return resolveDescription(context, mention, attribution, span) ?? (POSSESSIVE_INSIDE.test(value) ? null : speaksAsWritten(mention, attribution));
  }
  if (OWN_REPORTER.test(value)) return ownReporter(context, mention, attribution);
  // "The junta-appointed Hpakant Township administrator told the paper": an office of a place the
  // article names, held by no one it names, speaks as written.
  const office = officeOfPlace(context, lowerWords, named);
  if (office) return office === 'unheld' ? speaksAsWritten(mention, attribution) : anaphor(office, mention, attribution.cue);
  // A place speaks only as the whole subject, for its government ("Downing Street said",
  // "Beijing has denied", "The city of Evansville wrote"); "Britain's ethnic vote" names no speaker.
  // So does a thing, and one known by its acronym after "the" ("the VFC said", a promotion whose
  // name reads as a competition's).
  // "Blackmoss's planning application to Westmorland and Furness Council says": the body whose
  // writing it is, not the one it was made to.
  const writer = isPossessedWritingMadeToBody(value) ? named.find((ref) => ref.start === mention.start && entities[ref.key].type === 'organization' && isPossessiveAt(context.text, ref.end)) : undefined;
  const speaker = writer ?? named.findLast((ref) => entities[ref.key].type === 'person')
    ?? named.findLast((ref) => entities[ref.key].type === 'organization')
    ?? named.find((ref) => (ref.start === mention.start || GOVERNMENT_OF_PLACE.test(context.text.slice(mention.start, ref.start))
      || (entities[ref.key].type === 'place' && THE_ONLY.test(context.text.slice(mention.start, ref.start)) && !REPORTED_CLAUSE_BEFORE.test(context.text.slice(Math.max(0, mention.start - 6), mention.start)))
      || (entities[ref.key].type === 'other' && THE_BEFORE_ACRONYM.test(context.text.slice(mention.start, ref.end)))) && ref.end === mention.end)
    ?? nameTheEntitiesMissed(context, mention);
  if (speaker) return speakerNamedAt(context, speaker, attribution);
  // "The press release reads:", in an article that names no one before: a writing speaks as written
  // (where people are named, its author is left to the other cues; but "“…,” the notice read", a
  // sign, or a notice put up for all ("a notice pinned to the door of the coffee shop"), has none to find).
  const last = lowerWords[lowerWords.length - 1];
  const postedUp = SIGN_NOUNS.has(last) || (last === 'notice' && NOTICE_PUT_UP.test(context.text.slice(Math.max(0, span.open - NOTICE_PUT_UP_REACH), span.open)));
  return named.length === 0 && lowerWords[0] === 'the' && isWritingNoun(last) && (postedUp || !namesPersonBefore(context, span.open)) ? speaksAsWritten(mention, attribution) : null;
}
const OUR_COLLEAGUES_AT = /^[Oo]ur\s+(?:colleagues|confrères)\s+(?:at|from|of)\s+(?=(?:the\s+)?\p{Lu})/u;

/** "grandson of the founder", "the son of a miner": whose relative someone is, set beside their name. */
const KIN_OF_SOMEONE = /^\s*(?:the\s+)?(?:grand)?(?:son|daughter|nephew|niece|widow|widower|brother|sister)\s+of\s+(?:the|an?)\s+\p{Ll}+\s*$/u;
const WRITTEN_BY_OPENING = /^\s*written\s+by\s/;

const MADE_BY_APPOSITION = new RegExp(String.raw`^\s*(?:${MAKING_VERBS})\s+by\s+((?:the\s+)?\p{Lu}[^,]*?)(?:\s+(?:${WHEN_PUT_OUT})\s+[^,]*)?$`, 'du');

const PLAIN_PLURAL = /^\p{Ll}+s$/u;
const CAPITALISED_QUALIFIER = /^\p{Lu}\p{Ll}+$/u;

const NAMED_BEFORE = /\s(?:sur)?named\s+$/;
const BRANCH_OPENING = new RegExp(`^${BRANCH_OF}`, 'u');
const ACRONYM_ENDING = /^\(\p{Lu}{2,}\)\s*$/u;

const THE_BEFORE_ACRONYM = /^[Tt]he\s+\p{Lu}{2,}$/u;
const REPORTED_CLAUSE_BEFORE = /\b(?:that|and|or)\s+$/;

const SEEN_BY_ENDING = /\s+(?:seen|obtained|reviewed)\s+by\s+[^,]+$/;
const SEEN_BY_APPOSITION = /^\s*(?:(?:seen|obtained|reviewed)\s+by\s|(?:which|that)\s+[^,]{1,60}?\s+(?:has|have|had)\s+(?:seen|obtained|reviewed)$)/;
// ("a letter from the parish vestry that was later shared with members": the author, before a relative clause on the letter,
// or a participle's ("A report by Infrastructure Cook Islands tabled at the hearing"), or whom it went to ("to the Ministry of Health").)
const AUTHOR_OF_WRITING = new RegExp(String.raw`^(?:[Oo]ne|[Aa]nother|[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d]+\s+)?(?:message|e-?mail|post|text|tweet|release|ruling|${DOCUMENT_NOUN_ALTERNATIVES})s?,?\s+(?:(?:(?:sent|written|posted|signed|issued|released)\s+)?(?:by|from)|of)\s+((?:an?|one|the)\s+[^,]+?|\p{Lu}[^,]+?)(?:\s+(?:tabled|published|released|presented|submitted|issued|filed|circulated|shared|posted|seen|obtained)\s+(?:at|to|in|on|by|last|this|earlier)\s[^,]*|\s+(?:that|which)\s+(?:was|were|had|has|have|is|are)\s[^,]*|\s+to\s+(?:the\s+)?\p{Lu}[^,]*|\s+(?:after|before|following)\s+(?:the|a|an|its|their|last|this)\s[^,]*|\s+(?:on|last|this|earlier)\s+(?:\p{Lu}\p{Ll}+day|week|month|year)\b[^,]*)?$`, 'du');
const OPENS_WITH_SPEECH_VERB = /^(?:said|says|told|tells|added|adds)\s/;
const REPORTS_ITS_OWN = /^(.+?)\s+(?:said|says|told\s+\S+)\s+(?:that\s+)?(?:its|their|the|an?)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u;

/** The speaker the phrase's opening words (`opening[1]`) name, when it is an entity of `type`. */
function openingAs(context: Context, opening: RegExpExecArray | null, start: number, attribution: Attribution, span: QuoteSpan, type: EntityType): Speaker | null {
  const speaker = opening ? resolvePhrase(context, { phrase: opening[1], phraseStart: start }, attribution, span) : null;
  return speaker?.entity !== null && speaker?.entity !== undefined && context.entities[speaker.entity].type === type ? speaker : null;
}

/** "the council’s education department", "the refinery's planning department", "the council's board": a body's noun and one of its parts that speaks for it. */
/** "a move dealers", "a plan critics": a thing's noun, then a plural source that opens a relative clause on it. */
const REDUCED_RELATIVE_SUBJECT = /^an?\s+\p{Ll}+\s+(\p{Ll}+s)$/u;
const KIN_OF_POSSESSOR = /\p{Lu}[\p{L}'’-]*['’]s\s+(?:\p{Ll}+\s+)?(?:partner|wife|husband|widow|widower|son|daughter|mother|father|brother|sister|fianc[ée]e?|girlfriend|boyfriend|parents|family|uncle|aunt|cousin|grandmother|grandfather)$/u;
const WITH_SUBJECT_ENDING = /\swith\s+(?:\p{Ll}+\s+){0,4}(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u;

function resolvePronoun(context: Context, kind: 'male' | 'female' | 'plural' | 'neuter', mention: Span, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const { entities, previous, mentions } = context;
  if (kind === 'plural' || kind === 'neuter') {
    // "The authors acknowledged the limitation. "…," they wrote": a group reported in the sentence before.
    const group = kind === 'plural' ? groupOpeningSentence(context, mention, attribution, span) ?? unnamedGroupBefore(context, mention, span) : null;
    if (group) return restated(group, 'pronoun', attribution.cue, mention);
    const signMaker = kind === 'plural' ? personWhoPutUpSignsBefore(context, mention) : undefined;
    if (signMaker) return anaphor(signMaker, mention, attribution.cue);
    // "… is expected to be opposed by the Liberal Democrats. They have said": a body named since
    // the previous quotation is who "they" are.
    const bodyNamedSince = previous ? mentions.lastBefore(Math.min(span.open, mention.start), (ref) => ref.start >= previous.end && entities[ref.key].type === 'organization') : undefined;
    if (bodyNamedSince && kind === 'plural') return anaphor(entities[bodyNamedSince.key], mention, attribution.cue);
    // "A hand-painted sign now hangs over the box office. It reads: "…"": "it" is the sign opening the sentence before, as written.
    const sign = kind === 'neuter' && READ_OFF_CUES.has(attribution.cue) ? signOpeningSentenceBefore(context.text, Math.min(span.open, mention.start)) : undefined;
    if (sign) return speaksAsWritten(sign, attribution);
    // "Mr Crosby's statement said: "…" It added: "…"": "it" is the statement, its author's voice.
    // (""…," the statement said. ¶ "…," it added": or the writing itself, right before.)
    if (kind === 'neuter' && previous?.speaker?.mention && (isAuthorOfDocument(context.text, previous.speaker.mention) || isWritingJustBefore(context.text, previous.speaker.mention, span))) {
      return restated(previous.speaker, 'pronoun', attribution.cue, mention);
    }
    // "Civic Forward has issued a statement from its leader, Leila Haddadi. It reads: "…"": the statement's author.
    const statement = kind === 'neuter' ? issuerOfStatementBefore(context, mention.start) ?? authorOfFindingsBefore(context, mention.start) ?? writerOfPageBefore(context, mention.start) : undefined;
    if (statement) return anaphor(statement, mention, attribution.cue);
    const body = kind === 'neuter' ? bodyEarlierInSentence(context, mention, attribution, span) : null;
    if (body) return body;
    // "Eskom said the contract was lawful. The Treasury was less accommodating. "…," it said": a body
    // opening the sentence before, since the previous quotation, has taken the floor from the one quoted.
    const opening = kind === 'neuter' ? bodyOpeningSentenceBefore(context, span.open, true) ?? bodyDescribedOpeningSentenceBefore(context, Math.min(span.open, mention.start)) : undefined;
    if (opening !== undefined) return anaphor(entities[opening], mention, attribution.cue);
    // "they said" after an unnamed group ("Defense officials") keeps that group as the speaker.
    // "It" is no group quoted before ("The authors"), nor a person ("Another villager", quoted as "she").
    const keepsFloor = previous?.speaker?.unnamed ? !(kind === 'neuter' && (namesGroup(previous.speaker.name) || isPersonSource(context, previous.speaker)))
      : previous?.speaker?.entity !== null && previous?.speaker?.entity !== undefined && entities[previous.speaker.entity].type !== 'person';
    if (previous?.speaker && keepsFloor) return restated(previous.speaker, 'pronoun', attribution.cue, mention);
    const organization = organizationInFocus(context, span.open);
    return organization ? anaphor(organization, mention, attribution.cue) : null;
  }
  // (""Sietse thinks I am a dinosaur. …," he laughs": nor is it the one the quotation opens by talking about.)
  const subjectOfQuotation = personOpeningQuotation(context, span);
  const fits = (key: number) => entities[key].type === 'person' && genderOf(context, entities[key]) !== opposite(kind) && key !== subjectOfQuotation;
  const reporterOfPrevious = reporterOfPreviousQuotation(context, kind, mention, fits);
  if (reporterOfPrevious) return anaphor(reporterOfPrevious, mention, attribution.cue);
  // "“…,” she told The New York Times in 1998", "she recalled in a 2009 oral history", "as he once
  // put it": words dated to a time gone by, as an obituary or a profile quotes them, are its subject's own, unless
  // someone who fits was named since the last quotation ("Wilf's father, Alphonse Kearsey, refused to go").
  // The previous quotation's own attribution ("said his son, Victor") is part of it, not named since.
  const since = Math.max(context.previous?.end ?? 0, context.previous?.speaker?.mention?.end ?? 0);
  const namedSinceQuote = () => context.mentions.lastBefore(Math.min(span.open, mention.start), (ref) => fits(ref.key) && ref.start >= since);
  // ("Back in Caldmore, however, she is determined …. "…," she said": so does a pronoun the story brings back to its scene.)
  const subjectOfPiece = (DATED_WORDS_AFTER.test(context.text.slice(mention.end, mention.end + 90)) || backToTheScene(context.text, Math.min(span.open, mention.start))) && !namedSinceQuote()
    ? mostNamedPerson(entities, fits) : undefined;
  if (subjectOfPiece) return anaphor(subjectOfPiece, mention, attribution.cue);
  const respondent = respondentToPreviousSpeaker(context, mention, fits) ?? personAskedBefore(context, Math.min(span.open, mention.start), attribution, fits)
    ?? previousSpeakerAskedBefore(context, Math.min(span.open, mention.start), attribution, fits);
  if (respondent) return anaphor(respondent, mention, attribution.cue);
  const asideSubject = subjectOfAsPutIt(context, mention, fits);
  if (asideSubject) return anaphor(asideSubject, mention, attribution.cue);
  const reporter = unnamedReporterBefore(context, kind, mention, span, fits);
  if (reporter) return restated(reporter, 'pronoun', attribution.cue, mention);
  const unnamedSubject = unnamedSubjectOfClause(context.text, mention, kind) ?? unnamedSubjectOfSentenceBefore(context, Math.min(span.open, mention.start), kind);
  if (unnamedSubject) return speaksAsWritten(unnamedSubject, attribution);
  const officeHolder = officeReportingPronoun(context, mention) ?? officeOpeningSentenceBefore(context, Math.min(span.open, mention.start), fits)?.holder
    ?? officeOpeningSentenceBeforeAside(context, Math.min(span.open, mention.start), fits);
  if (officeHolder && fits(officeHolder.key)) return anaphor(officeHolder, mention, attribution.cue);
  const previousKey = previous?.speaker?.entity;
  const before = Math.min(span.open, mention.start);
  // ""…," a spokeswoman said. She added the pair "…"": an unnamed source keeps the floor until
  // someone who could be "she" is named after their quotation.
  // A person named only after a preposition ("based on doctors' advice to Mills") is talked about.
  const source = previous?.speaker;
  // ("When ET caught up with Amari on the red carpet, she laughed": unless the sentence takes them up as its "she".)
  const takesOver = (ref: MentionRef) => fits(ref.key) && ref.start >= (previous?.end ?? 0)
    && (!isAfterPreposition(context.text, ref) || isTakenUpInSentence(context.text, ref, kind));
  // A source that asked not to be named is a person, whatever the noun ("A site supervisor …, who asked not to be named").
  const personSource = source?.unnamed === true && isPersonSource(context, source);
  // (But "He replied: "…"" after an unnamed source's words answers them: the replier is someone else;
  // and "Her father said he would take her home. "…," he said": so is a relative the article named, opening the sentence before.)
  // (Read at most once, and only when needed: it finds the sentence before.)
  let relative: LocalEntity | undefined | null = null;
  const relativeBefore = () => (relative === null ? (relative = relativeOpeningSentenceBefore(context, before, kind)) : relative);
  if (source && personSource && agreesInGender(source.name, kind) && !mentions.lastBefore(before, takesOver) && !REPLY_CUES.has(attribution.cue) && !relativeBefore()
    && !isReportedBy(context, source, kind)) {
    return restated(source, 'pronoun', attribution.cue, mention);
  }
  const writer = relativeWritingBefore(context.text, before, kind);
  if (writer) return { name: writer, entity: null, mention, unnamed: true, organization: null, method: 'pronoun', cue: attribution.cue };
  const described = personDescribedBefore(context, before, fits) ?? relativeBefore() ?? personBesideContrast(context, before, kind, fits);
  if (described) return anaphor(described, mention, attribution.cue);
  // "Demirci said …. Referring to Oyelaran-Becker's call, he added": a person in the phrase that opens
  // the pronoun's sentence is talked about; the one named before may have taken the floor.
  const recent = mentions.lastBefore(before, (ref) => fits(ref.key) && !isInPhraseBeforePronoun(context.text, ref, kind));
  const subject = recent && subjectOfSentence(context, recent, fits);
  // The previous quote's speaker wins unless another fitting person was named since, even as the
  // one who speaks in a sentence that names the previous speaker too ("Roger Knapman has said he
  // is glad to see the back of Mr Kilroy-Silk. "…," he said." is Knapman speaking). A person named
  // only as a possessive ("he admired Mr Blair's leadership", but not "Nazarov's speech had a
  // sharper edge", the sentence's topic) or after a preposition ("the cuts proposed by shadow
  // chancellor Oliver Letwin") does not take the floor.
  const namedSince = subject !== undefined && subject.key !== previousKey && subject.start > (previous?.end ?? 0)
    && (speaksNext(context.text, subject.end) || reactsNext(context.text, subject.end) || introducesParagraphBefore(context.text, subject, span, mention));
  // "But Mr Blair had been "hurt" by the Iraq controversy, he added": with the pronoun after the
  // quotation, whoever its own sentence names is talked about, unless a cue there makes them its
  // speaker ("David Laws said: "…," he said").
  const talkedAbout = mention.start > span.open ? reportedClauseStart(context.text, span.open) : Infinity;
  // ("The centre was formally opened last Friday by Eirlys Bowen. "…," she said": a passive's agent
  // takes the floor, but not from one who "added" more.)
  const agentOfPassive = (ref: MentionRef) => !ADDING_CUES.has(attribution.cue ?? '') && isAgentOfPassive(context.text, ref);
  const takesFloor = (ref: MentionRef) => fits(ref.key) && (ref.key === previousKey
    || ((!isPossessiveAt(context.text, ref.end) || opensItsSentence(context.text, ref)) && (!isNamedAfterPreposition(context.text, ref) || agentOfPassive(ref) || (WHO_CLAUSE_AFTER_NAME.test(context.text.slice(ref.end, ref.end + NAME_WHO_CLAUSE_REACH)) && !OPENING_PHRASE.test(context.text.slice(sentenceStart(context.text, ref.start), ref.start)))) && !isInRelativeClauseOnSubject(context.text, ref)
      && ref.start < talkedAbout));
  const challenger = recent && !takesFloor(recent) ? mentions.lastBefore(before, takesFloor) : recent;
  // "Aihi-Sorensen said …. She said the union's treasurer, Kila Loi, had cancelled …. "…," she
  // added": a person named in what the pronoun reported is no newcomer; the pronoun goes on.
  const reported = subject && (opensWithPronoun(context.text, subject, kind) || isReportedInAside(context.text, subject, kind, mention, span)) ? antecedentBefore(context, subject, fits) : undefined;
  // "Brizzi is not persuaded. Asked about the offer, she recalled that Orsucci had used the same
  // argument. "…," she said": and when the previous speaker is the one reported, whoever the pronoun
  // took up, named since, has taken the floor.
  const reporterTookFloor = reported !== undefined && reported.key !== previousKey && reported.start > (previous?.end ?? 0) && subject?.key === previousKey;
  const keepsFloor = previousKey !== null && previousKey !== undefined && fits(previousKey) && !namedSince && !reporterTookFloor
    && (!challenger || challenger.start < (previous?.start ?? 0) || challenger.key === previousKey || isObjectOfQuotedSentence(context.text, challenger, span)
      || opensWithPronoun(context.text, challenger, kind) || isInPhraseBeforePronoun(context.text, challenger, kind) || isNamedAmongExamples(context.text, challenger));
  // A subject that cannot take the floor ("matched to Mr Houston") yields it to the person who can.
  const newcomer = reported ?? (subject && !takesFloor(subject) ? challenger ?? subject : subject);
  const spokenOf = !keepsFloor && newcomer ? subjectSpokenOf(context, newcomer, mention, kind, fits) : undefined;
  if (spokenOf) return anaphor(spokenOf, mention, attribution.cue);
  const key = keepsFloor ? previousKey : newcomer?.key;
  // ""I've had more than a quiet word with Olof," he said": no one talks of himself by his given
  // name, so a newcomer the quotation names that way yields to the previous speaker.
  if (key !== undefined && key !== previousKey && previousKey !== null && previousKey !== undefined && fits(previousKey) && namesByGivenName(span.text, entities[key])) {
    return anaphor(entities[previousKey], mention, attribution.cue);
  }
  // (""Macy said shoot, so I shot," she said", after "Gayheart … said she was not nervous. Combs had told
  // her to "just let it fly," she said": and a previous speaker the quotation names so yields to
  // whom the sentence before the one naming that speaker is about, the one reporting the words.)
  const reportedBy = key !== undefined && key === previousKey && subject && namesByGivenName(span.text, entities[key]) ? antecedentBefore(context, subject, fits) : undefined;
  if (reportedBy && reportedBy.key !== key) return anaphor(entities[reportedBy.key], mention, attribution.cue);
  return key === undefined ? null : anaphor(entities[key], mention, attribution.cue);
}

/** Words as runs of letters; `match` restarts a global pattern at the text's start, so one object serves every call. */
const LETTER_RUNS = /\p{L}+/gu;

/** Where the sentence holding a quotation starts, when no cue verb comes before the quotation in it. */
function reportedClauseStart(text: string, open: number): number {
  const start = sentenceStart(text, open);
  const words = text.slice(start, open).toLowerCase().match(LETTER_RUNS) ?? [];
  return words.some((word) => CUE_VERBS.has(word)) ? Infinity : start;
}

/** An unnamed group ("The authors", "Some delegates") whose reported speech fills the sentence before, since the previous quotation. */
function unnamedGroupBefore(context: Context, mention: Span, span: QuoteSpan): Speaker | null {
  const reported = reportedSpeechBefore(context.text, Math.min(span.open, mention.start), true);
  if (!reported || reported.phraseStart < (context.previous?.end ?? 0)) return null;
  // The group opens its sentence: not "The bill, which ministers claim will tackle crime".
  if (/\S/.test(context.text.slice(sentenceStart(context.text, reported.phraseStart), reported.phraseStart))) return null;
  const group = resolvePhrase(context, reported, reported, span);
  // "Mr. Pruett and three other Western senators wrote to the agency. "…," they wrote": the one
  // named leads the group that speaks.
  if (group && !group.unnamed && LEADS_GROUP.test(context.text.slice(reported.phraseStart + reported.phrase.trimEnd().length))) return group;
  // A single unnamed person may be "they" too: "One former senior designer, who asked not to be
  // named, told The Times … "…," they said"; so may one of any noun who asked it ("A member of the
  // university's senate, who did not wish to be named").
  if (!group?.unnamed) return null;
  const askedAnonymity = () => ANONYMITY_REASON.test(context.text.slice(reported.phraseStart, Math.min(span.open, reported.phraseStart + ANONYMITY_REACH * 2)));
  // ("Another figure close to the squad suggested …. "…," they said": or one whose closeness is why they go unnamed.)
  return namesGroup(group.name) || PERSON_SOURCE.test(group.name) || CLOSE_TO_SOMEONE.test(group.name) || askedAnonymity() ? group : null;
}

/**
 * "His lawyers had sought four years, citing … what they described as "…"": "they" inside the
 * sentence of a plural unnamed subject, or of a body ("The Tories said …"), is that subject.
 */
function groupOpeningSentence(context: Context, mention: Span, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const from = sentenceStart(context.text, mention.start);
  const subject = PLURAL_SUBJECT.exec(context.text.slice(from, mention.start));
  if (!subject) return null;
  const phraseStart = from + subject.index + subject[0].indexOf(subject[1]);
  const group = resolvePhrase(context, { phrase: subject[1], phraseStart }, attribution, span);
  const isGroup = group !== null && (group.unnamed ? namesGroup(group.name) : isOrganization(context, group));
  return isGroup ? restated(group, 'pronoun', attribution.cue, mention) : null;
}

/** `words` with the characters from `start` to `end` (offsets into them, maybe outside) turned to spaces. */
function blankedQuotation(words: string, start: number, end: number): string {
  const from = Math.max(0, start);
  const to = Math.min(words.length, end);
  return to > from ? words.slice(0, from) + ' '.repeat(to - from) + words.slice(to) : words;
}

const OWNED_BY_IT = /\b[Ii]ts\s+(?:\p{Lu}[\p{L}'’]*[\s–-]+)*$/u;

/**
 * "… while a Republican-aligned group has aired spots warning about what it calls "…"": a body
 * described, or else named, earlier in the same sentence is what "it" refers to, before any body in focus.
 */
function bodyEarlierInSentence(context: Context, mention: Span, attribution: Attribution, span: QuoteSpan): Speaker | null {
  const from = sentenceStart(context.text, mention.start);
  // ("“The department has instructed the company …,” it said": a body in the quotation's own words is no speaker of them.)
  const sentence = blankedQuotation(context.text.slice(from, mention.start), span.start - from, span.end - from);
  // "In a statement carried by the state news agency TASS, it said": the agent of the opening
  // phrase carried the words, and "it" is someone else.
  const agent = AGENT_CLOSING_OPENER.exec(sentence);
  const before = agent ? sentence.slice(0, agent.index) : sentence;
  // "According to the consortium, talks broke down over the station building, which it said": the
  // body the sentence is told on the word of, over any named in what it reports.
  const source = ACCORDING_TO_BODY.exec(before);
  if (source) return resolvePhrase(context, { phrase: source[1], phraseStart: from + source[0].length - 1 - source[1].length }, attribution, span);
  let last: RegExpExecArray | undefined;
  BODY_DESCRIPTION.lastIndex = 0;
  for (let match = BODY_DESCRIPTION.exec(before); match; match = BODY_DESCRIPTION.exec(before)) {
    if (!WHERE_OR_TO_WHOM_BEFORE.test(before.slice(Math.max(0, match.index - 4), match.index + 4))) last = match;
  }
  if (last) return resolvePhrase(context, { phrase: last[0], phraseStart: from + last.index }, attribution, span);
  // "In its filings, the Justice Department argued that … what it called "…"": the body the sentence
  // names; not where it wrote ("wrote on X that it had recorded…", "posted on Facebook") nor to
  // whom ("said in a filing to the Indonesia Stock Exchange that it had").
  // "the RNLI said Wembury was patrolled …, a level of cover it said was": a body that spoke in the
  // sentence, over one named in what it said.
  const { entities, mentions, text } = context;
  // ("Skarvik Line will suspend its Nynäshamn–Liepāja service …, citing what it calls": nor a name in what "its" owns.)
  const isBody = (ref: MentionRef) => ref.start >= from && entities[ref.key].type === 'organization' && !WHERE_OR_TO_WHOM_BEFORE.test(text.slice(Math.max(0, ref.start - 8), ref.start))
    && !OWNED_BY_IT.test(text.slice(Math.max(from, ref.start - 40), ref.start));
  const body = mentions.lastBefore(from + before.length, (ref) => isBody(ref) && speaksNext(text, ref.end)) ?? mentions.lastBefore(from + before.length, isBody);
  return body ? anaphor(entities[body.key], mention, attribution.cue) : null;
}

const WHERE_OR_TO_WHOM_BEFORE = /\s(?:on|to)\s(?:the\s)?$/i;
const AGENT_CLOSING_OPENER = /\sby\s[^,;:]*,\s*$/;

/** "the consortium", "a Dutch broadcaster": a description of a body, by a noun that introduces one. */
const BODY_DESCRIPTION_WORDS = String.raw`(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${[...ORG_INTRODUCERS].join('|')})`;
const BODY_DESCRIPTION = new RegExp(String.raw`\b${BODY_DESCRIPTION_WORDS}\b`, 'gu');
const ACCORDING_TO_BODY = new RegExp(String.raw`^\s*According\s+to\s+(${BODY_DESCRIPTION_WORDS}),`, 'u');

/**
 * "But a spokesman for the English National Ballet told BBC News that … He said competition was
 * "fierce"": a new unnamed source whose reported speech fills the sentence before is who "he"
 * is, when no fitting person has been named since the previous quotation. So is the outlet's own
 * reporter ("Our correspondent said that he understood … "…," he added"), who is never the
 * newsmaker a pronoun would otherwise fall to.
 */
function unnamedReporterBefore(context: Context, kind: 'male' | 'female', mention: Span, span: QuoteSpan, fits: (key: number) => boolean): Speaker | null {
  // "A nurse …, said orders were carried by hand.¶¶"It's chaos," she said": the source may be in the paragraph before;
  // "A former scale operator …, told Law360 that …, which he said were "…"": or open the pronoun's own sentence.
  // Not a source in a clause before the subject ("When a nurse told her, she said").
  const opening = mention.start < span.open ? reportedSpeechOpening(context.text, mention.start) : undefined;
  const opensSentenceAsSource = opening !== undefined && opening.cue !== 'according to' && INDEFINITE_OPENING.test(opening.phrase.trimStart())
    && !/\S/.test(context.text.slice(sentenceStart(context.text, mention.start), opening.phraseStart));
  const reported = opensSentenceAsSource ? opening : reportedSpeechBefore(context.text, Math.min(span.open, mention.start), true);
  // The phrase must name a new source of the kind that can be "he", or the outlet's reporter, before it is worth resolving.
  if (!reported || reported.phraseStart < (context.previous?.end ?? 0)) return null;
  // A new source ("a nurse said"), or one taken up again ("…, the official said." after "A Yemeni
  // government official in Aden told the AP"), whose name is then how it was introduced.
  const takenUp = DEFINITE_SOURCE.test(reported.phrase);
  // A new source: an indefinite one ("a nurse"), or a named person's spokesperson ("Mr Blair's official spokesman").
  // ("Outside the courtroom, the victim's sister … told The Malta Independent that": or someone's unnamed relative.)
  const newSource = NEW_PERSON_SOURCE.test(reported.phrase) || PERSONS_SPOKESPERSON.test(reported.phrase.trim()) || RELATIVE_OF_SOMEONE.test(reported.phrase) || takenUp;
  // "…, according to our correspondent, …" only vouches for a fact; "Our correspondent said that…" holds the floor.
  // (Asked first: it rules out most phrases, before the names before the phrase are read.)
  if (!newSource && (reported.cue === 'according to' || !OWN_REPORTER_OPENING.test(reported.phrase))) return null;
  // ("Luis, a full-time driver in Mesa who asked that we use only his first name,": a description in apposition to a name is that person.)
  if (context.mentions.lastBefore(reported.phraseStart, (ref) => fits(ref.key) && /^,\s*$/.test(context.text.slice(ref.end, reported.phraseStart)))) return null;
  // "Hans Reckers, a board member of Germany's central bank, said": the apposition describes the one named.
  const speaker = resolveAttribution(context, reported, span);
  const introduction = { words: `${reported.phrase} ${reported.appositive?.phrase ?? ''}`, end: reported.phraseStart + reported.phrase.length };
  if (!speaker || !(newSource ? isNewPersonSource(context.text, speaker, kind, introduction) : isOwnReporter(speaker, fits))) return null;
  // "One juror, a retired schoolteacher from Gilbert who …": a person the source is described by is no one new.
  // ("Mr Blair's spokesman said …. He added": nor is the one whose spokesman it is.)
  const possessor = (ref: MentionRef) => ref.end <= reported.phraseStart + reported.phrase.length && isPossessiveAt(context.text, ref.end);
  // ("A former CYFD caseworker … told Source NM that": nor is the one the source told, an outlet the article may name like a person.)
  const toldTo = (ref: MentionRef) => reported.cue === 'told' && TOLD_BEFORE.test(context.text.slice(Math.max(0, ref.start - 6), ref.start));
  const namedSince = context.mentions.lastBefore(mention.start, (ref) => fits(ref.key) && ref.start >= reported.phraseStart
    && !isAfterPreposition(context.text, ref) && !possessor(ref) && !toldTo(ref));
  return namedSince ? null : speaker;
}

const ADVERB_BEFORE_SUBJECT = /^(?:(?:Later|Earlier|Then|Meanwhile|Afterwards|Separately|Finally|Previously|Elsewhere)\s+(?=(?:the|a|an|one)\s|\p{Lu})|that\s+(?=\S))/u;

function trimSpan(phrase: string, start: number): { value: string; start: number } | undefined {
  // A phrase cut after the comma inside a quotation ('"…promise," the agency said') starts with its
  // closing mark, and one cut at a dash ("The talks failed – a spokesman said") with the dash.
  const lead = /^[\s"“”'‘’–—-]*/.exec(phrase)?.[0].length ?? 0;
  const value = phrase.slice(lead).trim().replace(/[\s,]+$/, '');
  return value ? { value, start: start + lead } : undefined;
}
