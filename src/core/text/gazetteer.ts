/**
 * Compact gazetteers: well-known places, organisations, news outlets, people and given names. They give a
 * type to names that the surrounding words do not explain. Multi-word entries are matched on the
 * whole name; everything is lower-case.
 */

import femaleEnglish from 'human-names/data/female-human-names-en.json';
import femaleFrench from 'human-names/data/female-human-names-fr.json';
import femaleGerman from 'human-names/data/female-human-names-de.json';
import femaleItalian from 'human-names/data/female-human-names-it.json';
import femaleDutch from 'human-names/data/female-human-names-nl.json';
import femaleSpanish from 'human-names/data/female-human-names-es.json';
import maleEnglish from 'human-names/data/male-human-names-en.json';
import maleFrench from 'human-names/data/male-human-names-fr.json';
import maleGerman from 'human-names/data/male-human-names-de.json';
import maleItalian from 'human-names/data/male-human-names-it.json';
import maleDutch from 'human-names/data/male-human-names-nl.json';
import maleSpanish from 'human-names/data/male-human-names-es.json';
import { COMMON_WORDS } from './commonWords';
import { DEMONYMS, FUNCTION_WORDS, HOLIDAYS, HONORIFICS, MONTHS, ORG_HEAD_WORDS, OTHER_HEAD_WORDS, ROLE_MODIFIERS, ROLE_WORDS, WEEKDAYS } from './lexicon';

const lines = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s*[,\n]\s*/).filter(Boolean));

/**
 * American states as the Associated Press abbreviates them after a town ("Reno, Nev.", "Durham,
 * N.C.") and in a lawmaker's party tag ("Sen. Clifford Decker (R-Ind.)"), with the state each stands for.
 */
export const AP_STATES: ReadonlyMap<string, string> = new Map(`Ala. alabama, Ariz. arizona, Ark. arkansas, Calif. california, Colo. colorado,
Conn. connecticut, Del. delaware, Fla. florida, Ga. georgia, Ill. illinois, Ind. indiana, Kan. kansas, Ky. kentucky, La. louisiana,
Md. maryland, Mass. massachusetts, Mich. michigan, Minn. minnesota, Miss. mississippi, Mo. missouri, Mont. montana, Neb. nebraska,
Nev. nevada, N.H. new hampshire, N.J. new jersey, N.M. new mexico, N.Y. new york, N.C. north carolina, N.D. north dakota,
Okla. oklahoma, Ore. oregon, Pa. pennsylvania, R.I. rhode island, S.C. south carolina, S.D. south dakota, Tenn. tennessee,
Vt. vermont, Va. virginia, Wash. washington, W.Va. west virginia, Wis. wisconsin, Wyo. wyoming`.split(/,\s*/).map((pair) => {
  const space = pair.indexOf(' ');
  return [pair.slice(0, space), pair.slice(space + 1)] as const;
}));

/** The states of the US, whose own departments share the federal ones' names ("Louisiana Department of Justice"). */
export const US_STATES = lines(`
alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho, illinois,
indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri,
montana, nebraska, nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota, ohio,
oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia,
washington, west virginia, wisconsin, wyoming
`);

export const PLACES: ReadonlySet<string> = new Set([...US_STATES, ...lines(`
thimphu, suva, banjul, astana, vaduz, valletta, majuro, ulaanbaatar, ulan bator, naypyidaw, nay pyi taw, muscat, apia, honiara, funafuti, moroni, mbabane,
gitega, belmopan, roseau, castries, kingstown, basseterre, palikir, tarawa, port vila, bandar seri begawan, são tomé, sao tome, kuwait city,
port of spain, andorra la vella, nuku’alofa, nuku'alofa,
timor-leste, eswatini, north macedonia, czechia, kiribati, tuvalu, palau, nauru, vanuatu, solomon islands, marshall islands, micronesia, comoros,
cape verde, cabo verde, equatorial guinea, guinea-bissau, trinidad and tobago, trinidad, antigua and barbuda, antigua, saint lucia, st lucia, dominica,
saint kitts and nevis, st kitts and nevis, st kitts, saint vincent and the grenadines, st vincent, türkiye, western sahara, somaliland, transnistria,
abkhazia, donbas, dagestan, tatarstan, caucasus, andalusia, tuscany, normandy, provence, galicia,
northwest territories, kerala, tamil nadu, maharashtra, karnataka, gujarat, rajasthan, bihar, uttar pradesh, west bengal, assam, odisha,
telangana, andhra pradesh, madhya pradesh, jharkhand, chhattisgarh, uttarakhand, himachal pradesh, goa, sindh, balochistan, khyber pakhtunkhwa,
lombardy, veneto, emilia-romagna, campania, apulia, puglia, calabria, liguria, umbria, marche, abruzzo, molise, basilicata, friuli, trentino,
saxony, thuringia, lower saxony, north rhine-westphalia, baden-württemberg, mecklenburg, extremadura, castile, asturias, cantabria,
canary islands, balearic islands, algarve, alentejo, madeira, azores, derbyshire,
xi'an, xi’an, xian, cebu, pattaya, phuket, gqeberha, marrakech, misrata, basra, diyarbakir, diyarbakır, odesa, zaporizhzhia, rostov, rostov-on-don, karaganda,
ciudad juárez, ciudad juarez, st petersburg, nizhny novgorod, gaza city, ramallah, jenin, khan younis, khan yunis,
afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan, bahamas, bahrain,
bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, botswana, brazil, brunei, bulgaria,
burkina faso, burma, burundi, cambodia, cameroon, canada, chad, chile, china, colombia, congo, costa rica, croatia, cuba,
cyprus, czech republic, denmark, djibouti, dominican republic, ecuador, egypt, el salvador, england, eritrea, estonia,
ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti,
honduras, hong kong, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, côte d’ivoire, côte d'ivoire, cote d'ivoire, jamaica, japan,
jordan, kazakhstan, kenya, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein,
lithuania, luxembourg, macedonia, madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius, mexico,
moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar, namibia, nepal, netherlands, holland, new zealand,
nicaragua, niger, nigeria, north korea, northern ireland, norway, oman, pakistan, palestine, panama, papua new guinea,
paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, san marino, saudi arabia, scotland,
senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia, south africa, south korea, spain,
sri lanka, sudan, suriname, swaziland, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, tibet, togo,
tonga, trinidad, tunisia, turkey, turkmenistan, uganda, ukraine, united arab emirates, uae, united kingdom, uk, britain,
great britain, united states, us, usa, america, uruguay, uzbekistan, vatican, venezuela, vietnam, wales, yemen, zambia,
zimbabwe, gaza, west bank, crimea, kashmir, chechnya, darfur, kurdistan, greenland, puerto rico,
cumbria, suffolk, somerset, norfolk, devon, dorset, cornwall, essex, surrey, kent, sussex, durham, northumberland, merseyside,
tyneside, teesside, galway, donegal, kildare, wicklow, wexford, tipperary, kilkenny, leitrim, sligo, roscommon, westmeath, meath,
louth, monaghan, cavan, laois, offaly, carlow, cork, antrim, armagh, fermanagh, londonderry, derry, powys, gwynedd, ceredigion,
anglesey, fife, lothian, argyll,
hampshire, berkshire, wiltshire, gloucestershire, oxfordshire, buckinghamshire, hertfordshire, bedfordshire, cambridgeshire,
northamptonshire, leicestershire, nottinghamshire, staffordshire, shropshire, lincolnshire, warwickshire, worcestershire,
herefordshire, isle of wight,
tasmania, queensland, new south wales, western australia, south australia, northern territory, australian capital territory,
saskatchewan, manitoba, nova scotia, british columbia, new brunswick, newfoundland, newfoundland and labrador, prince edward island, yukon, nunavut,
europe, asia, africa, north america, south america, latin america, antarctica, the middle east, middle east, the gulf,
gulf, balkans, scandinavia, caribbean, pacific, atlantic, mediterranean, arctic, siberia, the west, silicon valley,
midwest, the midwest, midlands, east midlands, west midlands, black country, sahel, maghreb, levant, horn of africa, great lakes, pacific northwest, new england, east anglia,
west country, lake district, bay area, rust belt, sun belt, deep south, home counties, twin cities, west end, outback, highlands, scottish highlands,
wall street, whitehall, westminster, holyrood, city of london, downing street, capitol hill, capitol, the hague, hollywood, bollywood, old trafford, old bailey, heathrow, gatwick, stansted,
twickenham, murrayfield, anfield, highbury, wembley, eastlands, ibrox, stamford bridge, white hart lane, st james' park, goodison park, lansdowne road,
london, paris, berlin, madrid, rome, milan, moscow, beijing, shanghai, tokyo, osaka, seoul, delhi, new delhi, mumbai,
bangalore, kolkata, karachi, lahore, islamabad, kabul, tehran, baghdad, damascus, beirut, jerusalem, tel aviv, cairo,
riyadh, dubai, abu dhabi, doha, istanbul, ankara, athens, vienna, prague, warsaw, budapest, bucharest, sofia, kiev, kyiv,
minsk, stockholm, oslo, copenhagen, helsinki, amsterdam, brussels, geneva, zurich, lisbon, dublin, belfast, edinburgh,
glasgow, cardiff, manchester, liverpool, birmingham, leeds, sheffield, bristol, newcastle, nottingham, leicester,
southampton, portsmouth, oxford, cambridge, brighton, aberdeen, dundee, york, strasbourg, frankfurt, munich, hamburg, lyon,
marseille, barcelona, valencia, seville, turin, naples, florence, venice, sydney, melbourne, brisbane, perth, auckland,
wellington, toronto, montreal, vancouver, ottawa, chicago, los angeles, san francisco, boston, miami, houston, dallas,
new york city, atlanta, seattle, detroit, philadelphia, las vegas, new orleans, mexico city, havana, caracas, bogota, lima, santiago,
buenos aires, sao paulo, rio de janeiro, brasilia, johannesburg, cape town, nairobi, lagos, abuja, accra, addis ababa,
khartoum, kinshasa, harare, algiers, tunis, tripoli, rabat, casablanca, bangkok, jakarta, manila, hanoi, kuala lumpur,
taipei, macau, pyongyang, davos, salzburg, monte carlo, kent, yorkshire, surrey, essex,
sussex, devon, cornwall, lancashire, merseyside, korea, east timor, south sudan, samoa, catalonia, basque country,
herzegovina, sicily, sardinia, corsica, bavaria, flanders, wallonia, grand est, hauts-de-france, occitanie, nouvelle-aquitaine, auvergne-rhône-alpes, quebec, ontario, alberta, isle of man, channel islands,
jersey, guernsey, gibraltar, faroe islands, earth, mars, neptune,
etna, vesuvius, stromboli, everest, kilimanjaro, mont blanc, matterhorn, snowdon, ben nevis, krakatoa
alps, vosges, pyrenees, dolomites, andes, rockies, carpathians, apennines, urals, himalayas, appalachians, ardennes, cévennes, black forest,
cotswolds, chilterns, pennines, cairngorms, grampians, mendips, quantocks, brecon beacons, peak district, yorkshire dales, dartmoor, exmoor
`)]);

/**
 * Surnames that name a person when a name stands alone, where nothing around it says whose it is:
 * people often named by their surname alone in the news ("Hegseth to meet Anthropic CEO", "the
 * Maduro raid"), and the most common surnames that are not also English words ("Miller", not
 * "Green" or "Hill").
 */
export const PEOPLE_SURNAMES = lines(`
smith, jones, williams, taylor, davies, evans, wilson, thomas, roberts, robinson, thompson, wright, walker, edwards,
hughes, lewis, clarke, patel, jackson, turner, martin, cooper, morris, moore, clark, lee, harrison, morgan, allen,
james, scott, phillips, watson, davis, parker, bennett, griffiths, mitchell, kelly, carter, richardson, bailey,
collins, murphy, cox, richards, khan, marshall, anderson, simpson, ellis, adams, singh, wilkinson, foster, chapman,
powell, webb, rogers, gray, ali, hussain, campbell, matthews, owen, palmer, holmes, barnes, russell, stevens,
jenkins, murray, dixon, harvey, garcia, rodriguez, martinez, hernandez, lopez, gonzalez, perez, nguyen, kim, wang,
li, zhang, chen, liu, yang, wu, schmidt, schneider, fischer, weber, meyer, wagner, becker, hoffmann, rossi, russo,
bianchi, romano, dubois, lefebvre, moreau, fernandez, gomez, silva, santos, oliveira, pereira, ivanov,
smirnov, petrov, kowalski, nowak, o'brien, o'connor, o'neill, mcdonald, macdonald, stewart, robertson, reid, fraser,
trump, biden, obama, clinton, harris, vance, pence, hegseth, rubio, bondi, gabbard, leavitt, bessent, lutnick, vought,
miller, musk, altman, amodei, zuckerberg, nadella, pichai, bezos, cook, huang, hassabis, suleyman, andreessen, thiel,
karp, sacks, schumer, pelosi, mcconnell, thune, jeffries, putin, zelensky, zelenskyy, lavrov, netanyahu, khamenei,
erdogan, modi, macron, starmer, sunak, johnson, merz, scholz, merkel, meloni, sanchez, orban, trudeau, carney,
albanese, lula, milei, maduro, sheinbaum, xi, kishida, ishiba, yoon, blair, brown, cameron, farage, badenoch, reeves,
bush, cheney, rumsfeld, rice, powell, chirac, schroeder, berlusconi, sharon, arafat, abbas, howard, kennedy, prescott, straw, blunkett,
`);

/** Products, competitions and awards the news names without saying what they are ("Claude", "Serie A", "the Oscars"). */
export const OTHER_NAMES = lines(`
chatgpt, claude, gemini, grok, llama, copilot, siri, alexa, iphone, ipad, ipod, itunes, android, playstation, xbox,
kindle, macbook, serie a, la liga, bundesliga, premier league, premiership, champions league, europa league, world cup, super bowl,
olympics, olympic games, paralympics, oscar, oscars, grammy, grammys, baftas, emmy, emmys, golden globes,
linux, windows, mac os, firefox, internet explorer, obe, mbe, cbe, kbe, dbe, new year honours, birthday honours, hotel rwanda,
medicare, medicaid, f1, formula one, eastenders, big brother, coronation street, doctor who, top gear, csi,
psp, nintendo ds, game boy, gameboy, walkman, blackberry, imac, mac mini, ipod mini, ipod shuffle, halo, halo 2, doom, doom 3,
grand theft auto, the sims, world wide web, grand slam, grand slams, golden globe, triple crown, white paper, half-life, half-life 2, gmail, google earth, tivo, unix, gpt-4, gpt-4o, gpt-5, sora, ftse 100, dow jones industrial average,
aac, wma, bittorrent, edonkey, gnutella, limewire, grokster, skype, realplayer, quicktime, windows media player,
windows xp, windows vista, windows 2000, windows 95, windows 98, microsoft outlook, microsoft word, microsoft office, powerpoint,
msn messenger, hotmail, xbox live, xbox 360, playstation 2, playstation 3, playstation portable, gamecube, n-gage, wii,
mydoom, sasser, netsky, bagle, blaster, air force one, marine one,
world war i, world war ii, world war one, world war two, world war 1, world war 2, first world war, second world war, cold war,
gulf war, vietnam war, falklands war, holocaust,
tour de france, giro d'italia, giro d’italia, vuelta a españa, vuelta a espana, grand tour, grand tours, paris-roubaix, tour of flanders,
stanley cup, kentucky derby, breeders' cup, breeders’ cup, preakness stakes, belmont stakes, grand national, royal ascot, ryder cup, six nations,
`);

export const ORGANIZATIONS = lines(`
pentagon, white house, kremlin, nato, un, united nations, eu, european union, european commission, european parliament,
imf, world bank, wto, who, opec, fifa, uefa, ioc, nasa, fbi, cia, nsa, mi5, mi6, gchq, nhs, bbc, itv, cnn, fox news,
reuters, associated press, ap, afp, bloomberg, axios, politico, google, microsoft, apple, amazon, meta, facebook, twitter,
openai, anthropic, xai, deepseek, huawei, tiktok, bytedance, alibaba, tencent, baidu, xiaomi, qualcomm, amd, tsmc, salesforce, adobe,
spotify, paypal, disney, walmart, boeing, airbus, lockheed martin, raytheon, northrop grumman, anduril, nvidia, intel, ibm, oracle, samsung, sony, nintendo, tesla, uber, palantir, spacex, netflix,
yahoo, ebay, vodafone, bt, shell, bp, exxon, toyota, honda, nissan, ford, general motors, gm, volkswagen, bmw,
mercedes, mercedes-benz, daimlerchrysler, daimler, chrysler, renault, peugeot, fiat, porsche, audi, volvo,
aston martin, land rover, mg rover, bentley, lamborghini, maserati, ferrari, alfa romeo, lancia, hyundai, vauxhall, citroen, skoda,
barclays, hsbc, lloyds, rbs, goldman sachs, morgan stanley, jp morgan, citigroup, merrill lynch, bear stearns, smith barney,
credit suisse, ubs, william hill, ladbrokes, paddy power, labour, conservatives, tories,
liberal democrats, lib dems, lib dem, ukip, snp, plaid cymru, sinn fein, sinn féin, fianna fáil, fianna fail, fine gael, people before profit, city hall, republicans, democrats, hamas, hezbollah, fatah,
taliban, al-qaeda, al qaeda, isis, islamic state, boko haram, al-shabab, al-shabaab, interpol, europol, ofcom, ofsted, ofgem, fsa, sec, fed, federal reserve,
bank of england, ecb, european central bank, army, navy, congress, senate, parliament, commons, lords, downing street, whitehall,
home office, foreign office, treasury, cabinet, supreme court, high court, court of appeal, house of lords,
house of commons, law lords, scotland yard, met police, metropolitan police, red cross, amnesty international,
guardia civil, carabinieri, guardia di finanza, gendarmerie nationale, policía nacional, mossos d'esquadra, mossos d’esquadra,
london underground, transport for london, tfl, network rail, nhs blood and transplant, nhsbt,
historic england, natural england, sport england, homes england, arts council england, english heritage, historic environment scotland, natural resources wales,
new labour, old labour, greenpeace, friends of the earth, oxfam, christian aid, unicef, unesco, arsenal, chelsea, liverpool fc, manchester united, man utd, man united, manchester city, man city,
tottenham, everton, newcastle united, aston villa, real madrid, barcelona fc, juventus, ac milan, inter milan,
bayern munich, celtic, rangers, leeds united, number 10, inter, parma, bbc sport, bbc radio 4,
nokia, motorola, siemens, ericsson, sony ericsson, philips, dell, hp, hewlett-packard, compaq, cisco, sun microsystems, realnetworks,
napster, kazaa, aol, time warner, warner bros, warner brothers, vivendi, vivendi universal, emi, bmg, sony bmg, warner music,
universal music, universal pictures, news corp, news corporation, bskyb, sky, orange, t-mobile, o2, virgin mobile, virgin atlantic,
virgin radio, ntl, telewest, tiscali, freeserve, wanadoo, lycos, ask jeeves, mozilla, mozilla foundation, symantec, mcafee, sophos,
kaspersky, f-secure, lenovo, acer, toshiba, fujitsu, nec, hitachi, panasonic, sanyo, electronic arts, ea, activision, ubisoft,
take-two, rockstar games, sega, konami, capcom, atari, namco, bungie, skype, wikipedia, youtube, myspace, netscape, midjourney,
mistral, cohere, hugging face, scale ai, yukos, gazprom, rosneft, lukoil, glaxosmithkline, gsk, astrazeneca, pfizer, merck,
novartis, unilever, nestle, tesco, sainsbury's, asda, marks & spencer, boots, woolworths, whitbread, hbos, northern rock,
standard life, aviva, prudential, lloyds tsb, bradford & bingley, british airways, easyjet, ryanair, lufthansa, air france, klm,
qantas, rolls-royce, bae systems, deutsche bank, credit suisse, deutsche boerse, euronext, london stock exchange, lse, nyse, nasdaq,
philip morris, altria, british american tobacco, swiss re, munich re, telekom austria, deutsche telekom, france telecom, telecom italia,
fcc, federal communications commission, ftc, federal trade commission, fda, food and drug administration, epa,
environmental protection agency, faa, federal aviation administration, justice department, department of justice,
department of homeland security, canal plus, british chambers of commerce, british chamber of commerce, hard rock cafe,
customs and border protection, u.s. customs and border protection, immigration and customs enforcement,
u.s. immigration and customs enforcement, citizenship and immigration services, u.s. citizenship and immigration services,
centers for disease control and prevention, national oceanic and atmospheric administration,
commodity futures trading commission, centers for medicare and medicaid services, department of health and human services,
department of housing and urban development, federal emergency management agency, national aeronautics and space administration, nasa
`);

/**
 * Bands the news names like people ("Franz Ferdinand beat Snow Patrol"): only names that are no
 * common word or person's name on their own ("Travis", "Queen" and "Texas" are left out).
 */
export const BANDS = lines(`
franz ferdinand, snow patrol, coldplay, kaiser chiefs, scissor sisters, kasabian, razorlight, libertines, green day, maroon 5,
black eyed peas, destiny's child, outkast, mcfly, westlife, girls aloud, sugababes, atomic kitten, bloc party, radiohead, rem,
pink floyd, rolling stones, beatles, manic street preachers, stereophonics, belle and sebastian, jesus and mary chain,
bay city rollers, simple minds, primal scream, stone roses, happy mondays, white stripes, red hot chili peppers, foo fighters,
beastie boys, u2, duran duran, spandau ballet, bee gees, abba, take that, spice girls, all saints, led zeppelin, black sabbath,
sex pistols, velvet underground, guns n' roses, bon jovi, def leppard, iron maiden, deep purple, futureheads, hard-fi, the darkness,
goldie lookin chain, ordinary boys, badly drawn boy, super furry animals, the corrs, boyzone, s club 7
`);

/** Outlets cited as sources; matched on the whole name. Values are the display form. */
export const OUTLETS: ReadonlyMap<string, string> = new Map([
  'Axios', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'BBC', 'BBC News', 'BBC Radio 4',
  'Radio 4', 'Radio Five Live', 'BBC Sport', 'BBC Radio', 'BBC Two', 'BBC One', 'Sky News', 'ITV', 'ITN', 'Channel 4', 'Channel 4 News',
  'CNN', 'Fox News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'NPR', 'PBS', 'MSNBC', 'Al Jazeera',
  'Washington Post', 'New York Times', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Observer', 'Times', 'Scotsman', 'Herald', 'Sunday Herald', 'Spectator', 'New Statesman',
  'Sunday Times', 'Telegraph', 'Daily Telegraph', 'Sunday Telegraph', 'Independent', 'Daily Mail', 'Mail on Sunday',
  'Daily Mirror', 'Mirror', 'Sun', 'News of the World', 'Daily Express', 'Evening Standard', 'Economist', 'Politico',
  'Defense Scoop', 'DefenseScoop', 'Defense One', 'Breaking Defense', 'The Information', 'Semafor', 'Vox', 'Wired',
  'The Verge', 'TechCrunch', 'Ars Technica', 'CNBC', 'Forbes', 'Fortune', 'Time', 'Newsweek', 'USA Today', 'Los Angeles Times',
  'Chicago Tribune', 'Boston Globe', 'Le Monde', 'Der Spiegel', 'Spiegel', 'El Pais', 'Xinhua', 'Tass', 'Interfax', 'Yle', 'NRK', 'SVT', 'RTÉ',
  'Kyodo', 'Yonhap', 'Press Association', 'PA', 'Today programme', 'Newsnight', 'Breakfast with Frost', 'Radio 5 Live',
  'Five Live', 'Variety', 'Billboard', 'Hollywood Reporter', 'Rolling Stone', 'NME', 'Gamespot', 'Nikkei', 'Dow Jones',
  'Sky Sports', 'Sky Sports News', 'BBC Radio 5 Live', 'BBC Radio Five Live', 'BBC Breakfast', 'talkSPORT', 'ESPN', 'The Athletic',
  'Sports Illustrated', 'GB News', 'LBC', 'Times Radio', 'Channel 5', 'Bloomberg News', 'Bloomberg Television', 'Bloomberg TV',
  'Fox Business', 'CBS News', 'Good Morning America', 'Meet the Press', 'Face the Nation', 'New York Post', 'Washington Times',
  'Washington Examiner', 'The Hill', 'Punchbowl News', 'Business Insider', 'HuffPost', 'BuzzFeed News',
  'Daily Beast', 'Vanity Fair', 'ProPublica', 'The Intercept', 'Vice News', 'Los Angeles Times', 'San Francisco Chronicle',
  'Miami Herald', 'Houston Chronicle', 'Globe and Mail', 'Toronto Star', 'CBC', 'Sydney Morning Herald',
  'Times of India', 'Hindustan Times', 'South China Morning Post', 'Caixin', 'Global Times', 'Nikkei Asia', 'NHK',
  'Yomiuri Shimbun', 'Asahi Shimbun', 'Haaretz', 'Times of Israel', 'Jerusalem Post', 'Kyiv Independent', 'Ukrainska Pravda',
  'RIA Novosti', 'Anadolu', 'Al Arabiya', 'Deutsche Welle', 'Euronews', 'France 24', 'Le Figaro', 'Corriere della Sera',
  'La Repubblica', 'El Mundo', 'Bild', 'Die Zeit', 'Handelsblatt', 'Frankfurter Allgemeine Zeitung', 'Stat News', 'Law360',
  'Daily Star', 'Morning Star', 'Daily Record', 'Straits Times', 'Korea Herald', 'Taipei Times', 'Kathmandu Post', 'Express Tribune',
  'Ming Pao', 'RTHK', 'Sing Tao Daily', 'Apple Daily', 'Rest of World', 'El Reg', '404 Media', 'Texas Tribune', 'CalMatters',
  'Star Tribune', 'KFF Health News', 'Healthcare Dive', 'Nursing Times', 'Daily Maverick', 'Premium Times', 'Daily Nation',
  'Africa Report', 'Aviation Week', 'Simple Flying', 'Railway Gazette', 'Manchester Evening News', 'Yorkshire Post', 'Liverpool Echo',
  'Bristol Live', 'Chalkbeat', 'Education Week', 'Times Higher Education', 'Schools Week', 'MarketWatch', 'The Hindu',
  'Irish Independent', 'New Zealand Herald', 'Seattle Times', 'Military Times', 'Irish Times', 'CoinDesk',
  'Kompas', 'Detik', 'Antara', 'Tribun Bali', 'Tribunnews', 'Jakarta Post', 'Jakarta Globe', 'Jawa Pos',
  'La Tercera', 'El Mercurio', 'La Nación', 'Clarín', 'Página 12', 'O Globo', 'Folha de S.Paulo', 'Estadão', 'El Tiempo', 'El Espectador',
  'El Universal', 'La Jornada', 'El Comercio', 'La Vanguardia', 'El Confidencial', 'El Periódico', 'EFE', 'Europa Press',
  'Le Devoir', 'La Presse', 'Le Soleil', 'Le Journal de Montréal', 'Radio-Canada', 'Le Parisien', 'Libération', 'Le Temps', 'Le Soir',
  'La Libre Belgique', 'La Stampa', 'Il Messaggero', 'Il Mattino', 'La Nazione', 'Il Tirreno', 'Il Sole 24 Ore', 'Il Fatto Quotidiano',
  'ANSA', 'De Telegraaf', 'De Standaard', 'de Volkskrant', 'Süddeutsche Zeitung', 'Der Standard', 'Die Presse',
].map((name) => [name.toLowerCase(), name]));

/** Given names chosen by hand: the names of people in the news, whatever other lists say. */
const CURATED_MALE_NAMES = lines(`
aaron, adam, adrian, ahmed, alan, alastair, albert, alexander, alexei, alfred, ali, alistair, andrew, andy, angus,
anthony, antonio, arnold, arthur, barack, barry, ben, benjamin, bernard, bill, billy, bob, boris, brad, brendan, brian,
bruce, carl, carlos, charles, christian, christopher, clive, colin, craig, dan, daniel, dario, darren,
dave, david, dean, dennis, derek, desmond, dick, dmitry, dominic, don, donald, doug, douglas, duncan, ed, eddie, edward, elon,
emil, emmanuel, eric, ernest, felipe, francis, frank, fred, gary, gavin, geoff, geoffrey, george, gerald, gerhard,
gordon, graham, greg, gregory, harold, harry, henry, hugh, iain, ian, ion, ivan, jack, jacques, jake, james, jason,
jeff, jeffrey, jeremy, jerry, jim, jimmy, joe, john, johnny, jon, jonathan, jose, joseph, josh, juan, julian,
justin, keith, ken, kenneth, kevin, kofi, lance, larry, lee, leo, leonard, lewis, liam, luis, luke, malcolm, marc,
marcus, mark, martin, matt, matthew, max, michael, mick, mike, mikhail, mohammed, muhammad, nathan, neil, nicholas,
nick, nicolas, nigel, noel, oliver, omar, oscar, owen, patrick, paul, pedro, per, pete, peter, phil, philip, pierre,
ralph, ray, raymond, richard, rick, rob, robert, rod, roger, ron, ronald, rory, roy, rupert, russell, ryan,
samuel, scott, sean, sebastian, sergei, shaun, silvio, simon, stephen, steve, steven, stuart, sundar, ted,
terry, thomas, tim, timothy, tom, tommy, tony, trevor, vladimir, walter, wayne, will, william, xavier, yasser, zach,
josef, markus, dieter, günter, gunter, horst, bernd, xaver, korbinian, benedikt, quirin
`);

/**
 * Given names of the world beyond the six languages of the `human-names` lists, as international
 * news writes them: Arabic, Persian, Turkish, South Asian, African, East Asian, Slavic, Nordic,
 * Greek, Hebrew, Celtic and Portuguese. Only names one sex mostly bears, and no English word among them.
 */
const WORLD_MALE_NAMES = lines(`
haruki, hiroshi, takeshi, kenji, kenta, daisuke, shinzo, taro, ichiro, akira, satoshi, kazuo, koji, makoto, masahiro, naoki, ryota,
takashi, tetsuya, yoshihide, yusuke, fumio, shigeru, hideki, hayato,
abdullah, abdul, ahmad, hassan, hussein, ibrahim, ismail, jamal, karim, khalid, mahmoud, mustafa, nasser, osama, rashid, salim, samir,
tariq, walid, yousef, youssef, yusuf, faisal, fahad, hamza, bilal, imran, nabil, rami, ziad, adel, ayman, bashar, fadi, hani, hisham,
majid, marwan, mohamed, mohammad, nizar, qasim, saad, saleh, yahya, zaid, hamad, obaid, saif, mansour, khaled, rashed, humaid,
jassim, nawaf, turki, fawaz, talal, waleed, hazem, mohannad, nayef, thamer, ammar,
mourad, lyes, hakim, abdelhakim, abdelaziz, abdelkader, abdelmajid, abdellatif, abderrahmane, noureddine, rachid, oussama, anouar,
lahcen, driss, mustapha, mokhtar, slimane, larbi, mohand, azzedine, fethi, moncef, chokri, taoufik, lotfi, kamel, riadh, nejib, belgacem,
reza, mehdi, hossein, javad, mohsen, saeed, hamid, farhad,
mehmet, emre, burak, murat, kemal, recep, ahmet, hakan, kaan,
rahul, rajesh, ravi, sanjay, sunil, vijay, amit, anil, arjun, ashok, deepak, manoj, mukesh, narendra, nitin, pradeep, rakesh, ramesh,
sachin, sandeep, sanjeev, suresh, vikram, vinod, vivek, aditya, akash, anand, ajay, arvind, gautam, harish, jitendra, karan, kunal,
mahesh, naveen, pankaj, prakash, rohit, sameer, siddharth, subhash, sudhir, tarun, varun, yogesh, asif, farooq, shahid, junaid, usman,
kwame, kwabena, kojo, kwaku, kwesi, chinedu, chukwuma, emeka, obinna, ikenna, nnamdi, olumide, tunde, babatunde, segun, femi, adebayo,
musa, abubakar, aliyu, sani, themba, sipho, thabo, bongani, mandla, sibusiso, jabulani, kagiso, tshepo, thulani, siyabonga, jomo, baraka,
juma, hamisi, abebe, tesfaye, dawit, yohannes, girma,
andrei, anatoly, dmitri, evgeny, yevgeny, igor, ilya, konstantin, nikolai, oleg, pavel, sergey, vadim, viktor, volodymyr, yuri,
mykola, oleksandr, oleksiy, taras, bohdan, piotr, tomasz, krzysztof, wojciech, andrzej, jakub, kamil, lukasz, marek, mateusz, pawel,
grzegorz, jaroslaw, zbigniew, dragan, goran, zoran, marko, luka, tomislav, branko, ante, josip, ivica, domagoj, stjepan, hrvoje, zvonimir, davor, damir, mladen, nenad, dejan,
lars, sven, nils, anders, bjorn, magnus, olaf, jens, henrik, mikkel, rasmus, soren, leif, einar, gunnar, ingvar, kjell, stig, fredrik,
johan, haakon, arvid, jukka, mikko, pekka, jari, timo, juha, antti,
joao, rui, nuno, tiago, thiago, gustavo, paulo, marcelo, luiz, vinicius,
murdo, torquil, alasdair, ruaraidh, ruairidh, seamus, padraig, ciaran, cian, eoin, niall, oisin, donal, fergal, colm, ronan, cormac, declan, diarmuid, tadhg, dafydd, rhys, gethin,
ieuan, huw, emyr, aled, giorgos, yannis, nikos, dimitris, kostas, stavros, spyros, vasilis, panagiotis, christos,
avi, yossi, moshe, eitan, yonatan, yehuda, shlomo, gideon, ehud, xosé, xoán, brais, anxo, iago, breixo, uxío, xabier
`);

const WORLD_FEMALE_NAMES = lines(`
yoko, keiko, akiko, haruka, yumi, sakura, aiko, mariko, michiko, noriko, sachiko, tomoko, yoshiko, yuko, ayumi, kaori, megumi, misaki,
aisha, amina, fatima, fatma, hanan, huda, layla, leila, mariam, maryam, nadia, nour, rania, salma, samira, yasmin, yasmine, zainab,
zeina, ghada, hiba, lubna, manal, rasha, noura, hessa, latifa, moza, shamma, reem, amal, hala, maha, alanoud,
rym, zineb, fatiha, souad, hafida, rachida, ghizlane, houda, yamina, nawal, meriem, naima, khadija,
jawaher, haya, mahra, dalia, shirin, parisa, nasrin, mahsa, azadeh, golnaz, niloufar, ayse, elif, zeynep, emine, merve, esra,
priya, anjali, aarti, deepa, divya, geeta, kavita, lakshmi, meena, neha, nisha, pooja, preeti, radha, rekha, sunita, swati, usha,
shabana, nasreen, ayesha, rukhsana, shreya, smriti, nirmala, mamata, indira, sushma, shilpa, rashmi, pallavi, madhuri, ananya, aishwarya,
ngozi, chioma, adaeze, amaka, chiamaka, nneka, ifeoma, folake, funmilayo, yetunde, abimbola, titilayo, hauwa, akosua, abena, efua,
adwoa, akua, nomvula, thandiwe, thandi, nomsa, lindiwe, zanele, nokuthula, palesa, lerato, naledi, wanjiru, wambui, njeri, achieng,
akinyi, atieno, makena, nyambura, aziza, halima, rehema, zawadi, tigist, meron, hirut, almaz, chipo, rudo, rumbidzai, tsitsi,
anastasia, ekaterina, yekaterina, irina, natalia, natalya, olga, svetlana, tatiana, tatyana, yulia, yuliya, oksana, olena, kateryna,
daria, agnieszka, katarzyna, malgorzata, magdalena, zofia, ewa, beata, dorota, jelena, ivana, milica, dragana, vesna,
ingrid, astrid, sigrid, annika, freya, liv, maja, ingeborg, solveig, signe, marit, hanne, mette, pernille, birgitta, karin, kerstin,
linnea, tove, elin, sanna, aino, liisa, riikka, joana, mariana, leticia, fernanda, luana, camila,
morag, ishbel, mhairi, kirsteen, seonaid, siobhan, aoife, niamh, saoirse, orla, roisin, caoimhe, sinead, grainne, aisling, ciara, clodagh, eimear, mairead, cerys, rhiannon,
angharad, bethan, carys, eleri, ffion, nia, lowri, eleni, despina, dimitra, ioanna, vasiliki, tamar, yael, shira, ayelet, hadas,
heike, silke, elke, frauke, gudrun, ulrike, maren, wiebke, hannelore, gisela, renate, jutta, annegret,
mercedes, iria, uxía, antía, xiana, sabela, olalla, begoña, pilar, amparo, consuelo, nieves, inmaculada, carme
`);

/**
 * English words given as names in southern, eastern and western Africa ("Wisdom Mtegha", "Cde
 * Blessing Matongo"), kept apart because the rule for the lists above is no English word. Only
 * words that seldom open the name of anything else ("Gift Aid", "Memory Lane", "Innocent Man" do).
 */
const VIRTUE_MALE_NAMES = lines('wisdom, prosper, learnmore, godknows, lovemore');
const VIRTUE_FEMALE_NAMES = lines('blessing, loveness, patience');

/** Given names borne by men and women alike in English-language news: they say a name is a person's, not which pronoun fits. */
const CURATED_UNISEX_NAMES = lines('alex, charlie, chris, jamie, sam, kelly, kim, robin, jean, nicola, tracy, joss, laurence, toni, patrice');

const CURATED_FEMALE_NAMES = lines(`
alice, alison, amanda, amy, angela, ann, anna, anne, barbara, beth, betty, caroline, carol, catherine, charlotte,
cherie, christine, claire, clare, daniela, diana, diane, donna, dorothy, elizabeth, ellen, emily, emma, helen, hillary,
isabel, jacinda, jane, janet, jennifer, jessica, jill, joan, joanna, julia, julie, karen, kate, katherine, kathleen,
kirsty, laura, linda, lisa, liz, louise, lucy, margaret, maria, marie, mary, melanie, michelle, nancy,
natalie, olivia, patricia, paula, rachel, rebecca, rose, ruth, sally, samantha, sandra, sarah, sharon,
sophie, stephanie, susan, tessa, theresa, ursula, valerie, victoria, wendy, yvonne, zoe, condoleezza, angelina,
madonna, kylie, britney, charlotte, hazel, harriet, patricia, ruth, estelle, gloria, keira, nicole, kristin, sue,
elfriede, gertrud, waltraud, brigitte, katharina, veronika, franziska
`);

/**
 * Given names from the `human-names` lists (English, French, German, Italian, Dutch, Spanish), less
 * those that are also English words or names our lexicons know ("Will", "Rose", "Major", "June",
 * "Apple"):
 * a sentence opening with one of those must not turn into a person.
 */
const listedNames = (lists: ReadonlyArray<readonly string[]>): Set<string> =>
  new Set(lists.flat().map((name) => name.toLowerCase()).filter((name) => !isOtherWord(name)));

/** Names in those lists that news prose mostly writes as words (each is lower case three or more times in the BBC corpus). */
const WORDS_MORE_THAN_NAMES = lines(`
rock, van, page, boy, chase, blue, eve, jet, guy, liberty, foster, sky, grant, joy, river, bear, grey, ward, penny, snow, buck,
lane, sterling, forest, leaf, stone, crystal, diamond, echo, sugar, marine, fox, lake, tiger, nail, bay, levy
`);

function isOtherWord(lower: string): boolean {
  return [WORDS_MORE_THAN_NAMES, COMMON_WORDS, FUNCTION_WORDS, ROLE_WORDS, ROLE_MODIFIERS, ORG_HEAD_WORDS, OTHER_HEAD_WORDS, DEMONYMS, MONTHS, WEEKDAYS, HOLIDAYS, PLACES, ORGANIZATIONS]
    .some((words) => words.has(lower)) || HONORIFICS.has(lower) || OUTLETS.has(lower);
}

const listedMale = listedNames([maleEnglish, maleFrench, maleGerman, maleItalian, maleDutch, maleSpanish]);
const listedFemale = listedNames([femaleEnglish, femaleFrench, femaleGerman, femaleItalian, femaleDutch, femaleSpanish]);

const hasNoGender = (name: string) => CURATED_UNISEX_NAMES.has(name);

/** Given names only men bear, for typing "Dario Amodei" as a person and for "he" agreement. */
const MALE_NAMES: ReadonlySet<string> = new Set([...CURATED_MALE_NAMES, ...WORLD_MALE_NAMES, ...VIRTUE_MALE_NAMES, ...[...listedMale].filter((name) => !listedFemale.has(name) && !CURATED_FEMALE_NAMES.has(name) && !WORLD_FEMALE_NAMES.has(name) && !hasNoGender(name))]);

/** Given names only women bear, for "she" agreement. */
const FEMALE_NAMES: ReadonlySet<string> = new Set([...CURATED_FEMALE_NAMES, ...WORLD_FEMALE_NAMES, ...VIRTUE_FEMALE_NAMES, ...[...listedFemale].filter((name) => !listedMale.has(name) && !CURATED_MALE_NAMES.has(name) && !WORLD_MALE_NAMES.has(name) && !hasNoGender(name))]);

/** Every given name, of men, women or both ("Jordan", "Alex"). */
const GIVEN_NAMES: ReadonlySet<string> = new Set([...MALE_NAMES, ...FEMALE_NAMES, ...CURATED_UNISEX_NAMES, ...listedMale, ...listedFemale]);

/** Whether a lower-case word is a given name, written with or without its accents ("nicolás", "françois"). */
export function isGivenName(lower: string): boolean {
  if (GIVEN_NAMES.has(lower)) return true;
  const plain = withoutAccents(lower);
  return (plain !== lower && GIVEN_NAMES.has(plain)) || isSyllabicGivenName(lower) || isCompoundGivenName(plain);
}

/** The given names that open French and Iberian compounds ("Jean-Pierre", "Marie-Ange", "José-Luis"). */
const COMPOUND_OPENINGS: ReadonlySet<string> = new Set(['jean', 'marie', 'anne', 'pierre', 'louis', 'paul', 'jose', 'maria', 'juan', 'ana', 'luis', 'marc']);

/**
 * "Jean-Pierre", "Marie-Ange", "Anne-Sophie": a compound of two given names. Only the usual
 * openings count, because a double-barrelled surname may join two given names too ("Taylor-Johnson").
 */
function isCompoundGivenName(plain: string): boolean {
  const hyphen = plain.indexOf('-');
  return hyphen > 0 && COMPOUND_OPENINGS.has(plain.slice(0, hyphen)) && GIVEN_NAMES.has(plain.slice(hyphen + 1));
}

/**
 * "Jun-seo", "Min-jun", "Ying-jeou": a Korean or Chinese given name romanised as two syllables
 * joined by a hyphen. No list holds them all, but their syllables are few.
 */
function isSyllabicGivenName(lower: string): boolean {
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return false;
  return lower.indexOf('-', hyphen + 1) < 0 && NAME_SYLLABLES.has(lower.slice(0, hyphen)) && NAME_SYLLABLES.has(lower.slice(hyphen + 1));
}

const NAME_SYLLABLES: ReadonlySet<string> = new Set(`
ah bin bo byung chan chang chae chul dae do dong eun gi gyu ha hae han ho hong hoon hwa hwan hye hyo hyuk hyun
il in jae jang je ji jin jong joo ju jun jung ki kwang kyu kyung mi min myung na nam ri rin sang seo seok seon seong
seung so sol soo su suk sun sung tae won woo woong ye yeon yeong yong yoon young yu yun
chen chia chih ching chun feng hsien hsin hua hui jeou kai kuo lan li lin ling mei ming ping shan sheng shu tsai wei wen yi ying yuan
`.split(/\s+/).filter(Boolean));

/** The gender only men or only women bearing the given name give it, or undefined. */
export function genderOfGivenName(lower: string): 'male' | 'female' | undefined {
  const listed = genderOfListedName(lower);
  if (listed) return listed;
  // "Zoë" is listed as "zoe": a second look-up only for a word that has accents to take off; not
  // past a macron, which spells a Baltic name the lists do not hold ("Jānis" is no "Janis").
  const plain = withoutAccents(lower);
  return plain === lower || MACRON.test(lower) ? undefined : genderOfListedName(plain);
}

const MACRON = /[āēīōū]/;

function genderOfListedName(name: string): 'male' | 'female' | undefined {
  return MALE_NAMES.has(name) || MALE_SHORT_NAMES.has(name) ? 'male' : FEMALE_NAMES.has(name) ? 'female' : undefined;
}

/**
 * "Des" of Desmond: a man's short name that opens place names too ("Des Moines"), so it gives "he"
 * its gender without making the words after it a person's name.
 */
const MALE_SHORT_NAMES: ReadonlySet<string> = new Set(['des']);

/** The name lists mostly spell names without accents: "nicolás" → "nicolas"; "Unión" → "Union". */
export function withoutAccents(lower: string): string {
  return isAscii(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Read by character codes: most words asked about are plain ASCII, and a regex per word costs more. */
function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}
