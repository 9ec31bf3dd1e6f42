import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeDocument } from '../../src/core/analysis/analyze';
import { findCues } from '../../src/core/analysis/cues';
import type { DocumentAnalysis, Quote, Speaker } from '../../src/core/analysis/model';

/**
 * One construction of news attribution per test, each on sentences taken from BBC articles in
 * the corpus (shortened where the rest of the article does not matter).
 */
function speakerOf(text: string, words: string): { speaker: Speaker | null; analysis: DocumentAnalysis } {
  const analysis = analyzeDocument(text);
  const quote: Quote | undefined = analysis.quotes.find((candidate) => candidate.text.includes(words));
  assert.ok(quote, `a quotation containing "${words}"`);
  return { speaker: quote.speaker, analysis };
}

const organizationName = ({ speaker, analysis }: ReturnType<typeof speakerOf>) =>
  speaker?.organization === null || speaker?.organization === undefined ? null : analysis.entities[speaker.organization].name;

describe('speaker attribution: constructions of news prose', () => {
  it('looks past an apposition between the name and the verb', () => {
    const { speaker } = speakerOf('Dame Elizabeth Butler-Sloss, the president of the Family Justice Division, said Lord Scarman was a "good and humane judge".', 'humane judge');
    assert.equal(speaker?.name, 'Elizabeth Butler-Sloss');
    assert.equal(speaker?.mention?.text, 'Elizabeth Butler-Sloss');
  });

  it('takes the agent after the quotation of a passive as the speaker, never the passive\'s subject', () => {
    const branded = speakerOf('A failed government scheme to offer university courses online has been branded a "disgraceful waste" by MPs.', 'disgraceful waste');
    assert.equal(branded.speaker?.name, 'MPs');
    const described = speakerOf('Fletcher was described as a "consummate professional" by his friend and fellow broadcaster Michael Pointon.', 'consummate professional');
    assert.equal(described.speaker?.name, 'Michael Pointon');
    const labelled = speakerOf('Alan Milburn defended the posters. They were labelled a "big misjudgement" by the Conservatives who said Labour had erred.', 'big misjudgement');
    assert.equal(labelled.speaker?.name, 'Conservatives');
    const cited = speakerOf('Britney Spears is suing. The tour was cited as "a highly crafted production" in the papers.', 'highly crafted');
    assert.equal(cited.speaker, null);
  });

  it('reads what a report or a committee "found"', () => {
    const committee = speakerOf('The select committee found that those responsible had been caught up in the "general atmosphere of enthusiasm" surrounding the internet.', 'general atmosphere');
    assert.equal(committee.speaker?.name, 'The select committee');
    const report = speakerOf('The e-University had had "too much freedom to spend public money as it wished", the report found.', 'too much freedom');
    assert.equal(report.speaker?.name, 'the report');
    const object = speakerOf('Lucy tracked him down. Despite being told he was a "nutter who died at sea" she found a reference to him online.', 'nutter');
    assert.equal(object.speaker, null);
  });

  it('takes a firm named by its trade as an unnamed source, not a name in the object of its verb', () => {
    const { speaker } = speakerOf('A bookmaker has stopped taking bets on Celebrity Big Brother after claiming "sensitive information" about the Channel 4 show had been leaked.', 'sensitive information');
    assert.equal(speaker?.name, 'A bookmaker');
    assert.equal(speaker?.unnamed, true);
    // "The carmaker" refers back to the firm the article named.
    const carmaker = speakerOf('Profits at Fiat fell. The carmaker said sales had been "disappointing".', 'disappointing');
    assert.equal(carmaker.speaker?.name, 'Fiat');
  });

  it('takes the name in an apposition after a description of its bearer', () => {
    const { speaker } = speakerOf('"The bar for a June move is high," the bank\'s chief economist, Jan Hatzius, wrote.', 'bar for a June move');
    assert.equal(speaker?.name, 'Jan Hatzius');
    const minister = speakerOf('The Higher Education Minister, Kim Howells, said: "We are working in schools to raise aspirations."', 'raise aspirations');
    assert.equal(minister.speaker?.name, 'Kim Howells');
  });

  it('reads a body named in full before its spokesperson, and a body that speaks itself', () => {
    const source = speakerOf('A Department of Health and Social Care spokesperson said: "We hugely value the hard work of nurses."', 'hugely value');
    assert.equal(source.speaker?.name, 'A Department of Health and Social Care spokesperson');
    assert.equal(organizationName(source), 'Department of Health and Social Care');
    const body = speakerOf('"We\'ve always said we are going to introduce a hybrid Bill," the Department for Transport said on Sunday.', 'hybrid Bill');
    assert.equal(body.speaker?.name, 'Department for Transport');
    assert.equal(speakerOf('"I\'m pretty sure this is the year of The Aviator," said the Observer\'s Philip French.', 'year of The Aviator').speaker?.name, 'Philip French');
  });

  it('keeps "for the company" in an unnamed source and links it to the company in focus', () => {
    const result = speakerOf('OpenAI called the suit baseless. "This is the latest chapter in Mr. Musk\'s ongoing harassment," a spokeswoman for the company said.', 'latest chapter');
    assert.equal(result.speaker?.name, 'a spokeswoman for the company');
    assert.equal(organizationName(result), 'OpenAI');
  });

  it('ends a sentence at a name that ends in an initial ("Malcolm X.")', () => {
    const text = 'He collaborated with director Spike Lee on films including Malcolm X. Attallah Shabazz, the daughter of Malcolm X, recalled the eulogy. "Harlem has come to bid farewell to one of its finest hopes," she said.';
    assert.equal(speakerOf(text, 'Harlem has come').speaker?.name, 'Attallah Shabazz');
  });

  it('reads "the Spaniard" as a description of the person quoted, like "the striker"', () => {
    const text = '"I\'m really proud of the players," Arsenal manager Mikel Arteta said. "We have to keep going," the Spaniard added.';
    assert.equal(speakerOf(text, 'keep going').speaker?.name, 'Mikel Arteta');
  });

  it('reads no person into a field or a crowd: "what the industry calls "low-stakes" shows", "what some newspapers have already dubbed the "school-run tax"", "who calls himself "General"", "were recorded as "operational reserves""', () => {
    const text = 'Femi Adeyemi-Clarke hosts Quiet Carriage. The charts are crowded with what the industry calls "low-stakes" shows.';
    assert.equal(speakerOf(text, 'low-stakes').speaker, null);
    const himself = 'Two days before, a man who presents himself as a commander of the Fako Restoration Forces posted a video on Facebook warning parents.\n\n'
      + '“We have told them many times. Any teacher who opens that gate is working for the enemy,” said the man, who calls himself “General” Ekpe Fire and whose face was covered in the recording.';
    assert.equal(speakerOf(himself, 'General').speaker, null);
    const calling = 'Inside the fab, workers have taken to calling the main clean room “the cathedral.” Marcus DeLoach, the plant manager, said the nickname fit.';
    assert.equal(speakerOf(calling, 'the cathedral').speaker, null);
    const dubbedBy = 'The unions won 5.5 percent, well above the informal ceiling of one percent a month, dubbed the “wage anchor” by local media, that the ministry had been urging on employers.';
    assert.equal(speakerOf(dubbedBy, 'wage anchor').speaker, null);
    const recorded = 'Doyle said the transfers were recorded as "operational reserves" in the company\'s books, and patients were categorised as "lost to follow-up".';
    assert.equal(speakerOf(recorded, 'operational reserves').speaker, null);
    assert.equal(speakerOf(recorded, 'lost to follow-up').speaker, null);
    const dubbed = 'She did not answer shouted questions about what some newspapers have already dubbed the "school-run tax".';
    assert.equal(speakerOf(dubbed, 'school-run tax').speaker, null);
  });

  it('gives words no cue attributes to whoever the article quotes saying them elsewhere, in a headline or a fact check\'s claim, but not a short term', () => {
    const claim = 'Candidate’s claim on beef exports doesn’t stack up\n\nThe Claim: “Since Canberra signed the UK deal, our beef exports to Britain have gone backwards.”\n\n'
      + 'Bronwyn Kostopoulos-Reid made the claim at a forum in Roma.\n\n“Since Canberra signed the UK deal, our beef exports to Britain have gone backwards,” she told the audience.';
    const { speaker } = speakerOf(claim, 'Since Canberra signed');
    assert.equal(speaker?.name, 'Bronwyn Kostopoulos-Reid');
    assert.equal(speaker?.method, 'repeated');
    const headline = 'Health minister wrong to say waiting list has fallen "seven months in a row"\n\nRosalind Featherstone-Adeyemi spoke on Tuesday. "The waiting list has now fallen for seven months in a row," she said.';
    assert.equal(speakerOf(headline, 'seven months in a row').speaker?.name, 'Rosalind Featherstone-Adeyemi');
    const term = 'Unions call it "fire and rehire". Ingrid Solvang-Mbeki said: "We will never use fire and rehire here."';
    assert.equal(speakerOf(term, 'fire and rehire').speaker, null);
  });

  it('lets "he" or "she" refer to a person whose given name both men and women bear', () => {
    const text = 'In a memo to staff, Kelly Ortberg said the planemaker would delay the 777X. "Our business is in a difficult position," he wrote.';
    assert.equal(speakerOf(text, 'difficult position').speaker?.name, 'Kelly Ortberg');
  });

  it('gives both halves of a quotation interrupted by its attribution the same speaker mention, without the quotation mark', () => {
    const text = 'The NHTSA said its review was over. "Automated technology holds great promise," the agency said in a statement, "but it must be deployed responsibly."';
    const { speaker } = speakerOf(text, 'deployed responsibly');
    assert.equal(speaker?.name, 'NHTSA');
    assert.equal(speaker?.mention?.text, 'the agency');
  });

  it('learns a person\'s gender from the pronouns that follow their name, so "he" does not go to her', () => {
    const text = '"They did not give me any notice," Khan told reporters. Bipin Bihari, deputy police chief in Bombay, said Khan was being sent back to Norway. Khan said she would appeal. "She was on a visitor\'s visa," he said.';
    assert.equal(speakerOf(text, 'visitor').speaker?.name, 'Bipin Bihari');
    const clause = 'Teodora Vasilescu and Femi Adeyemi-Clarke host the show. When I ask whether it could survive, Adeyemi-Clarke turns to his co-host and asks her: "Teo, could it?"\n\n'
      + 'She considers it. "No," she says.';
    assert.equal(speakerOf(clause, 'No').speaker?.name, 'Teodora Vasilescu');
  });

  it('gives a cue verb after "and" the subject of the verb before it', () => {
    const text = 'UN Secretary-General Antonio Guterres welcomed the announcement and urged all sides to "make good on their commitments".';
    assert.equal(speakerOf(text, 'make good').speaker?.name, 'Antonio Guterres');
    const nouns = 'Saoirse O\'Mahony thanked the crew and the show\'s loyal fans, and wrote: "Cordelia was the most delicious monster."';
    assert.equal(speakerOf(nouns, 'delicious monster').speaker?.name, 'Saoirse O\'Mahony');
    const asWell = 'Bartholomew Quaye voted no as well but said he would "let the floor sort it out" rather than strip the language.';
    assert.equal(speakerOf(asWell, 'let the floor').speaker?.name, 'Bartholomew Quaye');
  });

  it('reads a relative introduced by family ("his daughter Emily") as the person who speaks', () => {
    const text = 'Festival organiser Michael Eavis spoke first. When the idea was floated, Mr Eavis\' daughter Emily said it would be "quite a big step" for the festival.';
    assert.equal(speakerOf(text, 'quite a big step').speaker?.name, 'Emily');
  });

  it('does not take a surname that is also an auxiliary ("May") for one', () => {
    const text = 'Theresa May, shadow secretary for the family, told BBC Radio 4\'s Today programme that the government\'s plans were "inadequate".';
    assert.equal(speakerOf(text, 'inadequate').speaker?.name, 'Theresa May');
  });

  it('reads a title abbreviated with a full stop after the verb ("said Sen. Schumer")', () => {
    const { speaker } = speakerOf('UN Secretary-General Antonio Guterres spoke first. "No," said Sen. Chuck Schumer, D-N.Y.', 'No');
    assert.equal(speaker?.name, 'Chuck Schumer');
  });

  it('looks past a relative clause between the name and the verb', () => {
    const { speaker } = speakerOf('Lord Faulkner of Worcester, who chaired the inquiry, said: "Whilst we accept that the greater part of sports betting is honest, we are concerned."', 'sports betting');
    assert.equal(speaker?.mention?.text, 'Faulkner of Worcester');
  });

  it('takes the speaker from an apposition when the subject is a role', () => {
    const text = 'The body that oversees the net says it has coped well. "In a sense, we have hardly started," the new chair of the Internet Engineering Task Force, Brian Carpenter, told the BBC.';
    assert.equal(speakerOf(text, 'hardly started').speaker?.name, 'Brian Carpenter');
  });

  it('resolves "the mayor" to the one person the article calls mayor, not to the last speaker', () => {
    const text = 'London mayor Ken Livingstone refused to apologise. He asked reporter Oliver Finegold if he was a "German war criminal". Mr Finegold replies: "No, I\'m Jewish, I wasn\'t a German war criminal." The mayor then says: "Ah right, well you might be, but actually you are just like a concentration camp guard."';
    const { speaker } = speakerOf(text, 'concentration camp guard');
    assert.equal(speaker?.name, 'Ken Livingstone');
    assert.equal(speaker?.mention?.text, 'The mayor');
  });

  it('does not take "the chancellor" for the shadow chancellor, nor "the president" for a vice president', () => {
    const text = 'Gordon Brown has issued a rallying cry, telling supporters the "stakes are too high" to stay at home. The chancellor said the vote will give a "clear and fundamental" choice. He attacked the cuts proposed by shadow chancellor Oliver Letwin.';
    assert.equal(speakerOf(text, 'clear and fundamental').speaker?.name, 'Gordon Brown');
    const other = 'George Bush met his vice president, Dick Cheney, who "fully agreed", aides said. The president said it was "a good day for America".';
    assert.notEqual(speakerOf(other, 'a good day').speaker?.name, 'Dick Cheney');
  });

  it('finds the subject past a role and an apposition, when "said" is followed by what was said', () => {
    const text = 'But Alain Terzian, president of Cesar organisers, the Academie des Arts et Techniques du Cinema, said the changes in eligibility rules, which allow films "of French expression", were made three months prior to the court decision.';
    assert.equal(speakerOf(text, 'of French expression').speaker?.name, 'Alain Terzian');
    const shorter = 'Alain Terzian, president of Cesar organisers, the Academie, said: "The rules changed in time."';
    assert.equal(speakerOf(shorter, 'rules changed').speaker?.mention?.text, 'Alain Terzian');
  });

  it('takes "the organisation" for the body an unnamed source spoke for', () => {
    const text = 'His sentence was criticised by human rights watchdog Reporters Without Borders. A spokesman for Reporters Without Borders, which tracks press freedom across the globe, described Mr Sigarchi\'s sentence as "harsh". "The authorities are trying to make an example of him," the organisation said in a statement.';
    assert.equal(speakerOf(text, 'make an example').speaker?.name, 'Reporters Without Borders');
  });

  it('keeps someone who speaks for a named person apart from that person ("Mr Sigarchi\'s lawyer")', () => {
    const lawyer = speakerOf('Arash Sigarchi was jailed. Mr Sigarchi\'s lawyer labelled the revolutionary court "illegal and incompetent".', 'illegal').speaker;
    assert.equal(lawyer?.name, 'Mr Sigarchi\'s lawyer');
    assert.equal(lawyer?.unnamed, true);
    const statement = speakerOf('Calisto Tanzi apologised. "I apologise to all who have suffered," read Mr Tanzi\'s statement.', 'I apologise').speaker;
    assert.equal(statement?.name, 'Calisto Tanzi');
  });

  it('reads "the charity\'s director" as a description of the person in focus, not as the charity', () => {
    const text = 'Oxfam director Barbara Stocking called for action. "Unless world leaders act now the year will end in shameful failure," the charity\'s director added.';
    assert.equal(speakerOf(text, 'shameful failure').speaker?.name, 'Barbara Stocking');
  });

  it('gives a statement or a letter the voice of the author it names', () => {
    const text = 'The US said its trade with the EU was worth $155bn. "Although the EU is a customs union, there is no single EU customs administration," a statement issued on behalf of Robert Zoellick, US Trade Representative, said.';
    assert.equal(speakerOf(text, 'customs union').speaker?.name, 'Robert Zoellick');
    const letter = 'Qwest wrote to MCI again. "We would like to advise you of our offer," said the letter from Qwest.';
    assert.equal(speakerOf(letter, 'advise you').speaker?.name, 'Qwest');
  });

  it('reads "the star of Rain Man and Tootsie" as the person in focus, not as a film', () => {
    const text = 'Hollywood legend Dustin Hoffman has hit out at the quality of current films. The star of Rain Man and Tootsie said the film culture was "in the craphouse" at a press conference on Tuesday.';
    assert.equal(speakerOf(text, 'craphouse').speaker?.name, 'Dustin Hoffman');
  });

  it('keeps "he" on the speaker when the only other man was named after a preposition', () => {
    const text = 'Gordon Brown said the Tories would "cut deep into public service". The chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the equivalent of sacking every teacher, he told activists. Laying into the Conservative record he said: "I give you this promise."';
    assert.equal(speakerOf(text, 'I give you').speaker?.name, 'Gordon Brown');
    const blair = 'Tony Blair says his manifesto will be "unremittingly New Labour". The prime minister is trying to draw a line under his relationship with Gordon Brown. He is saying that prosperity means "radically improved" public services.';
    assert.equal(speakerOf(blair, 'radically improved').speaker?.name, 'Tony Blair');
  });

  it('reads participles of judgement as cues: "accusing", "branding", "labelling"', () => {
    const accusing = 'Labour hit back at the proposals with election coordinator Alan Milburn accusing Mr Howard of producing a "fraudulent prospectus".';
    assert.equal(speakerOf(accusing, 'fraudulent').speaker?.name, 'Alan Milburn');
    const branding = 'On Wednesday, Mr Mallon provoked fury by branding the official No Campaign "two-bit Tories" in a confrontation.';
    assert.equal(speakerOf(branding, 'two-bit').speaker?.mention?.text, 'Mallon');
  });

  it('gives "the Chester chairman" to the one chairman the article named, but "the spokesman" to the unnamed spokesman, not a named one', () => {
    const text = 'Chairman Steve Vaughan claims he cannot afford to sack Ian Rush. Vaughan claimed that Aizlewood had agreed to the offer. But the Chester chairman added: "After they discussed the offer with their solicitor, they decided to withdraw."';
    assert.equal(speakerOf(text, 'withdraw').speaker?.name, 'Steve Vaughan');
    const spokesman = 'But Andrew Hogg, spokesman for the Medical Foundation, said ministers had failed. A spokesman for the Home Office said it was wrong. "We are developing a returns programme," said the spokesman.';
    assert.equal(speakerOf(spokesman, 'returns programme').speaker?.name, 'A spokesman for the Home Office');
  });

  it('looks past an aside between dashes to the subject', () => {
    const text = 'Mr Bez - himself a former executive at rival Porsche - said the new car was the company\'s "most affordable car ever".';
    assert.equal(speakerOf(text, 'most affordable').speaker?.mention?.text, 'Bez');
  });

  it('leaves the dash out of a speaker named after one ("The talks failed – a spokesman said")', () => {
    const { speaker } = speakerOf('The talks failed – a spokesman said: "We tried everything."', 'tried everything');
    assert.equal(speaker?.name, 'a spokesman');
    assert.equal(speaker?.mention?.text, 'a spokesman');
  });

  it('looks past a party tag in brackets, but keeps an acronym the subject defines', () => {
    assert.equal(speakerOf('Sen. Elizabeth Warren (D-Mass.) wrote on X that the curbs were "long overdue."', 'overdue').speaker?.name, 'Elizabeth Warren');
    const acronym = 'The British Chambers of Commerce (BCC) said it was "concerned by the clamour in some quarters" for rate rises.';
    assert.match(speakerOf(acronym, 'clamour').speaker?.name ?? '', /^(?:BCC|British Chambers of Commerce)$/);
  });

  it('takes "the festival" or "the alliance" for the latest body or event so named, but "the bank" for the one in focus', () => {
    const festival = 'Day-Lewis has competed four times at the Berlin Film Festival. The festival praises him for his "sensational start" with roles in My Beautiful Launderette.';
    assert.equal(speakerOf(festival, 'sensational').speaker?.name, 'Berlin Film Festival');
    const alliance = 'Otis Ferry was charged. The Countryside Alliance objected. The alliance said the new law was "impossibly difficult to determine".';
    assert.equal(speakerOf(alliance, 'impossibly').speaker?.name, 'Countryside Alliance');
    const bank = 'Citizens Bank and Canal Bank were bought by JP Morgan. JP Morgan said it was setting up a scholarship. The bank said that it is a "very different company" now.';
    assert.equal(speakerOf(bank, 'very different').speaker?.name, 'JP Morgan');
    const report = 'Vincent Koen of the OECD told the BBC\'s World Business Report the shock could be absorbed. However, the report warned: "It remains to be seen whether Europe will play a strong role."';
    assert.notEqual(speakerOf(report, 'remains to be seen').speaker?.name, 'World Business Report');
  });

  it('finds the name before an apposition and a relative clause ("Lord Condon, head of …, who …, said")', () => {
    const text = 'Lord Condon, head of the International Cricket Council\'s anti-corruption unit, who originally made the call for longer prison sentences, said the two-year penalty was "derisory".';
    assert.equal(speakerOf(text, 'derisory').speaker?.mention?.text, 'Condon');
    const however = 'However, Mr Haji-Ioannou, who plans to launch Easymobile next month, vowed to fight back, saying: "We have nothing to be afraid of."';
    assert.equal(speakerOf(however, 'afraid of').speaker?.mention?.text, 'Haji-Ioannou');
  });

  it('reads the antecedent of "which said"', () => {
    const text = 'Walter van der Vijver left Shell. Despite receiving an email from Mr Van de Vijver which said the firm had "fooled" the market, she did nothing.';
    assert.match(speakerOf(text, 'fooled').speaker?.name ?? '', /Vijver$/);
  });

  it('finds the pronoun subject after an adverbial ("But on Friday he said")', () => {
    const text = 'David McLetchie insisted his legal work did not influence him. But on Friday he said: "I have tendered my resignation as a partner with immediate effect."';
    const { speaker } = speakerOf(text, 'tendered my resignation');
    assert.equal(speaker?.name, 'David McLetchie');
    assert.equal(speaker?.mention?.text, 'he');
    assert.equal(speaker?.method, 'pronoun');
  });

  it('skips auxiliaries and adverbs between subject and verb', () => {
    const text = 'Alan Milburn spoke. "We will win this argument," Mr Milburn has also said.';
    assert.equal(speakerOf(text, 'win this argument').speaker?.name, 'Alan Milburn');
  });

  it('resolves "the company" to the organisation the story is about', () => {
    const text = 'General Motors cut its forecast. Shares in GM fell 5%. "Attaining earnings of $10 a share remains our goal," the company said.';
    const { speaker, analysis } = speakerOf(text, 'Attaining earnings');
    assert.equal(speaker?.entity === null || speaker?.entity === undefined ? null : analysis.entities[speaker.entity].type, 'organization');
    assert.equal(speaker?.mention?.text, 'the company');
    assert.equal(speaker?.unnamed, false);
  });

  it('reads "the prime minister" and "the chief executive" as the person in focus, "the senior official" as unnamed', () => {
    const text = 'Sir Keir Starmer defended the plans. Speaking in Derby, the prime minister said: "We were left with a mess."';
    assert.equal(speakerOf(text, 'left with a mess').speaker?.name, 'Keir Starmer');
    const unnamed = 'Officials met Sir Keir Starmer. "It was tense," the senior official said.';
    assert.equal(speakerOf(unnamed, 'was tense').speaker?.name, 'the senior official');
  });

  it('takes the person named at the end of a description that holds a source noun', () => {
    const text = '"We are opening accounts in the United States," the central bank\'s vice president Farhat Omar Ben Gadaravice said.';
    assert.equal(speakerOf(text, 'opening accounts').speaker?.name, 'Farhat Omar Ben Gadaravice');
    const spokesman = 'Tony Blair spoke. A spokesman for Mr Blair said the Prime Minister expected "a practical work plan".';
    assert.equal(speakerOf(spokesman, 'practical work plan').speaker?.name, 'A spokesman for Mr Blair');
  });

  it('gives "he" to a person who speaks in the sentence before, even one naming the previous speaker', () => {
    const text = 'Robert Kilroy-Silk said the party had "gone AWOL". UKIP\'s leader, Roger Knapman, has said he is glad to see the back of Mr Kilroy-Silk. "It was nice knowing him," he said.';
    assert.equal(speakerOf(text, 'nice knowing him').speaker?.name, 'Roger Knapman');
    const notSpeaking = 'Richard Dunne said: "I want to stay." Newcastle boss Graeme Souness is said to have been impressed by Dunne\'s form. He added: "It\'s nice to be linked with top clubs."';
    assert.equal(speakerOf(notSpeaking, 'nice to be linked').speaker?.name, 'Richard Dunne');
  });

  it('reads a web address inside an attribution, and an apposition whose closing comma is missing', () => {
    const text = '"It is obviously very encouraging for Sony," John Houlihan, editor of Computerandvideogames.com told BBC News.';
    assert.equal(speakerOf(text, 'encouraging for Sony').speaker?.name, 'John Houlihan');
    const long = 'Mark Serwotka, the leader of the Public and Commercial Services Union said: "In last year\'s budget we had the day of the long knives."';
    assert.equal(speakerOf(long, 'day of the long knives').speaker?.name, 'Mark Serwotka');
  });

  it('looks past a relative clause holding a number written with a comma', () => {
    const text = 'The American Soybean Association, which represents about 500,000 growers, said in a statement that it was "deeply concerned."';
    assert.equal(speakerOf(text, 'deeply concerned').speaker?.name, 'American Soybean Association');
  });

  it('knows the gender of a given name written with accents', () => {
    const text = 'Lucía Méndez met Nicolás Maduro in Caracas. "We will resist," he said.';
    assert.equal(speakerOf(text, 'We will resist').speaker?.name, 'Nicolás Maduro');
  });

  it('knows the gender of given names beyond the European lists ("Haruki", "Nomvula", "Kwabena")', () => {
    const text = 'Chilufya Mwansa-Banda, who chairs the talks, met Haruki Sekiguchi-Moreau. “We got the money we could get,” she added.';
    assert.equal(speakerOf(text, 'We got the money').speaker?.name, 'Chilufya Mwansa-Banda');
    const pair = 'Kwabena Asante met Nomvula Dlamini in Lusaka. “A loan is still a loan,” she said.';
    assert.equal(speakerOf(pair, 'still a loan').speaker?.name, 'Nomvula Dlamini');
  });

  it('knows the gender of the given names of the Gulf ("Hessa", "Hamad")', () => {
    const text = 'Hessa Al Mazrouei, who runs the clinic in Sharjah, said the ward had filled within a day. Her deputy, Hamad Al Kaabi, ordered more staff. "We have no beds left," she said.';
    assert.equal(speakerOf(text, 'no beds left').speaker?.name, 'Hessa Al Mazrouei');
  });

  it('gives a quotation after a colon to the subject of the clause the colon ends', () => {
    const text = 'Asked about the dispute, Anthropic co-founder Jack Clark was conciliatory: "We want to work with the Pentagon."';
    assert.equal(speakerOf(text, 'work with the Pentagon').speaker?.name, 'Jack Clark');
    const poster = 'Labour will test a poster showing Mr Howard and Oliver Letwin with a blackboard reading: "2+2=5".';
    assert.equal(speakerOf(poster, '2+2=5').speaker, null);
  });

  it('finds the subject of a feature writer\'s lead-in: the owner of a verdict, a pronoun after "and", a person whose "and" clause ends in the colon', () => {
    const verdict = 'Joost van der Berghe invested early. Van der Berghe\'s verdict, in an email to the four-person team, was brisk: “Nobody with a burn on their wrist is going to fill in a form.”';
    assert.equal(speakerOf(verdict, 'burn on their wrist').speaker?.name, 'Joost van der Berghe');
    const phone = 'Their producer, Bongani Dlamini, remembers the night. He still has the message he sent, and he shows it to me on his phone: "Don\'t look at the numbers."';
    assert.equal(speakerOf(phone, 'look at the numbers').speaker?.name, 'Bongani Dlamini');
    const asks = 'Femi Adeyemi-Clarke and Teodora Vasilescu host the show. When I ask whether it could survive, Adeyemi-Clarke turns to his co-host, delighted, and asks her the question word for word: "Teo, could the show survive?"';
    assert.equal(speakerOf(asks, 'could the show survive').speaker?.name, 'Femi Adeyemi-Clarke');
  });

  it('gives a quotation after a bare lead-in that names no one ("Then, with a shrug:") to the last speaker', () => {
    const text = 'Arvid Sjöholm leads design. “We got it to nine milliseconds. I wanted seven,” Sjöholm says. Then, with a shrug: “My wife says I talk about the seven more than our children.”';
    assert.equal(speakerOf(text, 'My wife says').speaker?.name, 'Arvid Sjöholm');
  });

  it('links "a company spokesperson" to the business in focus', () => {
    const result = speakerOf('The Pentagon may cut ties with Anthropic. "We remain committed," a company spokesperson said in a statement.', 'remain committed');
    assert.equal(result.speaker?.name, 'a company spokesperson');
    assert.equal(organizationName(result), 'Anthropic');
  });

  it('never takes a government body for "the company"', () => {
    const text = 'Palantir won a Pentagon contract. The Pentagon praised it. "We take these concerns seriously," the company said in a statement.';
    assert.equal(speakerOf(text, 'concerns seriously').speaker?.name, 'Palantir');
    const alone = speakerOf('Sen. Peter Welch pressed the Pentagon on Wednesday. "We take these concerns seriously," the company said.', 'concerns seriously');
    assert.equal(alone.speaker?.name, 'the company');
    assert.equal(alone.speaker?.entity, null);
  });

  it('never takes a union, a party or a charity for "the company"', () => {
    const text = 'Conductors at Northline Rail Ltd voted to strike on Monday. The Rail Guards and Conductors Union said the plan was unsafe. '
      + 'Its guards would move into what the company calls "onboard host" roles.';
    assert.equal(speakerOf(text, 'onboard host').speaker?.name, 'Northline Rail Ltd');
  });

  it('gives "the company said" to the firm that spoke before, not the investor its apposition names', () => {
    const text = 'A class action accuses the earned-wage app Paywillow of nudging users into tips. Paywillow, an Oakland, California-based company backed by venture firm Marrowgate Partners, '
      + 'said in a statement that it "strongly disagrees" with the ruling.\n\n"Tips on Paywillow are optional," the company said.';
    assert.equal(speakerOf(text, 'Tips on Paywillow').speaker?.name, 'Paywillow');
  });

  it('never takes a firm by its legal ending for "the agency"', () => {
    const text = 'The Agricultural Marketing Service fined Brazos Ridge Packing Co. on Monday. Brazos Ridge Packing Co. will pay a $2.2 million penalty. '
      + 'Brazos Ridge Packing Co. commissioned a review in 2023. The agency said the findings were "not escalated to senior management".';
    assert.equal(speakerOf(text, 'not escalated').speaker?.name, 'Agricultural Marketing Service');
  });

  it('reads the turns of a conversation ("began", "cut in", "finished") after a quotation, and only where they end the clause', () => {
    const text = '“We didn’t leave him out —” Brennan-Castro began.\n\n“He left himself out,” guitarist Ruairí O’Flaherty cut in. “Let’s be honest about that.”\n\n'
      + '“— of anything he wanted,” Brennan-Castro finished. The band began “the long goodbye” in May and finished “a distant third”.';
    assert.equal(speakerOf(text, 'leave him out').speaker?.name, 'Brennan-Castro');
    assert.equal(speakerOf(text, 'left himself out').speaker?.name, 'Ruairí O’Flaherty');
    assert.equal(speakerOf(text, 'of anything he wanted').speaker?.name, 'Brennan-Castro');
    assert.equal(speakerOf(text, 'the long goodbye').speaker, null);
    assert.equal(speakerOf(text, 'a distant third').speaker, null);
  });

  it('reads a clause quoted after a label, with only a comma between them, as the speaker\'s words, not an item of a list of labels', () => {
    const text = 'Maersk said that the automation plan, known internally as "Horizonte 2028", "does not contemplate a single forced dismissal" and that it had offered early retirement. '
      + 'Moderators flag terms such as "shadowban", "deboost" or "suppress".';
    assert.equal(speakerOf(text, 'Horizonte 2028').speaker, null);
    assert.equal(speakerOf(text, 'does not contemplate').speaker?.name, 'Maersk');
    assert.equal(speakerOf(text, 'deboost').speaker, null);
    assert.equal(speakerOf(text, 'suppress').speaker, null);
  });

  it('reads words "known at" a place "as" as a label nobody says', () => {
    const text = 'Marchetti-Vallois said the vote was historic. If the motion fails, the text, already known at Matignon as “the Marchetti law”, a nickname its author is said to dislike, will go to the Senate.';
    assert.equal(speakerOf(text, 'the Marchetti law').speaker, null);
  });

  it('keeps where an unnamed source is, "in the" place, in its name ("One woman in the gallery")', () => {
    const text = 'One woman in the gallery, who declined to give her name, said she had come every day. "I want him to look at us," she said.';
    assert.equal(speakerOf(text, 'look at us').speaker?.name, 'One woman in the gallery');
    assert.equal(speakerOf('A resident in the area said it was "terrifying".', 'terrifying').speaker?.name, 'A resident in the area');
  });

  it('gives "the union" to the one body whose name holds the noun, accents aside, over a body that spoke just before', () => {
    const text = 'The 72-hour walkout, called by the Unión Sindical de Tripulantes, or UST, is the first in the airline\'s history. "We regret the disruption," Alisur said on Friday. '
      + 'Crews want an end to what the union calls "slavery shifts".';
    assert.equal(speakerOf(text, 'slavery shifts').speaker?.name, 'Unión Sindical de Tripulantes');
    const qualified = 'Euronext met the London Stock Exchange. Deutsche Boerse put its case. The German exchange said it had held "constructive" talks.';
    assert.notEqual(speakerOf(qualified, 'constructive').speaker?.name, 'London Stock Exchange');
  });

  it('keeps "she" for an unnamed bus driver or member of staff introduced in reported speech, over a woman named before', () => {
    const text = 'Superintendent Ingrid Castellanos-Voss wrote that the district would review its routes. "We owe them answers," she wrote.\n\n'
      + 'A bus driver who asked not to be named said drivers had asked for tire chains for two winters.\n\n"We\'ve been told it\'s in the budget next year," she said.';
    assert.equal(speakerOf(text, 'in the budget').speaker?.name, 'A bus driver who asked not to be named');
    const staff = 'Adaeze Novak-Obi handles everything else. A former member of staff, who asked not to be named, said the early months were "brutal". '
      + '"Some of us were made to feel like we were the problem," she said.';
    assert.equal(speakerOf(staff, 'made to feel').speaker?.name, 'A former member of staff');
    const named = 'Hans Reckers, a board member of Germany\'s central bank, said that cash trading should remain in Frankfurt.\n\n"It is not just the headquarters," he said.';
    assert.equal(speakerOf(named, 'not just the headquarters').speaker?.name, 'Hans Reckers');
    const charity = 'An aid worker with a European charity, who asked not to be named, was blunter. "Nobody is coming," she said.';
    assert.equal(speakerOf(charity, 'Nobody is coming').speaker?.name, 'An aid worker with a European charity');
  });

  it('gives "the statement said" to whoever called something a name "in a statement", after their firm and title', () => {
    const text = 'Wyndfall chief executive Niamh O\'Callaghan-Baptiste called the award "a vote of confidence in building here" in a statement Wednesday afternoon. '
      + 'The company will ramp up production.\n\n"Soldiers told us what they needed," the statement said.';
    assert.equal(speakerOf(text, 'Soldiers told us').speaker?.name, 'Niamh O\'Callaghan-Baptiste');
  });

  it('gives "he" to the unnamed source that opens its own sentence, before the quotation ("A former scale operator …, told Law360 that …, which he said were")', () => {
    const text = 'Wade Ostergaard called the deal "a good start." "Nine pounds a head is a lot," Ostergaard told Law360.\n\n'
      + 'A former scale operator at the plant, who asked not to be named, told Law360 that workers had been told never to touch the settings, which he said were "locked to the front office."';
    assert.equal(speakerOf(text, 'locked to the front office').speaker?.name, 'A former scale operator at the plant');
    const clause = 'Tiyamike Nkhoma waited months for the result. When a nurse told her, she said: "I cried."';
    assert.equal(speakerOf(clause, 'I cried').speaker?.name, 'Tiyamike Nkhoma');
  });

  it('reads words on a button "marked", or "known inside the company as", as labels; a landing that "marked" an occasion still quotes its speaker', () => {
    const text = 'Judge Priya Raghunathan said users never saw the terms before tapping a button marked "Got it." Haldorsen said she built a setting, known inside the company as "the floor," that hid the losses.';
    assert.equal(speakerOf(text, 'Got it').speaker, null);
    assert.equal(speakerOf(text, 'the floor').speaker, null);
    const marked = 'The European Space Agency said in a statement that the landing marked "the first time a European mission has returned material from another world."';
    assert.equal(speakerOf(marked, 'the first time').speaker?.name, 'European Space Agency');
  });

  it('gives the floor back to the questioner after a question and its answer, each in its paragraph', () => {
    const text = 'Defense lawyer Malcolm Teague-Abara pressed Ingrid Haldorsen on the code.\n\n“You wrote every line of that code, didn’t you?” Teague-Abara asked.\n\n'
      + '“I wrote it because he told me to,” Haldorsen answered.\n\n“Then show the jury one message where my client says so. Just one.”';
    assert.equal(speakerOf(text, 'Then show the jury').speaker?.name, 'Malcolm Teague-Abara');
  });

  it('gives "the prosecutor" to the one prosecutor named, an Assistant U.S. Attorney, never to a defence attorney', () => {
    const text = 'Defense attorney Malcolm Teague-Abara sat down. In her opening statement, Assistant U.S. Attorney Naledi Khumalo told jurors the case was "about a promise and a lie."\n\n'
      + '"Every day the defendant told customers their money was backed," the prosecutor told jurors.';
    assert.equal(speakerOf(text, 'Every day the defendant').speaker?.name, 'Naledi Khumalo');
  });

  it('resolves "they" to an organisation', () => {
    const text = 'Microsoft launched the update on Monday. "We are pleased with the early results," they said.';
    assert.equal(speakerOf(text, 'early results').speaker?.name, 'Microsoft');
  });

  it('keeps "a spokesman for Fox" whole and links it to Fox', () => {
    const found = speakerOf('Fox was sued on Monday. A spokesman for Fox said: "We have not seen the details of the legal action."', 'legal action');
    assert.equal(found.speaker?.name, 'A spokesman for Fox');
    assert.equal(organizationName(found), 'Fox');
  });

  it('links "a Defense official" to the Pentagon named in the article', () => {
    const found = speakerOf('The Pentagon wants access. "The problem for these guys is they are that good," a Defense official told Axios.', 'that good');
    assert.equal(found.speaker?.name, 'a Defense official');
    assert.equal(organizationName(found), 'Pentagon');
  });

  it('reads a document as an unnamed source ("The complaint said")', () => {
    const { speaker } = speakerOf('Apple sued on Monday. The complaint said an "unidentified individual has recently misappropriated confidential information".', 'unidentified individual');
    assert.equal(speaker?.name, 'The complaint');
    assert.equal(speaker?.unnamed, true);
  });

  it('reads a label before a colon in a list of reactions', () => {
    const text = 'Man City 0-2 Man Utd\n\nKevin Keegan was unhappy.\n\n- Manchester City boss Kevin Keegan: "We had a great chance to take the lead."';
    const { speaker } = speakerOf(text, 'great chance');
    assert.equal(speaker?.name, 'Kevin Keegan');
    assert.equal(speaker?.cue, ':');
  });

  it('does not take a label that names no person for a speaker', () => {
    const text = 'Labour met on Monday. Labour\'s election slogan will be: "Britain is working, do not let the Tories wreck it again".';
    assert.equal(speakerOf(text, 'Britain is working').speaker, null);
  });

  it('picks the right one of two people sharing a surname ("Mr Blair")', () => {
    const text = 'Sir Ian Blair, the Met commissioner, warned of attacks. Prime Minister Tony Blair met MPs. But Mr Blair insisted: "There is no greater civil liberty than to live free from terrorist attack."';
    const { speaker } = speakerOf(text, 'greater civil liberty');
    assert.equal(speaker?.name, 'Tony Blair');
    assert.equal(speaker?.mention?.text, 'Blair');
  });

  it('reads a gender from the kinship written before a name ("His wife, Graciela", "His daughter, Naomi")', () => {
    const wife = '“Nobody came,” Luis Ortega-Baptiste said. His wife, Graciela, who has chronic lung disease, now sleeps on a couch.\n\n“She can’t be in the back bedroom at all anymore,” he added.';
    assert.equal(speakerOf(wife, 'back bedroom').speaker?.name, 'Luis Ortega-Baptiste');
    const daughter = 'Clement Osei died on Tuesday. He was 83. His daughter, Naomi Osei, said the cause was heart failure.\n\nHe did not much care for the nickname. "A deacon takes the collection," he told DownBeat in 1979.';
    assert.equal(speakerOf(daughter, 'A deacon').speaker?.name, 'Clement Osei');
  });

  it('gives a pronoun opening what an office holder says to the office holder ("The judge said she accepted")', () => {
    const text = 'Judge Harriet Szymanski-Lowe sentenced him. Defense attorney Orly Ben-Ami argued for no more than eight years.\n\n'
      + 'The judge said she accepted that his remorse was genuine but that it had come “very late, and only after the FBI came knocking.”';
    assert.equal(speakerOf(text, 'very late').speaker?.name, 'Harriet Szymanski-Lowe');
  });

  it('reads "as X put it" as an attribution, before or after the quotation, but not "put it up for sale" or "to put it bluntly"', () => {
    const before = 'Clement Osei met Harriet Lindgaard in 1982. As he once put it, "Copenhagen gave me a winter coat and a wife, in that order."';
    assert.equal(speakerOf(before, 'winter coat').speaker?.name, 'Clement Osei');
    const after = 'But they could at least rely on one "secret weapon", as one activist put it.';
    assert.equal(speakerOf(after, 'secret weapon').speaker?.name, 'one activist');
    const verb = 'The administrator decided to put it up for sale. "Without this deal May would have been, to put it bluntly, washed up," said Kurt Barnard.';
    assert.equal(speakerOf(verb, 'washed up').speaker?.name, 'Kurt Barnard');
  });

  it('reads a ministry named with a list of portfolios as the subject, past the commas of its name', () => {
    const text = 'The Department for Environment, Food and Rural Affairs said councils were free, but that its guidance recommended they should be "at least fortnightly".';
    assert.equal(speakerOf(text, 'at least fortnightly').speaker?.name, 'Department for Environment, Food and Rural Affairs');
    const spokesperson = 'A spokesperson for the Department for Environment, Food and Rural Affairs said: “Nature’s recovery and food security go hand in hand.”';
    assert.equal(speakerOf(spokesperson, 'go hand in hand').speaker?.name, 'A spokesperson for the Department for Environment, Food and Rural Affairs');
    const bureau = 'A spokesman for the Innovation, Technology and Industry Bureau said the bureau was "highly concerned" about the incident.';
    assert.equal(speakerOf(bureau, 'highly concerned').speaker?.name, 'A spokesman for the Innovation, Technology and Industry Bureau');
  });

  it('reads past a councillor\'s party in brackets and an apposition to the councillor ("Cllr Raymond Achterberg (Lib Dem), leader of the opposition group, said")', () => {
    const text = 'Cllr Raymond Achterberg (Lib Dem), leader of the opposition group, said residents had been given a consultation that was “buried on the website and barely publicised”.';
    assert.equal(speakerOf(text, 'buried on the website').speaker?.name, 'Raymond Achterberg');
  });

  it('keeps an "and" between capitalised words in the subject\'s name ("Britain’s Office for Product Safety and Standards said")', () => {
    const office = 'Britain’s Office for Product Safety and Standards said in a statement that it was “aware of reports” about the update.';
    assert.equal(speakerOf(office, 'aware of reports').speaker?.name, 'Office for Product Safety and Standards');
    const fda = 'America’s Food and Drug Administration said it was “reviewing the data”.';
    assert.equal(speakerOf(fda, 'reviewing the data').speaker?.name, 'Food and Drug Administration');
  });

  it('gives "the regulator said" to the body opening the sentence before, over the body that spoke last', () => {
    const text = 'HushMark said it would leave. "We will leave," HushMark said.\n\n'
      + 'Ofcom disputes that description. In a statement, the regulator said it "does not require any company to break end-to-end encryption".';
    assert.equal(speakerOf(text, 'end-to-end').speaker?.name, 'Ofcom');
    const club = 'A LaLiga spokesperson said: “We have no record of any payment.”\n\n'
      + 'Valdeoro, for their part, issued a short statement on Wednesday evening. “CD Valdeoro has not received any formal offer,” the club said.';
    assert.equal(speakerOf(club, 'formal offer').speaker?.name, 'Valdeoro');
    const reporting = 'GM said profits would fall. GMAC has been a strong contributor to profits but GM said it will do less well. "Attaining earnings of $10 a share remains our goal," the company said.';
    assert.equal(speakerOf(reporting, 'Attaining earnings').speaker?.name, 'GM');
  });

  it('gives the turns of a question-and-answer exchange with no verbs to the questioner and the one who answers, in turn', () => {
    const text = '“Do you accept that your customers are paying more for a worse service?” Rhiannon Pugh-Evans asked.\n\n'
      + '“I accept that we have not been good enough,” Stefan van Rijckevorsel replied. “I do not accept that nothing has changed.”\n\n'
      + '“Bills up 22%. Spills up 41%. What has changed, exactly?”\n\n“The amount we are investing.”\n\n“We will keep going,” he said.\n\n“And we will keep at it.”';
    assert.equal(speakerOf(text, 'What has changed').speaker?.name, 'Rhiannon Pugh-Evans');
    assert.equal(speakerOf(text, 'The amount we are investing').speaker?.name, 'Stefan van Rijckevorsel');
    assert.equal(speakerOf(text, 'keep at it').speaker?.name, 'Stefan van Rijckevorsel');
  });

  it('gives the answer to a question asked by one joining the conversation to the last other person who spoke, but not a question running on into the next paragraph', () => {
    const text = 'Ingrid Halvorsrud said it was fine. "It was fine," she says. The court said she had made "an outstanding contribution". Her husband, Lajos Kóbor, arrives.\n\n'
      + '"Did you tell him about the cat?" Lajos asks.\n\n"I told him about the cat."\n\n"Did you tell him about the book?"\n\n"I was getting to the book."';
    assert.equal(speakerOf(text, 'I told him').speaker?.name, 'Ingrid Halvorsrud');
    assert.equal(speakerOf(text, 'about the book?').speaker?.name, 'Lajos Kóbor');
    assert.equal(speakerOf(text, 'getting to the book').speaker?.name, 'Ingrid Halvorsrud');
    const runOn = 'Niklas van der Zande crashed. "He went for it," Aidan O’Farrell said. "If he doesn’t try that move, he finishes second anyway, so why not?\n\n'
      + '"Where I’d disagree with the stewards is the second movement."';
    assert.equal(speakerOf(runOn, 'disagree with the stewards').speaker?.name, 'Aidan O’Farrell');
  });

  it('does not give a reply to a question ("the nominee replied") to whoever asked it', () => {
    const text = 'Dolores Quintanilla-Marsh faced questions. "I have spent 30 years in warehouses," Quintanilla-Marsh said. Quintanilla-Marsh was calm.\n\n'
      + '"Forty-six citations. Two funerals," Teresa Villanueva-Ruiz said. "Which of those did you take personal responsibility for?"\n\n'
      + '"Every one of them, senator," the nominee replied.';
    assert.equal(speakerOf(text, 'Every one of them').speaker?.name, 'Dolores Quintanilla-Marsh');
  });

  it('takes the agent between a passive and "of" or "for" as the speaker ("accused by MPs of"), but not a gerund after "by"', () => {
    const accused = 'The bosses of Hollinbrook Water were accused by MPs of “rewarding failure on an industrial scale” after the company paid a bonus.';
    assert.equal(speakerOf(accused, 'rewarding failure').speaker?.name, 'MPs');
    const gerund = 'Mr Fox responded by accusing the prime minister of "hiding away from the scrutiny of London\'s media".';
    assert.equal(speakerOf(gerund, 'hiding away').speaker?.name, 'Fox');
  });

  it('reads "Mr Bell\'s comments were" as a noun, not a cue: the speaker is who said so', () => {
    const text = 'The Muslim Council of Britain said Ofsted boss Mr Bell\'s comments were "highly irresponsible".';
    assert.equal(speakerOf(text, 'highly irresponsible').speaker?.name, 'Muslim Council of Britain');
    const source = 'Adaeze Okonkwo-Marsh spoke.\n\nA senior executive at a rival bank, who was not authorized to speak publicly, said Okonkwo-Marsh\'s comments were "a fair description".';
    assert.equal(speakerOf(source, 'fair description').speaker?.name, 'A senior executive at a rival bank');
  });

  it('reads a cue after a plural noun as a noun, since a verb in -s cannot follow a plural subject ("the EU\'s passenger rights rules that Britain kept")', () => {
    const text = 'Under UK261, the version of the EU’s passenger rights rules that Britain kept after Brexit, passengers are entitled to compensation, unless the airline can show the cancellation was caused by “extraordinary circumstances” that could not have been avoided.';
    assert.equal(speakerOf(text, 'extraordinary circumstances').speaker, null);
    const adverb = 'Edmund Harcastle sometimes says the plan is "a fair description" of the problem.';
    assert.equal(speakerOf(adverb, 'fair description').speaker?.name, 'Edmund Harcastle');
  });

  it('gives what a body says its own people said to the body ("The Royal College said its members had described")', () => {
    const text = 'The Royal College of Emergency Medicine said its members had described conditions as "among the worst they have seen outside of winter."';
    assert.equal(speakerOf(text, 'among the worst').speaker?.name, 'Royal College of Emergency Medicine');
  });

  it('reads "shouted", "whispered" and the like as cues, also after a quotation that ends its sentence', () => {
    const shouted = '“We are treating more patients,” Edmund Harcastle said.\n\n“Answer the question!” shouted Tobias van der Linde, the shadow health secretary, from the opposition benches.';
    assert.equal(speakerOf(shouted, 'Answer the question').speaker?.name, 'Tobias van der Linde');
    const officer = 'Officer Kyle Brandvold pulled Tilley over. Footage shows Tilley reaching toward the console as the officer shouts "Show me your hands" twice.';
    assert.equal(speakerOf(officer, 'Show me your hands').speaker?.name, 'Kyle Brandvold');
     const heard = 'Officers went in. In body camera footage released Monday, Thornquist can be heard shouting, “Police! Where are you? Keep talking to me!”';
    assert.equal(speakerOf(heard, 'Keep talking').speaker?.name, 'Thornquist');
  });

  it('reads the cues of the English-language press of Africa and India: "disclosed", "lamented", "averred", "informed"', () => {
    const text = 'The Commissioner for Information, Mr Babatunde Okafor-Eze, disclosed that the payments would resume. "The backlog will be cleared before the end of the month," he disclosed.\n\n'
      + 'The chairman of the traders\' association, Alhaji Musa Danladi, lamented: "Our members have lost everything in the fire."\n\n'
      + '"The petitioner has not shown any injury to his rights," counsel for the state, Ms Priya Raghunathan, averred.\n\n'
      + 'Mr Okafor-Eze informed journalists that "no worker will be owed a single month".';
    assert.equal(speakerOf(text, 'The backlog will be cleared').speaker?.name, 'Babatunde Okafor-Eze');
    assert.equal(speakerOf(text, 'Our members have lost').speaker?.name, 'Musa Danladi');
    assert.equal(speakerOf(text, 'The petitioner has not shown').speaker?.name, 'Priya Raghunathan');
    assert.equal(speakerOf(text, 'no worker will be owed').speaker?.name, 'Babatunde Okafor-Eze');
  });

  it('reads a description with where the person is from as a description ("The former checkout supervisor from Wigan")', () => {
    const text = 'Siobhan Carrick was elected general secretary last March. The former checkout supervisor from Wigan had described Britain’s big grocers as “profiteers in hi-vis”.';
    assert.equal(speakerOf(text, 'profiteers').speaker?.name, 'Siobhan Carrick');
  });

  it('reads a partial quote in a question put by someone as theirs ("Asked by Cheema whether the council had "gambled"")', () => {
    const text = 'Nadia Cheema, the coroner, heard evidence. Asked by Cheema whether the council had “gambled” with cyclists’ lives, Pryce replied: “I wouldn’t use that word.”';
    assert.equal(speakerOf(text, 'gambled').speaker?.name, 'Nadia Cheema');
    assert.equal(speakerOf(text, 'use that word').speaker?.name, 'Pryce');
  });

  it('gives a quotation that ends its sentence to a name and its apposition after it ("…?" Oisín MacCarthy-Duarte, managing director at Stonequay Advisors, told Finextra."), but not to one introducing the next quotation', () => {
    const text = 'The episode is familiar. “Every bank in this business is asking the same question: do we actually know whose money this is?” Oisín MacCarthy-Duarte, managing director at Stonequay Advisors, told Finextra.';
    assert.equal(speakerOf(text, 'Every bank').speaker?.name, 'Oisín MacCarthy-Duarte');
    const next = 'Mr Cridland said: "This application will help. "This allows us to tap into a huge new audience." Saumil Nanavati, president of Sydus, said, "This radio player is what the 3G network was built for."';
    assert.equal(speakerOf(next, 'This allows us').speaker?.name, 'Cridland');
  });

  it('reads a name described as "a middleware provider" as a firm, which "the company" then is, not a place it is "in" ("the total shown in Ledgerkin\'s records")', () => {
    const text = 'Coldharbor Bank is ending the partnership. The dispute centers on Ledgerkin, a San Francisco-based middleware provider that maintains the ledger. '
      + 'A reconciliation found the balance was lower than the total shown in Ledgerkin’s records.\n\n“The examiners wanted ledgers that tied out,” the person said.\n\n'
      + 'Ledgerkin disputed that account. “Ledgerkin’s records are complete and accurate,” the company said in a statement.';
    assert.equal(speakerOf(text, 'records are complete').speaker?.name, 'Ledgerkin');
  });

  it('keeps a plural source after a capitalised noun that qualifies it as the subject of a long clause ("Council officers recommended closure in a report which concluded")', () => {
    const text = 'The vote was met with tears. Council officers recommended closure in a report which concluded the school was “no longer educationally viable” and that its pupils would benefit.';
    assert.equal(speakerOf(text, 'no longer educationally').speaker?.name, 'Council officers');
  });

  it('gives words to the source an outlet "quoted", not to the verb\'s phrase ("and quoted one resident who described the design as")', () => {
    const text = 'Helsingin Sanomat reported that neighbours had objected, and quoted one resident who described the design as "a sauna that got out of hand".';
    assert.equal(speakerOf(text, 'a sauna').speaker?.name, 'one resident');
  });

  it('gives "it" to the one body named with the noun of a description opening the sentence before ("The council itself is sticking to the numbers. In a statement, it said")', () => {
    const text = 'The City of Edinburgh Council approved the lane in March. Traders at City Chambers protested.\n\n'
      + 'The council itself is sticking to the numbers. In a statement, it said cycling had doubled and that “early indications are positive”.';
    assert.equal(speakerOf(text, 'early indications').speaker?.name, 'City of Edinburgh Council');
  });

  it('keeps where an unnamed source works "in the region" in its wording, and lets it keep the floor as "she"', () => {
    const text = '"The worst part is the corridor," Kasia Nowacka-Reid, a senior sister, told me.\n\n'
      + 'A senior manager at another trust in the region, who asked not to be named because she was not authorised to speak to the press, said her board no longer received a separate figure. "If you don\'t count it, it doesn\'t show up in the papers," she said.';
    assert.equal(speakerOf(text, 'show up in the papers').speaker?.name, 'A senior manager at another trust in the region');
  });

  it('gives "The union says" to the one body named as an association the union is', () => {
    const text = 'The Garnet Bay Police Patrolmen\'s Association was less effusive. Its president, Sgt. Brendan Tuohy, said the union would work with the chief. The Ledger asked about it.\n\n'
      + 'Q: The union says officers are "tired of being managed by consultants and press releases." Is that aimed at you?';
    assert.equal(speakerOf(text, 'tired of being managed').speaker?.name, 'Garnet Bay Police Patrolmen\'s Association');
  });

  it('gives a headline\'s quotation after a title and a colon to the person the story names most ("Garnet Bay\'s new police chief: "…"")', () => {
    const text = 'Garnet Bay\'s new police chief: "I\'m not here to be liked by the union or the council"\n\nBy Tomasz Wierzbicki, Ledger staff writer\n\n'
      + 'Rania al-Bakri was sworn in Monday. An investigation found excessive force in the East Flats neighborhood. Al-Bakri, 47, spoke to the Ledger.';
    assert.equal(speakerOf(text, 'not here to be liked').speaker?.name, 'Rania al-Bakri');
  });

  it('keeps the writer\'s own relative as written, also as the subject shared across "and" ("My mother read an early draft and told me, "…"")', () => {
    const text = 'Maj is the engineer who wrote the report. My mother read an early draft and told me, “You have given all of my worst qualities to the sensible one.” I chose to hear that as praise.';
    assert.equal(speakerOf(text, 'worst qualities').speaker?.name, 'My mother');
  });

  it('reads "instead" and "itself" between the subject and its verb as fillers ("the ministry instead blamed", "The league itself said")', () => {
    const text = 'The group had asked the Ministry of Commerce in July to suspend licences.\n\nIn a statement carried by state media on Thursday, the ministry instead blamed "speculative hoarding by unscrupulous traders" for the rise.';
    assert.equal(speakerOf(text, 'speculative hoarding').speaker?.name, 'Ministry of Commerce');
    const itself = 'The Continental Women’s Basketball League signed with Velmira. “We will be paid,” said Marloes van der Wiel, the players’ union chief.\n\nThe league itself said in a statement that it “expects to announce a renewed European broadcast framework.”';
    assert.equal(speakerOf(itself, 'expects to announce').speaker?.name, 'Continental Women’s Basketball League');
  });

  it('gives "She also said, according to one of those employees, that …" to her, not to the source set off after the verb', () => {
    const text = 'Renata Szabó-Lindgren told staff the union would slow the company. She also said, according to one of those employees, that Ravelstone\'s benefits were "already among the best in the industry".';
    assert.equal(speakerOf(text, 'already among the best').speaker?.name, 'Renata Szabó-Lindgren');
  });

  it('reads no gender into a Baltic given name by its look without the macron ("Jānis" is no "Janis")', () => {
    const text = 'Jānis Kalniņš-Whitfield, deputy director of the State Language Centre, rejected that description. "The law is clear," he said.\n\n'
      + 'He added that the amount was "at the lower end of what the law allows."';
    assert.equal(speakerOf(text, 'at the lower end').speaker?.name, 'Jānis Kalniņš-Whitfield');
  });

  it('reads "testified" as a cue, also after a quotation that ends its sentence', () => {
    const text = 'Kevin Doyle, a forensic accountant, took the stand. Graham Whitlow questioned him.\n\n"I found no operational purpose for those payments," Doyle testified.\n\n'
      + 'Whitlow asked about the books. "They were transfers to himself." Doyle testified.';
    assert.equal(speakerOf(text, 'I found no operational').speaker?.name, 'Kevin Doyle');
    assert.equal(speakerOf(text, 'transfers to himself').speaker?.name, 'Kevin Doyle');
  });

  it('reads no cue in the words of an earlier quotation of the sentence ("said it "rejects the central findings of the report" and that the assessment "…"")', () => {
    const text = 'In a statement, Mukuyu Carbon Partners said it "rejects the central findings of the report" and that the assessment "fails to account for the specific pressures facing this landscape".';
    assert.equal(speakerOf(text, 'fails to account').speaker?.name, 'Mukuyu Carbon Partners');
  });

  it('reads a verb of stance inside what someone said as theirs to report ("said in a statement that the company expects to resume "limited production"", "wrote in a post on X that Hargeisa welcomed")', () => {
    const text = 'Ostrander CEO Martin Halvorsen said in a statement that the company expects to resume “limited production” by the end of January.';
    assert.equal(speakerOf(text, 'limited production').speaker?.name, 'Martin Halvorsen');
    const post = 'Hodan Ali Guleed-Petersen, a spokesperson for the Somaliland presidency, wrote in a post on X that Hargeisa welcomed “the wisdom of our elders” but that the suspension would remain in place “until Mogadishu withdraws its illegal circular”.';
    assert.equal(speakerOf(post, 'the wisdom of our elders').speaker?.name, 'Hodan Ali Guleed-Petersen');
    assert.equal(speakerOf(post, 'until Mogadishu withdraws').speaker?.name, 'Hodan Ali Guleed-Petersen');
  });

  it('reads "the company said" as a firm the entities typed by its product, once the article gives it a seat ("Glimmr, which is based in San Mateo")', () => {
    const text = 'Arizona sued the company behind the short-video app Glimmr on Tuesday. Glimmr, which is based in San Mateo, California, has about 40 million users.\n\n'
      + 'In a statement posted online, the company said it had "invested more in teen safety than any platform our size".';
    assert.equal(speakerOf(text, 'invested more').speaker?.name, 'Glimmr');
  });

  it('reads the pronoun of "as she puts it" as the person opening its sentence, not the previous speaker', () => {
    const text = 'Annick van der Velde has photographed wars for forty years. "I am tired," she says. Leonie Brandt-Osei, 29, a photographer whom van der Velde has mentored for three years, '
      + 'walks behind, carrying the second bag and, as she puts it, "most of the water and all of the worry."';
    assert.equal(speakerOf(text, 'most of the water').speaker?.name, 'Leonie Brandt-Osei');
  });

  it('reads the subject before "liked to" as the speaker of "as she liked to put it"', () => {
    const text = 'Hattie Lou Desrosiers, the sharecropper\'s daughter who was jailed four times, kept marching, as she liked to put it, "until my knees gave out and then some."';
    assert.equal(speakerOf(text, 'until my knees').speaker?.name, 'Hattie Lou Desrosiers');
  });

  it('keeps a body described with its nationality in an unnamed source, past the day it acted ("The board of Australian packaging maker Corrowa Packaging on Thursday")', () => {
    const text = 'The board of Australian packaging maker Corrowa Packaging on Thursday unanimously rejected a hostile bid from U.S. rival Delacourt Packaging Group, '
      + 'saying the offer "materially undervalues" the company.';
    assert.equal(speakerOf(text, 'materially undervalues').speaker?.name, 'The board of Australian packaging maker Corrowa Packaging');
  });

  it('keeps where an unnamed source belongs after "in" ("A colleague in my department"), but not the statement it spoke in', () => {
    assert.equal(speakerOf('A colleague in my department said it was "a shock to everyone".', 'a shock').speaker?.name, 'A colleague in my department');
    assert.equal(speakerOf('Campaigners in a Derbyshire village said the plan was "a disgrace".', 'a disgrace').speaker?.name, 'Campaigners in a Derbyshire village');
    assert.equal(speakerOf('A spokesman in a statement said the plan was "wrong".', 'wrong').speaker?.name, 'A spokesman');
  });

  it('takes no pronoun in a quotation for a source it introduces ("wouldn\'t understand a word she said" … "the person added")', () => {
    const text = 'One member of the team, who asked not to be named because they were not authorised to speak about casting, said executives had worried that viewers "wouldn\'t understand a word she said." '
      + 'They were wrong, the person added: "Turns out people will learn a language for a good pie."';
    assert.equal(speakerOf(text, 'Turns out people').speaker?.name, 'One member of the team');
  });

  it('reads "France\'s embassy in New Delhi said" as an unnamed body, as written', () => {
    const text = 'European officials are watching closely. France\'s embassy in New Delhi said in a statement that it was "following the discussions with attention".';
    assert.equal(speakerOf(text, 'following the discussions').speaker?.name, "France's embassy in New Delhi");
  });

  it('reads "the company said" after a quotation of several sentences as the body that opened the sentence before it', () => {
    const text = 'Ostrevia closed its border on Thursday. Ostrevia said the strike was an attack. Ostrevia asked for help.\n\n'
      + 'Ostrol Energy, the state-controlled company that operates the depot, said the dead were three technicians. "Our thoughts are with their families. Every one of them had worked there for a decade," the company said in a statement.';
    assert.equal(speakerOf(text, 'Our thoughts').speaker?.name, 'Ostrol Energy');
  });

  it('reads "the company said" as a firm the entities typed by its product, once it speaks ("Paylume, which says") or has a spokesperson', () => {
    const intro = 'A researcher found a flaw in the payments app Paylume. She told BleepingComputer the flaw was simple.\n\n';
    const statement = 'In a statement, the company said it had "acted promptly to remediate the issue".';
    assert.equal(speakerOf(`${intro}Paylume, which says it has 4.2 million customers, defended its handling of the case. ${statement}`, 'acted promptly').speaker?.name, 'Paylume');
    assert.equal(speakerOf(`${intro}A spokesperson for Paylume declined to comment. ${statement}`, 'acted promptly').speaker?.name, 'Paylume');
  });

  it('reads "the report" as the work of whoever carried out the investigation the article named ("carried out by the accountancy firm Hallgarten Moss")', () => {
    const text = 'The investigation, carried out by the accountancy firm Hallgarten Moss and seen by Schools Week, found 61 payments to Ravel Consulting.\n\n'
      + 'The report describes "significant and repeated failures of governance" at the trust.';
    assert.equal(speakerOf(text, 'significant and repeated').speaker?.name, 'Hallgarten Moss');
  });

  it('gives the floor to whoever speaks in the sentence before, not its subject ("…, which Quintanilla-Marsh said she now regretted")', () => {
    const text = 'Dolores Quintanilla-Marsh, the nominee, said she would "enforce the law as written". Sen. Teresa Villanueva-Ruiz asked about her book. Villanueva-Ruiz read aloud a passage describing inspectors as "well-meaning tourists," which Quintanilla-Marsh said she now regretted.\n\n"I wrote that in a moment of frustration, and it was unfair," she said.';
    assert.equal(speakerOf(text, 'I wrote that').speaker?.name, 'Dolores Quintanilla-Marsh');
  });

  it('does not give the floor to a person named after a preposition past a party and a title ("Asked by the Labour MP Naomi Adebayo-Lund")', () => {
    const text = 'Margaret Oyelaran-Pike, the chief executive, said the bonus had been "tied to targets". Asked by the Labour MP Naomi Adebayo-Lund whether she would have approved it, she paused before answering.\n\n"With hindsight, I think the timing was wrong," she said.';
    assert.equal(speakerOf(text, 'With hindsight').speaker?.name, 'Margaret Oyelaran-Pike');
  });

  it('reads a preposition only within the paragraph: a headline\'s "with starting role" governs nothing after it', () => {
    const text = 'Owen delighted with starting role\n\nMichael Owen revelled in his return and inspired a 3-1 win over Real Betis on Wednesday.\n\nHe said: "I am happy I could play a game from the start again."';
    assert.equal(speakerOf(text, 'I am happy').speaker?.name, 'Michael Owen');
  });

  it('gives the floor to a possessive that opens its sentence after a phrase setting the scene and a title', () => {
    const text = 'Ruslan Abdulkadirov, the deputy mayor, said the town "will not be given up".\n\n'
      + 'In the school basement, Sgt Vantsev\'s team were preparing their drones for the night shift. Asked how long the town could hold, he shrugged.\n\n"As long as we are here," he said.';
    assert.equal(speakerOf(text, 'As long as we are here').speaker?.name, 'Vantsev');
  });

  it('reads "Shipbuilding" as a firm\'s trade and "Shipyard" as a place, so "the company" is the builder ("Tasman Keel Shipbuilding", "Osborne Naval Shipyard")', () => {
    const text = 'The submarines are built by Tasman Keel Shipbuilding at Osborne Naval Shipyard. A spokesperson for Tasman Keel said its workforce at Osborne had grown. '
      + '"We are building something that has never been built in this country before," the company said in a statement.';
    assert.equal(speakerOf(text, 'We are building').speaker?.name, 'Tasman Keel Shipbuilding');
  });

  it('gives a "who" clause after a description set off by commas to the one it describes ("Omar Rasul Agha, a 71-year-old retired police officer, who said")', () => {
    const text = 'Among the crowd on Sunday was Omar Rasul Agha, a 71-year-old retired police officer, who said he had borrowed money. "It is the same film every winter," he said.';
    assert.equal(speakerOf(text, 'the same film').speaker?.name, 'Omar Rasul Agha');
  });

  it('gives a "who" clause after a title in apposition to the person, not the body that ends it ("Renata Vasquez-Holm, director of aviation policy at the consumer group Fair Fares Alliance, who told")', () => {
    const text = 'Also testifying was Renata Vasquez-Holm, director of aviation policy at the consumer group Fair Fares Alliance, who told the subcommittee that the record was "worse than most, but not unique."';
    assert.equal(speakerOf(text, 'worse than most').speaker?.name, 'Renata Vasquez-Holm');
  });

  it('keeps an unnamed source\'s noun after a noun that qualifies it ("One defence industry executive")', () => {
    const text = 'One defence industry executive said the delays were "an open secret for at least eighteen months". "Everyone could see it," the executive said.';
    assert.equal(speakerOf(text, 'an open secret').speaker?.name, 'One defence industry executive');
    assert.equal(speakerOf(text, 'Everyone could see').speaker?.name, 'One defence industry executive');
  });

  it('reads "Her son-in-law, Zaw Htet," as a man, whom a later "she" passes over', () => {
    const text = 'Daw Khin Sandar Win, 52, waited for news of her son. "He called me last week," she said.\n\nHer son-in-law, Zaw Htet, had travelled with him in April. Neither man has been found.\n\n"We ran from the bombs only to die in the mud," she added.';
    assert.equal(speakerOf(text, 'We ran from the bombs').speaker?.name, 'Khin Sandar Win');
  });

  it('gives what "the complaint says" to whoever filed it, past the court and their description ("filed in King County Superior Court by job applicant Nkechi Oyelaran-Price")', () => {
    const text = 'The complaint, filed in King County Superior Court by job applicant Nkechi Oyelaran-Price, says Saffrane broke the law.\n\n"Saffrane chose to keep applicants in the dark," the complaint says.';
    assert.equal(speakerOf(text, 'Saffrane chose').speaker?.name, 'Nkechi Oyelaran-Price');
  });

  it('gives what "the judgment said" to the one judge the article names ("Employment Judge Fionnuala Ní Bhriain")', () => {
    const text = 'Employment Judge Fionnuala Ní Bhriain found that the firm had failed to consult. A union official welcomed the ruling.\n\n"There is no doubt the respondent was under real commercial strain," the judgment said.';
    assert.equal(speakerOf(text, 'There is no doubt').speaker?.name, 'Fionnuala Ní Bhriain');
  });

  it('reads "the local" as the trade union\'s local the article names by its number ("Local 338 announced the filing")', () => {
    const text = 'Veltbridge spokesperson Delphine Marchetti said the company respected the process. "We respect their choice," she said.\n\n'
      + 'Local 338 announced the filing on Thursday afternoon. "540 workers, one voice," the local wrote in a post on X.';
    assert.equal(speakerOf(text, '540 workers').speaker?.name, 'Local 338');
  });

  it('reads an office in capitals of several words as a description of its holder ("The Principal Magistrate agreed that")', () => {
    const text = 'Principal Magistrate Ashanti O’Reilly-Persaud heard the case. The Principal Magistrate agreed that the case against the teenager was, on the material before her, "thin at this stage." She granted him bail.';
    assert.equal(speakerOf(text, 'thin at this stage').speaker?.name, 'Ashanti O’Reilly-Persaud');
  });

  it('reads whom a quotation was told after ", telling" as the listener, not the speaker ("…," telling the court that …)', () => {
    const text = 'Police Prosecutor Inspector Sunil Bhagirat-Tucker had objected to bail. He described Grant-Ramdihal as "a flight risk with a history," telling the court that the accused had links abroad.';
    assert.equal(speakerOf(text, 'a flight risk').speaker?.name, 'Sunil Bhagirat-Tucker');
  });

  it('gives words to the plural of people in a relative clause without "that" after a noun ("a change some athletes and parents have described as")', () => {
    const text = 'Swimmers were reclassified in the past year under a new system, a change some athletes and parents have described as a "moving target".';
    assert.equal(speakerOf(text, 'moving target').speaker?.name, 'some athletes and parents');
  });

  it('keeps the body an unnamed source\'s place belongs to ("An official at the Idlib directorate of the Ministry of Energy")', () => {
    const text = 'An official at the Idlib directorate of the Ministry of Energy, who asked not to be named because he was not authorised to speak to the media, said the ministry was "studying" a plan.';
    assert.equal(speakerOf(text, 'studying').speaker?.name, 'An official at the Idlib directorate of the Ministry of Energy');
  });

  it('keeps the body an unnamed source works "with" a body, though a "who" clause on the source follows it ("An official with NOAA Fisheries, who spoke on condition of anonymity")', () => {
    const text = 'The run collapsed. An official with NOAA Fisheries, who spoke on condition of anonymity because the agency had not yet received a request, said it would "review any request promptly."';
    assert.equal(speakerOf(text, 'review any request').speaker?.name, 'An official with NOAA Fisheries');
  });

  it('reads a name in apposition after a body\'s office as a person\'s, though its given name is an English word ("Its president, Comfort Nkeng-Achu, told AFP")', () => {
    const text = '"It is dangerous," said Annelies van der Berg, a researcher. She added more.\n\nThe union said in a communiqué that it supported the reopening.\n\n'
      + 'Its president, Comfort Nkeng-Achu, told AFP that many of her members were working without insurance. "We are asked to be brave," she said.';
    assert.equal(speakerOf(text, 'We are asked').speaker?.name, 'Comfort Nkeng-Achu');
  });

  it('reads an office in capitals set off before the name as the person\'s role, which "the minister" then finds ("The Minister of Agriculture, Rural Development and Food Production, Hyacinthe Tapé-Lorougnon,")', () => {
    const text = 'Farmers protested. The Minister of Agriculture, Rural Development and Food Production, Hyacinthe Tapé-Lorougnon, defended the decision. "The price is guaranteed," the minister added.';
    assert.equal(speakerOf(text, 'The price is guaranteed').speaker?.name, 'Hyacinthe Tapé-Lorougnon');
  });

  it('reads an office in capitals set off before the name mid-sentence, and before a courtesy title, as the person\'s role ("where the Minister of Energy and Public Utilities, Mr Devendra Ramdharry, conceded")', () => {
    const text = 'The cuts dominated the sitting, where the Minister of Energy and Public Utilities, Mr Devendra Ramdharry, conceded that the board had been "caught short".\n\n"I will not pretend that everything is fine," the Minister said.';
    assert.equal(speakerOf(text, 'I will not pretend').speaker?.name, 'Devendra Ramdharry');
    // Not an office the words before it belong to: "the Chief Press Secretary to the Governor, Mrs Folasade Quadri-Edwards".
    const secretary = 'The governor, Dapo Abiodun-Kole, sacked five commissioners in a statement signed by the Chief Press Secretary to the Governor, Mrs Folasade Quadri-Edwards.\n\n"Nobody should see this as a punishment," the governor said.';
    assert.equal(speakerOf(secretary, 'Nobody should see').speaker?.name, 'Dapo Abiodun-Kole');
  });

  it('never reads "It" as an unnamed source quoted as "she" before ("Another villager, a woman in her fifties")', () => {
    const text = 'Another villager, a woman in her fifties who also spoke on condition of anonymity, said the abbot had urged families to move. "The soldiers shouted," she said.\n\n'
      + 'The Chindwin Lion Column, a People\'s Defense Force (PDF) unit active in the area, said in a statement that there were no fighters in the village. It described the bombing as "a deliberate massacre of people."';
    assert.notEqual(speakerOf(text, 'a deliberate massacre').speaker?.name, 'Another villager');
  });

  it('ends an unnamed source\'s wording before "and asked not to be named" ("a resident who helped pull bodies from the rubble and asked not to be named for fear of reprisals")', () => {
    const text = '"There had been no fighting here," said a resident who helped pull bodies from the rubble and asked not to be named for fear of reprisals. "We found a mother," he said.';
    assert.equal(speakerOf(text, 'no fighting').speaker?.name, 'a resident who helped pull bodies from the rubble');
    assert.equal(speakerOf(text, 'We found').speaker?.name, 'a resident who helped pull bodies from the rubble');
  });

  it('reads past a dotted acronym for the subject after "In a statement," that "the statement" takes up ("In a statement, B.C. Housing Minister Nirmala Desrosiers-Kang welcomed")', () => {
    const text = 'The council voted on Wednesday. In a statement, B.C. Housing Minister Nirmala Desrosiers-Kang welcomed the decision. "Vancouver has shown that it is serious," the statement said.';
    assert.equal(speakerOf(text, 'Vancouver has shown').speaker?.name, 'Nirmala Desrosiers-Kang');
  });

  it('reads "the regulator" as the body whose name says it regulates, when none was introduced as "the regulator" ("the Gambling Regulatory Authority of Ireland")', () => {
    const text = 'The Irish Betting and Gaming Alliance published its code on Monday. "This is our own work," the alliance said. Its chief executive said the alliance had kept the Gambling Regulatory Authority of Ireland informed throughout.\n\n'
      + 'In a statement, the regulator said it "welcomed any measures that reduce exposure" to advertising.';
    assert.equal(speakerOf(text, 'welcomed any').speaker?.name, 'Gambling Regulatory Authority of Ireland');
  });

  it('reads a coined name alone as the firm whose four-word name with a legal form it opens, so "the company" is that firm, not its owner ("Kavundi" of "Kavundi Copper Mining Plc")', () => {
    const text = 'Spill from Kavundi mine turns river orange\n\nFarmers have given Kavundi Copper Mining Plc seven days to pay. Kavundi, which is majority-owned by Almaty-based Steppe Meridian Resources, disputes the figures. In a statement, the company said the leak had been "contained within four hours".';
    assert.equal(speakerOf(text, 'contained within').speaker?.name, 'Kavundi Copper Mining Plc');
  });

  it('keeps the floor for the one a described subject stands for, past a person named in its relative clause ("The minister, who took over the portfolio from Kostas Leventis …, said")', () => {
    const text = '"The findings are hard to read," Mr Dertilis said.\n\nThe minister, who took over the portfolio from Kostas Leventis in a reshuffle last June, said two officials had been moved. "Responsibility will be examined," he added.';
    assert.equal(speakerOf(text, 'Responsibility will').speaker?.name, 'Dertilis');
  });

  it('finds the name in apposition after "in the words of" a description, past a calling in lower case, but no main clause after "according to" ("the committee\'s chairman, retired fire service lieutenant general Stavros Kalogirou")', () => {
    const words = 'The report describes a chain of command in which "nobody was certain who had the authority to press the button," in the words of the committee\'s chairman, retired fire service lieutenant general Stavros Kalogirou.';
    assert.equal(speakerOf(words, 'nobody was certain').speaker?.name, 'Stavros Kalogirou');
    const clause = 'The Chust District Criminal Court announced the verdict. According to the court\'s press service, Mirzaahmedov was convicted of "publicly insulting a representative of authority".';
    assert.notEqual(speakerOf(clause, 'publicly insulting').speaker?.name, 'Mirzaahmedov');
  });

  it('reads "ISD" as ending a school district\'s name, which "the district" then refers to ("Cibolo Valley ISD said in a statement")', () => {
    const text = 'The driver was arrested, KSAT 12 reported. Cibolo Valley ISD said in a statement Tuesday night that the driver had been placed on leave. "The safety of our students is the foundation of everything we do," the district said.';
    assert.equal(speakerOf(text, 'The safety of our students').speaker?.name, 'Cibolo Valley ISD');
  });

  it('reads a Maltese body\'s name with its article as one name that speaks, not a description ("The Kamra tal-Periti, the chamber of architects, urged")', () => {
    const text = 'The magistrate recommended that developer Matthew Grech Sant be charged. The Kamra tal-Periti, the chamber of architects, urged the public not to "prejudge individual professionals" before any criminal proceedings.';
    assert.equal(speakerOf(text, 'prejudge').speaker?.name, 'Kamra tal-Periti');
  });

  it('reads "Cde" as the Zimbabwean press\'s title, not part of the name ("Cde Blessing Matongo", "Cde Matongo told The Herald")', () => {
    const text = 'But ZANU-PF Harare provincial spokesperson Cde Blessing Matongo dismissed the claims. "The people of Harare did not vote for excuses," Cde Matongo told The Herald.';
    assert.equal(speakerOf(text, 'did not vote').speaker?.name, 'Blessing Matongo');
  });

  it('reads "Kgosi" as a chief\'s title, so that a pronoun finds the chief it belongs to ("Kgosi Mothusi Rakgomo II of Letlhakane")', () => {
    const text = 'Boteti West MP Goitseone Kebonang-Lowe said the town was suffering. Kgosi Mothusi Rakgomo II of Letlhakane said he had been approached by families. "Our people were told the diamonds would look after them," he said at a kgotla meeting.';
    assert.equal(speakerOf(text, 'Our people were told').speaker?.name, 'Mothusi Rakgomo II');
  });

  it('reads the titles of that press as titles and its participles and "submitted" as cues ("Comrade Ternenge Aba-Lawson … averring that")', () => {
    const text = 'But the state Chairman of the NUT, Comrade Ternenge Aba-Lawson, faulted the figures, averring that the union would not call off the action until "every kobo owed to our members is paid."\n\n'
      + '"The State has a heat action plan, and it is a fine document," Mr. Devashish Pattnaik-Fernandes submitted.';
    assert.equal(speakerOf(text, 'every kobo').speaker?.name, 'Ternenge Aba-Lawson');
    assert.equal(speakerOf(text, 'heat action plan').speaker?.name, 'Devashish Pattnaik-Fernandes');
  });

  it('reads "while speaking with journalists at …" as an aside, and a participle with "that" after a quotation as going on with its subject', () => {
    const text = 'The Commissioner for Information, Chief Msughter Iorhemen-Daniels, while speaking with journalists at the Government House, Makurdi, described the strike as "needless and politically motivated," insisting that the administration of Governor Aondona Ukpabi-Tersoo had paid 17 of the 26 months of arrears.';
    assert.equal(speakerOf(text, 'needless and politically').speaker?.name, 'Msughter Iorhemen-Daniels');
  });

  it('keeps "Sources close to the chancellor" as the speaker when an apposition names the chancellor', () => {
    const text = 'Sources close to the chancellor, Marcus Adeyemi-Ford, said the Treasury had “no appetite” for further health spending.';
    assert.equal(speakerOf(text, 'no appetite').speaker?.name, 'Sources close to the chancellor');
  });

  it('gives a verb after "and" the subject of the verb before, past that subject\'s apposition ("Its leader, Marcus Delacroix-Hale, travelled … and described")', () => {
    const text = 'The Civic Alliance now has three MPs. Its leader, Marcus Delacroix-Hale, travelled to the count and described the win as "the start of something".';
    assert.equal(speakerOf(text, 'the start of something').speaker?.name, 'Marcus Delacroix-Hale');
  });

  it('reads "the statement said" as the body that issued it, not the platform it was posted on ("a statement posted on X")', () => {
    const text = 'Oman\'s Foreign Ministry said in a statement posted on X that the release followed "intensive efforts" by Omani officials "in response to a request from the Danish government," '
      + 'and that Holmgaard had been handed over to Omani authorities. It did not say whether a ransom had been paid.\n\n'
      + 'The Danish ministry thanked Oman "for its tireless and discreet mediation."\n\n"We are relieved and grateful," the statement said.';
    assert.equal(speakerOf(text, 'We are relieved').speaker?.name, 'Foreign Ministry');
  });

  it('reads "the watchdog" as the body introduced as the regulator, even after a firm spoke ("regulator AMF")', () => {
    const text = 'French stock market regulator AMF has filed complaints against media giant Vivendi Universal. '
      + 'Vivendi has said it believes there is "no legal basis" for the complaints. The watchdog is said to believe the executive pair were party to "privileged information".';
    assert.equal(speakerOf(text, 'privileged information').speaker?.name, 'AMF');
  });

  it('reads "the group" as neither a paper ("the Tidewater Herald") nor where a post went ("on Facebook")', () => {
    const text = 'Harbour Workers United, a rank-and-file caucus, opposed the contract. The vote was close, according to the Tidewater Herald. The Tidewater Herald said turnout was high.\n\n'
      + 'In a post on Facebook late Tuesday, the group urged members to "stay organized".';
    assert.equal(speakerOf(text, 'stay organized').speaker?.name, 'Harbour Workers United');
  });

  it('reads "Her brother, who said" as the brother the article introduced by name, also after another calling and an age ("her tapper and older brother, Emre Aydın")', () => {
    const text = 'Vision-impaired swimmer Zeynep Aydın-Marsh qualified, guided through her turns by her tapper and older brother, Emre Aydın.\n\n“He’s been tapping me since I was 12,” Aydın-Marsh said.\n\n'
      + 'Her brother, who said he had “never been more nervous holding a pole”, described the race as the proudest moment of his life.';
    assert.equal(speakerOf(text, 'never been more nervous').speaker?.name, 'Emre Aydın');
  });

  it('reads "her husband says" as the husband the article introduced by name ("Her husband, Tom Mensah,")', () => {
    const text = 'Deirdre Mensah runs the bakery. Her husband, Tom Mensah, a retired teacher, helps out on Saturdays. "It is busy," she says.\n\n"It is always busy," her husband says.';
    assert.equal(speakerOf(text, 'It is always busy').speaker?.name, 'Tom Mensah');
  });

  it('reads "her mother says" after the daughter spoke as the one whose daughter she was introduced as ("Her daughter, Niamh,")', () => {
    const text = 'Deirdre O\'Callaghan runs the bakery on Market Place. Her daughter, Niamh, 24, is the one feeding the oven. '
      + '"I put her forward for a telly thing, and she said fine," Niamh says.\n\n"I did not agree," her mother says. "I said fine."';
    assert.equal(speakerOf(text, 'I did not agree').speaker?.name, "Deirdre O'Callaghan");
  });

  it('gives the last of a series of clauses opening with their verbs the pronoun opening the sentence ("He raised …, shared … and, in 2022, told")', () => {
    const text = 'Caspian Adeyemi-Rourke founded the firm. He raised £140 million from investors, shared conference stages with government ministers and, in 2022, '
      + 'told a podcast audience that Quaymark would "do for payroll what the smartphone did for the camera."';
    assert.equal(speakerOf(text, 'do for payroll').speaker?.name, 'Caspian Adeyemi-Rourke');
  });

  it('finds the subject of a relative clause past an opening adverbial ("In Norway, the newspaper Bergens Tidende, which first reported his death, described him as")', () => {
    const text = 'In Norway, the newspaper Bergens Tidende, which first reported his death, described him as "the quiet export who taught the English to pass".';
    assert.equal(speakerOf(text, 'the quiet export').speaker?.name, 'Bergens Tidende');
  });

  it('gives a verb after "and" the subject of the verb before, past two appositions ("The local MP, Callum Ferreira-Bates, the Liberal Democrat member for Marlbeck, raised … and said")', () => {
    const text = 'The local MP, Callum Ferreira-Bates, the Liberal Democrat member for Marlbeck, raised the figures in the House of Commons on Wednesday and said his constituents were “being failed by a building that is not fit for purpose”.';
    assert.equal(speakerOf(text, 'being failed').speaker?.name, 'Callum Ferreira-Bates');
  });

  it('reads the tabloids\' verbs and sources: "gushed", "blasted", "a pal of the winger said"', () => {
    const text = 'Aoife Reilly won £1m. Speaking at the hotel, Aoife Reilly gushed: "I honestly thought the app had glitched." A pal of the winner said: "She is thrilled."';
    assert.equal(speakerOf(text, 'app had glitched').speaker?.name, 'Aoife Reilly');
    assert.equal(speakerOf(text, 'She is thrilled').speaker?.name, 'A pal of the winner');
  });

  it('keeps a body\'s description and name, or where it is based, in an unnamed source ("a spokesman for the Stockport-based company")', () => {
    const based = speakerOf('But the installers, Padelworks Ltd, denied it. "Our customers are told clearly," a spokesman for the Stockport-based company said.', 'told clearly');
    assert.equal(based.speaker?.name, 'a spokesman for the Stockport-based company');
    assert.equal(organizationName(based), 'Padelworks Ltd');
    const named = speakerOf('A spokesman for motoring campaign group DriveFair UK said bus gates had become “the new speed trap”.', 'speed trap');
    assert.equal(named.speaker?.name, 'A spokesman for motoring campaign group DriveFair UK');
    assert.equal(organizationName(named), 'DriveFair UK');
  });

  it('keeps a place of several words inside an unnamed source ("A member of the New Zealand support staff")', () => {
    const text = 'The hosts lost. A member of the New Zealand support staff, who was not authorised to speak publicly, said the early signs were "better than we feared".';
    assert.equal(speakerOf(text, 'better than we feared').speaker?.name, 'A member of the New Zealand support staff');
  });

  it('keeps relatives, neighbours, callers and dispatchers as unnamed sources ("the niece", "The dispatcher"), and "she" after "the niece" as her', () => {
    const niece = 'Filomena Tavares Lopes, 81, died in the fire. A niece of Tavares Lopes stopped by.\n\n“She raised half of us in that house,” the niece told WPRI 12.\n\n'
      + 'Speaking of the grandson, she added: “He was trying to get to her.”';
    assert.equal(speakerOf(niece, 'raised half of us').speaker?.name, 'the niece');
    assert.equal(speakerOf(niece, 'trying to get to her').speaker?.name, 'the niece');
    const call = 'In a recording of a 911 call, a woman can be heard telling a dispatcher: “There’s an old lady on the first floor.” The dispatcher replies, “They’re on the way, ma’am.”';
    assert.equal(speakerOf(call, 'on the way').speaker?.name, 'The dispatcher');
  });

  it('reads ", writing that", ", writing in a post on X:" and ", writing in a follow-up:" as cues, but not "in writing"', () => {
    const text = 'Karpenia denied it overnight. Ministry spokeswoman Zarina Abdullayeva went further in a post on X, writing that Ostrevia "should look for the culprits at home."';
    assert.equal(speakerOf(text, 'culprits at home').speaker?.name, 'Zarina Abdullayeva');
    const noun = 'Zarina Abdullayeva asked for the complaint in writing "as soon as possible", officials said.';
    assert.equal(speakerOf(noun, 'as soon as possible').speaker?.name, 'officials');
    const post = 'Hollinford MP Caoimhe Ní Bhriain waded into the row last night, writing in a post on X: “I have asked the council for an urgent review.”';
    assert.equal(speakerOf(post, 'urgent review').speaker?.name, 'Caoimhe Ní Bhriain');
    const followUp = 'Efua Sarpong-Kimani deleted her post after AFP contacted her, writing in a follow-up: “I got this one wrong. The floods were real.”';
    assert.equal(speakerOf(followUp, 'I got this one wrong').speaker?.name, 'Efua Sarpong-Kimani');
  });

  it('does not give "Asked about those comments, she said" to whoever made the comments', () => {
    const text = 'Sarvistan’s chief negotiator, Deputy Foreign Minister Nilufar Ashurova, told Al Jazeera that any pullback “has to be simultaneous”.\n\n'
      + 'Her Kelmarian counterpart, Foreign Minister Irakli Vashadze-Moroz, told reporters that it was “a technical matter”.\n\n'
      + 'Asked about those comments, she said: “We have heard about technical matters before.”';
    assert.equal(speakerOf(text, 'We have heard').speaker?.name, 'Nilufar Ashurova');
  });

  it('lets a possessive opening the sentence ("Nazarov\'s speech had a sharper edge") take the floor from the previous speaker', () => {
    const text = 'Rustam Nazarov won the prize. The festival\'s artistic director, Gianluca Sanna-Ferretti, defended the lineup.\n\n'
      + '"Costa Nera has always been a home for films that take their time," Sanna-Ferretti said in a statement.\n\n'
      + 'Nazarov\'s speech had a sharper edge. In an interview with Variety, he said the film had been financed by what he called "the credit cards of everyone I have ever met."';
    assert.equal(speakerOf(text, 'credit cards').speaker?.name, 'Rustam Nazarov');
    const object = 'Mr Knapman said he admired Mr Blair\'s leadership. "He is a fine man," he said.';
    assert.notEqual(speakerOf(object, 'fine man').speaker?.name, 'Blair');
  });

  it('does not give a quotation to a new subject after "and" (a name or a pronoun) whose verb reports more, but does to an attribution ending the sentence', () => {
    const guardian = 'Early readers have been generous. The Guardian called it "a cathedral of a book," and Femke Oudshoorn, her editor, said the manuscript arrived "like a weather front".';
    assert.equal(speakerOf(guardian, 'cathedral').speaker?.name, 'Guardian');
    const short = 'Clare Short spoke on Monday. The US was "very bad at coordinating with anyone" and India had its own problems, Ms Short said.';
    assert.equal(speakerOf(short, 'very bad').speaker?.name, 'Clare Short');
    const pronoun = 'Airlines grounded jets powered by the Tarrant Propulsion engine. Tarrant, the Cincinnati-based engine maker, said last week that a blade showed '
      + '"indications consistent with metal fatigue," and it has urged operators to step up inspections.';
    assert.equal(speakerOf(pronoun, 'metal fatigue').speaker?.mention?.text, 'Tarrant');
  });

  it('takes up a source introduced as "less guarded" with "the source"', () => {
    const text = 'She wrote that it was early. A senior NUP source was less guarded. "It\'s grim," the source told the BBC.';
    assert.equal(speakerOf(text, 'grim').speaker?.name, 'A senior NUP source');
  });

  it('reads past where someone spoke, with a clause of its own, to the subject ("The Taoiseach, speaking in Brussels, where …, said")', () => {
    const text = 'The Taoiseach, speaking in Brussels, where he was attending a meeting of the European Council, said he would not “pre-empt the work of an independent body”.';
    assert.equal(speakerOf(text, 'pre-empt').speaker?.name, 'The Taoiseach');
  });

  it('gives a quotation in what someone said others believed to whoever said it ("X said investigators believed")', () => {
    const fbi = 'A senior FBI official, who briefed reporters on the condition of anonymity, said investigators believed the hackers had seen metadata for "well over a million" subscribers.';
    assert.equal(speakerOf(fbi, 'well over a million').speaker?.name, 'A senior FBI official');
    const lawyer = 'His lawyer, Antony Townsden, told the BBC News website it was a laughable suggestion and added: "He was living on welfare."';
    assert.equal(speakerOf(lawyer, 'living on welfare').speaker?.name, 'Antony Townsden');
  });

  it('gives "the company said" to a firm typed by its product when the firm speaks ("the Sablewood model" … "Sablewood said")', () => {
    const text = 'Users of the Sablewood model complained. Sablewood said the model was safe.\n\nThe system passed every test, with what the company called “zero critical findings.”';
    assert.equal(speakerOf(text, 'zero critical findings').speaker?.name, 'Sablewood');
  });

  it('resolves "she" by the honorific the article uses', () => {
    const text = 'Ms Jowell met Mr Pound on Monday. Mr Pound left early. "We have a good track record," she said.';
    const { speaker } = speakerOf(text, 'track record');
    assert.equal(speaker?.mention?.text, 'she');
    assert.match(speaker?.name ?? '', /Jowell/);
  });

  it('resolves "he" to the subject of the sentence before, not the last person it mentions', () => {
    const text = 'But Larne boss Jimmy McGeough has yet to confirm that Weir is on his way. "I heard on Sunday that he has joined Sunderland," he said.';
    assert.equal(speakerOf(text, 'I heard on Sunday').speaker?.name, 'Jimmy McGeough');
  });

  it('does not take a person named in the possessive for the subject ("Wenger\'s Bayern counterpart Felix Magath")', () => {
    const text = '"This was a bad night," Arsene Wenger said. But Wenger\'s Bayern counterpart Felix Magath was in no mood to celebrate either. He said: "I am far from happy despite the win."';
    assert.equal(speakerOf(text, 'far from happy').speaker?.name, 'Felix Magath');
  });

  it('lets "he" keep to the one a pronoun already means when the sentence before reports his words about someone else', () => {
    const text = 'Peter Nielson, who is UKIP Scotland chairman, said he had suspended Mr Houston on Friday night. "He will remain suspended while the matter is investigated." He said that any evidence would be looked into and Mr Houston may be interviewed by the party. He added: "I can\'t comment too much at the moment."';
    assert.equal(speakerOf(text, "can't comment").speaker?.name, 'Peter Nielson');
    const stuart = 'Norwich boss Nigel Worthington said: "He is a good player." Graham Stuart has top-flight experience. He joins Norwich second from bottom, but Stuart is confident about the future. "I\'ve been very impressed with the facilities here," he said.';
    assert.equal(speakerOf(stuart, 'very impressed').speaker?.name, 'Graham Stuart');
  });

  it('gives "he" to the person who can take the floor when the nearer one is named after a preposition', () => {
    const text = 'Boss Graeme Souness felt Newcastle were never in danger of going out.\n\nAn early own goal followed by an Alan Shearer strike earned them a 2-1 win. "Obviously winning the first leg gave us a great advantage," he said.';
    assert.equal(speakerOf(text, 'great advantage').speaker?.name, 'Graeme Souness');
  });

  it('reads "they" as a body named since the previous quotation', () => {
    const text = 'The decision follows a "tough meeting", party sources told the BBC. The bill is expected to be opposed by the Liberal Democrats.\n\nThey have said the scheme is "deeply flawed" and a waste of money.';
    assert.equal(speakerOf(text, 'deeply flawed').speaker?.name, 'Liberal Democrats');
  });

  it('does not take the verb of a relative clause on the quoted words for their attribution', () => {
    const meeting = speakerOf('The decision follows a "tough meeting" where some senior Tories argued vociferously against the move, party sources told the BBC.', 'tough meeting');
    assert.equal(meeting.speaker?.name, 'party sources');
    const wills = speakerOf('The bill would give legal force to "living wills", where people say they want treatment withheld.', 'living wills');
    assert.equal(wills.speaker, null);
    const deceit = speakerOf('Earlier, Mr Howard said it was wrong. There was "deceit at the heart of government" which was not limited to the visa affair, he argued.', 'deceit');
    assert.equal(deceit.speaker?.name, 'Howard');
  });

  it('gives a participle the name opening its sentence, not the whole clause ("The Justice Department filed a statement …, writing that")', () => {
    const text = 'The Justice Department filed a statement of interest in the case in 2023, writing that information exchanges "can harm workers just as surely."';
    assert.equal(speakerOf(text, 'harm workers').speaker?.name, 'Justice Department');
  });

  it('gives words dated to a past year ("she told The New York Times in 1998", "as he once put it") to the subject of an obituary, unless someone was named since the last quotation', () => {
    const obituary = 'Ottilie van Rensburg, an astronomer, died on Sunday. Dr. van Rensburg found faint galaxies. Her daughter, Annelie Castillo, said the cause was heart failure. '
      + 'Dr. van Rensburg joined Kitt Peak in 1966. One senior colleague, Fiona MacAuley, called the objects “Ottilie’s thumbprints.”\n\n'
      + '“People assumed I’d smudged my own plates,” she told The New York Times in 1998.';
    assert.equal(speakerOf(obituary, 'smudged my own plates').speaker?.name, 'Ottilie van Rensburg');
    const named = 'Wilf Kearsey runs the store. “It is quiet,” Wilf said. Wilf\'s father, Alphonse Kearsey, refused to go. "They told us the future was in the growth centres," he told CBC in 1992.';
    assert.equal(speakerOf(named, 'growth centres').speaker?.name, 'Alphonse Kearsey');
    const once = 'Clement Kwabena Abernathy-Osei, a saxophonist, has died at 88. Clement played in Lagos and Accra before moving to London. "He never stopped playing," said his son, Victor. '
      + 'The family moved to Copenhagen in the 1980s. As he once put it, "Copenhagen gave me a winter coat and a wife, in that order."';
    assert.equal(speakerOf(once, 'winter coat').speaker?.name, 'Clement Kwabena Abernathy-Osei');
  });

  it('takes the person an apposition names before where they work ("His agent, Tobias Lindqvist-Amadi of Crestline Sports Management, insisted")', () => {
    const text = 'Kwame Boateng plays for the Reds. His agent, Tobias Lindqvist-Amadi of Crestline Sports Management, insisted the star had been "badly let down" by the firm.';
    assert.equal(speakerOf(text, 'badly let down').speaker?.name, 'Tobias Lindqvist-Amadi');
  });

  it('reads "The saxophonist Yusuf al-Rashidi" as a name after a calling, not a description of the person in focus', () => {
    const text = 'Clement Abernathy-Osei recorded Lagoon Hymns in 1975. The saxophonist Yusuf al-Rashidi, who recorded an album with him, wrote in a post on Instagram that Clement "taught me that a ballad is a promise."';
    assert.equal(speakerOf(text, 'ballad is a promise').speaker?.name, 'Yusuf al-Rashidi');
  });

  it('finds a name with a particle before its apposition and a relative clause ("Yusuf al-Khatib, a portfolio manager at X, which owns Y shares, said")', () => {
    const text = 'Yusuf al-Khatib, a portfolio manager at Kettering Ridge Advisors, which owns Tallowmere shares, said the industry was going through "a structural adjustment."';
    assert.equal(speakerOf(text, 'structural adjustment').speaker?.name, 'Yusuf al-Khatib');
  });

  it('reads "mocked X as the man who "…"" and cuts a relative clause off an inverted speaker ("said Clapton who joined Guy")', () => {
    const mocked = speakerOf('Introducing the band, Bruce Springsteen mocked Bono as the man who "single-handedly pioneered the Irish mullet".', 'Irish mullet');
    assert.equal(mocked.speaker?.name, 'Bruce Springsteen');
    const clapton = speakerOf('Eric Clapton introduced Buddy Guy. "My course was set and he was my pilot," said Clapton who joined Guy and BB King on stage.', 'my pilot');
    assert.equal(clapton.speaker?.name, 'Eric Clapton');
  });

  it('reads verbs that cast something "as" the quoted words, and "citing" a quoted reason, as cues before the quotation', () => {
    const cast = speakerOf('Democrat Renata Holloway, a former two-term mayor of Wichita, cast her Republican opponent, state Sen. Curtis Vandermolen of Olathe, as a "Topeka insider" who would drag the state back into crisis.', 'Topeka insider');
    assert.equal(cast.speaker?.name, 'Renata Holloway');
    const refers = speakerOf('His creator, Richard Bowden, a lecturer at the University of Surrey, refers to Jeremiah as "him", rather than it.', 'him');
    assert.equal(refers.speaker?.name, 'Richard Bowden');
    const citing = speakerOf('Holmwood University cancelled a talk by a visiting historian on Monday, citing "security concerns".', 'security concerns');
    assert.equal(citing.speaker?.name, 'Holmwood University');
    // Without "as", or with the quotation inside what is cited, nobody is quoted.
    assert.equal(speakerOf('Voters in Wichita cast "protest" ballots for Renata Holloway.', 'protest').speaker, null);
    assert.equal(speakerOf('Martin Bashir refused to answer, citing a California "shield" law for journalists.', 'shield').speaker, null);
  });

  it('reads the subject of a clause after a semicolon, the leader of "X and her colleagues", and stops a body\'s spokesperson before a verb', () => {
    const semicolon = speakerOf('When the team grew bacteria in low doses of the drug for 30 days, none arose; the authors write that resistance was "undetectable under the conditions we tested".', 'undetectable');
    assert.equal(semicolon.speaker?.name, 'the authors');
    const colleagues = speakerOf('In the paper, Signe Kjærgaard-Osei and her colleagues write that night work should be regarded as "a modifiable occupational exposure".', 'modifiable');
    assert.equal(colleagues.speaker?.name, 'Signe Kjærgaard-Osei');
    const spokesperson = speakerOf('The spokesperson for Helmsgate disputed that account, saying the company had "no record" of any defect report.', 'no record');
    assert.equal(spokesperson.speaker?.name, 'The spokesperson for Helmsgate');
  });

  it('reads a star\'s "rep" and a survey\'s "respondent" as unnamed sources', () => {
    assert.equal(speakerOf('A rep for the star said: "Kenzie and Rafe are focused on their wedding and on their families."', 'focused on their wedding').speaker?.name, 'A rep for the star');
    const respondent = speakerOf('One respondent, a staff nurse on an acute medical ward in the North West, wrote: "I had 14 patients and a healthcare assistant."', '14 patients');
    assert.equal(respondent.speaker?.name, 'One respondent');
  });

  it('goes on with an unnamed physician or surgeon as "he", past a doctor the article named before', () => {
    const text = 'Dr. Adebayo Okonkwo-Reyes, the hospital\'s only surgeon, says the change worries him. "It is hard," he says.\n\n'
      + 'An emergency physician at Mercy Pines, who asked not to be named because he was not authorized to speak, says the department has run drills. "We can do it," he says.';
    assert.match(speakerOf(text, 'We can do it').speaker?.name ?? '', /^An emergency physician/);
  });

  it('gives "the statement" to the one who signed it, named after their title ("a statement signed by the Chief Press Secretary to the Governor, Mrs X")', () => {
    const text = 'The governor sacked five commissioners on Monday. This was contained in a statement signed by the Chief Press Secretary to the Governor, Mrs Folasade Quadri-Edwards, and made available to journalists in Abeokuta.\n\n'
      + '"The reshuffle is part of the governor\'s resolve to inject fresh energy," the statement added.';
    assert.equal(speakerOf(text, 'fresh energy').speaker?.name, 'Folasade Quadri-Edwards');
    // "the statement" taken up again in between still names it.
    const takenUp = text.replace('\n\n', '\n\nAccording to the statement, the affected commissioners were those in charge of finance and health.\n\n');
    assert.equal(speakerOf(takenUp, 'fresh energy').speaker?.name, 'Folasade Quadri-Edwards');
  });

  it('reads "the company" as the body an apposition called a company, before the ones named since ("X, a Nashville-based company that runs …")', () => {
    const text = 'Mercy Pines Hospital is owned by Cardinal Ridge Health, a Nashville-based company that runs 11 small hospitals. The company says its staff have been trained to "stabilize and transfer" women.';
    assert.equal(speakerOf(text, 'stabilize').speaker?.name, 'Cardinal Ridge Health');
  });

  it('keeps "he" with the speaker a sentence opened with "He pointed to …", past a name in its object', () => {
    const text = 'Mateus Okonjo-Lindahl, a professor of nursing, said the figures were alarming. "We know what causes the avoidable deaths," he said.\n\n'
      + 'He pointed to a 2021 study led by a former colleague, Dr Oskar Feldmann, which linked each additional patient per nurse to a rise in mortality. "The link is as strong as anything we have," he added.';
    assert.equal(speakerOf(text, 'as strong as anything').speaker?.name, 'Mateus Okonjo-Lindahl');
  });

  it('reads a title in apposition to a work as nobody\'s words ("in a preprint, "Steady-state H-mode operation …," posted on arXiv")', () => {
    const text = 'Thaleron has described its results in a preprint, “Steady-state H-mode operation in a compact high-field spherical tokamak,” posted on arXiv on Tuesday.';
    assert.equal(speakerOf(text, 'Steady-state').speaker, null);
  });

  it('lets a description with no one in the article to stand for speak as written ("The advert described …", "the firms said")', () => {
    assert.equal(speakerOf('Fans are also asking the channel to pick it up. The advert described the franchise as a "cultural icon".', 'cultural icon').speaker?.name, 'The advert');
    assert.equal(speakerOf('In a joint statement the firms said they wanted to let consumers enjoy "appropriately licensed video and music on any device".', 'appropriately').speaker?.name, 'the firms');
  });

  it('gives a "who said" clause on an apposition to the one the apposition describes ("Curtis Guidry, 67, a retired shrimper who said")', () => {
    const text = 'More than 600 people spent the night at a shelter. Among them was Curtis Guidry, 67, a retired shrimper who said he had ridden out "every storm since Betsy".';
    assert.equal(speakerOf(text, 'every storm').speaker?.name, 'Curtis Guidry');
  });

  it('reads a plural possessive as a possessive too ("Holmes\' presence")', () => {
    const text = 'Jones added: "She was pleased with her run." And he admitted Kelly Holmes\' presence would be a great boost to the team. "She is a very good team member," he said. Max Jones is the team\'s performance director.';
    const jones = 'Max Jones said so. ' + text;
    assert.equal(speakerOf(jones, 'very good team member').speaker?.name, 'Max Jones');
  });

  it('tells people who share a surname apart: "Murray" is the one the paragraph named, else the main one', () => {
    const text = [
      'Andy Murray says he is "not ready" to retire.',
      '"Andy is one of the greatest competitors I have ever faced," Novak Djokovic said.',
      'Murray, who has had hip surgery twice, said he would decide after Wimbledon. "My body feels good," he told BBC Sport.',
      'His mother Judy Murray said she was "so proud" of her son.',
      'Tim Henman believes Murray can still win. "He has the experience," Henman said.',
    ].join('\n\n');
    const { speaker, analysis } = speakerOf(text, 'My body feels good');
    assert.equal(speaker?.name, 'Andy Murray');
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'Andy Murray')?.mentions.map((mention) => mention.start),
      [text.indexOf('Andy Murray'), text.indexOf('Murray, who'), text.lastIndexOf('Murray can')].concat(analysis.entities.find((entity) => entity.name === 'Andy Murray')?.mentions.length === 4 ? [text.indexOf('Andy is')] : []).sort((a, b) => a - b));
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'Judy Murray')?.mentions.length, 1);
  });

  it('gives a participle the subject of the verb before it', () => {
    const text = 'Gerry Conlon said Mr Blair had spoken with "such sincerity", adding: "He went beyond what we thought he would."';
    assert.equal(speakerOf(text, 'He went beyond').speaker?.name, 'Gerry Conlon');
  });

  it('never takes "the newspaper" for the person in focus', () => {
    const text = 'Prince Saud Al-Faisal said the ministry had difficulty hiring women. The newspaper said many Saudi women found his explanation "a pitiful excuse".';
    const { speaker } = speakerOf(text, 'pitiful excuse');
    assert.equal(speaker?.name, 'The newspaper');
    assert.equal(speaker?.unnamed, true);
  });

  it('reads a description that names a band as the person in focus ("the Black Sabbath singer")', () => {
    const text = 'Ozzy Osbourne has said he will not make more episodes. "At the end of it I didn\'t like having cameras around the house all the time," the Black Sabbath singer told reporters.';
    const { speaker } = speakerOf(text, 'cameras around');
    assert.equal(speaker?.name, 'Ozzy Osbourne');
    assert.equal(speaker?.mention?.text, 'the Black Sabbath singer');
  });

  it('keeps the affiliation after an inverted name out of the speaker ("said Ian Hunter at Goodbody Stockbrokers")', () => {
    const text = 'Elan shares fell 70%. "Most of the value in the company was in Tysabri," said Ian Hunter at Goodbody Stockbrokers in Dublin.';
    assert.equal(speakerOf(text, 'Tysabri').speaker?.name, 'Ian Hunter');
  });

  it('reads verbs of advocacy with a partial quotation, past "has been publicly" and an apposition', () => {
    const text = 'Emil Michael, the Pentagon’s chief technology officer and former Uber executive, has been publicly campaigning for Anthropic to “cross the Rubicon” and agree.';
    assert.equal(speakerOf(text, 'cross the Rubicon').speaker?.name, 'Emil Michael');
    const group = 'Defense officials have already threatened to take punitive measures, including designating the company as a “supply chain risk.”';
    assert.equal(speakerOf(group, 'supply chain risk').speaker?.name, 'Defense officials');
  });

  it('gives a participle after a long clause the clause\'s subject, and never makes a place in it the speaker', () => {
    const text = 'Michael Howard is to make a pitch for Britain\'s ethnic vote urging people who feel "taken for granted" by Labour to back him.';
    assert.equal(speakerOf(text, 'taken for granted').speaker?.name, 'Michael Howard');
  });

  it('lets a place speak for its government when it is the whole subject', () => {
    assert.equal(speakerOf('Tensions rose over the island. "We will not accept this," Beijing said.', 'not accept').speaker?.name, 'Beijing');
  });

  it('reads the inverted "said Mr Smith" and "said the spokesperson"', () => {
    assert.equal(speakerOf('"We\'re delighted," said Arsenal manager Arsene Wenger.', 'delighted').speaker?.name, 'Arsene Wenger');
    assert.equal(speakerOf('Shell denied it. "We have done nothing wrong," said the spokesperson.', 'nothing wrong').speaker?.name, 'the spokesperson');
  });

  it('reads "X told BBC Radio 4\'s Today programme:" and keeps the outlet out of the speaker', () => {
    const { speaker, analysis } = speakerOf('Home Secretary Charles Clarke spoke. He told BBC Radio 4\'s Today programme: "There is no question of that."', 'no question');
    assert.equal(speaker?.name, 'Charles Clarke');
    assert.deepEqual(analysis.outlets, ['BBC Radio 4']);
  });

  it('takes the outlet as the speaker of "according to the Washington Post"', () => {
    const { speaker } = speakerOf('The talks failed. "It is over," according to the Washington Post.', 'It is over');
    assert.equal(speaker?.name, 'Washington Post');
    assert.equal(speaker?.method, 'according-to');
  });

  it('reads "Speaking to Parliament …, Mr Clarke said:"', () => {
    const { speaker } = speakerOf('Charles Clarke faced MPs. Speaking to Parliament on Monday, Mr Clarke said: "I will be asking Parliament to renew this legislation."', 'renew');
    assert.equal(speaker?.name, 'Charles Clarke');
  });
  it('looks past an age between the name and its apposition ("Robert Jackson, 58, MP for Wantage, said")', () => {
    const { speaker } = speakerOf('Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned with the party\'s "dangerous" views on Europe.', 'dangerous');
    assert.equal(speaker?.name, 'Robert Jackson');
  });

  it('keeps "he" on the previous speaker when a person named since is only a possessive', () => {
    const text = 'In a letter Robert Jackson wrote: "It is in the country\'s best interest." While saying he admired Mr Blair\'s leadership, he criticised the party. '
      + '"The Conservative Party\'s hostility to Europe has now hardened," he wrote.';
    assert.equal(speakerOf(text, 'hostility to Europe').speaker?.name, 'Robert Jackson');
  });

  it('reads the words before a capitalised title as a portfolio, so the apposition names the speaker', () => {
    const text = 'The EU\'s Humanitarian Aid Commissioner, Louis Michel, was quoted as saying that it was key to bring aid "in those vital hours".';
    const { speaker, analysis } = speakerOf(text, 'vital hours');
    assert.equal(speaker?.name, 'Louis Michel');
    assert.equal(analysis.entities.find((entity) => entity.name === 'Humanitarian Aid')?.type, 'organization');
  });

  it('reads a bare plural source with its firm after an inverted verb ("wrote analysts from Citigroup")', () => {
    const { speaker, analysis } = speakerOf('"While not common, cancellations are not unusual," wrote analysts from Citigroup Smith Barney in a note to clients on Friday.', 'not common');
    assert.equal(speaker?.name, 'analysts from Citigroup Smith Barney');
    assert.equal(organizationName({ speaker, analysis }), 'Citigroup Smith Barney');
  });

  it('reads an inverted attribution after the clause that holds a partial quotation', () => {
    const text = 'Given the expense of building a ship, "slowing supply growth" is a certainty, said David Anders at Merrill Lynch on Thursday.';
    assert.equal(speakerOf(text, 'slowing supply growth').speaker?.name, 'David Anders');
  });

  it('reads "the prime minister\'s office" as a source of its own, not the prime minister', () => {
    const text = 'Prime Minister Ephraim Inoni vowed to act. The prime minister\'s office said auditors had found "irregularities in the career structure".';
    assert.equal(speakerOf(text, 'irregularities').speaker?.name, 'The prime minister\'s office');
  });

  it('gives "he" to an unnamed source who spoke in the sentence before without a quotation', () => {
    const text = 'Eve Trew said: "It is very sad." But a spokesman for the English National Ballet told BBC News that a quarter of its dancers were British. '
      + 'He said competition at open auditions in London was "fierce".';
    assert.equal(speakerOf(text, 'fierce').speaker?.name, 'a spokesman for the English National Ballet');
  });

  it('reads a capitalised office ("The Foreign Secretary") as the person in focus', () => {
    const text = 'In a speech Mr Straw said of the Tory leader: "He is clever." The Foreign Secretary told the BBC: "I was making the observation."';
    assert.equal(speakerOf(text, 'making the observation').speaker?.name, 'Straw');
  });

  it('reads a verb of judgement that quotes its object, before the quotation only', () => {
    assert.equal(speakerOf('The Treasury dismissed the research as "complete rubbish".', 'complete rubbish').speaker?.name, 'Treasury');
    assert.equal(speakerOf('It would let the Pentagon use its model for "all lawful purposes," the same terms that Anthropic rejected.', 'all lawful purposes').speaker, null);
  });

  it('gives words in Title Case inside a sentence no speaker, a title or a name, while the speaker keeps the floor', () => {
    const text = 'Pellucid calls the feature "Look and Ask," a spokesman said. "It works well."';
    assert.equal(speakerOf(text, 'Look and Ask').speaker, null);
    assert.equal(speakerOf(text, 'It works well').speaker?.name, 'a spokesman');
    assert.equal(speakerOf('The RBA will publish its quarterly "Statement on Monetary Policy" on Friday.', 'Statement on Monetary').speaker, null);
  });

  it('reads "shot back", "retorted", "quipped" and "signalled" as cues, so two speakers can trade lines', () => {
    const text = 'Councilmember Owen Pritchard said data could leave. "Once that data leaves this building, we don\'t control it," he said. '
      + '"It doesn\'t leave this building," Teresa Valdez-Whitfield shot back. "Contracts get amended," Pritchard retorted.';
    assert.equal(speakerOf(text, "It doesn't leave").speaker?.name, 'Teresa Valdez-Whitfield');
    assert.equal(speakerOf(text, 'Contracts get amended').speaker?.name, 'Owen Pritchard');
    assert.equal(speakerOf('The Reserve Bank of Australia cut rates but signalled it was in "no hurry" to ease again.', 'no hurry').speaker?.name, 'Reserve Bank of Australia');
  });

  it('reads a paragraph ending "She said:" as the attribution of the quotation set as the next paragraph', () => {
    const text = 'A CISA spokesperson said the agency was "aware of the incident."\n\nDr. Anita Sorensen told reporters that no patient had been harmed. She said:\n\n"We have moved to downtime procedures."';
    assert.equal(speakerOf(text, 'downtime procedures').speaker?.name, 'Anita Sorensen');
  });

  it('reads "X was blunter:" past an aside between dashes, also when the quotation is set as the next paragraph', () => {
    const text = 'Halcyon Labs said it would comply.\n\nFlashback: Speaking at Web Summit in Lisbon in November — weeks before the complaints began piling up — Priya Raghunathan was blunter:\n\n“Europe keeps telling us it wants trust.”';
    assert.equal(speakerOf(text, 'Europe keeps telling').speaker?.name, 'Priya Raghunathan');
  });

  it('reads "the statement said" as the author of the statement the article named last', () => {
    const text = 'The decision was unanimous, the RBA said in a statement. "The Board judges that inflation is within the band," the statement said.';
    assert.equal(speakerOf(text, 'The Board judges').speaker?.name, 'RBA');
    const from = 'Earlier, a statement from Microsoft welcomed the vote. "We respect the council," the statement said.';
    assert.equal(speakerOf(from, 'We respect the council').speaker?.name, 'Microsoft');
    const issued = 'The statement, issued by the Ashdene Faith Forum on behalf of 14 faith leaders, was read aloud on Monday.\n\n“We speak today with one voice,” the statement said.';
    assert.equal(speakerOf(issued, 'one voice').speaker?.name, 'Ashdene Faith Forum');
  });

  it('reads past a wire dateline ("SYDNEY, Feb 17 (Reuters) -") to the sentence\'s own subject', () => {
    const text = 'RBA cuts rates\n\nSYDNEY, Feb 17 (Reuters) - The Reserve Bank of Australia (RBA) cut its cash rate on Tuesday, its first move in six months, but signalled it was in "no hurry" to ease again.';
    assert.equal(speakerOf(text, 'no hurry').speaker?.name, 'Reserve Bank of Australia');
  });

  it('reads "a BBC statement read" as an attribution to the BBC, but not "he read the book"', () => {
    const text = '"The performer had been asked to tone his act down," a BBC statement read. "His gestures had gone too far."';
    assert.equal(speakerOf(text, 'tone his act down').speaker?.name, 'BBC');
    assert.equal(speakerOf(text, 'gone too far').speaker?.name, 'BBC');
    assert.equal(speakerOf('"War and Peace" was long, Mr Brown read in the paper.', 'War and Peace').speaker, null);
  });

  it('reads "X was blunter." as the attribution of the quotation after it', () => {
    const text = 'One senior government source said the plan was fine. Another No 10 source was blunter. "If we don\'t do this, there is no budget worth the name."';
    assert.equal(speakerOf(text, 'no budget worth').speaker?.name, 'Another No 10 source');
  });

  it('reads "they" as an unnamed group reported in the sentence before, when it opens that sentence', () => {
    const text = 'Dr Ana Ruiz of Rush University Medical Center urged caution. The authors acknowledged the limitation. "Longer-term data are needed," they wrote.';
    assert.equal(speakerOf(text, 'Longer-term data').speaker?.name, 'The authors');
    const relative = 'The bill, which ministers claim will tackle crime, is opposed by the Liberal Democrats. They have said the scheme is "deeply flawed".';
    assert.equal(speakerOf(relative, 'deeply flawed').speaker?.name, 'Liberal Democrats');
  });

  it('reads thanking and interjecting as cues, and an engineer or a delegate as an unnamed source', () => {
    assert.equal(speakerOf('Keane frontman Tom Chaplin thanked fans for enduring "rubbish gigs".', 'rubbish gigs').speaker?.name, 'Tom Chaplin');
    const exchange = '"Threatened is a strong word," Seydou Kanoute said. "Reminded," Nadia al-Tazi interjected.';
    assert.equal(speakerOf(exchange, 'Reminded').speaker?.name, 'Nadia al-Tazi');
    const delegate = 'Nadia al-Tazi signed. A second delegate, from one of the Sahel states, was more optimistic. "Two days ago I would have bet against this," the delegate said.';
    assert.equal(speakerOf(delegate, 'Two days ago').speaker?.name, 'the delegate');
  });

  it('reads apologising, asserting, highlighting, defending and accepting as verbs that quote their object', () => {
    assert.equal(speakerOf('Leslie Grantham was filmed. He apologised for his "deplorable actions".', 'deplorable actions').speaker?.name, 'Leslie Grantham');
    assert.equal(speakerOf('UKIP asserts that Mr Hockney "has a moral obligation" to stand down.', 'moral obligation').speaker?.name, 'UKIP');
    assert.equal(speakerOf('Tory leader Michael Howard accepted his decision "with regret".', 'with regret').speaker?.name, 'Michael Howard');
    assert.equal(speakerOf('The committee also highlighted "deeply worrying" cases.', 'deeply worrying').speaker?.name, 'The committee');
  });

  it('gives a participle after "with" its own subject ("with finance minister Hans Eichel saying")', () => {
    const text = 'Berlin welcomed the decision, with finance minister Hans Eichel saying the policy was "on the right track".';
    assert.equal(speakerOf(text, 'right track').speaker?.name, 'Hans Eichel');
  });

  it('reads only a verb of speech as the attribution after a quotation that ends its sentence', () => {
    const text = 'Vincent Cable said: "Last week was bad. "There are serious challenges ahead." Mr Brown rejected the call to open the books.';
    assert.equal(speakerOf(text, 'serious challenges').speaker?.name, 'Vincent Cable');
  });

  it('gives a quotation opening the sentence after someone\'s reported speech to them, not to the previous speaker', () => {
    const text = 'David Davis said children were denied sport. "It is a scandal," he said. Shadow sports minister Lord Moynihan said the policy would help clubs. '
      + '"We aim to shift the emphasis away from our overstretched teachers."';
    assert.equal(speakerOf(text, 'We aim to shift').speaker?.name, 'Moynihan');
  });

  it('gives a quotation opening a paragraph to the reported speech that ends the paragraph before', () => {
    const text = 'The catastrophe was overshadowing the hopes for the future at this usually positive time of the year, Mr Howard said.\n\n'
      + '"We watched the scenes of destruction with a sense of disbelief."';
    assert.equal(speakerOf(text, 'We watched the scenes').speaker?.name, 'Howard');
    const gates = 'Mr Gates said that a lot of work had been done in the last year to sort out usability issues.\n\n'
      + '"We predicted at the beginning of the decade that the digital approach would be taken for granted."';
    assert.equal(speakerOf(gates, 'We predicted').speaker?.name, 'Gates');
  });

  it('does not carry a quotation over a paragraph break to a loose "they" in the paragraph before', () => {
    const text = 'Activcard is one of the many companies, like RSA Security, which has been trying to come up with just that. '
      + 'Steve Ash, from Activcard, told the BBC News website there are two parts to the process. The most difficult is to ascertain whether an individual is who they say they are when they are online.\n\n'
      + '"The end solution is to provide a method where you combine something the user knows with something they have."';
    assert.equal(speakerOf(text, 'The end solution').speaker, null);
  });

  it('does not take a person named in an aside ("despite having …") for the subject "he" refers to', () => {
    const text = 'Ireland, despite having Gordon D\'Arcy still out injured, have been boosted by the return of star skipper Brian O\'Driscoll who missed the Scotland game. '
      + '"The knowledge that the England game was coming up really helped during rehabilitation," he said.';
    assert.equal(speakerOf(text, 'The knowledge').speaker?.name, "Brian O'Driscoll");
  });

  it('finds the person opening the sentence before past a phrase that sets the scene ("And despite the recent results, skipper …")', () => {
    const text = 'But Andy Robinson was bullish during the week, saying that his side "are going there to get in their faces". '
      + 'And despite the recent results, skipper Jason Robinson believes there is nothing wrong with the mood in the camp. '
      + '"There is no lack of confidence in the team," said the Sale full-back.';
    assert.equal(speakerOf(text, 'no lack of confidence').speaker?.name, 'Jason Robinson');
  });

  it('reads a legislator with a party-and-state tag as the subject of a verb that reports a partial quotation', () => {
    const text = 'Sen. Tamsin Greer, R-Maine, told reporters outside the hearing room that she still had “serious, unresolved questions” about the nominee.';
    assert.equal(speakerOf(text, 'unresolved questions').speaker?.name, 'Tamsin Greer');
  });

  it('keeps an unnamed juror as the source, not a place named in the apposition after it', () => {
    const text = 'One juror, a retired schoolteacher from Gilbert who asked not to be identified, said "the bribery part was pretty clear" to everybody by the end.';
    assert.equal(speakerOf(text, 'the bribery part').speaker?.name, 'One juror');
  });

  it('reads past a request for anonymity to the verb the unnamed source speaks with, for the "she" that follows', () => {
    const text = 'Its general manager, Lorraine Atcitty, said in an email that the board was "relieved that this chapter is closing".\n\n'
      + 'One juror, a retired schoolteacher from Gilbert who asked not to be identified, said the panel spent most of its time on the money laundering counts.\n\n'
      + '"The bribery part was pretty clear to everybody by the end," she said.';
    assert.equal(speakerOf(text, 'The bribery part').speaker?.name, 'One juror');
    const agent = 'Priya Venkataraman-Holt said the cuts were needed. One former support agent, who asked not to be named because she signed a severance agreement, '
      + 'said the news arrived in a video call. “They told us it was about ‘focus,’” she said.';
    assert.equal(speakerOf(agent, 'They told us').speaker?.name, 'One former support agent');
  });

  it('takes any noun as an unnamed source\'s when it asks not to be named, for the "he" or "she" that follows', () => {
    const mine = 'Héctor Valdivia said miners had complained for months. A supervisor at the mine, who spoke on condition of anonymity because he was not authorized to speak '
      + 'to the media, said crews had been ordered to keep extracting ore. "Production never stopped," he said.';
    assert.equal(speakerOf(mine, 'Production never stopped').speaker?.name, 'A supervisor at the mine');
    const school = 'Brianna Varnum said she was not angry. One school administrator, who declined to be named, said some families had kept children home. '
      + '"We have kids sitting at home," she said.';
    assert.equal(speakerOf(school, 'We have kids').speaker?.name, 'One school administrator');
  });

  it('reads a question someone "declined to say" as no speech, so the participle after it finds their name', () => {
    const text = 'Minera Andalué said it would cooperate. A company spokesperson, reached by phone, declined to say when the affected tunnel had last been inspected, '
      + 'saying only that "all inspections were up to date."';
    assert.equal(speakerOf(text, 'all inspections').speaker?.name, 'A company spokesperson');
  });

  it('takes up an unnamed source introduced before with the words of its description ("the former executive", "the leader")', () => {
    const executive = 'The increase was contentious, according to a former Kinora executive who requested anonymity to discuss internal deliberations.\n\n'
      + '“There was a faction that thought we had more room,” the former executive said.';
    assert.equal(speakerOf(executive, 'There was a faction').speaker?.name, 'a former Kinora executive who requested anonymity to discuss internal deliberations');
    const leader = 'But a senior RND leader in the state, who declined to be named because he was not authorised to speak to the media, said the party had misjudged the mood. '
      + '"We fought the last election, not this one," the leader said.';
    assert.equal(speakerOf(leader, 'We fought').speaker?.name, 'a senior RND leader in the state');
  });

  it('keeps a body as the speaker when its apposition describes it as an unnamed source would be ("a trade group representing …")', () => {
    const text = 'The North American Plastics Stewardship Council, a trade group representing resin producers and packaging manufacturers, said in a statement '
      + 'that the study “relies on detection methods that remain unstandardized.”';
    assert.equal(speakerOf(text, 'relies on detection').speaker?.name, 'North American Plastics Stewardship Council');
  });

  it('reads past the comma of a town and its state ("in Columbus, Ohio,") to the name before the apposition', () => {
    const text = 'Jenna Kowalczyk, a graphic designer in Columbus, Ohio, says her phone was the only place she kept photos. '
      + '"I am honestly not even mad about the phone anymore," she told The Verge.';
    assert.equal(speakerOf(text, 'not even mad').speaker?.name, 'Jenna Kowalczyk');
  });

  it('takes "the person" up as any unnamed source who asked not to be named, and keeps "involved with" in a source\'s name', () => {
    const officer = 'One former Crestbourne loan officer, who asked not to be named because of the continuing litigation, said the sentence would do little. '
      + '"A lot of us lost our jobs," the person said.';
    assert.equal(speakerOf(officer, 'A lot of us').speaker?.name, 'One former Crestbourne loan officer');
    const production = 'One person involved with the production, who was not authorized to discuss its finances, said the run had been losing money. '
      + '“It was running on love,” the person said.';
    assert.equal(speakerOf(production, 'running on love').speaker?.name, 'One person involved with the production');
  });

  it('reads "they" inside the sentence of a plural unnamed subject as that subject ("His lawyers had sought …, citing what they described as")', () => {
    const text = 'Prosecutors said he had "betrayed" them. His lawyers had sought no more than four years, citing his age and what they described as '
      + '"decades of genuine public service" on the boards.';
    assert.equal(speakerOf(text, 'decades of genuine').speaker?.name, 'His lawyers');
  });

  it('takes up a source of any noun that spoke on condition of anonymity ("the player"), and keeps where a source is ("in Monrovia")', () => {
    const player = 'Tobi Adeyemi-Clarke said it was on the players. One senior player, speaking on condition of anonymity, said the squad had been stunned. '
      + '“Training’s been good,” the player said.';
    assert.equal(speakerOf(player, 'Training’s been good').speaker?.name, 'One senior player');
    const diplomat = 'A Western diplomat in Monrovia said the attempt had been "poorly planned" within the army. "This looks like a small group," the diplomat said.';
    assert.equal(speakerOf(diplomat, 'poorly planned').speaker?.name, 'A Western diplomat in Monrovia');
    assert.equal(speakerOf(diplomat, 'This looks like').speaker?.name, 'A Western diplomat in Monrovia');
  });

  it('reads "but" and a verb with its own reported speech after a quotation as a new clause, not its attribution', () => {
    const text = 'House Speaker Monica Ferrante (D-Pueblo) said her caucus would meet Monday to discuss "all of our options," '
      + 'but Democratic leaders privately acknowledged that flipping enough votes would be difficult.';
    assert.equal(speakerOf(text, 'all of our options').speaker?.name, 'Monica Ferrante');
  });

  it('takes up a source introduced by any noun of a person ("One tech-industry lobbyist … said") with "the lobbyist"', () => {
    const text = 'Tobias Werneke said the bill would pass. One tech-industry lobbyist familiar with the negotiations said Pocketloop had hired two former staffers. '
      + '“They’re not fighting the bill anymore,” the lobbyist said.';
    assert.equal(speakerOf(text, 'not fighting the bill').speaker?.name, 'One tech-industry lobbyist familiar with the negotiations');
  });

  it('takes up a source that asked not to be named with "the source", also after a body\'s name in it and without a verb of speech', () => {
    const figure = 'The Commonwealth Party lost the seat. But one senior Commonwealth figure, who asked not to be named, told the BBC the campaign had been '
      + '"complacent from the first day". "We ran it like a safe seat," the source said.';
    assert.equal(speakerOf(figure, 'complacent from').speaker?.name, 'one senior Commonwealth figure');
    assert.equal(speakerOf(figure, 'We ran it').speaker?.name, 'one senior Commonwealth figure');
    const employee = 'Halyard said it had never been shown evidence. A former Halyard employee, who asked not to be named, offered a different picture. '
      + '“Nobody inside thought the product was for catching terrorists,” the former employee says.';
    assert.equal(speakerOf(employee, 'Nobody inside').speaker?.name, 'A former Halyard employee');
  });

  it('reads a definite description no unnamed source was introduced for ("the union leader") as the person in focus', () => {
    const text = 'Uwe Brenninger, head of the general works council, said employees would not pay. Brenninger, who also sits on the supervisory board, '
      + 'told Süddeutsche Zeitung that any closure would meet resistance. “For three years we have been told that Strata would be ready,” the union leader said.';
    assert.equal(speakerOf(text, 'For three years').speaker?.name, 'Uwe Brenninger');
    const banker = 'Chairman of the Management Board Emil Huseynzade told Trend the product was ready.\n\n"We have been working on it," Huseynzade said.\n\n'
      + 'The banker noted that only certified apartments will be eligible.\n\n"Today there are not many such buildings. Maybe twelve in Baku."';
    assert.match(speakerOf(banker, 'not many such buildings').speaker?.name ?? '', /Huseynzade$/);
  });

  it('reads "the expert" as the expert named before, when no unnamed expert was introduced', () => {
    const text = 'Public procurement expert Tatiana Rotaru, of the Centre for Public Procurement Monitoring, said the case shows "all the classic signs" of a tailored procedure.\n\n'
      + '"The law is very clear. When a relative is among the bidders, you declare it and you step aside," the expert said.';
    assert.equal(speakerOf(text, 'The law is very clear').speaker?.name, 'Tatiana Rotaru');
  });

  it('reads "the official" as the person the sentence before opens with, when no unnamed official was introduced', () => {
    const text = 'Contacted by ZdG, Valeriu Chiriac initially said he had no connection with Drum-Sud Construct. '
      + '"I do not know what this company is, I have nothing to do with it. Ask the procurement specialists," the official said.';
    assert.equal(speakerOf(text, 'I do not know').speaker?.name, 'Valeriu Chiriac');
    const apposed = 'The head of cooperation at the EU Delegation to Moldova, Hanna Kowalczyk, said the project is part of the European Union\'s support for rural communities. '
      + '"Clean water is not a luxury, it is a basic condition for people to stay in their villages," the EU official said.';
    assert.equal(speakerOf(apposed, 'Clean water').speaker?.name, 'Hanna Kowalczyk');
    const qualified = 'Catherine Ruelas leads by four points. A Ruelas campaign official countered that the campaign had hired 150 organisers. "We are not taking a single vote for granted," the official said.';
    // (Not Catherine Ruelas: the official who "countered" just before is the one taken up.)
    assert.equal(speakerOf(qualified, 'single vote').speaker?.name, 'A Ruelas campaign official');
    // The reporter an "Author:" line credits is no one the story describes.
    const credited = 'Cahul official\'s in-laws won road contracts\n\nAuthor: Doina Vrânceanu\n\nA company founded by the brother-in-law of the head of the roads department has won eleven tenders. '
      + 'The official says he "never signed anything" concerning the company.';
    assert.notEqual(speakerOf(credited, 'never signed anything').speaker?.name, 'Doina Vrânceanu');
  });

  it('reads past the full stops of initials ("at a large U.S. bank") in the source that "the analyst" takes up', () => {
    const text = 'Naomi Easterbrook said rates would rise. One utilities analyst at a large U.S. bank, who asked not to be named, said the company needed help. '
      + '"Without one or the other, the math gets ugly fast," the analyst said.';
    assert.equal(speakerOf(text, 'Without one').speaker?.name, 'One utilities analyst at a large U.S. bank');
  });

  it('gives a description\'s quotation to the body its apposition names ("The region\'s largest utility, Pelican Gulf Energy, said")', () => {
    const text = 'Yesenia Marroquin said the shelter was full. The region\'s largest utility, Pelican Gulf Energy, said in a statement that some customers could be '
      + 'without electricity "for days, and in the hardest-hit areas, potentially weeks."';
    assert.equal(speakerOf(text, 'for days').speaker?.name, 'Pelican Gulf Energy');
    const withArticle = 'Kelderwick lobbied hard. The industry\'s main trade group, the American Silicon Council, said in a statement that the rule was "rushed, unworkable and certain to be copied by no one."';
    assert.equal(speakerOf(withArticle, 'rushed').speaker?.name, 'American Silicon Council');
    const withAcronym = 'The ferry broke down. The state-owned operator, Hebridean Sound Ferries (HSF), said on Wednesday that repairs would take "a minimum of ten days".';
    assert.equal(speakerOf(withAcronym, 'ten days').speaker?.name, 'Hebridean Sound Ferries');
  });

  it('keeps "A spokesperson for the developer, Arkvale Partners," as the source, speaking for the body its apposition names', () => {
    const text = 'Quiñones said the stadium should stay. A spokesperson for the developer, Arkvale Partners, said the company would "evaluate its options" for the site.';
    const found = speakerOf(text, 'evaluate its options');
    assert.equal(found.speaker?.name, 'A spokesperson for the developer');
    assert.equal(organizationName(found), 'Arkvale Partners');
  });

  it('reads "the agency", "the museum", "the health system" and "the governing body" as the body whose reported speech comes just before', () => {
    const agency = 'Tallisker will buy Brannock. Brannock shares rose. Brannock said it agreed. Canada\'s Competition Bureau said in a statement it had opened a review. '
      + '"The Bureau will examine whether the transaction is likely to lessen competition," the agency said.';
    assert.equal(speakerOf(agency, 'The Bureau will').speaker?.name, 'Competition Bureau');
    const museum = 'Samuel Ferreira-Nunes led the expedition. The specimen will be kept at the Museo Nacional de Historia Natural in Santiago. '
      + 'In a statement, the museum said the fish was “a reminder that Chilean waters still hold secrets”.';
    assert.equal(speakerOf(museum, 'a reminder').speaker?.name, 'Museo Nacional de Historia Natural');
    const body = 'Liesbeth van der Berghe says she is innocent. “It would be called a guess,” she said. The UCI sees it differently. '
      + 'In a statement, the governing body said its rules were “clear and applied consistently to every rider.”';
    assert.equal(speakerOf(body, 'applied consistently').speaker?.name, 'UCI');
  });

  it('reads "Ald." as an alderman\'s title before the name, not as the speaker', () => {
    const text = '"We are being asked to take on the risk," said Ald. Kevin Marchetti, 1st Ward, who led opposition to the deal.';
    assert.equal(speakerOf(text, 'take on the risk').speaker?.name, 'Kevin Marchetti');
  });

  it('names the source "the council member" takes up with the clause that says who it is, but not why it is unnamed, even after "and"', () => {
    const member = 'Aldane spoke. One council member who voted yes, speaking on condition of anonymity, said the mayor had lobbied hard. '
      + '"It was close enough," the council member said.';
    assert.equal(speakerOf(member, 'It was close').speaker?.name, 'One council member who voted yes');
    const executive = 'It was contentious, according to a former Kinora executive who left earlier this year and requested anonymity. '
      + '“There was a faction,” the former executive said.';
    assert.equal(speakerOf(executive, 'There was a faction').speaker?.name, 'a former Kinora executive who left earlier this year');
  });

  it('gives what someone "describe(d) as" to the subject of the "what" clause, and "they" to the body opening the sentence', () => {
    const person = 'He did not address what one person close to him described as “months of interference” from the board.';
    assert.equal(speakerOf(person, 'months of interference').speaker?.name, 'one person close to him');
    const organizers = 'The petition accuses Ostrander of mismanaging the jail and fostering what organizers describe as “a culture of retaliation” inside the office.';
    assert.equal(speakerOf(organizers, 'a culture of retaliation').speaker?.name, 'organizers');
    const tories = 'Ministers denied it. The Tories said the Budget had been leaked in what they describe as a "serious breach of Treasury confidentiality".';
    assert.equal(speakerOf(tories, 'serious breach').speaker?.name, 'Tories');
  });

  it('reads no clause into "as" before a quotation, so that "and said" after it keeps the sentence\'s subject ("Munro had described Glenardrie as "the jewel" of the portfolio and said")', () => {
    const text = 'Managing director Alasdair Munro said the business would restart.\n\nIn January, Munro had described Glenardrie as "the jewel" of the group\'s portfolio and said there were "no plans whatsoever" to reduce output.';
    assert.equal(speakerOf(text, 'no plans whatsoever').speaker?.name, 'Alasdair Munro');
  });

  it('gives what a relative clause\'s subject "described as" to that subject ("a season opening that several traders described at the time as")', () => {
    const traders = 'The slide follows a season opening that several traders described at the time as “panic buying”, after the quota cut.';
    assert.equal(speakerOf(traders, 'panic buying').speaker?.name, 'several traders');
    const minister = 'It was a decision which the minister called "reckless".';
    assert.equal(speakerOf(minister, 'reckless').speaker?.name, 'the minister');
  });

  it('takes up a source of any noun that "declined to give her name" or said something right there ("A second deputy said")', () => {
    const woman = 'Ramazan Ozturk said the barns were full. One woman at the sports hall, who declined to give her name, said she had learned of it from a neighbour. '
      + '"Nobody knocked on our door until after five," she said.';
    assert.equal(speakerOf(woman, 'Nobody knocked').speaker?.name, 'One woman at the sports hall');
    const deputy = 'Sheriff Dale Ostrander denied it. A second deputy said morale had been low since the firing of Sgt. Curtis Wendell. '
      + '“The message everybody got was clear,” the deputy said.';
    assert.equal(speakerOf(deputy, 'The message').speaker?.name, 'A second deputy');
  });

  it('reads "the union" as the body that has just spoken, but "the government" as the government', () => {
    const union = 'The NewsGuild-CWA, which represents journalists at 19 papers, said in a statement that the plan would “push our oldest readers off a cliff.”\n\n'
      + '“Readers in rural counties are being told to log on or go without,” the union said.';
    assert.equal(speakerOf(union, 'Readers in rural').speaker?.name, 'NewsGuild-CWA');
    const government = 'The Police Federation said the officers were "not trained". But the government said the move would help police "build safe communities".';
    assert.notEqual(speakerOf(government, 'build safe').speaker?.name, 'Police Federation');
  });

  it('reads an abbreviated month before a day ("on Oct. 3.") as no sentence end, so "she" finds the source reported before it', () => {
    const text = 'Tanya Greenhalgh said it was the living room of the east side. A longtime server, who asked not to be named, said the staff learned of the closure '
      + 'at a meeting on Oct. 3. "Nobody cried at the meeting," she said.';
    assert.equal(speakerOf(text, 'Nobody cried').speaker?.name, 'A longtime server');
  });

  it('takes up a source that "described" something, with its qualifier and no more ("One diplomat involved in the talks")', () => {
    const text = 'Fahy clashed with Strandgaard, according to diplomats. One diplomat involved in the talks described a heated exchange in the early hours. '
      + '“It got very personal around 3 a.m.,” the diplomat said.';
    assert.equal(speakerOf(text, 'It got very personal').speaker?.name, 'One diplomat involved in the talks');
  });

  it('reads "calling the fine "…"" as its subject naming something, but not "leaflets calling for "…""', () => {
    const text = 'Chief Executive Rafe Kolstad struck a more combative tone in a post on Tuesday, calling the fine "a tax on being popular in Europe."';
    assert.equal(speakerOf(text, 'a tax on being').speaker?.name, 'Rafe Kolstad');
    assert.equal(speakerOf('Leaflets calling for "an end to the war" were handed out.', 'an end to the war').speaker, null);
  });

  it('reads "The Save Pellow Hill group" as the body it names, described by its kind', () => {
    const text = 'The Save Pellow Hill group, which has lodged more than 2,300 objections, said it was “bitterly disappointed” by the recommendation.';
    assert.equal(speakerOf(text, 'bitterly disappointed').speaker?.name, 'Save Pellow Hill');
  });

  it('reads "the 16-year-old" as the one person given that age, not the previous speaker', () => {
    const text = 'Dale Hutchins, the bill sponsor, said it was needed. "Phones are a menace," Hutchins said.\n\n• Maya Tran, a 16-year-old junior at Okemos High School '
      + 'who testified against an earlier version of the bill, said she understood the concern.\n\n• “I get why adults are worried,” the 16-year-old told Axios.';
    assert.equal(speakerOf(text, 'I get why').speaker?.name, 'Maya Tran');
  });

  it('reads a description as the person a sentence puts last, after "was" ("Among those collecting results was Priya Chauhan")', () => {
    const text = 'Head teacher Mark Penhaligon said his students had beaten the odds. "What they\'ve achieved today is remarkable," he said.\n\n'
      + 'Among those collecting results on Thursday morning was Priya Chauhan, who got an A* and two As and will study medicine at the University of Leeds.\n\n'
      + '"I opened it in the car park because I couldn\'t face doing it inside," the 18-year-old said.';
    assert.equal(speakerOf(text, 'I opened it').speaker?.name, 'Priya Chauhan');
  });

  it('gives "she added" to the one who spoke in the sentence before, past an adverb ("Dr Valcourt-Mensah later told Senator O’Loughlin")', () => {
    const text = 'Senator Bernadette O’Loughlin asked about the bonus.\n\n“Milestones,” Senator O’Loughlin replied. “Perhaps the milestone was getting paid.”\n\n'
      + 'Dr Ingrid Valcourt-Mensah later told Senator O’Loughlin the department would seek legal advice on the bonus. “If it was paid in error, we will recover it,” she added.';
    assert.equal(speakerOf(text, 'paid in error').speaker?.name, 'Ingrid Valcourt-Mensah');
  });

  it('takes a character someone is dressed or cosplaying as for talked about, not for who "she" is', () => {
    const text = 'Kezia Laurent-Osei, who has over 900,000 followers on Glimmr, was banned mid-broadcast on Saturday night. At the time, she was cosplaying as Vesna, '
      + 'the game’s armored ranger, in an outfit she said took “four months and way too much foam” to build.';
    assert.equal(speakerOf(text, 'four months').speaker?.name, 'Kezia Laurent-Osei');
  });

  it('gives the words of "a volunteer surnamed Tsai" to Tsai, a person named by surname only', () => {
    const text = 'A 17-year-old volunteer surnamed Tsai (蔡) said buying the sticks had been "easier than buying bubble tea."\n\n"Nobody looked at me twice," she said.';
    const { speaker, analysis } = speakerOf(text, 'easier than');
    assert.equal(speaker?.name, 'Tsai');
    assert.equal(analysis.entities.find((entity) => entity.name === 'Tsai')?.type, 'person');
    assert.equal(speakerOf(text, 'Nobody looked').speaker?.name, 'Tsai');
  });

  it('keeps a quotation before "but" from a source whose own "that" comes past a day ("…," but ticketing agency Tixpark said Wednesday that)', () => {
    const text = 'Novelle had been scheduled to begin a tour. Starfold Entertainment said the tour would "proceed as planned," but ticketing agency Tixpark said Wednesday '
      + 'that sales for the Bangkok show had been suspended "until the situation becomes clear."';
    assert.equal(speakerOf(text, 'proceed as planned').speaker?.name, 'Starfold Entertainment');
    assert.equal(speakerOf(text, 'until the situation').speaker?.name, 'Tixpark');
  });

  it('never takes an outlet that only saw or asked for a document ("seen by The Tab") for "the company"', () => {
    const text = 'Calder Works is run by Northmere Student Living, which operates 14 buildings across the North of England. In an email sent to residents on Friday and seen '
      + 'by The Tab, the company said the problem had been caused by a “major boiler component failure”.\n\nWhen approached by The Tab, a spokesperson declined to comment.';
    assert.equal(speakerOf(text, 'major boiler').speaker?.name, 'Northmere Student Living');
  });

  it('reads "the operation" and "the mission" as the body in focus ("EUNAVFOR Atalanta … the operation said in a statement")', () => {
    const text = 'Grant Okafor-Lindqvist, a security analyst, said the attack was bold. The European Union\'s naval force in the region, EUNAVFOR Atalanta, said the 21 crew '
      + 'had retreated to the ship\'s citadel. "The crew are safe and in communication," the operation said in a statement.';
    assert.equal(speakerOf(text, 'The crew are safe').speaker?.name, 'EUNAVFOR Atalanta');
  });

  it('reads "the broker" as the broker just introduced speaking, not the firm in focus', () => {
    const text = 'Geneva-based Sundane Commodities withheld about $1.4m of hire. A spokesperson for Sundane said the company was "disappointed by the outcome".\n\n'
      + 'A Singapore-based dry bulk broker said the bigger effect would be on fixtures.\n\n"You will see charterers pushing harder," the broker said.';
    assert.equal(speakerOf(text, 'pushing harder').speaker?.name, 'A Singapore-based dry bulk broker');
  });

  it('reads "the Fine Gael minister" as the one a long title before the name opened the sentence before with', () => {
    const text = 'Fintan Naughton, who runs a pharmacy, said the town had waited long enough. "We are sick of waiting," Mr Naughton said.\n\n'
      + 'Minister of State with responsibility for the OPW Darragh Loughnane visited the town yesterday afternoon.\n\n'
      + '"I\'m not going to stand here and pretend 2029 is good enough," the Fine Gael minister told reporters on Bridge Street.';
    assert.equal(speakerOf(text, 'pretend 2029').speaker?.name, 'Darragh Loughnane');
  });

  it('reads a place in apposition after a place as where it lies, not the speaker ("Residents in Otley, West Yorkshire, said")', () => {
    const text = 'Residents in Otley, West Yorkshire, said they were "furious" about it. Residents in Ballinasloe, Co Galway, have said they feel "forgotten".';
    assert.equal(speakerOf(text, 'furious').speaker?.name, 'Residents in Otley');
    assert.equal(speakerOf(text, 'forgotten').speaker?.name, 'Residents in Ballinasloe');
  });

  it('names a crew leader introduced in reported speech by the clause that says who they are, and gives "he said" to them', () => {
    const text = 'Jesús Maldonado-Reyes, a picker, said it was hot. "We worked," Maldonado-Reyes said.\n\nA crew leader who has worked for several Yakima Valley orchards '
      + 'and asked not to be named because he feared losing contracts said the pressure comes from further up the chain. “The packing house wants the fruit today,” he said.';
    assert.equal(speakerOf(text, 'packing house').speaker?.name, 'A crew leader who has worked for several Yakima Valley orchards');
  });

  it('gives "he said" after a sentence opening "Her husband" to the man who introduced her as his wife, not to a spokeswoman quoted before', () => {
    const text = 'One of them was Gustavo Arrieta.\n\nArrieta, 63, woke at about 2:40 a.m. to find his wife, Lucía, slumped against the bathroom door. He dialed 911 three times.\n\n'
      + 'In a statement, company spokeswoman Dana Whitcombe said Bellwether “deeply regrets the disruption”.\n\n'
      + 'Lucía Arrieta is in outpatient therapy. Her husband keeps a note taped to their refrigerator, just in case.\n\n“I don’t trust 911 now,” he said.';
    assert.equal(speakerOf(text, 'trust 911').speaker?.name, 'Gustavo Arrieta');
  });

  it('gives a quotation to the one "Those are the words of" names right after it', () => {
    const text = 'Callum Rourke, 15, survived a cardiac arrest.\n\n“I watched my son die on a football pitch, and then I watched a stranger bring him back.”\n\n'
      + 'Those are the words of Joanne Rourke, whose 15-year-old son Callum collapsed during an under-16s match in Wigan last month.';
    assert.equal(speakerOf(text, 'I watched my son').speaker?.name, 'Joanne Rourke');
  });

  it('reads "the firm" as the body that opened the sentence before past a phrase of time ("By midafternoon, Gellner Ridge had withdrawn.")', () => {
    const text = 'Tamarack owed about $4.3 million. Under the term sheet Gellner Ridge Capital had drafted, the firm would put in $60 million.\n\n'
      + 'A Tamarack Air executive called the airline’s lawyers. “We have a deal,” she wrote.\n\n'
      + 'By midafternoon, Gellner Ridge had withdrawn.\n\nIn a statement, the firm said it had “engaged in good faith throughout the process”.';
    assert.equal(speakerOf(text, 'engaged in good faith').speaker?.name, 'Gellner Ridge Capital');
  });

  it('gives what an email signed by someone calls something to the signer ("The email, signed by … Corinne L. Abernathy, called the change")', () => {
    const text = 'The library will close overnight, according to an email sent to students Monday.\n\nThe email, signed by Associate University Librarian for '
      + 'Undergraduate Services Corinne L. Abernathy, called the change "a difficult but necessary step" as the library confronts rising costs.';
    assert.equal(speakerOf(text, 'difficult but necessary').speaker?.name, 'Corinne L. Abernathy');
  });

  it('reads "The chiefs say" as the chiefs, as written, not the one chief quoted before', () => {
    const text = 'Chief Jonathan Laefiu of Gwaunatolo village said the hearing was held far away.\n\n"Nobody from our tribe was at that hearing," Chief Laefiu told RNZ Pacific.\n\n'
      + 'The chiefs say those who signed on behalf of the tribes at the Auki hearing were "not the right people".';
    assert.equal(speakerOf(text, 'not the right people').speaker?.name, 'The chiefs');
  });

  it('gives a quotation to the one "That is how" names after it, past a description ("That is how underground fitter Shane Costigan, 44, described")', () => {
    const text = 'A state government jobs taskforce will visit the town next week.\n\n"We walked in for a safety briefing and walked out without a job."\n\n'
      + 'That is how underground fitter Shane Costigan, 44, described Tuesday morning at the Narri Creek mine.';
    assert.equal(speakerOf(text, 'safety briefing').speaker?.name, 'Shane Costigan');
  });

  it('reads "the studio" as the one firm whose name ends in "Studios", not a platform named since', () => {
    const text = 'Developer Ravensreach Studios broke the news in a post on the game\'s official Discord server on Tuesday.\n\n'
      + '"We\'ve made the incredibly difficult decision to sunset Hollowpoint Dawn," the studio wrote.';
    assert.equal(speakerOf(text, 'difficult decision').speaker?.name, 'Ravensreach Studios');
  });

  it('reads "Heike" as a woman\'s name, so that "she" after a spokesperson goes to Heike Sommerfeld named since', () => {
    const text = 'A spokesperson for the Senate Department said it was examining "whether any support is possible."\n\n'
      + 'Heike Sommerfeld, the councillor for urban development, said the district had no power. "The building is privately owned," she told the rbb broadcaster.';
    assert.equal(speakerOf(text, 'privately owned').speaker?.name, 'Heike Sommerfeld');
  });

  it('reads "the central bank" as a central bank named in its own language ("Banco Central do Brasil")', () => {
    const text = 'The Banco Central do Brasil (BCB) closed a public consultation on the draft rule on Monday.\n\n'
      + 'In a statement to Cointelegraph, the central bank said the measure was aimed at “closing a channel that is being used to move value”.';
    assert.equal(speakerOf(text, 'closing a channel').speaker?.name, 'Banco Central do Brasil');
  });

  it('reads a user, a reader or a commuter as an unnamed source ("one user wrote in a post")', () => {
    const text = 'Mirefield did not respond. “I preordered this in 2023,” one user wrote in a post on the forums. “But honestly? Take the time.”';
    assert.equal(speakerOf(text, 'I preordered').speaker?.name, 'one user');
    assert.equal(speakerOf(text, 'But honestly').speaker?.name, 'one user');
  });

  it('reads the agent of a passive as the antecedent of "who said" past its apposition ("led by Marek Pešek, a deputy from the Green Liberals, who said")', () => {
    const text = 'The rebellion was led by Marek Pešek, a deputy from the Green Liberals, who said last week he could "no longer look pensioners in the eye".';
    assert.equal(speakerOf(text, 'no longer look').speaker?.name, 'Marek Pešek');
  });

  it('reads "compared X to "…"" and "likened X to "…"" as the subject speaking', () => {
    const text = 'Niall Brogan, the former Ireland seamer who was commentating for RTÉ, compared the innings to “a man clearing a hedge with a chainsaw”. '
      + 'Liam Fox likened the two men to "self-obsessed schoolboys".';
    assert.equal(speakerOf(text, 'a man clearing').speaker?.name, 'Niall Brogan');
    assert.equal(speakerOf(text, 'self-obsessed').speaker?.name, 'Liam Fox');
  });

  it('gives "and said" after a name, a relative clause and another verb to that name ("Gov. Ellen Ruthmore, who toured …, ordered … and said")', () => {
    const text = 'Gov. Ellen Ruthmore, who toured the fairgrounds Sunday morning, ordered flags lowered to half-staff and said the state would provide '
      + '"every resource we have" to the investigation.';
    assert.equal(speakerOf(text, 'every resource').speaker?.name, 'Ellen Ruthmore');
  });

  it('gives "The letter continued:" to whoever "wrote in the letter" the quotation before', () => {
    const text = 'Annika Vos-Okereke, the chair of the foundation that runs the app, wrote in the letter. "If the choice is between leaving Britain and weakening encryption, we will leave."\n\n'
      + 'The letter continued:\n\n"We know what this means for people in Britain."';
    assert.equal(speakerOf(text, 'We know what this means').speaker?.name, 'Annika Vos-Okereke');
  });

  it('reads "a statement read to the court by a prosecutor" as a passive, not a cue: the speaker is who "said" in it', () => {
    const text = 'Among those hurt was Dolores Quintanilla, a retired schoolteacher. In a victim impact statement read to the court by a prosecutor, she said she had gone back to work at 71.\n\n'
      + '“I did everything the way I was told to do it.\n\n“Mr. Delacroix-Obi took that from me, too.”';
    assert.equal(speakerOf(text, 'I did everything').speaker?.name, 'Dolores Quintanilla');
    assert.equal(speakerOf(text, 'took that from me').speaker?.name, 'Dolores Quintanilla');
  });

  it('gives a participle after the predicate of a subject with an apposition to that subject, comma or not ("Her mother, Ayla Demirci-Hart, read a statement describing")', () => {
    const text = 'Her mother, Ayla Demirci-Hart, read a statement to the court describing her daughter as "the loudest laugh in any room".';
    assert.equal(speakerOf(text, 'loudest laugh').speaker?.name, 'Ayla Demirci-Hart');
    const own = 'The film took $40m. However, critics, who had seen it early, were less kind, with the Los Angeles Times labelling it a "dispiriting vanity project".';
    assert.equal(speakerOf(own, 'vanity project').speaker?.name, 'Los Angeles Times');
  });

  it('gives "the statement said" to the body described as its author ("Later the club said in a statement")', () => {
    const text = 'Aldmouth Wanderers lost 3-0. "Heads down, back to work," said Piet van der Heijden.\n\n'
      + 'Later the club said in a statement that it was aware of abusive messages sent to Nyholm-Larsen on social media.\n\n'
      + '"Aldmouth Wanderers condemn this behaviour in the strongest possible terms," the statement said.';
    assert.equal(speakerOf(text, 'condemn this behaviour').speaker?.name, 'Aldmouth Wanderers');
  });

  it('gives "the post said" the post itself when its author is a body the article does not name, never a body named near it', () => {
    const text = 'Fire crews were stretched, according to the Colorado Division of Fire Prevention and Control.\n\n'
      + 'The sheriff’s office wrote in a post on X that evacuation orders covered everything south of I-70. “Do not wait for a knock on the door,” the post said.';
    assert.equal(speakerOf(text, 'knock on the door').speaker?.name, 'the post');
  });

  it('gives words "according to the minutes" to whom the sentence has say them, the record only vouching for them', () => {
    const text = 'Verity Crest ignored it. At one meeting in February, Henrik Sæther, a partner at the venture firm Northcote Lane Ventures who sat on the board, '
      + 'asked whether the gap could be "closed without a disclosure event," according to the minutes. Mr. Sæther did not respond.';
    const { speaker } = speakerOf(text, 'disclosure event');
    assert.equal(speaker?.name, 'Henrik Sæther');
    assert.equal(speaker?.mention?.text, 'Henrik Sæther');
    const letter = 'The Bureau of Industry and Security denied the applications last month, citing “an unacceptable risk of diversion,” '
      + 'according to a copy of the denial letter reviewed by Axios.';
    assert.equal(speakerOf(letter, 'unacceptable risk').speaker?.name, 'Bureau of Industry and Security');
  });

  it('keeps "one of the supervisors" as an unnamed source, whatever plural of people it picks one from', () => {
    const text = 'Two former billing supervisors said they had been told not to mention the charity program. "We had a script, and the words \'financial assistance\' were not in it," '
      + 'said one of the supervisors, who worked at the chain\'s billing center in Chattanooga. "If you went off script, your call got flagged."';
    assert.equal(speakerOf(text, 'We had a script').speaker?.name, 'one of the supervisors');
    assert.equal(speakerOf(text, 'off script').speaker?.name, 'one of the supervisors');
  });

  it('gives ""…," the email read" to the previous speaker when they just wrote, though the article never named the email', () => {
    const text = 'In August 2022, Dalia Ferreira-Holt, then the chain\'s vice president for revenue cycle, wrote to regional billing managers that legal referrals were "a lever we have not pulled hard enough."\n\n'
      + '"Every account that ages past 120 days without a legal referral is money we are choosing to leave on the table," the email read.\n\n'
      + 'In a 2022 message, a regional operations manager, Dmitri Kovalenko-Shaw, told colleagues the pipe program was "behind by any honest measure."\n\n'
      + '"We are not going to hit the 2024 number," the email read.';
    assert.equal(speakerOf(text, 'Every account').speaker?.name, 'Dalia Ferreira-Holt');
    assert.equal(speakerOf(text, '2024 number').speaker?.name, 'Dmitri Kovalenko-Shaw');
    const spoken = 'Dmitri Kovalenko-Shaw told the council the program was "behind by any honest measure."\n\n"We are not going to hit the 2024 number," the email read.';
    assert.equal(speakerOf(spoken, '2024 number').speaker?.name, 'the email');
  });

  it('gives the words of "Cairnly\'s lawsuit, filed in federal court, argues" to the body the lawsuit belongs to', () => {
    const text = 'The FTC sued Cairnly. Cairnly’s lawsuit, filed in federal court in San Francisco, argues that the demand violates the First Amendment and amounts to “an attempt to dictate editorial judgment by subpoena.”';
    const { speaker } = speakerOf(text, 'dictate editorial judgment');
    assert.equal(speaker?.name, 'Cairnly');
    assert.equal(speaker?.mention?.text, 'Cairnly');
  });

  it('gives no speaker to words quoted as words ("the words “shadowban,” “suppress” or “deboost.”", "terms like "digital", "interactive"")', () => {
    const demand = 'Mirela Castañeda-Holm said it was unfair. The 38-page demand, reviewed by Axios, asks for every internal document containing the words “shadowban,” “suppress” or “deboost.”';
    for (const word of ['shadowban', 'suppress', 'deboost']) assert.equal(speakerOf(demand, word).speaker, null, word);
    const terms = 'It helps, said Mr Burke, that people are more au fait with terms like "digital", "interactive", now that digital TV reaches more than 56% of UK homes.';
    for (const word of ['digital', 'interactive']) assert.equal(speakerOf(terms, word).speaker, null, word);
    const signs = 'Many held signs reading "Save Fox Run" and "Lindell Strong."\n\n"You are taking the heart out of the east side," said Marisol Vega.';
    assert.equal(speakerOf(signs, 'heart out').speaker?.name, 'Marisol Vega');
  });

  it('gives "she said" to a person named after a preposition whose relative clause ends the sentence before: the topic, not someone talked about', () => {
    const text = 'Adaeze Nwankwo-Pryce, the administrator, said creditors could expect "somewhere between 55 and 70 pence in the pound," though not before next spring.\n\n'
      + 'That is little comfort to Ms. Quinlivan, who has moved to a high-street bank and cut one of her staff to part-time hours.\n\n"Everyone kept calling them disruptors," she said.';
    assert.equal(speakerOf(text, 'disruptors').speaker?.name, 'Quinlivan');
    const clauseGoesOn = 'Mr Bell took over as chief executive after his predecessor, Jim Cantalupo, died suddenly. Having worked closely with Mr Cantalupo, who came out of retirement to turn McDonald\'s around, '
      + 'Mr Bell focused on existing restaurants. He had promised not to let the company get "fat, dumb and happy," he said.';
    assert.equal(speakerOf(clauseGoesOn, 'fat, dumb').speaker?.name, 'Bell');
  });

  it('gives "Their report says" and "Her lawsuit states" to whom the possessive pronoun stands for', () => {
    const text = 'Mr. Schmidt added that his client had lent the company £2 million of his own money.\n\n'
      + 'The administrators tell a different story. Their report says the £2 million was "substantially repaid" to a company controlled by Mr. Adeyemi-Rourke.';
    const { speaker } = speakerOf(text, 'substantially repaid');
    assert.equal(speaker?.name, 'The administrators');
    assert.equal(speaker?.mention?.text, 'Their');
    const lawsuit = 'Marion Jones has filed a $25m lawsuit against Victor Conte. Her lawsuit states that she "has never taken banned performance-enhancing drugs".';
    assert.equal(speakerOf(lawsuit, 'never taken').speaker?.name, 'Marion Jones');
  });

  it('gives "The chancellery says" to the chancellery named before, not to its head ("the head of the Chancellery of the President, Jarosław Kmita-Ossowski")', () => {
    const text = 'The decision was announced by the head of the Chancellery of the President, Jarosław Kmita-Ossowski. The chancellery says the step, in its words, turns assemblies into "a political recruitment committee".';
    assert.equal(speakerOf(text, 'a political recruitment').speaker?.name, 'Chancellery of the President');
  });

  it('gives "the bureau\'s own annual report" to the body the noun stands for, and "The court-appointed monitor\'s latest report" to the monitor, as written', () => {
    const text = 'The Addis Ababa Housing Development and Administration Bureau said the draw was fair. More than 800,000 residents remain registered. '
      + 'According to the bureau’s own annual report, the waiting list "continues to grow faster than construction capacity", while prices rose.';
    const { speaker } = speakerOf(text, 'continues to grow');
    assert.equal(speaker?.name, 'Addis Ababa Housing Development and Administration Bureau');
    assert.equal(speaker?.mention?.text, 'the bureau');
    const monitor = 'The department has struggled. The court-appointed monitor’s latest report called the department’s progress on reviews "inconsistent at best."';
    assert.equal(speakerOf(monitor, 'inconsistent at best').speaker?.name, 'The court-appointed monitor');
  });

  it('keeps an office held by someone unnamed ("One Labour MP in a neighbouring seat", "A second Labour MP", "one deputy with more than a decade at the office") as the source', () => {
    const text = 'Labour held the seat. One Labour MP in a neighbouring seat, who asked not to be named, said the campaign had been “asleep at the wheel for six months”. '
      + 'A second Labour MP said: “We treated this like a coronation. Voters noticed.”';
    assert.equal(speakerOf(text, 'asleep at the wheel').speaker?.name, 'One Labour MP in a neighbouring seat');
    assert.equal(speakerOf(text, 'coronation').speaker?.name, 'A second Labour MP');
    const deputy = 'Several deputies described a tense atmosphere. “Nobody talks about it at briefing,” said one deputy with more than a decade at the office.';
    assert.equal(speakerOf(deputy, 'briefing').speaker?.name, 'one deputy with more than a decade at the office');
  });

  it('keeps a hyphenated office in whom an unnamed source speaks for ("A spokesperson for the secretary-general")', () => {
    const text = 'The talks stalled. A spokesperson for the secretary-general said that "the world is watching Yerevan."';
    assert.equal(speakerOf(text, 'watching Yerevan').speaker?.name, 'A spokesperson for the secretary-general');
  });

  it('keeps "A civil servant familiar with the site selection" whole as an unnamed source', () => {
    const text = 'The site was chosen. A civil servant familiar with the site selection, who was not authorised to speak publicly, said Stenhope had been chosen because “the land is cheap”.';
    assert.equal(speakerOf(text, 'land is cheap').speaker?.name, 'A civil servant familiar with the site selection');
  });

  it('keeps whom an unnamed source speaks for, or where it is, as written ("a spokesperson for the Commission", "a source on the show", "the Chinese Embassy in Washington")', () => {
    const commission = 'The Commission is reviewing the plan. A spokesperson for the Commission said the target was "ambitious but achievable".';
    assert.equal(speakerOf(commission, 'ambitious').speaker?.name, 'A spokesperson for the Commission');
    const show = 'The presenter was furious. "It was close," said a source on the show.';
    assert.equal(speakerOf(show, 'It was close').speaker?.name, 'a source on the show');
    const embassy = 'The ministry protested. A spokesperson for the Chinese Embassy in Washington said it "firmly opposes" the move.';
    assert.equal(speakerOf(embassy, 'firmly opposes').speaker?.name, 'A spokesperson for the Chinese Embassy in Washington');
    const councillors = 'A party of councillors from Nottingham agreed. Iraq, they insisted, would not be a factor. "The biggest problem we have got is the polls."';
    assert.equal(speakerOf(councillors, 'biggest problem').speaker?.name, 'A party of councillors from Nottingham');
  });

  it('does not give "the regulator said" to a body named only as where someone posted ("in a post on LinkedIn")', () => {
    // The whole article: which bodies are in focus depends on all it names.
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'modern', 'ofgem-price-cap-rise-january-bills.txt'), 'utf8');
    assert.equal(speakerOf(text, 'early in the new year').speaker?.name, 'Ofgem');
  });

  it('gives a colon lead-in to an unnamed source opening the sentence before its relative clause ("A member of the jury, who …, put it more simply:")', () => {
    const text = 'The jury voted. A member of the jury, who spoke on condition of anonymity because deliberations are confidential, put it more simply: '
      + '"Nobody wanted to be the person who voted against that ending."';
    assert.equal(speakerOf(text, 'Nobody wanted').speaker?.name, 'A member of the jury');
    const named = 'This year\'s panel chose five little-known books. One fiction judge, Stewart O\'Nan, carried around a note that said: "I would hope that our caring more for quality makes us a friend of books."';
    assert.equal(speakerOf(named, 'friend of books').speaker?.name, 'Stewart O\'Nan');
  });

  it('gives what "The city of Evansville wrote" to the place, whose government the city is', () => {
    const text = 'The water main broke overnight. The city of Evansville wrote in a post on X that Lincoln Avenue would remain closed “until further notice,” and asked drivers to avoid it.';
    assert.equal(speakerOf(text, 'until further notice').speaker?.name, 'Evansville');
  });

  it('gives "Its latest staff report warned" to the body "its" stands for, never a group quoted before', () => {
    const text = 'The study found a rise "in every case where appointments were aligned with the electoral cycle." The authors concluded that the effect "does not fade".\n\n'
      + 'The International Monetary Fund, usually careful about such matters, was unusually direct. Its latest staff report on Chile warned that "any perception of subordination would raise costs."';
    assert.equal(speakerOf(text, 'any perception').speaker?.name, 'International Monetary Fund');
  });

  it('gives a verb after a quotation and "and" the subject of the verb before the quotation ("said the verdict "…" and called on residents to")', () => {
    const text = 'Jurors deliberated for six hours. The Fort Wayne Police Officers Association said in a statement that the verdict "affirms what our members have said from day one" '
      + 'and called on residents to "let this community begin to heal."';
    assert.equal(speakerOf(text, 'begin to heal').speaker?.name, 'Fort Wayne Police Officers Association');
    const memo = 'The complaint cites a presentation in which a Glimmr product manager called the feed "the lock-in layer" and wrote that cutting teen usage "would be a self-inflicted wound."';
    assert.equal(speakerOf(memo, 'self-inflicted').speaker?.name, 'a Glimmr product manager');
  });

  it('reads past an aside between dashes with hyphenated words in it ("B&B - which has a share of the buy-to-let market - said")', () => {
    const text = 'Lending grew. But B&B - which has a large share of the UK buy-to-let mortgage market - said the sector "continues to grow".';
    assert.equal(speakerOf(text, 'continues to grow').speaker?.name, 'B&B');
  });

  it('gives words after "X said in a statement that it had warned" to X, whom the pronoun restates', () => {
    const text = 'Corrib cancelled flights. Flightdeck Union Ireland, which represents most of Corrib\'s pilots, said in a statement that it had warned management in 2023 '
      + 'that pilots would leave "in numbers" unless pay was brought "in line with the market."';
    assert.equal(speakerOf(text, 'in numbers').speaker?.name, 'Flightdeck Union Ireland');
    assert.equal(speakerOf(text, 'in line with the market').speaker?.name, 'Flightdeck Union Ireland');
  });

  it('gives no speaker to a term a field or a crowd has for something ("what scientists call the “blood stage”", "have taken to calling a “heat dome”"), but does to a body\'s own word', () => {
    const stage = 'Dr Okafor said the vaccine worked. ODX-21 attacks the parasite during what scientists call the “blood stage,” after it has left the liver.';
    assert.equal(speakerOf(stage, 'blood stage').speaker, null);
    const dome = 'Whitlock said a stubborn ridge of high pressure — what forecasters have taken to calling a "heat dome" — had parked over Nevada.';
    assert.equal(speakerOf(dome, 'heat dome').speaker, null);
    const industry = 'Van der Sloot said two chartered ships would let the line avoid what the industry calls "blank sailings" this winter.';
    assert.equal(speakerOf(industry, 'blank sailings').speaker, null);
    const company = 'Pocketloop, which is based in Austin, argues that a single federal standard would be better than what the company calls a “patchwork” of state laws.';
    assert.equal(speakerOf(company, 'patchwork').speaker?.name, 'Pocketloop');
  });

  it('gives no subject to an infinitive inside the clause of the verb before ("said it was wholly wrong to say that")', () => {
    const text = 'The report was published. A spokesman for the Home Office said it was wholly wrong to say that the plan was to return children "and leave them to rot".';
    assert.equal(speakerOf(text, 'leave them to rot').speaker?.name, 'A spokesman for the Home Office');
  });

  it('reads "suggest" as a verb of speech ("the programme makers suggest the public are becoming "increasingly neutral"")', () => {
    const text = 'In the survey, 47% said they supported the ban. But the programme makers suggest the British public are becoming "increasingly neutral" to the issue.';
    assert.equal(speakerOf(text, 'increasingly neutral').speaker?.name, 'the programme makers');
  });

  it('keeps a plural description ("the agencies", "said the artists") as written rather than one person in focus', () => {
    const agencies = 'By Ilse Verhoeven-Nakashima\n\nHackers breached carriers in 14 countries, U.S. and allied cybersecurity agencies said on Tuesday.\n\n'
      + '"The actors exploited known vulnerabilities in internet-facing routers," the agencies wrote in the 41-page document.';
    assert.equal(speakerOf(agencies, 'known vulnerabilities').speaker?.name, 'the agencies');
    const artists = 'Frank Stone, head of the BT\'s business sector programmes, praised the project. "We hope that by uncovering the river, we can greater understand the past," said the artists.';
    assert.equal(speakerOf(artists, 'uncovering the river').speaker?.name, 'the artists');
    const proposals = 'The Conservatives launched their plan. The Tory proposals were "quite closely modelled" on the Australian system, the party said.';
    assert.notEqual(speakerOf(proposals, 'closely modelled').speaker?.name, 'The Tory proposals');
  });

  it('gives "the report said" to whose report the article says it is, and else to the report', () => {
    const ofsted = 'Larkspur Primary was rated inadequate.\n\nIn the report, Ofsted said: "Leaders have not acted quickly enough."\n\n'
      + 'The report said records were "incomplete and, in some cases, missing altogether".';
    assert.equal(speakerOf(ofsted, 'missing altogether').speaker?.name, 'Ofsted');
    const review = 'The review was led by Saskia van der Poel, a former director. "The bishop was told three times," the report states.';
    assert.equal(speakerOf(review, 'bishop was told').speaker?.name, 'Saskia van der Poel');
    const oxfam = 'Oxfam says in a report that aid is falling. "For rich countries, aid is an obligation," the report said.';
    assert.equal(speakerOf(oxfam, 'obligation').speaker?.name, 'Oxfam');
    const it = 'The bishop resigned.\n\nThe review was led by Saskia van der Poel, a former director. It describes "a persistent reluctance to believe" those who raised concerns.';
    assert.equal(speakerOf(it, 'persistent reluctance').speaker?.name, 'Saskia van der Poel');
    const unauthored = 'A report into the crash was published on Monday. "Lessons must be learned," the report said.';
    assert.equal(speakerOf(unauthored, 'Lessons must be learned').speaker?.name, 'the report');
  });

  it('gives "It reads:" after a statement issued in the sentence before to whom it is from, or else to whoever issued it', () => {
    const from = 'Kwabena Asante-Darko spoke. “People are done waiting,” he added.\n\n'
      + 'Civic Forward has issued a statement from its leader, Leila Haddadi, who is at her own count in Bristol. It reads:\n\n"I am grateful to everyone who voted today."';
    assert.equal(speakerOf(from, 'grateful to everyone').speaker?.name, 'Leila Haddadi');
    const issuer = 'Henrik van den Broek spoke. “We will see,” he added.\n\n'
      + 'The OpenLens Alliance, a digital rights group based in Berlin, has issued a statement on Vela’s built-in camera. It reads:\n\n“Trust is not a privacy policy.”';
    assert.equal(speakerOf(issuer, 'Trust is not').speaker?.name, 'OpenLens Alliance');
  });

  it('reads "read" after a writing that names its author as a cue, and the author as the speaker ("one email from a senior Ardcarn manager read")', () => {
    const email = 'Emails seen by the newspaper suggest some were compensated. “Please make your contribution before Friday,” one email from a senior Ardcarn manager read.';
    assert.equal(speakerOf(email, 'make your contribution').speaker?.name, 'a senior Ardcarn manager');
    const message = 'Another message, sent by the adviser Annika Lindgren-Okafor after officials recommended funding for a new footbridge and step-free access '
      + 'at Appleby-in-Westmorland, read: "Appleby is a write-off, politically and literally."';
    assert.equal(speakerOf(message, 'Appleby is a write-off').speaker?.name, 'Annika Lindgren-Okafor');
    const post = 'Another user, KasimirFix, posted a photo of three handsets. “Three this morning,” the post read.';
    assert.notEqual(speakerOf(post, 'Three this morning').speaker?.name, 'the post');
  });

  it('gives the words of "the report of" a body to the body ("The report of the Public Accounts Committee said", "The final report of the evaluation committee … describes")', () => {
    const named = 'The report of the Public Accounts Committee said the bid was "incomplete".';
    assert.equal(speakerOf(named, 'incomplete').speaker?.name, 'Public Accounts Committee');
    const unnamed = 'The final report of the evaluation committee, dated 22 May, describes Kafé Lulik as "the only bidder that met the requirements".';
    assert.equal(speakerOf(unnamed, 'the only bidder').speaker?.name, 'the evaluation committee');
  });

  it('gives "the memo says" to who wrote the memo named before, and finds the writing as a whole word', () => {
    const memo = 'CEO Grant Whitcombe told staff in a memo Tuesday morning that 31 papers will print three days a week.\n\n'
      + '- Seven papers will keep printing five days a week “for now,” the memo says.';
    assert.equal(speakerOf(memo, 'for now').speaker?.name, 'Grant Whitcombe');
    const letters = 'Moazzam Begg has also received letters. The letter, from the Home Office, says: "I am writing to inform you."';
    assert.notEqual(speakerOf(letters, 'I am writing').speaker?.name, 'Moazzam Begg');
  });

  it('gives the words someone "declined to comment on" to them, as their own phrase', () => {
    const text = 'Asked about a potential sale on the call, Vantongeren declined to comment on “market speculation” but said the bank was “open to all options.”';
    assert.equal(speakerOf(text, 'market speculation').speaker?.name, 'Vantongeren');
    assert.equal(speakerOf(text, 'open to all options').speaker?.name, 'Vantongeren');
  });

  it('reads "a woman", "one man" as unnamed sources, "the man" as the one introduced with an age, and "the Waterford man" as the man named before', () => {
    const text = '“It was terrifying,” a woman said. “It was loud,” said one over-60 man who took part in the research.';
    assert.equal(speakerOf(text, 'It was terrifying').speaker?.name, 'a woman');
    assert.equal(speakerOf(text, 'It was loud').speaker?.name, 'one over-60 man who took part in the research');
    const detainee = 'Elena Ruiz, a lawyer, arranged the call. A 34-year-old Honduran man described in a phone interview how he waited five days. “The pain was so bad,” the man said.';
    assert.equal(speakerOf(detainee, 'The pain was so bad').speaker?.name, 'A 34-year-old Honduran man');
    const named = 'Jamie Costin was hit by a car in Mexico. “I was in a lot of pain,” the Waterford man said.';
    assert.equal(speakerOf(named, 'I was in a lot of pain').speaker?.name, 'Jamie Costin');
  });

  it('reads "they" as one source of any noun who did not wish to be named, named with the body they belong to ("A member of the university\'s senate")', () => {
    const text = 'Gurinder Sandhu, the Labour MP, said he had asked for a meeting. “Wolverhampton cannot afford it,” he said.\n\n'
      + 'A member of the university\'s senate, who did not wish to be named because discussions were continuing, said staff were uneasy. “There is real unease,” they said.\n\n'
      + 'A member of the South African team management, speaking on condition of anonymity, said the batting order was “under discussion” for now.';
    assert.equal(speakerOf(text, 'There is real unease').speaker?.name, 'A member of the university\'s senate');
    assert.equal(speakerOf(text, 'under discussion').speaker?.name, 'A member of the South African team management');
  });

  it('quotes nobody in a nickname inside a name, even with a verb of speech after the name', () => {
    const text = 'Robert "Bobby" Jones said he was happy with the result.';
    assert.equal(speakerOf(text, 'Bobby').speaker, null);
  });

  it('names an unnamed source with the reason it is unnamed as written in a restrictive clause, but not in one set off by commas', () => {
    const text = '“Nobody has asked for their source code,” said a senior FAA official who was not authorized to speak publicly.';
    assert.equal(speakerOf(text, 'Nobody has asked').speaker?.name, 'a senior FAA official who was not authorized to speak publicly');
    const setOff = '“Nobody has asked for their source code,” said a senior FAA official, who was not authorized to speak publicly.';
    assert.equal(speakerOf(setOff, 'Nobody has asked').speaker?.name, 'a senior FAA official');
    const talks = '“It is close,” said a Western diplomat who followed the talks.';
    assert.equal(speakerOf(talks, 'It is close').speaker?.name, 'a Western diplomat who followed the talks');
  });

  it('keeps "a Harare-based commercial bank" in the name of a source who works there, and lets the source keep the floor', () => {
    const text = 'Nyasha Ferreira-Mawere, the minister, defended the Bill. "It is fair," he said.\n\n'
      + 'A senior credit manager at a Harare-based commercial bank, who requested anonymity because he was not authorised to comment on legislation, said lenders would wait for the regulations.\n\n'
      + '"Nobody will lend against a permit until we see how a default is handled," he said.';
    assert.equal(speakerOf(text, 'Nobody will lend').speaker?.name, 'A senior credit manager at a Harare-based commercial bank');
  });

  it('keeps a reason given for the anonymity whole, past its "was" and past a long phrase after "according to"', () => {
    const broker = '"Owners know everyone is chasing the same vessels," said a Hamburg-based broker who asked not to be named because he was not authorised to speak to the press.';
    assert.equal(speakerOf(broker, 'Owners know').speaker?.name, 'a Hamburg-based broker who asked not to be named because he was not authorised to speak to the press');
    const coach = 'But he "has no plans to leave," according to a person close to the coach who spoke on condition of anonymity because the conversations were private.';
    assert.equal(speakerOf(coach, 'has no plans').speaker?.name, 'a person close to the coach who spoke on condition of anonymity because the conversations were private');
    const sensitivity = 'A source who asked not to be named because of the sensitivity said the plan was "dead".';
    assert.equal(speakerOf(sensitivity, 'dead').speaker?.name, 'A source who asked not to be named because of the sensitivity');
  });

  it('reads past a party tag in brackets and an apposition to the legislator', () => {
    const text = 'Sen. Marcus Tull (D-Minn.), a member of the Senate Commerce Committee, said in a statement that Parallax “doesn’t get to grade its own homework.”';
    assert.equal(speakerOf(text, 'grade its own homework').speaker?.name, 'Marcus Tull');
  });

  it('reads an unnamed source opening a bulleted line as the source, not the company it names', () => {
    const text = 'The three carriers running Skyloom — Maplewing Airlines, Corriden Air and Sunvale Express — have largely stayed quiet.\n'
      + '• A Maplewing spokesperson said the airline “continues to meet every FAA crew-rest requirement” and declined to say more.';
    assert.equal(speakerOf(text, 'continues to meet').speaker?.name, 'A Maplewing spokesperson');
  });

  it('quotes nobody in the title of a paper or a report ("titled “…”")', () => {
    const text = 'The enzymes snip fluorine atoms off one at a time, according to the paper, titled “Stepwise reductive defluorination of perfluoroalkyl acids by a soil bacterium.”';
    assert.equal(speakerOf(text, 'Stepwise reductive').speaker, null);
  });

  it('reads mediators and investigators as unnamed sources', () => {
    const text = 'Negotiators for Congo\'s government ended a third day of talks without signing a ceasefire, though mediators said a draft agreement was "closer than it has ever been."';
    assert.equal(speakerOf(text, 'closer than').speaker?.name, 'mediators');
  });

  it('does not give a quotation to the subject of a clause a conjunction opens after it ("…," while Kasongo said)', () => {
    const text = 'Mbuyi-Kalonga said an amnesty was "not on the agenda," while Kasongo said the issue would have to be addressed "before any of our men lay down a single rifle."';
    assert.equal(speakerOf(text, 'not on the agenda').speaker?.name, 'Mbuyi-Kalonga');
    assert.equal(speakerOf(text, 'single rifle').speaker?.name, 'Kasongo');
  });

  it('gives the words of a relative clause without "that" to its subject ("a proposal an African Union official described as “…”")', () => {
    const text = 'Qatar had offered to fund a reintegration program, a proposal an African Union official described as "on the table, but not yet on paper."';
    assert.equal(speakerOf(text, 'on the table').speaker?.name, 'an African Union official');
  });

  it('gives a quotation with no cue to the person a paragraph of one sentence leads in with', () => {
    const text = 'A Republican group has aired spots. “Kansans will not be fooled,” Jess Amundsen said.\n\n'
      + 'In his closing statement, Curtis Vandermolen returned to pocketbook issues.\n\n'
      + '“Kansas families aren’t asking for much. They want to keep more of what they earn.”';
    assert.equal(speakerOf(text, 'Kansas families').speaker?.name, 'Curtis Vandermolen');
  });

  it('reads "it" as a body described earlier in its sentence ("a Republican-aligned group … what it calls “…”")', () => {
    const text = 'Holloway’s campaign has spent heavily on an ad titled “Fourteen Years,” which tallies the votes of Medicaid opponents, '
      + 'while a Republican-aligned group has aired spots warning about what it calls “the Holloway tax hike.”';
    assert.equal(speakerOf(text, 'Holloway tax hike').speaker?.name, 'a Republican-aligned group');
  });

  it('reads a party tag in brackets ending in a full stop as no end of the sentence ("Clifford Decker (R-Ind.) told reporters")', () => {
    const text = 'Democrats say they will not supply votes. "We do not have the votes today," Senate Appropriations Chair Clifford Decker (R-Ind.) told reporters after the lunch.';
    assert.equal(speakerOf(text, 'the votes today').speaker?.name, 'Clifford Decker');
  });

  it('resolves "the Montana Republican" to the legislator the article named', () => {
    const text = 'Sen. Beau Raskin (R-Mont.) has threatened to vote no. Asked whether he was prepared to take the blame, the Montana Republican said: "I am prepared to be blamed."';
    assert.equal(speakerOf(text, 'prepared to be blamed').speaker?.name, 'Beau Raskin');
  });

  it('gives a participle after the predicate to the subject and apposition opening the sentence', () => {
    const danforth = 'Rep. Simone Danforth (D-Md.), the ranking Democrat on the House Appropriations subcommittee that funds homeland security, put it more bluntly, '
      + 'saying the House bill had been "written to fail in the Senate."';
    assert.equal(speakerOf(danforth, 'written to fail').speaker?.name, 'Simone Danforth');
    const pettifer = 'Brackwater’s chief executive, Dr. Everett Pettifer, disputed the union’s account, saying staffing was “in line with or better than” that of comparable hospitals.';
    assert.equal(speakerOf(pettifer, 'in line with').speaker?.name, 'Everett Pettifer');
  });

  it('keeps a compound noun after a source noun in the unnamed source ("One nurse manager"), without the reason it is unnamed', () => {
    const text = 'One nurse manager at the hospital, who spoke on the condition of anonymity because she was not authorized to talk to reporters, said the pressure came “from well above the unit level.”';
    assert.equal(speakerOf(text, 'well above').speaker?.name, 'One nurse manager at the hospital');
  });

  it('quotes nobody in one capitalised word that is no English word: a product or a work ("PowerPause", “Driftglass”)', () => {
    const text = 'Ridgeway said half the money would pay for expanding "PowerPause," its program for cutting power. Its closing track, “Driftglass”, topped the chart.';
    assert.equal(speakerOf(text, 'PowerPause').speaker, null);
    assert.equal(speakerOf(text, 'Driftglass').speaker, null);
    const called = 'Gillian Shepherd remembered how one of her male colleagues called all women "Betty".';
    assert.notEqual(speakerOf(called, 'Betty').speaker, null);
  });

  it('gives a quotation after a colon to the subject opening the sentence, past a relative clause, when the last clause opens with its verb', () => {
    const text = '"The laptop is just where we started," Solberg said. Tobias Fjeldstad, who runs engineering and rarely gives interviews, put it more simply in a text message afterward: "Inge wants to build the Volvo of laptops."';
    assert.equal(speakerOf(text, 'Volvo of laptops').speaker?.name, 'Tobias Fjeldstad');
  });

  it('gives a quotation after "She laughs" to the woman named last, when a man spoke before and the sentences since name no one ("I put this to her")', () => {
    const text = 'In Budapest she met Lajos Kóbor, a cellist. Ingrid Halvorsrud-Kóbor still writes every morning. Their son, Áron Kóbor, is not convinced she will finish it. '
      + '"She keeps stopping to write footnotes to the footnotes," he told me later.\n\nI put this to her. She laughs, properly, for the first time.\n\n"He\'s not wrong. I have never once managed it."';
    assert.equal(speakerOf(text, 'never once managed').speaker?.name, 'Ingrid Halvorsrud-Kóbor');
  });

  it('gives a quotation after "She laughs." to the woman the sentence before turned to, not the previous speaker', () => {
    const text = '"That is a different company," Marta Kowalewska said.\n\nI put this to Ingrid Solberg. She laughs, then thinks about it for a long time.\n\n'
      + '"She is not wrong. That is the honest answer."';
    assert.equal(speakerOf(text, 'She is not wrong').speaker?.name, 'Ingrid Solberg');
  });

  it('quotes nobody in what something is "known as"', () => {
    const text = 'Federal investigators said the pilots had to climb away — a maneuver known as a “go-around” — roughly 150 feet above the ground.';
    assert.equal(speakerOf(text, 'go-around').speaker, null);
  });

  it('reads past a relative clause holding a quoted title, and a title of two lower-case words, to the subject', () => {
    const text = 'The phone was launched.\n- Chief technology officer Theo Brannock, who led a session titled "Your Phone, Your Memory," said that log is processed "entirely on the device" unless a user opts in.';
    assert.equal(speakerOf(text, 'entirely on the device').speaker?.name, 'Theo Brannock');
  });

  it('reads past an apposition with its own relative clause ("Gov. Curtis Bramhall, a Republican who sits on …, said")', () => {
    const text = 'Gov. Curtis Bramhall, a Republican who sits on the seven-member commission and voted for the map in September, said he was "disappointed but not surprised" by the ruling.';
    assert.equal(speakerOf(text, 'disappointed').speaker?.name, 'Curtis Bramhall');
  });

  it('keeps "one controller at the Nashville tower" whole as an unnamed source', () => {
    const text = '“We have been running short for two years,” said one controller at the Nashville tower, who spoke on condition of anonymity.';
    assert.equal(speakerOf(text, 'running short').speaker?.name, 'one controller at the Nashville tower');
  });

  it('gives a participle to the pronoun opening its clause, not to the pronoun that is its object ("She declined to describe it, saying", "It also withdrew its target, saying")', () => {
    const text = 'A White House spokesperson urged both sides to agree. Meredith Castellane told Reuters the association had tabled a revised proposal. '
      + 'She declined to describe it, saying only: "We\'ve moved. Now we\'ll see if they move too."';
    assert.equal(speakerOf(text, 'moved').speaker?.name, 'Meredith Castellane');
    const firm = 'Oberland Motorenwerke has cut its guidance. It also withdrew its cash flow target, saying cash flow would be “significantly negative”.';
    assert.equal(speakerOf(firm, 'significantly negative').speaker?.name, 'Oberland Motorenwerke');
  });

  it('reads past an apposition of up to twenty words ("director of the Office of Neuroscience in the FDA\'s Center for …")', () => {
    const text = '"Today\'s approval offers another treatment," Dr. Hilary Westgate, director of the Office of Neuroscience in the FDA\'s Center for Drug Evaluation and Research, said in a statement.';
    assert.equal(speakerOf(text, 'Today\'s approval').speaker?.name, 'Hilary Westgate');
  });

  it('gives a quotation after a relative clause that ends in a quotation to the subject before it', () => {
    const text = 'Lorraine Deschenes, 71, a retired teacher who knocked on doors for Vantreese “pretty much every Saturday since June,” said she had cried. “I never once got to vote for a winner,” Deschenes said.';
    assert.equal(speakerOf(text, 'never once').speaker?.name, 'Lorraine Deschenes');
  });

  it('takes "the agency" to be the body whose name ends in "Agency", not the one named after it', () => {
    const text = 'Dr Ruiz said it was unusual. The European Space Agency, whose office works with the Minor Planet Center, said the comet posed no danger. '
      + '“There is no risk of impact,” the agency said.';
    assert.equal(speakerOf(text, 'There is no risk').speaker?.name, 'European Space Agency');
  });

  it('reads a description and a "which" clause of any length as the subject, and "the employers\' association" as the body named so', () => {
    const text = 'The Gulf Maritime Employers Association rejected the demand. The employers\' association, which bargains on behalf of carriers, terminal operators and stevedoring companies, '
      + 'said in a statement that its offer was "the most generous in the history of this contract".';
    assert.equal(speakerOf(text, 'most generous').speaker?.name, 'Gulf Maritime Employers Association');
  });

  it('reads past an aside between dashes before "but" to the subject both verbs share', () => {
    const text = 'Tony Wilson has twice tried to resurrect Factory - which lasted for 14 years before folding - but conceded these efforts had been "despondent and dismal experiences".';
    assert.equal(speakerOf(text, 'despondent').speaker?.name, 'Tony Wilson');
  });

  it('gives the word for how a source felt after "was" to that source, but not to a name inside a longer subject', () => {
    const text = '"This is highly unlikely," William Hill spokesman Rupert Adams said. However, a Big Brother spokeswoman was "satisfied" that the information remained confidential.';
    assert.equal(speakerOf(text, 'satisfied').speaker?.name, 'a Big Brother spokeswoman');
    const bandmate = 'Mike Skinner performed his hit. A bandmate informed the crowd Skinner was "in the toilet".';
    assert.equal(speakerOf(bandmate, 'in the toilet').speaker, null);
  });

  it('reads "repeated" and "pressed" as verbs of speech', () => {
    const text = '“I did,” Mr. Delahunt said. “A figure of speech,” Mr. Esterhaus repeated, before moving on. '
      + 'On Sunday, Lib Dem leader Charles Kennedy repeated his call for a "pause" in considering the legislation.';
    assert.equal(speakerOf(text, 'A figure of speech').speaker?.name, 'Esterhaus');
    assert.equal(speakerOf(text, 'pause').speaker?.name, 'Charles Kennedy');
  });

  it('keeps "A trustee of another Scottish museum" whole as an unnamed source', () => {
    const text = 'A trustee of another Scottish museum, who asked not to be named, told The Art Newspaper that the decision risked setting “a precedent nobody has thought through”.';
    assert.equal(speakerOf(text, 'a precedent').speaker?.name, 'A trustee of another Scottish museum');
  });

  it('gives "he said" to the subject of the reported speech before it, past an age and an apposition, not to a person named after "toward"', () => {
    const text = 'At the diner, opinions split. “It is close,” said Travis Mercer. Ray Gosselin, 59, an electrician who said he had voted for Ms. Kessling twice, '
      + 'said he was leaning toward Mr. Mercer this time. “She’s a nice lady. I’m not saying she isn’t,” he said.';
    assert.equal(speakerOf(text, 'nice lady').speaker?.name, 'Ray Gosselin');
  });

  it('does not give "she" to a name after "at" ("Back at the Blue Heron, Ms. Ferland …")', () => {
    const text = '“Somebody has to,” he said. Back at the Blue Heron, Ms. Ferland was finishing her eggs. “But I’ve known her a long time,” she said.';
    assert.equal(speakerOf(text, 'known her').speaker?.name, 'Ferland');
  });

  it('reads "his family" as a source, and "the statement" after it as the same voice', () => {
    const text = 'The cause was complications of cancer, his daughter, Josie Vale, said. In a statement released through the band’s label, Greywater Records, '
      + 'his family said Mr. Vale had died “the way he lived most of his life.” “He was a private man with a very public voice,” the statement said.';
    assert.equal(speakerOf(text, 'the way he lived').speaker?.name, 'his family');
    assert.equal(speakerOf(text, 'a private man').speaker?.name, 'his family');
  });

  it('gives what someone is "framed" or "portrayed" as to the one who framed it', () => {
    const text = 'Skein CEO Rafael Quint, who co-founded the company, framed the change in a post on the app as “a return to what Skein was supposed to be.”';
    assert.equal(speakerOf(text, 'a return to').speaker?.name, 'Rafael Quint');
  });

  it('resolves "the 67-year-old" to the person opening the sentence before, past "Back on First Avenue,"', () => {
    const text = '“We will investigate,” Sandra Ibekwe-Hart said. Back on First Avenue, Darlene Skaggs said she had lived near the plant for four decades. '
      + '"You get used to the smell, the noise, the flares at night," the 67-year-old said.';
    assert.equal(speakerOf(text, 'used to the smell').speaker?.name, 'Darlene Skaggs');
  });

  it('gives words quoted in an interview\'s answer, over all its paragraphs, to the interviewee named first', () => {
    const text = 'Anouk Verhaegen: ‘I had to learn how to lose’\n\n“Breathe,” her coach Marco Bellandi said.\n\nQ: Take me back to last spring.\n\n'
      + 'A: Honestly, I was scared. I would start thinking, “If I lose this now, what will people write?”\n\nMy mum told me to delete the apps and I said, “Mama, it’s my job.”\n\n'
      + 'Q: Is that true?\n\nA: Marco said, “You already know what you did wrong.”';
    assert.equal(speakerOf(text, 'If I lose').speaker?.name, 'Anouk Verhaegen');
    assert.equal(speakerOf(text, 'Mama').speaker?.name, 'Anouk Verhaegen');
    assert.equal(speakerOf(text, 'You already know').speaker?.name, 'Marco Bellandi');
  });

  it('reads an unnamed source and a relative clause with no commas around it as the subject after a quotation', () => {
    const text = 'The company has ordered components for "several million" Orbit One units, a Vantorra executive who was not authorized to discuss internal targets told Axios.';
    assert.equal(speakerOf(text, 'several million').speaker?.name, 'a Vantorra executive who was not authorized to discuss internal targets');
  });

  it('gives "the Ofcom spokesman" the name of the spokesman for Ofcom quoted before', () => {
    const text = '"We are seeking opinion from industry," said a spokesman for Ofcom. The Ofcom spokesman said it was considering imposing a "mask" on the devices.';
    assert.equal(speakerOf(text, 'mask').speaker?.name, 'a spokesman for Ofcom');
  });

  it('gives "what the company called “…”" to the company', () => {
    const text = 'Sablewood made an unusual promise along with it: that the system had passed every test, with what the company called “zero critical findings.”';
    assert.equal(speakerOf(text, 'zero critical findings').speaker?.name, 'Sablewood');
  });

  it('gives a quotation after a colon to an unnamed source opening the clause ("The other official put it more gently:")', () => {
    const text = '“It wasn’t a request,” one of the officials said. The other official put it more gently: “She read the room.”';
    assert.equal(speakerOf(text, 'She read the room').speaker?.name, 'The other official');
    const reason = 'The vote passed. A senior Air Force official who was not authorized to speak publicly put it more bluntly: "Congress needs to pay for both."';
    assert.equal(speakerOf(reason, 'pay for both').speaker?.name, 'A senior Air Force official who was not authorized to speak publicly');
  });

  it('ends the reason an unnamed source gives for anonymity at a verb in the past tense ("…to speak publicly defended the decision")', () => {
    const text = 'A senior European negotiator who was not authorized to speak publicly defended the decision to keep debt out of the text. “The debt conversation was never going to happen here,” the negotiator said.';
    assert.equal(speakerOf(text, 'never going to happen').speaker?.name, 'A senior European negotiator who was not authorized to speak publicly');
  });

  it('quotes nobody in the words of a sign ("a hand-painted sign reading “SLOW DOWN”")', () => {
    const text = 'A handful of residents have been pushing the county to install a stop sign, and a hand-painted sign reading "SLOW DOWN - WE LIVE HERE" stands in a yard.';
    assert.equal(speakerOf(text, 'SLOW DOWN').speaker, null);
  });

  it('resolves "the senator" and "the congresswoman" through the titles "Sen." and "Rep.", and of two senators to the one named last', () => {
    const text = 'Sen. Marcus Tull, D-Minn., criticised the plan. Rep. Ellen Bradshaw, R-Texas, defended it. Defense Minister Ana Ruiz spoke. '
      + '"It is a disgrace," the senator said. "We stand by it," the congresswoman said.';
    assert.equal(speakerOf(text, 'a disgrace').speaker?.name, 'Marcus Tull');
    assert.equal(speakerOf(text, 'stand by it').speaker?.name, 'Ellen Bradshaw');
    const two = 'Sen. Marcus Tull criticised the plan. Sen. Ellen Bradshaw defended it. "It is a fair plan," the senator said.';
    assert.equal(speakerOf(two, 'a fair plan').speaker?.name, 'Ellen Bradshaw');
  });

  it('gives "she said" after "The judge rejected that argument." to the one judge the article names', () => {
    const text = 'Lawyers for the paper argued the story was in the public interest. The judge rejected that argument. In her written judgment, she said: "The fact that a person has spoken about wanting a family does not mean she has surrendered her privacy." '
      + 'Mrs Justice Pennington also found against the paper.';
    assert.equal(speakerOf(text, 'The fact that').speaker?.name, 'Pennington');
  });

  it('reads "the Austin, Texas-based company" as the company in focus, written as the article writes it', () => {
    const text = 'Veyra Technologies recalled 400,000 phones. “We are deeply sorry,” the Austin, Texas-based company said in a statement.';
    const { speaker } = speakerOf(text, 'deeply sorry');
    assert.equal(speaker?.name, 'Veyra Technologies');
    assert.equal(speaker?.mention?.text, 'the Austin, Texas-based company');
  });

  it('takes up the unnamed source of that kind quoted last, with whom it speaks for ("A negotiator from a large emerging economy")', () => {
    const text = '"It is unacceptable," one European negotiator said. A negotiator from a large emerging economy said the draft reflected "the reality that countries differ". '
      + '"No one was excluded," the negotiator said.';
    assert.equal(speakerOf(text, 'No one was excluded').speaker?.name, 'A negotiator from a large emerging economy');
  });

  it('names "the official" and "the lawmaker" as the unnamed source reported speaking before', () => {
    const official = 'A senior INDECI official, who asked not to be named, said two helicopters had been grounded. "We simply do not have enough lift," the official said.';
    assert.equal(speakerOf(official, 'enough lift').speaker?.name, 'A senior INDECI official');
    const lawmaker = 'Sen. Alicia Weng sponsored the bill. One senior lawmaker, who spoke on condition of anonymity, said the bill has the votes to pass. '
      + '"Everybody loves it until you put a price tag on it," the lawmaker said.';
    assert.equal(speakerOf(lawmaker, 'price tag').speaker?.name, 'One senior lawmaker');
  });

  it('reads "they" after a single unnamed person as that person ("One former senior designer … “…,” they said")', () => {
    const text = 'Kettleworks marketed the shooter as a game "built to be watched". One former senior designer, who asked not to be named because they were still negotiating a settlement, '
      + 'told The Times the cuts had come as a shock. "We were told in September that the studio was in a strong position," they said.';
    assert.equal(speakerOf(text, 'We were told').speaker?.name, 'One former senior designer');
  });

  it('names "the person" as the person familiar with the talks introduced before', () => {
    const text = 'A person familiar with the negotiations said the two sides had been close on wages. '
      + 'The person, who asked not to be named because the talks were private, said the mediator had been "shuttling between rooms until well after midnight."';
    assert.equal(speakerOf(text, 'shuttling').speaker?.name, 'A person familiar with the negotiations');
  });

  it('does not take the gender of one of a family from another\'s "said she" through the surname they share', () => {
    const text = 'Lene Holmgaard said she was relieved. Their son, Jonas Holmgaard, 27, who led a public campaign for his release, thanked Danish diplomats '
      + 'but criticized what he called the "silence" of the first months.';
    assert.equal(speakerOf(text, 'silence').speaker?.name, 'Jonas Holmgaard');
  });

  it('reads "it" as the body its sentence names before the previous speaker, and "the person" as the one "according to" introduced', () => {
    const text = '“We are monitoring the case,” a White House spokesperson said. In its filings, the Justice Department argued that courts had no authority to second-guess '
      + 'what it called "core executive functions." The losses were heavy, according to one person familiar with the matter. “The money wasn’t sitting in wallets,” the person said.';
    assert.equal(speakerOf(text, 'core executive').speaker?.name, 'Justice Department');
    assert.equal(speakerOf(text, 'sitting in wallets').speaker?.name, 'one person familiar with the matter');
     const posted = 'Rescue teams reached Ixtepec. The National Seismological Service wrote on X that it had recorded 340 aftershocks, and urged residents "not to return to damaged buildings."';
    assert.equal(speakerOf(posted, 'not to return').speaker?.name, 'National Seismological Service');
  });

  it('takes up the source of that kind introduced last, whether quoted before or only reported', () => {
    const text = '“We are reviewing it,” an SEC spokesperson said. The founder has ceded control of the finances, a company spokesperson said. '
      + '“Mr. Quiroga has full authority over the assets,” the spokesperson said.';
    assert.equal(speakerOf(text, 'full authority').speaker?.name, 'a company spokesperson');
  });

  it('keeps an unnamed source taken up again ("…, the official said.") as "he" in the quotation after', () => {
    const text = 'Anders Holmgaard, 61, was freed on Sunday. A Yemeni government official in Aden told the Associated Press that he had been held by a local tribe. '
      + 'Several of those detainees were freed in recent weeks, the official said. "As far as I know, no money changed hands," he said.';
    assert.equal(speakerOf(text, 'no money changed hands').speaker?.name, 'A Yemeni government official in Aden');
  });

  it('reads "the department said" as the department last named ("the Department of Homeland Security")', () => {
    const text = 'A Department of Homeland Security rule took effect Friday. Shelter operators in El Paso said they were full.\n\n'
      + '"This rule rewards people who follow a lawful, orderly process," the department said in a statement.';
    assert.equal(speakerOf(text, 'This rule rewards').speaker?.name, 'Department of Homeland Security');
  });

  it('reads "the lawyers said" as the body of lawyers the article named ("Zimbabwe Lawyers for Human Rights")', () => {
    const text = 'However, Zimbabwe Lawyers for Human Rights (ZLHR) said in a statement that the Bill "concentrates too much discretion in the office of the minister."\n\n'
      + '"Clause 14 allows the minister to cancel a permit for good cause," the lawyers said.';
    assert.equal(speakerOf(text, 'Clause 14').speaker?.name, 'Zimbabwe Lawyers for Human Rights');
  });

  it('keeps a country\'s initials with the agency an unnamed source speaks for ("A spokesperson for U.S. Customs and Border Protection")', () => {
    const text = 'A spokesperson for U.S. Customs and Border Protection said the login problems had been "largely resolved." Customs and Border Protection said it would add staff.';
    const { speaker, analysis } = speakerOf(text, 'largely resolved');
    assert.equal(speaker?.name, 'A spokesperson for U.S. Customs and Border Protection');
    assert.equal(analysis.entities[speaker?.organization ?? -1]?.name, 'Customs and Border Protection');
  });

  it('keeps in an unnamed source the event, product or place it speaks for ("A spokesperson for Euro 2028", "for Birmingham Airport")', () => {
    const text = 'A spokesperson for Euro 2028, which opens in June, said organisers were "aware of the reports" and were looking into them.';
    const { speaker, analysis } = speakerOf(text, 'aware of the reports');
    assert.equal(speaker?.name, 'A spokesperson for Euro 2028');
    assert.equal(organizationName({ speaker, analysis }), 'Euro 2028');
    const airport = 'A spokesperson for Birmingham Airport said the runway had been closed and that “a small number of flights” had been delayed.';
    assert.equal(speakerOf(airport, 'small number of flights').speaker?.name, 'A spokesperson for Birmingham Airport');
  });

  it('names a source by the screen name it goes by ("a user called nebula_tax"), but not by what it called ("called police")', () => {
    const text = '“Honestly I would rather wait until 2028,” wrote a user called nebula_tax in the game’s subreddit. '
      + '“Moved my whole family group over,” wrote a commenter going by Ferro_Lux. '
      + 'Another senior adviser called the sale "the swindle of the century".';
    assert.equal(speakerOf(text, 'rather wait').speaker?.name, 'nebula_tax');
    assert.equal(speakerOf(text, 'whole family').speaker?.name, 'Ferro_Lux');
    const restated = 'A researcher who goes by Paperwasp, who monitors leak sites, wrote in a post on X that the listing had vanished. '
      + '"Listings that vanish and come back usually mean talks stalled," the researcher wrote.';
    assert.equal(speakerOf(restated, 'Listings that vanish').speaker?.name, 'Paperwasp');
    assert.equal(speakerOf(text, 'swindle').speaker?.name, 'Another senior adviser');
  });

  it('keeps in an unnamed source the body it speaks for after a country\'s possessive ("A spokesperson for Germany\'s transport ministry")', () => {
    const text = 'A spokesperson for Germany\'s transport ministry said funding remained "fully secured", but declined to say more.';
    assert.equal(speakerOf(text, 'fully secured').speaker?.name, 'A spokesperson for Germany\'s transport ministry');
  });

  it('keeps the office of the person a source speaks for ("A spokesperson for Salcedo’s office")', () => {
    const text = 'Attorney General Marisol Salcedo sued. A spokesperson for Salcedo’s office said it was “coordinating with several other states.”';
    assert.equal(speakerOf(text, 'coordinating').speaker?.name, 'A spokesperson for Salcedo’s office');
  });

  it('reads past a city and state in an apposition before "who", and gives "X\'s attorney, Name," to the name', () => {
    const oyelaran = 'The NTSB said a blade had separated. Megan Oyelaran, a nurse from Evanston, Illinois, who was aboard the flight, said she heard "a bang like a car crash".';
    assert.equal(speakerOf(oyelaran, 'a bang').speaker?.name, 'Megan Oyelaran');
    const attorney = 'Gregory Vanterpool was indicted. Vanterpool\'s attorney, Miriam Castellanos-Reed, said her client "has never traded a vote" and would fight the charges.';
    assert.equal(speakerOf(attorney, 'never traded').speaker?.name, 'Miriam Castellanos-Reed');
  });

  it('reads "Administrator" as a title, "known locally as" as a label, and an apposition holding a quotation before "said"', () => {
    const text = '"We are not going to wait," FAA Administrator Colleen Mahaffey told reporters. Ferrandou, who inherits the leader’s jersey, known locally as the “maillot des crêtes”, '
      + 'said his first thoughts were with Arriaga. “I saw the pictures after the finish,” he said. Some employees were relieved. '
      + '"People have been waiting for this," said a longtime employee in the planning department, who asked not to be named.';
    assert.equal(speakerOf(text, 'not going to wait').speaker?.name, 'Colleen Mahaffey');
    assert.equal(speakerOf(text, 'maillot').speaker, null);
    assert.equal(speakerOf(text, 'I saw the pictures').speaker?.name, 'Ferrandou');
    assert.equal(speakerOf(text, 'People have been waiting').speaker?.name, 'a longtime employee in the planning department');
  });

  it('reads "the authors write that" as the authors\' words', () => {
    const text = 'In the paper, the authors write that their results "should not be read as a case for switching off public lighting."';
    assert.equal(speakerOf(text, 'switching off').speaker?.name, 'the authors');
  });

  it('gives a question put to the speaker ("She was asked whether leaving Mbatha out…") to the one who answers it, not the player it names', () => {
    const text = 'Chloe Mbatha started on the bench. "We were waiting for them to make a mistake," Sofia Lindqvist-Barr said at her press conference. '
      + 'She was asked whether leaving Mbatha out had been an error. "No. She travelled back from Glasgow on Friday night," she said.';
    assert.equal(speakerOf(text, 'travelled back').speaker?.name, 'Sofia Lindqvist-Barr');
  });

  it('reads a description after a quotation opening a paragraph as the person who opens the paragraph before', () => {
    const text = '“In the second set she forgot,” Remy Castagnet added.\n\nThe turning point came when Talia Brandstetter chased down an Anouk Verstraete drop shot.\n\n'
      + 'Verstraete, ranked 41st, said she had expected a rustier opponent.\n\n“She didn’t play like someone who has been away for a year,” the Belgian said.';
    assert.equal(speakerOf(text, 'She didn’t play').speaker?.mention?.text, 'the Belgian');
    assert.equal(speakerOf(text, 'She didn’t play').speaker?.name, 'Anouk Verstraete');
  });

  it('keeps "the campaign" and "the brief" as the sources they are, not the candidate they concern', () => {
    const text = 'Dale Kittredge trails Renée Solvang by 60 votes. “The statute is not a suggestion,” the campaign wrote in its petition. '
      + 'Lawyers for Ms. Solvang filed a brief on Thursday. “Nobody in this case has suggested that a single one of these voters was ineligible,” the brief said.';
    assert.equal(speakerOf(text, 'not a suggestion').speaker?.name, 'the campaign');
    assert.equal(speakerOf(text, 'Nobody in this case').speaker?.name, 'the brief');
  });

  it('keeps an unnamed source as written, with whom it speaks for and a relative clause about it', () => {
    assert.equal(speakerOf('Lawyers for news organisations said it was "really vital" for the responses to be made public.', 'really vital').speaker?.name, 'Lawyers for news organisations');
    assert.equal(speakerOf('An aide to one of them said the member had received “hundreds of emails” in the past week.', 'hundreds of emails').speaker?.name, 'An aide to one of them');
    assert.equal(speakerOf('A Western diplomat who followed the talks said the deal was “more than anyone expected”.', 'more than anyone').speaker?.name, 'A Western diplomat who followed the talks');
  });

  it('reads what a report "found" as its words, and keeps "a committee of MPs and peers" whole', () => {
    const text = 'Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned. '
      + 'The report, which followed a year-long inquiry by the committee, found the high death rate "amounts to a serious failure to protect the right to life". '
      + 'Police found a "suspicious" package near the station.';
    assert.equal(speakerOf(text, 'shocking').speaker?.name, 'a committee of MPs and peers');
    assert.equal(speakerOf(text, 'amounts to a serious failure').speaker?.name, 'The report');
    assert.equal(speakerOf(text, 'suspicious').speaker, null);
  });

  it('reads a pronoun\'s clause ended by a colon as the lead-in to the quotation, though the clause also looks like a label', () => {
    const text = 'Charles Kennedy said his party could come second. He is prepared to go this far: "A clear conclusion has been reached, including by Conservatives."';
    assert.equal(speakerOf(text, 'A clear conclusion').speaker?.name, 'Charles Kennedy');
  });

  it('attributes a quotation reopened in its paragraph where it goes on, when nothing before it speaks', () => {
    const text = 'Sale host Bath on Friday, but the Frenchman has endured a "difficult week" with six players away. '
      + '"It\'s an important game but we\'ve just the one full session. "If five players or more are picked they should move the game," Philippe Saint-Andre told BBC Sport.';
    assert.equal(speakerOf(text, 'important game').speaker?.name, 'Philippe Saint-Andre');
  });

  it('reads a description opening its own sentence before a quotation as the person who opens the sentence before, or who says it', () => {
    const text = 'Tony Blair backs the plans. "We want more people coming to look for refuge," Charles Clarke said. Mr Blair was asked last Wednesday if the plans would reduce net migration. '
      + 'The prime minister told MPs: "The abusers will be weeded out."';
    assert.equal(speakerOf(text, 'The abusers').speaker?.name, 'Tony Blair');
    const greer = 'Germaine Greer has criticised the show. "It is bullying," she said. Nielsen had panicked that it could harm her access to her children, Greer said. '
      + 'The feminist writer and broadcaster said Big Brother had behaved "like a child rather than a parent".';
    assert.equal(speakerOf(greer, 'like a child').speaker?.name, 'Germaine Greer');
  });

  it('reads a name after a title ("City Council member", "British actor") before a long relative clause as the subject', () => {
    const text = 'It was a policy. City Council member Yvonne Tisdale, who represents the 7th District in the city’s East End and has pushed for limits on the stops since 2021, called the change “long overdue.”';
    assert.equal(speakerOf(text, 'long overdue').speaker?.name, 'Yvonne Tisdale');
    const owen = 'British actor Clive Owen, who has won a Golden Globe and a Bafta for his supporting role in Closer, said it "meant a lot" to be at the ceremony.';
    assert.equal(speakerOf(owen, 'meant a lot').speaker?.name, 'Clive Owen');
  });

  it('reads a headline\'s description without its article ("Shadow chancellor accuses …") as the holder of the office', () => {
    const text = 'Shadow chancellor accuses Treasury of “fiddling the figures” over borrowing rule\n\nThe shadow chancellor, Helen Marchbank, has accused the Treasury.';
    assert.equal(speakerOf(text, 'fiddling the figures').speaker?.name, 'Helen Marchbank');
  });

  it('takes "the former engineer" up as the unnamed source introduced before, not the person named since', () => {
    const text = 'A former engineer at the company, who spoke on condition of anonymity, said staff had raised concerns. Tomás Ferreyra, the chief executive, said nothing. '
      + '“We flagged it over and over,” the former engineer said.';
    assert.equal(speakerOf(text, 'We flagged it').speaker?.name, 'A former engineer at the company');
  });

  it('reads "it added" after a firm introduced by its trade ("housebuilder George Wimpey")', () => {
    const text = 'Profits rose at housebuilder George Wimpey. Wimpey said the market had proved "challenging". "By late summer, the market had slowed," it added.';
    const { speaker, analysis } = speakerOf(text, 'By late summer');
    assert.equal(speaker?.name, 'George Wimpey');
    assert.equal(analysis.entities.find((entity) => entity.name === 'George Wimpey')?.type, 'organization');
  });

  it('gives a description after a new subject\'s sentence to that subject, not to the previous speaker', () => {
    const text = '"I touched the ball down," Josh Lewsey told BBC Sport.\n\nMark Cueto was also puzzled as to why his try had been disallowed by Jonathan Kaplan. '
      + '"I don\'t think I could have been offside," said the Sale player.';
    assert.equal(speakerOf(text, 'offside').speaker?.name, 'Mark Cueto');
  });

  it('gives a quotation with no cue in a new paragraph to the person the sentence before introduces', () => {
    const text = '"We were delighted," said Karen Walsh.\n\nThe adapter is the brainchild of IBM researcher Jim Levine, who developed the prototype. '
      + '"I knew that there must be a way to improve the situation." The device goes on sale next year, Jim Levine said.';
    assert.equal(speakerOf(text, 'I knew that').speaker?.name, 'Jim Levine');
  });

  it('gives the second half of a quotation interrupted by an inverted attribution the same speaker', () => {
    const text = '"Most firms have secured their e-mail gateway," said Mr Warner, "but the irony is that most let malicious content through."';
    assert.equal(speakerOf(text, 'the irony is').speaker?.name, 'Warner');
  });

  it('finds the subject before a comma that "and" joins to the cue ("He hinted at discontent, and said:")', () => {
    const text = '"I am still making music," George Michael said. He hinted at discontent with the music industry, and said: "I don\'t think there is anyone I want to spar with."';
    assert.equal(speakerOf(text, 'spar with').speaker?.name, 'George Michael');
  });

  it('takes no new sentence with a complement, or with a colon, after a quotation for its attribution', () => {
    const text = 'Mr Florin said: "A gamer could buy a starter disc." "It\'s much smarter." Mr Armes warned that developers still had to learn. '
      + '"We have been managing for five years." Ronaldinho admitted: "It is going to be difficult."';
    assert.equal(speakerOf(text, 'much smarter').speaker?.name, 'Florin');
    assert.notEqual(speakerOf(text, 'managing for five years').speaker?.name, 'Ronaldinho');
  });

  it('reads a parenthetical "said X" inside the clause that holds a quotation', () => {
    const text = 'The European ministers\' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were "generally too weak to produce a market reaction".';
    assert.equal(speakerOf(text, 'generally too weak').speaker?.name, 'Junya Tanase');
  });

  it('learns the gender of a name no list knows from the pronoun after it as a subordinate clause\'s subject ("where Emrys ap Dafydd, 88, is sitting … his knee")', () => {
    const text = 'Dr Anjali Ramaswamy has been the town\'s doctor for 40 years. The first call is a farmhouse, where Emrys ap Dafydd, 88, is sitting by the range '
      + 'with the racing pages open on his knee. He does not look up when she comes in.\n\n“You’re late,” he says.\n\nIn the car afterwards, she is quiet for a while.\n\n'
      + '“When I started, there were four of us,” she says.';
    assert.equal(speakerOf(text, 'When I started').speaker?.name, 'Anjali Ramaswamy');
  });

  it('reads "One of them" as an unnamed source, as written', () => {
    const text = 'Two Nollander engineers, who left the company last year, said logs showed operators accepting targets. '
      + 'One of them described the human review step as “a rubber stamp with a login screen.”';
    assert.equal(speakerOf(text, 'a rubber stamp').speaker?.name, 'One of them');
  });

  it('reads a verb in a second "that" clause after the quotation as more reported speech, not its attribution ("…," and that Kowalczyk had asked)', () => {
    const text = 'A senior Defense official said the department was “weighing every option, including walking away,” and that Kowalczyk had asked the Army to review its programs.';
    assert.equal(speakerOf(text, 'weighing every option').speaker?.name, 'A senior Defense official');
  });

  it('reads an unnamed source before a reduced clause of why it is unnamed ("A White House official granted anonymity to discuss … said")', () => {
    const text = 'A White House official granted anonymity to discuss internal deliberations said the administration “is not going to let a vendor set the rules.”';
    assert.equal(speakerOf(text, 'is not going to let').speaker?.name, 'A White House official');
  });

  it('reads "writing in a note to clients" as a cue, and an unnamed source at a body without the predicate after it', () => {
    const text = 'Analysts at Fjordhavn Markets cut their rating on the stock, writing in a note to clients that the probe created "a significant overhang" for the shares.';
    assert.equal(speakerOf(text, 'significant overhang').speaker?.name, 'Analysts at Fjordhavn Markets');
  });

  it('reads "A skipper in Ålesund" as an unnamed source by the ending of its noun, which no list of sources holds', () => {
    const text = 'They saw it before we did, honestly. A skipper in Ålesund told me, "The mackerel have moved house." Boats were steaming further north.';
    assert.equal(speakerOf(text, 'mackerel have moved').speaker?.name, 'A skipper in Ålesund');
    // ("Another" is one more source, as written; an adverb ending in the same letters is none.)
    assert.equal(speakerOf('Later told reporters, "The mackerel have moved house."', 'mackerel have moved').speaker, null);
  });

  it('gives "the organisation said" to the body that spoke since the previous quotation, in reported speech', () => {
    const text = 'The United Nations Economic Commission for Europe (UNECE) said growth would slow. Separately, the Bundesbank warned that the plans presented "huge risks". '
      + 'Publishing its 2005 economic survey, the UNECE said central European countries would provide the backbone of growth. '
      + '"Monetary policy in the euro area is likely to continue to wait and see," the organisation said in its report.';
    assert.equal(speakerOf(text, 'Monetary policy').speaker?.name, 'United Nations Economic Commission for Europe');
  });

  it('reads "the union" as the one body named with that noun, accents aside ("the Unión Sindical de Tripulantes")', () => {
    const text = 'The walkout, called by the Unión Sindical de Tripulantes, or UST, is the first. Alisur said it had canceled 412 flights. '
      + 'Alisur CEO Joost van der Linde described the timing as "deliberately designed to cause maximum harm."\n\n'
      + 'In a written statement, the union said the company\'s offer "does not address a single one of the rostering problems".';
    assert.equal(speakerOf(text, 'does not address').speaker?.name, 'Unión Sindical de Tripulantes');
  });

  it('reads "kept informed" as a state, not a verb of speech whose subject runs back over "said"', () => {
    const text = 'A spokesperson for the Department of Health and Social Care said ministers were being kept informed and that officials were “working closely with the MHRA”.';
    assert.equal(speakerOf(text, 'working closely').speaker?.name, 'A spokesperson for the Department of Health and Social Care');
  });

  it('reads "the statement said" as the body that said in a statement, but not as a name its sentence is about', () => {
    const text = 'The Electoral Commission, which has delivered its booklet, “Your Guide to the Housing Referendum”, to every household, said in a statement that it had received '
      + 'a record number of queries. “The Commission does not take a side,” the statement said.';
    assert.equal(speakerOf(text, 'does not take a side').speaker?.name, 'Electoral Commission');
    const family = 'Halvorsen died peacefully at a hospice in Bergen on Tuesday, his family said in a statement. "Dad loved football," the statement said.';
    assert.notEqual(speakerOf(family, 'Dad loved football').speaker?.name, 'Halvorsen');
  });

  it('gives the pronoun after a sentence opening with a description ("The 31-year-old was third behind Hayley Yelling") to whom it describes', () => {
    const text = 'Jo Pavey will miss the race to focus on the European Indoor Championships.\n\nThe 31-year-old was third behind Hayley Yelling and Justyna Bak last week '
      + 'but she prefers to race on the track. "It was great winning bronze but I\'m wary of injuries," she said.';
    assert.equal(speakerOf(text, 'great winning bronze').speaker?.name, 'Jo Pavey');
  });

  it('reads "the group" as the body introduced as "a group calling itself …", not the body that spoke before', () => {
    const text = 'The Hong Kong Monetary Authority said it was "in contact" with Lumiqa. A group calling itself GhostLotus claimed responsibility for the attack on Wednesday, '
      + 'two days before Lumiqa went public. "Lumiqa had an open door at the back," the group wrote, demanding a ransom.';
    assert.equal(speakerOf(text, 'open door').speaker?.name, 'GhostLotus');
  });

  it('keeps the minister an unnamed spokesperson speaks for, with the title ("A spokesperson for Housing Minister Duncan MacIsaac")', () => {
    const text = 'The province was more guarded. A spokesperson for Housing Minister Duncan MacIsaac said Nova Scotia "welcomes any decision that gets shovels in the ground".';
    assert.equal(speakerOf(text, 'welcomes any decision').speaker?.name, 'A spokesperson for Housing Minister Duncan MacIsaac');
  });

  it('reads the subject of a participle after "with" without the "with" ("with the prosecution describing", "with the Brits committee announcing")', () => {
    const text = 'Final arguments ended on Tuesday, with the prosecution describing the murder as a killing “planned over three weeks and paid for in instalments”.';
    assert.equal(speakerOf(text, 'planned over three weeks').speaker?.name, 'the prosecution');
    const brits = 'The Brit Awards said they would no longer give the prize, with the Brits committee announcing that "dance music is no longer where it\'s happening in music."';
    assert.equal(speakerOf(brits, 'dance music is no longer').speaker?.name, 'the Brits committee');
    const senator = 'Two GOP senators raised concerns, with one Republican senator describing the nominee\'s record as "a problem we\'ll have to manage."';
    assert.equal(speakerOf(senator, 'a problem we').speaker?.name, 'one Republican senator');
  });

  it('reads "said" after a subject and its apposition as that subject\'s verb, not a parenthesis naming what follows', () => {
    const text = 'Lawmaker Duncan Ip said the rules were "a decade behind". Dr Anjali Mehra-Lau, an assistant professor of computer science at the University of Hong Kong, '
      + 'said the combination of names, phone numbers and partial identity card numbers was "exactly what fraudsters need to sound convincing."';
    assert.equal(speakerOf(text, 'exactly what fraudsters').speaker?.name, 'Anjali Mehra-Lau');
    assert.equal(speakerOf('Ultimately, there will be, says Mr Donofrio, no value in being "computer illiterate".', 'computer illiterate').speaker?.name, 'Donofrio');
  });

  it('reads "X quoted Y as saying" as Y speaking, and a broker or a trader as an unnamed source', () => {
    assert.equal(speakerOf('"It\'s above all a question of sovereignty," Reuters quoted a central bank official as saying.', 'sovereignty').speaker?.name, 'a central bank official');
    assert.equal(speakerOf('"Obviously we\'ll have to wait and see," said one London-based broker.', 'wait and see').speaker?.name, 'one London-based broker');
  });

  it('takes the name before a long relative clause as the subject ("Mr Mates, who is a member of … and was part of …, told the BBC")', () => {
    const text = 'Mr Mates, who is a member of the Commons intelligence and security committee and was part of the Butler inquiry into pre-war intelligence, told the BBC on Friday: "That, as a general rule, is right."';
    assert.equal(speakerOf(text, 'general rule').speaker?.name, 'Mates');
  });

  it('reads an inverted attribution after a quotation that ends its sentence, but not a new sentence opening with "Asked"', () => {
    assert.equal(speakerOf('"I think Wall Street has gotten ahead of eBay." said Janco Partners analyst Martin Pyykkonen.', 'ahead of eBay').speaker?.name, 'Martin Pyykkonen');
    const text = 'Jose Mourinho said: "We are just 2-1 down at half-time." Asked if his Chelsea honeymoon was over, Mourinho replied: "I have had 20 years of honeymoons."';
    assert.equal(speakerOf(text, 'half-time').speaker?.name, 'Jose Mourinho');
  });

  it('reads a passive "described by X as" as X speaking, a body after the noun that describes it, and a board or a committee as a source', () => {
    assert.equal(speakerOf('Also taken was a sapphire described by Sharon Osbourne as "one of the only 24-carat sapphires".', '24-carat').speaker?.name, 'Sharon Osbourne');
    assert.equal(speakerOf('Mr Brown announced plans to merge 35 agencies into nine - described by one civil service union as a "bonfire of the quangos".', 'bonfire').speaker?.name, 'one civil service union');
    assert.equal(speakerOf('Telecom analysts Ovum welcomed the move, saying BT had "given a lot of ground".', 'lot of ground').speaker?.name, 'Ovum');
    assert.equal(speakerOf('The board said in a statement that it would "continue to act in the best interests of shareholders".', 'best interests').speaker?.name, 'The board');
  });

  it('reads verbs that quote their object ("questioned", "blamed", "forecast") and an age closing the subject before the verb', () => {
    assert.equal(speakerOf('The AFI also questioned "the long-term viability of evening news broadcasts".', 'long-term viability').speaker?.name, 'AFI');
    const forecast = 'DaimlerChrysler made a loss. However, it is expecting "significant improvements" in profitability in 2006.';
    assert.equal(speakerOf(forecast, 'significant improvements').speaker?.name, 'DaimlerChrysler');
    assert.equal(speakerOf('"We have had them for years," Nogar\'s son Stephen, 57, said.', 'had them').speaker?.name, 'Stephen');
  });

  it('takes the name in apposition after an inverted description, and drops "Rt Rev" from a name', () => {
    assert.equal(speakerOf('"Our aim is simple," said the committee chairman, MP Edward Leigh.', 'aim is simple').speaker?.name, 'Edward Leigh');
    assert.equal(speakerOf('The Rt Rev Michael Scott-Joynt spoke. Such a state would be "less tolerant", Rt Rev Scott-Joynt argued.', 'less tolerant').speaker?.name, 'Michael Scott-Joynt');
  });

  it('leaves a quotation after a sentence opening with "she" to the previous speaker, whoever that sentence names', () => {
    const text = 'Daniela Hantuchova said she was ready. Martina Navratilova said: "I love it here."\n\nShe will then link up with Daniela Hantuchova for the doubles. "I might be playing some singles events this season."';
    assert.equal(speakerOf(text, 'singles events').speaker?.name, 'Martina Navratilova');
  });

  it('reads a definite description with "former" or "and" as the person in focus ("the Labour peer and former minister")', () => {
    const text = 'Lord Dubs agreed to withdraw his bill. "We cannot forever say no," he told peers. During the debate, the Labour peer and former minister said: "The monarchy should symbolise the values of this country."';
    assert.equal(speakerOf(text, 'monarchy should').speaker?.name, 'Dubs');
    assert.equal(speakerOf('Tony Blair visited London. The Conservatives and Lib Dems said the pledges were "worthless".', 'worthless').speaker?.name, 'Lib Dems');
  });

  it('reads the agent of a passive as the antecedent of "who said"', () => {
    assert.equal(speakerOf('The move was welcomed at the time by Beijing, which described the embargo as a "product of the Cold War".', 'Cold War').speaker?.name, 'Beijing');
    assert.equal(speakerOf('But the claim was denied by a UKIP spokesman, who said: "Mr Hockney is wrong."', 'Hockney is wrong').speaker?.name, 'a UKIP spokesman');
  });

  it('reads "X is reported as saying" after a quotation', () => {
    const { speaker } = speakerOf('"If totally pushed to the wall, of course they are going to unleash the WMDs," Mr Kapor is reported as saying.', 'pushed to the wall');
    assert.equal(speaker?.name, 'Kapor');
  });

  it('does not read a relative clause\'s finished description ("who he described as a prominent activist,") as the attribution', () => {
    const text = 'A spokesman later said Mr Galloway had friends in common with Ms Hassan, who he described as a prominent anti-war activist, and that he was "willing to do anything".';
    assert.equal(speakerOf(text, 'willing to do anything').speaker?.name, 'A spokesman');
    const described = 'Mr Galloway praised Ms Hassan, whom he described as "a true friend of Iraq".';
    assert.equal(speakerOf(described, 'a true friend').speaker?.name, 'Galloway');
  });

  it('reads "a Labour backbencher" as an unnamed source, and "The MP for Sittingbourne and Sheppey" as the person in focus', () => {
    const text = 'The Conservatives have been "a lot smarter" in the campaign, a Labour backbencher has said. Derek Wyatt said the Tories set the agenda. '
      + 'The MP for Sittingbourne and Sheppey said Prime Minister Tony Blair had been "trying very hard".';
    assert.equal(speakerOf(text, 'a lot smarter').speaker?.name, 'a Labour backbencher');
    assert.equal(speakerOf(text, 'trying very hard').speaker?.name, 'Derek Wyatt');
  });

  it('reads a legislator with a party-and-state tag and a "whose" clause as the subject ("Rep. Curtis Vanderpool, R-Ohio, whose district…, said")', () => {
    const text = 'Rep. Curtis Vanderpool, R-Ohio, whose district includes two hospitals, said in a post on X that hospitals "are not soft targets."';
    assert.equal(speakerOf(text, 'soft targets').speaker?.name, 'Curtis Vanderpool');
    const called = 'Rep. Nadia Castellanos-Hart, D-Calif., whose district includes chip firms, called the rule "a gift to Beijing."';
    assert.equal(speakerOf(called, 'a gift to Beijing').speaker?.name, 'Nadia Castellanos-Hart');
  });

  it('reads "Dr Hadlow\'s partner, Tom Reyne, said" as the partner the apposition names, not Dr Hadlow', () => {
    const text = 'Dr Eleanor Hadlow died in the crash. Outside court, Dr Hadlow\'s partner, Tom Reyne, said Nell would have been "furious at the fuss".';
    assert.equal(speakerOf(text, 'furious at the fuss').speaker?.name, 'Tom Reyne');
  });

  it('reads a name before its apposition and a "which" clause about the body in it as the subject', () => {
    const text = '“This is not one unlucky apartment. This is a pattern,” Yesenia Arroyo-Whitfield, a lawyer with the Southern Housing Justice Center, which is representing the families, said at a news conference.';
    assert.equal(speakerOf(text, 'This is a pattern').speaker?.name, 'Yesenia Arroyo-Whitfield');
  });

  it('reads a name before a "whose" clause as the subject ("Nike, whose products are endorsed by Tiger Woods, said")', () => {
    const text = 'Nike, whose products are endorsed by Tiger Woods among other sports stars, said "demand continues to grow".';
    assert.equal(speakerOf(text, 'demand continues').speaker?.name, 'Nike');
  });

  it('reads "the Ealing North MP" as the person in focus, not the constituency', () => {
    const text = 'Stephen Pound said he was shocked. "I felt guilt in the marrow of my bones," said the Ealing North MP.';
    assert.equal(speakerOf(text, 'I felt guilt').speaker?.name, 'Stephen Pound');
  });

  it('reads "with X quoted as saying" as X, not the subject of the clause before it', () => {
    const text = 'Qantas chief Geoff Dixon spoke. Last month, the company warned it may cut 7,000 jobs, with Mr Dixon quoted as saying that the carrier could no longer afford to remain "all-Australian".';
    assert.equal(speakerOf(text, 'all-Australian').speaker?.name, 'Geoff Dixon');
  });

  it('reads "our correspondent" as the journalist the article named with that role, also as "he" after their reported speech', () => {
    const text = 'BBC correspondent Stephen Cape said the unions were "a formidable force".\n\nRaising the age is "one thing all the unions are agreed on", our correspondent added. '
      + 'Deputy Prime Minister John Prescott held a meeting on Thursday. Our correspondent said that he understood no deal had been offered. '
      + 'There was "some possibility" of the strike being avoided, he added.';
    assert.equal(speakerOf(text, 'all the unions are agreed').speaker?.name, 'Stephen Cape');
    assert.equal(speakerOf(text, 'some possibility').speaker?.name, 'Stephen Cape');
    assert.equal(speakerOf('The move was "a disaster", our political correspondent said.', 'a disaster').speaker?.name, 'our political correspondent');
  });

  it('keeps an unnamed source as "he" or "she" until someone who fits is named after their quotation', () => {
    const text = 'Johnny Vaughan and Denise Van Outen presented the show. "There are no plans," a spokeswoman said. She added the pair "brought a real warmth to Saturday night".';
    assert.equal(speakerOf(text, 'brought a real warmth').speaker?.name, 'a spokeswoman');
    const named = '"There are no plans," a spokeswoman said. Denise Van Outen was upset. She added the show "brought a real warmth".';
    assert.equal(speakerOf(named, 'brought a real warmth').speaker?.name, 'Denise Van Outen');
  });

  it('reads "Size said he" as the gender of Roni Size, over what the given name suggests', () => {
    const text = 'Knight and Roni Size released the single after the deaths of Letisha Shakespeare and Charlene Ellis. '
      + 'Size said he collaborated on the single because he has "a bird\'s eye view". "I have seen a lot of things happen," he said.';
    assert.equal(speakerOf(text, 'I have seen a lot').speaker?.name, 'Roni Size');
  });

  it('reads "A nurse at the hospital, who spoke on condition of anonymity…, said" as an unnamed source, who is then "she"', () => {
    const text = 'Dr. Anita Sorensen said no patient had been harmed. A nurse at the flagship hospital in Columbus, who spoke on condition of anonymity because she was not authorized to talk to the media, said orders were being carried by hand. "It is chaos," she said.';
    assert.equal(speakerOf(text, 'It is chaos').speaker?.name, 'A nurse at the flagship hospital in Columbus');
  });

  it('finds the unnamed source that "she" is in the paragraph before, and keeps where the source works as written', () => {
    const text = 'Dr. Anita Sorensen said no patient had been harmed.\n\nA nurse at Bayridge\'s flagship hospital in Columbus said orders were being carried by hand.\n\n"It is chaos," she said.';
    assert.equal(speakerOf(text, 'It is chaos').speaker?.name, "A nurse at Bayridge's flagship hospital in Columbus");
  });

  it('reads "Lee Gilmore, who issued the order, said she" as the gender of Lee Gilmore', () => {
    const text = 'Photographer Wendy Day was in court. Magistrate Lee Gilmore, who issued the restraining order, said she understood the photographers. "It has gone beyond that," she said.';
    assert.equal(speakerOf(text, 'It has gone beyond').speaker?.name, 'Lee Gilmore');
  });

  it('lets a name read as a competition\'s speak by its acronym after "the" ("the VFC said in a statement")', () => {
    const text = 'Saturday\'s Vanguard Fighting Championship headliner is off.\n\n"The bout will no longer take place," the VFC said in a statement.';
    assert.equal(speakerOf(text, 'The bout will no longer').speaker?.name, 'Vanguard Fighting Championship');
  });

  it('gives "the lawmaker said" to the person opening the sentence before a line of background that names no one', () => {
    const text = 'He said many exporters rely on exchange offices. "Every additional step costs us time," Hamid Kordestani added.\n\n'
      + 'Abdolreza Bahmanpour, a member of the Majlis from Hormozgan, told Tasnim news agency that the agreement was proof that the policy was bearing fruit. '
      + 'Iran has been under the US "maximum pressure" sanctions campaign for years.\n\n"Our neighbors have understood that cooperation is in their interest," the lawmaker said.';
    assert.equal(speakerOf(text, 'Our neighbors').speaker?.name, 'Abdolreza Bahmanpour');
  });

  it('keeps where an unnamed source works as written after "another", with a numbered word or a competition\'s name ("at another Premiership club", "at a top-20 housebuilder")', () => {
    const club = 'One senior source at another Premiership club said: "Everybody in the league knew."';
    assert.equal(speakerOf(club, 'Everybody in the league').speaker?.name, 'One senior source at another Premiership club');
    const builder = 'One senior source at a top-20 housebuilder said: "It is a black hole."';
    assert.equal(speakerOf(builder, 'It is a black hole').speaker?.name, 'One senior source at a top-20 housebuilder');
  });

  it('keeps an unnamed source\'s office of an unnamed body as written ("A trader at the Plateau office of a multinational exporter")', () => {
    const text = 'A trader at the Plateau office of a multinational exporter, who asked not to be named, told Africanews the real problem was credit. "The banks have tightened their lines since January."';
    assert.equal(speakerOf(text, 'The banks have tightened').speaker?.name, 'A trader at the Plateau office of a multinational exporter');
  });

  it('keeps where an unnamed source works as written, a word like "suburban" or "the" before the place too ("A pharmacist at a chain store in suburban Philadelphia")', () => {
    const text = 'A pharmacist at a chain store in suburban Philadelphia, who asked not to be named, said she would welcome the new authority.\n\n"We are already verifying 400 prescriptions a day," she said.';
    assert.equal(speakerOf(text, 'We are already verifying').speaker?.name, 'A pharmacist at a chain store in suburban Philadelphia');
    const midwest = 'A benefits manager at a manufacturing company in the Midwest, who asked not to be named, said meetings drew small crowds. "The 25-year-olds show up for the free pizza."';
    assert.equal(speakerOf(midwest, 'The 25-year-olds').speaker?.name, 'A benefits manager at a manufacturing company in the Midwest');
  });

  it('keeps a tribunal\'s "determination" as the writing that speaks, not the person last named ("…," the determination said)', () => {
    const text = 'The committee decided that a warning would not be sufficient, but stopped short of removing Wierzbicki from the register.\n\n'
      + '"The committee is satisfied that Mr Wierzbicki has developed genuine insight," the determination said.';
    assert.equal(speakerOf(text, 'The committee is satisfied').speaker?.name, 'the determination');
  });

  it('gives "it said" to the body that spoke earlier in the sentence, over one named in what it said ("the RNLI said Wembury was …, a level of cover it said was")', () => {
    const text = 'In written evidence, the RNLI said Wembury was patrolled by its lifeguards at weekends only, a level of cover it said was "reviewed every year".';
    assert.equal(speakerOf(text, 'reviewed every year').speaker?.name, 'RNLI');
  });

  it('reads "the Yorkshireman" as the person last spoken of, as "the Frenchman" is', () => {
    const text = 'Lee Hargreaves lost to Zhou Xinyu. "It was a joke," Hargreaves said.\n\nAsked whether he would be back, the Yorkshireman said: "Honestly? Not if it is like this."';
    assert.equal(speakerOf(text, 'Honestly?').speaker?.name, 'Lee Hargreaves');
  });

  it('gives an investigation\'s findings to the body it is of ("The trust\'s own serious incident investigation … concluded that")', () => {
    const text = 'The coroner will send a report to Northfield NHS Foundation Trust.\n\n'
      + 'The trust\'s own serious incident investigation, which was read to the inquest, concluded that "opportunities to reduce the risk of a fall were missed".';
    assert.equal(speakerOf(text, 'opportunities to reduce').speaker?.name, 'Northfield NHS Foundation Trust');
  });

  it('reads no gender from "said she" when the sentence names another woman before it ("Thomas Agyeman, who found Lumsden, said she was conscious")', () => {
    const text = 'Irene Lumsden, 86, died in hospital.\n\nCrispin Dalloway recorded a conclusion of accident.\n\n'
      + 'Staff nurse Thomas Agyeman, who found Lumsden, said she was conscious and talking when he reached her.\n\n"She told me she had been trying to get to the toilet," he said.';
    assert.equal(speakerOf(text, 'She told me').speaker?.name, 'Thomas Agyeman');
  });

  it('reads "a close associate of" someone as an unnamed source, not the one they are associated with', () => {
    const text = 'A close associate of former Yukos boss Mikhail Khodorkovsky has told a court that fraud charges levelled against him are "false".';
    assert.equal(speakerOf(text, 'false').speaker?.name, 'A close associate');
  });

  it('keeps any unnamed person as "he": a dealer, a trader or an economist, not only a spokesman or an official', () => {
    const text = 'Analyst Nick Bubb said profits were fine. However, one dealer, who asked not to be named, told Reuters the sales were "not what people had hoped for". '
      + '"Christmas has been tough for the whole sector," he said.';
    assert.equal(speakerOf(text, 'Christmas has been tough').speaker?.name, 'one dealer');
  });

  it('gives every quotation of a sentence the attribution that ends it, but not a quotation set right beside another', () => {
    const text = 'Charles Kennedy spoke in London. His party "instinctively" understood the "new liberal Britain" which is no longer a nation of one church, he said.';
    assert.equal(speakerOf(text, 'instinctively').speaker?.name, 'Charles Kennedy');
    const adjacent = '"Many investors think so," Cary Leahy, an economist at Deutsche Bank, said. "So there is still slack," "Overall I would bet on it," Citigroup economist Steven Wieting added.';
    assert.equal(speakerOf(adjacent, 'still slack').speaker?.name, 'Cary Leahy');
  });

  it('does not give "he added" after a quotation to the subject of its own sentence ("But Mr Blair had been "hurt", he added")', () => {
    const text = 'Derek Wyatt said Prime Minister Tony Blair had been "trying very hard". But Mr Blair had been "hurt" by the Iraq controversy, he added.';
    assert.equal(speakerOf(text, 'hurt').speaker?.name, 'Derek Wyatt');
    const named = 'The enthusiasm remains, Alan Milburn, Labour\'s election strategist told Radio 4. Mr Blair has "the same passion" as in 1997, he said.';
    assert.equal(speakerOf(named, 'the same passion').speaker?.name, 'Alan Milburn');
    const cued = 'For the Lib Dems David Laws said: "The chancellor will no doubt tell us how well the economy is doing," he said.';
    assert.equal(speakerOf(cued, 'The chancellor will').speaker?.name, 'David Laws');
  });

  it('keeps the previous speaker for "he added" when the quotation\'s own sentence only talks about another person', () => {
    const text = 'Commons leader Peter Hain has warned that he has seen "dangerous complacency" among voters. If Labour voters stayed at home they could see Tory leader Michael Howard "coming in the back door", he added.';
    assert.equal(speakerOf(text, 'coming in the back door').speaker?.name, 'Peter Hain');
  });

  it('reads "the Tory leader" as the one person called that, else the person named just before', () => {
    const held = 'Tory leader Michael Howard met Anne Robinson, a friend of the Tory leader. The Tory leader brands such criticisms as "absolutely rubbish".';
    assert.equal(speakerOf(held, 'absolutely rubbish').speaker?.name, 'Michael Howard');
    const named = 'Charles Clarke will press on, despite a call to "pause for thought" from Charles Kennedy. The Lib Dem leader said the resignation was a "good opportunity" to question it.';
    assert.equal(speakerOf(named, 'good opportunity').speaker?.name, 'Charles Kennedy');
    assert.equal(speakerOf('The Scottish Executive said it was "not common practice".', 'not common practice').speaker?.name, 'The Scottish Executive');
  });

  it('finds the subject after an opening adverbial with no comma ("In his New Year message the party leader said")', () => {
    const text = 'Voters will choose, said Charles Kennedy. In his New Year message the party leader said Labour was relying on "populist scares".';
    assert.equal(speakerOf(text, 'populist scares').speaker?.name, 'Charles Kennedy');
  });

  it('keeps an organisation as the speaker when its apposition only describes it', () => {
    const text = '"The region is very big," said Serge Troeber, deputy head of disasters at Swiss Re. "I should assume the damages are lower," he said. '
      + 'Munich Re, the world\'s biggest reinsurer, said: "This is primarily a human tragedy."';
    assert.equal(speakerOf(text, 'human tragedy').speaker?.name, 'Munich Re');
  });

  it('lets a quotation after a sentence-opening "And" continue the reported speech before it', () => {
    const text = 'But Mr Straw said many objections were based on a "lack of information". And "intense discussions" were taking place with US officials.';
    assert.equal(speakerOf(text, 'intense discussions').speaker?.name, 'Straw');
  });

  it('reads an inverted attribution after the rest of a clause that names people, but not after a subject with a name', () => {
    const clause = 'Mr Livingstone "should have withdrawn the comment immediately" once he realised the journalist was Jewish, said Mr Blair.';
    assert.equal(speakerOf(clause, 'should have withdrawn').speaker?.name, 'Blair');
    const subject = '"This will suddenly decrease," shop owner Hayriye Evren, told Associated Press.';
    assert.equal(speakerOf(subject, 'suddenly decrease').speaker?.name, 'Hayriye Evren');
    const affiliated = '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website.';
    assert.equal(speakerOf(affiliated, 'going digital').speaker?.name, 'Kirsten Pfeifer');
    const apposed = '"Removal is often treated as an afterthought," lead author Dr Lena Brunnschweiler, a research associate at the university\'s clinic, told Dental Tribune International (DTI).';
    assert.equal(speakerOf(apposed, 'afterthought').speaker?.name, 'Lena Brunnschweiler');
  });

  it('does not read a clause that ends in names before a comma as a subject with a stray comma', () => {
    const text = 'The author\'s sources, all unnamed "allies" of Mr Blair and Mr Brown, said the prime minister felt the war had undermined him.';
    assert.equal(speakerOf(text, 'allies').speaker?.name, undefined);
  });

  it('reads "said an REM spokesman, who added" as the spokesman, who keeps the floor past a person named after a preposition', () => {
    const text = 'Mills could "hardly stand up", said an REM spokesman, who added he is now "resting" in hospital. '
      + 'The band\'s spokesman said they would review dates on a "day-to-day basis", based on advice to Mills. "Obviously we all want Mike to get better," he said.';
    assert.equal(speakerOf(text, 'resting').speaker?.name, 'an REM spokesman');
    assert.equal(speakerOf(text, 'day-to-day basis').speaker?.mention?.text, "The band's spokesman");
    assert.equal(speakerOf(text, 'Obviously we all want').speaker?.name, 'an REM spokesman');
  });

  it('takes "the band" for the band the article names, not for its singer', () => {
    const text = 'Oasis singer Liam Gallagher has been fined 50,000 euros. Gallagher was arrested after the brawl in Munich. '
      + 'The band said they were victims of an "unprovoked attack" in a nightclub.';
    assert.equal(speakerOf(text, 'unprovoked attack').speaker?.name, 'Oasis');
  });

  it('reads a comma after the closing mark as the end of the quoted clause, before the verb of the sentence it opens', () => {
    const text = 'But police said Gallagher kicked an officer in the chest. At the time, police said a "physical altercation" broke out among the musicians. '
      + 'That led to one of the group being "jostled" and falling onto the table of five Italian guests - causing the fight, they said. '
      + 'The fight continued outside, where "one of the officers was kicked in the chest with full force by Liam Gallagher... and suffered minor injuries", they said.';
    assert.equal(speakerOf(text, 'one of the officers').speaker?.name, 'police');
  });

  it('takes "it" after a statement\'s words for the statement, which speaks for its author', () => {
    const text = 'The Times said Lynton Crosby told the party leader to focus on increasing the Tories\' Commons presence. '
      + 'Mr Crosby\'s statement said: "The Conservative Party has been making an impact on the issues." '
      + 'It added: "The Labour Party will be wanting to do all they can to distract attention."';
    assert.equal(speakerOf(text, 'making an impact').speaker?.name, 'Lynton Crosby');
    assert.equal(speakerOf(text, 'distract attention').speaker?.name, 'Lynton Crosby');
  });

  it('reads an acronym in brackets after a body\'s name as part of the subject, not the start of a clause', () => {
    const text = 'A spokesman for the British Phonographic Industry (BPI) said the first chart was due "within the first half of this year". '
      + '"Work is going on across the music business right now," he said.';
    assert.equal(speakerOf(text, 'within the first half').speaker?.name, 'A spokesman for the British Phonographic Industry');
    assert.equal(speakerOf(text, 'Work is going on').speaker?.name, 'A spokesman for the British Phonographic Industry');
  });

  it('finds the subject of a verb of speech after "went on to" or "was quick to" ("went on to claim that")', () => {
    const text = 'Robinson had said he was "livid" about Kaplan\'s decisions. The England coach went on to claim that "only one side was refereed". '
      + 'Mr Blair was quick to say that the plan was "unworkable".';
    assert.equal(speakerOf(text, 'only one side').speaker?.name, 'Robinson');
    assert.equal(speakerOf(text, 'unworkable').speaker?.name, 'Blair');
  });

  it('takes "the Tory leader" for the person in focus, not for someone named after "by"', () => {
    const text = 'Michael Howard is to make a pitch for Britain\'s ethnic vote urging people who feel "taken for granted" by Tony Blair to vote Conservative. '
      + 'But the Tory leader will argue against positive discrimination saying it is "outdated and unjust".';
    assert.equal(speakerOf(text, 'outdated and unjust').speaker?.name, 'Michael Howard');
  });

  it('keeps "the sentencing judge" as a source of its own, and "the judge" for the judge the article names', () => {
    const text = 'Buhecha, who made £26,000 per month from his illegal trade, was called "one of the biggest Bollywood pirates in the UK" by the sentencing judge. '
      + 'The judge in the case, which lasted seven days, said that "a heavy penalty was called for".';
    assert.equal(speakerOf(text, 'biggest Bollywood pirates').speaker?.name, 'the sentencing judge');
    assert.equal(speakerOf(text, 'a heavy penalty').speaker?.name, 'The judge in the case');
    const named = 'Judge Brian Barker jailed Smith for three years. The judge said the offences were "grave".';
    assert.equal(speakerOf(named, 'grave').speaker?.name, 'Brian Barker');
    const capitalised = 'The ruling was handed down by Santa Clara County Superior Court Judge James Kleinberg. The Judge wrote: "It is not surprising."';
    assert.equal(speakerOf(capitalised, 'not surprising').speaker?.name, 'James Kleinberg');
  });

  it('keeps the floor for the speaker past someone named after a preposition and an honorific ("matched to Mr Houston")', () => {
    const text = 'UKIP spokesman Mark Croucher said the remarks were not the party\'s. He said they would not have been matched to Mr Houston when he was standing. '
      + 'He told BBC News: "He appears to have said these things."';
    assert.equal(speakerOf(text, 'He appears to have said').speaker?.name, 'Mark Croucher');
  });

  it('keeps the floor for the person in focus past someone named after a preposition and their club ("a challenge with Roma\'s Olivier Dacourt")', () => {
    const text = '"It is very painful," Arjen Robben said. The 21-year-old missed three months after a challenge with Roma\'s Olivier Dacourt. And he added: "It felt different then."';
    assert.equal(speakerOf(text, 'It felt different').speaker?.name, 'Arjen Robben');
    const country = 'Justine Henin-Hardenne lost on Sunday. "I know that," she said. The previous day, the champion went down 6-2 7-5 to France\'s Nathalie Dechy. "I have to be positive," she said.';
    assert.equal(speakerOf(country, 'I have to be positive').speaker?.name, 'Justine Henin-Hardenne');
  });

  it('keeps the floor for the person in focus past someone named after "by" and a title ("hosted by UK finance minister Gordon Brown")', () => {
    const text = 'Palaniappan Chidambaram, India\'s finance minister, argued that these organisations need to change. He said the issue is "the terms of engagement". '
      + 'At a conference hosted by UK finance minister Gordon Brown on Friday, he said that he was in favour of floating exchange rates. '
      + '"A flexible exchange rate is one more channel for absorbing shocks," he told the conference.';
    assert.equal(speakerOf(text, 'flexible exchange rate').speaker?.name, 'Palaniappan Chidambaram');
  });

  it('does not take a new sentence that reports someone else\'s words for the attribution of the quotation before it', () => {
    const text = '"It wasn\'t a good strike," Hodgson added. "I felt as soon as it hit my boot it had missed. It\'s very disappointing, but I must recover." '
      + 'Andy Robinson said he would "keep working on the kicking" with his squad.';
    assert.equal(speakerOf(text, 'I felt as soon').speaker?.name, 'Hodgson');
    assert.equal(speakerOf(text, 'keep working').speaker?.name, 'Andy Robinson');
  });

  it('keeps whom an unnamed source speaks for, or where it works, when the text says so ("a spokesman for the author", "for Mr Blair", "at the club")', () => {
    const text = 'Paver is currently writing the second book. "Michelle Paver lives and breathes the worlds she writes about," said a spokesman for the author.';
    assert.equal(speakerOf(text, 'lives and breathes').speaker?.name, 'a spokesman for the author');
    const club = 'The club has previously rejected Mr Glazer\'s approaches. But a senior source at the club told the BBC: "This time it\'s different."';
    assert.equal(speakerOf(club, 'This time').speaker?.name, 'a senior source at the club');
    const person = 'Tony Blair will host the conference. A spokesman for Mr Blair said he expected a "comprehensive" plan.';
    assert.equal(speakerOf(person, 'comprehensive').speaker?.name, 'A spokesman for Mr Blair');
    assert.equal(speakerOf(person.replace('Mr Blair said', 'Tony Blair said'), 'comprehensive').speaker?.name, 'A spokesman for Tony Blair');
  });

  it('takes a description of a body ("said the radio station", "the German giant said") for the body in focus, not a person', () => {
    const station = 'The three DJs will host their shows on Radio 1. "It is widely accepted that John Peel can never be replaced," said the radio station.';
    assert.equal(speakerOf(station, 'widely accepted').speaker?.name, 'Radio 1');
    const giant = 'Volkswagen chief Bernd Pischetsrieder visited. The German giant said it was only a "potential" idea.';
    assert.equal(speakerOf(giant, 'potential').speaker?.name, 'Volkswagen');
  });

  it('finds the subject before an apposition of titles whose closing comma is missing ("Brent Bozell, PTC president and conservative activist said:")', () => {
    const text = 'The council counted 3,056 flashes of nudity. Brent Bozell, PTC president and conservative activist said: "MTV is blatantly selling raunchy sex to kids."';
    assert.equal(speakerOf(text, 'blatantly selling').speaker?.name, 'Brent Bozell');
  });

  it('gives a nickname no speaker ("a stretch of corridor that staff have nicknamed "the M6"")', () => {
    const text = 'Nurse Ada Obi said up to 30 patients had been cared for in a stretch of corridor that staff have nicknamed "the M6" because of its queues.';
    assert.equal(speakerOf(text, 'the M6').speaker, null);
  });

  it('gives a quotation after "so-called" no speaker, and reads no cue inside a hyphenated adjective', () => {
    const text = 'Eurostat said in its so-called "flash estimate" that growth slowed. The self-described "ordinary" family won, officials said.';
    assert.equal(speakerOf(text, 'flash estimate').speaker, null);
    assert.notEqual(speakerOf(text, 'ordinary').speaker?.cue, 'described');
  });

  it('gives "he" to the person whose "said" ends the sentence before, not to the people it lists', () => {
    const text = 'Mr Howard\'s seat is at the top of the list. Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem\'s elections chief Lord Rennard said. '
      + 'He said it was "nothing personal" but that seats were at stake.';
    assert.equal(speakerOf(text, 'nothing personal').speaker?.name, 'Rennard');
  });

  it('keeps "he" for the speaker when the sentence before, opening "And he said", only talks about someone', () => {
    const text = 'Liam Neeson said: "The Lyric is too important to crumble." And he said that there was one figure from his childhood that he would love to portray - Ian Paisley. '
      + 'He said that the DUP leader was a "very dynamic, extraordinary figure".';
    assert.equal(speakerOf(text, 'very dynamic').speaker?.name, 'Liam Neeson');
  });

  it('takes the description before a "whose" clause as the subject, not the names in the clause', () => {
    const text = 'Liam Neeson is backing a campaign to save the Lyric Theatre. The Oscar-nominated actor, whose films include Schindler\'s List, Michael Collins and Star Wars: The Phantom Menace, said: "The Lyric is too important to crumble."';
    assert.equal(speakerOf(text, 'too important').speaker?.name, 'Liam Neeson');
  });

  it('reads "pointed out" and "went on" as cues', () => {
    const wentOn = 'Ms Roche, Labour MP for Hornsey, believes migration is welcome. She went on: "What I would like to see is a body which looked at the figures."';
    assert.equal(speakerOf(wentOn, 'What I would like').speaker?.name, 'Roche');
    assert.equal(speakerOf('Mr Cunningham went on to become Tony Blair\'s "cabinet enforcer".', 'cabinet enforcer').speaker, null);
    const text = 'Tony Wilson backs Raw T. He pointed out that Franz Ferdinand and The White Stripes - "perhaps the two most important bands since the millennium" - were signed to independent labels.';
    assert.equal(speakerOf(text, 'two most important').speaker?.name, 'Tony Wilson');
  });

  it('does not give "he" to a newcomer the quotation names by his given name ("a quiet word with Olof")', () => {
    const text = 'David O\'Leary said: "We want to win." Olof Mellberg spoke of his dislike of Villa\'s rivals ahead of the match. '
      + '"I\'ve had more than a quiet word with Olof. It\'s been said within the whole group," he told Villa\'s website.';
    assert.equal(speakerOf(text, 'quiet word').speaker?.name, "David O'Leary");
  });

  it('reads "the military" as the army the article names, and a nation\'s institution ("the Lebanese presidency") as written, not as the last speaker', () => {
    const text = '"Productive day in Naqoura," Whitcombe wrote in a post on X. In Beirut, the Lebanese presidency said in a statement that Lebanon "will not negotiate over a single metre of its land". '
      + 'The Israel Defense Forces (IDF) said it had struck a weapons depot. "The IDF will continue to operate," the military said in a statement.';
    assert.equal(speakerOf(text, 'will not negotiate').speaker?.name, 'the Lebanese presidency');
    assert.equal(speakerOf(text, 'continue to operate').speaker?.name, 'Israel Defense Forces');
  });

  it('lets an unnamed source who asked not to be named keep the floor for "he", whatever the noun ("A site supervisor …, who asked not to be named")', () => {
    const text = 'Imran Qureshi said conditions had improved. "Now if they try, we tell them," he said. '
      + 'A site supervisor at a different company, who asked not to be named, said some subcontractors "still play games" with the ban. "Technically they are not in the sun," he said.';
    assert.equal(speakerOf(text, 'Technically').speaker?.name, 'A site supervisor at a different company');
  });

  it('gives words a sentence says someone said to that speaker, not to the outlet "according to" which they were said', () => {
    const text = 'Channel 12 reported the details. Israeli negotiators described the proposal as "a serious basis, not a finished text," according to the network.';
    assert.equal(speakerOf(text, 'a serious basis').speaker?.name, 'Israeli negotiators');
    // A verb that says nothing leaves the words to the one they are according to.
    const rejected = 'Rheinhafen rejected two earlier bids, including one worth "around 75 million euros plus add-ons," according to a person close to the board.';
    assert.equal(speakerOf(rejected, 'around 75 million').speaker?.name, 'a person close to the board');
  });

  it('gives "she" to a new unnamed source of any noun whose introduction says why it goes unnamed ("who spoke to MEE on condition of anonymity")', () => {
    const text = '"Those two stories cannot both be true," said Dr Imogen Sallow-Achterberg, who led the review. '
      + 'A Yemeni archaeologist who worked at Timna before the war, and who spoke to MEE on condition of anonymity because she feared reprisals, said the argument missed the point. '
      + '"The site itself is being dug up again," she said.';
    assert.match(speakerOf(text, 'The site itself').speaker?.name ?? '', /^A Yemeni archaeologist/);
  });

  it('gives "the post" to the one body whose name holds the noun of the description that wrote it ("The ministry wrote in a post on X")', () => {
    const text = 'The Ministry of Human Resources and Social Development brought the ban forward, the Saudi Press Agency said. '
      + 'The ministry wrote in a post on X that workers could report violations. "Your report protects a life," the post said.';
    assert.equal(speakerOf(text, 'Your report').speaker?.name, 'Ministry of Human Resources and Social Development');
  });

  it('gives a verb after "then" the subject of the verb before it ("She laughed, then added:")', () => {
    const text = 'Chloe Mbatha scored twice. "It was fine," she said. Her coach, Gareth Penhallow, was frustrated. She laughed, then added: "Don\'t put that last bit in."';
    assert.equal(speakerOf(text, 'last bit').speaker?.name, 'Chloe Mbatha');
    assert.equal(speakerOf('Mr Okafor paused for a moment and then said: "No."', 'No.').speaker?.name, 'Okafor');
  });

  it('keeps "aware of" and "privy to" in an unnamed source\'s words ("a person aware of the development")', () => {
    assert.equal(speakerOf('"The board signed off on Friday," a person aware of the development said.', 'The board').speaker?.name, 'a person aware of the development');
    assert.equal(speakerOf('"It is over," said one official privy to the talks.', 'It is over').speaker?.name, 'one official privy to the talks');
  });

  it('reads "had been told not to" as an instruction received, not speech, so "she" goes on with the source it explains', () => {
    const text = 'Ethan Marchetti said the difference had shown up. "That is the argument," he said. '
      + 'A teacher at Cottonwood Creek High School, who asked not to be named because staff had been told not to discuss the policy with reporters, said she was worried. '
      + '"We are going to be the ones standing at the door," she said.';
    assert.equal(speakerOf(text, 'standing at the door').speaker?.name, 'A teacher at Cottonwood Creek High School');
  });

  it('reads past an opening "Speaking outside court," to a name with an apposition and a relative clause', () => {
    const text = 'Speaking outside court, Sergeant Dominic Oyelaran, of Essex Police, who led the investigation, said: "This was not an accident."';
    assert.equal(speakerOf(text, 'not an accident').speaker?.name, 'Dominic Oyelaran');
  });

  it('reads the words after "said" as its reported clause when a verb follows among the first of them, and gives a quotation in the relative clause on the subject before it to that subject', () => {
    const text = 'Governor Evaristo Bañuelos Treviño visited the scene. The governor, who took office less than a year ago promising to "recover the Tierra Caliente," said the convoy had been carrying 17 officers in four vehicles.';
    assert.equal(speakerOf(text, 'recover the Tierra Caliente').speaker?.name, 'Evaristo Bañuelos Treviño');
    const inverted = 'Robert Currington tried the service. "In the past, I\'ve used textphones," said Robert Currington who is taking part in the pilot.';
    assert.equal(speakerOf(inverted, 'used textphones').speaker?.name, 'Robert Currington');
  });

  it('gives "he said" to the office that is the subject of the sentence before: "The governor said he would …", "Asked whether …, the minister was curt."', () => {
    const curt = 'Security Minister Saúl Ocampo Lindner spoke at the conference. Governor Evaristo Bañuelos Treviño has complained repeatedly that federal forces withdrew. Asked whether the state had requested reinforcements, the minister was curt. "Coordination with Michoacán is permanent," he said.';
    assert.equal(speakerOf(curt, 'Coordination with').speaker?.name, 'Saúl Ocampo Lindner');
    const said = 'Governor Evaristo Bañuelos Treviño visited. Teodoro Kuri Haddad, the mayor, spoke to relatives. The governor said he would attend the funerals. "Their families will not be left alone," he said.';
    assert.equal(speakerOf(said, 'Their families').speaker?.name, 'Evaristo Bañuelos Treviño');
  });

  it('types a motor-racing team by its head noun ("Serrano Motorsport"), so that its name before a title is no person for "he"', () => {
    const text = 'Yusuke Amamiya finished second for Serrano Motorsport. Serrano team principal Karim al-Naqeeb defended the decision to run long. “We looked at the undercut and it wasn’t there for us,” he told Sky Sports F1.';
    assert.equal(speakerOf(text, 'looked at the undercut').speaker?.name, 'Karim al-Naqeeb');
  });

  it('keeps a person named in the question someone was asked from the floor ("Asked whether Moraru could win the title, she added:")', () => {
    const text = 'Ilinca Moraru beat Valentina Ruiz-Oyarzún 6-3 6-4. “She was better than me today,” the 25-year-old Ruiz-Oyarzún said. Asked whether Moraru could now go on to win the title, she added: “Why not? She beat me.”';
    assert.equal(speakerOf(text, 'Why not?').speaker?.name, 'Valentina Ruiz-Oyarzún');
    const replied = 'Mr Blair told BBC News: "As far as I\'m concerned, we have drawn a line under that." Asked if Mr Blunkett could return to frontline politics, he replied: "I have made my admiration for David very clear."';
    assert.equal(speakerOf(`David Blunkett resigned. ${replied}`, 'my admiration').speaker?.name, 'Blair');
  });

  it('reads a name a group is called by as a label: "a group the players call the "bomb squad"", "known throughout the samba world as "Cadu da Ponte,""', () => {
    const squad = 'Captain Finlay Okonjo-Reid said the replacements, a group the players call the "bomb squad", had changed the tempo.';
    assert.equal(speakerOf(squad, 'bomb squad').speaker, null);
    const known = 'Carlos Eduardo dos Anjos Ferreira, known throughout the samba world as "Cadu da Ponte," was the target of search warrants, prosecutors said.';
    assert.equal(speakerOf(known, 'Cadu da Ponte').speaker, null);
  });

  it('reads what something has long been called or is referred to as as a label ("a gap campaigners have long called the "loyalty penalty"", "a figure often referred to as the "magic number"")', () => {
    const called = 'Which? found loyal customers paid £11 a month more, a gap campaigners have long called the "loyalty penalty". Declan O\'Halloran said he had never been told.';
    assert.equal(speakerOf(called, 'loyalty penalty').speaker, null);
    const referred = 'On average, respondents said they would need $1.31 million to retire comfortably, a figure often referred to as the "magic number".';
    assert.equal(speakerOf(referred, 'magic number').speaker, null);
  });

  it('gives what a report says to its author when a title comes before the name ("was written by the trust\'s chief finance officer, Conor McAleese. It warns …")', () => {
    const text = 'Ribblesdale Teaching Hospitals NHS Foundation Trust said it would cut posts. The report was written by the trust\'s chief finance officer, Conor McAleese. It warns that the plan carries "significant quality and safety risk" for patients.';
    assert.equal(speakerOf(text, 'significant quality').speaker?.name, 'Conor McAleese');
  });

  it('gives "the company" or "the label" to the body last introduced with that noun, in an apposition or before its name, but not a rival', () => {
    const company = 'The SKP signed a pact. Its treasurer has resigned as a director of Kosi Valley Sugars, a listed sugar company promoted by his family. The company said in a filing that he had stepped down “owing to his increased involvement in public life”.';
    assert.equal(speakerOf(company, 'owing to his').speaker?.name, 'Kosi Valley Sugars');
    const label = 'His first album was released by Bluefern Records, a tiny label run out of a record shop. In 2011 the Brooklyn label Saltmeadow Records put it back into print. Saltmeadow said in a statement that it was heartbroken. "Clement never made a record he didn\'t mean," the label said.';
    assert.equal(speakerOf(label, 'never made a record').speaker?.name, 'Saltmeadow Records');
    const rival = 'Many of Manchester United\'s supporters own shares in the club. Rival local club Manchester City has pleaded with fans not to protest. Manchester United\'s response comes as little surprise. "Any board has a responsibility to consider offers," the club said.';
    assert.equal(speakerOf(rival, 'Any board').speaker?.name, 'Manchester United');
  });

  it('gives an age description to the person opening the sentence before, past a phrase setting the scene ("Further down the leaderboard, the English amateur …")', () => {
    const text = 'Marguerite Delacôte leads by two. “I played well,” she said.\n\nFurther down the leaderboard, the English amateur Olly Pemberton-Shah shot 68 to move into a tie for eighth.\n\n"My mum\'s here, half my golf club is here," the 19-year-old said.';
    assert.equal(speakerOf(text, 'My mum').speaker?.name, 'Olly Pemberton-Shah');
  });

  it('keeps a nation\'s delegation as its speaker, as written ("China\'s delegation said in a closing statement that …")', () => {
    const text = 'Talks collapsed in Hobart. China\'s delegation said in a closing statement that the previous measure was “a temporary arrangement that expired on its own terms”.';
    assert.equal(speakerOf(text, 'temporary arrangement').speaker?.name, 'China\'s delegation');
  });

  it('takes up a source introduced as one of a plural ("One of the wounded officers … described being pinned down. "…," said the officer.")', () => {
    const text = 'Governor Evaristo Bañuelos Treviño said the convoy had been attacked. One of the wounded officers, speaking from a hospital bed in a video released by the Civil Guard, described being pinned down on the road.\n\n"We couldn\'t move forward and we couldn\'t move back," said the officer.';
    assert.equal(speakerOf(text, 'move forward').speaker?.name, 'One of the wounded officers');
  });

  it('gives "the club" to the one club named by its ending ("Kilcreevanty Gaels"), not the body whose spokesperson spoke before', () => {
    const text = 'A spokesperson for University Hospital Galway said staff were "heartbroken". Ms Fitzgerald-Okeke also played camogie with Kilcreevanty Gaels. The club said in a post on Facebook that its members were "numb with grief".';
    assert.equal(speakerOf(text, 'numb with grief').speaker?.name, 'Kilcreevanty Gaels');
  });

  it('gives "it said" to a body opening the sentence before, over the body quoted last ("The Treasury was less accommodating. "…," it said")', () => {
    const text = 'Eskom, in a statement on Monday afternoon, said the contract “was concluded lawfully”. The Treasury was less accommodating. “We have no record of a deviation request,” it said in a brief response.';
    assert.equal(speakerOf(text, 'no record').speaker?.name, 'Treasury');
  });

  it('names a new unnamed source with its restrictive clause and a place of two words ("A senior police officer who was part of the investigation", "A senior source in the local system")', () => {
    const officer = 'The inquiry ended. A senior police officer who was part of the investigation said the case was "closed for good".';
    assert.equal(speakerOf(officer, 'closed for good').speaker?.name, 'A senior police officer who was part of the investigation');
    const source = 'The inquiry ended. A senior source in the local system told HSJ the ward closure had been pushed by officials. "The message is clear," they said.';
    assert.equal(speakerOf(source, 'message is clear').speaker?.name, 'A senior source in the local system');
  });

  it('takes a noun for a person by its ending as a source when "who" follows it ("said a producer who asked not to be named")', () => {
    const text = 'Staff held a minute\'s silence. "It was very quiet, which she would have hated," said one producer who was present but was not authorised to speak.';
    assert.equal(speakerOf(text, 'very quiet').speaker?.name, 'one producer who was present but was not authorised to speak');
  });

  it('does not give "he" to a person the sentence sets apart with "Unlike" ("Unlike Aavik, who …, he described it as a test")', () => {
    const text = 'Interior Minister Henrik Aavik said: "This is a provocation." Border guard chief Rainer Vahtra struck a similar note. Unlike Aavik, who framed the incident as a diplomatic matter, he described it as a test of his service\'s response times. "If they come back, we need to be there in five minutes," he added.';
    assert.equal(speakerOf(text, 'If they come back').speaker?.name, 'Rainer Vahtra');
  });

  it('keeps where an unnamed source is based as part of how it is named ("A Gulf diplomat based in Washington, who …, said")', () => {
    const text = 'A Gulf diplomat based in Washington, who also spoke on condition of anonymity, said Riyadh was in no hurry. "Why sign with a government that may not be there in a year?" the diplomat said.';
    assert.equal(speakerOf(text, 'Why sign').speaker?.name, 'A Gulf diplomat based in Washington');
  });

  it('gives "said the spokesperson" to the person named with that role ("Sabitri Gurung, spokesperson for the District Police Office")', () => {
    const text = 'At least 30 workers were missing, said Deputy Superintendent of Police Sabitri Gurung, spokesperson for the District Police Office, Taplejung.\n\n“Nine people have been rescued alive so far,” said the spokesperson.';
    assert.equal(speakerOf(text, 'Nine people').speaker?.name, 'Sabitri Gurung');
  });

  it('reads "accused of" as passive, so the accused do not speak ("Three residents accused of producing a podcast "…" sought …, the prosecution told a court")', () => {
    const text = 'Three Hong Kong residents accused of producing a podcast "deliberately and repeatedly" sought to bring the government into hatred, the prosecution told a court on Monday.';
    assert.equal(speakerOf(text, 'deliberately and repeatedly').speaker?.name, 'the prosecution');
  });

  it('does not give "it" to the agent of the phrase opening its sentence, but to the body opening the sentence before ("Russia\'s FSB Border Service gave a different account. In a statement carried by the state news agency TASS, it said")', () => {
    const text = 'The Police and Border Guard Board said the camera had been "on Estonian soil". Russia\'s FSB Border Service gave a different account. In a statement carried by the state news agency TASS, it said the equipment had been "illegally installed on the territory of the Russian Federation".';
    assert.equal(speakerOf(text, 'illegally installed').speaker?.name, 'FSB Border Service');
  });

  it('gives a body named before the noun of its kind, with or without "the" or its acronym after, as itself ("Tasnim news agency … described", "Reuters news agency said", "The United Rail and Tube Workers union (URTW) has just issued")', () => {
    const text = 'Tasnim news agency, which is affiliated with the Revolutionary Guards, described Rahimzadeh last month as "one of the ringleaders," and state television aired a segment.';
    assert.equal(speakerOf(text, 'ringleaders').speaker?.name, 'Tasnim');
    assert.equal(speakerOf('Reuters news agency said the figure was "a mistake".', 'a mistake').speaker?.name, 'Reuters');
    const acronym = 'The United Rail and Tube Workers union (URTW) said its executive would meet: "Our members did not want to stand on a picket line today."';
    assert.equal(speakerOf(acronym, 'Our members').speaker?.name, 'United Rail and Tube Workers');
    const issued = 'The United Rail and Tube Workers union (URTW) has just issued a statement saying its executive will meet on Monday.\n\n"Our members did not want to stand on a picket line today."';
    assert.equal(speakerOf(issued, 'Our members').speaker?.name, 'United Rail and Tube Workers');
  });

  it('does not give a quotation with no cue to a person named in the question put in the sentence before ("Asked about Adeyemi-Vogel\'s suggestion …, he laughed. "…"")', () => {
    const text = '“We’d rather have clear rules,” Henrike Adeyemi-Vogel said.\n\nDouglas Fairweather-Ng, president of the Community Lenders Council, called the amendment a win. “Nobody in our industry is afraid of competition,” he said.\n\nAsked about Adeyemi-Vogel’s suggestion that bankers had drafted the language, he laughed. “I wish we were that powerful.”';
    assert.equal(speakerOf(text, 'I wish we were').speaker?.name, 'Douglas Fairweather-Ng');
  });

  it('does not read where words were written as an inverted subject (""…", wrote in a post on X that …")', () => {
    const text = 'Justice Minister Linnea Forsberg-Haddad, who in August told SVT that the situation in the region was "stabilising", wrote in a post on X that the government would give the police "every tool they ask for".';
    assert.equal(speakerOf(text, 'stabilising').speaker?.name, 'Linnea Forsberg-Haddad');
    assert.equal(speakerOf(text, 'every tool').speaker?.name, 'Linnea Forsberg-Haddad');
  });

  it('gives no speaker to words in Title Case opening a sentence that no cue attributes (""Night Harbour (Red Cranes)," one of three large canvases she painted, had been estimated at …")', () => {
    const text = 'A 1958 harbor scene by the modernist Ilse Marchetti-Vos sold for $48.6 million on Thursday night.\n\n"Night Harbour (Red Cranes)," one of three large canvases Marchetti-Vos painted during a stay in Chile, had been estimated at $18 million.';
    assert.equal(speakerOf(text, 'Night Harbour').speaker, null);
  });

  it('reads an unnamed source after "but" with its own "who" clause ("…, but an official from the ministry who requested anonymity said")', () => {
    const text = 'The Ministry of Economy and Finance has said it will review the top rate, but an official from the ministry who requested anonymity said any change would not come "in time to matter for a family already in a dispute."';
    assert.equal(speakerOf(text, 'in time to matter').speaker?.name, 'an official from the ministry who requested anonymity');
  });

  it('takes "the official" up as the last official who spoke, not one only mentioned since ("… included an official from the Defense Ministry")', () => {
    const text = 'A senior official familiar with the talks, who spoke on condition of anonymity, said progress was slow. The Israeli side included an official from the Defense Ministry. "There is real momentum," the official said.';
    assert.equal(speakerOf(text, 'real momentum').speaker?.name, 'A senior official familiar with the talks');
  });

  it('takes up an unnamed source who speaks for a body with a long name ("A senior official of the Department of Inspection for Factories and Establishments (DIFE)")', () => {
    const text = 'A senior official of the Department of Inspection for Factories and Establishments (DIFE), who asked not to be named, said the factory had been flagged in April. "We sent two letters," the official said.';
    assert.equal(speakerOf(text, 'two letters').speaker?.name, 'A senior official of the Department of Inspection for Factories and Establishments (DIFE)');
  });

  it('reads a person named after "Asked by Sen." as talked about, so "she" after the quotation is the sentence\'s subject ("Asked by Sen. Diane Pickering-Lake whether …, Frett paused")', () => {
    const text = 'Chief Financial Officer Nadia Frett said the grant must be spent by 2027.\n\nAsked by Sen. Diane Pickering-Lake whether the territory risked losing the money, Frett paused before answering.\n\n"If we stay on the current schedule, no," she said.';
    assert.equal(speakerOf(text, 'If we stay').speaker?.name, 'Nadia Frett');
    const led = 'Opposition has been led by State Sen. Bryce Tolliver, whose district covers the peninsula. He called the vote “a decision made in Olympia”.';
    assert.equal(speakerOf(led, 'a decision made').speaker?.name, 'Bryce Tolliver');
  });

  it('takes up an unnamed person just quoted with a description of any noun ("One senior member of the squad … told Row360 …. "…," the athlete said"), but not a spokesperson', () => {
    const text = 'Rasmus Eklund resigned. One senior member of the squad, who asked not to be named, told Row360 the mood was “the worst I have known it”.\n\n“People are angry,” the athlete said.';
    assert.equal(speakerOf(text, 'People are angry').speaker?.name, 'One senior member of the squad');
    const spokesperson = 'Rasmus Eklund resigned. A spokesperson for the federation said the board was “united”.\n\n“People are angry,” the coach said.';
    assert.equal(speakerOf(spokesperson, 'People are angry').speaker?.name, 'Rasmus Eklund');
  });

  it('reads Central Asian nationalities as nationalities ("said the Uzbek"), not names', () => {
    const text = 'Sardor Yuldashev accepted the result. "He was better today," said the Uzbek, who will now rest. Kazakh and Tajik officials met in Baku.';
    assert.equal(speakerOf(text, 'He was better today').speaker?.name, 'Sardor Yuldashev');
    assert.deepEqual(analyzeDocument(text).entities.map((entity) => entity.name), ['Sardor Yuldashev', 'Baku']);
  });

  it('reads "forecast" after a possessive as a noun, not the verb of a new speaker ("told Avesta that the ministry\'s forecast may turn out to be "too optimistic"")', () => {
    const text = 'An official of the Ministry of Agriculture, who spoke on condition of anonymity, told Avesta that the ministry’s forecast may turn out to be “too optimistic”.';
    assert.equal(speakerOf(text, 'too optimistic').speaker?.name, 'An official of the Ministry of Agriculture');
  });

  it('reads a cue word after an article as a noun, and a verb of stance after a closed quotation as the speaker\'s own ("Żmijewski insists that … "…", a claim Świątek dismissed as "…"")', () => {
    const text = 'Żmijewski insists that the changes will "not overturn a single final ruling", a claim Świątek dismissed as "a fairy tale for Brussels".';
    assert.equal(speakerOf(text, 'not overturn').speaker?.name, 'Żmijewski');
    assert.equal(speakerOf(text, 'fairy tale').speaker?.name, 'Świątek');
    assert.equal(speakerOf('"The decision was taken for fair play," the R&A said in a statement.', 'fair play').speaker?.name, 'R&A');
  });

  it('reads a question closing a paragraph its speaker opened with a statement as rhetorical, so the next paragraph goes on with them ("… why would they?" ¶ "The only answer is …")', () => {
    const text = '"It was amicable," Emre van der Walt wrote in a message to staff.\n\nRivals are bracing for the fallout. "Every time one of these happens, the whole industry pays for it," Anjali Rathore-Bassett said. "People don\'t distinguish between us, and honestly, why would they?"\n\n"The only answer is segregated accounts and audits that mean something."';
    assert.equal(speakerOf(text, 'The only answer').speaker?.name, 'Anjali Rathore-Bassett');
  });

  it('reads "who spoke on background" as the reason a source is unnamed, which ends how it is named ("A NASA official who spoke on background said …")', () => {
    const text = 'A NASA official who spoke on background said the agency had raised concerns but had ultimately signed off. "We flagged it, they had answers," the official said.';
    assert.equal(speakerOf(text, 'We flagged it').speaker?.name, 'A NASA official who spoke on background');
  });

  it('names an unnamed source with whom it is sympathetic to and the office it is in, up to its verb ("A music industry source sympathetic to Linwood", "A senior official in the governor’s office", "A spokesperson for City Hall")', () => {
    const sympathetic = 'A music industry source sympathetic to Linwood said the manager had paid for the tour. "Garrett found her singing covers," the source said.';
    assert.equal(speakerOf(sympathetic, 'Garrett found her').speaker?.name, 'A music industry source sympathetic to Linwood');
    const office = 'A senior official in the governor’s office, who was not authorized to speak publicly, said the governor was “inclined to sign something this session”.';
    assert.equal(speakerOf(office, 'inclined to sign').speaker?.name, 'A senior official in the governor’s office');
    const cityHall = 'A spokesperson for City Hall said the administration had committed $180 million and called the wait times “unacceptable.”';
    assert.equal(speakerOf(cityHall, 'unacceptable').speaker?.name, 'A spokesperson for City Hall');
  });

  it('lets a person named after "According to" at a sentence start take up "she" ("According to race director Hélène Baptiste-Rouvier, …"), and types "the Santiago daily" as a newspaper', () => {
    const text = '"We will appeal," said team manager Ottavio Lanzafame. According to race director Hélène Baptiste-Rouvier, the organisers had discussed neutralising the descent.\n\n"In hindsight, maybe we would do things differently," she told France Télévisions.';
    assert.equal(speakerOf(text, 'In hindsight').speaker?.name, 'Hélène Baptiste-Rouvier');
    const daily = '“I am done,” Tomás Echeverría said. According to El Mercurio, the Santiago daily, Echeverría has been offered the role. He did not rule it out. “First I need to sleep for two weeks,” he said.';
    assert.equal(speakerOf(daily, 'First I need').speaker?.name, 'Tomás Echeverría');
  });

  it('lets the winner named after "won by" take up "he" ("The men’s race was won by Eritrea’s Samson Weldeab-Tekle … "…," he said")', () => {
    const text = 'The bonus was paid by the title sponsor, Nordmar Energia.\n\nThe men’s race was a tactical affair won by Eritrea’s Samson Weldeab-Tekle in 2:07:31. “It was a race for place, not time,” he said.';
    assert.equal(speakerOf(text, 'race for place').speaker?.name, 'Samson Weldeab-Tekle');
  });

  it('lets a person named after a preposition take up "she" when the rest of their sentence does ("When ET caught up with Amari …, she laughed off a question")', () => {
    const text = 'A source close to the singer told ET that the decision was made over the weekend. "She is exhausted," the source said.\n\nWhen ET caught up with Sable Amari on the red carpet in May, she laughed off a question about the schedule. “I’ve been in eleven countries in five weeks,” she told ET at the time.';
    assert.equal(speakerOf(text, 'eleven countries').speaker?.name, 'Sable Amari');
  });

  it('names an unnamed source with the unit it is in and the person it is an aide to ("A senior official in the Cyclone Recovery Unit", "A senior aide to the governor")', () => {
    const unit = 'A senior official in the Cyclone Recovery Unit, who was not authorised to speak publicly, told RNZ that the first tranche was "a down payment, not the whole bill".';
    assert.equal(speakerOf(unit, 'down payment').speaker?.name, 'A senior official in the Cyclone Recovery Unit');
    const aide = 'A senior aide to the governor, who spoke on condition of anonymity, said Bramhall would push for a plan. "That is the only way this ends," the aide said.';
    assert.equal(speakerOf(aide, 'only way').speaker?.name, 'A senior aide to the governor');
  });

  it('gives "the statement" to whoever was just quoted, and a verb after "The statement said the agency had …" to the statement\'s author', () => {
    const added = '“We have made repairs a top priority,” the New York City Housing Authority said. The statement added that the authority was “deeply committed” to residents.';
    assert.equal(speakerOf(added, 'deeply committed').speaker?.name, 'New York City Housing Authority');
    const blamed = '“We have made repairs a top priority,” the New York City Housing Authority said. The statement said the agency had hired 420 workers and blamed the backlog on “chronic federal underfunding.”';
    assert.equal(speakerOf(blamed, 'chronic federal').speaker?.name, 'New York City Housing Authority');
  });

  it('gives a participle after a participle opening the sentence the main clause\'s subject ("Pressed for a restart price, Vidyasagar-Blake declined to give one, saying only that …")', () => {
    const text = 'Rohan Vidyasagar-Blake spoke to analysts. Pressed for a restart price, Vidyasagar-Blake declined to give one, saying only that Koolinda would come back “when prices give us a reason to”.';
    assert.equal(speakerOf(text, 'when prices give').speaker?.name, 'Rohan Vidyasagar-Blake');
  });

  it('gives "the union" to the body an apposition introduced as a union ("Industri Energi, the largest union, said")', () => {
    const text = 'Industri Energi, the largest union, said in a statement that its members had raised concerns. “This was not a surprise,” the union said.';
    assert.equal(speakerOf(text, 'not a surprise').speaker?.name, 'Industri Energi');
  });

  it('lets a person named after "according to" take the floor from an unnamed source ("…, according to Harriet Kaur-Lindgren, a retail analyst. ¶ "…," she said")', () => {
    const text = '“We are worried,” said one dealer, who asked not to be named. One-price selling has been tried with mixed results, according to Harriet Kaur-Lindgren, a retail analyst at Marchmont Insight.\n\n“Agency works when the brand has the volume,” she said.';
    assert.equal(speakerOf(text, 'Agency works').speaker?.name, 'Harriet Kaur-Lindgren');
  });

  it('takes a noun for a person ending in "-ee" as an unnamed source ("A franchisee who owns four Aldara properties in Texas … "…," he said")', () => {
    const text = 'A franchisee who owns four Aldara properties in Texas, and who asked not to be named because he is negotiating a license renewal, said the costs fall unevenly. "Every time they add a tier, the breakfasts come out of my pocket," he said.';
    assert.equal(speakerOf(text, 'Every time').speaker?.name, 'A franchisee who owns four Aldara properties in Texas');
  });

  it('keeps a long indefinite source whole when an aside says why it goes unnamed ("A senior figure at one of the charter airlines that carried Thalassa Sun customers, speaking on condition of anonymity, said")', () => {
    const text = 'A senior figure at one of the charter airlines that carried Thalassa Sun customers, speaking on condition of anonymity, said the operator had been asking to defer payments. "First they paid in arrears, then in promises," he said.';
    assert.equal(speakerOf(text, 'First they paid').speaker?.name, 'A senior figure at one of the charter airlines that carried Thalassa Sun customers');
  });

  it('takes "the owner of one …" as an unnamed source, not someone named before ("…," said the owner of one womenswear concession, who asked not to be named)', () => {
    const text = 'Mary Kline ran the shop for years. "We have got stock sitting on their shop floors," said the owner of one womenswear concession, who asked not to be named.';
    assert.equal(speakerOf(text, 'We have got stock').speaker?.name, 'the owner of one womenswear concession');
  });

  it('gives "the firm" to the firm whose administrators or lawyers the article has just brought in, not the company they work on', () => {
    const text = 'Cliffsong Events Ltd ran the festival. "We are devastated," the company said. Administrators from Caulfield Drummond Recovery were appointed on Tuesday. In a letter to creditors seen by NME, the firm said the company owed "in the region of £2.1million" to suppliers.';
    assert.equal(speakerOf(text, 'in the region').speaker?.name, 'Caulfield Drummond Recovery');
    const called = 'Thalassa Sun Holidays said it was sorry. "We tried everything," the firm said. The operator appointed administrators from Cranleigh Moss Restructuring after what the firm called "a sharp and sustained deterioration in cash flow" over the winter.';
    assert.equal(speakerOf(called, 'a sharp and sustained').speaker?.name, 'Cranleigh Moss Restructuring');
  });

  it('gives "the facility" to the body whose name ends with the noun and spoke just before ("The Caribbean Catastrophe Risk Insurance Facility (CCRIF) said …. "…," the facility said")', () => {
    const text = 'Elwin Durand-Joseph said the issue would be raised at the next meeting.\n\nThe Caribbean Catastrophe Risk Insurance Facility (CCRIF) said the policy had been triggered.\n\n"A payout of approximately US$38 million is expected within 14 days," the facility said in a statement.';
    assert.equal(speakerOf(text, 'A payout').speaker?.name, 'Caribbean Catastrophe Risk Insurance Facility');
  });

  it('names an unnamed source with the office it speaks for ("A spokesman for the First Minister said")', () => {
    const text = 'A spokesman for the First Minister said last night that he "stands by every word" he told parliament.';
    assert.equal(speakerOf(text, 'stands by every word').speaker?.name, 'A spokesman for the First Minister');
  });

  it('keeps "the organization" with the body quoted last, not one introduced as an organisation before its quotation', () => {
    const text = 'Halima Sani leads Tadamun, a Maradi-based organization that runs 31 sites. Kaboré declined to comment. In a statement, Vireo said it had notified every partner and "is committed to a dignified transition." The organization said it would cover "reasonable closure costs" but did not say more.';
    assert.equal(speakerOf(text, 'reasonable closure').speaker?.name, 'Vireo');
  });

  it('gives "the organisation" to the body of the person quoted last, named with their role ("Otago Fish and Game Council chief executive Tomasz Wielgosz called the vote "…". The organisation said")', () => {
    const text = 'The Ophir Flats Water Users Group said farmers would suffer, and the group said it would appeal. Ophir Flats Water Users Group members met on Monday.\n\nOtago Fish and Game Council chief executive Tomasz Wielgosz called the vote "long overdue". The organisation said in a statement that it would "defend this limit at every stage" of the hearings.';
    assert.equal(speakerOf(text, 'defend this limit').speaker?.name, 'Otago Fish and Game Council');
  });

  it('reads a cue word that is the object of a verb as a noun ("said it respected the decision but wanted answers from the board about the "…"")', () => {
    const text = 'Dele Abiodun-Grant was sacked on Monday. The Holmebridge Supporters’ Trust said it respected the decision but wanted answers from the board about the “process that led to this appointment in the first place”.';
    assert.equal(speakerOf(text, 'process that led').speaker?.name, 'Holmebridge Supporters’ Trust');
  });

  it('gives a verb joined to a relative clause\'s own the name before "who" ("Mehra-Lockwood, who watched her first match there as a student and insists this is "…"")', () => {
    const text = 'Priyanka Mehra-Lockwood bought the club. Mehra-Lockwood, who watched her first match at Tidemead as a student and insists this is "not a property play", told Wisden that the ground will stay.';
    assert.equal(speakerOf(text, 'not a property play').speaker?.name, 'Priyanka Mehra-Lockwood');
  });

  it('keeps the division an unnamed official works in or with ("An official in the prefecture\'s medical policy division said", "the official" taking up "An official with the prefecture’s human rights promotion division")', () => {
    const inDivision = 'An official in the prefecture\'s medical policy division said: "We will do everything we can."';
    assert.equal(speakerOf(inDivision, 'We will do').speaker?.name, 'An official in the prefecture\'s medical policy division');
    const withDivision = 'An official with the prefecture’s human rights promotion division said local systems could only go so far. “We can issue a certificate,” the official said.';
    assert.equal(speakerOf(withDivision, 'We can issue').speaker?.name, 'An official with the prefecture’s human rights promotion division');
  });

  it('finds the speaker at "saying only that" after what someone would not say ("declined to say more", "stopped short of saying whether members would be asked to step down")', () => {
    const opening = 'Prime Minister Ichiro Hamasaki said the party would cooperate. ';
    const declined = `${opening}He declined to say more, saying only that he would "respond appropriately once the facts become clear."`;
    assert.equal(speakerOf(declined, 'respond appropriately').speaker?.name, 'Ichiro Hamasaki');
    const stoppedShort = `${opening}He stopped short of saying whether members would be asked to step down, saying only that he would "respond appropriately once the facts become clear."`;
    assert.equal(speakerOf(stoppedShort, 'respond appropriately').speaker?.name, 'Ichiro Hamasaki');
  });

  it('reads a clause after "the terms" as what someone said, not a term named ("said in a statement that the terms "reflect extensive and constructive engagement"")', () => {
    const text = 'Ashby Lomax, the law firm advising the bondholders, said in a statement that the terms "reflect extensive and constructive engagement" and urged creditors to sign up.';
    assert.equal(speakerOf(text, 'reflect extensive').speaker?.name, 'Ashby Lomax');
  });

  it('keeps "she" with the person a reporting "She said …" went on from, not someone named in what she reported', () => {
    const text = 'Margaret Aihi-Sorensen said the women\'s programme would be the first casualty. She said the union\'s treasurer, Kila Loi, had already cancelled a national training camp in Lae.\n\n“We had 14 girls ready to go to camp. I had to ring their parents one by one,” she added.';
    assert.equal(speakerOf(text, 'We had 14 girls').speaker?.name, 'Margaret Aihi-Sorensen');
  });

  it('ends an unnamed source before its own verbs ("A spokesperson for the Broadway League declined to comment … but said") and before a verb after a possessive name ("A spokesperson for St Aldhelm’s said")', () => {
    const declined = 'A spokesperson for the Broadway League declined to comment on the negotiations but said the season’s grosses were running ahead. “Thanksgiving was strong across the board,” the spokesperson said.';
    assert.equal(speakerOf(declined, 'Thanksgiving').speaker?.name, 'A spokesperson for the Broadway League');
    const direct = 'A spokesperson for the Broadway League declined to comment on the negotiations but said the grosses were "running ahead".';
    assert.equal(speakerOf(direct, 'running ahead').speaker?.name, 'A spokesperson for the Broadway League');
    const college = 'A spokesperson for St Aldhelm’s said the college “values its catering team enormously” and that no one would lose their job.';
    assert.equal(speakerOf(college, 'values its catering').speaker?.name, 'A spokesperson for St Aldhelm’s');
  });

  it('gives what a body\'s branch says to the body ("The Harvard chapter of the American Association of University Professors said", "the Odisha chapter of the Confederation of … of India (CREDAI) said")', () => {
    const chapter = 'The Harvard chapter of the American Association of University Professors said in a statement that the case "raises familiar questions about the opacity of the tenure process," and called for change.';
    assert.equal(speakerOf(chapter, 'raises familiar').speaker?.name, 'American Association of University Professors');
    const acronym = 'In a statement, the Odisha chapter of the Confederation of Real Estate Developers’ Associations of India (CREDAI) said it “respects the court’s concern” but would seek clarification.';
    const body = speakerOf(acronym, 'respects the court').speaker;
    assert.ok(body?.name === 'CREDAI' || body?.name === 'Confederation of Real Estate Developers’ Associations of India', `spoke as ${body?.name}`);
  });

  it('names an unnamed source with the minister it speaks for, named with the department\'s words ("A spokesperson for Indigenous Services Minister Pascale Nyberg")', () => {
    const text = 'A spokesperson for Indigenous Services Minister Pascale Nyberg said the minister would visit the community "in the coming weeks."';
    assert.equal(speakerOf(text, 'in the coming weeks').speaker?.name, 'A spokesperson for Indigenous Services Minister Pascale Nyberg');
  });

  it('keeps the floor with the previous speaker over someone named in a phrase opening the sentence before its pronoun ("Pressed on the talks by the moderator, Nandita Kapoor-Sethi, …, he declined")', () => {
    const text = '"We respect India," Bastien Haddad-Lecomte said. Pressed on the talks by the session\'s moderator, Nandita Kapoor-Sethi, a fellow at the Observer Research Foundation, he declined to discuss specifics.\n\n"We are having some version of this conversation in five capitals," he added.';
    assert.equal(speakerOf(text, 'five capitals').speaker?.name, 'Bastien Haddad-Lecomte');
  });

  it('gives words an outlet "reported that" someone said to the outlet ("Newsday reported last week that the plant had been operating at "well under half"", "reported in September that"), but not a passive "is reported as saying"', () => {
    const text = 'Soldado did not respond. Newsday reported last week that the plant had been operating at "well under half" of its design throughput.';
    assert.equal(speakerOf(text, 'well under half').speaker?.name, 'Newsday');
    const month = 'The Times reported in September that Solenza had cancelled more than 300 flights over the summer, “a significant share of them with less than a day’s notice”.';
    assert.equal(speakerOf(month, 'a significant share').speaker?.name, 'Times');
    const passive = '"If totally pushed to the wall, of course they will sue," Mr Kapor is reported as saying. Dr Jeremy Philpott disagreed.';
    assert.notEqual(speakerOf(passive, 'If totally pushed').speaker?.name, 'Jeremy Philpott');
  });

  it('gives "she" after "The chief said she …" to the chief named last when the article has more than one', () => {
    const text = 'Grand Chief Marie Okemaw of the Assembly of Chiefs backed the community. Chief Delia Mistikwan-Beardy said the plant had failed.\n\nA spokesperson for the department said the minister would visit "in the coming weeks." The chief said she would believe it when the plane landed.\n\n"Come and stay a night," she said.';
    assert.equal(speakerOf(text, 'Come and stay').speaker?.name, 'Delia Mistikwan-Beardy');
  });

  it('gives a verb of stance with its own subject after a noun to that subject, inside another\'s report ("CBC News reported that …, a development O’Halloran-Diop dismissed as "…"")', () => {
    const text = 'Fergus O’Halloran-Diop leads the fishermen. Across the strait, CBC News reported that harvesters had begun landing lobster at similar prices, a development O’Halloran-Diop dismissed as “their business, not ours.”';
    assert.equal(speakerOf(text, 'their business').speaker?.name, 'Fergus O’Halloran-Diop');
  });

  it('keeps a titled name with the body after "of" whole as the subject, however long ("U.S. District Judge Ignatius Mbatha-Reyes of the Southern District of New York called the settlement "…"")', () => {
    const text = 'U.S. District Judge Ignatius Mbatha-Reyes of the Southern District of New York called the settlement “fair, reasonable and adequate” at a hearing Tuesday.';
    assert.equal(speakerOf(text, 'fair, reasonable').speaker?.name, 'Ignatius Mbatha-Reyes');
  });

  it('gives the words to the counsel named in apposition, not the client they speak for ("Counsel for plaintiff Yusuf Adebayo-Harris, Marguerite Oyelaran of Oyelaran Tate PC, flagged …")', () => {
    const text = 'Counsel for plaintiff Yusuf Adebayo-Harris, Marguerite Oyelaran of Oyelaran Tate PC, flagged the problem in December, writing that her team had spent “the better part of two days hunting for cases that were never decided.”';
    assert.equal(speakerOf(text, 'the better part').speaker?.name, 'Marguerite Oyelaran');
  });

  it('finds the subject of a participle in a description opening its clause ("The judge declined to strike the brief, saying that doing so would "…"")', () => {
    const text = 'U.S. District Judge Clementine Vasquez-Orr fined the lawyers.\n\nThe judge declined to strike the reply brief outright, saying that doing so would “punish Ridgeback”.';
    assert.equal(speakerOf(text, 'punish Ridgeback').speaker?.name, 'Clementine Vasquez-Orr');
  });

  it('lets "the two firms" speak as written, not as the person in focus ("In a joint statement, the two firms said")', () => {
    const text = 'By Ottilie Garside-Mensah\n\nThe proposed tie-up between Pemberton Rauch and Strand Ferreira has collapsed. In a joint statement, the two firms said they had "mutually agreed not to proceed".';
    assert.equal(speakerOf(text, 'mutually agreed').speaker?.name, 'the two firms');
  });

  it('keeps "attending the …" in an unnamed source\'s wording ("One Bay Area investor attending the event, who asked not to be named, was blunter")', () => {
    const text = 'One Bay Area investor attending the event, who asked not to be named because his firm is negotiating to buy a property, was blunter. "If Measure R wins, I am buying in Elk Grove instead," he said.';
    assert.equal(speakerOf(text, 'If Measure R wins').speaker?.name, 'One Bay Area investor attending the event');
  });

  it('finds an unnamed source opening the clause of a participle ("A rival owner was less charitable, saying Pelagos had "…"")', () => {
    const text = 'A rival owner was less charitable, saying Pelagos had “missed the cheap slots by two years and is now paying up for the privilege”.';
    assert.equal(speakerOf(text, 'missed the cheap').speaker?.name, 'A rival owner');
  });

  it('reads "in the words of" as naming the source, as "according to" does ("in the words of one local councillor, "…"")', () => {
    const text = 'The Facebook page has become, in the words of one local councillor, “the only place in Stenhope where people still shout at each other”.';
    assert.equal(speakerOf(text, 'the only place').speaker?.name, 'one local councillor');
  });

  it('keeps a new source described at length whole before its verb ("A letter from the ward office to the district administration in 2023, seen by the BBC, describes the slope as "…"")', () => {
    const text = 'A letter from the ward office to the district administration in 2023, seen by the BBC, describes the slope as "at risk of sudden failure" and requests help.';
    assert.equal(speakerOf(text, 'at risk of sudden').speaker?.name, 'the ward office');
  });

  it('gives "the company" to a body that reported since the previous quotation, over the one quoted before ("Rival developer Halstrom Peak Partners … said it was watching the market. "…," the company said")', () => {
    const text = 'Corvane shares rose. "We are building," Corvane said.\n\nRival developer Halstrom Peak Partners, which paused two speculative buildings in nearby Etna Township last year, said it was watching the market closely. “Halstrom Peak remains committed to central Ohio,” the company said in a statement.';
    assert.equal(speakerOf(text, 'remains committed').speaker?.name, 'Halstrom Peak Partners');
  });

  it('gives a cue after "but" to the subject of the verb whose object a "that" clause is ("Quenneville did not dispute that the messages were genuine but said they had been "…"")', () => {
    const text = 'Kaan Yıldız posted screenshots of messages from Stormcrest owner Darius Quenneville. Quenneville did not dispute that the messages were genuine but said they had been “cropped to tell a story”.';
    const { speaker } = speakerOf(text, 'cropped to tell');
    assert.deepEqual([speaker?.name, speaker?.mention?.text], ['Darius Quenneville', 'Quenneville']);
  });

  it('reads "as" before a short noun phrase ending the clause of a participle as naming a role ("X has put him up as his main bet, calling him "…"")', () => {
    const text = 'The name on most lips is Maelstrom Bay. Sporting Life tipster Joost van der Berg has put him up as his main bet, calling him "the each-way thief of the race".';
    assert.equal(speakerOf(text, 'each-way thief').speaker?.name, 'Joost van der Berg');
  });

  it('reads a sentence with a nickname inside a name as quoting no one ("His trainer, Desmond "Dessie" Tully, was blunter. "…"")', () => {
    const text = 'Qureshi-Boyle spoke at ringside. "I thought I won it clearly," he said.\n\nHis trainer, Desmond "Dessie" Tully, was blunter. "The card is a disgrace, frankly. Four rounds in it?"';
    assert.equal(speakerOf(text, 'The card is a disgrace').speaker?.name, 'Desmond Tully');
  });

  it('gives a statement a colon leads into to the body that issued it ("The British Boxing Board of Control has just issued the following statement:¶"…"")', () => {
    const text = '23:19 – A major development. The British Boxing Board of Control has just issued the following statement:\n\n"The Board has been informed that a sample provided by Thiago Nascimento has returned an adverse finding."';
    assert.equal(speakerOf(text, 'The Board has been informed').speaker?.name, 'British Boxing Board of Control');
  });

  it('reads "ruling that" and "finding that" as reporting a ruling, and a ruling or finding after its owner as a noun ("…," the council\'s ruling said)', () => {
    const ruling = 'Area coroner Lucinda Ferreira-Hughes recorded a narrative conclusion, finding that "missed opportunities" had probably contributed to her death.';
    assert.equal(speakerOf(ruling, 'missed opportunities').speaker?.name, 'Lucinda Ferreira-Hughes');
    const owned = 'The Ugandan Media Council banned the show. "The play promotes illegal acts, it should be and is hereby banned," the council\'s ruling said.';
    assert.equal(speakerOf(owned, 'hereby banned').speaker?.name, "the council's ruling");
  });

  it('gives a participle after "ruled out" the subject of the sentence ("He ruled out free personal care, saying it was "…"")', () => {
    const text = 'Care minister Stephen Ladyman set out the plan. He ruled out free personal care in England, saying it was "unsustainable".';
    assert.equal(speakerOf(text, 'unsustainable').speaker?.name, 'Stephen Ladyman');
  });

  it('does not take a ruling against something for a ruling reported ("the Supreme Court has ruled against the interests of the people he represents, he says. "…"")', () => {
    const text = '"A lot of them invested in good faith," Carlos Baez Silva said. On occasion, the Supreme Court has ruled against the interests of the people he represents, he says, insisting that the system cannot be trusted. "People have to deposit their money in the banks."';
    assert.equal(speakerOf(text, 'People have to deposit').speaker?.name, 'Carlos Baez Silva');
  });

  it('reads no gender from a possessive after "and" in a list ("only her family, Ostrowski and her physiotherapist had known")', () => {
    const text = 'Mireille Dufresne-Okafor lost to Anhelina Koval. Koval, who was unaware of her plans, said she felt "a little bit guilty". "It is a strange feeling," Koval told BBC Sport.\n\nDufresne-Okafor\'s long-time coach, Pascal Ostrowski, said he had tried to persuade her to play on. "I told her to wait," he told reporters.\n\nA member of her team said only her family, Ostrowski and her physiotherapist had known.';
    assert.equal(speakerOf(text, 'I told her to wait').speaker?.name, 'Pascal Ostrowski');
  });

  it('takes up as "the person" a source introduced with a relative clause before its verb, not a noun that a verb takes as its object ("…, who were still negotiating a settlement, told The Times")', () => {
    const text = 'One former senior designer, who asked not to be named because they were still negotiating a settlement, told The Times the cuts had come as a shock.\n\nA second former employee, who worked on the esports side of the business, said ending the league had been discussed for months.\n\n“Everyone knew the viewing numbers weren’t there,” the person said.';
    assert.equal(speakerOf(text, 'Everyone knew').speaker?.name, 'A second former employee');
  });

  it('gives the words to a person named after a title with prepositions of its own ("Senior Minister of State for Transport Gerald Seah said")', () => {
    const text = 'Speaking to reporters in Jurong on Feb 12, Senior Minister of State for Transport Gerald Seah said the Government would "keep a close eye" on fares.';
    assert.equal(speakerOf(text, 'keep a close eye').speaker?.name, 'Gerald Seah');
  });

  it('reads a reason for anonymity after a first relative clause as making the source a person ("One steward who has worked at the ground since 1981, and who asked not to be named, said …¶"…," he said")', () => {
    const text = 'Teodor Halvorsen died on Tuesday. One steward who has worked at the ground since 1981, and who asked not to be named, said supporters had started arriving.\n\n"People were crying in the car park," he said.';
    assert.equal(speakerOf(text, 'People were crying').speaker?.name, 'One steward who has worked at the ground since 1981');
  });

  it('passes over the previous speaker named in the phrase that opens the pronoun\'s sentence ("Demirci said …. Referring to Oyelaran-Becker\'s call, he added: "…"")', () => {
    const text = 'Its chief executive, Matthias Oyelaran-Becker, wrote in a post that the industry "cannot keep asking customers to absorb every shock".\n\nYusuf Demirci said fixed-rate tariffs were starting to reappear. Referring to Oyelaran-Becker\'s call for a new approach, he added: "Suppliers are quoting fixes at around £1,760."';
    assert.equal(speakerOf(text, 'Suppliers are quoting').speaker?.name, 'Yusuf Demirci');
  });

  it('gives a cue after "and" or "but" the whole subject of the verb of speech before it ("The spokesperson for the U.N. secretary-general said … and called on the authorities to "…"", "A police source close to the investigation confirmed the recovery but said")', () => {
    const text = 'The spokesperson for the U.N. secretary-general said operations would continue and called on the authorities to "guarantee safe and unhindered access" for aid convoys.';
    assert.equal(speakerOf(text, 'guarantee safe').speaker?.name, 'The spokesperson for the U.N. secretary-general');
    const confirmed = 'Detectives recovered a motorcycle. A police source close to the investigation confirmed the recovery but said the search for the firearm was “ongoing and intensive.”';
    assert.equal(speakerOf(confirmed, 'ongoing and intensive').speaker?.name, 'A police source close to the investigation');
  });

  it('gives a title after the name of the body it serves to the one holder of that title ("the Stanmoor manager", after "Stanmoor manager Niall Brereton")', () => {
    const text = 'Stanmoor manager Niall Brereton praised his side. Wexcombe manager Tom Hale was furious.\n\nBrereton said Okonjo had stayed behind after training. “He’s a good lad, a humble lad,” the Stanmoor manager said.';
    assert.equal(speakerOf(text, 'good lad').speaker?.name, 'Niall Brereton');
  });

  it('reads past a stray comma between a titled name with letters after it and its verb ("Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "…"")', () => {
    const text = 'Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The government\'s housing policy is an alarming example of disjointed thinking."';
    assert.equal(speakerOf(text, 'housing policy').speaker?.name, 'Peter Ainsworth');
  });

  it('reads "the director behind JFK" as the person holding that office, not the work it names', () => {
    const text = 'Oliver Stone, the director, was honoured in Stockholm.\n\nIn Sweden last Thursday, to pick up a lifetime achievement award, Stone expressed a hope. "Europeans tend to see me a little differently," said the director behind JFK, Platoon and Born on the Fourth of July.';
    assert.equal(speakerOf(text, 'Europeans tend').speaker?.name, 'Oliver Stone');
  });

  it('reads "Joss" as a given name of men and women alike, so "he" after Joss Whedon\'s words is his', () => {
    const text = 'The creator of Buffy the Vampire Slayer is to direct the Wonder Woman movie.\n\nJoss Whedon described the character as "the most iconic female heroine of our time". "In a way, no one has met her yet," he said.';
    assert.equal(speakerOf(text, 'no one has met her').speaker?.name, 'Joss Whedon');
  });

  it('gives a writing a body\'s name opens, with no "\'s", to that body ("…," a Capital Economics statement said)', () => {
    const text = 'Capital Economics branded the findings a "temporary surprise". "The month by month volatility should not distract from the trend," a Capital Economics statement said.';
    assert.equal(speakerOf(text, 'month by month').speaker?.name, 'Capital Economics');
  });

  it('gives "the group" to a body that spoke when the article called it a group, over an older namesake ("Civic group People\'s Watch on Corporate Power urged …")', () => {
    const text = 'Hanwol Group said it respected the judicial process.\n\nCivic group People\'s Watch on Corporate Power urged the court to hand down a sentence that would “end the era of the discount for heirs.”\n\n“For decades, judges have convicted chaebol heirs,” the group said in a statement.';
    assert.equal(speakerOf(text, 'For decades').speaker?.name, "People's Watch on Corporate Power");
  });

  it('lets a possessor opening its sentence after a clause of time take the floor ("As darkness fell, Lytvynchuk\'s brigade was still dragging cable. He said …. "…," he said")', () => {
    const text = 'Serhii Lytvynchuk leads the repair brigade. Pieter van der Molen, the company\'s project manager, said the units could be connected "within 72 hours once the site is cleared."\n\nAs darkness fell, Lytvynchuk\'s brigade was still dragging burned cable out of the yard. He said they would keep going through the night.\n\n"We will sleep when the city has light," he said.';
    assert.equal(speakerOf(text, 'We will sleep').speaker?.name, 'Serhii Lytvynchuk');
  });

  it('gives "the union" to a body the article called a union in apposition before its name ("Portugal\'s software workers\' union, the Sindicato … (STSD), said")', () => {
    const text = 'Tidewright Interactive closed its Porto studio.\n\nPortugal\'s software workers\' union, the Sindicato dos Trabalhadores do Software e Serviços Digitais (STSD), said it had requested an urgent meeting with Tidewright management. "Closing a profitable studio by video call is not a restructuring," the union said in a statement.';
    assert.equal(speakerOf(text, 'Closing a profitable').speaker?.name, 'Sindicato dos Trabalhadores do Software e Serviços Digitais');
  });

  it('gives "the company" to a body named in apposition to the subject that reported since the previous quotation ("The circuit\'s organiser, Ironvale Arena Group, said")', () => {
    const text = 'Stormcrest Esports benched its captain. “We wish him the best,” the team wrote.\n\nThe circuit’s organiser, Ironvale Arena Group, said on Wednesday it had opened an inquiry. “We are aware of the allegations,” the company said in a statement.';
    assert.equal(speakerOf(text, 'We are aware').speaker?.name, 'Ironvale Arena Group');
  });

  it('keeps a titled name with "of the" and lower-case words before its body whole as the subject ("Rep. Yu Sang-chul of the main opposition Civic Democratic Party, who …, said")', () => {
    const text = 'Rep. Yu Sang-chul of the main opposition Civic Democratic Party, who sits on the parliamentary trade committee, said the figures masked weakness elsewhere, describing the data as "a chip boom dressed up as a recovery."';
    assert.equal(speakerOf(text, 'chip boom').speaker?.name, 'Yu Sang-chul');
  });

  it('gives "the trust company" to the body whose name holds both words ("Parlane Trust Company, a limited-purpose trust company")', () => {
    const text = 'Blockvane compiled the data. PRLD is issued by Parlane Trust Company, a limited-purpose trust company chartered in New York. In a letter to regulators, the trust company said it had "initiated a supplemental confirmation process".';
    assert.equal(speakerOf(text, 'initiated a supplemental').speaker?.name, 'Parlane Trust Company');
  });

  it('keeps where an unnamed source is in its wording, hyphenated or by acronym ("one agent in the north-west", "a worker with an NGO")', () => {
    assert.equal(speakerOf('"It is chaos," one agent in the north-west said.', 'It is chaos').speaker?.name, 'one agent in the north-west');
    assert.equal(speakerOf('"It is chaos," said a worker with an NGO.', 'It is chaos').speaker?.name, 'a worker with an NGO');
  });

  it('keeps a "whose" clause in an unnamed source\'s wording ("One customer in Mexico City whose details appeared in the sample said")', () => {
    const text = 'One customer in Mexico City whose details appeared in the sample said she was alarmed. “I typed that in so a courier could drop off tacos,” she told TechCrunch.';
    assert.equal(speakerOf(text, 'I typed that in').speaker?.name, 'One customer in Mexico City whose details appeared in the sample');
  });

  it('keeps where an unnamed source works in its wording up to its relative clause ("said an executive at a rival conglomerate who asked not to be named")', () => {
    const text = '“Every family office in Seoul is reading the transcripts,” said an executive at a rival conglomerate who asked not to be named.';
    assert.equal(speakerOf(text, 'Every family office').speaker?.name, 'an executive at a rival conglomerate who asked not to be named');
  });

  it('keeps a body\'s plural possessive and a name of capitalised words in an unnamed source\'s wording ("a spokesperson for the Corps\' Omaha District")', () => {
    const text = '"The system is performing to its authorized level," a spokesperson for the Corps\' Omaha District said.';
    assert.equal(speakerOf(text, 'The system is performing').speaker?.name, "a spokesperson for the Corps' Omaha District");
  });

  it('reads a role opening with an acronym in apposition after a name ("Nadia Benali, U.N. director at the Global Accountability Project, a New York-based advocacy group, wrote")', () => {
    const text = 'Nadia Benali, U.N. director at the Global Accountability Project, a New York-based advocacy group, wrote in a post on X that the vote was "overdue but welcome".';
    assert.equal(speakerOf(text, 'overdue but welcome').speaker?.name, 'Nadia Benali');
  });

  it('takes a name and the body it is of, ending a long run before the verb, as the subject ("Opposition spokesman on national security Fitzroy O\'Garro of the People\'s National Party wrote")', () => {
    const text = 'Opposition spokesman on national security Fitzroy O\'Garro of the People\'s National Party wrote in a post on X that the shooting left “a community in mourning”.';
    assert.equal(speakerOf(text, 'a community in mourning').speaker?.name, "Fitzroy O'Garro");
  });

  it('reads a person\'s noun before "with" or "at" as an unnamed source ("One producer with two shows running said")', () => {
    const text = 'One producer with two shows running said the economics of original work had become "almost impossible".';
    assert.equal(speakerOf(text, 'almost impossible').speaker?.name, 'One producer with two shows running');
  });

  it('reads "several", "some" or "many" and a plural of people as unnamed sources ("Several riders said the road had been "like soap"")', () => {
    const text = 'The crash came as the peloton raced downhill in heavy rain. Several riders said the road, freshly resurfaced in places, had been "like soap".';
    assert.equal(speakerOf(text, 'like soap').speaker?.name, 'Several riders');
  });

  it('gives "the statement" to the author named after a phrase that opens with it ("In a statement issued alongside the petition, the diocese said …. "…," the statement said")', () => {
    const text = 'The Diocese of Harrowfield filed for bankruptcy on Monday.\n\nIn a statement issued alongside the petition, the diocese said ministry would continue. “Masses and Catholic schools will continue as they always have,” the statement said.';
    assert.equal(speakerOf(text, 'Masses and Catholic').speaker?.name, 'Diocese of Harrowfield');
  });

  it('gives "the letter" to the body that "warned" in the letter the sentence before opened with ("In a letter sent to every member of the House, the academy warned")', () => {
    const text = 'The Delaware Academy of Eye Physicians and Surgeons has urged House members to reject the bill. In a letter sent to every member of the House last week, the academy warned that the bill would “put lasers in the wrong hands”.\n\n'
      + '“Lasers are surgery,” the letter read.';
    assert.equal(speakerOf(text, 'Lasers are surgery').speaker?.name, 'Delaware Academy of Eye Physicians and Surgeons');
  });

  it('gives a verb of speech after "and" the subject of the verb of speech whose "that" clause comes before it ("Achebe-Lowe pointed out that the control group contained just six patients and warned that …")', () => {
    const text = 'Barnaby Achebe-Lowe of Greystoke Partners pointed out that the control group contained just six patients and warned that the agency "will want a randomized, masked study".';
    assert.equal(speakerOf(text, 'will want a randomized').speaker?.name, 'Barnaby Achebe-Lowe');
  });

  it('gives words to the one "quoted by" an outlet "as saying", not the outlet ("…," Gebre-Tsadik was quoted by ENA as saying)', () => {
    const text = 'Yohannes Gebre-Tsadik spoke to the state-run Ethiopian News Agency (ENA) after the talks.\n\n"Ethiopia will not sign any agreement that limits its rights," Gebre-Tsadik was quoted by ENA as saying. Mr Gebre-Tsadik was later cited by Reuters as saying that talks would "go on".';
    assert.equal(speakerOf(text, 'Ethiopia will not sign').speaker?.name, 'Yohannes Gebre-Tsadik');
    assert.equal(speakerOf(text, 'go on').speaker?.name, 'Yohannes Gebre-Tsadik');
  });

  it('gives words quoted right after "Asked …, X was blunt." to X, the one answering, not the previous speaker', () => {
    const named = 'Margriet van der Sluijs, the chief executive, said the deal was done. "He asked the questions our old lenders never bothered to ask," she said.\n\nAsked whether Brackenrigg would look to sell the business on within a few years, Idris al-Qaisi was blunt. "We don’t do three-year flips. Ask me again in ten years."';
    assert.equal(speakerOf(named, 'three-year flips').speaker?.name, 'Idris al-Qaisi');
    const pronoun = 'The Retail Asset Protection Council said theft was rising. "It is a crisis," the council said.\n\nTallmont is in talks with two security firms, and chief executive Dolores Wierzbowska-Reyes did not rule out further spending. Asked whether shrink would peak this year, she was cautious. "I would love to tell you we have seen the worst of it."';
    assert.equal(speakerOf(pronoun, 'seen the worst').speaker?.name, 'Dolores Wierzbowska-Reyes');
  });

  it('gives the words of a writing "signed by" someone to its signatory ("According to a statement signed by its National Publicity Secretary, Mr Dauda Kolawole-Baptiste, the party "…"")', () => {
    const text = 'The African Democratic Congress, ADC, has backed its state chapter. According to a statement signed by its National Publicity Secretary, Mr Dauda Kolawole-Baptiste, the party "will not allow the misery of flood victims to be converted into campaign currency."\n\nBut in a statement signed by the Chief Press Secretary to the Governor, Mr Tunde Egwu-Amodu, the government said every item had been "documented, warehoused and distributed" through the State Emergency Management Agency.\n\nAn end-user certificate signed by Qasr al-Bahr and submitted with the UK export licence application described the intended use as "coastal patrol and maritime search and rescue".';
    assert.equal(speakerOf(text, 'will not allow the misery').speaker?.name, 'Dauda Kolawole-Baptiste');
    assert.equal(speakerOf(text, 'documented, warehoused').speaker?.name, 'Tunde Egwu-Amodu');
    assert.equal(speakerOf(text, 'coastal patrol').speaker?.name, 'Qasr al-Bahr');
  });

  it('keeps an unnamed source\'s place of work as written: a noun after a place\'s name, a committee it serves "on", a mission "to" a country', () => {
    const zonal = 'A NEMA official in the North Central zonal office, who asked not to be named because he was not authorised to speak on the matter, confirmed the deliveries. He said, however, that the agency "does not control what happens after handover."';
    assert.equal(speakerOf(zonal, 'does not control').speaker?.name, 'A NEMA official in the North Central zonal office');
    const aide = 'A senior aide on the House Transportation and Infrastructure Committee, who was not authorized to speak publicly, said members had been pressing the agency. "Everyone wanted this done before the peak season," the aide said.';
    assert.equal(speakerOf(aide, 'Everyone wanted this').speaker?.name, 'A senior aide on the House Transportation and Infrastructure Committee');
    const mission = 'A spokesperson for the EU Delegation to Jordan told The Jordan Times that the contribution had been "fully disbursed".';
    assert.equal(speakerOf(mission, 'fully disbursed').speaker?.name, 'A spokesperson for the EU Delegation to Jordan');
  });

  it('reads "states" after "member", a region or a number as countries, not a verb of speech ("ambassadors of the UN Security Council member states in Cairo")', () => {
    const text = 'Foreign Ministry spokesman Mohab Ezzat said ambassadors of the UN Security Council member states in Cairo had been briefed, and that Egypt "reserves its right under international law to defend its water security."';
    assert.equal(speakerOf(text, 'reserves its right').speaker?.name, 'Mohab Ezzat');
  });

  it('reads "asked X for a contribution" as a request, not speech ("denied a report that it had asked its main milk processor for a contribution …, calling the claim "…"")', () => {
    const text = 'Tollbridge, meanwhile, denied a report in The Times that it had asked its main milk processor for a contribution towards the cut, calling the claim "categorically untrue".';
    assert.equal(speakerOf(text, 'categorically untrue').speaker?.name, 'Tollbridge');
  });

  it('reads "reported on Wednesday evening that" as a report, whose subject a participle after it shares ("Sky News first reported on Wednesday evening that a deal was close, describing Brackenrigg as "…"")', () => {
    const text = 'Sky News first reported on Wednesday evening that a deal was close, describing Brackenrigg as "the only bidder left standing" after two private equity firms walked away.';
    assert.equal(speakerOf(text, 'the only bidder').speaker?.name, 'Sky News');
  });

  it('reads where and when after a subject\'s apposition as no subject ("The opposition African Democratic Congress, ADC, in Kogi State on Tuesday accused …")', () => {
    const text = 'The opposition African Democratic Congress, ADC, in Kogi State on Tuesday accused Governor Abdulmalik Oyibo-Salami of turning the relief effort into a "party affair," a charge the Kogi State Government dismissed as "cheap blackmail."';
    assert.equal(speakerOf(text, 'party affair').speaker?.name, 'African Democratic Congress');
  });

  it('reads "the apex court" and "the top court" as the supreme court, "the apex bank" as the central bank the article names', () => {
    const court = 'The Supreme Court on Monday stayed the order. Senior advocate Kapil Mehra argued for the state. The apex court said the order was "prima facie arbitrary".';
    assert.equal(speakerOf(court, 'prima facie').speaker?.name, 'Supreme Court');
    const bank = 'Last month the Central Bank of Nigeria (CBN) adjusted the official exchange rate. Access Holdings said lending would slow. In a circular to banks, the apex bank said the move was necessary to "close the gap between the markets."';
    assert.equal(speakerOf(bank, 'close the gap').speaker?.name, 'Central Bank of Nigeria');
  });

  it('reads "the central bank" as the central bank the article names, though its name lacks "central" ("the Bank of Botswana", "the Reserve Bank of Zimbabwe")', () => {
    const text = 'Diamonds make up most exports, according to the Bank of Botswana, which warned that reserves had fallen. "Sustained weakness poses a risk," the central bank said. '
      + 'In Harare, the Reserve Bank of Zimbabwe raised rates. "Inflation is a concern," the central bank said.';
    assert.equal(speakerOf(text, 'Sustained weakness').speaker?.name, 'Bank of Botswana');
    assert.equal(speakerOf(text, 'Inflation is').speaker?.name, 'Reserve Bank of Zimbabwe');
  });

  it('keeps the office of a state after its name in an unnamed source\'s wording ("A spokesperson for the NSW Minister for Aboriginal Affairs")', () => {
    const text = 'The state government contributed $3.2 million. A spokesperson for the NSW Minister for Aboriginal Affairs said in a statement that the memorial was “a powerful act of truth-telling”.';
    assert.equal(speakerOf(text, 'truth-telling').speaker?.name, 'A spokesperson for the NSW Minister for Aboriginal Affairs');
  });

  it('lets the agent of a passive take the floor ("That view was rejected by Priya Raghunathan-Cole, …. She called the suggestion "…"")', () => {
    const text = 'Imogen Zubiri-Lamb, a partner at the audit firm, said councils had not done enough. "They ran out of time," she said.\n\nThat view was rejected by Priya Raghunathan-Cole, director of finance at Harlowmere District Council, whose accounts were disclaimed. She called the suggestion "insulting to finance teams who have worked evenings and weekends".';
    assert.equal(speakerOf(text, 'insulting to finance').speaker?.name, 'Priya Raghunathan-Cole');
  });

  it('reads "at the time" between a subject and its verb as no part of the subject ("a claim the authority at the time described as "…"")', () => {
    const text = 'The Kelsworth Borough Council said it would cut jobs. The Kelsworth Echo reported last month that the council had delayed payments to some of its smaller suppliers, a claim the authority at the time described as "inaccurate and unhelpful".';
    assert.equal(speakerOf(text, 'inaccurate and unhelpful').speaker?.name, 'Kelsworth Borough Council');
  });

  it('keeps a longer place of work in an unnamed source\'s wording when a relative clause on the source follows it ("A director at one of the region\'s smaller bus companies, who asked not to be named")', () => {
    const text = 'Not every operator shares that view. A director at one of the region’s smaller bus companies, who asked not to be named because the firm intends to bid for contracts, said: “Curlew will make a lot of noise.”';
    assert.equal(speakerOf(text, 'Curlew will make').speaker?.name, 'A director at one of the region’s smaller bus companies');
  });

  it('gives the words to the one an outlet "quoted … as saying" past their apposition ("the Vietnam News Agency quoted Nguyen Thi Thu Thoa, head of the Ca Mau irrigation sub-department, as saying")', () => {
    const text = 'Further south, the Vietnam News Agency quoted Nguyen Thi Thu Thoa, head of the Ca Mau irrigation sub-department, as saying that rice-shrimp farmers "should not let salty water into the fields before the rice is cut."';
    assert.equal(speakerOf(text, 'should not let salty').speaker?.name, 'Nguyen Thi Thu Thoa');
  });

  it('learns the gender of a person no name tells from the pronoun that spoke as them ("Devotha Lukumay-Ferreira accused the ministry …. "…," she said. Responding, he said …)', () => {
    const text = 'Energy Minister Yusuf Kombo-Rasmussen said the government had released emergency funds.\n\nSpecial Seats MP Devotha Lukumay-Ferreira accused the ministry of failing to prepare for a dry spell.\n\n“We were told that rationing was history,” she said.\n\nResponding, he said the shortfall would ease. “This is not a return to the old days,” he added.';
    assert.equal(speakerOf(text, 'rationing was history').speaker?.name, 'Devotha Lukumay-Ferreira');
    assert.equal(speakerOf(text, 'not a return to the old days').speaker?.name, 'Yusuf Kombo-Rasmussen');
  });

  it('gives a pronoun after a quotation someone named inside a pronoun\'s report made to the reporter ("He noted that Lestiani had described the decision as "sequencing". "…," he added"), not to the reporter\'s own words ("He added that he had been open …")', () => {
    const text = 'Lestiani Wirawardhana, the authority\'s head, told reporters the move was a pause. Fikri Anggoro, a researcher at Celios, disagreed. "The signal from the Finance Ministry has been clear for a year," Fikri said.\n\nHe noted that Lestiani had described the decision as "sequencing" rather than a delay. "Investors read that language very carefully," he added.';
    assert.equal(speakerOf(text, 'Investors read that language').speaker?.name, 'Fikri Anggoro');
    const own = 'Mr Johnson told the BBC it was a "non-story". He added that he had been open when he announced the departure and how people chose to interpret it was a "different thing". "The major issue is the new chief executive," he added.';
    assert.equal(speakerOf(own, 'The major issue').speaker?.name, 'Johnson');
  });

  it('reads "the <body named in full> (<acronym>) lawmaker" as a description of the person in focus, not the body ("the Indonesian Democratic Party of Struggle (PDI-P) lawmaker said")', () => {
    const text = 'Maria Goretti Lumbantobing, a member of House of Representatives Commission II, said the schedule had changed "at least four times". "Every time we summon the authority, we are shown a new date," the Indonesian Democratic Party of Struggle (PDI-P) lawmaker said.';
    assert.equal(speakerOf(text, 'Every time we summon').speaker?.name, 'Maria Goretti Lumbantobing');
  });

  it('reads "the Plymouth-based institution" as the body in focus, not the person named last ("Kerrowan University … The Plymouth-based institution told staff")', () => {
    const text = 'Kerrowan University is to cut 300 jobs, its vice-chancellor Ffion Adebayo-Pryce said. The Plymouth-based institution told staff on Wednesday that compulsory redundancies "cannot be ruled out" if too few people came forward.';
    assert.equal(speakerOf(text, 'cannot be ruled out').speaker?.name, 'Kerrowan University');
  });

  it('keeps what an unnamed source is "attached to" or "assigned to" in its wording ("A senior detective attached to the case, who preferred anonymity")', () => {
    const text = 'A senior detective attached to the case, who preferred anonymity because he is not allowed to speak to the press, said investigators had linked the MP to the men "before, during and after" the demolitions.';
    assert.equal(speakerOf(text, 'before, during and after').speaker?.name, 'A senior detective attached to the case');
  });

  it('gives "the memo said" and "The memo says" to the subject after a phrase that opened a sentence with the memo ("In the memo, sent to staff early Tuesday, chief executive Kofi Mensah-Allard said")', () => {
    const text = 'Caddis Labs is laying off about 140 employees, according to an internal memo viewed by The Information.\n\nIn the memo, sent to staff early Tuesday, chief executive Kofi Mensah-Allard said the company would concentrate its research on Caddis Workbench.\n\n"We have spent the last year trying to be a frontier lab," the memo said. The memo says the effort "taught us an enormous amount".';
    assert.equal(speakerOf(text, 'We have spent the last year').speaker?.name, 'Kofi Mensah-Allard');
    assert.equal(speakerOf(text, 'taught us an enormous').speaker?.name, 'Kofi Mensah-Allard');
  });

  it('reads "and on Tuesday it said the plan …" after a quotation as a new clause, and keeps "representing drivers" in an unnamed body\'s wording ("The union representing drivers has described some routes as "a nightly gamble," and on Tuesday it said")', () => {
    const text = 'The Winnipeg Police Service has more officers on buses. The union representing drivers has described some evening routes as "a nightly gamble," and on Tuesday it said the plan, while welcome, moves too slowly.';
    assert.equal(speakerOf(text, 'a nightly gamble').speaker?.name, 'The union representing drivers');
  });

  it('reads "No." before a number as part of an unnamed source\'s wording, not a sentence\'s end ("One operator who drives the No. 11 along Portage")', () => {
    const text = 'One operator who drives the No. 11 along Portage, and who asked not to be named because drivers are not permitted to speak to media, said she now carries an alarm. "I have had people throw coffee at me," she said.';
    assert.equal(speakerOf(text, 'throw coffee').speaker?.name, 'One operator who drives the No. 11 along Portage');
  });

  it('gives a participle to the name opening its clause before a verb with "has" ("The Ravensholme Supporters’ Trust has written to the board requesting a meeting, saying")', () => {
    const text = 'The Ravensholme Supporters’ Trust has written to the board requesting a meeting, saying in a letter seen by The Athletic that fans “deserve an honest explanation, not a two-line statement”.';
    assert.equal(speakerOf(text, 'deserve an honest').speaker?.name, 'Ravensholme Supporters’ Trust');
  });

  it('keeps the minister a spokesman speaks for in the source\'s wording past a government\'s level ("A spokesman for federal Resources Minister Madeleine Orsini said")', () => {
    const text = 'A spokesman for federal Resources Minister Madeleine Orsini said the government had “put $7 billion on the table” through its production tax incentive.';
    assert.equal(speakerOf(text, 'put $7 billion').speaker?.name, 'A spokesman for federal Resources Minister Madeleine Orsini');
  });

  it('reads the last noun of "council finance officer" as the source, past a department\'s noun ("One senior council finance officer in the south-east, who asked not to be named")', () => {
    const text = 'One senior council finance officer in the south-east, who asked not to be named because they were not authorised to speak to the media, described the arrangement as “a slow-motion car crash that everyone can see coming”.';
    assert.equal(speakerOf(text, 'a slow-motion car crash').speaker?.name, 'One senior council finance officer in the south-east');
  });

  it('reads "sub-committee" as a body that speaks too, not a pronoun for the person named last ("In its decision notice, the sub-committee said")', () => {
    const text = 'Inês Carvalho-Brandt runs the group.\n\nA Westminster City Council licensing sub-committee refused the application. In its decision notice, the sub-committee said the application "did not adequately address the cumulative impact" of venues.';
    assert.equal(speakerOf(text, 'did not adequately').speaker?.name, 'the sub-committee');
  });

  it('reads "subcommittee" as a body that speaks, as "committee" is ("The House Appropriations defense subcommittee, in the report …, criticized")', () => {
    const text = 'The House Appropriations defense subcommittee, in the report accompanying its fiscal 2026 spending bill, criticized the Navy for “a pattern of initiating unmanned programs without a credible transition plan to procurement.”';
    assert.equal(speakerOf(text, 'a pattern of initiating').speaker?.name, 'The House Appropriations defense subcommittee');
  });

  it('reads past a stock ticker in brackets to the company the participle belongs to, after a dateline naming two cities ("SANTIAGO/SYDNEY, May 14 (Reuters) - … Salar Andino (SAND.SN) on Wednesday rejected …, saying")', () => {
    const text = 'Salar Andino rejects Tarrawin bid\n\nSANTIAGO/SYDNEY, May 14 (Reuters) - Chilean lithium producer Salar Andino (SAND.SN) on Wednesday rejected a $2.1 billion takeover offer from Australia\'s Tarrawin Resources (TWR.AX), saying the unsolicited cash bid "significantly undervalues" the company.';
    assert.equal(speakerOf(text, 'significantly undervalues').speaker?.name, 'Salar Andino');
  });

  it('reads a dateline on the text\'s first line as no part of the first sentence\'s subject ("LONDON (Reuters) - British retailer Harrow Lane on Tuesday cut its profit forecast, saying")', () => {
    const text = 'LONDON (Reuters) - British retailer Harrow Lane on Tuesday cut its profit forecast, saying demand had been "unusually weak" since September.';
    assert.equal(speakerOf(text, 'unusually weak').speaker?.name, 'Harrow Lane');
  });

  it('keeps a body named after its place and kind in the wording of the staff who speak, and links it ("Analysts at Santiago brokerage Puerto Alto Capital called")', () => {
    const text = 'Analysts at Santiago brokerage Puerto Alto Capital called the offer "opportunistic" and put their fair-value estimate at 1,780 pesos.';
    const attributed = speakerOf(text, 'opportunistic');
    assert.equal(attributed.speaker?.name, 'Analysts at Santiago brokerage Puerto Alto Capital');
    assert.equal(organizationName(attributed), 'Puerto Alto Capital');
  });

  it('gives "The note" to the body its description names, as a memo\'s ("according to an internal Transport for NSW briefing note seen by the Herald. The note describes")', () => {
    const text = 'The cracks were found on March 2, according to an internal Transport for NSW briefing note seen by the Herald. The note describes the damage as “fatigue cracking at multiple frame intersections”.\n\nTransport Minister Mariana Sokolova said she was "furious".';
    assert.equal(speakerOf(text, 'fatigue cracking').speaker?.name, 'Transport for NSW');
  });

  it('reads a proposal as a writing that speaks for its owner ("The agency\'s written proposal, posted on its website last month, describes")', () => {
    const text = 'The Chicago Transit Authority held the hearing on Wednesday. Spokeswoman Katarzyna Wrobel-Mendez said it was "routine." The agency\'s written proposal, posted on its website last month, describes the three routes as having "persistently low ridership relative to service hours".';
    assert.equal(speakerOf(text, 'persistently low ridership').speaker?.name, 'Chicago Transit Authority');
  });

  it('reads "adding their names" as adding something, not speech, and keeps what a source is tracking in its wording ("are "seriously considering" adding their names this week, according to a GOP lawmaker tracking the count")', () => {
    const text = 'At least two more Republicans are “seriously considering” adding their names this week, according to a GOP lawmaker tracking the count.';
    assert.equal(speakerOf(text, 'seriously considering').speaker?.name, 'a GOP lawmaker tracking the count');
  });

  it('reads "calling" a name\'s possession something quoted as speech ("went further in an interview with L’Équipe on Sunday, calling Ravensholme’s conduct "…"")', () => {
    const text = 'Vérignac’s president, Hervé Delacroix-Santini, went further in an interview with L’Équipe on Sunday, calling Ravensholme’s conduct “a lack of respect for the player, for his family and for our club”.';
    assert.equal(speakerOf(text, 'a lack of respect').speaker?.name, 'Hervé Delacroix-Santini');
  });

  it('reads a summary as a writing that speaks for the one whose office issued it ("A two-page summary from Brightwater\'s office describes the bill as "…"")', () => {
    const text = 'Sen. Harlan Brightwater (R-Kan.) is leading the effort.\n\n• A two-page summary from Brightwater\'s office describes the bill as "a bridge, not a destination" and says its cost would be covered by "modest, targeted" changes.';
    assert.equal(speakerOf(text, 'a bridge, not').speaker?.name, 'Harlan Brightwater');
  });

  it('reads "That person said" as the source introduced before, with "That" as its determiner, not a conjunction ("according to a person with direct knowledge of the company\'s finances. That person said")', () => {
    const text = 'The cuts were ordered by the board, according to a person with direct knowledge of the company\'s finances. That person said the layoffs were "mostly about the Cobaltine bill, whatever the memo says."';
    assert.equal(speakerOf(text, 'mostly about the Cobaltine').speaker?.name, 'a person with direct knowledge of the company\'s finances');
  });

  it('reads a claim after its owner\'s possessive as a noun, not a verb of speech ("Raghunathan said in written arguments that OPDC\'s claim was "…"")', () => {
    const text = 'Veltrana\'s lawyer Priya Raghunathan said in written arguments that OPDC\'s claim was "built on selective quotation and hindsight" and that the emails had been stripped of their context.';
    assert.equal(speakerOf(text, 'built on selective').speaker?.name, 'Priya Raghunathan');
  });

  it('takes up a source introduced with whom it is close to ("A Republican operative close to the Vandermolen campaign, who requested anonymity …, said … "…," the operative said")', () => {
    const text = 'Tessa Ruiz-Lindqvist, a Democratic strategist, said neither side was safe.\n\nA Republican operative close to the Vandermolen campaign, who requested anonymity to discuss internal strategy, said the campaign believes the fight will help it.\n\n“When people see the paychecks, this becomes a winning issue,” the operative said.';
    assert.equal(speakerOf(text, 'When people see').speaker?.name, 'A Republican operative close to the Vandermolen campaign');
  });

  it('reads "the bench" as the court that speaks ("the bench observed in its written order", after "The Sindh High Court")', () => {
    const text = 'The Sindh High Court on Tuesday ordered the demolition of the floors.\n\nAdvocate Sana Mirza argued the floors were legal.\n\n"Regularisation is not a licence to violate court orders," the bench observed in its written order.';
    assert.equal(speakerOf(text, 'Regularisation is not').speaker?.name, 'Sindh High Court');
  });

  it('reads "asked that his name be withheld" as why a source goes unnamed, which is no part of who it is ("said a trader who sells salt and soap at Bambari’s central market and asked that his name be withheld")', () => {
    const text = '“If you don’t pay, they take the goods. If you argue, they take you,” said a trader who sells salt and soap at Bambari’s central market and asked that his name be withheld for fear of reprisals.';
    assert.equal(speakerOf(text, 'If you don’t pay').speaker?.name, 'a trader who sells salt and soap at Bambari’s central market');
  });

  it('gives "the report said" to the body that published it in a clause of its own ("…, when Gracchus Research, a short seller, published a report titled "…"")', () => {
    const text = 'Renwick shares began sliding in March, when Gracchus Research, a short seller, published a report titled “Cooling Off” that accused Renwick of flattering its margins. The stock dropped 11% in a day.\n\n“Renwick’s reported service growth is built on accounting choices, not on customers,” the report said.';
    assert.equal(speakerOf(text, 'reported service growth').speaker?.name, 'Gracchus Research');
  });

  it('never gives a description to the reporter of the byline ("By Clémence Yakité … Hortense Ndoyama has moved … "…," the 34-year-old told Al Jazeera")', () => {
    const text = 'Floods push thousands from their homes\n\nBy Clémence Yakité\n\nBambari – Hortense Ndoyama has moved her five children three times since August. First the rebels came to her village, then the river burst its banks.\n\n“We run from the guns, then we run from the rain,” the 34-year-old told Al Jazeera.';
    assert.equal(speakerOf(text, 'We run from the guns').speaker?.name, 'Hortense Ndoyama');
  });

  it('gives the words to the body an apposition names when the body named before only qualifies a noun ("The UN peacekeeping mission in the country, MINUSCA, said")', () => {
    const text = 'The UN peacekeeping mission in the country, MINUSCA, said in a statement that its troops had escorted “several convoys” to flooded sites.';
    assert.equal(speakerOf(text, 'several convoys').speaker?.name, 'MINUSCA');
  });

  it('gives the words to the screen name a source is "posting as" or appears "under the username" ("wrote one user, posting as thermo_dad_22", "A third employee, who appears in the logs under the username mtorres, added")', () => {
    const text = '“I have four of these. Four. In a house I’m trying to sell,” wrote one user, posting as thermo_dad_22. “Thirty percent off isn’t a discount, it’s a bill.”\n\nA third employee, who appears in the logs under the username mtorres, added: “lol we kind of are though.”';
    assert.equal(speakerOf(text, 'I have four of these').speaker?.name, 'thermo_dad_22');
    assert.equal(speakerOf(text, 'lol we kind of').speaker?.name, 'mtorres');
  });

  it('reads the last noun of "customer success manager" as the source, past a department\'s noun ("a customer success manager replied")', () => {
    const text = '“We are not the compliance police,” a customer success manager replied. “The agency attests to lawful use when they sign the contract.”';
    assert.equal(speakerOf(text, 'compliance police').speaker?.name, 'a customer success manager');
  });

  it('reads a party and a ward or state in brackets after a name as an aside ("The committee chair, Cllr Ruth Kendrick (Green, Southville), said:", "Sani Maikano-Gwandu (APC, Kebbi), described")', () => {
    const text = 'The committee chair, Cllr Ruth Kendrick (Green, Southville), said: "For years people have told us they cannot park."\n\nChairman of the committee, Sani Maikano-Gwandu (APC, Kebbi), described the state of the project as "a national embarrassment."';
    assert.equal(speakerOf(text, 'For years people').speaker?.name, 'Ruth Kendrick');
    assert.equal(speakerOf(text, 'a national embarrassment').speaker?.name, 'Sani Maikano-Gwandu');
  });

  it('gives the words to the person an apposition names when the description before names only where the office is ("the area coroner for the Black Country, Oluwaseun Badmus, said", "The coroner for Kent, …")', () => {
    const text = 'In a report published on 3 March, the area coroner for the Black Country, Oluwaseun Badmus, said that the delay had "more than minimally contributed" to his death.\n\nThe coroner for Kent, Amara Feltham-Osei, said the findings were "grim".';
    assert.equal(speakerOf(text, 'more than minimally').speaker?.name, 'Oluwaseun Badmus');
    assert.equal(speakerOf(text, 'grim').speaker?.name, 'Amara Feltham-Osei');
  });

  it('reads an age and up to three more words as a description of the person in focus ("the 63-year-old retired school secretary told Daily Maverick")', () => {
    const text = 'Westbury water\n\nFatima Abrahams sets her alarm for 2.45am. If she is lucky, the pressure comes back for an hour some time before dawn.\n\n“We are paying for water that never comes,” the 63-year-old retired school secretary told Daily Maverick, standing beside a row of filled containers.';
    assert.equal(speakerOf(text, 'We are paying for water').speaker?.name, 'Fatima Abrahams');
  });

  it('reads a Reddit user name with its "u/" as the screen name a source posts as ("wrote one user, posting as u/tapedrive_tony")', () => {
    const text = '"Got quotes from two competitors this morning," wrote one user, posting as u/tapedrive_tony.';
    assert.equal(speakerOf(text, 'Got quotes').speaker?.name, 'u/tapedrive_tony');
  });

  it('gives "the report said" to the body the report came from ("according to a January report from consultancy Strathmore Advisory, which found …")', () => {
    const text = 'The recovery has been uneven, according to a January report from consultancy Strathmore Advisory, which found that about a third of the hospitals were in the red.\n\n"Hospitals that lost money are now confronting the fact," the report said.';
    assert.equal(speakerOf(text, 'Hospitals that lost money').speaker?.name, 'Strathmore Advisory');
  });

  it('keeps a region before a place in an unnamed source\'s workplace ("An agronomy manager at a retail cooperative in central Illinois")', () => {
    const text = 'An agronomy manager at a retail cooperative in central Illinois, who asked not to be named, says applicators are booked.\n\n"Every plane within a hundred miles is spoken for," he says.';
    assert.equal(speakerOf(text, 'Every plane').speaker?.name, 'An agronomy manager at a retail cooperative in central Illinois');
  });

  it('gives the words to a handle that follows its unnamed source in apposition ("wrote one user, u/packetlossprophet,", "wrote another forum member, marguerite.b")', () => {
    const text = '"The app swore I was up to date," wrote one user, u/packetlossprophet, on the subreddit.\n\n"Nothing helps," wrote another forum member, marguerite.b. "I was about to book a replacement."';
    assert.equal(speakerOf(text, 'The app swore').speaker?.name, 'u/packetlossprophet');
    assert.equal(speakerOf(text, 'I was about to book').speaker?.name, 'marguerite.b');
  });

  it('gives "he" or "she" to an unnamed source just introduced asking anonymity, whatever its noun or how it goes on ("One parish priest in the west of the diocese, who did not wish to be named,", "The parent of a current chorister", "One lineman working in Linn County")', () => {
    const opening = 'Fr Ciarán Scanlon-Ebeid and Margery Tull-Hendry said the plan was "late".\n\n';
    const priest = `${opening}One parish priest in the west of the diocese, who did not wish to be named, said he feared that some would stop travelling. "Once people get used to it, they will not come," he said.`;
    assert.equal(speakerOf(priest, 'Once people').speaker?.name, 'One parish priest in the west of the diocese');
    const parent = `${opening}The parent of a current chorister, who asked not to be named because her daughter is still at the school, said families had been told. "We read about it at the same time," she said.`;
    assert.equal(speakerOf(parent, 'We read about it').speaker?.name, 'The parent of a current chorister');
    const lineman = `${opening}One lineman working in Linn County, who asked not to be named, said crews were finding poles snapped. "We are rebuilding them," he said.`;
    assert.equal(speakerOf(lineman, 'We are rebuilding').speaker?.name, 'One lineman working in Linn County');
  });

  it('keeps the paper an unnamed source works "on" in its name when it asked anonymity ("One senior reporter on the Chronicle, who spoke to Press Gazette on condition of anonymity,")', () => {
    const text = 'Marcus Pendleford said it was "a retreat".\n\nOne senior reporter on the Chronicle, who spoke to Press Gazette on condition of anonymity, said morale was "the lowest I have known it".\n\n"People were doing the maths," they said.';
    assert.equal(speakerOf(text, 'the lowest').speaker?.name, 'One senior reporter on the Chronicle');
    assert.equal(speakerOf(text, 'People were doing').speaker?.name, 'One senior reporter on the Chronicle');
  });

  it('reads a body named after a spokesman for an owned, qualified noun as whom the spokesman speaks for ("A spokesman for the show’s main sponsor, Kirkby Mercantile Bank, said")', () => {
    const text = 'The show went on.\n\nA spokesman for the show’s main sponsor, Kirkby Mercantile Bank, said the bank was “proud to support an event”.';
    const { speaker } = speakerOf(text, 'proud to support');
    assert.equal(speaker?.name, 'A spokesman for the show’s main sponsor');
    assert.equal(speaker?.unnamed, true);
  });

  it('reads "puts it differently" before a quotation as how its subject spoke, not as "puts it" ("A senior civil servant puts it differently. "…"")', () => {
    const text = 'Fatima Zahra-Lennox said he was “sharp,” she says.\n\nA senior civil servant puts it differently. “You go in there thinking the danger is the MPs. It isn’t.”';
    assert.equal(speakerOf(text, 'You go in there').speaker?.name, 'A senior civil servant');
  });

  it('gives the words of a writing "whose" owner an apposition describes to the body named before it ("Rostrum Systems, a San Francisco startup whose website promises")', () => {
    const text = 'The app is new.\n\nShiftWise is sold by Rostrum Systems, a San Francisco startup whose website promises retailers “labor that flexes with demand.” Rostrum did not respond.';
    assert.equal(speakerOf(text, 'labor that flexes').speaker?.name, 'Rostrum Systems');
  });

  it('reads where words were said, with no comma after it, as no part of the subject ("but in a post on X on Monday the minister wrote that")', () => {
    const text = 'Finance Minister Ronen Dagan opposed the bill.\n\nDagan’s office declined to comment on the report, but in a post on X on Monday the minister wrote that “responsible populism is still populism.”';
    assert.equal(speakerOf(text, 'responsible populism').speaker?.name, 'Ronen Dagan');
  });

  it('gives a participle after "with" its own subject of up to eight words ("with one agricultural economist at Iowa State University describing the outlook as")', () => {
    const text = 'Farm income is on track to fall, The Des Moines Register reported this week, with one agricultural economist at Iowa State University describing the outlook as “grim, but not yet the 1980s.”';
    assert.equal(speakerOf(text, 'grim, but not yet').speaker?.name, 'one agricultural economist at Iowa State University');
  });

  it('reads the subject after what a record shows as the speaker ("Archived copies of the product page show Hearthly promised the plan would last "…"")', () => {
    const text = 'Hearthly sells hubs.\n\nArchived copies of the original product page show Hearthly promised the plan would last “for the life of your hub.”';
    assert.equal(speakerOf(text, 'for the life of your hub').speaker?.name, 'Hearthly');
  });

  it('ends a sentence at a lone capital\'s stop before a quotation, so "X." of "on X." is no initial ("Demirel went further on X. "…," he wrote")', () => {
    const text = 'Anvil test cut short\n\nMarek Hollis – Nov 20, 2026 4:15 pm\n\nIronbark founder and CEO Yusuf Demirel went further on X. “Short but sweet,” he wrote.';
    assert.equal(speakerOf(text, 'Short but sweet').speaker?.name, 'Yusuf Demirel');
  });

  it('reads a noun the quotation is, with a clause on it after, as no attribution ("…," a promise the company has since repeated)', () => {
    const text = 'Rafiq Halabi founded Corvane.\n\nHalabi wrote on X an hour after the failure that the team would “get to the bottom of this quickly and in public,” a promise the company has since repeated in updates to customers.';
    assert.equal(speakerOf(text, 'get to the bottom').speaker?.name, 'Rafiq Halabi');
  });

  it('gives the words to the name an unnamed source "goes by" inside its own phrase ("a reseller who goes by Kovyl wrote")', () => {
    const text = 'Police seized the site.\n\nOn a cybercrime forum, a reseller who goes by Kovyl wrote on Tuesday that the service was “down for maintenance” and that customers would be refunded.';
    assert.equal(speakerOf(text, 'down for maintenance').speaker?.name, 'Kovyl');
  });

  it('reads a long label opening its paragraph as a name and its titles ("Ray Dombrowski, General President of the Brotherhood of Water and Pipe Trades: "…"")', () => {
    const text = 'The White House announced the plan.\n\nRay Dombrowski, General President of the Brotherhood of Water and Pipe Trades: "This is going to put thousands of our members to work."';
    assert.equal(speakerOf(text, 'This is going to put').speaker?.name, 'Ray Dombrowski');
  });

  it('reads only a record as showing a subject, not a noun before "shows" ("One producer with two shows running said"; "Records show the council promised")', () => {
    assert.equal(speakerOf('One producer with two shows running said it was "almost impossible".', 'almost impossible').speaker?.name, 'One producer with two shows running');
    assert.equal(speakerOf('The road is closed.\n\nRecords show the council promised the road would be “fixed by spring”.', 'fixed by spring').speaker?.name, 'the council');
  });

  it('gives a participle the titled name opening its sentence, not the one it sentenced ("U.S. District Judge Maria Ortega sentenced Daniel Pruitt, 58, …, saying")', () => {
    const text = 'U.S. District Judge Maria Ortega sentenced Daniel Pruitt, 58, of Akron, to 12 years in prison and ordered him to pay $2 million in restitution, saying "the harm here is lasting."';
    assert.equal(speakerOf(text, 'the harm here').speaker?.name, 'Maria Ortega');
  });

  it('gives a post to the one who put it up, not to the platform named before it ("shared a warning … in a Facebook post … "…," the post said")', () => {
    const text = 'Police arrested an aide.\n\nThe Montclair Police Department shared a warning about "trusted insider" thefts in a Facebook post Thursday afternoon, urging families who rely on in-home care to keep valuables in a locked drawer.\n\n'
      + '"Most caregivers are wonderful people doing a hard job," the post said.';
    assert.equal(speakerOf(text, 'Most caregivers').speaker?.name, 'Montclair Police Department');
  });

  it('reads "who asked the BBC not to publish her name" as a reason for anonymity, so "she" goes on with the source, not the last name given', () => {
    const text = 'The girl who died, Valentina, was at home with her grandmother when the bomb went off.\n\n"She was doing her homework," her uncle, Edilberto, told BBC Mundo.\n\n'
      + 'A shopkeeper in the town, who asked the BBC not to publish her name for fear of reprisals, said people had stopped going out after dark.\n\n'
      + '"First we heard the drones. Then the explosion," she said.';
    assert.equal(speakerOf(text, 'First we heard').speaker?.name, 'A shopkeeper in the town');
  });

  it('keeps "The government’s communication service" as written, not the body last in focus', () => {
    const text = 'The rebels blamed the Ethiopian National Defense Force (ENDF) for the attack.\n\nThe government’s communication service said in a statement that forces had carried out a “precise operation” there.';
    assert.equal(speakerOf(text, 'precise operation').speaker?.name, 'The government’s communication service');
  });

  it('keeps a possessive in the description of the body a source speaks for ("A spokeswoman for older people\'s charity Seniors First Norfolk")', () => {
    const text = 'Prices rose.\n\nA spokeswoman for older people\'s charity Seniors First Norfolk said: "For many older people, a drive to the sea is the highlight."';
    assert.equal(speakerOf(text, 'For many older people').speaker?.name, "A spokeswoman for older people's charity Seniors First Norfolk");
  });

  it('keeps a source\'s body whole when its name holds a comma ("a spokesperson for Norway’s Ministry of Trade, Industry and Fisheries")', () => {
    const after = 'Prices rose.\n\n"There are no plans to change it," said a spokesperson for Norway’s Ministry of Trade, Industry and Fisheries.';
    assert.equal(speakerOf(after, 'There are no plans').speaker?.name, 'a spokesperson for Norway’s Ministry of Trade, Industry and Fisheries');
    const takenUp = 'Prices rose.\n\nA spokesperson for Norway’s Ministry of Trade, Industry and Fisheries said the ministry does not comment. "The tax has broad support," the spokesperson said.';
    assert.equal(speakerOf(takenUp, 'broad support').speaker?.name, 'A spokesperson for Norway’s Ministry of Trade, Industry and Fisheries');
  });

  it('gives "said Bank of Japan chief Toshihiko Fukui" to the chief, not to a bank cut at "of"; "said Paul Dergarabedian of box office tracker Exhibitor Relations" stays his', () => {
    assert.equal(speakerOf('Prices fell. "Overall I see a low risk of recession," said Bank of Japan chief Toshihiko Fukui, despite warning.', 'low risk').speaker?.name, 'Toshihiko Fukui');
    assert.equal(speakerOf('"Eyeballs at the movie screen translate to eyeballs at the TV," said Paul Dergarabedian of box office tracker Exhibitor Relations.', 'Eyeballs').speaker?.name, 'Paul Dergarabedian');
  });

  it('keeps where an unnamed source was in its phrase ("A woman driving behind the pickup told officers", "A doctor there, who asked not to be named, said")', () => {
    assert.equal(speakerOf('The truck did not stop. A woman driving behind the pickup told officers she saw "something fly up over the hood."', 'something fly').speaker?.name, 'A woman driving behind the pickup');
    const doctor = 'Doctors appealed for supplies. A doctor there, who asked not to be named for his safety, said staff had performed 22 operations. "We are working by the light of our phones," he said.';
    assert.equal(speakerOf(doctor, 'We are working').speaker?.name, 'A doctor there');
  });

  it('gives "The filing described … as "…"" to the body whose facts came "according to its latest filing"', () => {
    const text = 'Andeva Minerales is weighing a sale.\n\nAndeva, which is listed in Santiago, had net debt of about $410 million at the end of June, according to its latest filing with the Comisión para el Mercado Financiero (CMF), Chile\'s market regulator. '
      + 'The filing described the second phase of the mine as "fully permitted but not fully funded."';
    assert.equal(speakerOf(text, 'fully permitted').speaker?.name, 'Andeva Minerales');
  });

  it('reads an adverb of report between a pronoun and its cue as no part of the speaker ("he allegedly told Chanelle that life had become "…"")', () => {
    const text = 'JJ Hale denied it.\n\nIn another message, he allegedly told Chanelle that life with Tayla had become "very boring indeed" since the show ended.';
    assert.equal(speakerOf(text, 'very boring').speaker?.name, 'JJ Hale');
  });

  it('gives what an account posts to its owner, not the platform ("Glenholm City\'s official account on X posted", "A post on the club’s Instagram said")', () => {
    const account = 'Glenholm City lost 2-1.\n\nGlenholm City\'s official account on X posted a three-word message shortly after the final whistle: "Lost for words."';
    assert.equal(speakerOf(account, 'Lost for words').speaker?.name, 'Glenholm City');
    const post = 'Vault 54 is a nightclub. Vault 54, for its part, seemed to enjoy the attention. A post on Vault 54’s Instagram on Thursday evening said: “No comment. Two-for-one on Thursdays though.”';
    assert.equal(speakerOf(post, 'No comment').speaker?.name, 'Vault 54');
  });

  it('gives "the draft states" to the body whose draft it is ("according to a draft of its upcoming grids package"), not the byline\'s reporter', () => {
    const text = 'By Katarzyna Wolska and Matteo Ricciardelli\n\nThe European Commission wants the power to overrule national governments, according to a draft of its upcoming grids package obtained by POLITICO.\n\n'
      + 'The 38-page draft would let the EU executive set deadlines.\n\n“Europe is not short of wind and sun. It is short of wires,” the draft states in its opening section.';
    assert.equal(speakerOf(text, 'short of wires').speaker?.name, 'European Commission');
  });

  it('reads "put it simply:" as a cue and a team-mate as an unnamed source ("One Valbruna team-mate, speaking privately, put it simply: "…"")', () => {
    const text = 'Valbruna are anxious.\n\nOne Valbruna team-mate, speaking privately, put it simply: "If he goes, we lose our voice on the pitch."';
    assert.equal(speakerOf(text, 'If he goes').speaker?.name, 'One Valbruna team-mate');
  });

  it('gives "a message by a pal reading: "…"" to its sender, and "He replied" after it to the one who got it', () => {
    const text = 'Kieran Dobson-Marsh was jailed.\n\nThe court heard that minutes earlier Dobson-Marsh had been sent a message by a pal reading: “Bet ur car cant do 70 down Hylton Road lol.”\n\nHe replied: “Watch this.”';
    assert.equal(speakerOf(text, 'Bet ur car').speaker?.name, 'a pal');
    assert.equal(speakerOf(text, 'Watch this').speaker?.name, 'Kieran Dobson-Marsh');
    assert.equal(speakerOf('The screen showed a message from Tayla Brookes reading: "Some people show you who they are."', 'Some people').speaker?.name, 'Tayla Brookes');
  });

  it('gives words to the name before an affiliation whose closing comma is missing ("…," Emmanuel Ferry, from Exane BNP Paribas told Reuters)', () => {
    const text = 'Spending rose.\n\n"It\'s a growth that will remain fragile and vulnerable to risks," Emmanuel Ferry, from Exane BNP Paribas told Reuters news agency.';
    assert.equal(speakerOf(text, 'remain fragile').speaker?.name, 'Emmanuel Ferry');
  });

  it('gives a participle the subject of an irregular past verb, not its object ("Davenport paid tribute to Williams, saying:", "Michael Howard sent Mr Bush his congratulations, saying:")', () => {
    const tribute = 'Serena Williams won.\n\n"My back went," Williams said. Lindsay Davenport paid tribute to Williams, saying: "She\'s had a tough couple of years and she\'s come back like a champion."';
    assert.equal(speakerOf(tribute, 'tough couple').speaker?.name, 'Lindsay Davenport');
    const sent = 'Leaders reacted.\n\nMichael Howard sent Mr Bush his warmest congratulations, saying: "We look to the president to be a unifying force."';
    assert.equal(speakerOf(sent, 'unifying force').speaker?.name, 'Michael Howard');
  });

  it('goes on with a named person\'s spokesman, not the person, for "he" after "Mr Blair\'s spokesman said …"', () => {
    const text = 'Unions threatened a strike.\n\nMr Blair\'s spokesman said the plans were under review. He added: "We will wait for that process to complete."';
    assert.equal(speakerOf(text, 'We will wait').speaker?.name, "Mr Blair's spokesman");
  });

  it('gives "the rights group", "the oil company" and "the aid agency" to the body in focus, but not "the rival company"', () => {
    const rights = 'Police fired tear gas.\n\nHuman Rights Watch accused the government of abuses.\n\n"This is a grave violation," the rights group said.';
    assert.equal(speakerOf(rights, 'grave violation').speaker?.name, 'Human Rights Watch');
    const aid = 'The tsunami hit.\n\nThe International Federation of the Red Cross and Red Crescent Societies told the Reuters news agency that it was seeking $6.5m for emergency aid.\n\n'
      + '"The biggest health challenges we face is the spread of waterborne diseases," the aid agency was quoted as saying.';
    assert.equal(speakerOf(aid, 'waterborne').speaker?.name, 'International Federation of the Red Cross and Red Crescent Societies');
    const rival = 'BP raised its forecast.\n\n"We are not worried," the rival company said.';
    assert.equal(speakerOf(rival, 'not worried').speaker?.name, 'the rival company');
  });

  it('gives "a statement from the company said" and "a report from the fund said" to the body the writing came from', () => {
    assert.equal(speakerOf('Acme Corp denied wrongdoing.\n\n"We followed every rule," a statement from the company said.', 'every rule').speaker?.name, 'Acme Corp');
    assert.equal(speakerOf('The IMF cut its forecast. A report from the fund said growth would be "weaker than hoped".', 'weaker than').speaker?.name, 'IMF');
  });

  it('gives "the company" to the business in focus, not to where the analysts quoted last work ("Analysts at Barclays wrote …")', () => {
    const text = 'Shares in Tesco fell 5%.\n\nTesco chief executive Ken Murphy said trading had been "challenging".\n\nAnalysts at Barclays wrote in a note to clients that the outlook was "murky".\n\n'
      + 'The company, which employs 300,000 people, said it would "review all options".';
    assert.equal(speakerOf(text, 'review all options').speaker?.name, 'Tesco');
  });

  it('gives "the army", "the Ukrainian air force" and "the military" to the forces the article names, else as written, never to another body in focus', () => {
    const forces = 'Drones struck Kyiv.\n\n"We shot down 41 drones," the Ukrainian air force said on Telegram.\n\nThe Israel Defense Forces (IDF) said the strike hit "a Hamas command centre".\n\n"We struck 50 targets," the military said.\n\n"We advanced," the Russian military said.';
    assert.equal(speakerOf(forces, 'shot down').speaker?.name, 'the Ukrainian air force');
    assert.equal(speakerOf(forces, 'struck 50').speaker?.name, 'Israel Defense Forces');
    assert.equal(speakerOf(forces, 'We advanced').speaker?.name, 'the Russian military');
    const army = 'The Ardoyne Truth and Memory Project has campaigned for years. The army said at the time that a patrol had fired on "a gunman seen taking aim from a doorway".';
    assert.equal(speakerOf(army, 'a gunman seen').speaker?.name, 'The army');
  });

  it('keeps the relative of someone described as written ("The defendant\'s mother, who asked not to be named, said"), not the person in focus', () => {
    const text = 'A man was jailed on Friday.\n\nDetective Inspector Mark Lee, of West Yorkshire Police, said after the hearing: "Justice has been done."\n\nThe defendant\'s mother, who asked not to be named, said: "He is not a monster."';
    assert.equal(speakerOf(text, 'not a monster').speaker?.name, "The defendant's mother");
  });

  it('keeps "Mr Spitzer\'s office said" as written, and "The Post reported" as the paper, not a post\'s author', () => {
    assert.equal(speakerOf('Spitzer filed suit.\n\nMr Spitzer\'s office said the firm had "misled investors".', 'misled investors').speaker?.name, "Mr Spitzer's office");
    const post = 'Spitzer filed suit.\n\nThe White House declined to comment. The Post reported that Ellis had "repeatedly ignored" warnings.';
    assert.equal(speakerOf(post, 'repeatedly ignored').speaker?.name, 'The Post');
  });

  it('reads a party tag ending in a full stop before a comma as no end of the sentence (""…," Rep. Yolanda Breckenridge, D-Ga., said")', () => {
    const text = 'The House passed the bill.\n\n"This is what it looks like when Congress listens to parents," Rep. Yolanda Breckenridge, D-Ga., one of the bill\'s lead sponsors, said on the House floor.';
    assert.equal(speakerOf(text, 'Congress listens').speaker?.name, 'Yolanda Breckenridge');
  });

  it('reads the commas of a lower-case portfolio after a role as no apposition ("Tyler Kozakevich, minister of corrections, policing and public safety, said")', () => {
    const text = 'The RCMP pulled its officers out.\n\nTyler Kozakevich, Saskatchewan\'s minister of corrections, policing and public safety, said the province was "deeply concerned" by the response times.';
    assert.equal(speakerOf(text, 'deeply concerned').speaker?.name, 'Tyler Kozakevich');
  });

  it('takes up "the spokesperson" as the one introduced last past a body\'s long name ("A Department of Health and Social Care spokesperson said")', () => {
    const text = 'An NHS England spokesperson said: "Corridor care is unacceptable."\n\nA Department of Health and Social Care spokesperson said the Government had "inherited an NHS on its knees". "There is no quick fix," the spokesperson said.';
    assert.equal(speakerOf(text, 'no quick fix').speaker?.name, 'A Department of Health and Social Care spokesperson');
  });

  it('gives "she asked" to one who reacts to the previous speaker ("Justice Abigail Strand-Mercer seized on that point", "declined to say"), not to the previous speaker', () => {
    const text = 'Arguing for the railroad, Celeste Brandvold said the clock starts early. "The deadline is set by paperwork," she said.\n\n'
      + 'Justice Abigail Strand-Mercer seized on that point, but not in the way Brandvold may have hoped. "That cuts against you, doesn\'t it?" she asked.';
    assert.equal(speakerOf(text, 'cuts against you').speaker?.name, 'Abigail Strand-Mercer');
    const declined = 'Mereana Tautahi-Ngata said she was "hurt". "Nobody has said sorry," she said.\n\n'
      + 'Ingrid Solheim-Avraham declined to say whether the imprint had been in touch with Tautahi-Ngata\'s representatives. "We have reached out," she said.';
    assert.equal(speakerOf(declined, 'reached out').speaker?.name, 'Ingrid Solheim-Avraham');
  });

  it('reads an analyst\'s rating in quotation marks as a grade nobody says ("who rates the shares "neutral"", "reiterated her "outperform" rating")', () => {
    const text = 'Shares fell.\n\nMr. Achterberg, who rates Haverleigh shares “neutral,” said the deal could weigh on earnings.\n\n'
      + 'Sunita Raghavan of Wexley Partners reiterated her "outperform" rating, writing that the cut "resets expectations."';
    assert.equal(speakerOf(text, 'neutral').speaker, null);
    assert.equal(speakerOf(text, 'outperform').speaker, null);
    assert.equal(speakerOf(text, 'resets expectations').speaker?.name, 'Sunita Raghavan');
  });

  it('gives a bare quotation to the person the one before ended by addressing (""That\'s not an answer, Mr Pollitt." ¶ "It is the answer I am able to give."")', () => {
    const text = 'The hearing grew tense.\n\n"Has the department provided advice, yes or no?" Senator Yasmin Haroun asked.\n\n'
      + '"The department provides a range of advice," deputy secretary Graham Pollitt replied.\n\n"That\'s not an answer, Mr Pollitt."\n\n"It is the answer I am able to give, Senator."';
    assert.equal(speakerOf(text, 'not an answer').speaker?.name, 'Yasmin Haroun');
    assert.equal(speakerOf(text, 'able to give').speaker?.name, 'Graham Pollitt');
  });

  it('reads a participle on a writing as no verb of the sentence ("The House Freedom Caucus said in a statement posted to X that")', () => {
    const text = 'The vote is Wednesday.\n\nThe House Freedom Caucus said in a statement posted to X that its members "will not be party to a bait-and-switch."';
    assert.equal(speakerOf(text, 'bait-and-switch').speaker?.name, 'House Freedom Caucus');
  });

  it('gives "its offering documents warned" to the owner, and keeps "the solicitation states" as written, not the person quoted before', () => {
    const documents = 'Brightwell Lending Corp. was sued by investors.\n\nBrightwell had argued in its motion to dismiss that its offering documents warned of defaults "in no fewer than eleven separate risk factors".';
    assert.equal(speakerOf(documents, 'eleven separate').speaker?.name, 'Brightwell Lending Corp');
    const solicitation = 'The Defense Innovation Unit picked five vendors. "We have lost," said director Tomasz Everhart-Nakamura.\n\n'
      + 'The solicitation, posted in June, asked for software that is "vendor-agnostic." "The government will own the interfaces," the solicitation states.';
    assert.equal(speakerOf(solicitation, 'vendor-agnostic').speaker?.name, 'The solicitation');
    assert.equal(speakerOf(solicitation, 'own the interfaces').speaker?.name, 'the solicitation');
  });

  it('gives "the company" to the body an apposition names after a possessive opening the sentence before ("Coldharbor’s prime contractor, Tessaly Systems, won")', () => {
    const text = 'The effort, known as Project Coldharbor, was launched in 2024.\n\nColdharbor’s prime contractor, Tessaly Systems of Herndon, Virginia, won a $212 million agreement in 2024. In a statement, the company said it remained “fully on track.”';
    assert.equal(speakerOf(text, 'fully on track').speaker?.name, 'Tessaly Systems');
    const unnamedPossessor = 'The Army said the review was "unfair".\n\nColdharbor’s prime contractor, Tessaly Systems of Herndon, Virginia, won the award. In a statement, the company said it was “on track.”';
    assert.equal(speakerOf(unnamedPossessor, 'on track').speaker?.name, 'Tessaly Systems');
  });

  it('keeps "another" and "Others" as written, one more unnamed source, not the one quoted before ("while another said", ""…," said another")', () => {
    const text = 'Residents were angry.\n\nOne resident said the plan was "a disgrace," while another said it was "long overdue."\n\n"It is bad," one nurse said. "Terrible," said another.\n\nSome shoppers called the prices "outrageous". Others said they were "fair".';
    assert.equal(speakerOf(text, 'long overdue').speaker?.name, 'another');
    assert.equal(speakerOf(text, 'Terrible').speaker?.name, 'another');
    assert.equal(speakerOf(text, 'fair').speaker?.name, 'Others');
  });

  it('keeps an unnamed source\'s own relative clause before the reason for anonymity ("One Labor MP who holds a Victorian manufacturing seat, who did not want to be named, said")', () => {
    const text = 'Pressure is building.\n\nOne Labor MP who holds a Victorian manufacturing seat, who did not want to be named criticising the minister, said colleagues were "getting it in the neck".';
    assert.equal(speakerOf(text, 'in the neck').speaker?.name, 'One Labor MP who holds a Victorian manufacturing seat');
  });

  it('gives the words of "The ship’s owner, the Tromsø-based Nordkapp Polar Logistics, said" to the body the apposition names past its description', () => {
    const text = 'Matthias Oberhauser leads the project. "We will try again," he said.\n\nThe ship’s owner, the Tromsø-based Nordkapp Polar Logistics, said in an email that the damage was “not repairable at sea.”\n\n'
      + 'The Kreisklinik Nordmark\'s owner, the municipal hospital group Uckermark Gesundheit, said in a statement that it was "working intensively on safe alternatives".';
    assert.equal(speakerOf(text, 'not repairable').speaker?.name, 'Nordkapp Polar Logistics');
    assert.equal(speakerOf(text, 'working intensively').speaker?.name, 'Uckermark Gesundheit');
  });

  it('reads an acronym in mixed case in brackets as part of the source ("A Department for Education (DfE) spokesperson said"), not an aside', () => {
    const text = 'A Department for Education (DfE) spokesperson said the clubs would "break the link". Cllr Al Ray (Labour) said it was "good".';
    assert.equal(speakerOf(text, 'break the link').speaker?.name, 'A Department for Education (DfE) spokesperson');
    assert.equal(speakerOf(text, 'good').speaker?.name, 'Al Ray');
  });

  it('gives "he said" to one named after a phrase opening the sentence and before his verb ("At Eastbrook, Principal Marcus Ijeoma-Vance said that …, he started")', () => {
    const text = 'Superintendent Lionel Baptiste-Farrow said the program "works". "It pays off," he said.\n\n'
      + 'At Eastbrook, Principal Marcus Ijeoma-Vance said that for the first time in his seven years at the school, he started the year with every classroom staffed.\n\n“My first year here, I had subs,” he said.';
    assert.equal(speakerOf(text, 'My first year').speaker?.name, 'Marcus Ijeoma-Vance');
  });

  it('gives the words of a source "who gave her name only as Gill" to that name, also in an apposition ("Another caller, a headteacher … who gave her name only as Gill, said")', () => {
    const text = 'Callers rang in.\n\nAnother caller, a headteacher from Stoke-on-Trent who gave her name only as Gill, said schools were asked to "plug every gap".\n\n'
      + '"We do the lot," she said.\n\nA driver who gave his name as Mo said fares were "a joke".';
    assert.equal(speakerOf(text, 'plug every gap').speaker?.name, 'Gill');
    assert.equal(speakerOf(text, 'We do the lot').speaker?.name, 'Gill');
    assert.equal(speakerOf(text, 'a joke').speaker?.name, 'Mo');
  });

  it('gives the words to whom "in the words of" names after them, not to the subject that described them ("Teammates described the mood as "…," in the words of …")', () => {
    const text = 'The locker room was quiet.\n\nTeammates described the mood as "frustrated but not panicked," in the words of left tackle Ifeanyi Brannigan-Holt.\n\nMr Cohen said the proposal was "dead," according to the network.';
    assert.equal(speakerOf(text, 'not panicked').speaker?.name, 'Ifeanyi Brannigan-Holt');
    assert.equal(speakerOf(text, 'dead').speaker?.name, 'Cohen');
  });

  it('gives the words of a branch named by its body\'s own name to the body ("The university’s UCU branch said")', () => {
    const text = 'The University and College Union (UCU) opposes the plan.\n\nThe university’s UCU branch said it would open a ballot and described the proposals as “an act of institutional vandalism”.';
    assert.equal(speakerOf(text, 'institutional vandalism').speaker?.name, 'University and College Union');
  });

  it('keeps an unnamed source\'s own relative clause before ", and who declined to be named," ("A care worker who has worked at Wing Fat for three years, and who …, said"), and "she" after it', () => {
    const text = 'The site closed.\n\nA care worker who has worked at Wing Fat for three years, and who declined to be named for fear of losing her job, said staff had "complained for months".\n\n'
      + '"We told the boss again and again," she said.';
    assert.equal(speakerOf(text, 'complained for months').speaker?.name, 'A care worker who has worked at Wing Fat for three years');
    assert.equal(speakerOf(text, 'again and again').speaker?.name, 'A care worker who has worked at Wing Fat for three years');
  });

  it('keeps a source\'s field after "in" with no article ("One senior lecturer in music, who asked not to be named, said"), but not the writing it spoke in ("in its review")', () => {
    const text = 'Staff are angry.\n\nOne senior lecturer in music, who asked not to be named, said colleagues found out "by email".';
    assert.equal(speakerOf(text, 'by email').speaker?.name, 'One senior lecturer in music');
    const review = '"Halo is the most important launch game," said the influential Edge magazine in its review.';
    assert.equal(speakerOf(review, 'launch game').speaker?.name, 'the influential Edge magazine');
  });

  it('gives the words a colon leads into after "His most famous line came at Lord\'s in 1981:" to the one "his" stands for', () => {
    const text = 'Harold Penrose, the voice of Test Match commentary, has died aged 91. "I was the worst typist they had ever hired," he told The Guardian in 1998.\n\n'
      + 'His most famous line came at Lord\'s in 1981: "And the ball is in the air, and England are alive again."';
    assert.equal(speakerOf(text, 'alive again').speaker?.name, 'Harold Penrose');
  });

  it('keeps a group named by a list of whose they are as one subject ("The mayors of Pittsburgh, Detroit, and Toledo said"), not the list\'s last name', () => {
    const text = 'Cities want help.\n\nThe mayors of Pittsburgh, Detroit, and Toledo said in a joint letter that "cities need help."\n\nThe leaders of France, Germany and Italy said the deal was "historic".';
    assert.equal(speakerOf(text, 'cities need help').speaker?.name, 'The mayors of Pittsburgh, Detroit, and Toledo');
    assert.equal(speakerOf(text, 'historic').speaker?.name, 'The leaders of France, Germany and Italy');
  });

  it('gives a "he" in a later paragraph to the subject of an obituary when the one last named only spoke of "him" ("“He had them in his head,” said his colleague Julian Mortlake."), not to that colleague', () => {
    const text = 'Peregrine Haddow-Vane, the racing commentator, has died aged 90. Haddow-Vane called his first race in 1958. Haddow-Vane was known as Perry.\n\n'
      + 'He never used a note. “He had them in his head,” said his longtime colleague Julian Mortlake.\n\n'
      + 'At Cartmel in 1969 his binoculars were stolen. The stewards’ report observed that “the commentary bore little relation to events”.\n\n'
      + 'He retired in 1997, signing off with a line he had rehearsed, he admitted, since 1962: “That’s the last of them.”\n\n'
      + 'His colleague Ben Ruddock recalls the day. “I cried,” he said.';
    assert.equal(speakerOf(text, 'last of them').speaker?.name, 'Peregrine Haddow-Vane');
    assert.equal(speakerOf(text, 'I cried').speaker?.name, 'Ben Ruddock');
  });

  it('gives "The summary also said" to the body a summary "of the findings released by" came from ("a summary of the findings released by the SWD")', () => {
    const text = 'Only one care worker was on duty, according to a summary of the findings released by the Social Welfare Department.\n\n'
      + 'The summary also said the door alarm had been "switched off for an unknown period".';
    assert.equal(speakerOf(text, 'switched off').speaker?.name, 'Social Welfare Department');
  });

  it('types a unit named for its area ("the Border Patrol\'s El Paso Sector") as a body, so the name in apposition after it speaks, but joins nothing to "Sector 57"', () => {
    const text = 'The chief of the Border Patrol\'s El Paso Sector, Ramiro Castellanos-Hurd, said in a post on X that smugglers "treat human beings as cargo."\n\nWater flooded Sector 57 of Gurugram.';
    assert.equal(speakerOf(text, 'cargo').speaker?.name, 'Ramiro Castellanos-Hurd');
    assert.equal(analyzeDocument(text).entities.find((entity) => entity.name === 'El Paso Sector')?.type, 'organization');
    assert.ok(analyzeDocument(text).entities.some((entity) => entity.name === 'Sector 57'));
  });

  it('reads degrees after a name and a comma as no name and no subject ("state epidemiologist Anneliese Vortmann, MD, said", "Marguerite Obi, MD, MPH, an infectious disease physician, told")', () => {
    const text = '"Cases rose," state epidemiologist Anneliese Vortmann, MD, said at a briefing.\n\n"Nobody cooks them," Marguerite Obi, MD, MPH, an infectious disease physician at Vanderbilt University Medical Center, told CIDRAP News.';
    assert.equal(speakerOf(text, 'Cases rose').speaker?.name, 'Anneliese Vortmann');
    assert.equal(speakerOf(text, 'Nobody cooks').speaker?.name, 'Marguerite Obi');
    assert.deepEqual(analyzeDocument(text).entities.map((entity) => entity.name), ['Anneliese Vortmann', 'Marguerite Obi', 'Vanderbilt University Medical Center', 'CIDRAP News']);
    const optometrist = '"It is the standard of care," Renata Oduya, OD, MS, told a packed room on Saturday.';
    assert.equal(speakerOf(optometrist, 'standard of care').speaker?.name, 'Renata Oduya');
  });

  it('gives a body\'s country or regional office\'s words to the body ("The World Health Organization’s country office said")', () => {
    const text = 'Dengue spread. The World Health Organization’s country office said in a statement that dengue had become "a year-round threat".';
    assert.equal(speakerOf(text, 'year-round').speaker?.name, 'World Health Organization');
  });

  it('reads "who asked WRAL News not to use her name" as a request for anonymity, no speech, so the source\'s "she" after the paragraph is hers', () => {
    const text = '"It is chaos," said parent Lindsay Marchetti.\n\nOne bus driver, who has worked there for nine years and asked WRAL News not to use her name because she is not authorized to speak to the media, said drivers are exhausted.\n\n"We are running two routes," she said.';
    assert.equal(speakerOf(text, 'two routes').speaker?.name, 'One bus driver');
  });

  it('gives "what it called" to the firm that filed, not to the body the filing went to ("Kutai Sentosa Coal, said in a filing to the Indonesia Stock Exchange that it had")', () => {
    const text = 'Another producer, Kutai Sentosa Coal, said in a filing to the Indonesia Stock Exchange that it had "suspended overburden removal" at one pit because of what it called "unfavourable market conditions".';
    assert.equal(speakerOf(text, 'unfavourable').speaker?.name, 'Kutai Sentosa Coal');
    assert.equal(analyzeDocument(text).entities.find((entity) => entity.name === 'Kutai Sentosa Coal')?.type, 'organization');
  });

  it('keeps a titled name and the body it is of as the subject past a possessive ("Lt. Darnell Spurlock of the department’s Real Time Crime Center wrote"), however long', () => {
    const text = 'In an email forwarded with that bulletin, Lt. Darnell Spurlock of the department’s Real Time Crime Center wrote to two colleagues: "Keep an eye on the pastor."';
    assert.equal(speakerOf(text, 'Keep an eye').speaker?.name, 'Darnell Spurlock');
  });

  it('reads detainees, migrants, inmates, refugees and evacuees as unnamed sources ("41 detainees wrote", "Two migrants said", "One inmate, who asked not to be named, said")', () => {
    const text = 'In a letter, 41 detainees wrote that the food was "rotten". Two migrants said the trip was "hell".\n\nOne inmate, who asked not to be named, said the cells were "freezing". "We shiver," she said.';
    assert.deepEqual(['rotten', 'hell', 'freezing', 'We shiver'].map((words) => speakerOf(text, words).speaker?.name), ['41 detainees', 'Two migrants', 'One inmate', 'One inmate']);
  });

  it('names no speaker after a quotation from the rest of a predicate and a second verb ("It found "…" at the Texas Facilities Commission, and said")', () => {
    const text = 'The audit examined 31 orders. It found "significant weaknesses" at the Texas Facilities Commission, and said staff approved payments.';
    assert.notEqual(speakerOf(text, 'significant weaknesses').speaker?.name, 'Texas Facilities Commission');
  });

  it('gives "he" to a relative opening the sentence before ("Her father said he would take her home"), introduced with an age ("his seven-year-old daughter, Sumaiya"), not to the unnamed source quoted before', () => {
    const text = 'Mohammad Alamgir brought his seven-year-old daughter, Sumaiya, to Mugda. "Here they gave us a mat," he said.\n\n'
      + 'A doctor, who asked not to be named, said the wards were full. "We turn people away," he said.\n\n'
      + 'Back at Mugda, Sumaiya’s fever broke on Sunday night. Her father said he would take her home as soon as the doctors allowed.\n\n'
      + '"There is water standing behind our house all year," he said.';
    assert.equal(speakerOf(text, 'water standing').speaker?.name, 'Mohammad Alamgir');
  });

  it('gives the words of a campaign named by its name to that name ("the Save Hamiltonhill Pool campaign wrote", "The Labour campaign said")', () => {
    const text = 'Save Hamiltonhill Pool has 3,000 members. Posting on Facebook, the Save Hamiltonhill Pool campaign wrote: "Fix the roof."\n\nThe Labour campaign said it was "confident".';
    assert.deepEqual(['Fix the roof', 'confident'].map((words) => speakerOf(text, words).speaker?.name), ['Save Hamiltonhill Pool', 'Labour']);
  });

  it('reads "The politician from the center-left Social Democrats (SPD) has said" as a description of the person in focus, not the party', () => {
    const text = 'Brandenburg\'s health minister, Ulrike Tessmann-Gröning, sees things differently. The politician from the center-left Social Democrats (SPD) has said the state will not accept "white spots" on its map.';
    assert.equal(speakerOf(text, 'white spots').speaker?.name, 'Ulrike Tessmann-Gröning');
  });

  it('reads "The support document reads:" as a writing quoted, also across a paragraph break, not a verb of nobody', () => {
    const text = 'Halcyra updated a page. The updated support document reads:\n\n"Some users may notice that the battery drains."\n\nThe press release reads: "We grow."';
    assert.deepEqual(['battery drains', 'We grow'].map((words) => speakerOf(text, words).speaker?.name), ['The updated support document', 'The press release']);
  });

  it('gives a dated message\'s words to its sender past an aside ("One 2021 message from a Verant product manager, displayed to jurors, read:")', () => {
    const text = 'One 2021 message from a Verant product manager, displayed to jurors during opening statements, read: "We have what we need from the pilot."';
    assert.equal(speakerOf(text, 'what we need').speaker?.name, 'a Verant product manager');
  });

  it('types a name that says "I" in the quotation it attributes as a person ("…I always dreamed of a five-for," Gamlath said), whatever a preposition before it elsewhere suggests', () => {
    const text = '"I always dreamed of a five-for at this ground," Gamlath said.\n\nNaidoo went first, pushing at one from Gamlath that skidded on.\n\nGamlath, who will bowl the bulk of the overs, said he had no complaints.\n\n"My body is fine," he said.\n\n"It might sound great," said Nottingham City Councillor Brian Parbutt.';
    const entities = analyzeDocument(text).entities;
    assert.deepEqual(['Gamlath', 'Nottingham City'].map((name) => entities.find((entity) => entity.name === name)?.type), ['person', 'place']);
    assert.equal(speakerOf(text, 'My body is fine').speaker?.name, 'Gamlath');
  });

  it('gives "they" after "Mr. Pruett and three other Western senators wrote to the agency" to the one named, who leads the group', () => {
    const text = 'The F.A.A. said the plan would "preserve safety margins."\n\nSen. Harlan Pruett and three other Western senators wrote to the agency last month. "Rural airports are not a rounding error," they wrote.';
    assert.equal(speakerOf(text, 'rounding error').speaker?.name, 'Harlan Pruett');
  });

  it('gives "It reads:" after "A fundraising page set up by Lee’s workmate Gary Ormesher has raised" to whoever set the page up', () => {
    const text = 'Police said the driver was "speeding".\n\nA fundraising page set up by Lee’s workmate Gary Ormesher has raised more than £28,000 for the family.\n\nIt reads: "Lee was the heart of the night shift."';
    assert.equal(speakerOf(text, 'heart of the night shift').speaker?.name, 'Gary Ormesher');
  });

  it('takes up "the official" as a source introduced with a dotted acronym ("A U.S. official who spoke on condition of anonymity")', () => {
    const text = 'Harbor Crest said every motor "is built in Ohio."\n\nA U.S. official who spoke on condition of anonymity said that was wrong.\n\n"They had the papers," the official said.';
    assert.equal(speakerOf(text, 'They had the papers').speaker?.name, 'A U.S. official who spoke on condition of anonymity');
  });

  it('reads a label after "recorded internally as" as nobody\'s words, even before "according to the sources"', () => {
    const text = 'The kickbacks were recorded internally as "activity support," according to the sources.';
    assert.equal(speakerOf(text, 'activity support').speaker, null);
  });

  it('finds a titled name of five words before its relative clause, after an opening participle\'s phrase ("Raising the issue at Holyrood yesterday, Scottish Conservative MSP Fraser Okonjo-Hay, who represents Ettrick, Roxburgh and Berwickshire, said")', () => {
    const text = 'Raising the issue at Holyrood yesterday, Scottish Conservative MSP Fraser Okonjo-Hay, who represents Ettrick, Roxburgh and Berwickshire, said the decision was "a false economy".';
    assert.equal(speakerOf(text, 'false economy').speaker?.name, 'Fraser Okonjo-Hay');
  });

  it('gives the words of a department named by its body\'s noun to the body ("the council’s education department said", after "Highland Council")', () => {
    const text = 'Highland Council capped places. Letters sent to the families by the council’s education department said they would be offered "a weekly session".';
    assert.equal(speakerOf(text, 'weekly session').speaker?.name, 'Highland Council');
  });

  it('keeps what an unnamed official is in charge of in how the source is named ("A Hokkaido Prefectural Government official in charge of energy policy, speaking on condition of anonymity, said")', () => {
    const text = 'A Hokkaido Prefectural Government official in charge of energy policy, speaking on condition of anonymity, said the prefecture would "take it seriously".';
    assert.equal(speakerOf(text, 'take it seriously').speaker?.name, 'A Hokkaido Prefectural Government official in charge of energy policy');
  });

  it('gives a committee\'s subcommittee\'s words to the committee ("The House Appropriations Committee\'s defense subcommittee said")', () => {
    const text = 'The House Appropriations Committee\'s defense subcommittee said the funds were "ahead of need".';
    assert.equal(speakerOf(text, 'ahead of need').speaker?.name, 'House Appropriations Committee');
  });

  it('reads a "?" inside a name before a lower-case word as no sentence end ("told Which? it had seen", "Rohan Bhattacharjee, Which? director of money policy, said:")', () => {
    const text = 'The Financial Ombudsman Service told Which? it had seen "a rise in complaints".\n\nRohan Bhattacharjee, Which? director of money policy, said:\n\n"The rules were a landmark."';
    assert.deepEqual(['a rise in complaints', 'a landmark'].map((words) => speakerOf(text, words).speaker?.name), ['Financial Ombudsman Service', 'Rohan Bhattacharjee']);
  });

  it('gives "the report said" to who spoke in the sentence that opened with the report ("In a report published today, the regulator said"), not to a speaker after a report named elsewhere', () => {
    const text = 'The Care Quality Commission (CQC) inspected the department in December.\n\nIn a report published today, the regulator said corridor care had become “a routine feature of the department”.\n\n“Staff told us they were frightened,” the report said.';
    assert.equal(speakerOf(text, 'Staff told us').speaker?.name, 'Care Quality Commission');
    const elsewhere = 'The e-University had had "too much freedom", the report found. Committee chairman Barry Sheerman said: "It was a terrible waste." The report warns that the government "should learn the lessons from this disaster".';
    assert.notEqual(speakerOf(elsewhere, 'learn the lessons').speaker?.name, 'Barry Sheerman');
  });

  it('gives "the report" the author named after it with "from" or before it as a study\'s ("The 84-page report, from the Office of the State Comptroller, found", "a study by the Kerala Coastal Research Institute … The report, submitted in 2022, said")', () => {
    const from = 'The 84-page report, from the Office of the State Comptroller, found that the agency paid the contractor early. “Those warnings did not reach the board,” the report states.';
    assert.equal(speakerOf(from, 'did not reach').speaker?.name, 'Office of the State Comptroller');
    const study = 'Fisheries department sources said a study by the Kerala Coastal Research Institute (KCRI), Kochi, had recommended extending the breakwater. The report, submitted in 2022, said the design caused "accretion of sediment at the harbour entrance".';
    assert.equal(speakerOf(study, 'accretion of sediment').speaker?.name, 'Kerala Coastal Research Institute');
  });

  it('gives "the Court said" to the court deciding the case, which the article named first, over another court named since ("pending before the Special Court")', () => {
    const text = 'The Delhi High Court on Friday granted bail to Rajiv Khattar. Scrutiny of documents is still pending before the Special Court at Rouse Avenue.\n\nThe Court said:\n\n“The twin conditions under Section 45 are not a mechanical bar.”';
    assert.equal(speakerOf(text, 'twin conditions').speaker?.name, 'Delhi High Court');
  });

  it('goes on with the one judge when "The judge, however, did not accept" opens the sentence before "he observed", over the counsel quoted last', () => {
    const text = 'Justice M. Sundaravel Pandian heard the petition. Her counsel A. Jebaraj told the court the men died. "This is not an accident," Mr. Jebaraj argued. The judge, however, did not accept the contention. "The Act does not merely prohibit the employer," he observed.';
    assert.equal(speakerOf(text, 'merely prohibit').speaker?.name, 'M. Sundaravel Pandian');
  });

  it('gives "the report" to the body that filed or submitted it, named by its capitalised head noun ("a status report filed by the Corporation", after "the Tiruppur Corporation")', () => {
    const text = 'The court directed the Tiruppur Corporation to file a report. According to a status report filed by the Corporation, 14 machines were available. The report stated that the Corporation "had no information" that the unit had engaged workers.';
    assert.equal(speakerOf(text, 'had no information').speaker?.name, 'Tiruppur Corporation');
  });

  it('reads a retort after a question as its attribution ("“Under way since when?” Justice Mhaskar shot back", "“Is that all?” she retorted"), not a continuation of the last speaker', () => {
    const text = 'Garima Pathak told the court that committees had been set up. "The process is under way," she said.\n\n"Under way since when?" Justice Alok Mhaskar shot back.\n\nJudge Ruth Amadi turned to Pathak. "Is that all?" she retorted.';
    assert.deepEqual(['since when', 'Is that all'].map((words) => speakerOf(text, words).speaker?.name), ['Alok Mhaskar', 'Ruth Amadi']);
  });

  it('reads "the bench recorded:" as the court\'s order, the court the article named first, not a continuation of the judge quoted last; "recorded a loss" quotes nobody', () => {
    const text = 'The Supreme Court on Monday came down heavily on the state. Justice Sunanda Bhattacharjee made it clear. "We are not asking you to release anybody," she said.\n\nIn its order, the bench recorded:\n\n"The right of a convict is not a matter of grace."';
    assert.equal(speakerOf(text, 'matter of grace').speaker?.name, 'Supreme Court');
    assert.equal(speakerOf('The insurer recorded a "modest" loss.', 'modest').speaker, null);
  });

  it('reads a cry after an exclamation as its attribution, and the Speaker as the chair of the House, never the MP quoted before ("“Order! Order!” cried the Speaker")', () => {
    const text = 'Alastair Penhale rose. “Councils have more money,” he said.\n\nThe noise rose. “Order! Order!” cried the Speaker, to no discernible effect.';
    assert.equal(speakerOf(text, 'Order!').speaker?.name, 'the Speaker');
  });

  it('keeps a legislator\'s letters after a place in an unnamed source ("One ally of the Walton MP said:")', () => {
    assert.equal(speakerOf('One ally of the Walton MP said: "It is going to be tight."', 'going to be tight').speaker?.name, 'One ally of the Walton MP');
  });

  it('gives "who said" to the person an apposition describes, past a long description or a hyphenated title that ends in a body ("Nyandeng Achol Ruot, a women’s rights advocate from Bor and co-founder of the Jonglei Women’s Peace Network, who said")', () => {
    const long = 'The Council also heard from Nyandeng Achol Ruot, a women’s rights advocate from Bor and co-founder of the Jonglei Women’s Peace Network, who said women had been shut out.\n\n“We were told to wait.”';
    const hyphenated = 'The Council also heard from Nyandeng Achol Ruot, co-founder of the Jonglei Women’s Peace Network, who said women had been shut out.\n\n“We were told to wait.”';
    assert.deepEqual([long, hyphenated].map((text) => speakerOf(text, 'told to wait').speaker?.name), ['Nyandeng Achol Ruot', 'Nyandeng Achol Ruot']);
  });

  it('takes up the unnamed source just quoted with a definite description of another noun ("One former member of the Princess’s household … said … “…,” the former aide said"), not the person most named', () => {
    const text = 'Prince Edmund, the Duke of Merrivale, has stepped back. Edmund declined to comment, and friends of Edmund said he was hurt.\n\nOne former member of the Princess’s household, who asked not to be named, said the book was “unrecognisable”.\n\n“She adored him,” the former aide said.';
    assert.equal(speakerOf(text, 'She adored him').speaker?.name, 'the former aide');
  });

  it('reads a guest, a mourner or a bystander as an unnamed source ("“…,” a guest told HELLO!."), not the last person named', () => {
    const text = 'The service was led by Philippa Marlowe. “Every baby is a gift,” she said.\n\n“It was a really relaxed, happy afternoon,” a guest told HELLO!. “Tilly slept through most of the service.”';
    assert.deepEqual(['relaxed', 'Tilly slept'].map((words) => speakerOf(text, words).speaker?.name), ['a guest', 'a guest']);
  });

  it('reads an opening phrase of where someone spoke as no apposition, so the name after it with two of its own keeps the floor ("Speaking at a briefing in Geneva, Helene Varga, a spokesperson for the UN refugee agency, UNHCR, said")', () => {
    const text = 'Speaking at a briefing in Geneva, Helene Varga, a spokesperson for the UN refugee agency, UNHCR, said forced returns “in the current conditions are neither safe nor dignified” and urged a pause.';
    assert.equal(speakerOf(text, 'neither safe').speaker?.name, 'Helene Varga');
  });

  it('gives a participle after what a record "showed" its own subject ("A summary of opinions … showed one member arguing that"), not the body whose record it is', () => {
    const text = 'The BOJ held rates. A summary of opinions from the BOJ\'s October meeting, released last week, showed one member arguing that "real interest rates remain deeply negative" and that the bank risked falling behind.';
    assert.equal(speakerOf(text, 'deeply negative').speaker?.name, 'one member');
  });

  it('gives a resolution\'s words to the body whose resolution it is ("The board’s resolution, which passed after midnight, said", after "Community Board 5")', () => {
    const text = 'Members of Community Board 5 voted against the plan. Developer Wilfredo Santana said he was disappointed.\n\nThe board’s resolution, which passed after midnight, said the project “fails to meet the needs of existing residents”.';
    assert.equal(speakerOf(text, 'fails to meet').speaker?.name, 'Community Board 5');
  });

  it('reads a "!" after a name in capitals or of mixed case as part of it, before a lower-case word ("told HELLO! she was", "of gay group OutRage! said")', () => {
    const hello = 'Matilda’s godparents include the interior designer Annabel Cruikshank.\n\nAnnabel told HELLO! she was “beyond honoured” to have been asked.';
    assert.equal(speakerOf(hello, 'beyond honoured').speaker?.name, 'Annabel Cruikshank');
    assert.equal(speakerOf('Brett Lock of gay group OutRage! said they were "wiping the slate clean".', 'slate clean').speaker?.name, 'Brett Lock');
  });

  it('resolves the object pronoun of "according to" ("According to him, the project had been “…”") to the person it stands for', () => {
    const text = 'The director, Engr. Musa Garba-Kalgo, said the authority had flagged the slow pace of work.\n\nAccording to him, the project had been "grossly underfunded from the first day," with releases that never exceeded a quarter.';
    assert.equal(speakerOf(text, 'grossly underfunded').speaker?.name, 'Musa Garba-Kalgo');
  });

  it('reads past an adverb of time opening the sentence to its subject ("Later the prime minister said:")', () => {
    const text = 'Prime Minister Tony Blair visited Leeds on Monday. Later the prime minister said: "We will win this."';
    assert.equal(speakerOf(text, 'We will win').speaker?.name, 'Tony Blair');
  });

  it('gives "the senator said" to the unnamed senator introduced since the named one ("One senior senator, who spoke on condition of anonymity")', () => {
    const text = 'Senator Dana Holt backed the bill on Monday. One senior senator, who spoke on condition of anonymity, said the votes were not there. "It is dead," the senator said.';
    assert.equal(speakerOf(text, 'It is dead').speaker?.name, 'One senior senator');
  });

  it('keeps the body an unnamed source is "within" ("A source within the Turkish Football Federation (TFF)")', () => {
    const text = 'A source within the Turkish Football Federation (TFF), who requested anonymity, told reporters that the federation would not release the recordings "while a disciplinary process is ongoing."';
    assert.equal(speakerOf(text, 'disciplinary process').speaker?.name, 'A source within the Turkish Football Federation');
  });

  it('keeps a procuracy, a body, in the source who speaks for it ("a representative of the Ho Chi Minh City People\'s Procuracy")', () => {
    const text = 'At the court on Tuesday, a representative of the Ho Chi Minh City People\'s Procuracy said the chairman had "masterminded and directly operated" the scheme.';
    assert.equal(speakerOf(text, 'masterminded').speaker?.name, 'a representative of the Ho Chi Minh City People\'s Procuracy');
  });

  it('gives "the note said" to the body that spoke "in a note" before ("In a note, the PF stated")', () => {
    const text = 'The Federal Police (PF) raided the site. In a note, the PF stated that four people were arrested. "The investigations continue," the note said.';
    assert.equal(speakerOf(text, 'investigations continue').speaker?.name, 'Federal Police');
  });

  it('gives "the complaint states" to who filed the suit, not the court where it was filed ("… filed the breach-of-contract suit … in Travis County District Court")', () => {
    const text = 'Pemberton-Voigt Constructors Inc., based in Irving, Texas, filed the breach-of-contract suit Sept. 29 in Travis County District Court. The complaint says the bid documents were wrong.\n\n"The state had this information in its own files for six years," the complaint states.';
    assert.equal(speakerOf(text, 'own files').speaker?.name, 'Pemberton-Voigt Constructors Inc');
  });

  it('gives "The audit put it plainly:" to the office that released the review ("A review released this summer by the Kansas City Auditor’s Office")', () => {
    const text = 'Nadia Rourke runs hiring. A review released this summer by the Kansas City Auditor’s Office found that new hires without degrees were promoted at the same rate. The audit put it plainly:\n\n“We found no evidence that the degree requirement predicted performance.”';
    assert.equal(speakerOf(text, 'no evidence').speaker?.name, 'Kansas City Auditor’s Office');
  });

  it('gives the words of "the council\'s board" to the council', () => {
    const text = 'Rodney Biggs is president of the Ohio Thoroughbred Horsemen\'s Council. In a letter sent to members Monday night, the council\'s board wrote that it "will use every tool available," to protect the calendar.';
    assert.equal(speakerOf(text, 'every tool').speaker?.name, 'Ohio Thoroughbred Horsemen\'s Council');
  });

  it('reads a dash after the closing mark, then a name to the paragraph\'s end, as a sign-off ("… -- Jets forward Kyle Brannigan")', () => {
    const text = 'They said it\n\n"We know what they are. We stuck with it." -- Jets forward Kyle Brannigan\n\n"It\'s a long season. But it stings." — Avalanche forward Tomas Rask-Heikkinen';
    assert.equal(speakerOf(text, 'stuck with it').speaker?.name, 'Kyle Brannigan');
    assert.equal(speakerOf(text, 'long season').speaker?.name, 'Tomas Rask-Heikkinen');
  });

  it('finds the subject of a participle\'s clause past an adverb before its verb ("The committee also recorded …, warning in the report that")', () => {
    const text = 'According to a report by the Hue City Steering Committee for Disaster Control, two people had died.\n\nThe committee also recorded nearly 300 landslides, warning in the report that "the risk of flash floods remains very high."';
    assert.equal(speakerOf(text, 'flash floods').speaker?.name, 'Hue City Steering Committee for Disaster Control');
  });

  it('reads "reported" right before a quotation as its speaker\'s cue, but not inside someone else\'s speech ("Renee Obuya reported "…""; "a spokesperson said members had reported "…"")', () => {
    const letter = 'In a letter to the engineer, the project manager, Renee Obuya, reported "uncontrolled water inflow at Bents 14 and 15" and asked the agency.';
    assert.equal(speakerOf(letter, 'water inflow').speaker?.name, 'Renee Obuya');
    const league = 'The Tavern League of Wisconsin keeps no count, but a spokesperson for the league said members had reported “a steady drip” of closings.';
    assert.equal(speakerOf(league, 'steady drip').speaker?.name, 'a spokesperson for the league');
  });

  it('takes no "a project the mayor described as" for the introduction of an unnamed mayor ("According to the mayor" is the one named since)', () => {
    const text = 'Loulé approved 212 homes in Quarteira, a project the mayor described as "the biggest investment". "We have families living in garages," the mayor of Loulé, Horácio Cabrita Guerreiro, said.\n\nAccording to the mayor, the rest will come "by the summer of 2028 at the latest".';
    assert.equal(speakerOf(text, 'summer of 2028').speaker?.name, 'Horácio Cabrita Guerreiro');
  });

  it('gives "the statement said" to the subject who "said in a statement", not to a name the statement goes on to give', () => {
    const text = 'Tomasz Wierzba denied it. Lumora-Brisk said in a statement that it had suspended Wierzba from all team activities. “The team fully respects the procedure,” the statement said.';
    assert.equal(speakerOf(text, 'fully respects').speaker?.name, 'Lumora-Brisk');
  });

  it('gives "the department said" to the body that has just spoken, though its name holds no "department" ("Indigenous Services Canada")', () => {
    const text = 'In a statement, Indigenous Services Canada said a unit would be flown in "as soon as weather allows."\n\n"The health and safety of community members is our top priority," the department said.';
    assert.equal(speakerOf(text, 'top priority').speaker?.name, 'Indigenous Services Canada');
  });

  it('gives a jury\'s finding to "the jury", as written, not to the person the inquest is about', () => {
    const text = 'Lee Stamford died at work. Following a four-day hearing, the jury returned a narrative conclusion on Thursday, finding that "inadequate supervision and training" had contributed to his death.';
    assert.equal(speakerOf(text, 'inadequate supervision').speaker?.name, 'the jury');
  });

  it('reads past an aside on how it was said to the subject of a lead-in colon ("She was confident, to put it mildly:")', () => {
    const text = '“I know how this sounds. But I will prove it,” Tomasz Wierzba said.\n\nWierzba’s lawyer, Marta Zielińska, told Escape Collective that the rider would request the B-sample analysis. She was confident, to put it mildly:\n\n“The concentration found in Tomasz’s sample is extremely low.”';
    assert.equal(speakerOf(text, 'extremely low').speaker?.name, 'Marta Zielińska');
  });

  it('gives a relative clause\'s words to its antecedent past when it was said ("Kyle Draper-Nakamura, who on Thursday called on him to "…"")', () => {
    const text = 'He faces a challenge from Kyle Draper-Nakamura, who on Thursday called on him to "come clean with the voters."';
    assert.equal(speakerOf(text, 'come clean').speaker?.name, 'Kyle Draper-Nakamura');
  });

  it('gives "the statement read" after a quotation to the body quoted just before it, measured from where the quotation opens', () => {
    const text = 'In a unanimous decision, the bank’s Monetary Policy Committee (Copom) said it would keep rates “at a significantly contractionary level,” repeating language from its previous three statements.\n\n“The current scenario continues to be marked by elevated uncertainty,” the statement read.';
    assert.equal(speakerOf(text, 'current scenario').speaker?.name, 'Monetary Policy Committee');
  });

  it('reads "he asked" after a question as its attribution, however long the phrase saying where ("he asked in a webcast launching the event")', () => {
    const text = 'The system could mature, said Sun\'s chief operating officer Jonathan Schwartz. "Why build your own grid when you can use ours?" he asked in a webcast launching the event.';
    assert.deepEqual([speakerOf(text, 'own grid').speaker?.name, speakerOf(text, 'own grid').speaker?.method], ['Jonathan Schwartz', 'pronoun']);
  });

  it('gives a lead-in verb with no subject after a conjunction to the one who spoke last ("And continued: "…"")', () => {
    const text = 'Ms Tessa Jowell insisted: "We have a good track record." And continued: "We can be proud."';
    assert.equal(speakerOf(text, 'can be proud').speaker?.name, 'Tessa Jowell');
  });

  it('reads a name and a "the" description whose closing comma is missing as the subject after a quotation ("Adam Hume, the BBC Broadcast\'s futurologist told")', () => {
    const text = 'Mr Blair spoke. "What happens here today, we will see in a year in Europe." Adam Hume, the BBC Broadcast\'s futurologist told the BBC News website.';
    assert.equal(speakerOf(text, 'What happens').speaker?.name, 'Adam Hume');
  });

  it('gives "The suit alleges" to whoever filed the lawsuit paragraphs before ("Cavanagh Promotions has filed a lawsuit")', () => {
    const text = 'Cavanagh Promotions has filed a lawsuit against Lodestar Fight Promotions, accusing it of poaching Eliseo Barragan.\n\nThe complaint, filed Monday in U.S. District Court, seeks unspecified damages. Barragan signed with Cavanagh Promotions in 2021 and has fought on all but two of its cards since.\n\nThe suit alleges that Lodestar executives "knowingly and deliberately induced" Barragan to break his contract.';
    assert.equal(speakerOf(text, 'knowingly').speaker?.name, 'Cavanagh Promotions');
  });

  it('reads a scout as an unnamed source, a league named before the noun included ("one National League scout said")', () => {
    const text = 'Corriveau hit .301 for Double-A Tulsa.\n\n"The bat is real, and the glove is better than people think," one National League scout said.';
    assert.equal(speakerOf(text, 'The bat is real').speaker?.name, 'one National League scout');
  });

  it('reads "the press release reads" as "the release", its author the body that said in a press release', () => {
    const text = 'The mayor asked the Environment Ministry for help on Monday.\n\nThe ministry said in a press release that it had received 14 such requests since the spring.\n\n"Human life is an absolute priority," the press release reads.';
    assert.equal(speakerOf(text, 'absolute priority').speaker?.name, 'Environment Ministry');
  });

  it('gives a participle to an unnamed source with an anonymity aside after a phrase saying how it was reached ("Contacted by Hespress, a source …, who requested anonymity, attributed …, adding that")', () => {
    const text = 'Contacted by Hespress, a source at the ministry, who requested anonymity, attributed the shortage to a late delivery, adding that the situation was "exceptional and temporary."';
    assert.equal(speakerOf(text, 'exceptional').speaker?.name, 'a source at the ministry');
  });

  it('gives "the notice read" to the body that issued the notice ("Nepal Police Headquarters issued a notice urging …")', () => {
    const text = 'The lawyer, Hari Pant, said his client was innocent.\n\nMeanwhile, Nepal Police Headquarters issued a notice urging job seekers to remain alert. "Do not trust anyone who promises a visa within weeks," the notice read.';
    assert.equal(speakerOf(text, 'Do not trust').speaker?.name, 'Nepal Police Headquarters');
  });

  it('reads a person opening the sentence before a description past a phrase saying how they were reached ("Reached by telephone in Oslo, Brevik was philosophical. "…," the 26-year-old said")', () => {
    const text = 'Jonas Brevik finished fourth. Ondrej Kubista told Czech Radio that the reading had been "the most alive" of the twelve.\n\nReached by telephone in Oslo, Brevik was philosophical. "Of course I am disappointed," the 26-year-old said.';
    assert.equal(speakerOf(text, 'Of course').speaker?.name, 'Jonas Brevik');
  });

  it('reads an age after a phrase opening the sentence as the subject of a lead-in colon, the person the sentence before opened with ("Asked how he felt, the 30-year-old grinned: "…"")', () => {
    const text = '"He looked good," manager Darnell Ruffin said.\n\nMarquis Devereaux was less guarded. Asked how he felt, the 30-year-old grinned: "Like I could play tonight."';
    assert.equal(speakerOf(text, 'Like I could').speaker?.name, 'Marquis Devereaux');
  });

  it('does not read a general manager as "the manager" ("general manager Colin Ashby-Rowe … what the manager described as")', () => {
    const text = 'The meeting was with Étienne Lachapelle and general manager Colin Ashby-Rowe.\n\nTwo days later, Étienne Lachapelle announced that Isaiah Okwuosa would close, while Kolb would move into what the manager described as "a more flexible role."';
    assert.equal(speakerOf(text, 'flexible role').speaker?.name, 'Étienne Lachapelle');
  });

  it('gives "the broker wrote" to the firm whose analysts spoke last, past a company said to cite something between ("Analysts at Skagerak Equity Research said …")', () => {
    const text = '"We have been very clear with Talvik about that," she said.\n\nTalvik’s net debt rose to $610 million, and the company halved its dividend in October, citing "a period of elevated investment".\n\nAnalysts at Skagerak Equity Research said in a note to clients on Monday that a sale "would remove the overhang".\n\n"The market is pricing the field at close to zero," the Bergen-based broker wrote.';
    assert.equal(speakerOf(text, 'The market is pricing').speaker?.name, 'Skagerak Equity Research');
  });

  it('reads the bare verb "describe" as a cue with its object before "as" ("Its organisers describe the line as "…"")', () => {
    const text = 'The petition was delivered on Tuesday. Its organisers describe the line as "the last thread connecting us to the rest of the country".';
    assert.equal(speakerOf(text, 'the last thread').speaker?.name, 'Its organisers');
  });

  it('keeps where an unnamed source works or sits, or what it is working, in the source ("one A&E nurse at a hospital in the East of England", "A Labor MP in a regional seat"), but not where it spoke ("in a note to clients")', () => {
    const nurse = 'Waits have grown. "We have a stretch we call the runway," said one A&E nurse at a hospital in the East of England.';
    assert.equal(speakerOf(nurse, 'We have a stretch').speaker?.name, 'one A&E nurse at a hospital in the East of England');
    const mp = 'Labour held the seat. A Labor MP in a regional seat said: "People are getting it in the neck."';
    assert.equal(speakerOf(mp, 'in the neck').speaker?.name, 'A Labor MP in a regional seat');
    const trooper = 'Roads were closed. "We are not trying to be difficult," said an Oklahoma Highway Patrol trooper working a checkpoint on Main Street.';
    assert.equal(speakerOf(trooper, 'not trying').speaker?.name, 'an Oklahoma Highway Patrol trooper working a checkpoint on Main Street');
    const analysts = 'Shares rose. "Such events have a limited impact," said analysts from Citigroup in a note to clients on Friday.';
    assert.equal(speakerOf(analysts, 'limited impact').speaker?.name, 'analysts from Citigroup');
  });

  it('gives "the report" to the body a noun takes up that said in it ("the ministry said in a report released on October 14"), and findings to who released them', () => {
    const ministry = 'Exports rose, according to the Ministry of Agriculture and Environment.\n\nShipments reached $2.1 billion, the ministry said in a report released on October 14.\n\n"The recovery shows that the sector has met the requirements," the report said.';
    assert.equal(speakerOf(ministry, 'The recovery').speaker?.name, 'Ministry of Agriculture and Environment');
    const findings = 'The preliminary findings, released by the National Transportation Safety Board, give the fullest account yet.\n\nAccording to the report, the controller "did not visually confirm" that the runway was clear.';
    assert.equal(speakerOf(findings, 'did not visually').speaker?.name, 'National Transportation Safety Board');
  });

  it('gives "the letter said" to the body opening the sentence that sent it, past an aside on who the body is ("The Indonesian Coal Producers Forum (FPBI), which represents about 40 miners, made the request in a letter")', () => {
    const text = 'The Indonesian Coal Producers Forum (FPBI), which represents about 40 miners, made the request in a letter to the ministry on 8 May. The letter said that "a significant share is sold below cost".';
    assert.equal(speakerOf(text, 'significant share').speaker?.name, 'Indonesian Coal Producers Forum');
  });

  it('gives an unnamed source who identified himself by a name to that name ("a man in military fatigues who identified himself as Lieutenant Colonel Prince Zaykpah said")', () => {
    const text = 'In the recording, a man in military fatigues who identified himself as Lieutenant Colonel Prince Zaykpah said a council had taken control because of "endless corruption".';
    assert.match(speakerOf(text, 'endless corruption').speaker?.name ?? '', /Zaykpah$/);
  });

  it('gives the words of an office the article spells out ("a Deputy Traffic Commissioner (DTC)") to the one person given its letters ("DTC Helen Marwick"), as "the DTC said"', () => {
    const text = 'A Deputy Traffic Commissioner (DTC) revoked the licence. Following a public inquiry, DTC Helen Marwick disqualified the director. '
      + 'Vehicle Examiner Colin Hathersage had found gaps. In her written decision, the DTC said she found the manager "entirely credible".';
    assert.equal(speakerOf(text, 'entirely credible').speaker?.name, 'Helen Marwick');
    const people = analyzeDocument(text).entities.filter((entity) => entity.type === 'person').map((entity) => entity.name);
    assert.deepEqual(people, ['Helen Marwick', 'Colin Hathersage']);
    const lower = 'Traffic commissioner (TC) for the East of England Helena Marchbank found that director Kieran Dobbs had known.\n\n“Mr Dobbs, you are the operator,” the TC replied.';
    assert.equal(speakerOf(lower, 'you are the operator').speaker?.name, 'Helena Marchbank');
  });

  it('takes "the engineer" up as the unnamed source introduced with a body\'s name of three words ("A Board of Water Supply engineer, who asked not to be named")', () => {
    const text = 'Kahōkū de Guzman-Akana, a spokeswoman, said crews were working. A Board of Water Supply engineer, who asked not to be named, said the main had failed before. '
      + '"Everybody knew that line would go," the engineer said.';
    assert.equal(speakerOf(text, 'Everybody knew').speaker?.name, 'A Board of Water Supply engineer');
  });

  it('reads "brands" before a comma as a noun, not a verb of speech ("a team manager at one of the bigger surf brands, who asked not to be named")', () => {
    const text = 'A longtime team manager at one of the bigger surf brands, who asked not to be named because they "still want to be invited to the party," was blunter. "Every grom wants one," the manager said.';
    assert.equal(speakerOf(text, 'Every grom').speaker?.name, 'A longtime team manager at one of the bigger surf brands');
  });

  it('reads a ranking ("The World No.2", "the world number one") as a description of the player in focus, and "World No" as no name', () => {
    const text = '"Tessa is dangerous," Salma Elhosseiny said.\n\nThe World No.2, who has not dropped a game all week, added: "I will play my best."';
    assert.equal(speakerOf(text, 'I will play my best').speaker?.name, 'Salma Elhosseiny');
    assert.equal(analyzeDocument(text).entities.some((entity) => entity.name.includes('No')), false);
  });

  it('gives a quotation to whom the sentence right after it calls its words theirs ("That was the warning from the acting General Manager …, Kensen Tarilongi", "That was the verdict of owner-driver Stuart Mellish")', () => {
    const warning = 'Ferry suspended\n\nBy Harrison Tari\n\n"Safety at sea is not negotiable."\n\nThat was the warning from the acting General Manager of the Vanuatu Maritime Safety Authority (VMSA), Kensen Tarilongi, after the licence was suspended.';
    assert.equal(speakerOf(warning, 'Safety at sea').speaker?.name, 'Kensen Tarilongi');
    const verdict = 'Roger Pendlebury said it would not work. “It is a bad site,” he said.\n\n“Every couple of years somebody announces a big plan.” That was the verdict of owner-driver Stuart Mellish, who runs a single unit out of Wigan.';
    assert.equal(speakerOf(verdict, 'Every couple of years').speaker?.name, 'Stuart Mellish');
  });

  it('gives an unnamed source who "only gave his name as" or "only wanted to be identified as" a first name to that name, also as "the 27-year-old" of the next sentence', () => {
    const fan = 'But another fan, who only gave his name as Shaka, said the board was "looking for a scapegoat".';
    assert.equal(speakerOf(fan, 'looking for a scapegoat').speaker?.name, 'Shaka');
    const driver = 'Abdul Rahim Haji Tahir, a 58-year-old retired teacher, said he had signed up. "I keep three percent more," he said.\n\n'
      + 'Another driver, who only wanted to be identified as Azrul, was more cautious. "Every new app is generous at first," the 27-year-old said.';
    assert.equal(speakerOf(driver, 'Every new app').speaker?.name, 'Azrul');
  });

  it('reads "affirmed" as a verb of speech ("the Wali of Constantine, Abdelhakim Zerrouki, affirmed that the authorities would "spare no effort"")', () => {
    const text = 'For his part, the Wali of Constantine, Abdelhakim Zerrouki, affirmed that the local authorities would "spare no effort" to help investors.';
    assert.equal(speakerOf(text, 'spare no effort').speaker?.name, 'Abdelhakim Zerrouki');
  });

  it('gives a long name ending the words before a verb all of its words ("a response from the Ministry of Health and Social Protection, which insists")', () => {
    const text = 'The shortage has prompted a written question in parliament and a response from the Ministry of Health and Social Protection, which insists that supplies are "being restored gradually."';
    assert.equal(speakerOf(text, 'being restored').speaker?.name, 'Ministry of Health and Social Protection');
  });

  it('reads a noun after a plural possessive as no verb of speech ("the ministry said the unions\' demands were "unrealistic"")', () => {
    const text = 'The unions want a 20 percent rise, which the Education Ministry rejected.\n\nIn a written statement, the ministry said the unions\' demands were "unrealistic and politically motivated".';
    const { speaker } = speakerOf(text, 'politically motivated');
    assert.equal(speaker?.name, 'Education Ministry');
    assert.notEqual(speaker?.cue, 'demands');
  });

  it('keeps the service an unnamed source works in, named with its owner, in the source ("One social worker in the council\'s assessment service")', () => {
    const text = '"You\'re not doing social work at that point, you\'re doing triage," said one social worker in the council\'s assessment service.';
    assert.equal(speakerOf(text, 'doing triage').speaker?.name, "one social worker in the council's assessment service");
  });

  it('keeps a source\'s age in decades and where it comes from in the source ("The driver, a man in his fifties from Leeds, told the Gazette")', () => {
    const text = 'The driver, a man in his fifties from Leeds, told the Gazette he had "trusted the sat nav" and had not seen the signs.';
    assert.equal(speakerOf(text, 'trusted the sat nav').speaker?.name, 'a man in his fifties from Leeds');
  });

  it('gives "the 91-year-old said" to the one person whose age came before the name ("91-year-old Walter Higgs")', () => {
    const text = 'Joanne Oakes said the team had trained for six weeks.\n\nAmong the first to move in was 91-year-old Walter Higgs, a retired signalman.\n\n"It is grand," the 91-year-old said.';
    assert.equal(speakerOf(text, 'It is grand').speaker?.name, 'Walter Higgs');
  });

  it('reads a gesture before a colon as leading in the quotation of the one it describes ("the mayor simply shrugged: "Let them sue."")', () => {
    const text = 'Joško Marinović, the mayor, defended the plan. Asked about the threat of a lawsuit, the mayor simply shrugged: "Let them sue."';
    assert.equal(speakerOf(text, 'Let them sue').speaker?.name, 'Joško Marinović');
  });

  it('gives "the think tank warned" to the body in focus, as "the institute" would be ("The Perspektíva Institute was more skeptical. … the think tank warned")', () => {
    const text = '"It will be slow," Levente Szirmai said.\n\nThe Perspektíva Institute was more skeptical. In a note published on Wednesday, the think tank warned that subsidies risk "pushing up prices".';
    assert.equal(speakerOf(text, 'pushing up prices').speaker?.name, 'Perspektíva Institute');
  });

  it('gives a participle to the name opening its sentence after a title in lower case ("Club Raalhu head coach Branimir Vukadin has hit out …, describing the decision as "a joke"")', () => {
    const text = 'Club Raalhu head coach Branimir Vukadin has hit out at the officials over the draw with Kanmathi Sports on Monday, describing the decision as "a joke".';
    assert.equal(speakerOf(text, 'a joke').speaker?.name, 'Branimir Vukadin');
  });

  it('gives "she said" to an unnamed relative whose reported speech came just before ("the victim\'s sister, who did not wish to be named, told The Malta Independent that")', () => {
    const text = '"The court cannot ignore it," Magistrate Rachel Cassar Montebello said.\n\nOutside the courtroom, the victim\'s sister, who did not wish to be named, told The Malta Independent that the family had been at the hospital.\n\n"He goes out on that bike every evening," she said.';
    assert.equal(speakerOf(text, 'He goes out').speaker?.name, "the victim's sister");
  });

  it('gives a report to the body a possessor\'s noun takes up, whatever its length ("according to the company’s annual report. The 212-page report describes")', () => {
    const text = 'Pennock, who has run Wessington Water since 2019, received £2.9 million, according to the company’s annual report.\n\nThe 212-page report describes the year as one of “significant operational progress”.';
    assert.equal(speakerOf(text, 'significant operational').speaker?.name, 'Wessington Water');
  });

  it('reads a record\'s verb after an aside as no part of the speaker ("The account of the meeting, published on Thursday, showed members broadly agreed that")', () => {
    const text = 'The account of the October meeting, published on Thursday, showed members broadly agreed that “the current policy stance remained appropriate”.';
    assert.equal(speakerOf(text, 'current policy stance').speaker?.name, 'members');
  });

  it('leaves the "that" of a reported clause out of its subject ("The Denver Post reported last month that Granite Mesa\'s parent had told investors it expected")', () => {
    const text = 'The Denver Post reported last month that Granite Mesa\'s parent had told investors it expected an outcome "in the range of two-thirds" of the request.';
    assert.equal(speakerOf(text, 'two-thirds').speaker?.name.startsWith('that '), false);
  });

  it('gives "the report said" to the body named after "the" that spoke or found in it ("In its final report, released on Wednesday, the ATSB found")', () => {
    const found = 'In its final report, released on Wednesday, the ATSB found the skipper had checked the tide.\n\n"The skipper\'s decision was influenced by the need to return," the report said.';
    assert.equal(speakerOf(found, 'need to return').speaker?.name, 'ATSB');
    const said = 'In its final report, published on Thursday, the Air Accidents Investigation Branch (AAIB) said the warning had been false.\n\n"The checklist required the system to be armed," the report said.';
    assert.equal(speakerOf(said, 'checklist required').speaker?.name, 'Air Accidents Investigation Branch');
  });

  it('keeps how many of something an unnamed source has in the source ("An amateur rider with two horses in Barn D")', () => {
    const text = '"We found out from a screenshot," said an amateur rider with two horses in Barn D.';
    assert.equal(speakerOf(text, 'screenshot').speaker?.name, 'an amateur rider with two horses in Barn D');
  });

  it('never gives a writing\'s words to the outlet that saw it ("according to a letter seen by Informanté")', () => {
    const text = 'The club\'s executive committee met on Sunday night and, according to a letter seen by Informanté, resolved to terminate the contract "with immediate effect".';
    assert.notEqual(speakerOf(text, 'immediate effect').speaker?.name, 'Informanté');
  });

  it('reads a dentist\'s or a pharmacist\'s degree after a name as no name ("Nathaniel Orosco, DDS, a pediatric dentist, told the council")', () => {
    const text = 'Nathaniel Orosco, DDS, a pediatric dentist who has practiced in Kettle Prairie for 22 years, told the council that he could "tell which kids grew up on city water".';
    assert.equal(speakerOf(text, 'city water').speaker?.name, 'Nathaniel Orosco');
  });

  it('lets an unnamed source named by what they do keep the floor for "he" ("One funeral director in Llanelli … said")', () => {
    const director = 'Councillor Aled Pugh-Thomas said the council had been "very supportive from day one".\n\nOne funeral director in Llanelli said firms outside the co-operative could be "squeezed" if the model took hold.\n\n"Nobody is saying it isn\'t a good building," he said.';
    assert.equal(speakerOf(director, 'Nobody is saying').speaker?.name, 'One funeral director in Llanelli');
  });

  it('reads "The underbidder, a New Jersey collector who asked that his name not be used, said" as a source of its own, who goes on as "he"', () => {
    const text = '"This one was left alone," Beverly Nakashima-Ford said.\n\nThe underbidder, a New Jersey collector who asked that his name not be used, said he had set a limit of $30,000 before the sale "and then blew through it like it wasn\'t there."\n\n"I\'m not sorry I tried," he said.';
    assert.equal(speakerOf(text, 'blew through').speaker?.name, 'The underbidder');
    assert.equal(speakerOf(text, 'not sorry').speaker?.name, 'The underbidder');
  });

  it('gives "she" after a source quoted inside what "she" recalled back to the one recalling ("She recalled being told … by an administrator")', () => {
    const text = 'Nomvula Sithole, the former fast bowler, pointed out that other leagues had already shown the way. She recalled being told that women\'s cricket was "a nice thing for the summer holidays" by an administrator she declined to name. "Nobody says that any more," she said.';
    assert.equal(speakerOf(text, 'Nobody says').speaker?.name, 'Nomvula Sithole');
  });

  it('lets the agent of a passive verb take the floor from an unnamed source ("That view was rejected by Priya Raghunathan-Cole")', () => {
    const text = '"Some councils have worked out that if they hold out long enough, the backstop will do the job," the partner said.\n\nThat view was rejected by Priya Raghunathan-Cole, director of finance at Harlowmere District Council. She called the suggestion "insulting to finance teams".';
    assert.equal(speakerOf(text, 'insulting').speaker?.name, 'Priya Raghunathan-Cole');
  });

  it('gives "the minister" to whom a passive\'s "by the State Minister for Agriculture, Dr Agnes Nakyanzi," names', () => {
    const text = 'The meeting was attended by the State Minister for Agriculture, Dr Agnes Nakyanzi, who assured the farmers that the Government was "seized of the matter".\n\nNakyanzi said she had summoned the management of the factory.\n\n"The law is very clear," the minister said.';
    assert.equal(speakerOf(text, 'law is very clear').speaker?.name, 'Agnes Nakyanzi');
  });

  it('lets a place written after "the" speak as the whole subject ("The Netherlands said", "the Port of Liepāja says"), not in what someone reported', () => {
    assert.equal(speakerOf('The Netherlands said it “regrets” the decision.', 'regrets').speaker?.name, 'Netherlands');
    assert.equal(speakerOf('In Latvia, the Port of Liepāja says it “regrets” the decision.', 'regrets').speaker?.name, 'Port of Liepāja');
    const reported = 'On Tuesday Foreign Secretary Jack Straw told the Commons that the US had agreed to release the four after "intensive and complex discussions" over security.';
    assert.equal(speakerOf(reported, 'intensive and complex').speaker?.name, 'Jack Straw');
  });

  it('never reads "it" as a name inside what "its" owns ("Skarvik Line will suspend its Nynäshamn–Liepāja service …, citing what it calls")', () => {
    const text = 'Swedish ferry operator Skarvik Line will suspend its Nynäshamn–Liepāja service from 12 January, citing what it calls “unsustainable” port and fuel costs.';
    assert.equal(speakerOf(text, 'unsustainable').speaker?.name, 'Skarvik Line');
  });

  it('never reads "the factory" as a person, nor lets it pass the floor on ("what the factory calls a "delivery advice""; "the mother of five said")', () => {
    const text = 'Joseph Mugoya Kiirya, the chairman, said "we are tired".\n\nSarah Namwase, 46, a farmer from Buyende district, said she delivered 62 tonnes of cane in April but has only received what the factory calls a "delivery advice".\n\n"I borrowed sh3m from the SACCO to weed and cut the cane," the mother of five said.';
    assert.notEqual(speakerOf(text, 'delivery advice').speaker?.name, 'Joseph Mugoya Kiirya');
    assert.equal(speakerOf(text, 'I borrowed').speaker?.name, 'Sarah Namwase');
  });

  it('reads "attributed X to "…"" as its subject\'s words, but not a passive "attributed to" nor "has not attributed"', () => {
    const text = 'In a statement issued on Wednesday, Nile Crest\'s general manager, Vikram Solanki, attributed the delays to a drop in sugar prices and "unfair competition" from imported sugar.';
    assert.equal(speakerOf(text, 'unfair competition').speaker?.name, 'Vikram Solanki');
    const passive = 'The reply cited decisions the judge described as “plausible-sounding phantoms,” attributed to the Seventh Circuit.';
    assert.notEqual(speakerOf(passive, 'plausible-sounding').speaker?.name, 'Seventh Circuit');
    const negated = 'While Orvanta has not attributed the attack to a specific threat actor, the gang added the company to its leak site.\n\n"Orvanta Freight ignored us for two weeks," the gang wrote.';
    assert.notEqual(speakerOf(negated, 'ignored us').speaker?.name, 'Orvanta');
  });

  it('reads "The statement read in part:" as the statement\'s words, its issuer\'s', () => {
    const text = 'In a statement issued on Wednesday, Nile Crest\'s general manager, Vikram Solanki, blamed the delays on imports.\n\nThe statement read in part: "Management acknowledges the outstanding payments."';
    assert.equal(speakerOf(text, 'Management acknowledges').speaker?.name, 'Vikram Solanki');
  });

  it('gives a writing\'s words to its signatory named right after it ("said the memo, which was signed by Derek Ambrose")', () => {
    const text = '"Our partners will continue to earn commission on every dollar of cruise fare," said the memo, which was signed by Derek Ambrose, Lumara\'s senior vice president of sales.';
    assert.equal(speakerOf(text, 'Our partners').speaker?.name, 'Derek Ambrose');
  });

  it('gives "he" after "Asked whether …, the 51-year-old was noncommittal" to whom the article gave that age ("Loddo, 51,")', () => {
    const text = 'Fabrizio Loddo, 51, a former ferry executive, said the company is targeting local sourcing.\n\nSandro Mifsud, coordinator of the coalition, said residents had heard promises before.\n\n“Every year we are told about green cruising,” Mifsud said.\n\nAsked whether a second ship could follow, the 51-year-old was noncommittal. “Let us make the first one work,” he said.';
    assert.equal(speakerOf(text, 'Let us make').speaker?.name, 'Fabrizio Loddo');
  });

  it('reads "The consignor, the engineer\'s niece, said" as someone new, not the one quoted before', () => {
    const text = '"That tells you everything," said auctioneer Giles Tennant.\n\nTennant told ATG the vase had come from the estate of a retired engineer who had "picked it up somewhere in the Far East".\n\nThe consignor, the engineer\'s niece, said the family had used it "as a doorstop for a while".\n\n"My uncle would have found all this very funny," she said.';
    assert.equal(speakerOf(text, 'doorstop').speaker?.name, "the engineer's niece");
    assert.equal(speakerOf(text, 'My uncle').speaker?.name, "the engineer's niece");
  });

  it('keeps what an unnamed source deals in, a nationality and all ("One London-based dealer in Chinese ceramics")', () => {
    const text = 'Not everyone was convinced. One London-based dealer in Chinese ceramics, who viewed the vase but did not bid, said the result reflected "a market that has decided to believe" rather than any consensus.';
    assert.equal(speakerOf(text, 'a market that').speaker?.name, 'One London-based dealer in Chinese ceramics');
  });

  it('reads "Laurence" as a name both men and women bear ("Moreau-Vidal said …. "…," she said")', () => {
    const text = '"What Ebba and Johan have created is a brand with a point of view," said Vireya chief executive Laurence Moreau-Vidal.\n\n"We were very clear that we didn\'t want to become a line on a slide," Ebba Lindqvist told Cosmetics Business.\n\nMoreau-Vidal said the group planned to introduce Havsalt in South Korea and Japan within 18 months.\n\n"Korean consumers understand skincare better than anyone," she said.';
    assert.equal(speakerOf(text, 'Korean consumers').speaker?.name, 'Laurence Moreau-Vidal');
  });

  it('lets a passive\'s agent take the floor past words between ("was formally opened last Friday by Eirlys Bowen"), but not from one who "added" more', () => {
    const opened = 'Mrs Morgan-Rees rejected the suggestion. "Nobody is being shut out," she said.\n\nThe centre was formally opened last Friday by Eirlys Bowen, 91, whose late husband founded the firm in 1961.\n\n"My husband would have called it madness," she said.';
    assert.equal(speakerOf(opened, 'My husband').speaker?.name, 'Eirlys Bowen');
    const added = 'Hendrik van der Merwe told the Laotian Times that the IMF would study the terms. "Any relief on debt service is positive," he said.\n\nA similar question was raised last week by Viengkham Sengdara, a National Assembly member.\n\n"We have not yet seen the full agreement," he added.';
    assert.equal(speakerOf(added, 'not yet seen').speaker?.name, 'Hendrik van der Merwe');
  });

  it('gives "The report notes" to the body that published the report named before ("the tender evaluation report, published by the ministry")', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'modern', 'vossberg-battery-trains-temuco-victoria-order.txt'), 'utf8');
    assert.equal(speakerOf(text, 'lowest energy').speaker?.name, 'Ministry of Transport and Telecommunications');
  });

  it('reads "reminded delegates that … "…"" as speech', () => {
    const text = 'Opening the forum, the association’s chairman, Henrik Brøndum-Lassen, reminded delegates that when the first gathering was held in 1998, “the word ‘abatement’ was barely spoken”.';
    assert.equal(speakerOf(text, 'barely spoken').speaker?.name, 'Henrik Brøndum-Lassen');
  });

  it('gives a message\'s words to who sent it ("a text message Whitlock sent to the property manager in August that reads, in part:")', () => {
    const text = 'Darnell Whitlock opened the store in 2023.\n\nCourt filings include a text message Whitlock sent to the building\'s property manager in August that reads, in part: "I can do the old rent plus 5 while we figure this out."';
    assert.equal(speakerOf(text, 'old rent').speaker?.name, 'Darnell Whitlock');
  });

  it('gives "she" to the unnamed relative whose statement was read ("A statement from the girl’s mother was read to the committee")', () => {
    const text = 'Dr Ruth Okonkwo-Bell told the hearing that earlier referral would have helped.\n\n“By the time she was seen at the hospital, the window had closed,” she said.\n\nA statement from the girl’s mother was read to the committee. “Nobody is saying optometrists are superhuman,” she said.';
    assert.equal(speakerOf(text, 'Nobody is saying').speaker?.name, 'the girl’s mother');
  });

  it('gives a quotation after ", and Brearley had no hesitation in singling him out." to the last clause\'s subject, not the first\'s', () => {
    const text = 'Coach Dean Brearley was delighted.\n\nKane Sutcliffe, the half-back who provided the final pass, was again at the heart of most of Hallbridge\'s good work, and Brearley had no hesitation in singling him out.\n\n"He\'s 20 years of age and he\'s running the show."';
    assert.equal(speakerOf(text, 'running the show').speaker?.name, 'Dean Brearley');
  });

  it('lets a person introduced after a preposition with a "whose" clause ending the sentence take the floor ("farmland worked by Magnus Flett, whose family have farmed on Rousay")', () => {
    const unnamed = '"These results are a reminder," an HES spokesperson said.\n\nThe tomb stands on farmland worked by Magnus Flett, whose family have farmed on Rousay for five generations. He is less surprised than the specialists. "My grandfather used to say the folk were here," he says.';
    assert.equal(speakerOf(unnamed, 'My grandfather').speaker?.name, 'Magnus Flett');
    const named = '“I am proud of it,” Catriona Blenkinsop said.\n\nThe post at Wark stands on land farmed by Helen Charlton-Reay, whose father helped to dig it in 1961.\n\n“We’ve always called it the bunker,” she said.';
    assert.equal(speakerOf(named, 'the bunker').speaker?.name, 'Helen Charlton-Reay');
  });

  it('never gives a quotation opening the story to the writer its byline names ("By Anahit Voskanyan¶¶"The spring by the church …"")', () => {
    const text = 'Villagers fear mine expansion will drain their springs\n\nBy Anahit Voskanyan\n\n"The spring by the church used to fill a bucket in a minute. Now I wait five."\n\nGohar Adamyan, 67, has lived in Nerkin Hand her whole life.';
    assert.notEqual(speakerOf(text, 'The spring by').speaker?.name, 'Anahit Voskanyan');
  });

  it('gives "the report said" to the body the article said had found it, when no report was introduced ("…, Ofsted has found")', () => {
    const text = 'Children in Westmarsh have experienced "drift and delay" in their plans because of a shortage of social workers, Ofsted has found.\n\nInspectors rated the council\'s services as requiring improvement.\n\n"Too many children experience frequent changes of social worker," the report said.';
    assert.equal(speakerOf(text, 'Too many children').speaker?.name, 'Ofsted');
  });

  it('gives "she" in a clause on when to the unnamed person the sentence opens with ("One member from Teesside, who did not want to be named, drew applause when she described")', () => {
    const text = 'Maureen Ackroyd said margins were thin. “People see the adverts,” she said.\n\nOne member from Teesside, who did not want to be named in print, drew applause when she described being undercut by “a man with a van and a website”.\n\n“They’ve got no premises,” she said.';
    assert.equal(speakerOf(text, 'a man with a van').speaker?.name, 'One member from Teesside');
    assert.equal(speakerOf(text, 'no premises').speaker?.name, 'One member from Teesside');
  });

  it('gives a quotation to the one named after a role at someone ("the administrator of Cale Bună, Sergiu Vrabie, told ZdG")', () => {
    const text = 'One of them, Cale Bună SRL, contested the decision.\n\n"We were disqualified because a certificate was scanned on one page," the administrator of Cale Bună, Sergiu Vrabie, told ZdG.';
    assert.equal(speakerOf(text, 'We were disqualified').speaker?.name, 'Sergiu Vrabie');
    const widow = 'Ion Moraru died in March.\n\n"He never complained," the widow of Ion Moraru, Elena Moraru, told reporters.';
    assert.equal(speakerOf(widow, 'never complained').speaker?.name, 'Elena Moraru');
  });

  it('gives "the official said" after a question to the person quoted in the sentence before ("Hamid told reporters. ¶ Asked whether …, the official said"), not past an unnamed source', () => {
    const text = 'The director-general of the ministry, Osman Babiker Hamid, acknowledged the shortfall.\n\n"We are not standing idle," Hamid told reporters on Monday.\n\nAsked whether the fuel would be subsidised, as farmers demand, the official said the matter was "in the hands of the federal authorities".';
    assert.equal(speakerOf(text, 'in the hands').speaker?.name, 'Osman Babiker Hamid');
    const unnamed = 'Fiona Le Cocq owns a hotel.\n\n"I\'m telling you what the bookings sheet says," she said.\n\nOne senior civil servant, speaking on condition of anonymity, said there was little appetite.\n\n"Nobody wants to be the committee that signed the blank cheque," the official said.';
    assert.notEqual(speakerOf(unnamed, 'blank cheque').speaker?.name, 'Fiona Le Cocq');
  });

  it('keeps "he said" with an unnamed source whose relative clause goes on to ask for anonymity ("One retailer who carries the line and asked not to be identified")', () => {
    const text = '"This is the hardest decision we have made," Grant Ellery said.\n\nNot everyone is convinced. One Southeast retailer who carries the line and asked not to be identified because he is still negotiating said he expected "a bumpy couple of months."\n\n"Every time a plant consolidates, they tell you nothing\'s going to change," he said.';
    assert.equal(speakerOf(text, 'Every time a plant').speaker?.name, 'One Southeast retailer who carries the line');
  });

  it('never gives "she" to a basin named in the clause before it ("after early units in the Delaware Basin suffered what she called")', () => {
    const text = 'Marisol Arrondo is chief executive.\n\nArrondo acknowledged the concern. The dock was redesigned after early units in the Delaware Basin suffered what she called “a humbling number” of thermal shutdowns.';
    assert.equal(speakerOf(text, 'a humbling number').speaker?.name, 'Marisol Arrondo');
  });

  it('gives "the authority says" to the council the article named, a council being a local authority ("where the authority says")', () => {
    const text = 'Brackenby Borough Council has proposed closing two museums.\n\nUnder the plans, the Old Ropery Museum would close. Collections would be moved to the council\'s depot, where the authority says they would remain "accessible by appointment".';
    assert.equal(speakerOf(text, 'accessible by appointment').speaker?.name, 'Brackenby Borough Council');
  });

  it('reads a source noun before an office that ends the description as qualifying the office ("the police commander said", "jury president hails")', () => {
    const text = 'Morogoro Regional Police Commander, Ramadhani Kisaka, confirmed the incident.\n\n“Whoever is found will face the law,” the police commander said.';
    assert.equal(speakerOf(text, 'Whoever is found').speaker?.name, 'Ramadhani Kisaka');
    const police = 'Police said two men died.\n\n“Whoever is found will face the law,” the police commander said.';
    assert.equal(speakerOf(police, 'Whoever is found').speaker?.name, 'the police commander');
  });

  it('reads "who sought anonymity" as a source asking not to be named, a person who keeps the floor as "he"', () => {
    const text = 'Mr Abdallah Kipingu, a village elder, said the farmers had complained.\n\n“Now two people are dead,” he charged.\n\nA leader of the pastoralist community, who sought anonymity for fear of reprisals, accused the village government of selling grazing land.\n\n“Where do they expect our cattle to go?” he asked.';
    assert.equal(speakerOf(text, 'our cattle').speaker?.name, 'A leader of the pastoralist community');
  });

  it('gives "he told me" to the person a description asking for anonymity is in apposition to ("Luis, a full-time driver in Mesa who asked that we use only his first name,")', () => {
    const text = 'Drivers are angry.\n\nLuis, a full-time driver in Mesa who asked that we use only his first name, tracked every trip over four days.\n\n“My hours were almost the same,” he told me.';
    assert.equal(speakerOf(text, 'My hours').speaker?.name, 'Luis');
  });

  it('keeps how long an unnamed source has done the job in the source ("One hackney driver of 19 years, who did not want to be named, told PHTM")', () => {
    const text = 'Drivers were divided. One hackney driver of 19 years, who did not want to be named, told PHTM: “I’ll fit it because I have to.”';
    assert.equal(speakerOf(text, 'fit it').speaker?.name, 'One hackney driver of 19 years');
  });

  it('gives "the report states" to the firm the report was by, past the firm\'s nationality and kind ("a recent report by Dutch market research firm Petvantage Insights")', () => {
    const text = 'According to a recent report by Dutch market research firm Petvantage Insights, litters account for 15% of sales. "Price sensitivity remains the barrier," the report states.';
    assert.equal(speakerOf(text, 'Price sensitivity').speaker?.name, 'Petvantage Insights');
  });

  it('reads a person\'s noun before where the person wrote as an unnamed source ("One reviewer on the app store wrote, in full:")', () => {
    const text = 'The app has been downloaded 41,000 times. One reviewer on the app store wrote, in full: “Told me about a hole I was already in.”';
    assert.equal(speakerOf(text, 'Told me about').speaker?.name, 'One reviewer on the app store');
  });

  it('gives what a winner "dedicated the title to" to the winner ("Hnatyuk dedicated the title to "everyone at home who trains in cold halls"")', () => {
    const text = 'Speaking through a team interpreter, Taras Hnatyuk dedicated the title to "everyone at home who trains in cold halls" and said he hoped to add a new move.';
    assert.equal(speakerOf(text, 'everyone at home').speaker?.name, 'Taras Hnatyuk');
  });

  it('reads a finding whose clause leaves out "that" as what the finder says ("She found it was “more likely than not”")', () => {
    const text = 'The trustee argued the loss was speculative. Ms Fenella Ashdown rejected this. She found it was “more likely than not” that Mr N would have proceeded.';
    assert.equal(speakerOf(text, 'more likely than not').speaker?.name, 'Fenella Ashdown');
  });

  it('gives what someone is "calling on" others to be or do to the caller ("calling on the stewards to be “consistent for once”")', () => {
    const text = 'Veltra team manager Ricard Salvat went further, calling on the stewards to be “consistent for once”.';
    assert.equal(speakerOf(text, 'consistent for once').speaker?.name, 'Ricard Salvat');
  });

  it('reads "in Noor’s words" as naming the speaker, as "according to Noor" does', () => {
    const text = 'Noor al-Haddad plays chess. Her brother Sami is, in Noor’s words, “only cares about the wifi”.';
    assert.equal(speakerOf(text, 'only cares').speaker?.name, 'Noor al-Haddad');
  });

  it('keeps "he said" with an unnamed source an apposition calls a man ("Another vendor, a young man selling betel nut near the main gate, said")', () => {
    const text = 'Paul Soloa, the association chairman, said they would resist. "We will not move," Soloa said.\n\nAnother vendor, a young man selling betel nut near the main gate, said he would not be moving. "This is where the people are," he said.';
    assert.equal(speakerOf(text, 'where the people are').speaker?.name, 'Another vendor');
  });

  it('keeps what an unnamed source is "with" in the source ("an aid worker with an international NGO in the camp, who asked not to be named, said")', () => {
    const text = 'Water ran out on Monday. "We are not talking about a shortage any more," said an aid worker with an international NGO in the camp, who asked not to be named.';
    assert.equal(speakerOf(text, 'a shortage').speaker?.name, 'an aid worker with an international NGO in the camp');
  });

  it('gives "the Italian said" to the one person named as Italy\'s ("Italy’s Davide Santangelo"), not to the one quoted before', () => {
    const text = 'Italy’s Davide Santangelo and Nicolò Ferri won. Their coach, Declan Moorhouse, was happy. “It was tidy,” he said.\n\nLightweight rowing will not feature at the Games, and Santangelo was in no mood to apologise.\n\n“People ask me every week,” the Italian said.';
    assert.equal(speakerOf(text, 'People ask me').speaker?.name, 'Davide Santangelo');
  });

  it('reads an unnamed source whose reported words open with "his" as a person, who then has the floor as "he" ("A Surat-based manufacturer said his company")', () => {
    const text = '"Below 1 carat, people were just looking," said an Antwerp-based rough dealer who asked not to be named.\n\nA Surat-based manufacturer said his company had bought only a fraction of its usual volume. "Our polishing units are working four days a week," he said.';
    assert.equal(speakerOf(text, 'Our polishing units').speaker?.name, 'A Surat-based manufacturer');
  });

  it('quotes what someone thinks or remembers as their words ("He thinks merging the tests is “long overdue”", "remembers a dressing room that "ran on cheese sandwiches and pride"")', () => {
    const thinks = 'Instructor Phil Garside runs a school in Leeds. He thinks merging the tests is “long overdue”.';
    assert.equal(speakerOf(thinks, 'long overdue').speaker?.name, 'Phil Garside');
    const remembers = 'Desmond Oyelaran-Pike, who captained Wessex to their only title, remembers a dressing room that "ran on cheese sandwiches and pride".';
    assert.equal(speakerOf(remembers, 'cheese sandwiches').speaker?.name, 'Desmond Oyelaran-Pike');
  });

  it('takes up a person named in apposition to a role that opens the sentence, before a clause about them ("The hero of the evening, Gurbanow, who scored …, admitted")', () => {
    const text = 'Nurmuhammet Gurbanow scored late. “Ask the referee,” coach Vadym Kostenko said.\n\nThe hero of the evening, Gurbanow, who scored his first goal in the Higher League, admitted that his legs were shaking.\n\n“When I put the ball on the spot, I did not look,” the young forward said.';
    assert.equal(speakerOf(text, 'When I put the ball').speaker?.name, 'Nurmuhammet Gurbanow');
  });

  it('takes up an unnamed person opening the sentence before the quotation as its "he" ("One producer from central Minnesota, who asked that his name not be used, put the problem more bluntly")', () => {
    const text = 'Dale Henningsen runs a sale barn. "Guys are keeping their heifers home," Henningsen explained.\n\nOne producer from central Minnesota, who asked that his name not be used because he is negotiating to buy a neighboring herd, put the problem more bluntly from the floor. "You cannot expand on cows you do not have," he said.';
    assert.equal(speakerOf(text, 'You cannot expand').speaker?.name, 'One producer from central Minnesota');
  });

  it('reads a title with where its holder is based as the person given that title ("the Copenhagen-based analyst", after "senior analyst Helle Brøndum")', () => {
    const text = 'Tidemark senior analyst Helle Brøndum called the withdrawal “a textbook example” of carriers cutting loops.\n\n“When rates are falling this fast, it goes first,” the Copenhagen-based analyst told The Loadstar.';
    assert.equal(speakerOf(text, 'When rates are falling').speaker?.name, 'Helle Brøndum');
  });

  it('takes up a person named in apposition to "Another resident", with a title in lower case ("Another resident, retired teacher Jaffar Ali Hubail, said … said the 67-year-old")', () => {
    const text = 'Mother-of-four Zahra Ebrahim, 41, said her family left. "We cleaned for the whole of Tuesday," she said.\n\nAnother resident, retired teacher Jaffar Ali Hubail, said neighbours had been forced to buy their own equipment. "Eight families, we bought two pumps together," said the 67-year-old.';
    assert.equal(speakerOf(text, 'Eight families').speaker?.name, 'Jaffar Ali Hubail');
  });

  it('reads "shared" ending its clause as a cue, but not "shared" with an object ("“…,” Vosberg shared.", "a post that had been shared 3,000 times")', () => {
    const shared = '"Heifers are scarce," Kyle Brandvold said.\n\nJenna Vosberg, who milks 850 cows with her husband, Luke, near Kewaunee, Wis., told the forum that her family has no intention of giving up those calf checks. But they have changed how they decide.\n\n"We genomic test every heifer calf at two weeks," Vosberg shared.';
    assert.equal(speakerOf(shared, 'We genomic test').speaker?.name, 'Jenna Vosberg');
    const post = 'The union shared a post about the "trusted insider" risk on Thursday.';
    assert.equal(speakerOf(post, 'trusted insider').speaker, null);
  });

  it('takes up a source introduced with a firm\'s name joined by an ampersand ("A Brennecke & Kaye partner, who spoke on condition of anonymity, said … the partner said")', () => {
    const text = 'Managing director Anjali Raman said the pace reflected a consolidation.\n\n“The succession problem is real,” Raman said.\n\nNot everyone is convinced. A Brennecke & Kaye partner, who spoke on condition of anonymity because the deal had not yet closed, said some younger staff were uneasy.\n\n“The pitch is ‘nothing changes,’ and maybe that’s true for a while,” the partner said.';
    assert.equal(speakerOf(text, 'The pitch is').speaker?.name, 'A Brennecke & Kaye partner');
  });

  it('reads "the department" as the one department the article named, when no body has spoken yet ("The Department for Energy Security and Net Zero has granted … the department said")', () => {
    const text = 'The Department for Energy Security and Net Zero (DESNZ) has granted development consent for the Beckmoor Solar Farm.\n\nIn its decision letter, published on Tuesday, the department said the scheme would make "a substantial contribution" to capacity.';
    assert.equal(speakerOf(text, 'a substantial contribution').speaker?.name, 'Department for Energy Security and Net Zero');
  });

  it('reads "the department" after a spokesperson\'s words as the body the spokesperson spoke for ("An HMRC spokesperson said: … The department added")', () => {
    const text = 'An HMRC spokesperson said: “We know some agents have experienced longer waits than we would like.”\n\nThe department added that it had “no plans” to close the helpline.';
    assert.equal(speakerOf(text, 'no plans').speaker?.name, 'HMRC');
  });

  it('quotes a petition as the many who signed it, unnamed ("The petition, thumbprinted by 64 families, reads:")', () => {
    const text = '"We are afraid of the police," Bang Mach said.\n\nThe petition, thumbprinted by 64 families, reads:\n\n"We request the provincial governor to order the company to stop."';
    assert.equal(speakerOf(text, 'We request the provincial').speaker?.name, '64 families');
  });

  it('reads a place in capitals and a colon as a dateline, no part of the first sentence ("KUWAIT: Dozens of parents … what they called an “illegal” increase")', () => {
    const text = 'KUWAIT: Dozens of parents gathered outside Al-Rawabi International English School in Hawally on Sunday to protest what they called an “illegal” mid-year tuition increase.';
    assert.equal(speakerOf(text, 'illegal').speaker?.name, 'Dozens of parents');
  });

  it('keeps a woman\'s given name against a "said he" after a clause that calls another man "him" ("Prof Siobhan O’Donnell-Kaur, who trained under him, said he had changed")', () => {
    const text = 'Ms Whitlock-Barnes said her daughter had asked. “So we did,” she said.\n\nProf Siobhan O’Donnell-Kaur, who trained under him in the 1990s, said he had changed what the profession thought was possible.\n\n“Before Idris, parents were told to take their baby home,” she said.';
    assert.equal(speakerOf(text, 'Before Idris').speaker?.name, 'Siobhan O’Donnell-Kaur');
  });

  it('keeps "not involved in the case" and "briefed by both sides" with an unnamed source ("One London maritime lawyer not involved in the case said")', () => {
    const lawyer = 'One London maritime lawyer not involved in the case said the judgment would be cited.\n\n"There are a dozen of these disputes," the lawyer said.';
    assert.equal(speakerOf(lawyer, 'There are a dozen').speaker?.name, 'One London maritime lawyer not involved in the case');
    const diplomat = 'A third person familiar with the talks, a Latin American diplomat briefed by both sides, said the sticking point was not money.\n\n"Mexico can be paid," the diplomat said.';
    assert.equal(speakerOf(diplomat, 'Mexico can be paid').speaker?.name, 'a Latin American diplomat briefed by both sides');
  });

  it('reads a description after a quotation as the unnamed person who asked not to be named in the sentence right before, whatever the noun ("One senior industry figure, who did not wish to be named, was blunter … the executive said")', () => {
    const text = 'Chief executive Sophie Lau-Petrovic said the decision was painful. “We had no choice,” she said.\n\nOne senior industry figure, who did not wish to be named, was blunter about the cause.\n\n“Nobody in Perth wants to say it out loud,” the executive said.';
    assert.equal(speakerOf(text, 'Nobody in Perth').speaker?.name, 'One senior industry figure');
  });

  it('reads "a senior figure" as an unnamed source, with what it is "within" ("said one senior figure at Ravensholme", "A senior figure within the umpiring community")', () => {
    const club = '“We weren’t walking away from the player,” said one senior figure at Ravensholme.';
    assert.equal(speakerOf(club, 'We weren’t walking').speaker?.name, 'one senior figure at Ravensholme');
    const umpire = 'A senior figure within the umpiring community, who asked not to be named, told THP the decision was “technically correct”.';
    assert.equal(speakerOf(umpire, 'technically correct').speaker?.name, 'A senior figure within the umpiring community');
  });

  it('reads "the South African" as a nationality describing a person, past a scene-setting "Hours after …" ("The South African … said the favourite had “never been happy”")', () => {
    const rider = 'Jamie Merwe rode well. Merwe was less philosophical. The South African, who was chasing a third win in the race, said the favourite had “never been happy” on the ground.';
    assert.equal(speakerOf(rider, 'never been happy').speaker?.name, 'Jamie Merwe');
    const coach = '"We looked at strike rates," Tanveer Abbasi-Durrani said.\n\nHours after the announcement, Marius van der Spuy said he had not been consulted. "I saw the squad at the same time as everyone else," the South African told Dawn.';
    assert.equal(speakerOf(coach, 'I saw the squad').speaker?.name, 'Marius van der Spuy');
  });

  it('reads the subject shared across "and" up to a verb in the past tense ("an attendant came out to the first cars and told them")', () => {
    const text = 'On Monday night, an attendant came out to the first cars and told them a tanker truck was expected “at some point tomorrow.” Nobody moved.';
    assert.equal(speakerOf(text, 'at some point tomorrow').speaker?.name, 'an attendant');
  });

  it('reads past a time between "and" and its verb to the subject before, past a party tag ("Chair Annaliese van der Berg, R-Tyler, limited witnesses … and at one point, near midnight, asked")', () => {
    const text = 'Committee Chair Annaliese van der Berg, R-Tyler, limited witnesses to two minutes each and at one point, near midnight, asked the room to "please not repeat what the last 40 people said."';
    assert.equal(speakerOf(text, 'please not repeat').speaker?.name, 'Annaliese van der Berg');
  });

  it('quotes a ministry whose portfolios are listed with an ampersand ("The Department for Environment, Food & Rural Affairs (Defra), which oversees the scheme, said")', () => {
    const text = 'The Department for Environment, Food & Rural Affairs (Defra), which oversees the scheme, said it "remains committed to the timetable" set out.';
    assert.equal(speakerOf(text, 'remains committed').speaker?.name, 'Department for Environment, Food & Rural Affairs');
  });

  it('takes up a source of a body\'s noun that asked not to be named after a first relative clause ("A lender who looked at recapitalizing the building, and who asked not to be named, … the lender said")', () => {
    const text = 'Redwater Credit Partners sued in May.\n\nA lender who looked at recapitalizing the building earlier this year, and who asked not to be named because the talks were confidential, put it more bluntly. “He wanted a valuation from 2021,” the lender said.';
    assert.equal(speakerOf(text, 'He wanted a valuation').speaker?.name, 'A lender who looked at recapitalizing the building earlier this year');
  });

  it('reads "principals" and "headteachers" as sources ("criticised by principals, who describe the annual recalculation as a "lunch lottery"")', () => {
    const text = '"A school can slip a few places," Mei Ling Ong-Castellanos said.\n\nThe index has long been criticised by principals, who describe the annual recalculation as a "lunch lottery".';
    assert.equal(speakerOf(text, 'lunch lottery').speaker?.name, 'principals');
  });

  it('reads past a year opening the clause with no comma to the source after it ("In 1986 a critic for this newspaper described the programme as")', () => {
    const text = 'Not every review was kind. In 1986 a critic for this newspaper described the programme as "a fever dream set in a sock drawer".';
    assert.equal(speakerOf(text, 'a fever dream').speaker?.name, 'a critic for this newspaper');
  });

  it('takes up "The head of one of …, who did not give his name," as the "he" of the quotation after it', () => {
    const text = '"Orders are up," Thomas Reinert said.\n\nThe head of one of the state textile complexes, who did not give his name, said that his enterprise was working in three shifts. "We used to sell mostly yarn," he said.';
    assert.equal(speakerOf(text, 'We used to sell').speaker?.name, 'The head of one of the state textile complexes');
  });

  it('reads what a firm does, with where it is based, as the firm in focus ("the Vancouver-based miner said", after Andesmar Copper)', () => {
    const text = 'Andesmar Corp said on Wednesday that it had activated a contingency plan.\n\n“Operations continue in a safe and controlled manner,” the Vancouver-based miner said.';
    assert.equal(speakerOf(text, 'Operations continue').speaker?.name, 'Andesmar Corp');
  });

  it('takes up a source introduced with "disputed … saying" or "flatly denied" ("A source close to the deal disputed that characterization, saying …", "A rep for the singer flatly denied")', () => {
    const deal = 'One rival buyer, who was in the mix until the early hours, told us the deadline moved.\n\nA source close to the deal disputed that characterization, saying the bidders asked for more rounds. "Nobody moved anything," the source said.';
    assert.equal(speakerOf(deal, 'Nobody moved anything').speaker?.name, 'A source close to the deal');
    const rep = 'A rep for the singer flatly denied that sales were weak. "This has nothing to do with ticket sales," the rep said.';
    assert.equal(speakerOf(rep, 'This has nothing').speaker?.name, 'A rep for the singer');
  });

  it('does not take a body closing the sentence before as the author of a writing that opens the next ("… has ordered an audit. The letter … is addressed to the Ministry of Health")', () => {
    const text = 'Thirty-eight doctors have signed a letter warning that they will resign. The hospital director says there is no money, while the Ministry of Health has ordered an audit.\n\nThe letter, a copy of which was obtained by NewsMaker, is addressed to the Ministry of Health.\n\n“We are not asking for a raise,” the letter reads.';
    assert.notEqual(speakerOf(text, 'We are not asking').speaker?.name, 'Ministry of Health');
    const statement = 'Savings will follow, a Meridale spokesperson said in an emailed statement. The statement said staff would get severance.\n\n“These decisions affect colleagues,” the statement said.';
    assert.match(speakerOf(statement, 'These decisions').speaker?.name ?? '', /Meridale/);
  });

  it('takes up a nationality opening the sentence before as its subject ("The Azeri won … and said he has no problem with Beridze. "…," the 25-year-old told Report.az")', () => {
    const text = 'The 29-year-old Levan Beridze has been entered in a field that also includes Azerbaijan’s Orkhan Huseynli.\n\n“I have served my time,” Beridze said.\n\nAmong the others, Huseynli is top seeded. The Azeri won the Silk Road Open two weeks ago and said that he has no problem with Beridze coming back. “For me it is one more strong guy,” the 25-year-old told Report.az.';
    assert.equal(speakerOf(text, 'For me it is').speaker?.name, 'Orkhan Huseynli');
  });

  it('reads an age the article never gave, after a phrase opening the sentence, as the person opening the sentence before ("But Mmolawa has not gone quietly. Speaking to WeekendPost, the 41-year-old claimed that club chairman Kgomotso Seleka …")', () => {
    const text = 'Coach Lesego Mmolawa was sacked on Monday.\n\nBut Mmolawa, a former Zebras midfielder, has not gone quietly. Speaking to WeekendPost on Thursday, the 41-year-old claimed that club chairman Kgomotso Seleka had interfered with team selection.\n\n"I am a professional. I have a CAF A licence," he said.';
    assert.equal(speakerOf(text, 'I am a professional').speaker?.name, 'Lesego Mmolawa');
  });

  it('keeps an unnamed source whose apposition only describes the body spoken for ("A spokesperson for VLAIO, the Flemish agency for innovation and entrepreneurship, said")', () => {
    const text = '“Genk will not be the last,” said Pieter-Jan Wouters, an analyst.\n\nA spokesperson for VLAIO, the Flemish agency for innovation and entrepreneurship, said the agency had been in “constructive contact” with the company.';
    assert.equal(speakerOf(text, 'constructive contact').speaker?.name, 'A spokesperson for VLAIO');
  });

  it('reads "who pleaded anonymity" as a reason a source goes unnamed, who keeps the floor as "he"', () => {
    const text = '“Every season it is the same story,” said Kwaku Annor-Frimpong.\n\nA purchasing clerk with one of the companies, who pleaded anonymity for fear of losing his job, said clerks had become the target of the farmers’ anger.\n\n“The farmers think we are sitting on their money,” he said.';
    assert.equal(speakerOf(text, 'The farmers think').speaker?.name, 'A purchasing clerk with one of the companies');
  });

  it('reads past the marks of a name someone is known by in the sentence before ("Ivy Roberts, known to generations of shoppers simply as "Miss Ivy", has sold fruit … "…," the 63-year-old said")', () => {
    const text = 'In a statement, UPP senator Carla Whyte-Benjamin called the relocation "a solution looking for a problem".\n\nOn Market Street, reactions were mixed. Ivy Roberts, known to generations of shoppers simply as "Miss Ivy", has sold fruit at the corner for 31 years.\n\n"I raise four children off this corner," the 63-year-old said.';
    assert.equal(speakerOf(text, 'I raise four children').speaker?.name, 'Ivy Roberts');
    assert.equal(speakerOf(text, 'Miss Ivy').speaker, null);
  });

  it('reads "His view of the deal was more cautious:" and "His message to the chancellor was:" as leading into the words of the man in focus', () => {
    const view = '"This agreement is a model," the agency said.\n\nAt 78, Casimir Polius is the oldest member. He learned to weave from his grandmother. His view of the deal was more cautious:\n\n"I am happy for the young ones. But I have seen projects come and go."';
    assert.equal(speakerOf(view, 'I am happy').speaker?.name, 'Casimir Polius');
    const message = 'His assurances came after Sir Digby Jones said stability was all important. His message to the chancellor was: "Please don\'t give it away in any form of electioneering."';
    assert.equal(speakerOf(message, 'Please don').speaker?.name, 'Digby Jones');
  });

  it('reads a possessor and a title of more than one word after a name as the person\'s role ("Femke Oosterbaan, Rijnvaart\'s managing director"), whom "the managing director said" takes up', () => {
    const text = '"We decided to stop talking," said Femke Oosterbaan, Rijnvaart\'s managing director.\n\n"Tray-to-tray is better," said Lotte Verheul, policy lead at Stichting Schone Keten.\n\nThe company plans a second line "if the market is there", the managing director said.';
    assert.equal(speakerOf(text, 'if the market is there').speaker?.name, 'Femke Oosterbaan');
  });

  it('reads "the Member of the National Parliament" before a name as her title, and her reported speech as hers ("Meanwhile, the Member of the National Parliament Rosalina Ximenes Bere … said she would ask")', () => {
    const text = 'Meanwhile, the Member of the National Parliament Rosalina Ximenes Bere, who was elected from Ermera, said she would ask the committee to call the Minister.\n\n"Coffee is not only business. Many families sent their children to school with coffee money," the MP said.';
    assert.equal(speakerOf(text, 'Coffee is not only').speaker?.name, 'Rosalina Ximenes Bere');
  });

  it('reads a trader\'s calling ("A B.C. producer", "a Midwest wholesaler") as a person who can be "he", taking the floor from the source quoted before', () => {
    const text = '"Guys suddenly wanted to talk about December shipment," a Midwest wholesaler said.\n\nA B.C. producer agreed the news had jolted buyers but cautioned that underlying demand had not changed. "It\'s a supply story, not a demand story," he said.';
    assert.equal(speakerOf(text, 'It\'s a supply story').speaker?.name, 'A B.C. producer');
  });

  it('reads the subject of a verb after "but" past a relative clause set off by commas ("A senior official at the ministry, who spoke to The Nassau Guardian on condition of anonymity, said … but acknowledged that")', () => {
    const text = '"Junkanoo people can fill out a form," said Jones.\n\nA senior official at the ministry, who spoke to The Nassau Guardian on condition of anonymity, said two groups had yet to file statements, but acknowledged that “the bulk of the delay is on our side”.';
    assert.equal(speakerOf(text, 'the bulk of the delay').speaker?.name, 'A senior official at the ministry');
  });

  it('gives "the report" the voice of the person the article named as "the report\'s lead author"', () => {
    const text = 'The report was presented last month.\n\n"We expected some gap," says Dr Imogen Saltash, associate director at Halden Preece and the report\'s lead author.\n\nPortable units dump heat into corridors. The report calls it "a hidden cooling load that nobody designed for".';
    assert.equal(speakerOf(text, 'a hidden cooling load').speaker?.name, 'Imogen Saltash');
  });

  it('keeps "quoted in the document" as part of an unnamed source ("One soldier quoted in the document wrote that …")', () => {
    const text = 'The survey also found complaints. One soldier quoted in the document wrote that the battery pack “feels like carrying a brick,” while another said it died.';
    assert.equal(speakerOf(text, 'feels like carrying').speaker?.name, 'One soldier quoted in the document');
  });

  it('reads the comma of thousands in a relative clause as no clause\'s end ("The City of Edinburgh Council, which provides a grant of £45,000, said")', () => {
    const text = 'Creative Scotland said decisions were a matter for it.\n\nThe City of Edinburgh Council, which provides a smaller annual grant of £45,000, said it was "in close contact" with the venue.';
    assert.equal(speakerOf(text, 'in close contact').speaker?.name, 'City of Edinburgh Council');
  });

  it('reads past an adverb of time between an apposition and its verb ("Eero Haapaniemi, Parhelion\'s head of publishing, now says")', () => {
    const text = 'Eero Haapaniemi, Parhelion\'s head of publishing, now says losing that argument "was the best thing that happened to the project."';
    assert.equal(speakerOf(text, 'was the best thing').speaker?.name, 'Eero Haapaniemi');
  });

  it('reads a count in figures as opening an unnamed group ("48 House members from both parties warned", "43 of the 61 dealers said")', () => {
    const members = 'In a letter sent to Senate leaders last week, 48 House members from both parties warned that letting it lapse would “strand families who have only recently come online”.';
    assert.equal(speakerOf(members, 'strand families').speaker?.name, '48 House members from both parties');
    const dealers = 'In a letter, 43 of the 61 dealers said the terms would “make it impossible to run a showroom”.';
    assert.equal(speakerOf(dealers, 'make it impossible').speaker?.name, '43 of the 61 dealers');
  });

  it('takes no body described inside the quotation for the "it" that says it ("“The department has instructed the company …,” it said")', () => {
    const text = 'Disclosures show that Ntsimbi was one of two dams yet to meet the standard.\n\nThe Department of Mineral and Petroleum Resources said its inspectors had visited the site on Friday. “The department has instructed the company to submit a full technical report,” it said in a statement.';
    assert.equal(speakerOf(text, 'The department has instructed').speaker?.name, 'Department of Mineral and Petroleum Resources');
  });

  it('gives "the petition" the voice of whoever the sentence after its introduction says started it ("An online petition … It was started by Dylan Marchetti")', () => {
    const text = 'The news has not gone over well. An online petition titled “Keep Three Pedals” had collected 14,000 signatures by Thursday. It was started by Dylan Marchetti, a software tester from Columbus, Ohio.\n\nThe petition reads, in part: “The manual is the last reason to buy a Vantor.”';
    assert.equal(speakerOf(text, 'The manual is the last').speaker?.name, 'Dylan Marchetti');
  });

  it('reads the noun of an apposition that says where a body is the largest ("Industri Energi, the largest union offshore, said"), which "the union" then takes up', () => {
    const text = 'Skarvhelle is 60% owned by Nordkyst Energi.\n\nIndustri Energi, the largest union offshore, said in a statement that its members had raised concerns “repeatedly and in writing” since 2023. “This was not a surprise to the people who live and work on that vessel,” the union said.';
    assert.equal(speakerOf(text, 'This was not a surprise').speaker?.name, 'Industri Energi');
  });

  it('reads a capitalised name after a scheme\'s noun as a label nobody says ("under the programme "Kafé ba Futuru""), but not what the scheme does', () => {
    const named = 'Director Domingos Soares Belo said the ministry was studying a proposal to rehabilitate 12 coffee processing centres, under the programme "Kafé ba Futuru" (Coffee for the Future).';
    assert.equal(speakerOf(named, 'Kafé ba Futuru').speaker, null);
    const predicate = 'The Uco Valley Vinegrowers’ Chamber said in a statement that compensation under the scheme “does not even cover the cost of pruning.”';
    assert.equal(speakerOf(predicate, 'does not even cover').speaker?.name, 'Uco Valley Vinegrowers’ Chamber');
  });

  it('reads "It found" after a sentence that opens with a report as the report\'s finding ("The report by the State Auditor’s Office examined …. It found "…"")', () => {
    const text = 'The report by the State Auditor’s Office examined 31 task orders issued to Redhawk Barrier Builders LLC. It found “significant weaknesses in contract monitoring” at the Texas Facilities Commission.';
    assert.equal(speakerOf(text, 'significant weaknesses').speaker?.name, 'State Auditor’s Office');
  });

  it('reads "the" and a place before a title as that office, its one holder named or else as written ("The junta-appointed Hpakant Township administrator told the paper")', () => {
    const unheld = 'The newspaper did not mention the company. The junta-appointed Hpakant Township administrator told the paper that the pickers had “ignored repeated warnings” to stay away.';
    assert.equal(speakerOf(unheld, 'ignored repeated warnings').speaker?.name, 'The junta-appointed Hpakant Township administrator');
    const held = 'The township is run by administrator Kyaw Zin Htet. The Hpakant Township administrator told the paper that the pickers had “ignored repeated warnings” to stay away.';
    assert.equal(speakerOf(held, 'ignored repeated warnings').speaker?.name, 'Kyaw Zin Htet');
  });

  it('reads a press release\'s name, bare title and firm as the person speaking ("Ravi Menon, president, Kettleby Brands, added:")', () => {
    const text = 'Ziva posted on Instagram.\n\nRavi Menon, president, Kettleby Brands, added: “We see enormous potential here.”';
    assert.equal(speakerOf(text, 'We see enormous potential').speaker?.name, 'Ravi Menon');
  });

  it('keeps a count after "of" as part of an unnamed group ("A group of 23 packaging producers has called on …, warning that")', () => {
    const text = 'A group of 23 packaging producers has called on PackUK to delay fees, warning that the proposals risk "punishing the very packaging the system is meant to encourage".';
    assert.equal(speakerOf(text, 'punishing the very').speaker?.name, 'A group of 23 packaging producers');
  });

  it('reads a passive\'s agent past a capitalised title in apposition before a relative clause ("presented by Mr Yerlan Abenov, Vice-President of the Kazakhstan Judo Federation, who called the event")', () => {
    const text = 'Medals were presented by Mr Yerlan Abenov, Vice-President of the Kazakhstan Judo Federation, who called the event "a celebration of judo on the shores of the Caspian" and thanked the volunteers.';
    assert.equal(speakerOf(text, 'a celebration of judo').speaker?.name, 'Yerlan Abenov');
  });

  it('reads a pronoun right after "told me" as restating the one who told ("one rival executive told me he expects the center to command "…""), but takes up no source named inside a quotation', () => {
    const rival = 'Stefan Milosavac is good. Milosavac is a free agent this summer, and one rival executive told me he expects the center to command “something north of $30 million a year” on the open market.';
    assert.equal(speakerOf(rival, 'something north of').speaker?.name, 'one rival executive');
    const mayor = 'Ken Livingstone said the row would not hurt the bid. "They have a mayor who is not going to panic, change course or get in a great flap," he said.\n\nThe mayor said he had recounted a number of "examples of intrusion by journalists".';
    assert.equal(speakerOf(mayor, 'examples of intrusion').speaker?.name, 'Ken Livingstone');
  });

  it('gives words an outlet reported "citing" a source to that source ("Rzeczpospolita reported on Friday, citing an unnamed official in the Presidential Palace, that …"), not to a later clause of its own', () => {
    const cited = 'Rzeczpospolita reported on Friday, citing an unnamed official in the Presidential Palace, that a further 31 nominations were “unlikely to be signed before the end of the year”.';
    assert.equal(speakerOf(cited, 'unlikely to be signed').speaker?.name, 'an unnamed official in the Presidential Palace');
    const later = 'Reuters reported on Monday, citing unnamed dealers, that inventories had swelled, and several outlets repeated claims of Chinese "overcapacity".';
    assert.notEqual(speakerOf(later, 'overcapacity').speaker?.name, 'unnamed dealers');
  });

  it('keeps "working for …" as part of an unnamed source ("A buyer working for an exporter based in Bissau, who spoke … on condition of anonymity")', () => {
    const text = 'A buyer working for an exporter based in Bissau, who spoke to O Democrata on condition of anonymity, rejected the accusation.\n\n“We are not thieves,” he said.';
    assert.equal(speakerOf(text, 'We are not thieves').speaker?.name, 'A buyer working for an exporter based in Bissau');
  });

  it('reads the subject of what an outlet reported or learnt as the speaker ("The Press and Journal reported last month that managers had told staff … "a difficult future""), not the outlet and its verb', () => {
    const text = 'The Press and Journal reported last month that managers had told staff at a briefing that the site could face "a difficult future" if the application were refused.';
    assert.equal(speakerOf(text, 'a difficult future').speaker?.name, 'managers');
  });

  it('shares the subject of a clause after a question put to the speaker with a verb after "but" ("Asked whether Halden would need new parts, Vollmer conceded …, but claimed …")', () => {
    const text = 'Matthias Vollmer runs the team. Asked whether Halden would need new parts for Austria, Vollmer conceded the team would have to make some adjustments, but claimed the performance cost would be "much smaller than some people are hoping".';
    assert.equal(speakerOf(text, 'much smaller than').speaker?.name, 'Matthias Vollmer');
  });

  it('reads past "now" and adverbs of frequency between a subject and its verb ("a move he now calls "…""), and still reads "is now called" as a passive that names, no speech', () => {
    const move = 'Grant Heffernan runs the brewery. Copper Switch expanded into Kentucky in 2022, a move he now calls "a bet on the wrong decade."';
    assert.equal(speakerOf(move, 'a bet on the wrong').speaker?.name, 'Grant Heffernan');
    const badge = 'Kofi Ansah drove it. The range-topping off-road model is now called the Basalt Ridgeback, replacing the old “Pro” badge.';
    assert.equal(speakerOf(badge, 'Pro').speaker, null);
  });

  it('shares the subject before the comma with a verb after "and" and where it was said ("The Storm Prediction Center placed parts of Iowa under a moderate risk, and in a mesoscale discussion issued late Wednesday morning wrote that "…"")', () => {
    const text = 'The Storm Prediction Center placed parts of Iowa under a moderate risk of severe weather, and in a mesoscale discussion issued late Wednesday morning wrote that “significant severe gusts appear increasingly likely” as the storms organized.';
    assert.equal(speakerOf(text, 'significant severe gusts').speaker?.name, 'Storm Prediction Center');
  });

  it('keeps a sole office no one in the story is named to as written ("The premier, who also serves as finance minister, responded …"; "…," the premier added), not the last speaker under another title', () => {
    const text = 'Opposition Leader Denroy Chalwell told the House on Thursday that the penalty showed the FSC was "finally showing its teeth," but questioned why.\n\nThe premier, who also serves as finance minister, responded that the commission operates independently and that he would not comment on "any individual enforcement matter."\n\n"What I will say is that this government will give the regulator whatever it needs," the premier added.';
    assert.equal(speakerOf(text, 'any individual enforcement').speaker?.name, 'The premier');
    assert.equal(speakerOf(text, 'What I will say').speaker?.name, 'The premier');
  });

  it('reads a "which" clause after a body\'s name and its description as the body\'s ("according to Startup Oman, a local ecosystem tracker, which called it "…""), not the description\'s', () => {
    const text = 'The round is one of the largest this year, according to Startup Oman, a local ecosystem tracker, which called it “a signal that investors are finally taking food tech seriously”.';
    assert.equal(speakerOf(text, 'a signal that investors').speaker?.name, 'Startup Oman');
  });

  it('reads "advised" as a verb of speech ("She advised growers to "hold their nerve""), but not "advises on", a firm\'s trade', () => {
    const advice = 'Lisa Paech is a grain marketing adviser. She advised growers to "hold their nerve" and avoid selling too much of their crop at harvest.';
    assert.equal(speakerOf(advice, 'hold their nerve').speaker?.name, 'Lisa Paech');
    const trade = 'Another mining analyst, who asked not to be named because his firm advises on the financing, said permits were quicker. “Three years ago, you’d have priced in a six-month delay,” he said.';
    assert.equal(speakerOf(trade, 'Three years ago').speaker?.name, 'Another mining analyst');
  });

  it('reads "The words came from …" after a quotation as naming its speaker ("…" The words came from Themba Mamba, a 58-year-old diabetic)', () => {
    const text = 'Sifiso Nxumalo runs the clinic. "I will come back on Monday. What else can I do?" The words came from Themba Mamba, a 58-year-old diabetic who said he had already missed two weeks of his medication.';
    assert.equal(speakerOf(text, 'I will come back').speaker?.name, 'Themba Mamba');
  });

  it('reads "speaks of" as a verb of speech ("Dr. Vertus speaks of a "slow death" of the community hospital model"), and the quotation after it as going on with the speaker', () => {
    const text = 'Nathalie Brutus, a nurse, has not been paid. The administrator, Dr. Stanley Vertus, confirms the delays. Dr. Vertus speaks of a “slow death” of the community hospital model. “These hospitals were built to bring care close to people.”';
    assert.equal(speakerOf(text, 'slow death').speaker?.name, 'Stanley Vertus');
    assert.equal(speakerOf(text, 'These hospitals were built').speaker?.name, 'Stanley Vertus');
  });

  it('reads a "lead" as a role that makes an unnamed source ("Its finance lead said in a briefing note that forces faced "…"")', () => {
    const text = 'The Dairy Council met on Monday. Its finance lead said in a briefing note that forces faced "a structural gap that precept alone cannot fill" and called for help.';
    assert.equal(speakerOf(text, 'a structural gap').speaker?.name, 'Its finance lead');
  });

  it('reads tradespeople, pupils and landlords as unnamed sources ("A fisherman at the market said it was "getting worse"")', () => {
    for (const noun of ['fisherman', 'mechanic', 'pupil', 'landlord', 'clerk', 'guard', 'chef', 'steward']) {
      const text = `Prices rose again. A ${noun} at the market said it was "getting worse" every week.`;
      assert.equal(speakerOf(text, 'getting worse').speaker?.name, `A ${noun} at the market`);
    }
  });

  it('reads grumbling, protesting, objecting, underlining, reaffirming, bragging, mentioning and venturing as verbs of speech ("Martha Kilbride protested that prices were "…"")', () => {
    for (const verb of ['grumbled', 'protested', 'objected', 'underlined', 'underscored', 'reaffirmed', 'bragged', 'mentioned', 'ventured']) {
      const text = `"We are fine," Tom Ward said. Martha Kilbride ${verb} that prices were "getting worse every week" at the bakery.`;
      assert.equal(speakerOf(text, 'getting worse').speaker?.name, 'Martha Kilbride', verb);
    }
  });

  it('reads "complain" and "explain" after a plural subject as verbs of speech ("the villagers complain that the decision was "…"")', () => {
    const text = '"We are fine," Tom Ward said. In one of the letters, dated 14 October, the villagers complain that the decision was "taken in secret by a few people" last year.';
    assert.equal(speakerOf(text, 'taken in secret').speaker?.name, 'the villagers');
  });

  it('reads an age with a source\'s noun as the person named before ("the 31-year-old nurse told DW", after "When Jana Rietdorf went into labor")', () => {
    const text = 'When Jana Rietdorf went into labor in November, the drive took 25 minutes.\n\n"I do not even want to imagine it," the 31-year-old nurse told DW.';
    assert.equal(speakerOf(text, 'I do not even').speaker?.name, 'Jana Rietdorf');
  });

  it('reads "Toni", a Catalan and Spanish man\'s name as much as an English woman\'s, as either ("Toni Bestard spoke later. He said")', () => {
    const text = 'Geoffrey Pilling said "it is fine".\n\nToni Bestard spoke later. He said the pipes lose "almost a third" of the water.';
    assert.equal(speakerOf(text, 'almost a third').speaker?.name, 'Toni Bestard');
  });

  it('reads the first name a source gave after a comma as its name ("said a junior at Cañada Verde, who gave only her first name, Lucía")', () => {
    const text = 'Students spoke too. "The library is the only place," said a junior at Cañada Verde, who gave only her first name, Lucía.';
    assert.equal(speakerOf(text, 'The library').speaker?.name, 'Lucía');
  });

  it('reads a verb after a quotation closing a "which" clause as its subject\'s ("The Acme Group, which organised protests under the slogan "…", said prices were "…"")', () => {
    const text = 'Nauzet Perdomo said "it is fine".\n\nThe Acme Group, which organised protests under the slogan "Tenerife no se vende", said prices were "nothing to celebrate".';
    assert.equal(speakerOf(text, 'nothing to celebrate').speaker?.name, 'Acme Group');
  });

  it('reads a name in apposition to "Another victim" before any past verb as the subject a description takes up ("Another victim, Norwegian pensioner Per Aasland, lost …")', () => {
    const text = 'Among those caught out was teacher Donna Whitlock, 52, who booked a villa.\n\n"It was awful," Whitlock said.\n\nAnother victim, Norwegian pensioner Per Aasland, lost €3,200 on a villa in Casares.\n\n"The money is gone," the 71-year-old said from his home in Bergen.';
    assert.equal(speakerOf(text, 'The money is gone').speaker?.name, 'Per Aasland');
  });

  it('reads a quotation that opens the paragraph after an office opens a sentence as the office holder\'s ("In a letter …, the mayor appealed for calm.¶¶"Dear neighbours, …"")', () => {
    const text = 'Mayor Margalida Coll said the council had "no choice".\n\n"Every year there is less rain," Geoffrey Pilling said.\n\nIn a letter delivered to every household on Monday, the mayor appealed for calm.\n\n"Dear neighbours, I know these measures will be unpopular."';
    assert.equal(speakerOf(text, 'Dear neighbours').speaker?.name, 'Margalida Coll');
  });

  it('reads "he" after an unnamed tradesman of a named firm opening the sentence before as that source ("One Pedalhouse mechanic, who has worked …, told BikeBiz …. "…," he said")', () => {
    const text = '"It was hard," Neil Ashworth wrote.\n\nOne Pedalhouse mechanic, who has worked at the branch for six years, told BikeBiz that staff were informed on Friday. "We had a feeling for a while," he said.';
    assert.equal(speakerOf(text, 'We had a feeling').speaker?.name, 'One Pedalhouse mechanic');
  });

  it('reads "Divisional Delegate" as a title and "the delegate" as its holder ("the Meme Divisional Delegate of Secondary Education, Besong Marie-Claire Ojong, said")', () => {
    const text = 'Reacting, the Meme Divisional Delegate of Secondary Education, Besong Marie-Claire Ojong, said the grievances were "known and being handled". "Others will follow," the delegate told reporters at her office.';
    assert.equal(speakerOf(text, 'known and being').speaker?.name, 'Besong Marie-Claire Ojong');
    assert.equal(speakerOf(text, 'Others will follow').speaker?.name, 'Besong Marie-Claire Ojong');
  });

  it('keeps where an unnamed source is, by a region\'s side or a commune, as part of it ("Another retailer in northern Utah", "A community health worker in the commune of Fihaonana")', () => {
    for (const source of ['Another retailer in northern Utah', 'A community health worker in the commune of Fihaonana']) {
      const text = `${source}, who asked not to be named, said the reps had been "super upfront" about it.`;
      assert.equal(speakerOf(text, 'super upfront').speaker?.name, source);
    }
  });

  it('keeps "involved" after an unnamed scientist as part of the source, and "she" after it as the source ("One of the scientists involved, who asked not to be identified, told Arctic Today")', () => {
    const text = 'One of the scientists involved, who asked not to be identified, told Arctic Today that the review had been "thorough." "But a review is only as good as the follow-up," she said.';
    assert.equal(speakerOf(text, 'thorough').speaker?.name, 'One of the scientists involved');
    assert.equal(speakerOf(text, 'But a review').speaker?.name, 'One of the scientists involved');
  });

  it('reads a description that adds where a one-word title is held as its holder ("the station manager says", after "station manager Jonas Vestergaard")', () => {
    const text = '"If we lose the winter, we lose half," station manager Jonas Vestergaard tells High North News.\n\n"Long time series are the backbone," says Kristoffer Aune, a senior researcher.\n\n"We will keep the summer season going," the station manager says.';
    assert.equal(speakerOf(text, 'We will keep').speaker?.name, 'Jonas Vestergaard');
  });

  it('reads a ministry\'s writing as the one ministry the article names ("The ministry\'s statement said", after "The Ministry of Electricity and Energy said")', () => {
    const text = 'The Ministry of Electricity and Energy said on Sunday that fuel had run out.\n\nThe ministry\'s statement said the minister had "directed it to give priority to hospitals".';
    assert.equal(speakerOf(text, 'directed it').speaker?.name, 'Ministry of Electricity and Energy');
  });

  it('reads no inverted subject in "that" after a verb that follows a quotation ("…, "Review of …," warned that the cash reserve "…"")', () => {
    const text = '"We are fine," Sylvia Idip said.\n\nThe Office of the Public Auditor, in its latest report, "Review of Compact Trust Fund Disbursements," warned that the cash reserve "has fallen below the threshold" twice.';
    assert.notEqual(speakerOf(text, 'has fallen below').speaker?.name, 'Sylvia Idip');
  });

  it('reads "That was how X described it" after a quotation as its attribution (""…" That was how one longtime Power Plant 1 operator described the facility")', () => {
    const text = 'Anthony M. Reyes, the utility chief, said "it is fine".\n\n"We are basically running a museum down there." That was how one longtime Power Plant 1 operator described the facility over the weekend.';
    assert.equal(speakerOf(text, 'running a museum').speaker?.name, 'one longtime Power Plant 1 operator');
  });

  it('reads "it" after a body described by its size opening the sentence before as that body ("The $3.2 billion-asset bank neither admitted nor denied the findings. In a statement Tuesday, it said")', () => {
    const text = 'Cuyahoga Valley Bank was fined on Monday.\n\n"It failed," the OCC wrote in the consent order.\n\nThe $3.2 billion-asset bank neither admitted nor denied the findings. In a statement Tuesday, it said it had "already remediated the issues".';
    assert.equal(speakerOf(text, 'already remediated').speaker?.name, 'Cuyahoga Valley Bank');
  });

  it('reads "the mayor" as the one the article named in lower case as "the mayor of X, Name," though an unnamed lawyer spoke since', () => {
    const text = '"We cannot stay in limbo," the mayor of Arzachena, Giovanni Maria Deiana, told the paper.\n\nA lawyer told Sardinia Post that the notice "has at least three weak points", starting with the scoring.\n\n"If the TAR stops us, we will stop," the mayor said.';
    assert.equal(speakerOf(text, 'If the TAR stops us').speaker?.name, 'Giovanni Maria Deiana');
  });

  it('reads "the mayor" as whoever the article named as president of the municipal chamber ("The president of the Câmara Municipal do Maio, Miguel Rosário Évora, …")', () => {
    const text = 'The president of the Câmara Municipal do Maio, Miguel Rosário Évora, who also attended the meeting, said the council "will not wash its hands" of the matter.\n\n"We have put a refrigerated truck at the disposal of the association," said the mayor.';
    assert.equal(speakerOf(text, 'refrigerated truck').speaker?.name, 'Miguel Rosário Évora');
  });

  it('reads "the teacher" as the named person the article described as a teacher in apposition, not as an unnamed source ("Shilan Jalal Ahmed, a secondary school teacher with 19 years of service, said")', () => {
    const text = 'Shilan Jalal Ahmed, a secondary school teacher with 19 years of service, said she had not been paid on time once this year.\n\n"I take a taxi to school with borrowed money," she told Shafaq News.\n\n"Teachers in Baghdad get paid on the same day every month," the teacher added.';
    assert.equal(speakerOf(text, 'Teachers in Baghdad').speaker?.name, 'Shilan Jalal Ahmed');
  });

  it('reads "the 61-year-old" as the person of a sentence that opens "At Cala Bianca,", a place whose name holds a given name', () => {
    const text = 'At Cala Bianca, Antonio Sechi has run the lido his father founded in 1988. "My father built the kiosk with his own hands," the 61-year-old said, folding deckchairs.';
    assert.equal(speakerOf(text, 'My father built').speaker?.name, 'Antonio Sechi');
  });

  it('reads the I-Kiribati courtesy titles "Nei" and "Tem" as titles, not as part of the name ("Nei Bwebwe Taoaba said")', () => {
    const text = 'Nei Bwebwe Taoaba said "We did not sleep." Tem Kautu Tebano told Radio Kiribati: "No."';
    assert.equal(speakerOf(text, 'We did not sleep').speaker?.name, 'Bwebwe Taoaba');
    assert.equal(speakerOf(text, 'No.').speaker?.name, 'Kautu Tebano');
  });

  it('reads a quotation standing alone before a paragraph that opens "Name, 29, from Fonni, says it without anger" as that person\'s, but not before "X says it will …"', () => {
    const text = 'The prefecture of Nuoro said the protest had been "authorised until 6 pm".\n\n“My grandfather had 400 sheep and lived well.”\n\nEfisio Ladu, 29, from Fonni, says it without anger, leaning against the wheel of a tractor.';
    assert.equal(speakerOf(text, 'My grandfather').speaker?.name, 'Efisio Ladu');
    const clause = 'Tom Prideaux said he was not worried. "At least they\'re telling us."\n\nMarta Kettle says it will now post monthly updates.';
    assert.equal(speakerOf(clause, 'At least').speaker?.name, 'Tom Prideaux');
  });

  it('keeps a long role in apposition ("Debra Lindqvist, director of the Enforcement and Compliance Assurance Division in EPA\'s Region 5 office in Chicago,"), so "The director" is she and not a director named later', () => {
    const text = 'Debra Lindqvist, director of the Enforcement and Compliance Assurance Division in EPA\'s Region 5 office in Chicago, said the decree would help.\n\nThe director said EPA would track progress. "We will be watching the milestones closely," she added.\n\nKaren Oyelaran, executive director of the Maumee Valley Sanitary District, said the utility had started the work.';
    assert.equal(speakerOf(text, 'We will be watching').speaker?.name, 'Debra Lindqvist');
  });

  it('reads "regrets", "deplores" and "confides" as verbs of speech, as papers translated from French write them ("…," regrets its president, Patrick Lorenzi)', () => {
    const text = 'The Moneghetti Residents’ Association has written to the Government. “It is not the delay in itself that shocks us,” regrets its president, Patrick Lorenzi.\n\nBudget Watch Madagascar deplored "the absence of any real debate on the cuts".';
    assert.equal(speakerOf(text, 'It is not the delay').speaker?.name, 'Patrick Lorenzi');
    assert.equal(speakerOf(text, 'the absence of').speaker?.name, 'Budget Watch Madagascar');
  });

  it('reads "indicated", "specified", "underlines" and "denounced" as verbs of speech, as papers translated from French write them (In a statement, the ONPC indicated that “…”)', () => {
    const text = 'Some 230 households were affected, according to the Office National de la Protection Civile (ONPC). In a statement, the ONPC indicated that “the toll could rise as search operations continue”.\n\nIts Director General, Rodrigue Saint-Jean, specified that works "have been started on 22 kilometers of canals".';
    assert.equal(speakerOf(text, 'the toll could rise').speaker?.name, 'Office National de la Protection Civile');
    assert.equal(speakerOf(text, 'have been started').speaker?.name, 'Rodrigue Saint-Jean');
  });

  it('reads "The minister" as the one the article named with a capitalised office after a place\'s possessive ("Andorra\'s Minister of Foreign Affairs, Laia Puigcercós,")', () => {
    const text = '"The ball is no longer in our court," Giardi said.\n\nAndorra\'s Minister of Foreign Affairs, Laia Puigcercós, struck the same note. "We intend to finish it together," she said. The minister added that her government would submit the agreement "as soon as Brussels gives the green light".';
    assert.equal(speakerOf(text, 'as soon as Brussels').speaker?.name, 'Laia Puigcercós');
  });

  it('gives a person the capitalised office in apposition after the name ("Tom Bell, Minister for Health,"), and "the minister" holds a hyphenated one ("Government Counsellor-Minister for Public Works")', () => {
    const bell = speakerOf('Tom Bell, Minister for Health, said "the wards are full".', 'the wards').analysis.entities.find((entity) => entity.name === 'Tom Bell');
    assert.deepEqual(bell?.roles, ['Minister for Health']);
    const text = '“The tunnel is finished,” says Céline Aureglia-Rey, Government Counsellor-Minister for Public Works, the Environment and Urban Development.\n\nThe systems still have to pass tests. “We had a choice,” the minister told Monaco-Matin.';
    assert.equal(speakerOf(text, 'We had a choice').speaker?.name, 'Céline Aureglia-Rey');
  });

  it('reads "The remark comes from X" and "The caution came from X" after a quotation standing alone as its attribution', () => {
    const text = '"Our yards are full," a stockist in northern Germany tells Kallanish.\n\n"Nobody wants to be the last ship in the queue." The remark comes from Arda Yıldız, an Istanbul-based shipbroker.\n\n“Buyers will pay a green premium.” The caution came from Pilar Echevarría, lead author of the report.';
    assert.equal(speakerOf(text, 'Nobody wants').speaker?.name, 'Arda Yıldız');
    assert.equal(speakerOf(text, 'Buyers will pay').speaker?.name, 'Pilar Echevarría');
  });

  it('reads "Those were the words of Peakstone\'s estates manager, Gareth Lomas" after a quotation as its attribution, past the possessive and the comma', () => {
    const text = 'A resident of Dove Holes said: "The windows rattle twice a day."\n\n"We have heard the concerns about traffic." Those were the words of Peakstone\'s estates manager, Gareth Lomas, at a public exhibition.';
    assert.equal(speakerOf(text, 'We have heard').speaker?.name, 'Gareth Lomas');
  });

  it('reads a manner of speaking in the present as a cue ("A site engineer, who asked not to be named, is more specific: the teams hit “…”")', () => {
    const text = 'The consortium said in a statement that “unforeseen geological conditions” had slowed progress. A site engineer, who asked not to be named, is more specific: the teams hit “a pocket of clay and water that nobody had seen in the surveys”.';
    assert.equal(speakerOf(text, 'a pocket of clay').speaker?.name, 'A site engineer');
  });

  it('gives a person the capitalised office before "Hon." ("The Minister, Hon. Tebwaa Kaitu,"), so "the minister" is that person', () => {
    const text = 'The Minister, Hon. Tebwaa Kaitu, told the paper the delay was "regrettable". Asked about the payment, the minister said he was "not aware of any outstanding invoice".';
    assert.equal(speakerOf(text, 'not aware').speaker?.name, 'Tebwaa Kaitu');
  });

  it('reads "That was how Waco Mayor Linda Castellanos put it" as the attribution past a capitalised title, and gives a quotation running on into one so owned to that person', () => {
    const text = 'A county official said “it will happen,” the official said.\n\n“Water is the one thing we can’t import by truck.”\n\nThat was how Waco Mayor Linda Castellanos put it at the ceremony.';
    assert.equal(speakerOf(text, 'Water is the one').speaker?.name, 'Linda Castellanos');
    const runOn = 'Corinne Batliner welcomed the draft.\n\n“Our clients are not the problem.\n\n“The problem is the cost.”\n\nThat is how Lukas Hasler, CEO of Alpenrhein Privatbank, sums up the situation.';
    assert.equal(speakerOf(runOn, 'Our clients').speaker?.name, 'Lukas Hasler');
  });

  it('keeps a plural possessive in what an unnamed source is of ("A representative of the exporters\' group, who requested anonymity, told AIP")', () => {
    const text = 'A representative of the exporters\' group, who requested anonymity, told AIP that the delays were due to "the slowness of bank financing" at the start.';
    assert.equal(speakerOf(text, 'the slowness').speaker?.name, "A representative of the exporters' group");
  });

  it('reads the first name an unnamed source gave past a first verb joined by "and" ("Another father, who works in construction and gave only his first name, Petru, was more cautious")', () => {
    const text = 'Ghjulia Mondoloni had come to drop off her son. “I wanted him to have it,” she said.\n\nAnother father, who works in construction and gave only his first name, Petru, was more cautious. “We\'ll see in two years.”';
    assert.equal(speakerOf(text, 'We\'ll see').speaker?.name, 'Petru');
  });

  it('reads "The words are those of X" after a quotation standing alone as its attribution', () => {
    const text = 'A firefighter who asked not to be named said the crews were "exhausted". "The terrain is a wall," he said.\n\n"Nobody listens until it burns."\n\nThe words are those of Ghjiseppu Rocca, who chairs the residents\' association.';
    assert.equal(speakerOf(text, 'Nobody listens').speaker?.name, 'Ghjiseppu Rocca');
  });

  it('reads a subject cut at a comma inside a body\'s name as the whole name ("The Ministry of Transport, Energy, Communication and Innovation said")', () => {
    const text = 'In a statement on Monday, the Ministry of Transport, Energy, Communication and Innovation said the second engine was "found to be in good working order".';
    assert.equal(speakerOf(text, 'found to be').speaker?.name, 'Ministry of Transport, Energy, Communication and Innovation');
  });

  it('reads "who" after "an officer of the Carabinieri" as the officer, so the body is no person and the source keeps its clause', () => {
    const text = 'At the roadblock the atmosphere remained calm. “They are people we know,” said an officer of the Carabinieri who was directing traffic at the junction.';
    const { speaker, analysis } = speakerOf(text, 'They are people');
    assert.equal(speaker?.name, 'an officer of the Carabinieri who was directing traffic at the junction');
    assert.equal(analysis.entities.find((entity) => entity.name === 'Carabinieri')?.type, 'organization');
  });

  it('reads "the federal ministry" as the ministry the article named as "the federal Ministry of Finance", though it names another ministry too', () => {
    const text = 'The Kurdistan Regional Government and the federal Ministry of Finance in Baghdad trade accusations.\n\nOn Sunday, the KRG Ministry of Finance and Economy said it had "completed all technical procedures" on its side.\n\nThe federal ministry said the money would be released "without further delay."';
    assert.equal(speakerOf(text, 'without further delay').speaker?.name, 'Ministry of Finance');
  });

  it('reads "attacks the regional councillor Giovanni Muscolo" right after a quotation as its attribution, as translations write it', () => {
    const text = 'Harsh also the comment of the opposition. “The umpteenth failure of the commissarial management of health care,” attacks the regional councillor Giovanni Muscolo, who has announced an urgent question.';
    assert.equal(speakerOf(text, 'The umpteenth failure').speaker?.name, 'Giovanni Muscolo');
  });

  it('reads "The company" as the firm whose name and legal form close the sentence before, not the body named most', () => {
    const text = 'The Carabinieri acted at the request of the District Anti-Mafia Directorate (DDA). The DDA has led the inquiry for two years.\n\nThe cooperative supplied porters to several terminals, among them the one managed by Flegrea Terminal spa. The company, which is not under investigation, said in a note that it has “always cooperated with the judicial authorities”.';
    assert.equal(speakerOf(text, 'always cooperated').speaker?.name, 'Flegrea Terminal');
  });

  it('reads "whom the judge calls a “testa di legno”" as the judge naming the man, so the judge is the speaker', () => {
    const text = 'Yesterday the investigating judge Francesca Iaccarino signed the orders. The money passed through the cooperative Nuova Darsena, formally headed by Salvatore Guarino, 41, whom the judge calls a “testa di legno”, a straw man, of Lettieri.';
    assert.equal(speakerOf(text, 'testa di legno').speaker?.name, 'Francesca Iaccarino');
  });

  it('reads "the VOG chairman" as the man introduced as "Klaus Brunnbauer, Chairman of the VOG", a capitalised office of a body named with "the"', () => {
    const text = '"Our furnaces cannot be switched off," explains Klaus Brunnbauer, Chairman of the VOG and owner of tableware producer Schachtenglas.\n\nBrunnbauer was unconvinced. "Relief that arrives in a press release does not arrive in our gas bill," the VOG chairman commented.';
    assert.equal(speakerOf(text, 'Relief that arrives').speaker?.name, 'Klaus Brunnbauer');
  });

  it('reads "That was the assessment of VOG Managing Director Dr. Monika Eder" past the full stop of her title', () => {
    const text = '"If nothing changes, I would expect two members to close." That was the assessment of VOG Managing Director Dr. Monika Eder, who presented the paper in Regen.';
    assert.equal(speakerOf(text, 'If nothing changes').speaker?.name, 'Monika Eder');
  });

  it('reads "Deputy Hokim of Tashkent Akmal Tursunov" as a title and a name, since a hokim is a mayor', () => {
    const text = '"Two of the three stations are practically ready," Deputy Hokim of Tashkent Akmal Tursunov told journalists.';
    assert.equal(speakerOf(text, 'Two of the three').speaker?.name, 'Akmal Tursunov');
  });

  it('reads "Des Wharton" as a man, so "she says" after his naming is the woman the paragraph is about', () => {
    const text = 'The prize went to Iwona Sadowska for Low Water.\n\nThe chair of the panel, the curator Oluwaseun Adeyemi-Clarke, described the work as “a masterclass”. “It refuses every easy route,” she said in a statement.\n\nSadowska made the portraits on a 5x4 camera. She credits a chance meeting with a local fisherman, Des Wharton, for opening doors.\n\n“Des was the one who vouched for me,” she says.';
    assert.equal(speakerOf(text, 'Des was the one').speaker?.name, 'Iwona Sadowska');
  });

  it('reads "A spokesperson for Germany-based Aurelion Polymers" whole, the body after where it is based', () => {
    const text = 'A spokesperson for Germany-based Aurelion Polymers said the company was “doing everything possible to support customers” but could not accept new business.';
    const { speaker } = speakerOf(text, 'doing everything possible');
    assert.equal(speaker?.name, 'A spokesperson for Germany-based Aurelion Polymers');
  });

  it('reads "“…,” reads the note, signed by the medical director of the hospital, Rosanna Alvaro" as the signer\'s words', () => {
    const text = 'The decision was communicated with a note sent to the prefecture. “The measure is temporary and necessary,” reads the note, signed by the medical director of the hospital, Rosanna Alvaro.';
    assert.equal(speakerOf(text, 'The measure is temporary').speaker?.name, 'Rosanna Alvaro');
  });

  it('reads a writing "signed by a deputy district hokim" as that unnamed official\'s, and "a letter dated January 8 and signed by" its signer\'s', () => {
    const document = 'Gazeta.uz obtained a copy of an instruction sent last month. The document, signed by a deputy district hokim, asks managers to “ensure the participation of at least 20% of staff” and to report daily.';
    assert.equal(speakerOf(document, 'ensure the participation').speaker?.name, 'a deputy district hokim');
    const letter = 'HARARE – Zanu PF has suspended its chairman Edmore Chitsinde, ZimLive can reveal.\n\nThe suspension is contained in a letter dated January 8 and signed by the party’s provincial chairman, Cephas Mabvuure.\n\n“The council has resolved to suspend you,” reads the letter.';
    assert.equal(speakerOf(letter, 'The council has resolved').speaker?.name, 'Cephas Mabvuure');
  });

  it('reads ", which announced" after "passed to the Ministry of Education in Damascus" as the ministry speaking', () => {
    const text = 'Since then, responsibility has passed to the Ministry of Education in Damascus, which announced in October that it would “gradually integrate” teachers from the north.';
    assert.equal(speakerOf(text, 'gradually integrate').speaker?.name, 'Ministry of Education');
  });

  it('reads "The report, titled "Promises in Concrete", warned that" as the report speaking, past the quoted title', () => {
    const text = 'A report published last week by Fiscal Watch Kosovo, a Prishtina-based think tank, found that the municipality spent only 58 per cent.\n\nThe report, titled "Promises in Concrete", warned that planning "remains detached from the real capacity of the administration".';
    assert.equal(speakerOf(text, 'remains detached').speaker?.name, 'Fiscal Watch Kosovo');
  });

  it('reads "the CEO said" as the one person the article gave that office, written as its acronym', () => {
    const text = '"Our backlog has never been this deep," said Renata Oyelaran, President and CEO, Virelle Powder Coatings.\n\nAsked whether further expansion was planned, the CEO said Virelle has "already started scoping" a fourth line.';
    assert.equal(speakerOf(text, 'already started scoping').speaker?.name, 'Renata Oyelaran');
  });

  it('reads "the German carmaker said" as the body the article introduced so, a demonym before the noun saying where it is from', () => {
    const text = 'The German carmaker Volkswagen cut its forecast on Monday. Later, the German carmaker said it was "confident" about next year.';
    assert.equal(speakerOf(text, 'confident').speaker?.name, 'Volkswagen');
  });

  it('reads a few lower-case words in quotation marks before the noun they name a kind of ("a new "protected evenings" policy") as nobody\'s words, unless someone calls it that', () => {
    const named = 'Santangelo-Burke insisted that the firm takes wellbeing seriously, pointing to a new "protected evenings" policy introduced last year.';
    assert.equal(speakerOf(named, 'protected evenings').speaker, null);
    const called = 'Ms O’Driscoll said the union remained ready to talk, but only if ministers dropped what she called their “take it or leave it” approach.';
    assert.equal(speakerOf(called, 'take it or leave it').speaker?.name, 'O’Driscoll');
  });

  it('reads "what local media have dubbed the "fire mafia"" as a label nobody in the story says', () => {
    const text = 'The governor said he would ask the interior ministry for a task force against what local media have dubbed the "fire mafia", which allegedly profits from the blazes.';
    assert.equal(speakerOf(text, 'fire mafia').speaker, null);
  });

  it('reads a programme "called" something, what residents "have taken to calling them", and goods ", labelled as" something as labels nobody says', () => {
    const programme = 'In a response to Koha, the ministry said it was preparing a programme called “Kapitali në Shtëpi” (Capital at Home), which would offer co-financing.';
    assert.equal(speakerOf(programme, 'Kapitali').speaker, null);
    const nickname = 'Residents of several new complexes in the Nura district have taken to calling them "anthills," and the city has promised to act.';
    assert.equal(speakerOf(nickname, 'anthills').speaker, null);
    const label = 'Hoogendoorn says a trader in Belgium offered seed potatoes, labelled as "own stock", at a low price.';
    assert.equal(speakerOf(label, 'own stock').speaker, null);
    const judged = 'Robert Kilroy-Silk said he was ashamed to have joined the party, which he labelled as a "joke".';
    assert.equal(speakerOf(judged, 'joke').speaker?.name, 'Robert Kilroy-Silk');
  });

  it('reads "through a "reinsurance to close" transaction" as the name of a kind of deal, nobody\'s words', () => {
    const text = 'Ardvane Holdings agreed to transfer the syndicate\'s 2023 account to Stourhaven Legacy through a "reinsurance to close" transaction, subject to approval.';
    assert.equal(speakerOf(text, 'reinsurance to close').speaker, null);
  });

  it('reads "has previously spoken of the need for "financial discipline"" as the subject\'s words', () => {
    const text = 'Rovers chief executive Harriet Okafor-Blythe has previously spoken of the need for “financial discipline” at the club.';
    assert.equal(speakerOf(text, 'financial discipline').speaker?.name, 'Harriet Okafor-Blythe');
  });

  it('reads ""…" The words belong to Utepov, who said" as naming whose words they were', () => {
    const text = 'Azamat Utepov heads the delta programme. The ministry said it was investing upstream.\n\n"We are not promising to bring back the sea of the 1960s. That would be dishonest." The words belong to Utepov, who said the realistic goal was to stabilize the wetlands.';
    assert.equal(speakerOf(text, 'We are not promising').speaker?.name, 'Azamat Utepov');
  });

  it('reads "had agreed to "strengthen cooperation"" as what was agreed, so the body that reported it speaks, not "member countries"', () => {
    const text = 'The Aral Fund, which brings together the five Central Asian states, said in a communique last month that member countries had agreed to "strengthen cooperation on the rational use of transboundary water resources."';
    assert.equal(speakerOf(text, 'strengthen cooperation').speaker?.name, 'Aral Fund');
  });

  it('reads "what they call the "paper ceiling"" as a label, as "what critics call" is', () => {
    const text = 'Eighteen states have dropped the requirement since 2022, according to a tally by the National Governors Association, and advocates say it is the quickest way to break through what they call the “paper ceiling.”';
    assert.equal(speakerOf(text, 'paper ceiling').speaker, null);
  });

  it('reads "Mgr", the Maltese press\'s Monsignor, as a title, so "Mgr Raymond Caruana Pace" is Raymond Caruana Pace', () => {
    const text = 'Mgr Raymond Caruana Pace said Gozitans had been told for years that every new block was progress. "We were promised prosperity," he said.';
    assert.equal(speakerOf(text, 'We were promised').speaker?.name, 'Raymond Caruana Pace');
  });

  it('reads "That’s how X put it" after a quotation as "That is how X put it": X spoke the words before', () => {
    const text = 'Rodolfo Arcila said the protest was manipulated. “We listen,” Arcila said.\n\n“They’re asking for something that PDVSA simply can’t pay right now.” That’s how Rafael Quiñones, an oil economist at the Universidad Central de Venezuela, put it when I called him.';
    assert.equal(speakerOf(text, 'asking for something').speaker?.name, 'Rafael Quiñones');
  });

  it('reads "So said X" and "That was X, …" after a quotation as naming its speaker, not the last one quoted', () => {
    const said = 'Anja Reinholt, of the alliance, said the ban was expected. “We are not questioning the science,” she said.\n\n“We’ve been expecting this for two years.” So said Isla Garrow, founder of the Edinburgh-based brand Thistledown Skincare.';
    assert.equal(speakerOf(said, 'expecting this').speaker?.name, 'Isla Garrow');
    const was = 'A senior executive at a rival brand said it was risky. "Everybody already has a personal shopper," he said.\n\nSome of those shoppers were at the opening. "I have been buying their belts since my honeymoon." That was Naledi Dube, a property developer, who said she was pleased.';
    assert.equal(speakerOf(was, 'buying their belts').speaker?.name, 'Naledi Dube');
  });

  it('reads "the former chairman" as no one titled otherwise before, not the lawyer who spoke last', () => {
    const text = 'His lawyer, Camilla Ehrnberg, said it was a dispute. "This is not a crime," Ehrnberg said.\n\nIn a letter sent to members before he stepped down in 2022, the former chairman wrote that he had "always acted in the association\'s best interest".';
    assert.equal(speakerOf(text, 'always acted').speaker?.name, 'the former chairman');
  });

  it('reads "the supplier said" as taking up "A senior figure at one of the label’s fabric suppliers, who asked not to be named," of the sentence before', () => {
    const text = 'Rosalind Thackeray said the label had been hit by rising costs.\n\nA senior figure at one of the label’s fabric suppliers, who asked not to be named, said the company had been paying invoices late. “Everyone in the trade knew it was tight,” the supplier said.';
    assert.equal(speakerOf(text, 'Everyone in the trade').speaker?.name, 'A senior figure at one of the label’s fabric suppliers');
  });

  it('reads "Shipping analyst Hilde Fagerli at the Norwegian School of Economics (NHH) in Bergen calls" as the analyst speaking, not the school, and still reads the office of "Director of the Domestic Labor Department at PAM Dr Fahad Al-Murad"', () => {
    const analyst = 'The yard won the order in March.\n\nShipping analyst Hilde Fagerli at the Norwegian School of Economics (NHH) in Bergen calls the order "a sign of the times".';
    assert.equal(speakerOf(analyst, 'a sign of the times').speaker?.name, 'Hilde Fagerli');
    const director = 'Director of the Domestic Labor Department at PAM Dr Fahad Al-Murad told the Arab Times the campaign would continue "until the market is clean".';
    assert.equal(speakerOf(director, 'until the market').speaker?.name, 'Fahad Al-Murad');
  });

  it('reads "the Federal Ministry of Ports and Marine Transport in Mogadishu rejected the agreement, saying … that" as the ministry speaking, where it sits included', () => {
    const text = 'But the Federal Ministry of Ports and Marine Transport in Mogadishu rejected the agreement, saying in a statement on Tuesday that "no federal member state has the constitutional authority".';
    assert.equal(speakerOf(text, 'no federal member').speaker?.name, 'Federal Ministry of Ports and Marine Transport');
  });

  it('reads "In its last accounts, filed in January, the company reported a loss and warned of "…"" as the company warning, past where it said so', () => {
    const text = 'Penwarden Roofing Ltd went into administration on Monday. In its last accounts, filed in January, the company reported a pre-tax loss of £2.7m and warned of "material uncertainty" over its ability to continue.';
    assert.equal(speakerOf(text, 'material uncertainty').speaker?.name, 'Penwarden Roofing Ltd');
    // (With a comma before "and", the verb shares the subject of the clause before, past where it was said.)
    const comma = text.replace('a pre-tax loss of £2.7m and', 'a pre-tax loss of £2.7m, and');
    assert.equal(speakerOf(comma, 'material uncertainty').speaker?.name, 'Penwarden Roofing Ltd');
  });

  it('reads "The company’s head of fish health, Dr Morven Selkirk, said Ardmhor’s stocks … had suffered "…"" as Dr Selkirk speaking: a role and a name set off by commas are the subject before "said", not a parenthesis', () => {
    const text = 'Ardmhor is owned by Halsvik Seafood. The company’s head of fish health, Dr Morven Selkirk, said Ardmhor’s stocks of lumpfish, used as cleaner fish, had suffered "heavy losses" during July and August.';
    assert.equal(speakerOf(text, 'heavy losses').speaker?.name, 'Morven Selkirk');
  });

  it('reads a quotation after "the nickname" or "the moniker" as a label nobody says ("has earned him the nickname "the Librarian""), as one after "nicknamed" is', () => {
    const text = 'Adiwinata\'s coach, Agus Wirananda, said the teenager had studied footage of Sørvang, whose reading of the game has earned him the nickname "the Librarian" among players.';
    assert.equal(speakerOf(text, 'the Librarian').speaker, null);
  });

  it('reads quotations after "nicknamed the", after a group or a page "called", and after what people "refer to as" as labels nobody says', () => {
    assert.equal(speakerOf('Fintan Naughton said the town floods. The town has been nicknamed the "Venice of the midlands" by some locals.', 'Venice of').speaker, null);
    assert.equal(speakerOf('Mr Bell said the posts come from a WhatsApp group called “Callum 4 Prez (official)” with around 60 members.', 'Callum 4 Prez').speaker, null);
    assert.equal(speakerOf('The contractor said it had sought money to clear the bills, a practice contractors privately refer to as "facilitation".', 'facilitation').speaker, null);
  });

  it('reads a capitalised quotation right after a work\'s noun ("the 2024 study “Three Is a Crowd: …”") as its title, which nobody says', () => {
    const text = 'Cyfrowi Konsumenci warned of higher bills, pointing to the 2024 study “Three Is a Crowd: Mobile Prices After Consolidation”, which found prices rose.';
    assert.equal(speakerOf(text, 'Three Is a Crowd').speaker, null);
  });

  it('reads words quoted where "he" or "she", the person quoted just before, expects or thinks something as theirs ("He expected … to rise "modestly""), but not a noun phrase after its article', () => {
    const expected = 'Kenji Arakawa, a senior analyst, said the share would fall. "It will shrink quarter by quarter," Arakawa said. He expected retail shrimp prices to rise "modestly" in the first half of 2026.';
    assert.equal(speakerOf(expected, 'modestly').speaker?.name, 'Kenji Arakawa');
    const thinks = 'Phil Garside said riders were unhappy with the fee. "It costs too much," he said. He does, however, think merging the tests is “long overdue”.';
    assert.equal(speakerOf(thinks, 'long overdue').speaker?.name, 'Phil Garside');
    const article = 'Noor Haddad said the plan was modest. "We start small," she said. She wants the “disruption” of other founders kept out of her deck.';
    assert.equal(speakerOf(article, 'disruption').speaker, null);
  });

  it('does not give "the 56-year-old Serbian" to a person the article called by another nationality ("Raalhu\'s Ghanaian striker Ebenezer Ankrah-Tetteh")', () => {
    const text = 'Vukadin slams officials\n\nClub Raalhu head coach Branimir Vukadin has hit out at the match officials after a 1-1 draw.\n\nWith the clock showing 93 minutes, Raalhu\'s Ghanaian striker Ebenezer Ankrah-Tetteh rose to head in a corner, only for the flag to go up.\n\n"I have never seen something like this," the 56-year-old Serbian said at the press conference.';
    assert.equal(speakerOf(text, 'never seen').speaker?.name, 'Branimir Vukadin');
  });

  it('does not take the agency a dateline credits ("YEREVAN, MAY 16, ARMENPRESS.") for "the company"', () => {
    const text = 'Plant opens\n\nYEREVAN, MAY 16, ARMENPRESS. A plant opened on Thursday in Hrazdan, ARMENPRESS reports. The founder told ARMENPRESS the first contract was signed.\n\nThe Georgian partner, Tbilisi-based Kartli Grid Solutions, will install the units, ARMENPRESS learned.\n\n“Energy storage is the missing piece of the puzzle,” reads the statement issued by the company.';
    assert.equal(speakerOf(text, 'missing piece').speaker?.name, 'Kartli Grid Solutions');
  });

  it('reads a person\'s gender from the "She" or "He" opening the sentence after the one they open ("Robin Delacroix-Mahoney, who chairs the town board, … . She did not get one."), so a later "he" is someone else', () => {
    const text = '“We will not reopen the bridge until it is safe,” Kristoffer Amadi-Lindgren, the department’s region director, said on Tuesday.\n\nRobin Delacroix-Mahoney, who chairs the town board, stood beside him and pressed for a firm reopening date. She did not get one.\n\n“I understand how disruptive this is,” he added.';
    assert.equal(speakerOf(text, 'how disruptive').speaker?.name, 'Kristoffer Amadi-Lindgren');
  });

  it('reads "Patrice", a man\'s name in French and a woman\'s in English, as either, so "he" may take up "Lieutenant Patrice Lombo Tsheba"', () => {
    const text = 'Civil society president Richard Ngadjole said the army came late. "The population no longer knows who to turn to."\n\nThe spokesperson of the FARDC operations in Ituri, Lieutenant Patrice Lombo Tsheba, confirms the attack but rejects the accusation of delay.\n\n"Our units intervened as soon as the alert was received," he declared.';
    assert.equal(speakerOf(text, 'Our units').speaker?.name, 'Patrice Lombo Tsheba');
  });

  it('reads "for her part" or "in turn" after an apposition\'s closing comma as no clause of its own ("The administrator of Djugu territory, Colonel Adèle Nzale Bakonga, for her part condemned")', () => {
    const text = 'The administrator of Djugu territory, Colonel Adèle Nzale Bakonga, for her part condemned a "cowardly and barbaric" attack and announced a security meeting.';
    assert.equal(speakerOf(text, 'cowardly').speaker?.name, 'Adèle Nzale Bakonga');
  });

  it('gives a person the title set off before their name, not the subject after it ("signed by its spokesperson, Paulin Mbaya Tshiela, the provincial executive says"), so "the spokesperson" is them', () => {
    const text = 'In a press release signed by its spokesperson, Paulin Mbaya Tshiela, the provincial executive says it "has never filed a complaint".\n\n"The provincial government respects freedom of the press," the spokesperson later told ACTUALITE.CD by telephone.';
    assert.equal(speakerOf(text, 'respects freedom').speaker?.name, 'Paulin Mbaya Tshiela');
  });

  it('reads "These words are from X" after a quotation as its attribution, as "The words came from X" is', () => {
    const text = 'The group recorded fourteen cases.\n\n"We will file a complaint for arbitrary detention." These words are from Me Jean-Claude Kazadi Mulumba, the journalist\'s lawyer, who says he was refused access.';
    assert.equal(speakerOf(text, 'We will file').speaker?.name, 'Jean-Claude Kazadi Mulumba');
  });

  it('gives a person the office of something that opens the sentence bare before their name ("NNA - Caretaker Minister of Energy and Water, Dr. Ramzi Khattar,"), so "the Minister" is them', () => {
    const text = 'NNA - Caretaker Minister of Energy and Water, Dr. Ramzi Khattar, launched on Monday a new rationing plan, in the presence of EDL Director General Sami Farhat.\n\nThe Minister continued:\n\n"First, supply will be raised gradually."';
    assert.equal(speakerOf(text, 'First, supply').speaker?.name, 'Ramzi Khattar');
  });

  it('reads "considered it" before a quotation as its subject\'s judgement ("MP Joseph Maalouf, considered it "a positive step…""), but not a passive "considered"', () => {
    const text = 'Commenting on the plan, Head of the Parliamentary Energy and Water Committee, MP Joseph Maalouf, considered it "a positive step that remains insufficient".';
    assert.equal(speakerOf(text, 'a positive step').speaker?.name, 'Joseph Maalouf');
    assert.equal(speakerOf('Microsoft issued seven patches. The number of holes considered "critical" rose to four.', 'critical').speaker, null);
  });

  it('reads "This is the analysis of X" after a quotation as its attribution', () => {
    const text = 'The deal was signed in April.\n\n“It is a classic scheme: an emergency is invoked to get around the call for tenders.” This is the analysis of Professor Alphonse Mbikayi Tshilenge, economist at the University of Kinshasa.';
    assert.equal(speakerOf(text, 'classic scheme').speaker?.name, 'Alphonse Mbikayi Tshilenge');
  });

  it('takes up the unnamed source quoted just before with "the same source", whatever its noun', () => {
    const text = 'A senior executive of the company, who requested anonymity, confides that SNEL “was presented with a fait accompli”.\n\n“We do not even have the transmission capacity,” the same source continues.';
    assert.equal(speakerOf(text, 'transmission capacity').speaker?.name, 'A senior executive of the company');
  });

  it('reads "expresses" as a verb of stance: "the Authority expresses serious reservations:" introduces its words, but "the court expressed "no view"" inside what someone wrote is theirs', () => {
    const text = 'In a letter addressed to the minister, which Le Potentiel was able to consult, the Electricity Regulatory Authority (ARE) expresses serious reservations:\n\n“The Authority was not consulted at any stage of the negotiations.”';
    assert.equal(speakerOf(text, 'was not consulted').speaker?.name, 'Electricity Regulatory Authority');
    const wrote = 'Justice Margarethe Holloway-Crane wrote that the court expressed “no view” on whether a state could impose a larger buffer.';
    assert.equal(speakerOf(wrote, 'no view').speaker?.name, 'Margarethe Holloway-Crane');
  });

  it('reads "the elected official" as someone named, as "the official" is: the person quoted just before', () => {
    const text = 'The motion, tabled by provincial MP Hervé Kinzonzi Mavinga, accuses the governor of bad governance.\n\n"The governor has managed this province like a private shop," the initiator of the motion told 7SUR7.CD after the vote.\n\nThe elected official also accuses the governor of having awarded the market to a company "close to his family".';
    assert.equal(speakerOf(text, 'close to his family').speaker?.name, 'Hervé Kinzonzi Mavinga');
  });

  it('reads a ministry "of the" first portfolio and a list of others as one name ("the Ministry of the Interior, Security and Customary Affairs said")', () => {
    const text = 'In Kinshasa, the Ministry of the Interior, Security and Customary Affairs said in a statement that it had "received the resolution" of the provincial assembly.';
    assert.equal(speakerOf(text, 'received the resolution').speaker?.name, 'Ministry of the Interior, Security and Customary Affairs');
  });

  it('gives "the resolution of the assembly" to the assembly, as "the report of" is given to its author', () => {
    const text = 'The Provincial Assembly of Kwilu voted on Monday. The resolution of the assembly, a copy of which 7SUR7.CD obtained, states that the governor "failed in his obligation to render accounts".';
    assert.equal(speakerOf(text, 'failed in his obligation').speaker?.name, 'Provincial Assembly of Kwilu');
  });

  it('reads a body named by the whole of an apposition, with its abbreviation\'s stop and where it is from, as the speaker ("One of them, Andean-Pacific Satellite Co. of Lima, Peru, said")', () => {
    const text = 'Several operators will file comments. One of them, Andean-Pacific Satellite Co. of Lima, Peru, said it had "observed comparable anomalies".';
    assert.equal(speakerOf(text, 'comparable anomalies').speaker?.name, 'Andean-Pacific Satellite Co');
  });

  it('reads "The remark, by X" after a quotation as its attribution', () => {
    const text = 'The case is watched by other operators.\n\n"Everybody in this industry says they want coexistence." The remark, by Meridia Chief Executive Olivier Strasser at the Orbital Economy Forum in Paris on March 4, drew laughter.';
    assert.equal(speakerOf(text, 'Everybody in this industry').speaker?.name, 'Olivier Strasser');
  });

  it('keeps the comma between a body and a place "-based" body after it ("In a filing with the FCC, Luxembourg-based Meridia said"), joining only a town to its state ("the Austin, Texas-based company")', () => {
    const text = 'Operator Meridia Satellite has asked regulators to act. In a filing with the FCC, Luxembourg-based Meridia said the change "would exceed the limits."';
    assert.equal(speakerOf(text, 'would exceed').speaker?.name, 'Meridia Satellite');
  });

  it('gives the words after "The board issued the following statement at 11am:" to whoever issued it', () => {
    const text = 'The Nordsee Philharmonie sacked its conductor on Monday.\n\nThe board issued the following statement at 11am:\n\n"The Board has today terminated the contract of its Chief Conductor."';
    assert.equal(speakerOf(text, 'terminated the contract').speaker?.name, 'The board');
  });

  it('gives "its chief executive" to the one person the article calls chief executive, named before or after, but not after someone indefinite whose "its" it is', () => {
    const text = 'Polaris Cell has delayed the plant, blaming what its chief executive called “a market that has changed underneath our feet”.\n\n“We are re-sequencing,” chief executive Tomáš Hrubý told Batteries International.';
    assert.equal(speakerOf(text, 'changed underneath').speaker?.name, 'Tomáš Hrubý');
    const indefinite = 'Managing director Graham Stott told staff it was "the hardest day".\n\nOne insulation subcontractor, which asked not to be named, said it was owed £210,000.\n\n"We\'ll be lucky to see pennies in the pound," its managing director said.';
    assert.equal(speakerOf(indefinite, 'pennies in the pound').speaker?.name, 'One insulation subcontractor');
  });

  it('gives words after "a message from Clearvoice warning that" to the message\'s sender, as after "saying"', () => {
    const text = 'One interpreter, who asked not to be named, showed the Bulletin a message from Clearvoice warning that declining more than three assignments a month “may affect future allocation”.';
    assert.equal(speakerOf(text, 'future allocation').speaker?.name, 'Clearvoice');
  });

  it('takes up an unnamed person opening the sentence before with "she", even when that sentence quotes someone else', () => {
    const text = 'Marta Kowalczyk, who chairs the alliance, said the fees were unfair. "We will not back down," she said.\n\nOne interpreter, who asked not to be named because she feared being dropped, showed the Bulletin a message from Clearvoice warning that refusals “may affect future allocation”.\n\n“It felt like a threat, frankly,” she said.';
    assert.equal(speakerOf(text, 'like a threat').speaker?.name, 'One interpreter');
  });

  it('gives words "according to a summary … prepared by" a body to that body, not to the outlet it was shared with', () => {
    const text = 'According to a summary of the pilot prepared by the Certification Committee and shared with The ATA Chronicle, candidates passed at "broadly comparable rates."';
    assert.equal(speakerOf(text, 'broadly comparable').speaker?.name, 'Certification Committee');
  });

  it('reads "So says X" after a quotation as its attribution, as "So said X" is', () => {
    const text = '"The exam has always tested judgment," he said.\n\n"I\'m glad they\'re finally acknowledging what most of us already do." So says Anneliese Varga, a freelance medical translator in Raleigh.';
    assert.equal(speakerOf(text, 'finally acknowledging').speaker?.name, 'Anneliese Varga');
  });

  it('reads a title-cased quotation after a work\'s noun and its comma ("a candidate guide, "Post-Editing Passage: Guidelines for Candidates,"") as its title, but not words after "a documentary,"', () => {
    const text = 'Program Manager Denise Harlow said staff would publish a candidate guide, "Post-Editing Passage: Guidelines for Candidates," along with practice tests.';
    assert.equal(speakerOf(text, 'Guidelines for Candidates').speaker, null);
    const words = 'Speaking in a radio documentary, Denise Harlow was blunt. In the documentary, "I was scared every single day," she said.';
    assert.equal(speakerOf(words, 'I was scared').speaker?.name, 'Denise Harlow');
  });

  it('gives words to the group an apposition says the subject is now part of ("The system\'s original supplier, now part of Germany-based Fördertechnik Hessler Group, said")', () => {
    const text = 'Mette Kjærgaard apologised to passengers. The system\'s original supplier, now part of Germany-based Fördertechnik Hessler Group, said in a post on its website that its engineers had been on site "within three hours".';
    assert.equal(speakerOf(text, 'within three hours').speaker?.name, 'Fördertechnik Hessler Group');
  });

  it('reads "That was the experience of X" opening the paragraph after a quotation as its attribution', () => {
    const text = 'Mette Kjærgaard apologised for the failure.\n\n"We stood in a queue for three hours, and then we flew to Málaga with nothing."\n\nThat was the experience of Sofie Brandt, a teacher from Vejle who was travelling with her husband.';
    assert.equal(speakerOf(text, 'stood in a queue').speaker?.name, 'Sofie Brandt');
  });

  it('gives a participle after a clause of time to that clause\'s named subject ("… hit another wall after Prime Minister-designate Samir Daouk left Baabda Palace …, telling reporters")', () => {
    const text = 'BEIRUT — Efforts to form a new government hit another wall on Tuesday after Prime Minister-designate Samir Daouk left Baabda Palace without presenting a draft lineup, telling reporters that talks had “gone back to square one” over the ministry.';
    assert.equal(speakerOf(text, 'square one').speaker?.name, 'Samir Daouk');
  });

  it('reads the region of a country after a town ("in Avilés, northern Spain, describing") as no clause, so the participle has the sentence\'s subject', () => {
    const text = 'Spanish developer Cantábrica Hidrógeno has officially opened its 50MW electrolyser plant in Avilés, northern Spain, describing the facility as the "first real test" of green hydrogen.';
    assert.equal(speakerOf(text, 'first real test').speaker?.name, 'Cantábrica Hidrógeno');
  });

  it('reads "Those words came from X" opening the paragraph after a quotation as its attribution', () => {
    const text = 'Solís told H2 View the price was competitive.\n\n"For a region that lost thousands of mining jobs, this matters."\n\nThose words came from Ana Belén Quirós, the plant\'s operations manager, who grew up in nearby Langreo.';
    assert.equal(speakerOf(text, 'For a region').speaker?.name, 'Ana Belén Quirós');
  });

  it('takes up a source introduced as rejecting or dismissing a claim with "the spokesperson", as one who "disputed" it', () => {
    const text = 'Teague questioned the scoring.\n\nA lottery spokesperson rejected that claim. “The criteria were published in the RFP,” the spokesperson said.';
    assert.equal(speakerOf(text, 'criteria were published').speaker?.name, 'A lottery spokesperson');
  });

  it('gives a quotation standing alone after "…, the 27-year-old laughed." to the one person the article gave that age', () => {
    const text = 'Lara Azzi, a 27-year-old architect, won the vote. "It was close," she said.\n\nAnother user wrote: "She is too young."\n\nAsked what she would say to those who doubted her, the 27-year-old laughed.\n\n"Come to the first council meeting. That\'s my answer."';
    assert.equal(speakerOf(text, 'first council meeting').speaker?.name, 'Lara Azzi');
  });

  it('gives words a letter "signed by 41 of the orchestra\'s 68 musicians" holds to its signers, when the phrase runs on past the writing\'s noun', () => {
    const text = 'Slippedisc understands the review was triggered by a letter signed by 41 of the orchestra\'s 68 musicians, which accused the conductor of "humiliating" players.';
    assert.equal(speakerOf(text, 'humiliating').speaker?.name, "41 of the orchestra's 68 musicians");
  });

  it('gives "the UN mission" to the body opening the sentence before ("MONUSCO also reacted. In a statement …, the UN mission said"), the name only qualifying the noun', () => {
    const text = '"The State will not abandon these populations," she said.\n\nMONUSCO also reacted. In a statement released on Monday afternoon, the UN mission said it "strongly condemns" the attack.';
    assert.equal(speakerOf(text, 'strongly condemns').speaker?.name, 'MONUSCO');
  });

  it('gives words after "A trader in the commune of Nzinda, who preferred to remain anonymous, sees things differently:" to that trader', () => {
    const text = 'In the streets of Kikwit, reactions are divided.\n\nA trader in the commune of Nzinda, who preferred to remain anonymous, sees things differently: "These MPs are only fighting for their own interests."';
    assert.equal(speakerOf(text, 'only fighting').speaker?.name, 'A trader in the commune of Nzinda');
  });

  it('reads "bloc" or "coalition" after an unknown name as marking a body ("The Sovereign Lebanon bloc, …, criticized what it called"), so "it" is that bloc', () => {
    const text = 'Daouk wants the Finance Ministry for his camp. The Sovereign Lebanon bloc, which holds 19 seats, criticized what it called the “quota mentality” of the other parties.';
    assert.equal(speakerOf(text, 'quota mentality').speaker?.name, 'Sovereign Lebanon');
  });

  it('gives words inside a claim that opens its sentence ("Her suggestion that it had been "…" is supported by", "Raghavan\'s claim that the site was "…"") to whose claim it is', () => {
    const text = 'Meena Raghavan examined the brooch at the museum. “I suspect it was already old,” she said.\n\nHer suggestion that it had been “worn for a generation or more” is supported by the loop.\n\nRaghavan’s claim that the site was “a royal burial” drew criticism from Tom Hale.';
    assert.equal(speakerOf(text, 'worn for a generation').speaker?.name, 'Meena Raghavan');
    assert.equal(speakerOf(text, 'a royal burial').speaker?.name, 'Meena Raghavan');
  });

  it('gives words a report "titled "…,"" reports to the body that said the findings in the sentence before, past the title and the report\'s length ("The 41-page report, titled "…," said")', () => {
    const text = 'The Department of Homeland Security’s Office of Inspector General said the Caprock Processing Center was holding 1,140 people during the inspection.\n\nThe 41-page report, titled “Unannounced Inspection of the Caprock Processing Center,” said inspectors found expired milk with “visible mold and a strong odor” in a cooler.';
    assert.equal(speakerOf(text, 'visible mold').speaker?.name, 'Office of Inspector General');
    assert.equal(speakerOf(text, 'Unannounced Inspection').speaker, null);
  });

  it('does not give "the report" to a body a spokesman spoke for in the sentence before ("a spokesman for the World Summit on the Information Society said")', () => {
    const text = 'But a spokesman for the World Summit on the Information Society said the digital divide remained very real.\n\n"Developing countries are catching up with the rich world," the report said.';
    assert.notEqual(speakerOf(text, 'catching up').speaker?.name, 'World Summit on the Information Society');
  });

  it('gives words a letter says to the body that "asked" or "advised" in it ("In a letter to the ministry published on Tuesday, the association asked")', () => {
    const text = 'The Association of Belarusian Freight Carriers estimates that each day of waiting costs 250 euros. In a letter to the Ministry of Transport published on Tuesday, the association asked the government to act.\n\n“Drivers are spending up to a week in conditions that do not meet any standards,” the letter says.';
    assert.equal(speakerOf(text, 'Drivers are spending').speaker?.name, 'Association of Belarusian Freight Carriers');
  });

  it('gives words a letter says to the person "he" stands for when he opens the sentence after the letter ("In a letter read aloud by his lawyer, he called")', () => {
    const text = 'Congress voted to impeach Attorney General Juan Benavides on Thursday.\n\nBenavides, who took office in 2023, has denied any wrongdoing. In a letter read aloud in the chamber by his lawyer, he called the proceedings a lynching.\n\n“I have never ordered the interception of any member of this Congress,” the letter said.';
    assert.equal(speakerOf(text, 'I have never ordered').speaker?.name, 'Juan Benavides');
  });

  it('gives ""…," the statement said" after "announced by spokesman Yaya Diakité in a statement read on state broadcaster ORTM" to the spokesman, not the broadcaster, and the "it added" right after to the same', () => {
    const text = 'Mali\'s junta has postponed the election.\n\nThe decision was announced late Monday by government spokesman Colonel Yaya Diakité in a statement read on state broadcaster ORTM. The vote was put off “for technical reasons,” the statement said.\n\n“The new dates will be communicated after consultation,” it added.';
    assert.equal(speakerOf(text, 'for technical reasons').speaker?.name, 'Yaya Diakité');
    assert.equal(speakerOf(text, 'The new dates').speaker?.name, 'Yaya Diakité');
  });

  it('reads the comma of an AP state abbreviation after a town as no clause of its own ("Marguerite Stallworth, a dealer in Reno, Nev., cautioned")', () => {
    const text = 'Not every dealer is enthusiastic. Marguerite Stallworth, a dealer in Reno, Nev., cautioned buyers against "paying today\'s prices for tomorrow\'s common error."';
    assert.equal(speakerOf(text, 'paying today').speaker?.name, 'Marguerite Stallworth');
  });

  it('reads a nickname for a person ("a retired officer whom students call "the Colonel"") and a kind of lecture ("a compulsory "patriotic education" lecture") as nobody\'s words, but not what someone called a person', () => {
    const text = 'Yana Shulhach was expelled. According to her, a classmate posted a photo from a compulsory "patriotic education" lecture, and she replied with a joke about the lecturer, a retired officer whom students call "the Colonel".\n\nTurning to Valderrama-Kohl, whom he called "one of the finest directors working today," Marchetti said no more.';
    assert.equal(speakerOf(text, 'patriotic education').speaker, null);
    assert.equal(speakerOf(text, 'the Colonel').speaker, null);
    assert.notEqual(speakerOf(text, 'finest directors').speaker, null);
  });

  it('gives ""…," the student\'s mother said" to the mother the article named as "Shulhach\'s mother, Natallia Shulhach"', () => {
    const text = 'Yana Shulhach was expelled. Shulhach\'s mother, Natallia Shulhach, said the family had been asked to sign.\n\n"I don\'t know where we will get that money," the student\'s mother said.';
    assert.equal(speakerOf(text, 'that money').speaker?.name, 'Natallia Shulhach');
  });

  it('gives ""…," she said" to the unnamed source the sentence before opened with, though a name describes whose they are ("A classmate of Yana\'s, who asked not to be named, said")', () => {
    const text = 'Yana Shulhach was expelled. "I wrote two sentences," Shulhach said.\n\nA classmate of Yana\'s, who asked not to be named, said the group chat had been deleted the day after the meeting.\n\n"Everyone is afraid now," she said.';
    assert.equal(speakerOf(text, 'Everyone is afraid').speaker?.name, "A classmate of Yana's");
  });

  it('gives words a note says to the body on whose website it was published ("a short note on the website of the Investigative Committee. The note … accused")', () => {
    const text = 'She said the family had learned of the charges only from a short note on the website of the Investigative Committee. The note, published in March, accused a "resident of Hrodna, born in 1983" of "systematically transmitting photo and video materials".';
    assert.equal(speakerOf(text, 'systematically transmitting').speaker?.name, 'Investigative Committee');
  });

  it('gives ""…," the lawyer said" after "His lawyer, whose name Belsat is not disclosing, argued" to the unnamed lawyer, not to whose lawyer he is', () => {
    const text = 'Dzianis Hrakhouski was jailed for four years. His lawyer, whose name Belsat is not disclosing for his safety, argued that the pictures had been taken before.\n\n"Taking pictures of a public street is not a crime," the lawyer said.';
    assert.equal(speakerOf(text, 'Taking pictures').speaker?.name, 'the lawyer');
  });

  it('gives a quotation to whom the sentence after it names ("These were the first words of Moussa Hamani"), not to who spoke before', () => {
    const text = '"We prayed for him," said his elder brother, Abdou Hamani.\n\n"I thank God and everyone who prayed for me." These were the first words of Moussa Hamani, seen briefly on the evening news.';
    assert.equal(speakerOf(text, 'I thank God').speaker?.name, 'Moussa Hamani');
  });

  it('gives ""…," he said" to the unnamed source at somewhere unnamed that opened the sentence before ("A fellow trainer at the track, who did not want to be named, was less sympathetic")', () => {
    const text = 'Keith Lomas, who trains at Ravensmoor himself, said members had been advised "to wear gloves and pray".\n\nA fellow trainer at the track, who did not want to be named, was less sympathetic. "Everyone here likes Dale, but that kennel had been a shambles," he said.';
    assert.equal(speakerOf(text, 'Everyone here likes').speaker?.name, 'A fellow trainer at the track');
  });

  it('gives ""…," the doctor added" to the one person titled Dr. who spoke last, unless another doctor was introduced since ("A doctor at the hospital who did not want to be named said")', () => {
    const text = '"We keep the fuel for the maternity ward," said Dr. Fatoumata Traoré, the centre\'s chief medical officer.\n\nAccording to her, two patients had to be evacuated. "The families paid for the fuel themselves," the doctor added.\n\nA doctor at the hospital who did not want to be named said the staff were exhausted. "Some of us have worked 36 hours," the doctor said.';
    assert.equal(speakerOf(text, 'The families paid').speaker?.name, 'Fatoumata Traoré');
    assert.notEqual(speakerOf(text, 'Some of us').speaker?.name, 'Fatoumata Traoré');
  });

  it('does not take a title ending in "News" for "the firm" ("Numismatic News first reported complaints … At the time, the firm said")', () => {
    const text = 'Harborline Rare Coins filed for bankruptcy on Monday.\n\nNumismatic News first reported complaints about late payments from Harborline in April. At the time, the firm said in an emailed statement that the delays were "the result of a software transition."';
    assert.notEqual(speakerOf(text, 'software transition').speaker?.name, 'Numismatic News');
  });

  it('reads "recommended" and "rejoiced" as verbs of speech ("The National Civil Defense Institute recommended that the population … "not wait for the siren to act."")', () => {
    const text = 'The National Civil Defense Institute (Indeci) recommended that the population identify safe zones in advance and "not wait for the siren to act."\n\n“Today, the dream is becoming reality,” rejoiced Mrs. Rasmata Compaoré, president of the special delegation.';
    assert.equal(speakerOf(text, 'not wait for the siren').speaker?.name, 'National Civil Defense Institute');
    assert.equal(speakerOf(text, 'the dream is becoming').speaker?.name, 'Rasmata Compaoré');
  });

  it('gives words after a sentence-opening "In her view," or "In his opinion," to whom the possessive stands for, but not after "in her view" inside a clause', () => {
    const text = 'Daniela Cordero, a criminologist, said the riots follow a pattern.\n\n“The State has lost control,” Cordero said. In her view, the prison policy remains “reactive.”\n\nJuan Perez, a guard, agreed. In his opinion, the system is "broken".';
    assert.equal(speakerOf(text, 'reactive').speaker?.name, 'Daniela Cordero');
    assert.equal(speakerOf(text, 'broken').speaker?.name, 'Juan Perez');
    const aside = 'Daniela Cordero spoke first. Another student, who did not want to be named because, in her view, "half my flat is on the committee", said the row had taken over.';
    assert.notEqual(speakerOf(aside, 'half my flat').speaker?.name, 'Daniela Cordero');
  });

  it('gives "the company" to a firm the sentence before described by its calling ("ReefSpring Systems, a Tampa-based supplier"), not to the body the article is about', () => {
    const text = 'Tarpon Key Aquarium has spawned pillar coral in a lab, a first for the species. The aquarium said the work "could help restore the reef."\n\nThe lighting system was developed with ReefSpring Systems, a Tampa-based supplier. In a news release, the company called the result "proof that lab-controlled spawning can scale."';
    assert.equal(speakerOf(text, 'proof that lab-controlled').speaker?.name, 'ReefSpring Systems');
  });

  it('reads "who preferred not to give his name" as why a source goes unnamed, so "he said" after it is that source ("One regular, who preferred not to give his name, was blunter")', () => {
    const text = 'Marta Ruiz runs the bar. "We open at six," Ruiz said.\n\nOne regular, who preferred not to give his name, was blunter. "The beer is too expensive," he said.';
    assert.equal(speakerOf(text, 'The beer is too expensive').speaker?.name, 'One regular');
  });

  it('keeps a sentence-opening word in a body\'s name when a description calls the name a body ("Hop Growers of America, the industry\'s national trade association", "Bridges for Accountability, a Manila-based group")', () => {
    const trade = 'Hop Growers of America, the industry’s national trade association, said in a statement that growers had removed “significant acreage” this year.';
    assert.equal(speakerOf(trade, 'significant acreage').speaker?.name, 'Hop Growers of America');
    const watchdog = 'Bridges for Accountability, a Manila-based group that monitors development bank lending, said the case showed “why complaints data must be public,” noting that villagers had complained months before.';
    assert.equal(speakerOf(watchdog, 'why complaints data').speaker?.name, 'Bridges for Accountability');
    const rival = 'Rival Tesla, the carmaker, said the plan was “a mistake.”';
    assert.equal(speakerOf(rival, 'a mistake').speaker?.name, 'Tesla');
  });

  it('gives "and warned that" after "said in a statement that …" to the body that said it, not to the subject of the reported clause', () => {
    const text = 'The Dutch Glasshouse Growers\' Association said in a statement that members had reduced heated acreage by 8% this winter and warned that "structural" energy costs were pushing nurseries out.';
    assert.equal(speakerOf(text, 'structural').speaker?.name, 'Dutch Glasshouse Growers\' Association');
  });

  it('reads a few words a description after them calls a kind of thing as its name, not anyone\'s words ("to "koop op afstand", the auction\'s remote purchasing system,")', () => {
    const text = 'A buyer said several competitors had switched their buying to "koop op afstand", the auction\'s remote purchasing system, to avoid bidding wars. Others chose "klok op afstand," the new bidding system.';
    assert.equal(speakerOf(text, 'koop op afstand').speaker, null);
    assert.equal(speakerOf(text, 'klok op afstand').speaker, null);
    const words = 'A buyer said the price was "a disaster", the worst in years.';
    assert.equal(speakerOf(words, 'a disaster').speaker?.name, 'A buyer');
  });

  it('gives a "which" clause after "according to" a long body\'s name with its acronym in brackets to the whole body ("according to the National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR), which describes")', () => {
    const text = 'More than 12,000 people have crossed into Chad since May 3, according to the National Commission for the Reception and Reintegration of Refugees and Returnees (CNARR), which describes a situation “at breaking point”.';
    assert.equal(speakerOf(text, 'at breaking point').speaker?.name, 'National Commission for the Reception and Reintegration of Refugees and Returnees');
  });

  it('gives a quotation that runs on over three paragraphs to the attribution that ends its last ("“They came at dawn …¶“On the road …¶“… not even a blanket,” she told Alwihda Info")', () => {
    const text = 'More than 12,000 people have crossed, according to the National Refugee Commission, which describes a situation “at breaking point”.\n\nKhadija Idris, 41, arrived on Sunday with her six children after twelve days on the road. Her husband stayed behind.\n\n“They came at dawn on motorbikes and in cars. We never saw him again.\n\n“On the road we ate leaves. My youngest has been ill for three days.\n\n“Here at least nobody shoots at us,” she told Alwihda Info.';
    assert.equal(speakerOf(text, 'They came at dawn').speaker?.name, 'Khadija Idris');
    assert.equal(speakerOf(text, 'On the road').speaker?.name, 'Khadija Idris');
  });

  it('reads "prefect" as a title, so "the prefect said" is the prefect named before ("The prefect of the Kobé department, Abdallah Tahir Annour,")', () => {
    const text = 'The local authorities are worried. The prefect of the Kobé department, Abdallah Tahir Annour, has announced more patrols.\n\n“We welcome our Sudanese brothers, it is our duty,” the prefect said on Tuesday.';
    assert.equal(speakerOf(text, 'We welcome our Sudanese').speaker?.name, 'Abdallah Tahir Annour');
  });

  it('gives a quotation ending its paragraph to whom the next paragraph says the words belong ("…”¶These words are those of Mariam Haroun Baba")', () => {
    const text = 'The host population shares what little it has. “We share what we have, but our own granaries are empty.”\n\nThese words are those of Mariam Haroun Baba, a mother of five who lives in Tiné. “If nothing is done, we will need help,” she added.';
    assert.equal(speakerOf(text, 'We share what we have').speaker?.name, 'Mariam Haroun Baba');
  });

  it('reads a source noun that qualifies a possessive as part of the owner, not the source ("the United Nations resident coordinator’s office in Chad called for")', () => {
    const text = 'In a post on X on Tuesday, the United Nations resident coordinator’s office in Chad called for “urgent and flexible funding” for eastern Chad.';
    assert.equal(speakerOf(text, 'urgent and flexible').speaker?.name, 'the United Nations resident coordinator’s office in Chad');
  });

  it('gives words of "one of the no votes, a second-year patroller" to the voter the apposition describes, not to the vote', () => {
    const text = 'Not everyone on the patrol voted yes. One of the six no votes, a second-year patroller who asked that his name not be used, said the deal amounted to “a promise to think about it.”';
    assert.match(speakerOf(text, 'a promise to think').speaker?.name ?? '', /^a second-year patroller/);
  });

  it('reads "Name, sales director at Firm, said a bigger customer was good" as the named person\'s speech, not an inverted "said a bigger customer"', () => {
    const text = 'Joanne Pickersgill, sales director at Moorside Nurseries, said a bigger customer was good for growers, with one caveat.\n\n“As long as payment terms don’t get stretched, we’re happy,” she said.';
    assert.equal(speakerOf(text, 'payment terms').speaker?.name, 'Joanne Pickersgill');
  });

  it('reads "considered the comparison “unfair”" as a judgement its subject voices', () => {
    const text = 'The general manager of Agrotrack, Diego Murguía, considered the comparison “unfair”, because “the Paraguayan tags do not have the same reading range.”';
    assert.equal(speakerOf(text, 'unfair').speaker?.name, 'Diego Murguía');
    assert.equal(speakerOf(text, 'Paraguayan tags').speaker?.name, 'Diego Murguía');
  });

  it('gives "the officer said" to the person named in apposition to a role after a phrase setting the scene ("In Bouar, the commander of the detachment of the Armed Forces (FACA), Captain Rodrigue Zoumaldé, said")', () => {
    const text = 'The sub-prefect of Bocaranga, Jean-Crépin Ngaïkoumon, spoke. "It is bad," Ngaïkoumon said.\n\nIn Bouar, the commander of the detachment of the Central African Armed Forces (FACA), Captain Rodrigue Zoumaldé, said his men were ready. "We are waiting for orders from the general staff," the officer said.';
    assert.equal(speakerOf(text, 'waiting for orders').speaker?.name, 'Rodrigue Zoumaldé');
  });

  it('joins "for a" inside a body named for its aim ("the Collective for a United Chad (CTU)"), and reads a sentence holding only a work\'s title in quotation marks as quoting no one ("published a report titled "…". The organisation recommends")', () => {
    const text = 'The Collective for a United Chad (CTU), a platform of eleven opposition parties, is calling for a No vote. In a letter to the media authority, the platform asked for "equal airtime" on radio.\n\nThe Chadian League for Human Rights (LTDH), for its part, published on Tuesday a report titled "Referendum: Conditions for a Credible Vote". The organisation recommends the publication of results "polling station by polling station".';
    assert.equal(speakerOf(text, 'equal airtime').speaker?.name, 'Collective for a United Chad');
    assert.equal(speakerOf(text, 'polling station by').speaker?.name, 'Chadian League for Human Rights');
  });

  it('gives "the letter said" to whoever a sentence opening "In a letter …," had speak just before, also when a description names them ("In a letter sent on Monday to the High Authority for Media (HAMA), the platform asked")', () => {
    const text = 'On the other side, the Collective for a United Chad (CTU), a platform of eleven opposition parties, is calling for a No vote. "This text is a trap," its spokesperson, Djimasngar Rimadjita, said on Wednesday at a press conference in the Chagoua district.\n\n"Behind the beautiful word of decentralisation, the governors appointed by N\'Djamena keep the last word on every budget. Read article 87: the council proposes, the governor disposes."\n\nThe CTU also denounces the short duration of the campaign and unequal access to the public media. In a letter sent on Monday to the High Authority for Media and Audiovisual (HAMA), the platform asked for "equal airtime" on Télé Tchad and national radio. "The opposition cannot explain a text of twelve articles to eight million voters in 27 days with two minutes of television per week," the letter said.';
    assert.equal(speakerOf(text, 'The opposition cannot explain').speaker?.name, 'Collective for a United Chad');
  });

  it('does not let an unnamed source keep the floor for a description once a person is named since ("Kemi Adeyemi-Ross, who lives with her two children, said …. "…," the mother of two said")', () => {
    const text = 'A former maintenance supervisor, who did not want to be named, said master keys had been “handed out like sweets” to contractors. “Nobody signed for anything,” he said.\n\nKemi Adeyemi-Ross, who lives with her two children in a Gorsebrook block, said she had reported strangers several times.\n\n“I was told every time that the door must have been left on the latch,” the mother of two said.';
    assert.equal(speakerOf(text, 'I was told every time').speaker?.name, 'Kemi Adeyemi-Ross');
  });

  it('reads "one Michigan locksmith wrote" as a source, and "put the figure at" as giving an estimate in someone\'s words', () => {
    const forum = 'Not everyone agrees. In a post on a trade forum, one Michigan locksmith wrote that the researchers had "handed every thief in the Midwest a how-to guide."';
    assert.equal(speakerOf(forum, 'handed every thief').speaker?.name, 'one Michigan locksmith');
    const estimate = 'A distributor familiar with the sales, who asked not to be named, put the figure at "well north of 200,000."';
    assert.equal(speakerOf(estimate, 'well north').speaker?.name, 'A distributor familiar with the sales');
  });

  it('gives "the Maryland senator said" to the lawmaker whose party tag names the state ("Sen. Marcus Obiora (D-Md.)"), not to whoever spoke last', () => {
    const text = 'Sen. Marcus Obiora (D-Md.), the bill’s lead sponsor, pressed the witness. Senate chair Clifford Decker (R-Ind.) agreed.\n\n“How many accounts did you remove?” Obiora asked.\n\nLena Castellanos-Hart put the figure at “roughly 2.1 million,” but conceded the company could not say more.\n\n“So the honest answer is you don’t know,” the Maryland senator said.';
    assert.equal(speakerOf(text, 'roughly 2.1 million').speaker?.name, 'Lena Castellanos-Hart');
    assert.equal(speakerOf(text, 'So the honest answer').speaker?.name, 'Marcus Obiora');
  });

  it('gives "the ANGE president said" to whom the article called "president of ANGE"', () => {
    const text = 'Ousmane Tidjani Abderamane, president of ANGE, presented the list. "It is final," he said.\n\nAchta Mahamat Ali, a trader, was unconvinced. "Nobody has explained it to us," she said.\n\n"The provisional results will be published within seven days," the ANGE president said.';
    assert.equal(speakerOf(text, 'provisional results').speaker?.name, 'Ousmane Tidjani Abderamane');
  });

  it('gives words that end a sentence opening "For <person>," and saying what something is to that person ("For the Minister …, Hissein Béchir Kodi, the reform is "…"."), but not words an "as … put it" attributes', () => {
    const text = 'The campaign opens on Saturday.\n\nFor the Minister of Territorial Administration and Decentralisation, Hissein Béchir Kodi, the reform is "the most important since 1996".';
    assert.equal(speakerOf(text, 'the most important').speaker?.name, 'Hissein Béchir Kodi');
    const tabloid = 'For Calderwick’s manager, Ingrid Solheim-Barros, it was further evidence that her side’s “crisis”, as one tabloid back page put it in September, has been weathered.';
    assert.notEqual(speakerOf(tabloid, 'crisis').speaker?.name, 'Ingrid Solheim-Barros');
  });

  it('reads "talks continued "…"" inside what a source acknowledged as what happened, not speech ("A source … acknowledged to Montevideo Portal that talks continued "until ten minutes before the vote"")', () => {
    const text = 'The negotiations were not easy. A source in the ruling party acknowledged to Montevideo Portal that talks with the Colorado senators continued "until ten minutes before the vote", and that the text changed.';
    assert.equal(speakerOf(text, 'until ten minutes').speaker?.name, 'A source in the ruling party');
  });

  it('gives a quotation to whom the next sentence says it came from ("“…” The confession came from Senator Mercedes Arismendi")', () => {
    const text = 'The Colorado Party split its votes.\n\n"This was the hardest vote of my life." The confession came from Senator Mercedes Arismendi, one of the two Colorado senators who supported the bill.';
    assert.equal(speakerOf(text, 'hardest vote').speaker?.name, 'Mercedes Arismendi');
  });

  it('gives a quotation to the person named in apposition after "That was how" ("“…” That was how the society’s exhibition manager, Keith Rawnsley, described")', () => {
    const text = 'Trader Sandra Pell, of Stourside Models, said the cancellation would be felt. “November is one of our best months,” she said.\n\n“I spent most of Friday night ringing round layout owners.” That was how the society’s exhibition manager, Keith Rawnsley, described the days after the news broke.';
    assert.equal(speakerOf(text, 'I spent most of Friday').speaker?.name, 'Keith Rawnsley');
  });

  it('gives what "its website states" to the body "its" stands for', () => {
    const text = 'The Tame Valley Model Railway Society cancelled its show. Mr Rawnsley said the society would refund all advance tickets, and its website states that refunds “will be processed within 14 days”.';
    assert.equal(speakerOf(text, 'will be processed').speaker?.name, 'Tame Valley Model Railway Society');
  });

  it('gives words a sentence ends by attributing to "the bank’s Office of Anticorruption and Integrity, or OAI, found in a notice dated March 28" to that office, and keeps "X, or BMPAD, which oversees …, said" with the acronym', () => {
    const text = 'Mekong Meridian engaged in “collusive practice” by coordinating bid prices with the other firms, the bank’s Office of Anticorruption and Integrity, or OAI, found in a notice dated March 28.';
    assert.equal(speakerOf(text, 'collusive practice').speaker?.name, 'Office of Anticorruption and Integrity');
    const relative = 'The Bureau de Monétisation des Programmes d\'Aide au Développement, or BMPAD, which oversees fuel imports, said a vessel was expected "within the coming days."';
    assert.equal(speakerOf(relative, 'within the coming days').speaker?.name, 'BMPAD');
  });

  it('reads words a dash-set aside says something is "already dubbed" as a label ("— already dubbed "the flangeway war" on internet forums —")', () => {
    const text = 'A disagreement has turned into one of the most heated arguments in years — already dubbed "the flangeway war" on internet forums — after the Narrow Gauge Standards Alliance accused Copperline Models of ignoring dimensions.';
    assert.equal(speakerOf(text, 'the flangeway war').speaker, null);
  });

  it('gives words of "Fenmarsh\'s largest customer, the 30-strong garden centre group Orchard Lane," to the body the apposition names, past a number among its description', () => {
    const text = 'Fenmarsh\'s largest customer, the 30-strong garden centre group Orchard Lane, said in a statement that it was "delighted" to be selling peat-free bedding.';
    assert.equal(speakerOf(text, 'delighted').speaker?.name, 'Orchard Lane');
  });

  it('gives "the Minister said" to the person named right after a long written-out title opening with "Minister" that the entity pass could not take as a role', () => {
    const text = 'Minister of Tourism, Economic Affairs, Transport and Telecommunication (TEATT) Ornella Fleming, who attended the meeting, called the project a "game changer" for the economy. She said government would only give its approval once all permits are in place. "We will not cut corners," the Minister said.';
    assert.equal(speakerOf(text, 'We will not cut corners').speaker?.name, 'Ornella Fleming');
  });

  it('reads a saying in quotation marks before "line" ("to lean on the old "love comes in every color" line") as nobody\'s words', () => {
    const text = 'The American Floral Retailers Alliance last week sent members an advisory urging them to be upfront about substitutions and to lean on the old "love comes in every color" line. "Transparency now will save a lot of heartache at the counter," the alliance wrote.';
    assert.equal(speakerOf(text, 'love comes').speaker, null);
    assert.equal(speakerOf(text, 'Transparency now').speaker?.name, 'American Floral Retailers Alliance');
  });

  it('carries an unnamed source through a sentence the same pronoun reports ("But a former site supervisor, who …, said …. Staff were told …, he said. ¶ "…," he told")', () => {
    const text = 'Graham Stott, the administrator, said the firm had run out of cash.\n\nBut a former site supervisor, who had worked for the firm for 19 years, said the news had come out of the blue. Staff were told about the redundancies on a ten-minute Microsoft Teams call, he said.\n\n"There was no warning at all," he told H&V News. "On the Friday we were told."';
    assert.equal(speakerOf(text, 'no warning').speaker?.name, 'a former site supervisor');
    assert.equal(speakerOf(text, 'On the Friday').speaker?.name, 'a former site supervisor');
  });

  it('gives "it" to the body a sentence is told on the word of ("According to the consortium, talks broke down over the station building …, which it said "…"")', () => {
    const text = 'The station has been operated since 1996 by the Central European Polar Consortium, a partnership of universities.\n\nAccording to the consortium, talks broke down in May over liability for the station building and the cost of meeting the new requirements, which it said "would have consumed nearly half of our annual budget".';
    assert.equal(speakerOf(text, 'would have consumed').speaker?.name, 'Central European Polar Consortium');
  });

  it('reads a church body ("the vestry") as an unnamed source, and the author of "a letter from the parish vestry that was later shared with members" without the relative clause', () => {
    const text = 'Douglas Ferrante, 61, was informed on July 8 that his position had been eliminated "effective immediately," according to a letter from the parish vestry that was later shared with members of the congregation. "We thank him," the vestry said.';
    assert.equal(speakerOf(text, 'effective immediately').speaker?.name, 'the parish vestry');
    assert.equal(speakerOf(text, 'We thank him').speaker?.name, 'the vestry');
  });

  it('gives "the letter" nobody introduced to whoever the sentence before says "wrote to" someone ("…, Samuel Whitlow, wrote to the vestry …. "…," the letter said")', () => {
    const text = 'The dean of the Blue Ridge Chapter of the American Guild of Organists, Samuel Whitlow, wrote to the vestry on July 14 urging it to reconsider. "The abrupt termination of a long-serving musician sets a troubling example," the letter said.';
    assert.equal(speakerOf(text, 'The abrupt termination').speaker?.name, 'Samuel Whitlow');
    const aboutTheWriter = 'The mayor said Samuel Whitlow wrote to the vestry on July 14. "We are troubled," the letter said.';
    assert.equal(speakerOf(aboutTheWriter, 'We are troubled').speaker?.entity ?? null, null);
  });

  it('gives "he told" to a definite source who asked not to be named in the sentence before ("The station manager, who asked not to be named, admits …"), and words before "This observation comes from X" to X', () => {
    const text = 'In front of a filling station, Bakary Traoré has been waiting since dawn. “I have been here since four,” says the driver.\n\nThe station manager, who asked not to be named, admits he no longer knows what to say to his customers. “We received a single tanker in ten days,” he told Le Soleil.\n\n“Without fuel, the whole city stops.” This observation comes from Awa Keïta, a fish seller at the Médine market.';
    assert.equal(speakerOf(text, 'single tanker').speaker?.name, 'The station manager');
    assert.equal(speakerOf(text, 'Without fuel').speaker?.name, 'Awa Keïta');
  });

  it('gives "It" to the body whose writing opened the sentence before, past a title in quotation marks ("The Studio Ceramics Network’s recent report, “Firing on Empty”, found … It called")', () => {
    const text = 'Gasworks Pottery will close in March. Gasworks Pottery has 19 bench holders.\n\nOne member, who asked not to be named, said the news had come “completely out of nowhere”.\n\nThe closure comes as studios report strain. The Studio Ceramics Network’s recent report, “Firing on Empty”, found that almost a third of the studios it surveyed had cut opening hours. It called shared studios “the seed beds of the sector” and warned that losing them would hurt.';
    assert.equal(speakerOf(text, 'seed beds').speaker?.name, 'Studio Ceramics Network');
  });

  it('gives words a body\'s own check found to the body that said so ("the company said an internal audit had found that "…"")', () => {
    const text = 'Kestrel Analytical Services disclosed the problem in a March 12 letter to clients, a copy of which was obtained by American Bee Journal. In it, the company said an internal audit had found that "a limited number of reports" issued had reused data.';
    assert.equal(speakerOf(text, 'a limited number').speaker?.name, 'Kestrel Analytical Services');
  });

  it('gives a letter to whoever the sentence after says signed it (""…," the letter said. It was signed by Kestrel\'s president, Dr. Anton Reisinger.")', () => {
    const text = 'The laboratory disclosed the problem to clients.\n\n"We deeply regret this failure," the letter said. It was signed by the president, Dr. Anton Reisinger.';
    assert.equal(speakerOf(text, 'We deeply regret').speaker?.name, 'Anton Reisinger');
  });

  it('gives a paragraph that opens with quoted sentences to the person the next sentence introduces ("“…” Tamsin Wyre has been the studio’s technician since 2011"), not to someone named before ("“…” Priya Venkataraman has run it since 2011")', () => {
    const text = 'The director, Priya Venkataraman, said Gasworks was “exactly the kind of place we are worried about”. “When one closes, it doesn’t come back,” she said.\n\n“The big kiln has done 900 firings. I know its moods better than my own.” Tamsin Wyre has been the studio’s technician since 2011.';
    assert.equal(speakerOf(text, 'The big kiln').speaker?.name, 'Tamsin Wyre');
    const namedBefore = 'The director, Priya Venkataraman, said Gasworks was “exactly the kind of place we are worried about”.\n\n“We cannot save it. Nobody can.” Priya Venkataraman has run the network since 2011.';
    assert.equal(speakerOf(namedBefore, 'We cannot save').speaker?.name, 'Priya Venkataraman');
  });

  it('gives "the 27-year-old" to the person opening the sentence before, past a title in quotation marks there ("Pape Samba Diop showed the reporter his pirogue, the "Jàmm Ji", …")', () => {
    const text = 'Moustapha Ndoye, president of the collective, led the march. "Nothing has moved," retorted Moustapha Ndoye.\n\nOn the beach, Pape Samba Diop showed the Seneweb reporter his pirogue, the "Jàmm Ji", pulled up on the sand since last week. "I bought this pirogue on credit," the 27-year-old lamented.';
    assert.equal(speakerOf(text, 'I bought this pirogue').speaker?.name, 'Pape Samba Diop');
  });

  it('reads past a quoted title in an aside that a participle opens (", circulated to members in January under the title “Bee Farming Is Farming”, argued that …")', () => {
    const text = 'Nerys Pritchard won the vote. Her manifesto, circulated to members in January under the title “Bee Farming Is Farming”, argued that the association had been “too polite for too long” in its dealings.';
    assert.equal(speakerOf(text, 'too polite').speaker?.name, 'Nerys Pritchard');
    assert.equal(speakerOf(text, 'Bee Farming').speaker, null);
  });

  it('reads "X but not a Y" as two nouns, not a clause, before ", and told" ("Mr Tolley favours tighter checks but not a ban, and told Farmers Weekly that …")', () => {
    const text = 'Graham Tolley lost. Mr Tolley favours tighter checks but not a ban, and told Farmers Weekly before the vote that a ban would be “unworkable for half our members”.';
    assert.equal(speakerOf(text, 'unworkable').speaker?.name, 'Graham Tolley');
  });

  it('reads "concluding that" as a cue, and gives "the district attorney\'s office" to the office the article named ("the Suffolk County District Attorney\'s Office")', () => {
    const inspector = 'In a decision letter issued on 14 May, planning inspector Rachel Stenning allowed the appeal, concluding that the mast would be “no more visually intrusive than a domestic flagpole”.';
    assert.equal(speakerOf(inspector, 'no more visually').speaker?.name, 'Rachel Stenning');
    const office = 'The case was brought by the Suffolk County District Attorney\'s Office in March.\n\n"This defendant stole from children," the district attorney\'s office said in a statement.';
    assert.equal(speakerOf(office, 'This defendant').speaker?.name, 'Suffolk County District Attorney\'s Office');
  });

  it('gives words to the body a description cut from its clause takes up ("The inspector general\'s office already found problems …, concluding that …")', () => {
    const text = 'The chairman said he would ask the VA\'s Office of Inspector General to review how claims are distributed.\n\nThe inspector general\'s office already found problems in a report released in May, concluding that several offices were applying the rules "inconsistently and, in some cases, incorrectly," which led to delays.';
    assert.equal(speakerOf(text, 'inconsistently').speaker?.name, 'Office of Inspector General');
  });

  it('gives "the company" to the firm in focus, past an outlet with a two-word title that saw the letter ("seen by Camping and Caravanning") and a riding named for its county ("the East Riding of Yorkshire")', () => {
    const text = 'Seacliff Parks, which runs sites in Norfolk, Lincolnshire and the East Riding of Yorkshire, wrote to owners last month confirming that the annual fee will rise. Touring pitch prices at the group’s four parks will also go up.\n\nIn the letter, seen by Camping and Caravanning, the company said the increase reflected “significant and unavoidable increases” in costs.';
    assert.equal(speakerOf(text, 'significant and unavoidable').speaker?.name, 'Seacliff Parks');
  });

  it('does not give "the prefect" to a sub-prefect ("the sub-prefect, Sory Kaba")', () => {
    const text = 'The victims were buried in the presence of the sub-prefect, Sory Kaba, and religious leaders.\n\nReached by telephone, the prefect of Siguiri, Colonel Mamadi Touré, confirmed the toll. "As of this morning we have recorded eleven deaths," the prefect said.';
    assert.equal(speakerOf(text, 'As of this morning').speaker?.name, 'Mamadi Touré');
  });

  it('gives a writing "prepared by" someone to its author ("A draft resolution prepared by Director Howard Pennock calls the proposal "…"")', () => {
    const text = 'ARRL directors will meet in July. A draft resolution prepared by Director Howard Pennock calls the proposal "the most serious threat to UHF amateur spectrum in a generation."';
    assert.equal(speakerOf(text, 'the most serious threat').speaker?.name, 'Howard Pennock');
  });

  it('reads a brochure, a leaflet or a newsletter as a writing that speaks as written ("according to a 1931 company brochure")', () => {
    const text = 'Founder Harlan Ashcombe set out in 1930 to build a car that could "run with anything from Europe," according to a 1931 company brochure reproduced in the auction catalog.';
    assert.equal(speakerOf(text, 'run with anything').speaker?.name, 'a 1931 company brochure');
  });

  it('gives words to the plural source of a relative clause without "that" ("a move dealers warn could "chill" sales"), not to "a move dealers"', () => {
    const text = 'Oregon drivers towing large trailers will need a new license endorsement under a bill approved by state lawmakers last week, a move dealers warn could "chill" sales.';
    assert.equal(speakerOf(text, 'chill').speaker?.name, 'dealers');
  });

  it('keeps "she said" with an unnamed sales representative, but gives "he said" to the named person whose speech reported a representative\'s words', () => {
    const representative = 'Lacey Dumbrowski, who runs a studio, said supply was short. "We are worried," she said.\n\nA sales representative at a Pennsylvania ceramic supply store, who asked that neither she nor the store be named, said calls had "roughly tripled" since early May. "Everyone wants a body that fires the same color," she said.';
    assert.equal(speakerOf(representative, 'Everyone wants').speaker?.name, 'A sales representative at a Pennsylvania ceramic supply store');
    const reported = 'Judge Marguerite Oyelaran-Fitch let customers speak. Tomás Villanueva-Reyes, a retired schoolteacher from Tucson, Arizona, said he moved his savings after a sales representative told him the product was “safer than a bank.”\n\n“I wasn’t gambling on tokens,” he said.';
    assert.equal(speakerOf(reported, 'gambling on tokens').speaker?.name, 'Tomás Villanueva-Reyes');
  });

  it('gives "the provider said" to the unnamed provider just introduced, not to a body in focus ("Labour providers say … One provider, who … asked not to be named, said")', () => {
    const text = 'Labour providers say the problem is partly one of timing. One provider, who supplies workers to farms across the South East and asked not to be named, said recruits were reluctant to switch to apples.\n\n“Strawberries pay by the punnet and the work is under cover,” the provider said.';
    assert.equal(speakerOf(text, 'Strawberries pay').speaker?.name, 'One provider');
  });

  it('keeps an unnamed source placed "on the Teifi" or "in the Scottish Borders" whole, and reads no person in the place before ", who"', () => {
    const river = 'The backlog has also caught out regular Guns on local shoots. One syndicate captain on the Teifi, who asked not to be named, said three of his members had missed the whole of last season. “One of them has shot with us for 20 years. He came out beating instead,” he said.';
    assert.equal(speakerOf(river, 'One of them has shot').speaker?.name, 'One syndicate captain on the Teifi');
    const region = 'The shortage is worst in the less common calibres. One gun shop owner in the Scottish Borders, who asked not to be named, said his supplier had cancelled two orders in a row. “First it’s stuck at the factory, then it’s stuck at the port,” he said.';
    assert.equal(speakerOf(region, 'First it’s stuck').speaker?.name, 'One gun shop owner in the Scottish Borders');
    const body = 'Volunteers are needed. A spokeswoman for the American Red Cross in Tampa Bay said the shelters “could always use more hands, especially bilingual ones.”';
    assert.equal(speakerOf(body, 'could always use').speaker?.name, 'A spokeswoman for the American Red Cross in Tampa Bay');
  });

  it('reads a name after "the association" or "the federation" as a body, so "She said:" goes to the person in apposition ("The president of the association Akanda Cadre de Vie, Gaëlle Ondo Minko,")', () => {
    const text = 'The president of the association Akanda Cadre de Vie, Gaëlle Ondo Minko, goes further. She said:\n\n“This is not the first time. Every two or three years the same scenario comes back.”';
    assert.equal(speakerOf(text, 'This is not the first time').speaker?.name, 'Gaëlle Ondo Minko');
    assert.equal(analyzeDocument(text).entities.find((entity) => entity.name === 'Akanda Cadre de Vie')?.type, 'organization');
  });

  it('gives a participle to the unnamed source who "went further" before it, past why the source is unnamed ("one boater who did not want to be named went further, describing the plans as "…"")', () => {
    const text = 'Greaves said the forum would respond.\n\nSpeaking to BBC Points West, one boater who did not want to be named went further, describing the plans as "social cleansing by timetable".';
    assert.equal(speakerOf(text, 'social cleansing').speaker?.name, 'one boater who did not want to be named');
    const bare = 'One boater went further, describing the plans as "social cleansing by timetable".';
    assert.equal(speakerOf(bare, 'social cleansing').speaker?.name, 'One boater');
  });

  it('reads "estimates that", "mentions" and "presents … as" as cues before a quotation, but not a title before "estimated" nor "its own estimates"', () => {
    const study = 'A feasibility study commissioned by the company, which ADIAC was able to consult, estimates that the unit could “raise the incomes of partner producers by 30 to 40% within three years”, provided that supply is regular.';
    assert.equal(speakerOf(study, 'raise the incomes').speaker?.name, 'A feasibility study');
    const release = 'A press release from the Ministry of Health and Population presents the operation as “the first stage of a national roll-out” which should reach Pointe-Noire.';
    assert.equal(speakerOf(release, 'the first stage').speaker?.name, 'Ministry of Health and Population');
    const note = 'The note mentions “recurrent shortcomings in the frequency of collection” in several neighbourhoods.';
    assert.equal(speakerOf(note, 'recurrent shortcomings').speaker?.name, 'The note');
    const title = 'Her group’s report, “Counting the Cost: Adaptation Finance in Africa,” released on the summit’s opening day, estimated that the region needs more.';
    assert.equal(speakerOf(title, 'Counting the Cost').speaker, null);
    const ownEstimates = 'A representative of a large winery in Telavi, who asked not to be named because the company had not yet finalized its own estimates, said the industry should not panic. "It is a bad year for some villages, not for Georgian wine," he said.';
    assert.equal(speakerOf(ownEstimates, 'It is a bad year').speaker?.name, 'A representative of a large winery in Telavi');
    const told = 'Ozuna told the newspaper ABC Color that the chamber estimated losses for the sector at "at least US$ 400 million" if the drought continued.';
    assert.equal(speakerOf(told, 'at least US$').speaker?.name, 'Ozuna');
  });

  it('gives "who" after "Name, 79, of Town," to the person, not the town ("Walt Szymanski, 79, of Bloomfield, who estimates")', () => {
    const text = 'The retired pipe fitter is Walt Szymanski, 79, of Bloomfield, who estimates he has eaten Karamanlis’ lamb neck “probably 200 times, give or take.”';
    assert.equal(speakerOf(text, 'probably 200 times').speaker?.name, 'Walt Szymanski');
  });

  it('gives a writing "by" a named author to the author past a participle on it ("A report by Infrastructure Cook Islands tabled at the hearing says")', () => {
    const text = 'Nootai replied that the agency had flagged the issue in its quarterly reports.\n\nA report by Infrastructure Cook Islands tabled at the hearing says the station’s output has “declined steadily since 2022” and warns that “a full replacement cannot be met from the existing operating allocation”.';
    assert.equal(speakerOf(text, 'declined steadily').speaker?.name, 'Infrastructure Cook Islands');
    assert.equal(speakerOf(text, 'a full replacement').speaker?.name, 'Infrastructure Cook Islands');
  });

  it('reads "who did not want to give her name" as why a source is unnamed, so "she said" stays with the source, not the driver quoted before', () => {
    const text = '“I have been here since five o’clock,” said Gildas Moussounda, a taxi driver met by Gabonactu.com.\n\nBeside him, a civil servant who did not want to give her name said she had already missed two days of work. “Without fuel, there is no transport. Without transport, the whole town stops,” she said.';
    assert.equal(speakerOf(text, 'Without fuel').speaker?.name, 'a civil servant who did not want to give her name');
  });

  it('gives no speaker to a quoted word that qualifies a noun the relative clause after it is about ("introduce "neighbourhood" mooring zones, which campaigners say would")', () => {
    const text = 'More than 4,000 people have signed a petition opposing Canal & River Trust plans to introduce "neighbourhood" mooring zones on the western end of the Kennet & Avon Canal, which campaigners say would force boaters without a home mooring to move further and more often.';
    assert.equal(speakerOf(text, 'neighbourhood').speaker, null);
  });

  it('reads an unnamed business by its premises as a source ("A cafe in Alofi posted on social media that it was "…""), but not before its owner ("A brewery owner")', () => {
    const cafe = 'Visitors have also felt the pinch. A cafe in Alofi posted on social media that it was "out of milk, out of cream and out of patience", though it reopened the next day.';
    assert.equal(speakerOf(cafe, 'out of milk').speaker?.name, 'A cafe in Alofi');
    const owner = 'Not everyone is convinced. A brewery owner in North Carolina told Craft Brewing Business the cost remains "the hurdle nobody talks about at conferences."';
    assert.equal(speakerOf(owner, 'the hurdle').speaker?.name, 'A brewery owner in North Carolina');
  });

  it('reads "Chemie" as a firm\'s trade, and "the company" in a sentence a body opens as that body ("Vandersloot Chemie declared force majeure from its Botlek site, following what the company described as")', () => {
    const supplier = 'The ingredient is sold mainly by the German supplier Quellen Chemie under the trade name Quellisan P.\n\nQuellen Chemie said it was “deeply disappointed” by the decision.\n\n“Quellisan P has been used safely for more than twenty years,” the company said in a statement.';
    assert.equal(speakerOf(supplier, 'has been used safely').speaker?.name, 'Quellen Chemie');
    const site = 'Vandersloot Chemie declared force majeure on aliphatic isocyanates from its Botlek site near Rotterdam on 3 February, following what the company described as “a mechanical failure in a critical reactor section”.';
    assert.equal(speakerOf(site, 'a mechanical failure').speaker?.name, 'Vandersloot Chemie');
  });

  it('gives "the report said" to the body that put out its report a few paragraphs before ("In its final report released Thursday, the board said …")', () => {
    const text = 'A handbrake left applied on a tank car derailed a freight train near White River, Ont., the Transportation Safety Board of Canada says.\n\nIn its final report released Thursday, the board said a wayside detector designed to spot hot wheels flagged the car as “abnormal” about 40 kilometres before the derailment, but the alarm went to a rail traffic controller who was dealing with “multiple concurrent alerts” and did not stop the train.\n\nTwenty-two cars of the Boreal Pacific Railway train left the tracks on June 3, 2024, and nine of them ruptured, sending fuel into Tamarack Creek. Nobody was hurt.\n\n“The wheel was essentially being cooked as the train moved,” TSB chair Hélène Bouchard-Ames told a news conference. “By the time it failed, it had been giving off warning signs for well over an hour.”\n\nInvestigators found the handbrake had been applied during switching at a yard in Thunder Bay and was not released before departure. The crew walked the length of the train, but the report said the brake indicator on the car was “difficult to see in low light” and was missed.';
    assert.equal(speakerOf(text, 'difficult to see').speaker?.name, 'Transportation Safety Board of Canada');
  });

  it('gives "The document asks" to whoever put out the writing introduced last under another name ("had announced the reopening in a circular")', () => {
    const text = 'The Ministry of National Education and Vocational Training (MENFP) had announced the reopening in a circular dated the 12th of this month. The document asks school principals to “ensure the safety of pupils and staff by all possible means” and to adapt the school calendar “according to the reality of each zone.”';
    assert.equal(speakerOf(text, 'ensure the safety').speaker?.name, 'Ministry of National Education and Vocational Training');
    assert.equal(speakerOf(text, 'according to the reality').speaker?.name, 'Ministry of National Education and Vocational Training');
  });

  it('gives a report to its maker named past when it came out and what kind of firm it is ("a report released in March by Columbus-based market research firm Stanfield Analytics")', () => {
    const text = 'According to "North American Powder Coatings Outlook 2025," a report released in March by Columbus-based market research firm Stanfield Analytics, demand for powder coatings is expected to grow 6.2% per year through 2029.\n\nThe largest gains are in architectural aluminium, a segment the report calls "the next frontier."';
    assert.equal(speakerOf(text, 'the next frontier').speaker?.name, 'Stanfield Analytics');
  });

  it('gives a writing "by" its makers to the body they are at, past their noun ("A study by researchers at the College of Natural Resources, published last year, found that")', () => {
    const text = 'A study by researchers at the College of Natural Resources, published last year, found that "cordyceps production in the study sites declined by about 30 percent" over a decade. The study warned that "warmer winters and reduced snow cover" could push the fungus higher.';
    assert.equal(speakerOf(text, 'cordyceps production').speaker?.name, 'College of Natural Resources');
    assert.equal(speakerOf(text, 'warmer winters').speaker?.name, 'College of Natural Resources');
  });

  it('gives a notice "issued by the department" to the department the article named, not to the notice ("A public notice issued by the department in July had warned that")', () => {
    const text = 'Officials at the Department of Foreign Employment said the consultancy was not authorised to recruit workers for any country. A public notice issued by the department in July had warned that "no individual or institution other than licensed recruiting agencies" could send workers to Japan.';
    assert.equal(speakerOf(text, 'no individual').speaker?.name, 'Department of Foreign Employment');
  });

  it('gives a writing the phrase says an unnamed body made to that body as written ("A report prepared by an independent panel of engineers warned")', () => {
    const text = 'A report prepared by an independent panel of engineers warned that the dam was “at serious risk”.';
    assert.equal(speakerOf(text, 'at serious risk').speaker?.name, 'an independent panel of engineers');
  });

  it('reads "Kommunia" as a body\'s head, so "the municipality" takes up the Greenlandic municipality named in its own language ("Qeqqata Kommunia … the municipality writes")', () => {
    const text = 'Qeqqata Kommunia is more positive. In its consultation response, the municipality writes that it “supports mineral exploration as a path to jobs”.';
    assert.equal(speakerOf(text, 'supports mineral exploration').speaker?.name, 'Qeqqata Kommunia');
  });

  it('gives "the statement said" to the firm a business noun took up when it put the statement out ("…, the co-operative said in a statement on Tuesday")', () => {
    const text = 'Valdana Foods will invest €310 million in a whey plant. It will open in 2027, the co-operative said in a statement on Tuesday.\n\n“Demand for high-purity whey proteins is growing faster than for almost any other dairy ingredient,” the statement said.';
    assert.equal(speakerOf(text, 'Demand for high-purity').speaker?.name, 'Valdana Foods');
  });

  it('keeps a long subject whole when it is a writing named for its owner and where it was handed out ("A MAFF market brief handed to growers at the meeting warned")', () => {
    const text = 'The head of the Ministry of Agriculture, Food and Forests (MAFF) office in Vava\'u, Dr Siosaia Kata, said the Ministry was working with exporters.\n\nA MAFF market brief handed to growers at the meeting warned that world prices were "likely to remain subdued through the next two seasons" because of large harvests in Madagascar.';
    assert.equal(speakerOf(text, 'likely to remain subdued').speaker?.name, 'Ministry of Agriculture, Food and Forests');
  });

  it('gives the words of a body\'s own board, named for it, to the body ("The Suirvale board met on Tuesday and said")', () => {
    const text = 'Suirvale Co-op will pay 47c/L for February milk.\n\nThe Suirvale board met on Tuesday and said it was holding the price “to support suppliers through the busiest weeks of calving”.';
    assert.equal(speakerOf(text, 'to support suppliers').speaker?.name, 'Suirvale Co-op');
  });

  it('gives no quotation to the verb of a subordinate clause after it with its own subject ("for "gross misconduct" after parents accused the school"), but keeps an attribution after a comma that closes one', () => {
    const text = 'The Ministry of Education (MOE) has suspended the principal of Morning Star Christian Academy in Paynesville for “gross misconduct” after parents accused the school of charging 12th graders an unauthorized fee.';
    assert.notEqual(speakerOf(text, 'gross misconduct').speaker?.name, 'parents');
    const closed = 'The permit is subject to a number of conditions. Among them, the unit “will not be permitted to exceed 75% of nominal power” until the regulator has reviewed the results of the low-power physics tests, Zuzana Kollárová noted.';
    assert.equal(speakerOf(closed, 'will not be permitted').speaker?.name, 'Zuzana Kollárová');
  });

  it('reads a former conscript as a person a later "he" can take up ("A former conscript said the pattern was familiar. "…," he said")', () => {
    const text = '"I waited outside the gate," Lemlem said.\n\nA former conscript said the pattern was familiar. "Every year before the new round, they fill the camps," he said.';
    assert.equal(speakerOf(text, 'Every year before').speaker?.name, 'A former conscript');
  });

  it('gives a report by a body\'s staff, named for their body, to the body the article names ("A report by council planning officers had recommended approval")', () => {
    const text = 'North Yorkshire Council rejected the plan on Tuesday.\n\nA report by council planning officers had recommended approval, saying the scheme would secure “a viable long-term use” for the building.';
    assert.equal(speakerOf(text, 'a viable long-term use').speaker?.name, 'North Yorkshire Council');
  });

  it('gives no speaker to what something is popularly called ("One young trader who sells second-hand clothes, popularly called "junks", said")', () => {
    const text = 'One young trader who sells second-hand clothes, popularly called "junks", said officers took his goods without giving him any receipt.';
    assert.equal(speakerOf(text, 'junks').speaker, null);
  });

  it('gives no speaker to a quoted word for the people a relative clause after it is about ("marked with religious symbols by local “marcatori”, who used carved wooden blocks")', () => {
    const text = 'Elena Morandi, the curator, said the show had taken three years.\n\nThe first room is dedicated to the Loreto tradition, in which pilgrims to the Marian shrine were marked with religious symbols by local “marcatori”, who used carved wooden blocks to transfer the design onto the skin.';
    assert.equal(speakerOf(text, 'marcatori').speaker, null);
  });

  it('gives "the report states" to the body a sentence that opens with the report says "links" the attack ("In its report, the company links Silent Heron …")', () => {
    const text = 'A China-linked cyber-espionage group has been quietly operating inside telecommunications providers and government ministries in Southeast Asia for at least 18 months, hiding its command-and-control (C2) traffic inside the APIs of a commercial cloud storage service so that it blends in with ordinary business activity.\n\nResearchers at Tidewell Security, who track the group as Silent Heron, say the actor\'s custom backdoor, which they dubbed "Quillrot," never talks directly to attacker-controlled servers. Instead, it reads instructions from, and uploads stolen files to, folders in accounts on Driftbox, a file-sync service widely used by businesses in the region.\n\n"From the network\'s point of view, it\'s just a laptop syncing spreadsheets," says Kwame Asante-Lindqvist, principal threat researcher at Tidewell. "There\'s no suspicious domain, no odd port, no self-signed certificate. Every packet goes to an endpoint your finance team uses every day."\n\nTidewell has confirmed victims at nine organizations in Vietnam, the Philippines, Malaysia, and Indonesia, including two national telecom operators and a foreign ministry. In its report, the company links Silent Heron with "moderate confidence" to a cluster that Singapore-based Kasrin Labs tracks as Jade Lattice, which has previously been tied to intrusions at shipping and defense firms.\n\nA Dead Drop in the Cloud\n\nThe backdoor is typically delivered after the attackers exploit a since-patched flaw in Verrill Mail Gateway, tracked as CVE-2024-51832. Once on a host, Quillrot polls a shared Driftbox folder every few minutes for encrypted task files, executes them, and writes the results back as documents with innocuous names such as quarterly budget drafts. Tidewell refers to the technique as "dead-drop C2," since the operators and the implant never communicate directly.\n\n"The operators demonstrated a high degree of operational discipline, including deleting staged archives within minutes of upload," the report states.';
    assert.equal(speakerOf(text, 'The operators demonstrated').speaker?.name, 'Tidewell Security');
  });

  it('reads a site named with its country\'s domain whole after "according to" ("According to Ikon.mn, the board approved the increase "…,"")', () => {
    const text = 'According to Ikon.mn, the company\'s board approved the increase in September "without consulting the city," a claim the director did not address.';
    assert.equal(speakerOf(text, 'without consulting').speaker?.name, 'Ikon.mn');
  });

  it('links a given name alone to the name with the father\'s initial before it ("Davaasuren" of "S.Davaasuren"), so that "he" can take it up', () => {
    const text = '"We buy more," said meat seller S.Davaasuren.\n\nA trader who supplies restaurants, who asked not to be identified, said several of his clients had raised prices.\n\nDavaasuren was not optimistic that the sales would help.\n\n"If the snow gets worse, prices will go higher," he warned.';
    const { speaker, analysis } = speakerOf(text, 'If the snow');
    assert.equal(speaker?.name, 'S.Davaasuren');
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'S.Davaasuren')?.aliases, ['S.Davaasuren', 'Davaasuren']);
  });

  it('gives a bulletin to the body that put it out: "the department\'s latest … bulletin", and "The bulletin" after "The Montreal-based engine maker told customers in a service bulletin"', () => {
    const department = 'The Vanuatu Meteorology and Geo-Hazards Department has raised the alert level for the Ambrym volcano.\n\nThe department\'s latest volcanic alert bulletin, issued this morning, says Ambrym is now in "a state of minor eruption".\n\nThe bulletin warns that "volcanic gases and ash may affect villages".';
    assert.equal(speakerOf(department, 'a state of minor').speaker?.name, 'Vanuatu Meteorology and Geo-Hazards Department');
    assert.equal(speakerOf(department, 'volcanic gases').speaker?.name, 'Vanuatu Meteorology and Geo-Hazards Department');
    const maker = 'Korvath Aerospace is expanding inspections of turbine blades on its KE-70 turbofan.\n\nThe Montreal-based engine maker told customers in a service bulletin dated Nov. 12 that engines should be inspected sooner. The bulletin, seen by Aviation Week, says the revised interval follows “findings of coating loss and tip erosion” on first-stage blades.';
    assert.equal(speakerOf(maker, 'findings of coating').speaker?.name, 'Korvath Aerospace');
  });

  it('gives the words of a contract or an agreement, which two sides signed, to the writing as written ("The contract, a copy of which was obtained by Independente, says")', () => {
    const text = '"This road was supposed to be finished," MP Bartolomeu said.\n\nThe contract, a copy of which was obtained by Independente, says the company is liable to a penalty of "0.1 percent of the contract value for each day of delay", up to a maximum.';
    assert.equal(speakerOf(text, '0.1 percent').speaker?.name, 'The contract');
  });

  it('gives "The statement added" to the speaker who "said in a written statement" after the quotation before ("a Coast Guard spokesperson said in a written statement. The statement added")', () => {
    const text = '“The Coast Guard is pleased to see this historic optic returned to public view,” a Coast Guard spokesperson said in a written statement. The statement added that the lens would “remain the property of the United States” and would not be used.';
    assert.equal(speakerOf(text, 'remain the property').speaker?.name, 'a Coast Guard spokesperson');
  });

  it('gives the words of a writing "issued by" a body, then when, to the body ("A statement issued by the Ministry of Fisheries on Friday said")', () => {
    const text = 'Ms Valentin said the district would help.\n\nA statement issued by the Ministry of Fisheries on Friday said the facility is the second of five planned "fisheries hubs" around Mahé.';
    assert.equal(speakerOf(text, 'fisheries hubs').speaker?.name, 'Ministry of Fisheries');
  });

  it('takes "the agency" up as the American agency that names itself an administration ("the National Oceanic and Atmospheric Administration … a category the agency says")', () => {
    const text = 'Data published by the US National Oceanic and Atmospheric Administration (NOAA) on Sunday placed the atolls under “Alert Level 2”, a category the agency says indicates a risk of “severe bleaching and significant mortality” among corals.';
    assert.equal(speakerOf(text, 'severe bleaching').speaker?.name, 'National Oceanic and Atmospheric Administration');
  });

  it('gives "The announcement says" to the one body the article said had announced something ("In October the Ministry of Culture announced a new grant program")', () => {
    const text = '“The sound itself we don’t touch,” Bilguun said.\n\nIn October the Ministry of Culture announced a new grant program for young performers. The announcement says the program aims “to support the transmission of intangible cultural heritage,” with grants.';
    assert.equal(speakerOf(text, 'to support the transmission').speaker?.name, 'Ministry of Culture');
  });

  it('reads a widow as a source, also after the place she is from ("quoted one Dublin widow as saying that …")', () => {
    const text = 'The Columbus Dispatch, which first reported on the bill in January, quoted one Dublin widow as saying that arranging to transport her husband’s body had left her "feeling like a smuggler."';
    assert.equal(speakerOf(text, 'feeling like a smuggler').speaker?.name, 'one Dublin widow');
  });

  it('takes "The report" up as the statistics the article cited last, and gives it to their owner ("According to the ministry’s latest education statistics, … The report described")', () => {
    const text = 'Dr Bounmy, of the Ministry of Education and Sports, said the ministry had asked for more teachers.\n\nAccording to the ministry’s latest education statistics, the dropout rate reached 6.8 percent.\n\nThe report described the situation in some districts as “a serious obstacle” to the goal.';
    assert.equal(speakerOf(text, 'a serious obstacle').speaker?.name, 'Ministry of Education and Sports');
  });

  it('gives "The letter" to the body that "has written to" someone in the sentence before, named by its noun ("The union has written to the Minister of Energy")', () => {
    const text = '"We have heard these promises before," said Moinaecha Youssouf, secretary general of the Ngazidja Consumers\' Union (UCN).\n\nThe union has written to the Minister of Energy to request the contract. The letter, which Al-Watwan has seen, says the union wants to know "who is responsible when the machines stop".';
    assert.equal(speakerOf(text, 'who is responsible').speaker?.name, "Ngazidja Consumers' Union");
  });

  it('reads a noun for a person ending in "-man" as an unnamed source before "who" ("One lobsterman who fishes the ledge … said")', () => {
    const text = 'Not everyone in town was enthusiastic at first. One lobsterman who fishes the ledge and asked not to be named said he had wondered why anyone would spend money on “a lamp that won’t even light up.”\n\n“But you go out there now and see it catching the sun,” he added.';
    assert.equal(speakerOf(text, 'a lamp that').speaker?.name, 'One lobsterman who fishes the ledge');
    assert.equal(speakerOf(text, 'But you go out').speaker?.name, 'One lobsterman who fishes the ledge');
  });

  it('keeps a place of two words after "in" in an unnamed source\'s description ("A fisherman from Gan in Laamu Atoll told Mihaaru")', () => {
    const text = 'The effects are also being felt. A fisherman from Gan in Laamu Atoll told Mihaaru that bait fish had become harder to find, describing the lagoons as “quiet like never before”.';
    assert.equal(speakerOf(text, 'quiet like never').speaker?.name, 'A fisherman from Gan in Laamu Atoll');
  });

  it('gives a quotation over paragraphs, attributed by a description at its end, to the person named before its first paragraph ("For Miora Rasoanaivo, an ecologist … “…¶“…,” the researcher warned")', () => {
    const text = 'Tsiry, 23, came from Ilakaka with three friends. “Here, you dig for a week and you find nothing,” he said.\n\nFor Miora Rasoanaivo, an ecologist at the University of Antananarivo, the danger goes well beyond the pits themselves.\n\n“A rush is not just the holes. It is the clearing for firewood. Near Bemainty, we saw a forest lose in six months what it had lost in ten years.\n\n“The window for acting is very short,” the researcher warned.';
    assert.equal(speakerOf(text, 'A rush is not').speaker?.name, 'Miora Rasoanaivo');
    assert.equal(speakerOf(text, 'The window for').speaker?.name, 'Miora Rasoanaivo');
  });

  it('gives a writing described with "the" to no person in focus ("The ban notice said", "The launch press release says")', () => {
    const text = 'Kezia Laurent-Osei, who streams as Kessie, said she was shocked. "I followed every rule," she said.\n\nThe ban notice said the stream showed "sexually suggestive attire". The launch press release says the product suits "the realities of multi-cat households".';
    assert.equal(speakerOf(text, 'sexually suggestive').speaker, null);
    assert.equal(speakerOf(text, 'the realities').speaker, null);
  });

  it('gives the words of a body whose name ends in a lower-case word to the body, not to a person described ("the Gendarmerie nationale said it")', () => {
    const text = 'The operation mobilises around thirty gendarmes, Captain Mamitiana Randrianjafy indicated.\n\nIn a press release, the Gendarmerie nationale said it "will not give up until the zebus are returned to their owners".';
    assert.equal(speakerOf(text, 'will not give up').speaker?.name, 'Gendarmerie nationale');
  });

  it('gives "the source" to the unnamed source the sentence before opens with, saying only how it stands ("A source at the regional command was less confident. "…," the source admitted")', () => {
    const text = 'A survivor told NewsMada that the men came at night. "They took everything," he said.\n\nA source at the gendarmerie regional command in Fianarantsoa was less confident. "The herd is heading towards the Makay," the source admitted.';
    assert.equal(speakerOf(text, 'The herd').speaker?.name, 'A source at the gendarmerie regional command in Fianarantsoa');
  });

  it('reads "one client" as an unnamed source an outlet quoted ("the News & Star, which quoted one client describing the move as")', () => {
    const text = 'The closure was first reported by the News & Star, which quoted one client describing the move as “a disaster waiting to happen”.';
    assert.equal(speakerOf(text, 'a disaster').speaker?.name, 'one client');
  });

  it('gives the words "our colleagues at" another paper reported to that paper ("Our colleagues at Midi Madagasikara reported on Thursday that")', () => {
    const text = 'The financial health of the utility does not help. Our colleagues at Midi Madagasikara reported on Thursday that Henika Energy is owed “several tens of billions of ariary” by JIRAMA.';
    assert.equal(speakerOf(text, 'several tens').speaker?.name, 'Midi Madagasikara');
  });

  it('gives the words to whom an outlet "quoted … as saying" after another verb of its own ("The Straits Times reported …, and quoted a police spokesperson as saying")', () => {
    const text = 'The Straits Times reported on Wednesday that police had arrested three barge crew members, and quoted a police spokesperson as saying investigations were "at an early stage".';
    assert.equal(speakerOf(text, 'at an early stage').speaker?.name, 'a police spokesperson');
  });

  it('gives a writing\'s words to the body an apposition says issued it ("The ministerial order governing the campaign, issued by the Ministry of Industrialisation and Trade on 2 October, says")', () => {
    const text = 'The ministerial order governing the campaign, issued by the Ministry of Industrialisation and Trade on 2 October, says green vanilla may only be sold from “the official opening date fixed for each zone” and that every export will require a certificate.';
    assert.equal(speakerOf(text, 'the official opening').speaker?.name, 'Ministry of Industrialisation and Trade');
  });

  it('gives a letter\'s words to its sender, not to whom it went ("A letter from the health centre’s management to the Ministry of Health, dated 14 November, describes")', () => {
    const text = 'Staff at Ha Sekhalo Health Centre have carried water for three months.\n\nA letter from the health centre’s management to the Ministry of Health, dated 14 November and seen by Public Eye, describes the situation as “a serious infection-control risk to patients and staff”.';
    assert.equal(speakerOf(text, 'a serious infection').speaker?.name, 'Ha Sekhalo Health Centre');
  });

  it('gives the words to whom an outlet "spoke to", who said them ("BBC Wales, which spoke to a patient in Haverfordwest who said she had been left “in limbo”")', () => {
    const text = 'The pause was first reported by BBC Wales, which spoke to a patient in Haverfordwest who said she had been left “in limbo” after being told to go back to her GP.';
    assert.equal(speakerOf(text, 'in limbo').speaker?.name, 'a patient in Haverfordwest');
  });

  it('takes "The letter" up as the letter "from" a sender quoted just before ("A letter from the health centre’s management … describes …. The letter says")', () => {
    const text = 'Staff at Ha Sekhalo Health Centre have carried water for three months.\n\nA letter from the health centre’s management to the Ministry of Health, dated 14 November and seen by Public Eye, describes the situation as “a serious infection-control risk to patients and staff”.\n\nThe letter says a quotation of M86 000 obtained for a new pump and pipes “far exceeds the centre’s monthly operating budget” and asks the ministry to intervene urgently.';
    assert.equal(speakerOf(text, 'far exceeds').speaker?.name, 'Ha Sekhalo Health Centre');
  });

  it('reads "speak of" as a cue, as "speaks of" is ("The district authorities of Ambatondrazaka speak of “around 5,000 people”")', () => {
    const text = 'The figures vary according to the source. The district authorities of Ambatondrazaka speak of “around 5,000 people”, while local associations put the number at more than double.';
    assert.equal(speakerOf(text, 'around 5,000').speaker?.name, 'The district authorities of Ambatondrazaka');
  });

  it('gives the words of "the head of" a body to whoever the article named in that office, else to the office as written ("the head of the Didy gendarmerie brigade said")', () => {
    const unnamed = 'Interviewed by TVM, the head of the Didy gendarmerie brigade said for his part that reinforcements were “not planned for the moment”.';
    assert.equal(speakerOf(unnamed, 'not planned').speaker?.name, 'the head of the Didy gendarmerie brigade');
    const named = 'Captain Rado Rakoto, head of the Didy gendarmerie brigade, arrived on Monday.\n\nInterviewed by TVM, the head of the Didy gendarmerie brigade said that reinforcements were “not planned for the moment”.';
    assert.equal(speakerOf(named, 'not planned').speaker?.name, 'Rado Rakoto');
  });

  it('keeps where the people are in the subject of a "what" clause ("for what officials in Erbil describe as the "final stage"")', () => {
    const text = 'A delegation will travel to Baghdad on Tuesday for what officials in Erbil describe as the "final stage" of talks.';
    assert.equal(speakerOf(text, 'final stage').speaker?.name, 'officials in Erbil');
  });

  it('takes "It" up as a writing whose signer spoke just before ("The notice, signed by Town Clerk Nkosinathi Mavuso …, states …. It further warns")', () => {
    const text = 'MANZINI – Close to 300 vendors have vowed not to move, despite a notice from the municipal council.\n\nThe notice, signed by Town Clerk Nkosinathi Mavuso and pasted on stalls on Monday, states that trading at the rank "poses a health and safety hazard".\n\nIt further warns that goods left at the rank after the deadline "will be confiscated without further notice".';
    assert.equal(speakerOf(text, 'will be confiscated').speaker?.name, 'Nkosinathi Mavuso');
  });

  it('reads a title in sentence case, set off by commas after a work\'s noun, as nobody\'s words ("its guidance document, “Professional indemnity for pharmacist prescribers”, later this year")', () => {
    const text = 'The Royal Pharmaceutical Society said it would update its guidance document, “Professional indemnity for pharmacist prescribers”, later this year.';
    assert.equal(speakerOf(text, 'Professional indemnity').speaker, null);
  });

  it('reads a label that two kinds of people "have long called" something as nobody\'s words ("what some keepers and vets have long called the “camelid loophole”")', () => {
    const text = 'The plans would close what some keepers and vets have long called the “camelid loophole”, under which cattle must be tested.';
    assert.equal(speakerOf(text, 'camelid loophole').speaker, null);
  });

  it('reads what a group "now calls" something as a label, nobody\'s words ("That exercise, which the team now calls a “fridge audit”, became")', () => {
    const text = 'The practice looks after around 180 dairy units in the Yorkshire Dales.\n\nThat exercise, which the team now calls a “fridge audit”, became the first step in a programme.';
    assert.equal(speakerOf(text, 'fridge audit').speaker, null);
  });

  it('reads what people "have dubbed", what "has been dubbed", what someone "nicknamed" a thing, and what one of several things is "labelled" as labels, nobody\'s words', () => {
    const critics = 'It would remove an exemption in the reporting law, an exemption critics have dubbed the "clergy loophole." Rep. Dana Kirchner said the bill was overdue.';
    assert.equal(speakerOf(critics, 'clergy loophole').speaker, null);
    const dubbed = 'Captain Jonah Pettersson said the work was needed.\n\nThe rebuild has already been dubbed the “jetty that ate the budget” by some on local social media, a label Captain Pettersson said was unfair.';
    assert.equal(speakerOf(dubbed, 'jetty that ate').speaker, null);
    const nicknamed = 'Rankine-Powery, 71, said she and her neighbours had long ago nicknamed the existing pit "the canyon".';
    assert.equal(speakerOf(nicknamed, 'the canyon').speaker, null);
    const labelled = 'The collection includes wages ledgers and a run of sample pattern books, one of them labelled “shades for the Indian market, 1904”. It was transferred in September.';
    assert.equal(speakerOf(labelled, 'shades for the Indian').speaker, null);
  });

  it('gives ""…," she said" to the unnamed source based somewhere unnamed who opened the sentence before, though its quotation was a label ("One ambulance technician based at a rural station, who did not want to be named, said colleagues had nicknamed the vehicles "the milk floats"")', () => {
    const text = 'Fiona Ashworth-Lyle, the trust\'s chief executive, said the vehicles were "a big step".\n\nOne ambulance technician based at a rural station, who did not want to be named, said colleagues had already nicknamed the new vehicles "the milk floats". "It\'s affectionate, mostly," she said.';
    assert.equal(speakerOf(text, 'the milk floats').speaker, null);
    assert.equal(speakerOf(text, 'affectionate').speaker?.name, 'One ambulance technician based at a rural station');
  });

  it('reads "Sue", a given name that is also a verb, as opening a person\'s name ("said association chair Sue Bratley")', () => {
    const text = '“We’ve been teaching beginners in members’ back gardens for twenty years,” said association chair Sue Bratley.';
    assert.equal(speakerOf(text, 'teaching beginners').speaker?.name, 'Sue Bratley');
  });

  it('gives a crosshead, a quotation on a line of its own with no full stop, to whoever says its words below it ("Part of everyday life", "Mayor: "Unacceptable"")', () => {
    const text = 'He arrived "about two hours later than planned", according to the health authority.\n\n"Part of everyday life"\n\n"Such disturbances have unfortunately become part of everyday life in Eastern Finnmark," a spokesperson for Avinor writes in an email.\n\n"The worrying thing is that it has become normal," says pilot Ingrid Dahl.\n\nMayor: "Unacceptable"\n\nIn Vardø, Mayor Kari-Anne Moe Sivertsen calls it "completely unacceptable" that the town can be cut off.';
    assert.equal(speakerOf(text, 'Part of everyday life').speaker?.name, 'a spokesperson for Avinor');
    assert.equal(speakerOf(text, 'Unacceptable').speaker?.name, 'Kari-Anne Moe Sivertsen');
  });

  it('gives words "according to the testimony" to the body whose written testimony the sentence before opened with ("In written testimony to the committee, MDARD said")', () => {
    const text = 'Dana Kowalczyk said the fees would pay for two more inspectors, she added.\n\nIn written testimony to the committee, MDARD said a registry would "allow inspectors to respond within days." The department\'s apiary program is "stretched very thin," according to the testimony.';
    assert.equal(speakerOf(text, 'stretched very thin').speaker?.name, 'MDARD');
  });

  it('gives "she said" to the holder of an office written with a capital that opened the sentence before ("Asked about the cost, the Minister said …. "…," she said")', () => {
    const text = 'Minister of Transport Kendra Astwood-Bean announced the new service today.\n\n“I hope the Minister will tell the public how much the refit cost,” Ms Furbert-Dane said in a statement. Opposition spokesperson Maxine Furbert-Dane has asked before.\n\nAsked about the cost of the refit, the Minister said the final figure would appear in the annual report.\n\n“There is nothing hidden here,” she said.';
    assert.equal(speakerOf(text, 'nothing hidden').speaker?.name, 'Kendra Astwood-Bean');
  });

  it('gives "the company says" to the firm a possessive pronoun\'s apposition opened the sentence before with, over a firm named more often ("Its owner, Immobilière Vaccarezza, has agreed"), and reads a French "Immobilière" as a firm and "Hebdo" as a paper', () => {
    const text = 'From 1 December, the Cordonnerie Ferrero will belong to Inès Marchetti, who joined as an apprentice.\n\nA spokesperson for the Mairie de Monaco said the town offered lower rents to “traditional trades”. The Cordonnerie Ferrero, however, is in a private building.\n\nIts owner, Immobilière Vaccarezza, has agreed to keep the rent unchanged for three years. In a letter to Inès that Monaco Hebdo has seen, the company says it wishes to “preserve an activity that has been part of the street”.';
    assert.equal(speakerOf(text, 'preserve an activity').speaker?.name, 'Immobilière Vaccarezza');
    const types = new Map(speakerOf(text, 'preserve an activity').analysis.entities.map((entity) => [entity.name, entity.type]));
    assert.equal(types.get('Immobilière Vaccarezza'), 'organization');
    assert.equal(types.get('Monaco Hebdo'), 'organization');
  });

  it('reads "The application" as a writing, not the person quoted before it, so its words are those the firm is quoted as writing elsewhere ("The application again describes … as "…"")', () => {
    const text = 'In its application to the Ohio Department of Medicaid, Brightmeadow Senior Care described its nurses and aides as "the heart of everything we do."\n\n"They wanted the money to say one thing and the schedule to say another," Adaeze Nwankwo-Pruitt added.\n\nIn February, records show, Brightmeadow applied for a second round of the program. The application again describes the company\'s nurses and aides as "the heart of everything we do."';
    const later = analyzeDocument(text).quotes.filter((quote) => quote.text.startsWith('the heart of everything'));
    assert.deepEqual(later.map((quote) => quote.speaker?.name), ['Brightmeadow Senior Care', 'Brightmeadow Senior Care']);
  });

  it('gives a writing that a body\'s noun possesses, though no source is quoted as that writing, to the body ("The company\'s permit application says", "According to the board\'s decision")', () => {
    const application = 'Tundra Crest Minerals wants to build a zinc mine near Teller.\n\n"Two seasons tell you almost nothing," said Lena Hoyt, a fisheries biologist.\n\nThe company\'s permit application says the road would be designed to "avoid or minimize" impacts on fish habitat.';
    assert.equal(speakerOf(application, 'avoid or minimize').speaker?.name, 'Tundra Crest Minerals');
    const decision = 'The Sisimiut Harbour Board voted on Tuesday to charge cruise passengers a fee.\n\n"The town gets almost nothing back," says Kaalipaluk Jeremiassen, who chairs the business committee.\n\nAccording to the board\'s decision, the fee will bring in four million kroner a year, which "in full shall benefit the infrastructure used by visitors".';
    assert.equal(speakerOf(decision, 'in full shall benefit').speaker?.name, 'Sisimiut Harbour Board');
  });

  it('gives ""…," she says" to the unnamed source a restrictive clause describes and who "did not want her name in the newspaper" ("A guide who has worked on the ships for several summers, and who did not want her name …, believes")', () => {
    const text = '"That is not how you build trust," says Arnannguaq Heilmann-Lund, who runs a tour company.\n\nNot everyone shares the concern. A guide who has worked on the ships for several summers, and who did not want her name in the newspaper out of consideration for her employer, believes the fee will hardly be noticed.\n\n"The passengers pay 100,000 kroner for the trip," she says.';
    assert.equal(speakerOf(text, 'The passengers pay').speaker?.name, 'A guide who has worked on the ships for several summers');
  });

  it('gives a writing "issued by" a body "after the meeting" to the body, the time of issue no part of its name ("A statement issued by the diocese after the meeting described")', () => {
    const text = 'THE Diocese of Carlisle is to cut 19 stipendiary posts.\n\nA statement issued by the diocese after the meeting described the proposals as “a starting-point for conversation, not a finished blueprint”.';
    assert.equal(speakerOf(text, 'a starting-point').speaker?.name, 'Diocese of Carlisle');
  });

  it('gives words to a named person\'s unnamed relative as written, unless an apposition names the relative ("Okafor-Pryce\'s mother, reached by phone in Houston, said", "Dr Hadlow\'s partner, Tom Reyne, said")', () => {
    const unnamed = 'Marcus Okafor-Pryce was charged on Monday.\n\nOkafor-Pryce\'s mother, reached by phone in Houston, said her son "is not a monster."';
    assert.equal(speakerOf(unnamed, 'is not a monster').speaker?.name, 'Okafor-Pryce\'s mother');
    const named = 'Dr Ellen Hadlow died in March.\n\nDr Hadlow\'s partner, Tom Reyne, said she had been "the best of us."';
    assert.equal(speakerOf(named, 'the best of us').speaker?.name, 'Tom Reyne');
  });

  it('reads an announcement as a writing, not as the source quoted before it ("According to the company\'s funding announcement, …. The announcement described")', () => {
    const text = 'A person involved in the round, who was not authorised to discuss it, said the Series A had been "comfortably oversubscribed".\n\nAccording to the company\'s funding announcement, the capital will grow its team. The announcement described the Chilean market as "the most natural second home for hyperspectral mining intelligence."';
    assert.notEqual(speakerOf(text, 'the most natural second home').speaker?.name, 'A person involved in the round');
  });

  it('gives words a body\'s view opens with "For …," to the body, past an aside ("For the residents’ movement Albufeira Viva, on the other hand, the freeze is "…"")', () => {
    const text = 'The council froze new holiday-let licences in the old town.\n\nFor the residents’ movement Albufeira Viva, on the other hand, the freeze is “a first step, and a small one”.';
    assert.equal(speakerOf(text, 'a first step').speaker?.name, 'Albufeira Viva');
  });

  it('gives a body\'s writing made to another body to the body that wrote it ("The company\'s filing with the labour authority of the Basque Government, to which Naiz has had access, says")', () => {
    const text = 'The workers of Forjas Arando, the forge that has stood in Lezo since 1964, began a strike.\n\nThe company\'s filing with the labour authority of the Basque Government, to which Naiz has had access, says the dismissals are needed because of "a structural drop in orders" and a loss.';
    assert.equal(speakerOf(text, 'a structural drop').speaker?.name, 'Forjas Arando');
  });

  it('takes "the council" for the unnamed council written since the last quotation, not the firm that spoke ("The works council rejects the company\'s figures. According to the council")', () => {
    const text = 'Arando Industries said in a statement that the plan was "necessary".\n\nThe works council rejects the company\'s figures. According to the council, the plant "has not stopped a single day for lack of work" this year.';
    assert.equal(speakerOf(text, 'has not stopped').speaker?.name, 'the council');
  });

  it('keeps a body\'s management in the unnamed source\'s name ("Sources in the company\'s management, who asked not to be named, said")', () => {
    const text = 'The workers of Forjas Arando went on strike.\n\nSources in the company\'s management, who asked not to be named, said Forjas Arando "regrets" the strike.';
    assert.equal(speakerOf(text, 'regrets').speaker?.name, 'Sources in the company\'s management');
  });

  it('gives a writing a named body made to another body to the body whose writing it is ("Blackmoss\'s planning application to Westmorland and Furness Council says")', () => {
    const text = 'Blackmoss Brewing has bought a new brewhouse.\n\nBlackmoss\'s planning application to Westmorland and Furness Council says the new site will create "up to 18 full-time jobs over three years", including roles in packaging.';
    assert.match(speakerOf(text, 'up to 18 full-time').speaker?.name ?? '', /^Blackmoss/);
  });

  it('gives a firm\'s accounts, taken up as "the accounts", to the firm named as their possessor ("According to Lanthorn’s most recent accounts, … The accounts warn")', () => {
    const text = 'Martin Aske is chief executive of Lanthorn Taverns. "We are selling," Aske said.\n\nAccording to Lanthorn’s most recent accounts, filed at Companies House last month, the business made a pre-tax loss of £4.1m. The accounts warn that trading conditions “remain challenging, particularly for smaller wet-led sites”.';
    assert.equal(speakerOf(text, 'remain challenging').speaker?.name, 'Lanthorn Taverns');
  });

  it('lets accounts no one is named as filing speak as written, not as the person they are about ("Accounts filed with the regulator … show that Imogen Fairweather-Diallo … that the accounts say")', () => {
    const text = 'Accounts filed with the regulator last week show that Imogen Fairweather-Diallo was paid £260,000. The figure includes a one-off retention award of £30,000 that the accounts say was approved by the remuneration committee “in recognition of exceptional leadership”.';
    assert.equal(speakerOf(text, 'in recognition of').speaker?.name, 'the accounts');
  });

  it('gives a pronoun the unnamed source opening the sentence before, past a name written only as a possessor ("A yard manager in Salcombe, who asked not to be named, said failures like Tern Dancer’s were familiar. “…,” he said")', () => {
    const text = '“Twenty years is a long time for wire,” Crocombe said.\n\nA yard manager in Salcombe, who asked not to be named, said failures like Tern Dancer’s were depressingly familiar. “We see two or three of these a season,” he said.';
    assert.equal(speakerOf(text, 'We see two or three').speaker?.name, 'A yard manager in Salcombe');
  });

  it('keeps what an unnamed source was doing in its name, however long, and gives it the pronoun after ("One parent watching the junior races from the bank at Pitchcroft said …. “…,” she said")', () => {
    const text = 'Their bow, 61-year-old Ruth Penhaligon, described the conditions as “lively but lovely”.\n\nOne parent watching the junior races from the bank at Pitchcroft said the atmosphere had been the best she could remember. “After last year, everyone was just happy to be racing,” she said.';
    assert.equal(speakerOf(text, 'After last year').speaker?.name, 'One parent watching the junior races from the bank at Pitchcroft');
  });

  it('gives a pronoun the unnamed source who told a paper named in Portuguese, not the paper ("A boat owner who asked not to be identified told Correio dos Açores that …. “…,” he said")', () => {
    const text = '“The tuna did not come this year,” said Luís Almeida Sousa.\n\nA boat owner who asked not to be identified told Correio dos Açores that several young crew members have already left for building sites.\n\n“The young ones don\'t wait,” he said.';
    assert.match(speakerOf(text, 'The young ones').speaker?.name ?? '', /^A boat owner/);
  });

  it('reads a noun in -s that a description takes as its object as no verb ("The study described the freight forecasts for the line as “…”")', () => {
    const text = 'A joint study by the Finnish Transport Infrastructure Agency and the Norwegian Railway Directorate concluded in 2020 that the line would not be viable. The study described the freight forecasts for the line as “highly uncertain”.';
    assert.equal(speakerOf(text, 'highly uncertain').speaker?.name, 'Finnish Transport Infrastructure Agency');
  });

  it('gives a pronoun the unnamed source opening the sentence before, past whom the source told ("A hotel owner in Roses, who asked not to be named, told El Punt Avui that …. "…," she said")', () => {
    const text = '"We have been asking for fifteen years," said Dolors Vinyoles.\n\nA hotel owner in Roses, who asked not to be named, told El Punt Avui that several tour operators had asked whether showers would be rationed. "The word \'drought\' is in every email we get from Germany," she said.';
    assert.equal(speakerOf(text, 'is in every email').speaker?.name, 'A hotel owner in Roses');
  });

  it('gives words "in his words" marks to whom the pronoun stands for, inside a sentence no verb of speech opened ("The result, in his words, is a market where “…”")', () => {
    const text = 'Economist Pedro Abreu Sardinha says the island combines the worst of several factors. “We have a small territory,” he explained. The result, in his words, is a market where “wages are Madeiran and prices are European”.';
    assert.equal(speakerOf(text, 'wages are Madeiran').speaker?.name, 'Pedro Abreu Sardinha');
  });

  it('leaves words "in his words" marks after a verb of speech to the verb\'s subject ("The Prefect, for his part, welcomed a project which, in his words, responds to "…"")', () => {
    const text = '"We will connect every house," said Hassan Moussa Dabaleh, the director of the water board.\n\nThe Prefect, Ismaël Houssein Gadito, for his part, welcomed a project which, in his words, responds to "the legitimate expectations" of the population.';
    assert.equal(speakerOf(text, 'the legitimate expectations').speaker?.name, 'Ismaël Houssein Gadito');
  });

  it('gives words a reduced relative after "in" describes to its subject ("in a move one grower described as "…"")', () => {
    const text = 'Growers face being left with unwanted fruit after Tallis Cider Company told them it would not renew contracts, in a move one grower described as "the end of an era for the county\'s orchards".';
    assert.equal(speakerOf(text, 'the end of an era').speaker?.name, 'one grower');
  });

  it('finds a reduced relative after "in" at the end of a longer clause ("The salon was fined in a case the council described as "…"")', () => {
    const text = 'Chelmsford City Council prosecuted the salon. The salon was fined in a case the council described as "a wake-up call" for the trade.';
    assert.equal(speakerOf(text, 'a wake-up call').speaker?.name, 'Chelmsford City Council');
  });

  it('reads "state" before "that" as a verb, and rules as a writing that speaks as written ("The tournament rules, circulated to all entrants in advance, state that phones must be “…”")', () => {
    const text = 'IM Declan Furness was defaulted. The tournament rules, circulated to all entrants in advance, state that phones must be “switched off and stored away from the playing area”.';
    assert.equal(speakerOf(text, 'switched off').speaker?.name, 'The tournament rules');
  });

  it('gives a body\'s policy wording to the body "its" stands for ("Tulley’s insurer, Wessex Marine Insurance, … Its policy wording states that “…”")', () => {
    const text = 'Tulley’s insurer, Wessex Marine Insurance, has asked for a copy of the rigging survey. Its policy wording states that cover may be refused where a loss arises from “wear and tear, or failure to maintain the vessel”.';
    assert.equal(speakerOf(text, 'wear and tear').speaker?.name, 'Wessex Marine Insurance');
  });

  it('takes no bare singular writing noun for a source ("The shortfall is, according to report, "…"")', () => {
    const text = 'The shortfall is, according to report, "at least 30 percent below what is needed".';
    assert.equal(speakerOf(text, 'at least 30 percent').speaker, null);
  });

  it('takes a regular, a patron, a diner, a punter or a drinker for an unnamed source ("according to one regular, “…”")', () => {
    const text = 'Sophie Kermode opened the café in 2015. Today it is, according to one regular, “the only place in Peel you can get a proper breakfast after nine”.';
    assert.equal(speakerOf(text, 'the only place in Peel').speaker?.name, 'one regular');
  });

  it('reads words after "the slogan", "a motto" or "the hashtag" as a label nobody says ("under the slogan "Without milk there is no country"")', () => {
    const text = 'If the cooperative does not respond, Lurgintza says it will ask its members to stop deliveries for a day, under the slogan "Without milk there is no country".';
    assert.equal(speakerOf(text, 'Without milk').speaker, null);
  });

  it('takes a catalogue for a writing that speaks as written ("The catalogue described it as “…”")', () => {
    const text = 'The 214 lots were assembled over five decades by the late Gerald Halberton, a Devon solicitor. The top lot sold for £192,000. The catalogue described it as “among the finest known, with full original brilliance”.';
    assert.equal(speakerOf(text, 'among the finest known').speaker?.name, 'The catalogue');
  });

  it('gives a writing a person wrote, named in apposition, to its writer ("The petition, written by Kaimana Delacroix-Ho and two others, calls the denial "…"", "According to the catalogue, written by Morandi, …")', () => {
    const petition = 'A petition had gathered more than 1,400 signatures. The petition, written by Kaimana Delacroix-Ho and two other concentrators, calls the denial "a loss the department cannot afford".';
    assert.equal(speakerOf(petition, 'a loss the department').speaker?.name, 'Kaimana Delacroix-Ho');
    const catalogue = 'Curator Elena Morandi opened the show. According to the catalogue, written by Morandi, the practice “survived two world wars and the disapproval of the Church” and continued.';
    assert.equal(speakerOf(catalogue, 'survived two world wars').speaker?.name, 'Elena Morandi');
  });

  it('gives a body\'s writing to the body when a year or two words come between the possessive and the noun ("The Diocesan Advisory Committee’s 2021 report on the instrument called it “…”")', () => {
    const text = 'The Diocesan Advisory Committee’s 2021 report on the instrument called it “a largely unaltered example of a West Country builder”.';
    assert.equal(speakerOf(text, 'a largely unaltered').speaker?.name, 'Diocesan Advisory Committee');
  });

  it('takes advice for a writing that speaks for the body whose it is ("The RNLI’s safety advice for fishermen says every crew member should “…”")', () => {
    const text = 'Stromness RNLI launched at 4am. The RNLI’s safety advice for fishermen says every crew member should “carry a personal locator beacon and test it regularly”.';
    assert.equal(speakerOf(text, 'carry a personal').speaker?.name, 'Stromness RNLI');
  });

  it('reads a definite description whose words were written as a title right before a name as that person ("said board member Hylke Wijnstra … “…,” the board member said")', () => {
    const text = '“The trend is not yet turning,” said provincial executive member Hylke Wijnstra, who is responsible for nature.\n\nWijnstra said the province would keep paying for late mowing. “We are not going to give up on a bird,” the provincial executive member said.';
    assert.equal(speakerOf(text, 'We are not going').speaker?.name, 'Hylke Wijnstra');
  });

  it('gives the words on signs a person put up to that person ("Jógvan Reinert has put up his own signs along the road. They say simply: “…”")', () => {
    const text = 'A spokesperson for the company told the newspaper that the cost was “well over half a million krónur”.\n\nJógvan Reinert has put up his own signs along the road below his land. They say simply: “Sheep. Slow down.”\n\n“I should not have to do the job of the authorities myself,” he says.';
    assert.equal(speakerOf(text, 'Sheep. Slow down.').speaker?.name, 'Jógvan Reinert');
    assert.equal(speakerOf(text, 'I should not have').speaker?.name, 'Jógvan Reinert');
  });

  it('reads "the crew" after a strait named "… Sound" as the crew, not the strait ("The crew reported “…”")', () => {
    const text = 'Bluemull Sound ferry out of action for three weeks after gearbox failure\n\nIslanders face disrupted crossings after the Bluemull Sound ferry Skolla suffered a gearbox failure on Monday.\n\nThe vessel was taken out of service shortly after the 7.15am sailing from Belmont to Gutcher, when the crew reported “unusual noise and vibration” from the engine room.';
    assert.equal(speakerOf(text, 'unusual noise').speaker?.name, 'the crew');
  });

  it('gives a writing put out by a body, with when it was put out, to the body ("A revised timetable issued by the council on Monday afternoon warns", "A statement from the fire service on Sunday added")', () => {
    const timetable = 'Shetland Islands Council said the ferry would be out for three weeks.\n\nA revised timetable issued by the council on Monday afternoon warns that passengers “should expect significant delays at peak times”.';
    assert.equal(speakerOf(timetable, 'should expect').speaker?.name, 'Shetland Islands Council');
    const statement = 'Staffordshire Fire and Rescue Service was called at 2am.\n\nA statement from the fire service on Sunday added: “Crews will remain at the scene for some time.”';
    assert.equal(speakerOf(statement, 'Crews will remain').speaker?.name, 'Staffordshire Fire and Rescue Service');
  });

  it('reads a body named by what it is "of" as no description of a person, though an "and" joins its field ("A letter issued by the Takhar department of vice and virtue … states")', () => {
    const text = '“My sister has done nothing wrong,” Jawid Amiri told Khaama Press.\n\nA letter issued by the Takhar department of vice and virtue, a copy of which has been seen by Khaama Press, states that “any educational gathering of girls is prohibited.”';
    assert.equal(speakerOf(text, 'any educational').speaker?.name, 'the Takhar department of vice and virtue');
  });

  it('gives the words of "the Grand Est region" to the place, not to the person in focus ("The Grand Est region, which finances regional trains, said in a statement")', () => {
    const text = '"Nobody asked the passengers," Fabrice Lhuillier said.\n\nThe Grand Est region, which finances regional trains on the French side of the border, said in a statement that it had "asked SNCF to reinforce the replacement service" on Sunday evenings.';
    assert.equal(speakerOf(text, 'asked SNCF').speaker?.name, 'Grand Est');
  });

  it('takes "the paper" after a paper a body published for that writing, not a newspaper ("a consultation paper published by Orkney Islands Council … The paper says")', () => {
    const text = 'The levy, set out in a consultation paper published by Orkney Islands Council last week, would be collected through harbour dues.\n\nThe paper says the money raised would be “ring-fenced for visitor infrastructure”.';
    assert.equal(speakerOf(text, 'ring-fenced').speaker?.name, 'Orkney Islands Council');
    const newspaper = 'Kirkwall traders told a local paper they were worried.\n\nThe paper says the levy would be “a disaster for the town”.';
    assert.notEqual(speakerOf(newspaper, 'a disaster').speaker?.name, 'Orkney Islands Council');
  });

  it('reads past a time that opens the sentence with no comma to the subject ("Earlier this autumn the minister told Yle Åland that the new vessel would “…”")', () => {
    const text = 'Minister Linnea Holmbäck defended the award.\n\nEarlier this autumn the minister told the BBC that the new vessel would “cut emissions on the route by nine tenths”. Last week the minister told reporters it would be “a flagship for the islands”.';
    assert.equal(speakerOf(text, 'cut emissions').speaker?.name, 'Linnea Holmbäck');
    assert.equal(speakerOf(text, 'a flagship').speaker?.name, 'Linnea Holmbäck');
  });

  it('reads a name something has long been called as a label, no one\'s words ("which the choir has long called “the growler”")', () => {
    const text = 'Daniel Sayle said the work had gone well. The 16ft Pedal Bourdon, which the choir has long called “the growler”, has been releathered.';
    assert.equal(speakerOf(text, 'the growler').speaker, null);
    const speech = 'Daniel Sayle said the work had gone well. The old action, which he called “a regrettable overlay”, has gone.';
    assert.equal(speakerOf(speech, 'a regrettable').speaker?.name, 'Daniel Sayle');
  });

  it('gives a writing any body put out, then when, to its maker ("A note issued by the games committee after the event said the hammer “…”")', () => {
    const text = 'Committee secretary Moira Cameron said about 2,400 people had come.\n\n"We had cars parked halfway to Contin," she said.\n\nUnder the rules of the Scottish Highland Games Association, ground records are only recognised where the implement has been weighed. A note issued by the games committee after the event said the hammer used by Grant "was checked before and after the competition and found to be within tolerance".';
    assert.equal(speakerOf(text, 'was checked').speaker?.name, 'the games committee');
  });

  it('gives "the report" to the ombudsman whose report the article introduced ("a report from the Ombudsman of Inatsisartut … The report says")', () => {
    const text = 'That is the conclusion of a report from the Ombudsman of Inatsisartut, published on Wednesday.\n\nThe report says the allocation rules are “not transparent to applicants”.';
    assert.equal(speakerOf(text, 'not transparent').speaker?.name, 'Ombudsman of Inatsisartut');
  });

  it('never gives a writing to whoever saw it, named in apposition ("A letter from the Bank of the Republic of Burundi (BRB) to oil importers dated 12 May, seen by Iwacu, says")', () => {
    const text = 'Contacted by Iwacu, the spokesperson of the Ministry of Hydraulics, Energy and Mines, Pierre-Claver Nduwimana, attributes the shortage to delays in the delivery of products.\n\nA letter from the Bank of the Republic of Burundi (BRB) to oil importers dated 12 May, seen by Iwacu, says that foreign exchange allocations “will be made according to the availability of reserves”.';
    assert.equal(speakerOf(text, 'will be made').speaker?.name, 'Bank of the Republic of Burundi');
  });

  it('gives "the letter" to whoever someone reported had written it ("He said the group had written to the state’s Agriculture Minister …. The letter, seen by Queensland Country Life, says")', () => {
    const text = 'The Central West Graziers Group met on Monday. “The whole system is built to confirm a drought,” Ashcombe said.\n\nHe said the group had written to the state’s Agriculture Minister asking for freight subsidies.\n\nThe letter, seen by Queensland Country Life, says producers are “running down their core breeding herds”.';
    assert.equal(speakerOf(text, 'running down').speaker?.name, 'Central West Graziers Group');
  });

  it('reads "the fisherman" after a sentence a named person opens as that person, when no fisherman was introduced ("Kamal Seytmuratov, 63, fished in the Aral Sea as a young man. "…," the fisherman said")', () => {
    const text = 'Kamal Seytmuratov, 63, fished in the Aral Sea as a young man, when Muynak was a bustling port.\n\n"When I was a boy, the water came up to here," the fisherman said.';
    assert.equal(speakerOf(text, 'When I was a boy').speaker?.name, 'Kamal Seytmuratov');
    const letter = 'Kamal Seytmuratov, 63, wrote to the ministry in May.\n\n"We have waited long enough," the letter said.';
    assert.notEqual(speakerOf(letter, 'We have waited').speaker?.name, 'Kamal Seytmuratov');
  });

  it('takes a name typed by its app for the firm when investors back it ("opens the Tumpang app … Tumpang, which is backed by investor Halvard Capital, … the company said")', () => {
    const text = 'Every morning Agus Setiawan opens the Tumpang app and waits.\n\nTumpang, which is backed by Singapore-based investor Halvard Capital, launched Jalur Cepat in Jakarta in February.\n\nIn a statement to Rest of World, the company said the subscription was “entirely optional”.';
    assert.equal(speakerOf(text, 'entirely optional').speaker?.name, 'Tumpang');
  });

  it('lets the agent of a passive with an irregular participle, after a lower-case description, take the floor ("The 999 call was made by mum-of-two Shelley Gorman, 38, of Harton, who told the Gazette … “…,” she said")', () => {
    const text = 'Tynemouth RNLI’s inshore lifeboat was launched.\n\nThe 999 call was made by mum-of-two Shelley Gorman, 38, of Harton, who told the Gazette she had been walking her dog along the cliff top when she heard shouting.\n\n“At first I thought they were messing about,” she said.';
    assert.equal(speakerOf(text, 'At first I thought').speaker?.name, 'Shelley Gorman');
  });

  it('reads a Spanish woman\'s given name that is also a carmaker\'s as hers, so "she" finds her ("The conselleira do Mar, Mercedes Vilariño, … she said:")', () => {
    const text = '“The beds do not have time to recover,” Iria Padín explained.\n\nThe conselleira do Mar, Mercedes Vilariño, announced on Wednesday that the Xunta will open a line of direct aid for the sector, although she did not specify the amount. Speaking in Santiago, she said:\n\n“The Xunta has been with the shellfish sector from the first day.”';
    assert.equal(speakerOf(text, 'The Xunta has been').speaker?.name, 'Mercedes Vilariño');
  });

  it('takes "one" source named by a noun for a person by its ending as who "he" is next ("One veteran competitor, who has ploughed at Kinnitty since the 1970s, said … “…,” he said")', () => {
    const text = '“I’ll keep coming,” said Martin Egan.\n\nOne veteran competitor, who has ploughed at Kinnitty since the 1970s, said the change in the field had been striking.\n\n“When I started there wasn’t a girl on the field,” he said.';
    assert.equal(speakerOf(text, 'When I started').speaker?.name, 'One veteran competitor');
  });

  it('reads a writing a person\'s noun qualifies as no person, so "It also said" goes on with it ("The officer report to the committee said … It also said … “…”")', () => {
    const text = 'Medina Vale Homes wants to build 84 homes.\n\nThe officer report to the committee said the site was "a sustainable location for growth".\n\nIt also said the homes would make "a meaningful contribution" to meeting local need.';
    assert.equal(speakerOf(text, 'a meaningful contribution').speaker?.name, 'The officer report to the committee');
  });

  it('gives a statement the article never introduced to the one just quoted ("a spokesperson for Medina Vale Homes told OnTheWight … The statement went on: “…”")', () => {
    const text = 'The site is owned by Medina Vale Homes.\n\nAfter the meeting, a spokesperson for Medina Vale Homes told OnTheWight the company was "disappointed" by the decision.\n\nThe statement went on:\n\n"We will now take time to review the decision carefully."';
    assert.equal(speakerOf(text, 'We will now take time').speaker?.name, 'a spokesperson for Medina Vale Homes');
  });

  it('finds the body described as telling someone in a writing past a clause on it ("The company, which runs a cheese plant in Rēzekne, told suppliers in a letter … The letter, seen by LSM, says")', () => {
    const text = 'Dairy processor Piena Ceļš has stopped buying milk from around 60 small farms in Latgale, Latvian Radio reported on Monday.\n\nThe company, which runs a cheese plant in Rēzekne, told suppliers in a letter last Thursday that purchases would be suspended “until further notice”.\n\nThe letter, seen by LSM, says the company has been forced to act by “a sharp fall in cheese export prices”.';
    assert.equal(speakerOf(text, 'a sharp fall').speaker?.name, 'Piena Ceļš');
  });

  it('keeps a verb after a parenthetical "he said" inside what he reports ("The company is now negotiating additional financing, he said, and expects the building to be completed “…”")', () => {
    const text = 'Rasmus Kõiv, the developer’s chief executive, said the delays were regrettable.\n\nThe company is now negotiating additional financing, he said, and expects the building to be completed “in the first half of next year”.';
    assert.equal(speakerOf(text, 'in the first half').speaker?.name, 'Rasmus Kõiv');
  });

  it('reads the firm a chief executive is "of" as a body, so "he" is the chief executive ("The chief executive of Nordhav Akva, Kjetil Strand, … he described the yard as “…”")', () => {
    const text = 'The chief executive of Nordhav Akva, Kjetil Strand, travelled to Vigo for the signing. In statements to the Norwegian trade publication iLaks, he described the Galician yard as “a builder that understands fish, not only steel”.';
    assert.equal(speakerOf(text, 'a builder that understands fish').speaker?.name, 'Kjetil Strand');
  });

  it('finds who filed a writing past the place before their kind ("The complaint, filed by the Mariehamn shipbuilder Västbrand Marin, claims that … “…”")', () => {
    const text = 'The complaint, filed by the Mariehamn shipbuilder Västbrand Marin, claims that the department "weighted the price criteria" and asks the court to annul the decision.\n\nHenrik Dahlblom, managing director of Västbrand Marin, sees it differently.';
    assert.equal(speakerOf(text, 'weighted the price criteria').speaker?.name, 'Västbrand Marin');
  });

  it('gives a writing the subject spoke in, taken up by "which", to that subject ("The Concello de Vigo also celebrated the contract in a statement, which describes it as “…”")', () => {
    const text = 'The Concello de Vigo also celebrated the contract in a statement, which describes it as “a new proof of the strength of the city’s naval industry”.';
    assert.equal(speakerOf(text, 'a new proof').speaker?.name, 'Concello de Vigo');
  });

  it('gives a verb joined by "and" after what a verb of speech reports the same subject ("Feeney added that the association would be writing to the ICB\'s chief executive and urged affected members to “…”")', () => {
    const text = 'Marcus Feeney, of the Association of Optometrists, criticised the decision.\n\nFeeney added that the association would be writing to the ICB\'s chief executive and urged affected members to "keep the AOP informed about what they are seeing on the ground".';
    assert.equal(speakerOf(text, 'keep the AOP informed').speaker?.name, 'Marcus Feeney');
  });

  it('keeps where an unnamed source works when a place\'s head noun is capitalised in it ("An inspector with one Valley municipality, who was not authorized to speak publicly, told EC&M")', () => {
    const text = 'An inspector with one Valley municipality, who was not authorized to speak publicly, told EC&M that EV-related permits had more than doubled. "We\'re doing the best we can."';
    assert.equal(speakerOf(text, 'doing the best').speaker?.name, 'An inspector with one Valley municipality');
  });

  it('reads a verb in -s after a plural that a preposition governs as a verb ("The report to members says rents will be set at “…”")', () => {
    for (const reader of ['members', 'councillors']) {
      const text = `The report to ${reader} says rents will be set at "no more than 80 per cent of local market rents".`;
      assert.equal(speakerOf(text, 'no more than 80').speaker?.name, `The report to ${reader}`);
    }
  });

  it('reads "puts it more plainly" as how someone put what they said ("One neighbour, whose family has supplied sheep for the trials, puts it more plainly: “…”")', () => {
    const text = 'One neighbour, whose family has supplied sheep for the trials since the 1950s, puts it more plainly: “If the trials stopped, the valley would lose its heartbeat.”';
    assert.equal(speakerOf(text, 'If the trials stopped').speaker?.name, 'One neighbour');
  });

  it('reads "shrugged" after a quotation as its speech verb ("“It\'s the Lakes in August,” shrugged Dafydd Rhys-Morgan, who lives in Keswick")', () => {
    const text = 'Others took a more philosophical view. "It\'s the Lakes in August," shrugged Dafydd Rhys-Morgan, who lives in Keswick.';
    assert.equal(speakerOf(text, 'the Lakes in August').speaker?.name, 'Dafydd Rhys-Morgan');
  });

  it('gives a verb joined by "and" the reporting subject past quoted words and a comma in what it reports ("He did, however, admit that the endurance project was being “looked at very carefully” by the board, and told the newspaper that …")', () => {
    const text = 'Valtessa chief executive Ottavio Landi appeared to strike a softer tone.\n\nHe did, however, admit that the endurance project was being “looked at very carefully” by the board, and told the newspaper that Valtessa expected “fair treatment, nothing more and nothing less”.';
    assert.equal(speakerOf(text, 'fair treatment').speaker?.name, 'Ottavio Landi');
  });

  it('keeps who made an unnamed writing in its name, after "by" ("A report by planning officers, published last week, describes the density as “…”")', () => {
    const text = 'A report by planning officers, published last week, describes the density as “at the upper limit of what the site can reasonably accommodate”.';
    assert.equal(speakerOf(text, 'at the upper limit').speaker?.name, 'A report by planning officers');
  });

  it('takes "they" as a single unnamed source whom closeness keeps unnamed ("Another figure close to the squad suggested …. “…,” they said")', () => {
    const text = 'One Valbruna team-mate put it simply: “If he goes, we lose our voice on the pitch.”\n\nAnother figure close to the squad suggested Cerulli himself is keen on the move, but has not pushed for it. “He has never asked to leave,” they said.';
    assert.equal(speakerOf(text, 'He has never asked').speaker?.name, 'Another figure close to the squad');
  });

  it('reads "is blunt:" as how a writing put what it says ("The recall notice published on Brindlewood\'s website is blunt: “…”")', () => {
    const text = 'Brindlewood Home Technologies has recalled 40,000 locks.\n\nThe recall notice published on Brindlewood’s website is blunt: "If your lock displays a flashing amber light, do not rely on it to secure your property."';
    assert.equal(speakerOf(text, 'If your lock displays').speaker?.name, 'Brindlewood Home Technologies');
  });

  it('reads "did not mention" as a cue whose subject a participle after it shares ("The statement did not mention AquaNegev\'s nationality, referring only to “…”")', () => {
    const text = 'The National Office of Electricity and Drinking Water said in a statement that the plant would "secure the water needs of the region". The statement did not mention AquaNegev\'s nationality, referring only to "an international partner with recognized expertise."';
    assert.equal(speakerOf(text, 'an international partner').speaker?.name, 'National Office of Electricity and Drinking Water');
  });

  it('reads "scoffed" after a quotation as its speech verb ("“Nine-fifteen on a school night,” scoffed one board member, who … asked not to be named")', () => {
    const text = 'The club\'s president, Mike Sawchuk, defended the schedule.\n\n"Nine-fifteen on a school night," scoffed one board member, who voted against the schedule and asked not to be named.';
    assert.equal(speakerOf(text, 'Nine-fifteen').speaker?.name, 'one board member');
  });

  it('reads an outlook as a writing its possessor speaks through ("a range the firm\'s September outlook describes as “…”")', () => {
    const text = 'Helen Vasquez-Trent, who runs lending at a credit union, is cautious. Economists at Cordance Analytics expect the 30-year rate to hover between 5.9% and 6.6% through the first half of next year, a range the firm\'s September outlook describes as "better, not good."';
    assert.equal(speakerOf(text, 'better, not good').speaker?.name, 'Cordance Analytics');
  });

  it('reads "Churchwarden" before a name as a title, not part of the name ("Churchwarden Ann Pellow said …. She said: “…”")', () => {
    const text = 'Churchwarden Ann Pellow said the parish had raised £86,000 towards the work.\n\nShe said: “People have given what they can, and they want to see the tower finished.”';
    assert.equal(speakerOf(text, 'People have given').speaker?.name, 'Ann Pellow');
  });

  it('reads a prefecture as a body that speaks ("the prefecture of Ariège said in a statement that “…”")', () => {
    const text = 'Agents went up to the pasture on Tuesday.\n\nContacted by La Dépêche, the prefecture of Ariège said in a statement on Wednesday evening that “the involvement of a bear cannot be ruled out at this stage”.';
    assert.equal(speakerOf(text, 'the involvement of a bear').speaker?.name, 'the prefecture of Ariège');
  });

  it('reads words after "under the banner" as a slogan nobody says ("a rally … under the banner “Nid yw Llŷn ar Werth”")', () => {
    const text = 'Elin Prydderch said the society would hold a rally outside the offices on Saturday under the banner “Nid yw Llŷn ar Werth” (Llŷn is not for sale).';
    assert.equal(speakerOf(text, 'Nid yw').speaker, null);
  });

  it('reads an order as a writing, not a description of the person in focus ("The prefectoral order, published the same day, states that … “…”")', () => {
    const text = '“If a fire had broken out, the emergency services could not have got through,” explained the director of the park, Éric Santoni, on Monday.\n\nThe prefectoral order, published the same day, states that the closure is justified by “the very high risk of fire in the massif”.';
    assert.equal(speakerOf(text, 'the very high risk').speaker?.name, 'The prefectoral order');
  });

  it('gives an order a body directed in to that body ("In an order issued on Monday, the DoE directed …. The order also warned … “…”")', () => {
    const text = 'Parents protested outside the school on Tuesday.\n\nIn an order issued on Monday evening, which HT has seen, the Directorate of Education (DoE) directed the school not to charge the increased fee. The order also warned that the school’s recognition could be withdrawn if it “fails to comply with the directions of the directorate”.';
    assert.equal(speakerOf(text, 'fails to comply').speaker?.name, 'Directorate of Education');
  });

  it('reads an inquiry as a writing and a branch as a body ("The official inquiry by the Accidents Investigation Branch concluded that … “…”")', () => {
    const text = 'The final entry, made two days before the accident, is terse.\n\nThe official inquiry by the Accidents Investigation Branch concluded that the aircraft had been flown “beyond its cleared limiting speed” and attributed the break-up to pilot error.';
    assert.equal(speakerOf(text, 'beyond its cleared').speaker?.name, 'Accidents Investigation Branch');
  });

  it('takes up a source that asked not to be named at the end of a relative clause after a comma ("One dairy farmer …, who supplies Pieno Slėnis and asked not to be named …. “…,” the farmer said")', () => {
    const text = 'Jonas Vaitkevičius, chairman of the Lithuanian Family Farmers\' Union, said farmers needed "more than nice words".\n\nOne dairy farmer from the Kalvarija area, who supplies Pieno Slėnis and asked not to be named because he is negotiating a new contract, was more sceptical.\n\n"They always announce investments when the milk price is low," the farmer said.';
    assert.equal(speakerOf(text, 'They always announce').speaker?.name, 'One dairy farmer from the Kalvarija area');
  });

  it('reads "which a paper has seen" after a writing as who saw it, no part of it ("His letter, which La Dépêche has seen, demands “…”")', () => {
    const text = 'The mayor of Seix, Francis Mauran, wrote to the prefect on Wednesday morning. His letter, which La Dépêche has seen, demands “immediate and visible measures” to protect the flocks.';
    assert.equal(speakerOf(text, 'immediate and visible').speaker?.name, 'Francis Mauran');
  });

  it('reads "Whip" as a title, which its holder named later holds ("with the Government Chief Whip accusing them of “…”")', () => {
    const text = 'OPPOSITION legislators yesterday staged a walkout in the National Assembly, with the Government Chief Whip accusing them of “running away from debate” on the Bill.\n\nGovernment Chief Whip Cde Pelagia Dube-Ferreira described the walkout as a sign that the opposition had run out of arguments.';
    assert.equal(speakerOf(text, 'running away').speaker?.name, 'Pelagia Dube-Ferreira');
  });

  it('reads "PPRO" as a title, which the spokesperson named before holds ("“…,” the PPRO said")', () => {
    const text = 'The command\'s spokesperson, SP Olumide Ajayi-Ferreira, told our correspondent on Thursday that the suspects included nine foreign nationals.\n\nHe added that the police had obtained an order to freeze 11 bank accounts. "We are working with the Economic and Financial Crimes Commission to trace the money," the PPRO said.';
    assert.equal(speakerOf(text, 'We are working').speaker?.name, 'Olumide Ajayi-Ferreira');
  });

  it('takes "Police said" as the one police force the article names ("The Somali Police Force sealed the area. … Police said … “…”")', () => {
    const text = 'The Somali Police Force sealed the area after the siege.\n\nThe Coral Bay Hotel remained cordoned off on Sunday. Police said the area would reopen "in the coming days".';
    assert.equal(speakerOf(text, 'in the coming days').speaker?.name, 'Somali Police Force');
  });

  it('keeps "Police said" as written where the article names two police forces', () => {
    const text = 'The Somali Police Force and the Kenya Police Service met on Friday.\n\nPolice said the border would reopen "in the coming days".';
    assert.equal(speakerOf(text, 'in the coming days').speaker?.name, 'Police');
  });

  it('reads a person\'s noun before a participle of where the person is from as an unnamed source ("One father visiting from Ipswich with two children put it simply: “…”")', () => {
    const text = 'Parents, on the whole, have been more enthusiastic. One father visiting from Ipswich with two children put it simply: “They actually looked at things.”';
    assert.equal(speakerOf(text, 'They actually looked').speaker?.name, 'One father');
  });

  it('reads "read:" after a notice and where it was put up as the notice\'s words ("A notice on the Corrigan Hale website on Tuesday read: “…”")', () => {
    const text = 'Customers were told to call the administrators.\n\nA notice on the Corrigan Hale website on Tuesday read: “Corrigan Hale Ltd is in administration. All enquiries should be directed to the joint administrators.”';
    assert.equal(speakerOf(text, 'is in administration').speaker?.name, 'Corrigan Hale');
  });

  it('reads "lists" after a writing as what the writing says ("The notice lists “…”")', () => {
    const text = 'The tariff, announced by the Office of the US Trade Representative in a notice published late last month, covers tools. Makers are worried. The notice lists "hand tools for textile work, not elsewhere specified," a category lawyers call vague.';
    assert.equal(speakerOf(text, 'hand tools for textile').speaker?.name, 'Office of the US Trade Representative');
  });

  it('reads a pipe band title written with a slash as a title, not as part of the name ("P/M Rennie", "L/D Moffat")', () => {
    const text = 'Pipe Major Alasdair Rennie and Leading Drummer Kirsty Moffat led the band. Speaking to the Piping Times, P/M Rennie said the upgrade was "the culmination of ten years of very hard work". L/D Moffat said continuity had been the key. "The snare line has been together for three seasons," she said.';
    assert.equal(speakerOf(text, 'the culmination').speaker?.name, 'Alasdair Rennie');
    assert.equal(speakerOf(text, 'The snare line').speaker?.name, 'Kirsty Moffat');
  });

  it('reads a time alone after a relative clause\'s closing comma as no subject ("The Border Telegraph, which has followed …, last week dubbed him “…”")', () => {
    const text = 'Callum Rutherford won the title. The Border Telegraph, which has followed Callum’s competition career since he won the junior class at 16, last week dubbed him “the Selkirk magician”, a title he laughs off.';
    assert.equal(speakerOf(text, 'the Selkirk magician').speaker?.name, 'Border Telegraph');
  });

  it('reads what a writing covers after its maker as no part of the maker ("The bathing ordinance issued by the Coast Guard for this stretch of coast says")', () => {
    const text = 'Giada Moretti, 19, is a trainee. “I want to see if it’s true,” she said.\n\nThe bathing ordinance issued by the Coast Guard for this stretch of coast says bathing is “strongly discouraged” on any beach where the rescue service is not active.';
    assert.equal(speakerOf(text, 'strongly discouraged').speaker?.name, 'Coast Guard');
  });

  it('reads "the developer" or "the contractor" as the firm the article named with that calling ("a scheme by developer Mersey Quarter Developments … after the developer said")', () => {
    const text = 'Sandeep Bhogal said: "We have listened." The council had previously backed a scheme by developer Mersey Quarter Developments to replace the block. That proposal was withdrawn after the developer said rising costs had made it "unviable in its current form".';
    assert.equal(speakerOf(text, 'unviable in its').speaker?.name, 'Mersey Quarter Developments');
    const apposition = 'Work stopped after the main contractor, Halvorsen Construction Group, pulled out its crews. Marta Rossi said: "We are worried."\n\nIn a letter to the developer, the contractor says it has been "forced to suspend all activity" after deadlines were missed.';
    assert.equal(speakerOf(apposition, 'forced to suspend').speaker?.name, 'Halvorsen Construction Group');
  });

  it('reads a writing of "the supplier" as the firm the article named with that calling ("his supplier, Halesworth Energy, … The supplier’s letter said")', () => {
    const text = 'Ken Rybak was hit by a renewal quote from his supplier, Halesworth Energy, that would have doubled his bill. “It burns all day,” Rybak said.\n\nThe supplier’s letter, seen by Glass Network, said the new rate reflected “wholesale market conditions and the customer’s consumption profile”.';
    assert.equal(speakerOf(text, 'wholesale market conditions').speaker?.name, 'Halesworth Energy');
  });

  it('reads a word after "what grocery workers call" or "what they simply call" as a label, nobody\'s words', () => {
    const text = 'Others described being scheduled for what grocery workers call a “clopen” — a closing shift followed by an opening shift. Villagers said the pace of what they simply call “bhangon” has picked up since the water began to recede.';
    assert.equal(speakerOf(text, 'clopen').speaker, null);
    assert.equal(speakerOf(text, 'bhangon').speaker, null);
  });

  it('reads Ukrainska Pravda\'s "Quote from X:" label as naming whose words follow', () => {
    const text = 'A source in the National Police told UP that searches had been carried out.\n\nQuote from the Prosecutor General\'s Office: "According to the investigation, the head of the hromada organised the acceptance of unfinished work."';
    assert.equal(speakerOf(text, 'According to the investigation').speaker?.name, "Prosecutor General's Office");
  });

  it('reads a quotation after Ukrainska Pravda\'s bare "Quote:" label as opening its paragraph, the words of the person the paragraph before turned to', () => {
    const text = 'Olena Marchuk, the mayor, said the works were complete. "We finished in August," she said.\n\nViktor Zabolotnyi, the hromada head, spoke at the council on Monday.\n\nQuote: "I have never taken a single hryvnia."';
    assert.equal(speakerOf(text, 'I have never taken').speaker?.name, 'Viktor Zabolotnyi');
  });

  it('reads "she laughs" after words that open their sentence as their attribution, but not "She laughs." before a quotation', () => {
    const text = 'Jeanine Van Hecke will pull the last pint at De Zwaan on Sunday. After 52 years, she is calling it a day. "My knees have decided for me," she laughs.';
    assert.equal(speakerOf(text, 'My knees').speaker?.name, 'Jeanine Van Hecke');
    const before = 'Marta Kowalewska asked about the launch. "Did it go well?" she asked.\n\nI put this to Ingrid Solberg. She laughs, then thinks about it for a long time.\n\n"She\'s not wrong. That\'s the honest answer."';
    assert.equal(speakerOf(before, 'not wrong').speaker?.name, 'Ingrid Solberg');
  });

  it('reads ", which described" after a body named after "in", past when, as the body\'s ("a move first floated in the News & Star last year, which described the fishermen as “…”")', () => {
    const text = 'Hodgson said the association would ask Cumberland Council to press for haaf netting to be recognised, a move first floated in the News & Star last year, which described the fishermen as “the last of the Solway Vikings”.';
    assert.equal(speakerOf(text, 'the last of the Solway').speaker?.name, 'News & Star');
  });

  it('reads "summed up" as a verb of speech ("he summed up his approach to band training in a sentence: “…”")', () => {
    const text = 'Harold Sowerby, who has died aged 88, led Moorside Band for 31 years.\n\nSowerby was never one for the spotlight, but in a 1987 interview with British Bandsman he summed up his approach to band training in a sentence: "Play in tune, play together, and mean it. Everything else is detail."';
    assert.equal(speakerOf(text, 'Play in tune').speaker?.name, 'Harold Sowerby');
  });

  it('reads "dismissing" as a verb of judgement whose subject opens the clause before, past an adverb ("Elsewhere he is less forgiving, dismissing one guest as “…”")', () => {
    const text = 'Edmund Strickland-Hale kept diaries for forty years. At one meet, Strickland-Hale notes that a borrowed tiercel “flew like a thing possessed”. Elsewhere he is less forgiving, dismissing one guest as “a gentleman who mistakes a hawk for a hat-stand”.';
    assert.equal(speakerOf(text, 'a gentleman who mistakes').speaker?.name, 'Edmund Strickland-Hale');
  });

  it('reads a writing "posted" somewhere as a participle, not the subject\'s verb ("in a video address posted on the page on Monday, he denied any wrongdoing.")', () => {
    const text = 'A source in the National Police told UP that investigators found "around US$200,000 in cash".\n\nViktor Zabolotnyi did not respond to UP\'s request for comment. However, in a video address posted on the hromada\'s official page on the evening of 12 November, he denied any wrongdoing.\n\n"I have never taken a single hryvnia from the children of our hromada."';
    assert.equal(speakerOf(text, 'I have never taken').speaker?.name, 'Viktor Zabolotnyi');
  });

  it('reads a name in quotation marks after a body\'s noun as the body\'s name, nobody\'s words ("whose NGO “Pravo na Dim” represents 23 families")', () => {
    const text = 'Lawyer Dmytro Voloshyn, whose NGO “Pravo na Dim” represents 23 families from the building free of charge, says the case is typical. “The mechanism works well for simple cases,” Voloshyn told hromadske.';
    assert.equal(speakerOf(text, 'Pravo na Dim').speaker, null);
    assert.equal(speakerOf(text, 'The mechanism works').speaker?.name, 'Dmytro Voloshyn');
  });

  it('reads a participle after a phrase opening with a preposition as sharing the subject opening the sentence ("The SPAB has lodged an objection to plans …, with terne-coated stainless steel, arguing that … “…”")', () => {
    const text = 'The SPAB has lodged an objection to plans to replace the stolen lead on the nave roof of St Withburga’s Church, Thurnham Parva, with terne-coated stainless steel, arguing that the Grade I building deserves a covering that will “last as long as the lead did and look as though it belongs”.';
    assert.equal(speakerOf(text, 'last as long as').speaker?.name, 'SPAB');
  });

  it('ends an unnamed source introduced by "quoted … as saying" before the "as" ("quoted an unnamed executive at Euronext as saying …; "…," the newspaper quoted the executive as saying")', () => {
    const text = 'A weekend report in the Telegraph had quoted an unnamed executive at Euronext as saying the group would make a cash bid. "Because we already own Liffe in London, the cost savings available to us are far greater," the newspaper quoted the executive as saying.';
    assert.equal(speakerOf(text, 'Because we already own Liffe').speaker?.name, 'an unnamed executive at Euronext');
  });
  it('leaves an adverb of time opening the sentence out of a subject that opens with a name ("Meanwhile Michael Jackson\'s mother has said she is "100% certain"")', () => {
    const text = 'Meanwhile Michael Jackson\'s mother has said she is "100% certain" her son did not commit the child abuse charges he faces.';
    assert.equal(speakerOf(text, '100% certain').speaker?.name, "Michael Jackson's mother");
  });

  it('keeps the part of a place an unnamed source is in as part of how the article names it ("A feed mill manager in northwest Iowa, who asked that his name not be used, said")', () => {
    const text = 'A feed mill manager in northwest Iowa, who asked that his name not be used, said some customers are "stretching their payment terms as far as they can."';
    assert.equal(speakerOf(text, 'stretching their payment terms').speaker?.name, 'A feed mill manager in northwest Iowa');
  });
  it('keeps where the reporter met an unnamed source as part of how the article names it ("A customs officer met at the post, who preferred to remain anonymous, however, warned")', () => {
    const text = 'A customs officer met at the post, who preferred to remain anonymous, however, warned that the procedures would take "several days" to become fluid again.';
    assert.equal(speakerOf(text, 'several days').speaker?.name, 'A customs officer met at the post');
  });

  it('keeps the mountain range a source works in as part of how the article names it ("said the operator of a larger resort in the Vosges, who asked not to be named")', () => {
    const text = '"Small areas like the Sonnenrain are the first to go," said the operator of a larger resort in the Vosges, who asked not to be named.';
    assert.equal(speakerOf(text, 'Small areas like').speaker?.name, 'the operator of a larger resort in the Vosges');
  });
  it('gives the words to the one an outlet "quoted" before a participle with no "as" ("the DNA quoted another operator describing the winter as "…"")', () => {
    const text = 'Last week, the DNA quoted another operator describing the winter as "a lottery where every ticket loses".';
    assert.equal(speakerOf(text, 'a lottery where').speaker?.name, 'another operator');
  });
  it('leaves a passive "was quoted in" the paper to its subject ("Mr Kruger was quoted in the Guardian newspaper saying: "…"")', () => {
    const text = 'Danny Kruger had been due to stand in Sedgefield. Mr Kruger was quoted in the Guardian newspaper saying: "We plan to introduce a period of creative destruction in the public services."';
    assert.equal(speakerOf(text, 'We plan to introduce').speaker?.name, 'Danny Kruger');
  });
  it('leaves "quoted as saying" to the subject before it ("with Mr Dixon quoted as saying that the carrier could no longer afford to remain "all-Australian"")', () => {
    const text = 'Qantas chief executive Geoff Dixon said costs would fall. Qantas boss Mr Dixon also said he would be reviewing the group\'s cost-cutting measures. Last month, the company warned it may transfer as many as 7,000 jobs out Australia, with Mr Dixon quoted as saying that the carrier could no longer afford to remain "all-Australian".';
    assert.equal(speakerOf(text, 'all-Australian').speaker?.name, 'Geoff Dixon');
  });

  it('gives the words to the name set beside the description of the one an outlet "quoted … as saying" ("which quoted the contractor, Ray Dunaway, as saying he had "…"")', () => {
    const text = 'The find was first reported by The Cincinnati Enquirer, which quoted the contractor, Ray Dunaway, as saying he had "nearly thrown the whole lot in the dumpster" before noticing a label.';
    assert.equal(speakerOf(text, 'nearly thrown the whole lot').speaker?.name, 'Ray Dunaway');
  });

  it('gives words after "and says" to the subject before a quoted predicate, and a landlord named as one to that body ("Foncière Rhénane Habitat, a private landlord …. The landlord “regrets …” and says a programme of works “will begin …”")', () => {
    const text = 'The flats belong to Foncière Rhénane Habitat, a private landlord based in Schiltigheim. Contacted by Rue89 Strasbourg, Foncière Rhénane Habitat replied by email. The landlord “regrets the inconvenience experienced by some tenants” and says a programme of works “will begin in the second half of the year”.';
    assert.equal(speakerOf(text, 'will begin in the second half').speaker?.name, 'Foncière Rhénane Habitat');
  });

  it('gives words after "X is clear:" to the one named, which no label opens ("Danzer is clear: "We are not against renovation."")', () => {
    const text = 'Elfriede Danzer has collected 212 signatures in three days. Danzer is clear: "We are not against renovation. But we want to be asked before the bill is sent."';
    assert.equal(speakerOf(text, 'We are not against renovation').speaker?.name, 'Elfriede Danzer');
  });
  it('reads the source of the sentence before a pronoun past a clause of being asked ("When asked by the AZ, a spokesman for Markthallen München rejected the criticism. "…," he said")', () => {
    const text = 'Ludwig Stangl grumbles. When asked by the AZ, a spokesman for Markthallen München rejected the criticism. "The rents have been well below comparable commercial rents," he said.';
    assert.equal(speakerOf(text, 'The rents have been').speaker?.name, 'a spokesman for Markthallen München');
  });

  it('reads a phrase of where opening the sentence, with its relative clause, as no subject with an apposition ("In the footage, which Fanpage.it has seen in full, the man can also be heard saying: "…"")', () => {
    const text = 'A man in a high-visibility vest asks for twenty euros, points at the car and explains, in a mixture of Italian and English, that without the money he "cannot promise anything". It is the scene captured in a video.\n\nIn the footage, which Fanpage.it has seen in full, the man can also be heard saying: "Here it\'s me who watches the cars. You pay me, you find the car as you left it."';
    assert.equal(speakerOf(text, 'Here it').speaker?.name, 'A man in a high-visibility vest');
  });

  it('gives "the paper says" to the body that drew up the writing introduced just before, whose name opens with "Department of" ("According to the draft resolution drawn up by the Department of Urban Planning …, … "…," the paper says")', () => {
    const text = 'According to the draft resolution drawn up by the Department of Urban Planning and Building Regulation, the car park was "on average less than 40 percent occupied" on weekdays. "A refurbishment of the existing building cannot be justified economically," the paper says.';
    assert.equal(speakerOf(text, 'A refurbishment of the existing').speaker?.name, 'Department of Urban Planning and Building Regulation');
  });

  it('reads "…, says headteacher Ewa Solich." ending a sentence as naming who spoke, though the words before have a comma of their own ("At Primary School No. 12 in the Chwałowice district, the children will stay inside, says headteacher Ewa Solich. "…"")', () => {
    const text = '"Yesterday alone we carried out 46 inspections," the commander of the Rybnik municipal guard, Leszek Gajda, told our reporter.\n\nAt Primary School No. 12 in the Chwałowice district, the children will stay inside, says headteacher Ewa Solich. "Instead of running on the pitch we will play games in the gym."';
    assert.equal(speakerOf(text, 'Instead of running').speaker?.name, 'Ewa Solich');
  });

  it('reads a prospectus as a writing, which speaks for the body the possessive names ("The press’s prospectus, posted to subscribers last month, describes the book as “…”")', () => {
    const text = 'Larkmoor Press will close next year. The press’s prospectus, posted to subscribers last month, describes the book as “a farewell to the river we have looked at every working morning”.';
    assert.equal(speakerOf(text, 'a farewell to the river').speaker?.name, 'Larkmoor Press');
  });
  it('gives words to a publication named before the noun for its kind ("Slipcase magazine called the couple "…"")', () => {
    const text = 'Reviewing her earlier sequence in 2019, Slipcase magazine called the couple "the last of the kitchen-table idealists".';
    assert.equal(speakerOf(text, 'the last of the kitchen-table').speaker?.name, 'Slipcase');
  });

  it('gives a writing "submitted by the company" to the firm in focus ("Drogomix-Bud rejects the accusations. The environmental report submitted by the company says the plant "…"")', () => {
    const text = 'Drogomix-Bud rejects the accusations. The environmental report submitted by the company, which we have seen, says the plant "will not cause exceedances of permissible concentrations".';
    assert.equal(speakerOf(text, 'will not cause exceedances').speaker?.name, 'Drogomix-Bud');
  });

  it('gives a police writing to the one police force the article names ("According to the police statement, the network used "…"")', () => {
    const text = 'The National Police said ten people were arrested. According to the police statement, the network used "hundreds of passport numbers, many of them invented" to book tickets.';
    assert.equal(speakerOf(text, 'hundreds of passport numbers').speaker?.name, 'National Police');
  });
  it('reads "hailing … as" as a verdict of the subject, a Polish daily named by "Dziennik" ("In 2019 Dziennik Zachodni was still hailing Nikiszowiec as "the new Kazimierz"")', () => {
    const text = 'In 2019 Dziennik Zachodni was still hailing Nikiszowiec as "the new Kazimierz", a reference to the fashionable Jewish quarter of Kraków, and few residents complained.';
    assert.equal(speakerOf(text, 'the new Kazimierz').speaker?.name, 'Dziennik Zachodni');
  });

  it('reads a rule sheet or a charge sheet as a writing that speaks as written, not as a description of someone ("… over what the rule sheet calls "showy ornamentation"")', () => {
    const text = 'Maddie Sue Collier won the crown. This year the Powell Valley Ruritan Club issued written guidance asking judges to favor "the regional old-time tradition" over what the rule sheet calls "showy ornamentation, including Texas-style variations."';
    assert.equal(speakerOf(text, 'showy ornamentation').speaker?.name, 'the rule sheet');
  });

  it('gives words to a writing named after the preposition opening the sentence, which a "which" clause says states them ("Under the match rules, which state that “…”, two competitors lost points")', () => {
    const text = 'Not all of the day went to plan. Under the match rules, which state that “no chainsaw shall be started after the first ninety minutes of laying”, two competitors lost points.';
    assert.equal(speakerOf(text, 'no chainsaw shall be started').speaker?.name, 'the match rules');
  });

  it('gives words to the one holder of a body\'s office named with its possessive, whose title an apposition gave with the body ("Rachel Okonjo, Technical Manager at Calderbrook Animal Health, said …. Calderbrook\'s technical manager said: "…"")', () => {
    const text = 'Rachel Okonjo, Technical Manager at Calderbrook Animal Health, said: "Cat owners tell us again and again." Asked about the comment, Calderbrook\'s technical manager said: "We\'d never suggest every cat needs every product."';
    assert.equal(speakerOf(text, 'never suggest every cat').speaker?.name, 'Rachel Okonjo');
  });

  it('gives "the report" to the maker of a writing the article opened with "The", past what it covers ("The survey of 1,450 pharmacy staff, carried out by the Pharmacy Support Staff Network …. The report … says abuse has become “part of the job”")', () => {
    const text = 'Almost two-thirds of pharmacy team members have been abused, according to a new survey.\n\nThe survey of 1,450 pharmacy staff, carried out by the Pharmacy Support Staff Network in March and April, found that 64% had experienced verbal abuse.\n\nThe report, titled “Behind the Counter”, says abuse has become “part of the job” for many counter assistants.';
    assert.equal(speakerOf(text, 'part of the job').speaker?.name, 'Pharmacy Support Staff Network');
  });

  it('gives "the email stated" to the body that "informed customers of the change in a Jan. 14 email", past the date before the writing\'s noun', () => {
    const text = 'Harlan Creek Pet Distribution raised its minimum. The company informed customers of the change in a Jan. 14 email titled "Building a Sustainable Service Model."\n\n"Over the past three years, our cost to deliver a single case of product has risen by more than 40 percent," the email stated.';
    assert.equal(speakerOf(text, 'Over the past three years').speaker?.name, 'Harlan Creek Pet Distribution');
  });

  it('introduces no source with a relative pronoun between the article and the noun ("according to a study that researchers say should alarm anyone …; the researchers said the findings pointed to a “hidden collapse”")', () => {
    const text = 'Summer heatwaves are causing colonies to fail, according to a study that researchers say should alarm anyone concerned about pollinators.\n\nBecause only mated queens survive the winter, the researchers said the findings pointed to a “hidden collapse” that would not show up for years.';
    assert.equal(speakerOf(text, 'hidden collapse').speaker?.name, 'the researchers');
  });

  it('takes up the person in focus by an office of a body the article names ("Ingrid Solberg doesn\'t like the word …. "…," says the co-founder and chief executive of Kestrel Computing")', () => {
    const text = 'OSLO — Ingrid Solberg doesn\'t like the word "sustainable." She says it with a small wince.\n\n"It\'s become a word you put on a box," says the co-founder and chief executive of Kestrel Computing, whose laptop has sold 400,000 units.';
    assert.equal(speakerOf(text, 'a word you put on a box').speaker?.name, 'Ingrid Solberg');
  });

  it('reads an office in Title Case opening a headline as its holder the article names ("Health Minister admits waiting lists “out of control” … Health Minister Gareth Lindsay-Adeyemi said")', () => {
    const text = 'Health Minister admits waiting lists “out of control” as 71,000 wait over four years\n\nSpeaking to MLAs at the Stormont health committee, Health Minister Gareth Lindsay-Adeyemi said he would not “dress up” the figures.';
    assert.equal(speakerOf(text, 'out of control').speaker?.name, 'Gareth Lindsay-Adeyemi');
  });

  it('gives "she said" to whoever the pronoun that reported the previous speaker stands for ("Brizzi is not persuaded. Asked about the offer, she recalled that Orsucci had used …. “…,” she said")', () => {
    const text = 'The mayor, Ornella Brizzi, spoke first. Its director, Valentina Orsucci, replied. “We are ready,” she told Il Tirreno.\n\nBrizzi is not persuaded. Asked about the company’s offer, she recalled that Orsucci had used the same argument a year ago. “Then, too, we were told it was a matter of weeks,” she said.';
    assert.equal(speakerOf(text, 'We are ready').speaker?.name, 'Valentina Orsucci');
    assert.equal(speakerOf(text, 'a matter of weeks').speaker?.name, 'Ornella Brizzi');
  });

  it('gives "according to the report" to the body the report was introduced as being of ("Much of the case rested on the report of the Vigili del Fuoco …. According to the report, the exits were “…”")', () => {
    const text = 'PRATO – The court sentenced Marco Ferraresi. Much of the case rested on the report of the Vigili del Fuoco, who fought the blaze until dawn. According to the report, the two emergency exits at the back of the building were “obstructed by pallets of fabric in a systematic, not occasional, way”.';
    assert.equal(speakerOf(text, 'obstructed by pallets').speaker?.name, 'Vigili del Fuoco');
  });

  it('gives the words of a letter "from" a body whose name has a particle inside to that body ("a framed letter from Comhairle nan Eilean Siar, which read: “…”")', () => {
    const text = 'Local councillor Uisdean Walker presented Kate Ann with a framed letter from Comhairle nan Eilean Siar, which read: “On behalf of the people of the Western Isles, we send our warmest congratulations.”';
    assert.equal(speakerOf(text, 'On behalf of the people').speaker?.name, 'Comhairle nan Eilean Siar');
  });

  it('gives the verb after a relative clause to the name set beside a relative\'s description opening the sentence, not to a name inside the clause ("Her son, Donald Angus MacIsaac, who … organised the party with his sister, Peigi Johnston, said")', () => {
    const text = 'Her son, Donald Angus MacIsaac, who lives next door and organised the party with his sister, Peigi Johnston, said his mother was “still the boss of the house”.';
    assert.equal(speakerOf(text, 'still the boss').speaker?.name, 'Donald Angus MacIsaac');
  });

  it('gives "she says" after a quotation opening a paragraph to the person introduced as the subject of the paragraph before ("Brandt-Osei laughs and then, seeing van der Velde’s face, stops.¶“…,” she says")', () => {
    const text = 'Annick van der Velde, 71, has photographed wars for forty years. Her fixer is Leonie Brandt-Osei.\n\n“Tell her I’m slow,” van der Velde says.\n\nBrandt-Osei laughs and then, seeing van der Velde’s face, stops. Later, out of earshot of the older woman, she tells me the knee is worse than it looks.\n\n“She won’t use the stick in front of people,” she says.';
    assert.equal(speakerOf(text, 'use the stick').speaker?.name, 'Leonie Brandt-Osei');
  });

  it('takes up, with a description after the quotation, an unnamed source opening the sentence before, whose reason for anonymity is its own restrictive clause ("A ruling-coalition deputy who asked not to be named was blunter. “…,” the legislator told La Tercera")', () => {
    const text = 'Mardones, however, acknowledged that two deputies had asked for changes. “The minister has done her job,” she replied.\n\nA ruling-coalition deputy who asked not to be named was blunter. “Hacienda is dragging its feet,” the legislator told La Tercera.';
    assert.equal(speakerOf(text, 'dragging its feet').speaker?.name, 'A ruling-coalition deputy who asked not to be named');
  });

  it('takes up an unnamed member "of the board" opening the sentence before ("A member of the board, who asked not to be named, told Cooperativa that …. “…,” the director said")', () => {
    const text = 'The club president, Álvaro Tapia, spoke first. A member of the board, who asked not to be named, told Cooperativa that the club had already contacted two coaches. "We want someone who knows the division," the director said.';
    assert.equal(speakerOf(text, 'knows the division').speaker?.name, 'A member of the board');
  });

  it('gives "she said" to the one who reported the previous speaker\'s words when the quotation names that speaker by given name ("Gayheart … said she was not nervous. Combs had told her to “just let it fly,” she said.¶“… Macy said shoot, so I shot,” she said")', () => {
    const text = '“Addie doesn’t play like a freshman. She never has,” Macy Combs said.\n\nAddie Gayheart, who did not crack the starting lineup until January, said she was not nervous on the second shot. Combs had told her during the timeout to “just let it fly,” she said.\n\n“I didn’t even think about it. Macy said shoot, so I shot,” she said.';
    assert.equal(speakerOf(text, 'Macy said shoot').speaker?.name, 'Addie Gayheart');
  });

  it('takes up with "the council" a town council the article names in its own language, the noun heading the name ("the Comune di Bari … which the council describes as “…”")', () => {
    const text = 'The new bays will be managed by Mobilità Barese, the company that runs the car parks on behalf of the Comune di Bari.\n\nResidents can apply for an annual permit costing 30 euros, which the council describes as “a symbolic contribution to the upkeep of the streets”.';
    assert.equal(speakerOf(text, 'a symbolic contribution').speaker?.name, 'Comune di Bari');
  });

  it('does not give "she recalled" to a relative opening the sentence before when that sentence is one the pronoun reports ("Her mother never pushed her, she says. “…,” she recalled")', () => {
    const text = 'QUEBEC CITY — Huguette Paradis has sold books on 3e Avenue since 1984.\n\nHer daughter, Julie Paradis-Boucher, considered taking over the business. “I grew up between these shelves,” she admitted.\n\nHer mother never pushed her, she says. “She told me: ‘Do what makes you happy.’ That’s so her,” she recalled.';
    assert.equal(speakerOf(text, 'That’s so her').speaker?.name, 'Julie Paradis-Boucher');
  });

  it('reads a name in quotation marks after a broadcast\'s noun as the programme\'s, nobody\'s words ("Interviewed on the ICI Estrie morning show “Au lever du jour”, Lemieux asked")', () => {
    const text = 'Interviewed earlier on the ICI Estrie morning show “Au lever du jour”, Lemieux asked residents to report downed lines rather than approach them.';
    assert.equal(speakerOf(text, 'Au lever du jour').speaker, null);
  });

  it('takes up a Scottish health board, named for the NHS and its area, with "the health board" ("NHS Highland’s decision …. Under the changes, which the health board describes as a “temporary redesign”")', () => {
    const text = 'Health campaigners in south Skye have reacted with fury to NHS Highland’s decision to end overnight GP cover at the hospital in Broadford.\n\nUnder the changes, which the health board describes as a “temporary redesign”, patients will be directed to NHS 24.';
    assert.equal(speakerOf(text, 'temporary redesign').speaker?.name, 'NHS Highland');
  });

  it('reads forecasters as sources, bare or in a relative clause ("A depression that forecasters had described on the morning of the start as “a nuisance rather than a threat” deepened")', () => {
    const text = 'A depression that forecasters had described on the morning of the start as “a nuisance rather than a threat” deepened sharply on the second night.';
    assert.equal(speakerOf(text, 'a nuisance rather').speaker?.name, 'forecasters');
  });

  it('keeps where a body\'s office is in an unnamed source\'s name, though the place is a surname too ("A meteorologist with the National Weather Service in Jackson told WYMT")', () => {
    const text = 'A meteorologist with the National Weather Service in Jackson told WYMT the storms “kept training over the same ground” for most of the evening.';
    assert.equal(speakerOf(text, 'kept training').speaker?.name, 'A meteorologist with the National Weather Service in Jackson');
  });

  it('reads the words a place or a body markets or bills itself as as a label, nobody\'s words ("The country, which markets itself as “the Smiling Coast”, relies on tourism")', () => {
    const text = 'The country, which markets itself as “the Smiling Coast”, relies on tourism for about a fifth of its gross domestic product, according to official figures.';
    assert.equal(speakerOf(text, 'the Smiling Coast').speaker, null);
  });

  it('names no source for words "according to official figures", where "official" is an adjective', () => {
    const text = 'Tourism brings in “a fifth of all revenue”, according to official figures.';
    assert.equal(speakerOf(text, 'a fifth of all revenue').speaker, null);
  });

  it('gives the words of a report "filed by the police" to the police, as written ("the final report filed by the police in the case described the deaths as “accidental”")', () => {
    const text = 'Justice Sundaravel Pandian noted that the final report filed by the police in the case described the deaths as “accidental” and that no one had been charged.';
    assert.equal(speakerOf(text, 'accidental').speaker?.name, 'the police');
  });

  it('takes up with "the ministry" a ministry the article names in its own language ("The Ministerio de Cultura y Patrimonio said …. “…,” the ministry said")', () => {
    const text = 'The Ministerio de Cultura y Patrimonio said that recognition brings obligations. In a statement, the ministry said it would finance 25 apprentices.\n\n“Safeguarding is not only about declarations,” the ministry said.';
    assert.equal(speakerOf(text, 'Safeguarding is not').speaker?.name, 'Ministerio de Cultura y Patrimonio');
  });

  it('reads a preposition of place opening a sentence as a word, not a name that speaks ("Beneath it someone has added, in marker pen: “Since when?”")', () => {
    const text = 'On the main gate a laminated sheet has been hanging for weeks: “Closed for technical reasons. We apologise for the inconvenience.” Beneath it someone has added, in marker pen: “Since when?”';
    assert.equal(speakerOf(text, 'Since when?').speaker, null);
  });

  it('finds the subject of a participle past a time of day opening the sentence ("Late in the evening the company issued a second note, saying it remained “open to dialogue”")', () => {
    const text = 'The lines at Valtorque Components had stopped by noon.\n\nLate in the evening the company issued a second note, saying it remained “open to dialogue”.';
    assert.equal(speakerOf(text, 'open to dialogue').speaker?.name, 'Valtorque Components');
  });

  it('reads a possessive past the stop of a surname\'s initial, so the one possessed speaks ("Dennis W.’s lawyer, Sebastian Moritz, …. His client had only been the driver, he argued: “…”")', () => {
    const text = 'Dennis W.’s lawyer, Sebastian Moritz, had asked for a suspended sentence. His client had only ever been the driver, he argued: “He never cut a single cable.”';
    assert.equal(speakerOf(text, 'a single cable').speaker?.name, 'Sebastian Moritz');
  });

  it('gives "he said" after an office opening the sentence before to the holder the pronoun can stand for, of several ("The director says he hopes …. “…,” he said", with a circus director and an equestrian director)', () => {
    const text = 'The big top was torn, circus director Fabrizio Amadori told Planet Circus.\n\nHis wife, the equestrian director Inès Amadori-Vidal, spent the night with the horses. “The horses are used to noise,” she said.\n\nJean-Marc Delorme, president of the association, said small companies were exposed. “Ten years ago we talked about it,” he said.\n\nBack on the Parc des Expositions, the company spent Monday folding the canvas. The director says he hopes to be back under a full big top by Easter.\n\n“The show goes on, as they say,” he said, laughing.';
    assert.equal(speakerOf(text, 'The show goes on').speaker?.name, 'Fabrizio Amadori');
  });

  it('gives "she said" to the holder of an office opening the sentence before last, when the sentence between names no one who fits ("The judge did not go that far. Marek H. confessed in full …. “…,” she said")', () => {
    const text = '“They picked out old people,” Judge Hana Křížková said when explaining the verdict.\n\nState prosecutor Zdeňka Vlčková had asked for seven years. “He stole from women,” she said in her closing speech.\n\nThe judge did not go that far. Marek H. confessed in full and has so far returned 400,000 crowns. “Without his confession, it would have been considerably harder,” she said.';
    assert.equal(speakerOf(text, 'Without his confession').speaker?.name, 'Hana Křížková');
  });

  it('takes "the older woman" up as a pronoun would, and finds a grandmother through the granddaughter a name\'s possessive introduced ("Chóez’s granddaughter, Génesis Chóez, …. Her grandmother watches her from the bench. “…,” the older woman said")', () => {
    const text = 'Rosa Elvira Chóez, 78, has woven hats since she was a girl.\n\nChóez’s granddaughter, Génesis Chóez, is one of the young people who have signed up. At 19, she studies accounting in Manta. “My grandmother says my hands are still too hurried,” she said, laughing.\n\nHer grandmother watches her from the bench. “She has good fingers,” the older woman said.';
    assert.equal(speakerOf(text, 'She has good fingers').speaker?.name, 'Rosa Elvira Chóez');
  });

  it('gives a notice on a body\'s website to the body the article names, whose website it is ("A notice on the federation’s website reads: “…”")', () => {
    const text = 'The Wessex Poultry Federation cancelled its championship show. A notice on the federation’s website reads: “Please do not bring birds to the showground on any account.”';
    assert.equal(speakerOf(text, 'Please do not bring birds').speaker?.name, 'Wessex Poultry Federation');
  });

  it('lets a person named after a preposition, whom a "who" clause goes on to describe, take the floor ("Second and third went to Pete Lanyon of Plymouth, who timed two cocks …. “…,” he said")', () => {
    const text = '“I’d given up, honestly,” said Denise Trethewey, who races with her husband, Alan.\n\nHer husband was less surprised. “She’s always been a hard hen,” he said.\n\nSecond and third went to Pete Lanyon of Plymouth, who timed two cocks within four minutes of each other. “I was sat there with the clock and a torch,” he said.';
    assert.equal(speakerOf(text, 'with the clock and a torch').speaker?.name, 'Pete Lanyon');
  });

  it('gives the words a sign or a banner reads to it, named as written by where it hangs, or to whoever the words say put it up ("A handwritten sign taped to the shelter read: “…”", "A bedsheet hung on the fence by the workers read: “…”")', () => {
    const sign = 'The town was quiet. A handwritten sign taped to the shelter read: “No feeder bus. Be patient.”';
    assert.equal(speakerOf(sign, 'No feeder bus').speaker?.name, 'A handwritten sign taped to the shelter');
    const banner = 'Fans gathered on the malecón. One banner, hung from a lamppost on the avenue, read: “From the sand to Serie B.”';
    assert.equal(speakerOf(banner, 'From the sand').speaker?.name, 'One banner');
    const bedsheet = 'The plant stopped. A bedsheet hung on the fence by the workers read: “Valtorque siamo noi” – Valtorque is us.';
    assert.equal(speakerOf(bedsheet, 'Valtorque siamo noi').speaker?.name, 'the workers');
  });

  it('gives a ruling no one is said to have written to the court the article named last ("Reykjanes District Court ordered the builder to pay damages. The written ruling, released on Wednesday, describes … as “…”")', () => {
    const text = 'Reykjanes District Court ordered the builder to pay damages. The written ruling, released on Wednesday, describes the contracts as “documents with no legal value whatsoever.”';
    assert.equal(speakerOf(text, 'no legal value').speaker?.name, 'Reykjanes District Court');
  });

  it('reads "struck a different tone" as a manner of speaking before a colon ("Thistle\'s official account struck a different tone on X: “…”")', () => {
    const text = 'Kelvinside Thistle lost the final 3-1. Thistle\'s official account struck a different tone on X: "Heads up, Thistle. Proud of every one of you."';
    assert.equal(speakerOf(text, 'Heads up, Thistle').speaker?.name, 'Kelvinside Thistle');
  });

  it('gives "one of them" the apposition that describes which one ("One of them, a retired teacher, told Equestrian Trade News she had lost a saddle. “…,” she said")', () => {
    const text = 'Several of her liveries had no insurance, Mrs Carrick said. One of them, a retired teacher, told Equestrian Trade News she had lost a saddle. "I\'d saved for two years to buy it," she said.';
    assert.equal(speakerOf(text, 'saved for two years').speaker?.name, 'a retired teacher');
  });

  it('takes up with a pronoun a new unnamed source whose worry fills the sentence before ("A pensioner who lives next to the industrial zone is mainly concerned about traffic. “…,” she said")', () => {
    const text = '“My son has been looking for a flat,” said one resident of the Kleegärten district. A pensioner who lives next to the industrial zone is mainly concerned about traffic. “The lorries already drive past my window at five in the morning,” she said.';
    assert.equal(speakerOf(text, 'drive past my window').speaker?.name, 'A pensioner who lives next to the industrial zone');
  });

  it('reads "Its bulletin number 47 reads:" as a writing of the body named before ("Conred raised the alert level. Its bulletin number 47 reads: “…”")', () => {
    const text = 'The Coordinadora Nacional para la Reducción de Desastres (Conred) raised the alert level on Saturday. Its bulletin number 47 reads: “Orange institutional alert is declared for the municipalities of Panzós.”';
    assert.equal(speakerOf(text, 'Orange institutional alert').speaker?.name, 'Coordinadora Nacional para la Reducción de Desastres');
  });

  it('gives the verb after a relative\'s description set beside a name to that name\'s bearer, not to the relative named after it ("managing director Tom Birkett, grandson of the founder, Walter Scarside, wrote: “…”")', () => {
    const text = 'In a letter to staff seen by Trail, managing director Tom Birkett, grandson of the founder, Walter Scarside, wrote: “This is the hardest letter I have ever had to write.”';
    assert.equal(speakerOf(text, 'the hardest letter').speaker?.name, 'Tom Birkett');
  });

  it('does not take up with "the company" a body the article calls a trade union ("The Syna trade union welcomes …. The company said it was “…”", after "Rhonetal Biosynth AG")', () => {
    const text = 'Rhonetal Biosynth AG will add 200 jobs. The Syna trade union welcomes the new jobs but wants a say. “We expect Rhonetal Biosynth to negotiate a collective labour agreement,” a Syna regional secretary told this newspaper. The company said it was “open to dialogue with the social partners”.';
    assert.equal(speakerOf(text, 'open to dialogue').speaker?.name, 'Rhonetal Biosynth AG');
  });

  it('lets a person whose first verb is joined to "and said" take the floor ("Doyle shook Bevan’s hand at the prize-giving and said he had watched him …. “…,” he added")', () => {
    const text = '“I learned the trade in his forge,” said Rhys Bevan. Kieran Doyle won the open title. Doyle shook Bevan’s hand at the prize-giving and said he had watched him win as a schoolboy. “He was the one I wanted to beat,” he added.';
    assert.equal(speakerOf(text, 'wanted to beat').speaker?.name, 'Kieran Doyle');
  });

  it('gives a pronoun that a sentence brings back to the story\'s scene to the person the story is about ("Back in Caldmore, however, she is determined to stay optimistic. “…,” she said")', () => {
    const text = 'Claire Holloway runs the last saddlery in Caldmore. Holloway has raised her prices twice. Holloway says orders from abroad have kept her going.\n\nThe guild’s chief executive, Annabel Freer, said the smallest workshops were the most exposed. “A two-person workshop can’t,” she said.\n\nBack in Caldmore, however, she is determined to stay optimistic. “Handmade British saddles still mean something abroad,” she said.';
    assert.equal(speakerOf(text, 'still mean something abroad').speaker?.name, 'Claire Holloway');
  });


  it('reads the French courtesy titles "Maître", "Mme" and "Mlle" as titles, not as part of the name ("Maître Hélène Bouvard, of the Chambéry bar", then "Mme Garnier-Loubet told")', () => {
    const text = 'Then it was the turn of the defence. Maître Hélène Bouvard, of the Chambéry bar, went straight at the prosecution’s case. “Hindsight is the most comfortable seat in any courtroom,” she said.\n\nThe mayor, Évelyne Garnier-Loubet, has asked for help. “We cannot do this alone,” Mme Garnier-Loubet told Le Bien Public.';
    assert.equal(speakerOf(text, 'Hindsight').speaker?.name, 'Hélène Bouvard');
    assert.equal(speakerOf(text, 'We cannot do this alone').speaker?.name, 'Évelyne Garnier-Loubet');
  });


  it('gives a pronoun to whom it went on with when the name before it sits in an aside of the same pronoun ("Jean-Marc Vernadet, he points out, had already announced …. “…,” he warned"), but not a quotation standing after the aside\'s sentence ("Nuala, she remembers, did not offer sympathy. “…”")', () => {
    const text = 'Karim Bessaoud is more cautious still about the investment plan. Jean-Marc Vernadet, he points out, had already announced a new heat-treatment line back in 2019, before the money ran out. “Promises in a press release cost nothing,” he warned.';
    assert.equal(speakerOf(text, 'Promises in a press release').speaker?.name, 'Karim Bessaoud');
    const partial = 'Laetitia Pernet, a self-employed nurse in Lescheraines, fears that the centre will draw patients away. Dr Inès Falquet, she says, has been “very correct” with the local professionals.';
    assert.equal(speakerOf(partial, 'very correct').speaker?.name, 'Laetitia Pernet');
    const remembered = 'She is fifty-four and grew up in Derry, where her mother, Nuala O\'Keeffe, was a midwife. Dervla O\'Keeffe came to Sunderland in 1994. After her first night shift she rang home in tears. Nuala, she remembers, did not offer sympathy. “Go back tomorrow. The ones who cry are the ones who care.”';
    assert.equal(speakerOf(remembered, 'Go back tomorrow').speaker?.name, 'Nuala O\'Keeffe');
  });


  it('gives a pronoun to an unnamed source opening the sentence before with an age set beside it ("One regular, an 86-year-old woman from the upper village, no longer has to rely on lifts. "…," she says", "One of the two survivors, a 36-year-old woman from Lyon, had sent a letter")', () => {
    const text = 'Tanja Unterweger manages the shop. She opens it at seven.\n\nFor some customers, the shop has changed everyday life. One regular, an 86-year-old woman from the upper village, no longer has to rely on lifts. "Now I can walk here again," she says.';
    assert.equal(speakerOf(text, 'Now I can walk').speaker?.name, 'One regular');
    const blunter = 'Councillor Dirk Oberschelp defended the vote. "There was no alternative," he said.\n\nOne regular, a 78-year-old who has swum his lengths here every morning for four decades, was blunter. “They let it rot for twenty years,” he said.';
    assert.equal(speakerOf(blunter, 'They let it rot').speaker?.name, 'One regular');
    const survivor = 'Maître Hélène Bouvard, for the defence, said her client had followed every rule. “He dug them out himself,” she said.\n\nOne of the two survivors, a 36-year-old woman from Lyon who did not attend the hearing, had sent a letter to the court, which the presiding judge read aloud. “I do not hold Olivier responsible,” she wrote.';
    assert.equal(speakerOf(survivor, 'I do not hold Olivier').speaker?.name, 'One of the two survivors');
  });


  it('gives a quotation opening a paragraph past its dateline to the person the next sentence introduces, past a phrase opening it ("YVOIRE. "I\'ve been on this lake for forty years." On Sunday morning, Didier Favrat, the harbour master at Yvoire, was still in his oilskins")', () => {
    const text = 'Joran storm wrecks boats in Yvoire harbour\n\nYVOIRE. "I\'ve been on this lake for forty years and I\'ve never seen the water rise like that." On Sunday morning, Didier Favrat, the harbour master at Yvoire, was still in his oilskins, surveying what was left of pontoon B.';
    assert.equal(speakerOf(text, 'on this lake').speaker?.name, 'Didier Favrat');
    const summedUp = 'THIERS. “It is not the ending we dreamed of, but it is an ending.” Standing in front of the old forge, Karim Bessaoud, staff representative at Coutellerie Vernadet, summed up the mood on Thursday afternoon.';
    assert.equal(speakerOf(summedUp, 'the ending we dreamed of').speaker?.name, 'Karim Bessaoud');
  });


  it('lets a person who takes a line less or more so than the previous speaker take the floor, past a relative clause ("Cavallari, who sits on the association’s board, is less diplomatic than Magri. “…,” he said")', () => {
    const text = 'Fabio Magri, the association’s president, said talks with the region were going well. “We are being listened to,” he said.\n\nRoberto Cavallari, who sits on the association’s board, is less diplomatic than Magri. “Every year they come down here with boots and cameras,” he said.';
    assert.equal(speakerOf(text, 'Every year they come').speaker?.name, 'Roberto Cavallari');
  });


  it('reads "a.m." before a lower-case word as no end of a sentence ("A neighbour, who asked not to be named, said she had heard a diesel engine at around 2 a.m. but had thought nothing of it. “…,” she said")', () => {
    const text = 'Loretta Bursi said the door had been forced. “They knew exactly what they wanted,” she said.\n\nA neighbour, who asked not to be named, said she had heard a diesel engine at around 2 a.m. but had thought nothing of it. “Trucks come up here for the vineyards at all hours in autumn,” she said.';
    assert.equal(speakerOf(text, 'Trucks come up here').speaker?.name, 'A neighbour');
  });


  it('gives the words of "its forecasters" to the body "its" stands for ("Météo-France had placed the department on orange alert. Its forecasters later described the hail cell as “…”")', () => {
    const text = 'Météo-France had placed the department on orange alert for storms that afternoon. Its forecasters later described the hail cell as “exceptional for the season in its intensity”.';
    assert.equal(speakerOf(text, 'exceptional for the season').speaker?.name, 'Météo-France');
  });


  it('gives a body\'s words to the body, not to whom a relative clause on it names ("the Compagnie des guides du Grand Mont, of which Chastagnier has been a member since 2004, said it stood “fully behind” him")', () => {
    const text = 'The guide, Olivier Chastagnier, 47, denies the charge. “I did what I could,” he said.\n\nIn a statement released the day before the trial, the Compagnie des guides du Grand Mont, of which Chastagnier has been a member since 2004, said it stood “fully behind” him.';
    assert.equal(speakerOf(text, 'fully behind').speaker?.name, 'Compagnie des guides du Grand Mont');
  });


  it('takes "the federation" up as a federation named in its own language ("The Federación Insular de Lucha Canaria de Gran Canaria …. The federation said in a statement")', () => {
    const text = 'The final was organised by the Federación Insular de Lucha Canaria de Gran Canaria. Officers of the Policía Local de Telde separated the fans.\n\nThe federation said in a statement on Sunday that it would open an inquiry into “the regrettable incidents in the stands”.';
    assert.equal(speakerOf(text, 'the regrettable incidents').speaker?.name, 'Federación Insular de Lucha Canaria de Gran Canaria');
  });


  it('gives a pronoun to an unnamed source placed by a street or a building, opening the sentence before with its anonymity clause ("A shopkeeper on Rue de la Paix, who asked not to be named, was more worried about the Sunday charges. “…,” he said")', () => {
    const text = 'Jean-Marc Ooms, the échevin for trade, said the plan was fair. “It is a modest increase,” he said.\n\nA shopkeeper on Rue de la Paix, who asked not to be named, was more worried about the Sunday charges. “On Sundays people come from Uccle and Etterbeek to eat here,” he said.';
    assert.equal(speakerOf(text, 'On Sundays people come').speaker?.name, 'A shopkeeper on Rue de la Paix');
    const teaShop = 'Shaji Kallingal said the vote was fair. "We kept to the rules," he said.\n\nAn elderly tea shop owner near the panchayat office, who did not want his name published, was unimpressed. "Whoever sits in that chair, my road will still have potholes," he said.';
    assert.equal(speakerOf(teaShop, 'Whoever sits in that chair').speaker?.name, 'An elderly tea shop owner near the panchayat office');
  });


  it('reads a title\'s full stop as no end of a phrase opening the sentence ("Asked about Mr. Harikumar’s allegation that blasting had continued, he said:")', () => {
    const text = 'T.R. Harikumar, counsel for the parents, said blasting had continued. “The children hear it every day,” he said.\n\nMr. Ninan, who had sought time to file a counter affidavit, told reporters that his client would abide by the order. Asked about Mr. Harikumar’s allegation that blasting had continued during school hours, he said: “That is a matter for evidence, not for the corridor of the court.”';
    assert.equal(speakerOf(text, 'a matter for evidence').speaker?.name, 'Ninan');
  });


  it('gives "the note" to the subject of the sentence that a phrase naming the note opens ("In a note, Sabará City Hall said …. “…,” the note said")', () => {
    const text = 'In a note, Sabará City Hall said it had opened the municipal gym in General Carneiro as a temporary shelter. “All families are being registered to receive the rent subsidy,” the note said.';
    assert.equal(speakerOf(text, 'All families are being registered').speaker?.name, 'Sabará City Hall');
  });


  it('reads a cue word right after "said" as a noun ("A spokesman for the agricultural insurer said claims were arriving “practically by the minute”")', () => {
    const text = 'A spokesman for the agricultural insurer said claims were arriving “practically by the minute”.';
    assert.equal(speakerOf(text, 'practically by the minute').speaker?.name, 'A spokesman for the agricultural insurer');
  });


  it('reads "as he puts it:" before a list as an aside on the quotation before, not a lead-in to another ("is planning "a few new things, but nothing crazy", as he puts it: a sourdough rye, seasonal cakes")', () => {
    const text = 'Daniel Kerschbaumer, who trained in Salzburg, is planning "a few new things, but nothing crazy", as he puts it: a sourdough rye, seasonal cakes, perhaps a croissant.';
    assert.equal(speakerOf(text, 'a few new things').speaker?.name, 'Daniel Kerschbaumer');
  });


  it('reads "pleaded" as a verb of speech, but not a plea to a charge nor a request to do something ("“My client has admitted everything,” his lawyer, Julien Bastin, pleaded in September"; "pleaded guilty"; "has pleaded with visiting fans not to protest")', () => {
    const text = 'For Giovanni L., the defence had asked for community service. “My client has admitted everything from the very first hearing,” his lawyer, Julien Bastin, pleaded in September.';
    assert.equal(speakerOf(text, 'My client has admitted').speaker?.name, 'Julien Bastin');
    assert.deepEqual(findCues('He pleaded guilty to fraud. She pleaded not guilty. The club has pleaded with visiting fans not to protest.'), []);
  });


  it('gives a quotation with no verb to the unnamed person opening the sentence before it ("One Locmaria resident, who asked not to be named, saw things differently. “…”")', () => {
    const text = 'The mayor, Jean-Yves Nédélec, defended the plan. “It is a good plan,” he said.\n\nOne Locmaria resident, who asked not to be named, saw things differently. “We were promised a park, and now we are getting a car park.”\n\nOne of the neighbours, a retired tram driver who asked not to be named, was more bitter. “I am 78, and I will not see the park.”';
    assert.equal(speakerOf(text, 'We were promised a park').speaker?.name, 'One Locmaria resident');
    assert.equal(speakerOf(text, 'I am 78').speaker?.name, 'One of the neighbours');
  });


  it('gives "the 34-year-old testified" to the unnamed person opening the sentence before when the article gave no one named that age ("A former nursing assistant confirmed this in the witness box.")', () => {
    const text = 'Prosecutor Martin Thielen, 52, spoke of greed. “It was organised,” he said.\n\nA former nursing assistant confirmed this in the witness box. “We were told to sign for visits we had never made,” the 34-year-old testified.\n\nOne of Gillam’s younger teammates had a simpler view. “She’s fast,” the 13-year-old said.';
    assert.equal(speakerOf(text, 'We were told to sign').speaker?.name, 'A former nursing assistant');
    assert.equal(speakerOf(text, 'She’s fast').speaker?.name, 'One of Gillam’s younger teammates');
  });


  it('types a name a blend is in apposition to as a product ("Aldercairn Crest, the blend that accounts for …"), so that "she" skips it', () => {
    const text = 'Morag Lennie is to retire. She has overseen Aldercairn Crest, the blend that accounts for two-thirds of the group’s volumes.\n\n“I never set out to be a blender,” she told Whisky Magazine.';
    const { speaker, analysis } = speakerOf(text, 'I never set out');
    assert.equal(speaker?.name, 'Morag Lennie');
    assert.equal(analysis.entities.find((entity) => entity.name === 'Aldercairn Crest')?.type, 'other');
  });


  it('reads a nickname in quotation marks inside the name after "said" ("said CMDOF president Teodulo “Ondoy” Caballes, who …")', () => {
    const text = '“We were invited to listen, not to be heard,” said CMDOF president Teodulo “Ondoy” Caballes, who has driven a jeepney for 27 years.\n\n“They showed us a map that was already finished.”';
    assert.equal(speakerOf(text, 'We were invited').speaker?.name, 'Teodulo Caballes');
    assert.equal(speakerOf(text, 'They showed us').speaker?.name, 'Teodulo Caballes');
  });


  it('gives a participle after a comma to a body whose name has "on" and an acronym in brackets, not to the whole clause ("The Commission on Audit (COA) had flagged the program in its report, noting “…”")', () => {
    const text = 'The Commission on Audit (COA) had flagged the program in its 2022 annual audit report on Dulag, noting “the absence of supporting documents” for a large number of payments.';
    assert.equal(speakerOf(text, 'the absence of supporting').speaker?.name, 'Commission on Audit');
  });


  it('types the church a priest serves as a place, so that "the priest said" goes to the priest named beside it ("The parish priest of La Merced, Father Andrés Villarroel, said")', () => {
    const text = 'The restorer, Verónica Zárate Urioste, said the pipes were sound. “It is a miracle,” she said.\n\nThe parish priest of La Merced, Father Andrés Villarroel, said the community had waited decades. “She died without hearing it again,” the priest said.';
    const { speaker, analysis } = speakerOf(text, 'She died without');
    assert.equal(speaker?.name, 'Andrés Villarroel');
    assert.equal(analysis.entities.find((entity) => entity.name === 'La Merced')?.type, 'place');
  });


  it('reads a common word opening a sentence before its verb as the surname the article gave someone ("For Doreen Button … Button was less hopeful. “…,” she said")', () => {
    const text = 'For Doreen Button, 59, the news came second-hand.\n\nTina Pardy, a staff representative with the union, said the news added insult to injury.\n\n“Workers found out in a letter,” Pardy said.\n\nButton was less hopeful.\n\n“They said that the last time, when the shrimp went,” she said.';
    const { speaker, analysis } = speakerOf(text, 'They said that the last time');
    assert.equal(speaker?.name, 'Doreen Button');
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'Doreen Button')?.aliases, ['Doreen Button', 'Button']);
  });


  it('gives "the councilor said" to the unnamed member of a council named with its town who opens the sentence before, not to a councilor named earlier ("A member of the Dulag municipal council, who asked not to be named …, said")', () => {
    const text = 'Councilor Wilfredo Ortega said he was innocent. “I signed what I was given,” Ortega said.\n\nA member of the Dulag municipal council, who asked not to be named because the case involves a colleague, said the council had asked for an audit.\n\n“We were told the lists were confidential,” the councilor said.';
    assert.equal(speakerOf(text, 'We were told the lists').speaker?.name, 'A member of the Dulag municipal council');
  });


  it('gives "she replied" to the one the sentence before put a question to ("Ryan then asked Tobin whether the plan could be phased in. “…,” she replied")', () => {
    const text = '“We’re not going to find 22 people on a job board overnight,” Maureen Tobin admitted.\n\nCouncillor Colleen Ryan then asked Tobin whether the plan could be phased in over five years.\n\n“If we phase it, we lose another winter,” she replied.';
    assert.equal(speakerOf(text, 'If we phase it').speaker?.name, 'Maureen Tobin');
  });


  it('gives "The letter … described" to the body that wrote it in a sentence someone told an outlet ("Ambalong told MindaNews the cooperative wrote to the DA in July. The letter … described the situation as “…”")', () => {
    const text = 'The Davao del Norte Small Banana Growers Cooperative has 300 members.\n\nAmbalong told MindaNews the cooperative wrote to the Department of Agriculture in July asking for soil testing. The letter, a copy of which was seen by MindaNews, described the situation as “an emergency for the small grower that nobody is treating as an emergency.”';
    assert.equal(speakerOf(text, 'an emergency for the small grower').speaker?.name, 'Davao del Norte Small Banana Growers Cooperative');
  });


  it('gives a quotation with no verb to an unnamed person described by what they wear, leaving the clothes out of the name ("An elderly fan wearing the club\'s 1978 shirt, who asked not to be named, put it another way. "…"")', () => {
    const text = 'A banner hung on the fence summed up the mood: "Flor do Barreiro".\n\nAn elderly fan wearing the club\'s 1978 shirt, who asked not to be named, put it another way. "This is the real football of BH."';
    assert.equal(speakerOf(text, 'This is the real football').speaker?.name, 'An elderly fan');
  });


  it('reads "claims" before "were" after a word that qualifies it as a noun, not a verb with its subject ("It held that the two independent process claims were “obvious to a person skilled in the art”")', () => {
    const text = 'It held that the two independent process claims were “obvious to a person skilled in the art” in light of earlier work. Tarrant says the claims are “deliberately vague”.';
    assert.notEqual(speakerOf(text, 'obvious to a person').speaker?.name, 'the two independent process');
    assert.equal(speakerOf(text, 'deliberately vague').speaker?.name, 'Tarrant');
  });


  it('keeps "she" on the one a sentence opening with "She met X" is about, not on whom she met ("Hélène Carrière … She met Sylvie Marchandeau at the headquarters. “…,” she said")', () => {
    const text = '“This line is not a luxury,” insisted Sylvie Marchandeau, the vice-president of Dijon Métropole.\n\nThe mayor of Talant, Hélène Carrière, supports the project. She met Sylvie Marchandeau at the headquarters last Thursday. “We agree on the destination,” she said on leaving the meeting.';
    assert.equal(speakerOf(text, 'We agree on the destination').speaker?.name, 'Hélène Carrière');
  });


  it('gives "said the deputy prosecutor" to the person named as prosecuting ("For the prosecution, Julien Massot described a “deliberate” fraud. “…,” said the deputy prosecutor")', () => {
    const text = 'Thierry Vadot, 58, denied everything. “I made mistakes,” he said.\n\nFor the prosecution, Julien Massot described a “deliberate and organised” fraud. “This is not an error, it is a system,” said the deputy prosecutor, who requested a suspended sentence.';
    assert.equal(speakerOf(text, 'This is not an error').speaker?.name, 'Julien Massot');
  });


  it('gives the words a colon leads into to an unnamed source placed "from a neighbouring hamlet" opening the sentence ("A farmer from a neighbouring hamlet, who preferred not to give his name, was more measured: “…”")', () => {
    const text = 'The baker, Roger Baudoin, smiled. “It is a good day,” he said.\n\nA farmer from a neighbouring hamlet, who preferred not to give his name, was more measured: “It’s good, but it’s dear.”';
    assert.equal(speakerOf(text, 'It’s good, but').speaker?.name, 'A farmer from a neighbouring hamlet');
  });


  it('takes up with "the councillor" an unnamed member "of the governor’s own club" opening the sentence before, not the governor named earlier', () => {
    const text = 'Governor Vladimír Kollár won the vote. “It was a fair vote,” he said.\n\nA member of the governor’s own club, who asked not to be named, told Pravda that the vote had been closer than expected. “Two or three people were wavering,” the councillor said.';
    assert.equal(speakerOf(text, 'Two or three people').speaker?.name, 'A member of the governor’s own club');
  });


  it('lets a person take the floor whose verb comes after a long "whose" clause ("Councilwoman Ashley Mouton, whose district includes neighborhoods along Ward Creek that flooded in 2016 and again last spring, answered Guidry directly. “…,” she said")', () => {
    const text = '“My constituents have been flooding for forty years,” Councilwoman Renée Guidry said.\n\nCouncilwoman Ashley Mouton, whose district includes neighborhoods along Ward Creek that flooded in 2016 and again last spring, answered Guidry directly. “Nobody in my district thinks they’re getting a free ride,” she said.';
    assert.equal(speakerOf(text, 'Nobody in my district').speaker?.name, 'Ashley Mouton');
  });


  it('reads "cabinet member for transport" as a role, and gives "she said" after "Responding, the cabinet member said" to its holder ("Cllr Helen Marsh-Tilley, cabinet member for transport, said")', () => {
    const text = 'Cllr Helen Marsh-Tilley, cabinet member for transport, said the council had looked at it. “We understand,” she said.\n\nThe amendment was tabled by Cllr Frances Oduya. “Nobody is commuting in a 1962 saloon,” Cllr Oduya said.\n\nResponding, the cabinet member said officers had modelled the effect. “It is small, I accept that,” she said.';
    const { speaker, analysis } = speakerOf(text, 'It is small');
    assert.equal(speaker?.name, 'Helen Marsh-Tilley');
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'Helen Marsh-Tilley')?.roles, ['cabinet member for transport']);
  });


  it('reads an analysis, an assessment, an indictment or a flyer as a writing that speaks for whoever published it ("An analysis published by the ministry in spring called the system “…”")', () => {
    const text = 'Police registered 212 cases, and the Ministry of Agriculture has said it wants electronic tracking. An analysis published by the ministry in spring called the current paper system “an open invitation to fraud”.';
    assert.equal(speakerOf(text, 'an open invitation').speaker?.name, 'Ministry of Agriculture');
  });


  it('reads "Rs." before an amount as a currency, no end of a sentence and no name ("deposit slips amounting to over Rs. 11 million and refused bail …, stating that releasing them could “…”")', () => {
    const text = 'However, Magistrate Tharanga Hettiarachchi observed that the signature appeared on deposit slips amounting to over Rs. 11 million and refused bail to both suspects, stating that releasing them could “hamper the investigations”.';
    const { speaker, analysis } = speakerOf(text, 'hamper the investigations');
    assert.equal(speaker?.name, 'Tharanga Hettiarachchi');
    assert.ok(!analysis.entities.some((entity) => entity.name === 'Rs'));
  });


  it('gives "the letter says" to the body a letter was "sent under the banner of" ("a joint letter, sent under the banner of the Walcot Street Traders’ Association, to the council")', () => {
    const text = 'At least seven bookshops have signed a joint letter, sent under the banner of the Walcot Street Traders’ Association, to the council’s cabinet member for transport, calling for an exemption.\n\n“A bookseller’s stock doesn’t arrive on a pallet at seven in the morning,” the letter says.';
    assert.equal(speakerOf(text, 'A bookseller’s stock').speaker?.name, 'Walcot Street Traders’ Association');
  });


  it('gives "says operations chief Thomas Brix from Nordjyllands Beredskab" to the person, not the body he is from', () => {
    const text = '“We handed out around 4,000 sandbags, and people were queueing for them in the rain,” says operations chief Thomas Brix from Nordjyllands Beredskab.';
    assert.equal(speakerOf(text, 'We handed out').speaker?.name, 'Thomas Brix');
  });


  it('keeps the second noun of a calling in an unnamed source\'s name before its relative clause ("A Swanage banker mason, who asked not to be named, said")', () => {
    const text = 'A Swanage banker mason, who asked not to be named because he buys stone from several suppliers, said the deal would be “good news if they keep their word”. The minister has said it is “settled”.';
    assert.equal(speakerOf(text, 'good news if').speaker?.name, 'A Swanage banker mason');
  });


  it('gives a pronoun after a phrase opening its sentence to the unnamed source opening the sentence before ("One victim, an 84-year-old widow, was charged £1,120. In a statement read to the court, she said: “…”")', () => {
    const text = 'Prosecutor Helen Strachan said the defendant preyed on the elderly. “He targeted them,” she said.\n\nOne victim, an 84-year-old widow from Rochester, was charged £1,120 after shutting herself out. In a statement read to the court, she said: “I felt I had no choice but to pay.”';
    assert.equal(speakerOf(text, 'I felt I had no choice').speaker?.name, 'One victim');
  });


  it('takes up with "he" an unnamed source "at a London university, which runs …" opening the sentence before, past a clause on where the source works', () => {
    const text = 'Paul Okonjo, chief executive of Keyvane, welcomed the deal. “It is a good home for us,” he said.\n\nEnd users are more cautious. One facilities director at a London university, which runs Atlas across 40 buildings, said the news had prompted an internal review. “Every time a supplier is bought, the price goes up eventually,” he said.';
    assert.equal(speakerOf(text, 'Every time a supplier').speaker?.name, 'One facilities director at a London university');
  });


  it('keeps "the 51-year-old said" as written when the article introduced someone by that age and named no one so old ("A 51-year-old carpenter from Hasselager was … sentenced")', () => {
    const text = 'A 51-year-old carpenter from Hasselager was on Thursday sentenced to two years. Prosecutor Mikael Thorup called it cynical. “It was planned,” he said.\n\nIn his final statement to the court, the 51-year-old said: “I’m sorry it ended like this.”';
    assert.equal(speakerOf(text, 'I’m sorry it ended').speaker?.name, 'the 51-year-old');
  });


  it('takes up with "he" someone\'s unnamed neighbour described in apposition opening the sentence before ("Her neighbour, a younger man carrying shopping up the steps, shrugged. “…,” he said")', () => {
    const text = 'Opinion in the neighbourhood is less clear-cut. “I have never once had a parking space,” said one pensioner, who did not want her name published.\n\nHer neighbour, a younger man carrying shopping up the steps, shrugged. “Whatever they build, they should build it soon,” he said.';
    assert.equal(speakerOf(text, 'Whatever they build').speaker?.name, 'Her neighbour');
  });


  it('gives the office before a name set off by commas to the name also after a body\'s name the sentence opens with ("in the Consistory Court of the Diocese of Norwich, the Chancellor, Judith Harcastle KC, said"), so "The Chancellor … she wrote" is hers', () => {
    const text = 'In a judgment handed down in the Consistory Court of the Diocese of Norwich, the Chancellor, Judith Harcastle KC, said the petitioners had failed. The Priest-in-Charge, the Revd Sarah Quenby, had told the court that the congregation numbered “twelve on a good Sunday”. The Chancellor acknowledged the difficulty, but she was not persuaded. “The size of a congregation is no reason,” she wrote.';
    const { speaker, analysis } = speakerOf(text, 'The size of a congregation');
    assert.equal(speaker?.name, 'Judith Harcastle');
    assert.deepEqual(analysis.entities.find((entity) => entity.name === 'Judith Harcastle')?.roles, ['Chancellor']);
  });


  it('gives "it" to the body a noun opening the sentence before takes up, not to an outlet that reported since ("The court largely shared her view. In its judgment it wrote that …")', () => {
    const text = 'Ostrobothnia District Court jailed the two men on Friday. Prosecutor Anna Ek had asked for longer terms, Vasabladet reported. “They were professionals,” she said.\n\nThe court largely shared her view. In its judgment it wrote that the thefts had been “carefully planned and carried out with professional tools”.';
    assert.equal(speakerOf(text, 'carefully planned').speaker?.name, 'Ostrobothnia District Court');
  });


  it('gives a description after a phrase opening its sentence to the person opening the sentence before ("Samvel Ghazarian could not be reached. In an interview with Hraparak last week, the businessman insisted that …")', () => {
    const text = 'Mayor Gevorg Tadevosian denied it. “I took nothing,” he said.\n\nSamvel Ghazarian could not be reached for comment. In an interview with the Yerevan daily Hraparak last week, the businessman insisted that he had been “forced to pay just to keep working”.';
    assert.equal(speakerOf(text, 'forced to pay').speaker?.name, 'Samvel Ghazarian');
  });


  it('gives no speaker to a short name a group has long called something or dubbed it ("Residents of the area have long called the section of road below Trešnjevik “the white trap,”"), but keeps a judgement voiced ("Officials have called the plan “a disaster”")', () => {
    const text = '“If the barn goes, the cows go with it,” Vuković told RTCG.\n\nResidents of the area have long called the section of road below Trešnjevik “the white trap,” because it is the first to close. Economists have dubbed the borrowing “phantom debt”. Oberholtzer, whose teammates have called him “Tractor” since middle school, won again. Officials have called the plan “a disaster”.';
    assert.equal(speakerOf(text, 'the white trap').speaker, null);
    assert.equal(speakerOf(text, 'phantom debt').speaker, null);
    assert.equal(speakerOf(text, 'Tractor').speaker, null);
    assert.equal(speakerOf(text, 'a disaster').speaker?.name, 'Officials');
  });


  it('reads a sign or a notice with a hyphenated word before it, or hung up with "to" or "in", as speaking as written ("A hand-written sign next to the till reads:", "A handwritten notice taped to the door read:")', () => {
    const text = 'The shop reopened on Monday.\n\nA hand-written sign next to the till reads: “Local is not more expensive. It just stays here.”\n\nA handwritten notice taped to the door read: “Stranded drivers welcome. Come in and get warm.”';
    assert.equal(speakerOf(text, 'Local is not').speaker?.name, 'A hand-written sign next to the till');
    assert.equal(speakerOf(text, 'Stranded drivers').speaker?.name, 'A handwritten notice taped to the door');
  });


  it('keeps a new source\'s restrictive clause but not its reason for anonymity joined by "and who" ("A driver who has worked the route for eleven years and who asked that his name not be published told this newspaper")', () => {
    const text = 'Many drivers left the job. A driver who has worked the route for eleven years and who asked that his name not be published told this newspaper that many colleagues quit. “Some went to the United States, others simply gave up.”';
    assert.equal(speakerOf(text, 'Some went').speaker?.name, 'A driver who has worked the route for eleven years');
  });


  it('gives "the director explained" to the person the article says directs, when no one holds the title ("The production is directed by Lejla Hadžiomerović")', () => {
    const text = 'His granddaughter, Selma Mutevelić-Kurt, said the family knew. “He wrote every night,” she said.\n\nThe production is directed by Lejla Hadžiomerović, who adapted the text only lightly. “The language is ninety years old, but the people in it are our neighbours today,” the director explained.';
    assert.equal(speakerOf(text, 'The language is').speaker?.name, 'Lejla Hadžiomerović');
  });


  it('does not give "the company said" to a part of the state that spoke just before ("The Kushiro Development and Construction Department says …. The company said:")', () => {
    const text = 'The Kushiro Development and Construction Department says that about 300 vehicles were stuck.\n\nThe company said: “We are working as quickly as possible.”';
    assert.notEqual(speakerOf(text, 'We are working').speaker?.name, 'Kushiro Development and Construction Department');
  });


  it('gives a standfirst opened by a title and a colon to the one person the story gives that title ("Judge: “He made a painful wait longer”")', () => {
    const text = 'Appingedam builder jailed for cheating earthquake victims\n\nJudge: “He made a painful wait longer”\n\nGRONINGEN – A builder, Pieter Mulder, has been jailed. Mulder denied the charges.\n\n“The defendant deliberately took advantage of people,” presiding judge Marijke Oosterhuis said.';
    assert.equal(speakerOf(text, 'He made a painful').speaker?.name, 'Marijke Oosterhuis');
  });


  it('lets a notice put up where people pass speak as written, though the article names people ("learned of the cuts from a notice pinned to the door …. “…,” the notice read")', () => {
    const text = 'Kallepia community leader Andreas Hadjipetrou said the news had come as a shock to residents, many of whom learned of the cuts from a notice pinned to the door of the village coffee shop on Thursday morning. “Water will be interrupted according to the attached schedule. We apologise for any inconvenience,” the notice read.';
    assert.equal(speakerOf(text, 'Water will be').speaker?.name, 'the notice');
  });


  it('gives "the statement reads" to the body that announced something just before, when the article never called anything a statement ("The club announced the decision on its official website")', () => {
    const text = 'The management of second-tier club FK Zvijezda Bjelave has parted ways with head coach Senad Alić. The club announced the decision on Sunday afternoon on its official website.\n\n"The Management Board thanks Senad Alić for his commitment and wishes him every success in his further career," the statement reads.';
    assert.equal(speakerOf(text, 'The Management Board').speaker?.name, 'FK Zvijezda Bjelave');
  });


  it('gives a quotation of "a coroner" opening the story to the one coroner it names after ("A coroner has warned …. the area coroner for the Black Country, Oluwaseun Badmus, said")', () => {
    const text = 'A coroner has warned that more patients will die unless "urgent national action" is taken on ambulance handover delays.\n\nIn a report published on 3 March, the area coroner for the Black Country, Oluwaseun Badmus, said that the delay had "more than minimally contributed" to his death.';
    assert.equal(speakerOf(text, 'urgent national action').speaker?.name, 'Oluwaseun Badmus');
  });


  it('gives every quotation nothing else attributes on a page headlined "<name> in quotes" to that person ("David Blunkett in quotes")', () => {
    const text = 'David Blunkett in quotes\n\nDavid Blunkett - who has resigned as home secretary - built his reputation as a plain-speaking Yorkshire man.\n\n \n\n I fell in love with someone and they wouldn\'t go public, and then the News of the World picked up the story. "I tried for three years to make something work." \n\n "Trust and straight talking is something which matters so much to me."\n\n "None of us believe countering terrorism is about party politics."';
    assert.equal(speakerOf(text, 'I tried for three').speaker?.name, 'David Blunkett');
    assert.equal(speakerOf(text, 'None of us').speaker?.name, 'David Blunkett');
  });


  it('keeps "he added" with the previous speaker past people named among examples ("after eight players, including captain Jason Robinson and fly-half Charlie Hodgson, were away")', () => {
    const text = 'Sale Sharks director of rugby Philippe Saint-Andre has re-opened the debate.\n\n"That is not good for English rugby," he argues. It is an issue he has taken up before.\n\nNow he fears it could derail the club\'s hopes after eight players, including captain Jason Robinson and fly-half Charlie Hodgson, were away with their countries. "We\'re in the quarter-finals," he added.';
    assert.equal(speakerOf(text, "We're in the").speaker?.name, 'Philippe Saint-Andre');
  });


  it('gives "he said" after a sentence opened by a bare nationality to the person the story is about, not the doctor quoted before ("The Australian has suffered a host of injury problems")', () => {
    const text = 'Mark Philippoussis is almost certain to miss the Australian Open after a groin injury.\n\nThe 28-year-old suffered two tears to the muscle. Philippoussis was unable to play. "He has to strengthen it enough to cope," said Hopman Cup doctor Hamish Osborne. "A fit footballer would normally take three weeks to recover." The Australian has suffered a host of injury problems throughout his career but is still holding out hope. "It\'s something I\'ll have to go by feel," he said.';
    assert.equal(speakerOf(text, "It's something").speaker?.name, 'Mark Philippoussis');
  });


  it('keeps "she said" with the one a "She will …" sentence is about, past the people she will play with ("She will then link up with Daniela Hantuchova")', () => {
    const text = 'Martina Navratilova has hit out at her critics. "I am not too old," she said.\n\nNavratilova will partner Nathalie Dechy in the doubles event on the Gold Coast. She will then link up with Daniela Hantuchova for the Australian Open doubles. "I might be playing some singles events this season," she said.';
    assert.equal(speakerOf(text, 'I might be playing').speaker?.name, 'Martina Navratilova');
  });


  it('lets a notice put up somewhere speak as written, whatever names say where it hangs ("A notice pinned to the door of the Brecon building on Friday read:")', () => {
    const text = 'The closure will leave Powys with hearings in Welshpool only. A notice pinned to the door of the Brecon building on Friday read: “This court remains open. Please check your hearing notice for venue details.”';
    assert.equal(speakerOf(text, 'This court remains').speaker?.name, 'A notice pinned to the door of the Brecon building');
  });


  it('keeps "she said" with an unnamed source who "told Source NM that", though the outlet the source told reads like a person\'s name', () => {
    const text = 'Hollister was not satisfied. “Respectfully, you have had two years,” he said.\n\nA former CYFD caseworker in Bernalillo County, who left the agency in the spring and asked not to be named because she still works in child welfare, told Source NM that office stays had become routine in her unit.\n\n“You would do a full shift, and then the overnight,” she said.';
    assert.equal(speakerOf(text, 'You would do').speaker?.name, 'A former CYFD caseworker in Bernalillo County');
  });


  it('gives "he told KOB 4" to an unnamed source opening the sentence before past a phrase setting the scene ("A few houses away, one man, who didn\'t want to give his name, was shoveling mud")', () => {
    const text = 'The Rio Ruidoso rose fast. Mayor Lynn Crawford said it was bad.\n\nA few houses away, one man, who didn\'t want to give his name, was shoveling mud out of a neighbor\'s garage on Main Road.\n\n“Third time this summer,” he told KOB 4. “People up here are tired.”';
    assert.equal(speakerOf(text, 'Third time').speaker?.name, 'one man');
  });


  it('gives "It reads:" after a sentence opened by a sign to that sign, as written ("A hand-painted sign now hangs over the box office. It reads:")', () => {
    const text = 'The theatre reopened in Chimayó on Friday. A hand-painted sign now hangs over the box office. It reads: “Bienvenidos a casa.”';
    assert.equal(speakerOf(text, 'Bienvenidos').speaker?.name, 'A hand-painted sign');
  });


  it('gives "she said" after "X asked Y whether …" to the one asked, who answers ("Hoeft asked Mehlhaff whether a per-call stipend would keep more volunteers")', () => {
    const text = 'Rep. Marla Hoeft questioned the plan. Darla Mehlhaff runs the Emery ambulance.\n\nHoeft asked Mehlhaff whether a per-call stipend, an idea floated by some counties, would keep more volunteers on the roster. “Twenty dollars a call won’t keep anybody. Gas costs more than that,” she said.';
    assert.equal(speakerOf(text, 'Twenty dollars').speaker?.name, 'Darla Mehlhaff');
  });


  it('reads a pronoun after where the words were said as the subject of a colon\'s lead-in ("In a post on her social media pages she went further: “…”")', () => {
    const text = '“A tax on the sea,” said Federica Rapposelli, group leader of the civic list. In a post on her social media pages she went further: “This administration sees the seafront as a cash machine.”';
    assert.equal(speakerOf(text, 'This administration').speaker?.name, 'Federica Rapposelli');
  });


  it('types as a body the words before a manager\'s or a chairman\'s noun and a name ("Carnbeg manager Brendan McShane"), so that "the 58-year-old said" finds the manager', () => {
    const text = 'Carnbeg Fianna won the cup. Carnbeg manager Brendan McShane played in the club’s last final-winning side, and he could barely get his words out afterwards.\n\n“I’ve waited my whole life for this,” the 58-year-old said.';
    assert.equal(speakerOf(text, 'I’ve waited').speaker?.name, 'Brendan McShane');
  });


  it('gives "he said" to one who credits, praises or thanks someone in the sentence before, over the previous speaker ("Koskinen credited Brask’s crew with finishing early")', () => {
    const text = 'Nils Brask led the repairs and Arvo Koskinen runs the museum. “We had no choice,” Brask said.\n\nKoskinen credited Brask’s crew with finishing nearly two months ahead of schedule. “They worked through storms that shut down the bar,” he said.';
    assert.equal(speakerOf(text, 'They worked').speaker?.name, 'Arvo Koskinen');
  });


  it('does not give "the company said" to a body named a project or an institute ("the Columbia Tenant Law Project")', () => {
    const text = 'Tenants won, said Maya Ortiz of the Columbia Tenant Law Project. “It is a victory,” she said.\n\nCascade Hearth’s owner, Dwight Ambers, did not return phone calls Wednesday. In a written statement, the company said it “respectfully disagrees with the court’s interpretation.”';
    assert.notEqual(speakerOf(text, 'respectfully disagrees').speaker?.name, 'Columbia Tenant Law Project');
  });

  it('reads a Tamil-style initial after "said" as the opening of the speaker\'s name, though two capitalised words follow it ("said S. Fathima Beevi, who runs …")', () => {
    const text = 'Shopkeepers on Velachery Main Road said business had dropped sharply. “Customers cannot park, and the dust is everywhere,” said S. Fathima Beevi, who runs a provision store near the bus terminus.\n\nThe council approved Plan B. Traffic Police said the diversion would stay.';
    assert.equal(speakerOf(text, 'Customers cannot park').speaker?.name, 'S. Fathima Beevi');
  });

  it('gives a quotation to the holder named after a title of a portfolio, maybe with its place in brackets ("said Secretary of State Antony Blinken", "said Deputy Director of Horticulture (Madurai) P. Saravana Kumar")', () => {
    assert.equal(speakerOf('“We are ready,” said Secretary of State Antony Blinken.', 'We are ready').speaker?.name, 'Antony Blinken');
    const text = 'Officials of the Horticulture Department said the situation was seasonal. “Jasmine flowering always dips in the winter months,” said Deputy Director of Horticulture (Madurai) P. Saravana Kumar.';
    assert.equal(speakerOf(text, 'Jasmine flowering').speaker?.name, 'P. Saravana Kumar');
  });

  it('gives "he replied" after someone "asked whether …" to the previous speaker the question was put to, not to the asker', () => {
    const text = '“We are looking at an object perhaps ten metres across,” Dr Peter Amblecote said.\n\nIn discussion, Mr Desmond Fairclough (Harrogate) asked whether the composition of the impactor could be inferred from the colour of the flash. “Not from broadband video, sadly,” he replied.';
    assert.equal(speakerOf(text, 'Not from broadband').speaker?.name, 'Peter Amblecote');
  });

  it('keeps where an unnamed source works "on a …" as part of it ("said a driver on a Leeward route, who asked not to be named")', () => {
    const text = '“Half the time it freezes on the first stop,” said a driver on a Leeward route, who asked not to be named.';
    assert.equal(speakerOf(text, 'Half the time').speaker?.name, 'a driver on a Leeward route');
  });

  it('does not give "he laughs" to the person the quotation opens by talking about ("“Sietse thinks I am a dinosaur,” he laughs")', () => {
    const text = 'Hendrik Boersma, 81, won the Memorial by half a point.\n\nHis grandson Sietse set up his first laptop. “Grandpa uses the engine to check that he has not blundered,” Sietse said.\n\n“Sietse thinks I am a dinosaur. But the dinosaur won,” he laughs.';
    assert.equal(speakerOf(text, 'Sietse thinks').speaker?.name, 'Hendrik Boersma');
  });

  it('gives words from a part of a body named by the body\'s possessive to that body, not to another body in focus ("A letter from the council’s property team said")', () => {
    const text = 'Crescent Bridge Club has played there since 1971. North Yorkshire Council owns the pavilion. The club was told in March that it must go. A letter from the council’s property team said the building was “surplus to operational requirements”.';
    assert.equal(speakerOf(text, 'surplus to operational').speaker?.name, 'North Yorkshire Council');
  });

  it('gives "he said" to an unnamed source in apposition who asked not to be named and "said" what they reported, opening the sentence before ("Her neighbour, a tailor who did not wish to be named, said he had lost …")', () => {
    const text = '“Customers cannot park, and the dust is everywhere,” said S. Fathima Beevi, who runs a provision store near the bus terminus. Her neighbour, a tailor who did not wish to be named, said he had lost nearly half his regular customers since March. “People think the shop is closed,” he said.';
    assert.equal(speakerOf(text, 'People think').speaker?.name, 'Her neighbour');
  });

  it('gives a quotation to the name in apposition after "said the president of" a body and its acronym in brackets ("said the president of Cooperativa Agrícola Kissanga Unida (CAKU), Joaquim Canjila Epalanga")', () => {
    const text = '“For twenty years we sold our coffee,” said the president of Cooperativa Agrícola Kissanga Unida (CAKU), Joaquim Canjila Epalanga.';
    assert.equal(speakerOf(text, 'For twenty years').speaker?.name, 'Joaquim Canjila Epalanga');
  });

  it('reads the patterns of a subject whatever white space parts its words, a no-break space copied from a web page too ("The mayors of Pittsburgh, Detroit, and Toledo said", "Mr Kapor is reported as saying")', () => {
    const mayors = 'The mayors\u00a0of Pittsburgh, Detroit, and Toledo said the plan was “a lifeline for our cities”.';
    assert.equal(speakerOf(mayors, 'a lifeline').speaker?.name.replace(/\s/g, ' '), 'The mayors of Pittsburgh, Detroit, and Toledo');
    const reported = 'Mr Kapor is reported\u00a0as saying the plan was “a lifeline for our cities”.';
    assert.equal(speakerOf(reported, 'a lifeline').speaker?.name, 'Kapor');
  });


  it('gives "the statement said" to the body in focus when the sentence naming the statement opened with it and described its author ("In a statement the company said")', () => {
    const text = 'Morfa Bakehouse, a family firm in Llanelli, is to cut 140 jobs.\n\nIn a statement the company said the contract would end in April.\n\n“This is the hardest announcement we have ever had to make,” the statement said.';
    assert.equal(speakerOf(text, 'This is the hardest').speaker?.name, 'Morfa Bakehouse');
  });


  it('quotes nobody in the label things carry ("invoices labeled “emergency repairs,”")', () => {
    const text = 'In return, Salcido approved dozens of invoices labeled “emergency repairs,” a category that allowed the work to skip competitive bidding.';
    assert.equal(speakerOf(text, 'emergency repairs').speaker, null);
  });


  it('reads "concluded" as an event ending, not a finding, before where or when ("the festival, which concluded in Almaty")', () => {
    const text = '“The Salt Road”, a documentary by young Mongolian director B.Temuulen, has won the Grand Prix of the 11th Steppe Light International Documentary Film Festival, which concluded in Almaty, Kazakhstan, on Sunday.';
    assert.equal(speakerOf(text, 'The Salt Road').speaker, null);
  });


  it('gives a ruling or a verdict with no judge named to the body in focus ("… the Gaming Corporation revoked the license …. The ruling states that Lusk “failed to provide …”")', () => {
    const text = 'The Kentucky Horse Racing and Gaming Corporation on Thursday revoked the license of trainer Garrett Lusk and fined him $25,000.\n\nThe ruling, which adopts the findings of a hearing officer, states that Lusk “failed to provide the basic necessities of feed, water, and veterinary care” to horses under his supervision.';
    assert.equal(speakerOf(text, 'failed to provide').speaker?.name, 'Kentucky Horse Racing and Gaming Corporation');
  });


  it('gives "the letter reads" to whoever "has also written to" someone in the sentence before ("SALP has also written to the Prefecture of Genoa")', () => {
    const text = 'The Sindacato Autonomo Lavoratori Portuali (SALP) called the strike. SALP has also written to the Prefecture of Genoa asking for formal mediation. “We ask the Prefect to convene the parties before the situation deteriorates further,” the letter reads.';
    assert.equal(speakerOf(text, 'We ask the Prefect').speaker?.name, 'Sindacato Autonomo Lavoratori Portuali');
  });


  it('quotes nobody in a name that "some residents call" something ("which some residents call "the gauntlet"")', () => {
    const text = 'Neighbors have complained for years about the stretch of Pass Road between Cowan Road and Courthouse Road, which some residents call "the gauntlet" because of repeated break-ins and robberies.';
    assert.equal(speakerOf(text, 'the gauntlet').speaker, null);
  });


  it('gives a body\'s report to the body past the acronym it defines ("A Government Accountability Office (GAO) report released in January warned that … “highly optimistic”")', () => {
    const text = 'The timing is awkward. A Government Accountability Office (GAO) report released in January warned that the T-9 schedule was “highly optimistic” and that the Air Force had “limited insight into subtier supplier quality.”';
    assert.equal(speakerOf(text, 'highly optimistic').speaker?.name, 'Government Accountability Office');
  });


  it('reads "the note" the article never named before as the statement it did ("In a statement released yesterday afternoon, Ionica Air explained …. “…,” the note continued")', () => {
    const text = 'Ionica Air is cutting six routes. In a statement released yesterday afternoon, Ionica Air explained that the decision was due to “a significant increase in operating costs”. “The company remains committed to Calabria and will strengthen its summer network,” the note continued.';
    assert.equal(speakerOf(text, 'The company remains committed').speaker?.name, 'Ionica Air');
  });


  it('gives "she" to the one holder of the title opening the sentence before ("The magistrate also rejected the argument that Doorgakant had …. “…,” she noted"), and "the accused" to the one person found guilty', () => {
    const text = 'Kavish Doorgakant, 54, was found guilty of swindling 23 customers. In her judgment, magistrate Karen Ah-Fong was scathing.\n\nThe magistrate also rejected the defence’s argument that Doorgakant had been caught out by the rise in the price of gold. “The price of gold went up for every jeweller in Mauritius,” she noted. In a statement to the police read out at the trial, the accused had claimed that his business had been “hit by the lockdowns and by the gold price”.';
    assert.equal(speakerOf(text, 'The price of gold went up').speaker?.name, 'Karen Ah-Fong');
    assert.equal(speakerOf(text, 'hit by the lockdowns').speaker?.name, 'Kavish Doorgakant');
  });
});
