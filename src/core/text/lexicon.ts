/**
 * Word lists the analysis relies on. They are deliberately compact: common English news vocabulary
 * that decides how a capitalised word should be read. Everything is lower-case; look-ups lower-case
 * the word first.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Capitalised only because they start a sentence or a headline word: never names on their own. */
export const FUNCTION_WORDS = words(`
a an the and or but nor so yet for of in on at to by with from into onto over under about after before
during since until while as if than that this these those there here then when where why how what which who whom whose
it its it's he she they them their his her him we us our you your i me my mine
is are was were be been being has have had do does did will would shall should can could may might must
not no yes all any some each every both either neither few many more most much other another such own same
also just only even still already yet again ever never always often sometimes perhaps maybe
however meanwhile moreover furthermore nevertheless nonetheless although though because unless whether
now today tonight tomorrow yesterday later earlier soon once twice
mr mrs ms dr sir
one two three four five six seven eight nine ten first second third last next new old
according despite including instead indeed overall finally
beneath underneath amid amidst beside behind below above upon within throughout towards toward among amongst
`);

/** Number words: at a sentence start they count something ("Twenty CBS-owned stations"), they do not name it. */
export const NUMBER_WORDS = words(`
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen
twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens
`);

export const MONTHS = words('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec');
export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays');
/** Holidays name dates, not entities. */
export const HOLIDAYS = words('easter christmas ramadan eid hanukkah diwali thanksgiving');

/** Nationality and regional adjectives: "Palestinian", "British". Not entities. */
export const DEMONYMS = words(`
american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss austrian
swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish cypriot
russian ukrainian belarusian georgian armenian serbian croatian bosnian slovenian albanian macedonian lithuanian latvian estonian
moldovan montenegrin kosovan kosovar maltese azerbaijani azeri kazakh kazakhstani uzbek uzbekistani tajik kyrgyz mongolian
chinese japanese korean taiwanese vietnamese thai cambodian malaysian indonesian filipino singaporean burmese
indian pakistani bangladeshi afghan nepalese lankan iranian iraqi syrian lebanese israeli palestinian jordanian
saudi emirati qatari kuwaiti yemeni omani egyptian libyan tunisian algerian moroccan sudanese ethiopian somali kenyan
ugandan tanzanian rwandan nigerian ghanaian senegalese ivorian cameroonian congolese angolan zimbabwean zambian
mozambican malawian botswanan mauritian malagasy seychellois fijian samoan tongan maldivian bhutanese timorese bruneian
african namibian mexican canadian brazilian argentine argentinian chilean peruvian colombian venezuelan cuban
bolivian ecuadorian uruguayan paraguayan haitian jamaican australian kiwi european asian african arab latin western eastern
anglo franco sino afro roman
northern southern middle islamic muslim christian jewish catholic protestant hindu buddhist sikh kurdish sunni shia shiite evangelical anglican methodist baptist pentecostal presbyterian lutheran mormon islam christianity judaism hinduism buddhism sikhism
republican democratic democrat conservative liberal socialist communist tory jew nazi zionist islamist
spaniard briton brit scot welshman welshwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
dutchman dane swede finn pole turk argentinian gypsy gypsies olympic
victorian edwardian elizabethan jacobean
californian texan floridian hawaiian alaskan bavarian catalan basque corsican sicilian sardinian quebecois parisian londoner glaswegian liverpudlian mancunian geordie cornish
`);

/**
 * Languages that are no nationality's adjective ("Cantonese", "Hindi"): not entities alone, but the
 * first word of some names ("Tamil Nadu", "Mandarin Oriental").
 */
export const LANGUAGES = words('cantonese mandarin hindi urdu swahili tagalog bengali farsi tamil yiddish hebrew punjabi pashto afrikaans amharic telugu gujarati marathi malayalam sinhala sinhalese');

/** Honorifics: mark a person, and are dropped from the name. The value is the grammatical gender. */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | undefined> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['mrs', 'female'], ['mrs.', 'female'],
  ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['lady', 'female'], ['dame', 'female'], ['baroness', 'female'], ['baron', 'male'],
  ['dr', undefined], ['dr.', undefined], ['prof', undefined], ['prof.', undefined], ['professor', undefined],
  // "Asst Prof Chayanin Boonmee", "Assoc Prof Lim Wee Kiat": an academic rank, as the Thai and Malaysian press abbreviates it.
  ['asst', undefined], ['asst.', undefined], ['assoc', undefined], ['assoc.', undefined],
  ['rev', undefined], ['revd', undefined], ['reverend', undefined], ['rt', undefined], ['hon', undefined], ['cllr', undefined], ['cr', undefined],
  // A Catholic priest's title before his name: "Fr Ciarán Scanlon-Ebeid", "Msgr. Brendan Walsh", and "Mgr Raymond Caruana Pace" as the Maltese press writes it.
  ['fr', 'male'], ['fr.', 'male'], ['msgr', 'male'], ['msgr.', 'male'], ['mgr', 'male'],
  // The same title spelled out: "Father Luis Barragán", then "Father Barragán".
  ['father', 'male'],
  // A nurse's or a nun's title: "Sister Rose Kandiu", then "Sr Kandiu" (written with no full stop, unlike the "Sr." after a father's name).
  ['sr', undefined], ['sister', 'female'],
  // A prioress's or an abbess's title: "Mother María de la Cruz".
  ['mother', 'female'],
  // West African, East African and South Asian courtesy titles: "Alhaji Musa Danladi", "Hajji Abdallah al-Siraj", "Hajia Amina Bello", "Madam Abena Oduro", "Smt. Lakshmi Rao" (not "Sri" or "Shri", which open "Sri Lanka" and temples' names).
  ['alhaji', 'male'], ['alhaja', 'female'], ['hajia', 'female'], ['hajji', 'male'], ['haji', 'male'], ['hajjat', 'female'], ['mallam', 'male'], ['madam', 'female'], ['smt', 'female'], ['smt.', 'female'],
  // Gulf courtesy titles, before a given name: "Sheikh Obaid" of "Sheikh Obaid bin Khalifa Al Sharqi".
  ['sheikh', 'male'], ['sheikha', 'female'],
  // Burmese courtesy titles, which are no part of the name: "U Win Naing Kyaw", "Daw Aye Aye Mon",
  // "Ko Thura Zeyar", Karen "Naw" (not "Ma", also a Chinese surname: "Ma Ying-jeou").
  ['u', 'male'], ['daw', 'female'], ['ko', 'male'], ['naw', 'female'],
  // Malay and Bruneian courtesy titles: "Awang Abdul Hadi bin Metussin", "Dayang Norhayati binti Abdullah", "Hajah Rosnah", "Datin Siti Aminah".
  ['awang', 'male'], ['dayang', 'female'], ['hajah', 'female'], ['dato', 'male'], ['datuk', 'male'], ['datin', 'female'],
  // Fijian chiefly titles: "Ratu Meli Tubuna", called "Ratu Meli" after; "Adi Salote Nacola".
  ['ratu', 'male'], ['adi', 'female'],
  // Titles of the professions and the trade unions in the same press: "Comrade Ternenge Aba-Lawson", "Cde Blessing Matongo", "Barr. Ada Obi", "Engr. Musa Bello", "Adv Kudzai Moyo".
  // (East African papers write the engineer's title "Eng": "Eng Rehema Kimaro".)
  ['comrade', undefined], ['cde', undefined], ['barr', undefined], ['barr.', undefined], ['engr', undefined], ['engr.', undefined], ['eng', undefined], ['eng.', undefined], ['adv', undefined], ['adv.', undefined],
  // Cameroonian titles of respect for elders, before any name: "Pa Epie Nkongho", "Mami Ngoe Rebecca".
  ['pa', 'male'], ['mami', 'female'],
  // I-Kiribati courtesy titles: "Nei Bwebwe Taoaba" (a woman), "Tem Kautu Tebano" (a man).
  ['nei', 'female'], ['tem', 'male'],
  // French courtesy titles, kept by translations of the French press: "Mme Garnier-Loubet", "Mlle Roux", and a lawyer's or a
  // notary's "Maître Hélène Bouvard" (not the bare "M.", an initial as often as "Monsieur").
  ['mme', 'female'], ['mme.', 'female'], ['mlle', 'female'], ['mlle.', 'female'], ['maître', undefined], ['maitre', undefined],
  // Swahili courtesy titles, as the Zanzibar and Tanzanian press write them: "Ndugu Salma" (comrade), "Bi Mwanaisha" (a woman), "Mzee Juma" (an elder).
  ['ndugu', undefined], ['bi', 'female'], ['mzee', 'male'],
  // The Spanish courtesy title of an older woman, before her given name: "Doña Graciela", "Doña Eufemia"
  // (not "Don", also an English given name).
  ['doña', 'female'],
  // Amharic courtesy titles, kept by Ethiopia's English press: "Ato Birhanu Tefera" (Mr), "Woizero Mulu Assefa" (Mrs).
  ['ato', 'male'], ['woizero', 'female'], ['weyzero', 'female'], ['wzro', 'female'],
]);

/**
 * How the popular press names people by their family standing: "Gran Pauline Osei-Hartley, 67,",
 * "Mum Leanne Kowalczyk". Labels only before a given name, as "Gran Turismo" and "Gran Canaria"
 * are names; not "Nan" or "Dad", which are given names too. The value is the grammatical gender.
 */
export const FAMILY_LABELS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['gran', 'female'], ['granny', 'female'], ['grandma', 'female'], ['grandad', 'male'], ['granddad', 'male'], ['mum', 'female'],
  // Titles of respect for Aboriginal and Torres Strait Islander elders: "Aunty Lorna Fairweather-Quan", "Uncle Wesley".
  ['aunty', 'female'], ['auntie', 'female'], ['uncle', 'male'],
  // "Ma Bridget Kien", "Mama Grace Achu": titles of respect for elders in Cameroon; only before a given name, as "Ma" is also a Chinese surname ("Ma Ying-jeou").
  ['ma', 'female'], ['mama', 'female'], ['papa', 'male'],
]);

/** Common Chinese, Korean and Vietnamese family names, which come first: "Mr Wang" is Wang Yan. */
export const FAMILY_NAMES_FIRST = words(`
wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang xie tang han feng deng cao peng
zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding ren shen yao xing wen jia qian kim park choi jung kang
cho yoon jang lim roh moon nguyen tran pham hoang huynh phan vu vo bui ngo duong doan truong dinh trinh nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương đinh trương
`);

/** Pipe band titles written with a slash: pipe major, lead drummer, drum major, pipe sergeant ("P/M Rennie"). */
export const SLASHED_TITLES = words('p/m l/d d/m p/s');

/** Words that make a capitalised phrase a title or role ("Defense Secretary", "Anthropic CEO", the GAA's "Uachtarán" and "Stiúrthóir"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([...SLASHED_TITLES, ...words(`
president secretary undersecretary under-secretary minister ministers chancellor premier governor senator congressman congresswoman representative
mayor councillor councilor councilmember councilman councilwoman alderman alderwoman assemblyman assemblywoman assemblymember ambassador envoy commissioner chairman chairwoman chair ceo cfo cto coo chief director head
spokesman spokeswoman spokesperson officer official adviser advisor counsel attorney judge justice general admiral corpsman
colonel captain commander sergeant corporal lieutenant major king queen prince princess pope bishop archbishop rabbi imam
leader deputy assistant executive founder manager coach chancellor speaker editor correspondent analyst treasurer dj djs
economist professor lawyer czar tsar boss striker midfielder defender goalkeeper winger quarterback qb linebacker pitcher captain skipper selector umpire referee adjudicator warden mp mps mep meps msp msps td tds mla mlas mk mks
senators congressmen congresswomen governors mayors ambassadors commissioners
comptroller clerk auditor ombudsman coroner sheriff marshal registrar provost magistrate trustee supervisor selectman selectwoman churchwarden
superintendent inspector detective supt insp sgt det igp dcp sacp paramedic vet administrator principal headteacher headmaster headmistress bandleader voivode subcommissioner
canon archdeacon vicar chaplain cardinal monsignor pastor ayatollah constable
advocate solicitor barrister prosecutor lawmaker legislator trooper patrolman firefighter taoiseach tánaiste tanaiste
prefect sub-prefect hokim akim kgosi inkosi oba alkalo seyfo delegate collector tahsildar tehsildar sarpanch gup dzongdag thrompon drangpon lyonpo mangmi tshogpa naalakkersuisoq
uachtarán cathaoirleach stiúrthóir rúnaí cisteoir examiner
whip ppro drummer
`)]);

/**
 * Titles abbreviated with a full stop before a name, as American news writes them: "Sen. Elizabeth
 * Warren", "Rep. Jim Jordan", "Lt. Gen. Mark Smith". Only with the stop are they titles: "Gen Z".
 */
export const TITLE_ABBREVIATIONS = words('sen sens rep reps gov govs lt gen col sgt capt maj adm cmdr cpl pvt pte brig atty supt det insp rev amb pres ald coun');

/** Titles that are roles only in lower case, since capitalised they are common names ("Howard Dean", "Dean Martin"). */
export const LOWER_CASE_ROLES = words('dean provost rector curator member');

/** Modifiers that belong to a role rather than to a name: "Deputy", "Under", "Home", "Foreign". */
export const ROLE_MODIFIERS = words('at-large deputy under vice assistant acting former interim shadow home foreign defense defence prime chief senior junior general district divisional regional provincial circuit majority minority democratic republican first additional');

/**
 * Portfolios that open a minister's or a correspondent's title: "Health Secretary Steve Barclay",
 * "Finance Minister", "Economics editor". Part of the role, not a name.
 */
export const PORTFOLIOS = words(`
health education culture transport transportation trade commerce business industry environment energy interior agriculture
housing manpower immigration homeland finance higher labor veterans sports children digital science technology
economics politics political diplomatic legal arts media world security
`);

/**
 * Nouns that end an organisation's name: "Supreme Court", "Labour Party", "Barclays Bank"; or, in
 * Spanish, French and German, open it ("Unión Sindical de Tripulantes", "Conseil d'État", "Opernhaus Rheinufer").
 */
export const ORG_HEAD_WORDS = words(`
inc inc. ltd ltd. plc corp corp. corporation company co co. limited s.l. s.a. s.r.l. s.p.a. group holdings partners llc llp ag sa gmbh lda ltda securities capital investments ventures associates holding yapı inşaat srl bv nv oyj pt tbk jsc
wireless broadband fiber fibre plant aquarium zoo
pharmaceuticals pharma chemicals coatings paints polymers plastics resins energy electronics communications telecom entertainment pictures films productions aviation tobacco petroleum insurance railways resources mining minerals metals estates properties developments
party council collectivity collectivité department ministry office agency authority commission committee court parliament congress senate chamber
assembly government administration bureau service services board union federation confederation association league club team band regulator ombudsman municipality nation
university college school institute institutes institution academy foundation trust fund bank bancorp exchange airlines airways
motors industries technologies systems labs laboratory laboratories studios records networks media press news times post journal images
telegraph guardian herald tribune observer mail express gazette review magazine channel radio fm tv rtv television televisión televisão televisione rádio register chronicle
army navy force forces police constabulary guard command organisation organization alliance coalition movement front brigade battalion regiment squadron
church society center centre hospital infirmary clinic embassy consulate nhs museum gallery orchestra ballet opera theatre theater consortium commission lords commons research
fellowship house brewery breweries distillery distilleries creamery creameries bakery bakeries bakehouse bakehouses winery wineries cannery comics publishing publishers books library libraries
diocese archdiocese vestry presbytery deanery procuracy procuratorate guild synod brotherhood sisterhood cooperative co-operative syndicate tribunal corps kommunia kommune
elementary schools isd cisd interactive esports gaming racing motorsport motorsports propulsion residential collective congregation partnership legislature inspectorate directorate secretariat superintendence superintendency
chancellery branch commissioners
forum tribe coastguard aircraft zeitung highways survey division markets management watch network air security project patrol care observatory unit rescue wireless tech treasury panel mines monitor
unión sindicato confederación federación asociación partido ministerio universidad instituto syndicat confédération fédération parti ministère université institut conseil
sun mirror echo chronicle inquirer bulletin dispatch sentinel examiner advertiser argus clarion hebdo
museo museu musée chez foncière fondo fonds fundo cooperativa correo maison cirque minera vuelos fundació navigazione navegación transportes transporti construcciones costruzioni dziennik tygodnik kurier coordinadora municipio librairie boulangerie pâtisserie fromagerie épicerie quincaillerie pharmacie coutellerie bijouterie joaillerie bäckerei metzgerei molkerei käserei brauerei glashütte mutuelle caisse assurances versicherung versicherungen sparkasse volksbank raiffeisenbank caseificio pastificio oleificio frantoio salumificio birrificio tintoria banco banque universidad universidade università universität instituto institut ministerio ministère teatro fundación fondation stiftung grupo gruppo
frente asociación asociacion associação associazione movimiento movimento partido partito ejército ejercito fuerzas consejo conselho consiglio comité comisión comision comissão fundacion fundação fondazione confederación confederacion federación federacion sindicato corporación compañía compagnie société immobilière immobiliare inmobiliaria imobiliária ministero ministério secretaría policía polícia universitat universitet gazzetta corriere giornale banca cassa diario periódico periodico jornal lacticínios laticínios correio diário gazeta folha courrier
kamra kunsill awtorità partit
cymdeithas cyngor undeb prifysgol coleg canolfan comhairle
provincie provinsje gemeente gemeinte waterschap wetterskip omroep omrop
philharmonic philharmonia philharmoniker kammerphilharmonie sinfonia sinfonietta orchester oper opernhaus staatsoper markthalle markthallen stadtwerke verkehrsbetriebe
`);

/**
 * Trades a firm is named for, after its own name ("Ferrule Robotics", "Bellwright Foods", "Thames
 * Water"), and a force's unit named for its area ("El Paso Sector"): they type a name as a body's,
 * but unlike head nouns they join no names ("Sector 57 of Gurugram" is a place and a city). None is
 * also a surname ("Lisa Power" is why "power" is not one).
 */
export const FIRM_TRADE_WORDS = words(`
robotics hydraulics automation components foods beverages digital assurance logistics distribution distributors generation nuclear analytics biosciences biotech therapeutics genomics diagnostics
semiconductor semiconductors solutions software minerals metals chemicals construction engineering properties realty hotels resorts
brands apparel cosmetics automotive aerospace utilities shipping freight lending payments fintech healthcare pharmacy
medicine outfitters mortgages wealth consulting renewables mobility health water gas electric electricity environmental lime habitat
solicitors attorneys accountants architects advisory restructuring insolvency ferries seaways trains railways buses coaches sector coal
haulage aggregates composites homes goods terminals portal insights funerals design propane computing ratings motor motors cruises broadcasting seafoods meats fisheries gems jewellers shipbuilding shipbuilders trading dairies textiles farms
commodities shipbroking shipbrokers tankers bulkers bulk shipmanagement chartering carriers maritime navigation containerships dredging towage salvage bunkering cargo space
events exhibitions catering hospitality expeditions holidays tours adventures charters copper nickel lithium cobalt uranium zinc platinum
horticulture nurseries plants seeds growers skincare haircare vets
roofing scaffolding plumbing glazing joinery cladding flooring fencing landscaping demolition insulation
property apiaries packing supply supplies pottery chemie chemical processors exporters importers suppliers producers traders cider brewery brewing distillery distillers vineyards spirits drinks insight pay promotions pastoral toys seafood potash cement wetsuits
`);

/**
 * Last words of sports clubs' names ("Sheffield United", "Blackburn Rovers", "Sunderland FC"). They
 * type a name, but unlike organisation head nouns they do not join names across "and" or "of".
 */
export const CLUB_ENDINGS = words('fc afc united rovers wanderers athletic albion hotspur rangers gaels harps emmets harriers sc ac cf sv fk volley');

/** First words of clubs' names on the Continent and in Latin America ("Olympique Lyonnais", "Dynamo Kyiv", "Atlético Madrid", "Deportes Iquique"), words no English sentence opens with. */
export const CLUB_OPENINGS = words('olympique dynamo dinamo atletico atlético deportes deportivo virtus');

/** Words after a name that make it an "other" entity: laws, events, works. */
export const OTHER_HEAD_WORDS = words(`
act bill law treaty accord agreement convention protocol directive amendment charter constitution manual handbook code regulations rules
cup championship championships competition contest regatta open classic bowl olympics games tournament trophy prize prix prémio premio premi preis award awards oscars baftas grammys festival
war election elections summit conference pandemic crisis scandal inquiry report budget marathon show expo fire wildfire
index composite average
hymns songs tales stories chronicles diaries memoirs poems
`);

/** Nouns that, right before or after an unknown name, mark it as a product ("its model, Claude"). */
export const PRODUCT_CUES = words(`model models chatbot chatbots app apps software product products tool platform device phone console game browser engine system
drug drugs pill medicine vaccine film films movie series show drama album song single novel book opera musical sitcom
chip chips processor processors platforms thriller biopic documentary sequel prequel remake cartoon comedy blockbuster
soap programme ballet poem painting memoir autobiography track blend blends
rocket rockets satellite satellites spacecraft capsule lander rover booster`);

/** Nouns that, right after an unknown name, mark it as an organisation ("Anthropic spokesperson"). */
export const ORG_CUES = words(`
spokesperson spokesman spokeswoman ceo chief executive executives officials official employees staff engineers
board shareholders shares stock profits profit revenue sales boss chairman chairwoman chair founder partners trainees lab firm company
television channel newspaper network station broadcaster mk mks party bloc coalition
`);

/** What a firm does, as a noun that may describe the firm ("Developer Ravensreach Studios", "the Vancouver-based miner"). */
export const FIRM_CALLINGS: ReadonlySet<string> = new Set(['developer', 'publisher', 'broadcaster', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'insurer', 'lender', 'housebuilder', 'brewer', 'manufacturer', 'bookmaker', 'broker', 'operator', 'distributor', 'promoter', 'partner', 'rival', 'contractor', 'supplier', 'buyer', 'client', 'customer', 'airframer', 'planemaker', 'shipbuilder', 'miner', 'grocer', 'wholesaler', 'exporter', 'importer', 'landlord']);

/** Nouns that introduce an organisation's name: "AI firm Anthropic", "software company Palantir". */
export const ORG_INTRODUCERS = words('firm company group cooperative utility lab startup start-up bank broadcaster carrier maker giant retailer airline insurer manufacturer rival competitor competitors subsidiary lender lenders housebuilder housebuilders brewer conglomerate outlet newspaper daily tabloid broadsheet network station agency party club side team band bookmaker bookmakers broker brokers brokerage chain supermarket publisher studio label carmaker drugmaker operator regulator watchdog organisation organization charity tank thinktank think-tank ngo nonprofit non-profit union militia brigade battalion faction unit provider consultancy consortium platform association federation collective movement coalition alliance foundation');

/** A newspaper's name: "the Vientiane Times", "The Washington Post". */
export const NEWSPAPER_TITLE = /\s(?:Times|Post|Journal|Herald|Tribune|Gazette|Telegraph|Observer|Mail|Sun|Mirror|Echo|Chronicle|Inquirer|Dispatch|Sentinel|Examiner|Advertiser|Argus|Clarion|Courier|Globe|Register|Bee|Enquirer|Gleaner|Statesman|Ledger|Hebdo)$/;

/** Nouns for a business: "the company said" refers back to one, never to a government body. */
export const BUSINESS_NOUNS = words(`
company firm lab startup start-up bank carrier maker giant retailer airline insurer manufacturer bookmaker broker chain
supermarket publisher studio label carmaker drugmaker operator
`);

/** Words that make a body's name a government's, a parliament's or an army's. */
const GOVERNMENT_WORDS = words(`
department ministry agency office council commission committee court government administration senate parliament
congress police army navy authority bureau assembly cabinet military pentagon kremlin treasury whitehall directorate inspectorate tribunal carabinieri gendarmerie
`);

/** Government and international bodies whose names hold none of the words above. */
const GOVERNMENT_BODIES: ReadonlySet<string> = new Set([
  ...words('nato un eu fbi cia nsa nasa fed sec'), 'white house', 'downing street', 'united nations', 'european union', 'federal reserve', 'number 10',
]);

/** "the Pentagon", "Department of Defense", "White House": a body of a state or of states. */
function isGovernmentBody(name: string): boolean {
  const lower = name.toLowerCase();
  return GOVERNMENT_BODIES.has(lower) || lower.split(/\s+/).some((word) => GOVERNMENT_WORDS.has(word));
}

/** Nouns for a state's body: "the agency said" refers back to one, never to a firm. */
export const GOVERNMENT_BODY_NOUNS = words('agency ministry department regulator watchdog authority commission');

/** Last words of firms' names, without their dots: "Brazos Ridge Packing Co.", "Stipple Labs Inc". */
const FIRM_NAME_ENDINGS = words('inc ltd plc corp corporation co llc llp ag sa srl spa gmbh holdings estates properties developments');

/** "Brazos Ridge Packing Co.": a firm by its legal ending, which no article calls "the agency". */
export function isFirmByName(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase().replace(/[.,]/g, '');
  return FIRM_NAME_ENDINGS.has(last);
}

/** Words that make a body's name a union's, a party's, a school's or a charity's: never "the company". */
const NON_BUSINESS_WORDS = words('union unions federation association party university college school foundation charity society campaign coalition guild league project institute');

/**
 * "Department of Defense", "Rail Guards and Conductors Union": a body no article calls "the company"
 * or "the firm", whatever else it named last.
 */
export function isNeverBusiness(name: string): boolean {
  return isGovernmentBody(name) || name.toLowerCase().split(/\s+/).some((word) => NON_BUSINESS_WORDS.has(word));
}

/** Last words of the names of places: "Beverly Hills", "Camden Market", "Trafalgar Square", "North Sea". */
export const PLACE_HEADS = words(`
street road avenue square park hills market bridge valley heights gardens boulevard airport station stadium arena island islands
beach coast sea ocean river lake mountains desert canal strait peninsula cathedral abbey castle village dam hotel prison hall tower towers highway motorway freeway expressway
reserve province region district area county parish township riding bay bayou harbour canyon plateau reef basin delta glacier fjord estuary sound loch lagoon gorge plains falls wetlands highlands lowlands temple mosque synagogue church chapel shrine empire racecourse
café cafe restaurant pub inn bistro tavern shipyard dockyard wells springs mill creek
jetty pier quay wharf promenade embankment rambla corniche tunnel
`);

/** First words of the names of places: "Lake Geneva", "Mount Everest", "Cape Horn", "River Thames", "Cabo Delgado", "Kampong Sinaut" (a Malay village), "Cerro Alegre" (a Chilean hill and its neighbourhood). */
export const PLACE_LEADS = words('lake loch lough mount isle cape cabo côte calle plaza piazza palazzo playa námestie tanjung doi passo col colle monte cerro volcán viale corso piazzale lungarno rue avenida republic kingdom principality gulf river bayou café cafe hotel kampong kampung');

/** Nouns that, right after an unknown name, mark it as a place ("the Donetsk region", "Idlib province"). */
export const PLACE_CUES = words('region province oblast district county governorate prefecture state territory airport neighborhood neighbourhood suburb township dam reservoir valley lake estuary peninsula plateau stadium beach bay glacier marsh marshes wetland wetlands lagoon delta basin foothills floodplain coastline');

/** Prepositions that make the following unknown name likely a place ("in Strasbourg"). */
export const PLACE_PREPOSITIONS = words('in from near around across throughout outside inside to towards toward via');

/**
 * Degrees and honours written after a person's name, set off by commas ("Anneliese Vortmann, MD,
 * said", "Marguerite Obi, MD, MPH, an infectious disease physician"): no names of their own.
 */
export const POST_NOMINAL_LETTERS: ReadonlySet<string> = new Set('MD PhD MPH DrPH MSc MBA DVM RN BSN MBBS FRCP FRCS FACP FACS OBE MBE CBE KBE DBE FRS DDS DMD BDS PharmD EdD JD CPA MSW OD MS FAAO MCOptom FCOptom'.split(' '));

/** Nouns of kin, whose apposition names the relative: "his younger brother, Andre,". */
export const KIN_NOUNS = words(`
son daughter wife husband mother father brother sister uncle aunt nephew niece cousin grandson granddaughter grandmother grandfather
widow widower fiancee fiance girlfriend boyfriend partner
`);

/** Nouns that introduce a person's name: "actor Dougray Scott", "agent Gilmar Rinaldi", "compatriot Ronaldo". */
export const PERSON_INTRODUCERS: ReadonlySet<string> = new Set([...words(`
actor actress singer star striker midfielder defender goalkeeper winger player coach manager boss agent compatriot
athlete sprinter runner cyclist swimmer boxer golfer jockey
nominee director producer writer author novelist presenter comedian musician rapper artist chef designer
analyst economist lawyer judge senator governor mayor minister president chancellor leader chairman spokesman spokeswoman
colleague backbencher candidate challenger rival champion captain veteran teammate referee umpire
parent pensioner grandmother grandfather shopkeeper teacher
`), ...KIN_NOUNS]);

/** Plurals of people who band together under a name for a cause: "Zimbabwe Lawyers for Human Rights", "Physicians for Human Rights". */
export const BANDED_PEOPLE = words('lawyers physicians doctors scientists journalists parents mothers veterans citizens women students teachers nurses taxpayers residents voters workers farmers patriots');
