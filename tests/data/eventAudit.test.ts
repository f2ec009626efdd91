import { describe, it, expect } from 'vitest';
import fs from 'node:fs';

/*
 * The audit of every event in data/coalition.json (issue 12; the record is the section
 * "Audit of events (issue 12)" of docs/dataset-coverage.md). These tests hold what the audit
 * established, so that a later edit that drops the only good source of an event, hides a
 * syndicated copy behind its host's name, coarsens a date that is on record or adds a quote
 * nobody checked fails here rather than reaching a reader.
 */

interface Citation { source: string; quote?: string }
interface Event { id: string; date: string; end?: string; sources: Citation[] }
interface Source { id: string; publisher: string; title: string; url?: string; grade?: string }
interface Doc { sources: Source[]; events: Event[] }

const doc = JSON.parse(fs.readFileSync(new URL('../../data/coalition.json', import.meta.url), 'utf8')) as Doc;
const byId = new Map(doc.sources.map((s) => [s.id, s]));
const sourcesOf = (e: Event) => e.sources.map((c) => byId.get(c.source)).filter((s): s is Source => s !== undefined);
const citedByEvents = doc.sources.filter((s) => doc.events.some((e) => e.sources.some((c) => c.source === s.id)));

/**
 * A source is a copy when the text is someone else's: a wire story on a client's site, a statement
 * reproduced by a blog, a Wikipedia mirror, an archived page. The convention: the publisher names
 * the author first and the host as a copy, "AP (via The Detroit News copy)".
 */
const isCopy = (s: Source) => /\bcopy\b|\bmirror\b/i.test(s.publisher);

/** Parenthetical remarks in a publisher that describe the publisher itself, not someone else's text. */
const DESCRIPTIVE = new Set(['(Fandom)', '(blog)', '(Kuwait)', '(digital edition)', '(Emirates News Agency)', '(KUNA)']);

/** Sites that only republish others' reporting; their name may appear only as the host of a copy. */
const REPUBLISHERS = [
  'Wobko', 'ExBulletin', 'Sundries', 'Sevendaynews', 'Politicit', 'UrduPoint', 'Hathalyoum', 'MENAFN',
  'Mirage News', 'Gateway Pundit', 'Election Post', 'Newser', 'RelSci', 'Greek American', 'ecoi.net',
  'Keerzijde', 'Offstream', 'NJ Today', 'WFIN', 'PerthNow', 'Jamaica Gleaner', 'ABC13', 'KREM', 'WQAD',
  'WXOW', 'WFLA', 'ABC Columbia', 'Palestina Komitee', 'Gephardt Daily', 'Spokompton Times', 'The Gray Area',
  'American News Service', 'Libya News Today', 'US Defense Watch', 'HAP blog', 'Indian Country Today', 'Japan Today', 'Mamul', 'KRDO', 'Local News 8', 'Daily Alert',
];

/**
 * Events whose grade A or B sources are all copies, because the search of the stored pages found no
 * copy at the original publisher (see the audit table for what was searched).
 */
const ONLY_COPIES_STORED: Record<string, string> = {
  'brussels-ministerial-2014': 'the State Department statement is stored only as an archived copy (megalodon.jp)',
};

/** Each event's date (and end) as the audit checked it against its sources. */
const AUDITED_DATES: [string, string, string?][] = [
  ["isis-advance-2014", "2014-06-04", "2014-06-10"],
  ["us-advisers-authorized-2014-06", "2014-06-19"],
  ["caliphate-declared", "2014-06-29"],
  ["us-airstrikes-authorized-2014-08", "2014-08-07"],
  ["first-us-airstrikes-iraq", "2014-08-08"],
  ["us-diplomatic-security-reinforced", "2014-09-02"],
  ["core-coalition-wales", "2014-09-05"],
  ["obama-degrade-destroy", "2014-09-10"],
  ["jeddah-communique", "2014-09-11"],
  ["first-strikes-syria", "2014-09-23"],
  ["operation-inherent-resolve-named", "2014-10-15"],
  ["cjtf-oir-established", "2014-10-17"],
  ["us-1500-more-troops-iraq", "2014-11-07"],
  ["brussels-ministerial-2014", "2014-12-03"],
  ["coalition-formed-2014", "2014"],
  ["tikrit-liberated", "2015-03-31"],
  ["ramadi-falls", "2015-05-15", "2015-05-17"],
  ["us-450-more-troops-iraq", "2015-06-10"],
  ["us-special-forces-syria", "2015-10-30"],
  ["ramadi-government-center-retaken", "2015-12-28"],
  ["us-250-more-troops-syria", "2016-04-25"],
  ["us-200-more-troops-iraq-2016", "2016-04-18"],
  ["fallujah-battle", "2016-05-23", "2016-06-26"],
  ["us-560-more-troops-iraq", "2016-07-11"],
  ["us-600-more-troops-iraq", "2016-09-28"],
  ["mosul-offensive-begins", "2016-10-17"],
  ["us-200-more-troops-syria", "2016-12-10"],
  ["east-mosul-liberated", "2017-01-24"],
  ["raqqa-battle-begins", "2017-06-06"],
  ["mosul-victory-declared", "2017-07-09", "2017-07-10"],
  ["raqqa-liberated", "2017-10-17", "2017-10-20"],
  ["pentagon-acknowledges-2000-syria", "2017-12-06"],
  ["iraq-declares-victory-2017", "2017-12-09"],
  ["trump-syria-withdrawal-order", "2018-12-19"],
  ["baghouz-territorial-defeat", "2019-03-23"],
  ["northern-syria-withdrawal", "2019-10-13"],
  ["baghdadi-killed", "2019-10-26", "2019-10-27"],
  ["us-troops-remain-northeast-syria", "2019-11-10"],
  ["k1-air-base-attack", "2019-12-27"],
  ["us-strikes-kh-2019-12", "2019-12-29"],
  ["soleimani-killed", "2020-01-03"],
  ["parliament-foreign-troops-resolution", "2020-01-05"],
  ["iran-missiles-al-asad", "2020-01-08"],
  ["mckenzie-iraq-drawdown", "2020-09-09"],
  ["miller-drawdown-announced", "2020-11-17"],
  ["iraq-drawdown-2500-reached", "2021-01-15"],
  ["biden-kadhimi-end-combat", "2021-07-26"],
  ["combat-mission-ends", "2021-12-09"],
  ["sudani-government-approved", "2022-10-27"],
  ["jscd-2023", "2023-08-07", "2023-08-08"],
  ["hamas-attack-on-israel", "2023-10-07"],
  ["attacks-on-us-forces-begin", "2023-10-17"],
  ["us-strikes-syria-2023-10-26", "2023-10-26"],
  ["us-strike-syria-2023-11-08", "2023-11-08"],
  ["us-strikes-kh-2023-11", "2023-11-20", "2023-11-22"],
  ["erbil-drone-attack-2023-12", "2023-12-25"],
  ["us-strikes-kh-2023-12", "2023-12-25"],
  ["abu-taqwa-killed", "2024-01-04"],
  ["al-asad-missile-attack-2024-01", "2024-01-20"],
  ["us-strikes-kh-2024-01-24", "2024-01-24"],
  ["working-groups-announced", "2024-01-25"],
  ["iri-statement-on-talks", "2024-01-26"],
  ["talks-first-round", "2024-01-27"],
  ["tower-22-attack", "2024-01-28"],
  ["us-strikes-85-targets", "2024-02-02"],
  ["abu-baqir-al-saadi-killed", "2024-02-07"],
  ["sudani-washington-visit", "2024-04-15"],
  ["jscd-2024", "2024-07-22", "2024-07-23"],
  ["joint-statement-sept-2024", "2024-09-27"],
  ["coalition-ministerial-2024", "2024-09-30"],
  ["syria-2000-disclosed", "2024-12-19"],
];

/** Events whose sources give no single day; every other event must carry the day. */
const NO_DAY_ON_RECORD: Record<string, string> = {
  'coalition-formed-2014': 'the seed says only "formed in 2014"; the candidate days are events of their own',
};

/** Every quote from a source other than the seed report that the audit found word for word in stored text. */
const CHECKED_QUOTES: [string, string, string][] = [
  ["isis-advance-2014", "aljazeera-2014-06-10-copy", "Iraq’s prime minister is asking parliament to impose a state of emergency"],
  ["us-advisers-authorized-2014-06", "hsnw-2014-06-19", "announced he authorized sending up to 300 U.S. troops to Iraq"],
  ["us-advisers-authorized-2014-06", "alcom-2014-06-19", "President Barack Obama said up to 300 U.S. military advisors will be headed to Iraq"],
  ["us-advisers-authorized-2014-06", "usatoday-2014-06-19", "President Obama said Thursday he is planning to send up to 300 military advisers to Iraq"],
  ["us-advisers-authorized-2014-06", "krem-2014-06-19", "will send up to 300 military advisers to Iraq"],
  ["caliphate-declared", "memri-2014-07-01", "On June 29, 2014, the Islamic State of Iraq and Syria (ISIS) released an audio message by the group's spokesman, Abu Muhammad Al-'Adnani."],
  ["caliphate-declared", "washingtontimes-2014-06-29", "Sunni militants fighting in Syria and Iraq announced on Sunday the establishment of an Islamic “caliphate” and declared ISIL chief Abu Bakr al-Baghdadi its “caliph.”"],
  ["us-airstrikes-authorized-2014-08", "cnn-2014-08-08", "U.S. President Barack Obama said Thursday that he's authorized \"targeted airstrikes\" in Iraq to protect American personnel and help Iraqi forces."],
  ["us-airstrikes-authorized-2014-08", "alcom-2014-08-07", "Earlier Thursday evening, the president approved air drops of food and water to the group trapped by Islamic State troops on Mount Sinjar."],
  ["first-us-airstrikes-iraq", "dcas-oir", "Kinetic operations started on Aug. 8, 2014"],
  ["first-us-airstrikes-iraq", "washingtonpost-2014-10-15", "the name applies to operations against the Islamic State since airstrikes U.S. airstrikes began in Iraq on Aug. 8."],
  ["first-us-airstrikes-iraq", "foxnews-2014-10-15", "marked the first time U.S. forces have directly targeted"],
  ["us-diplomatic-security-reinforced", "ajc-2014-09-02", "approximately 350 additional U.S. military personnel to protect our diplomatic facilities and personnel in Baghdad"],
  ["us-diplomatic-security-reinforced", "armytechnology-2014-09", "will bring the total forces responsible for augmenting diplomatic security in Iraq up to approximately 820"],
  ["core-coalition-wales", "dodnews-2014-09-05", "Secretary of State John F. Kerry and Defense Secretary Chuck Hagel met with allies and partners today to discuss the threat posed to Iraq, the region and the international community by the Islamic State of Iraq and the Levant."],
  ["core-coalition-wales", "politico-2014-09-05", "Secretary of State John Kerry on Friday identified what he called a “core coalition” of 10 nations"],
  ["core-coalition-wales", "detroitnews-2014-09-05", "pressed a core coalition of 10 nations to summon the will to go after the Islamic State group in Iraq"],
  ["obama-degrade-destroy", "buzzfeed-2014-09-10", "Obama also announced that an additional 475 U.S. troops would be heading to Iraq"],
  ["jeddah-communique", "kicri-ministerial", "established on September 11, 2014"],
  ["jeddah-communique", "kuna-2014-09-11", "agreed here on Thursday to combine forces against the Islamic State in Iraq and the Levant (ISIL) and other terrorist groups."],
  ["jeddah-communique", "rbs0-jeddah-communique", "The ministers representing states of the Gulf Cooperation Council, Egypt, Iraq, Jordan, Lebanon and the United States declared their shared commitment to stand united against the threat posed by all terrorism"],
  ["first-strikes-syria", "csmonitor-2014-09-23", "According to US Central Command (Centcom), the attacks involved support or participation from Bahrain, Jordan, Qatar, Saudi Arabia, and the United Arab Emirates."],
  ["first-strikes-syria", "longwarjournal-2014-09", "Additionally, the US targeted the Khorasan Group, a coordinating council made up of al Qaeda leaders in Syria."],
  ["operation-inherent-resolve-named", "latimes-2014-10-15", "more than 1,400 U.S. military personnel in Iraq"],
  ["operation-inherent-resolve-named", "washingtonpost-2014-10-15", "the Pentagon has given its operation against the militant group a name: Inherent Resolve."],
  ["cjtf-oir-established", "centcom-2017-10-17", "CJTF-OIR was formally established Oct. 17, 2014 by the U.S. Department of Defense"],
  ["us-1500-more-troops-iraq", "theweek-2014-11-07", "Sources have told NBC News that Obama has approved a measure to nearly double America's military presence in Iraq."],
  ["us-1500-more-troops-iraq", "abc13-2014-11-07", "up to 1,500 more troops to Iraq"],
  ["us-1500-more-troops-iraq", "reuters-2014-11-07-yahoo-copy", "The White House will ask Congress for $5.6 billion for the operations in Iraq and Syria"],
  ["brussels-ministerial-2014", "state-2014-12-brussels-statement", "Sixty partners met at the invitation of U.S. Secretary of State John Kerry"],
  ["brussels-ministerial-2014", "state-2014-12-03-kerry-remarks-copy", "This is the first ministerial-level meeting of the anti-ISIL coalition"],
  ["tikrit-liberated", "zamaneh-2015-03-31", "announced the victory of his country’s military and militia forces against ISIS forces in Tikrit on Tuesday March 31"],
  ["ramadi-falls", "usatoday-2015-05-17", "The Islamic State seized control of the key Iraqi city of Ramadi on Sunday"],
  ["ramadi-falls", "rferl-2015-05-17", "said Muhannad Haimour, a spokesman for the governor of Anbar province, on May 17"],
  ["us-450-more-troops-iraq", "latimes-2015-06-10", "The move will bring the total number of U.S. troops in Iraq to about 3,550."],
  ["us-450-more-troops-iraq", "defensenews-2015-06-10", "The troops will be stationed at al-Taqaddum Air Base, a decision based on the US focus on Anbar province."],
  ["us-special-forces-syria", "cnn-transcript-2015-10-30", "The less than 50 number is accurate."],
  ["us-special-forces-syria", "politicit-2015-10-30", "fewer than 50"],
  ["ramadi-government-center-retaken", "centcom-2015-12-28", "Iraqi military leaders announced today Iraqi Security Forces seized the Government Center in Ramadi from Da'esh"],
  ["us-250-more-troops-syria", "voa-2016-04-24", "It would bring the number of U.S. troops in Syria to 300."],
  ["us-250-more-troops-syria", "wqad-2016-04-25", "So given their success I’ve approved the deployment of up to 250 additional U.S. personnel in Syria including special forces to keep up this momentum"],
  ["us-250-more-troops-syria", "japantimes-2016-04-25", "increasing the U.S. presence on the ground there to about 300 troops"],
  ["us-200-more-troops-iraq-2016", "cnn-2016-04-18", "U.S. Secretary of Defense Ash Carter announced Monday the United States will send 217 additional troops to Iraq"],
  ["us-200-more-troops-iraq-2016", "gleaner-2016-04-18", "increase the authorised troop level in Iraq by 217 forces, or from 3,870 to 4,087"],
  ["fallujah-battle", "reuters-2016-06-28-falluja-pictures", "Burnt out prison cells belonging to Islamic State militants are seen in Falluja after government forces recaptured the city from Islamic State militants."],
  ["fallujah-battle", "dailybeast-fallujah", "took the Islamic State group's last positions in the city of Fallujah on June 26, 2016"],
  ["fallujah-battle", "nbc-2016-06-26-copy", "from ISIS militants on Sunday, after a more than month-long military operation"],
  ["us-560-more-troops-iraq", "jpost-2016-07-11", "The deployment will raise the cap on US troops in Iraq to about 4,650."],
  ["us-560-more-troops-iraq", "hapblog-2016-07-cnn", "President Barack Obama approved the deployment, which brings the new troop cap will to 4,647."],
  ["us-600-more-troops-iraq", "dod-2016-09-28", "President Obama has authorized approximately 600 additional U.S. troops"],
  ["mosul-offensive-begins", "tradearabia-2016-10-17", "The offensive to liberate Mosul from the control of Islamic State (IS or ISIS) has begun, Iraqi Prime Minister Haider Al-Abadi said in a televised statement early Monday."],
  ["mosul-offensive-begins", "guardian-2016-10-17", "announces the start of an operation to clear the northern city of Mosul of Islamic State militants early Monday morning"],
  ["us-200-more-troops-syria", "cnn-2016-12-10", "The United States will deploy approximately 200 additional US forces to Syria"],
  ["us-200-more-troops-syria", "stripes-2016-12-10", "in addition to 300 U.S. troops already authorized"],
  ["east-mosul-liberated", "rudaw-2017-01-24", "The eastern half of Mosul has been fully liberated"],
  ["east-mosul-liberated", "dailyherald-2017-01-24", "more than three months after the massive U.S.-backed operation began"],
  ["raqqa-battle-begins", "sputnik-2017-06-06", "The Syrian Democratic Forces (SDF) and their Syrian Arab Coalition partners launched the offensive to unseat ISIS"],
  ["raqqa-battle-begins", "libyanewstoday-2017-06-06", "said on Tuesday it had begun a battle to capture Raqqa"],
  ["mosul-victory-declared", "dailystar-2017-07-10", "Iraqi Prime Minister Haider al-Abadi arrived in Mosul Sunday and congratulated the armed forces for their \"victory\" over Daesh (ISIS)"],
  ["mosul-victory-declared", "ecoi-rferl-2017-07-10", "formally declared victory over the Islamic State (IS) on July 10 in a speech on state television"],
  ["raqqa-liberated", "trtworld-2017-10-20", "US-backed militant group SDF declared victory over Daesh in its former de-facto capital of Raqqa, declaring the city free of any extremist presence, on Friday."],
  ["pentagon-acknowledges-2000-syria", "foreignpolicy-2017-12-06", "2,000 American troops are on the ground in Syria"],
  ["pentagon-acknowledges-2000-syria", "militarytimes-2017-12-06", "That disclosure comes after months when military officials would only confirm that it had 503 troops there"],
  ["pentagon-acknowledges-2000-syria", "insidedefense-2017-12-06", "Manning also said there were approximately 5,200 U.S. troops in Iraq."],
  ["iraq-declares-victory-2017", "dailybeast-2017-12-09", "declared the end of a three-year war to root out Islamic State militants from the country"],
  ["trump-syria-withdrawal-order", "ballotpedia-2018-12-21", "On December 19, 2018, President Donald Trump ordered all remaining U.S. troops to be withdrawn from Syria."],
  ["trump-syria-withdrawal-order", "abccolumbia-2018-12-19", "about 2,000 U.S. troops in eastern Syria"],
  ["baghouz-territorial-defeat", "kurdistan24-2019-03-23", "The Syrian Democratic Forces (SDF) on Saturday raised their flag over Baghouz"],
  ["baghouz-territorial-defeat", "bss-2019-03-23", "Kurdish-led forces pronounced"],
  ["northern-syria-withdrawal", "axios-2019-10-13", "preparing to relocate 1,000 troops from northeastern Syria"],
  ["baghdadi-killed", "indianexpress-2019-10-27", "US President Donald Trump Sunday announced that Abu Bakr al-Baghdadi died during an overnight raid led by US military forces in Syria"],
  ["us-troops-remain-northeast-syria", "jpost-2019-11-milley", "Between 500 and 600 US troops will remain in Syria to keep pressure on ISIS"],
  ["us-troops-remain-northeast-syria", "theage-2019-11-10", "As many as 600 US troops will remain in northeast Syria"],
  ["k1-air-base-attack", "ynet-2019-12-28", "A U.S. civilian contractor was killed in a rocket attack on an Iraqi military base near the oil-rich city of Kirkuk on Friday"],
  ["k1-air-base-attack", "dailybeast-2019-12-29", "The U.S. is holding the Iran-backed Iraqi militia, Kataeb Hezbollah, or Hezbollah Brigades, responsible"],
  ["k1-air-base-attack", "gephardt-2019-12-29", "Hoffman said four U.S. service members and two members of the Iraqi Security Forces were also injured."],
  ["us-strikes-kh-2019-12", "gephardt-2019-12-29", "the strikes targeted five locations belonging to the Iran-backed Iraqi paramilitary group Kata’ib Hezbollah including three in Iraq and two in Syria"],
  ["soleimani-killed", "freepressjournal-2020-01-03", "US President Donald Trump ordered the killing of Iran Revolutionary Guards commander Qasem Soleimani"],
  ["soleimani-killed", "japantoday-2020-01-03", "The strike also killed Abu Mahdi al-Muhandis, deputy commander of Iran-backed militias in Iraq known as the Popular Mobilization Forces"],
  ["parliament-foreign-troops-resolution", "ap-2020-01-05-ict-copy", "Many Sunni and Kurdish legislators did not show up for the session"],
  ["iran-missiles-al-asad", "national-2021-01", "Eleven missiles smashed into the Iraqi-American base at Al Asad"],
  ["iran-missiles-al-asad", "newsweek-tbi", "at least 110 soldiers sustained traumatic brain injuries (TBIs) from the 11 impacts at the Ain al Asad base"],
  ["mckenzie-iraq-drawdown", "iraqbusinessnews-2020-09-10", "reduce our troop presence in Iraq from about 5,200 to 3,000 troops during the month of September"],
  ["miller-drawdown-announced", "dod-2020-11-17-miller-remarks", "I am here today to update you on President Trump’s plan to bring the wars in Afghanistan and Iraq to a successful and responsible conclusion"],
  ["miller-drawdown-announced", "justthenews-2020-11-17", "American forces overseas will by Jan. 15 be reduced to 2,500 in Afghanistan and 2,500 in Iraq"],
  ["miller-drawdown-announced", "dodnews-2020-11-17-copy", "There are currently around 4,500 U.S. service members in Afghanistan and 3,000 in Iraq."],
  ["iraq-drawdown-2500-reached", "epochtimes-2021-01-15", "The United States has reached the Trump administration’s goal to reduce American troops in Iraq and Afghanistan to 2,500 each"],
  ["iraq-drawdown-2500-reached", "voa-2021-01", "said Friday the United States has cut troops in Iraq to 2,500, meeting a goal set by the Trump administration late last year."],
  ["biden-kadhimi-end-combat", "medialine-2021-07-27", "The United States will formally end its combat mission in Iraq by the end of the year."],
  ["combat-mission-ends", "kurdistan24-2021-12-09", "As we complete our combat role, we will remain here to advise, assist, and enable the ISF [Iraqi Security Forces], at the invitation of the Republic of Iraq."],
  ["combat-mission-ends", "shafaq-2021-12", "announced today that it has completed its transition to a non-combat mission before year's end as agreed"],
  ["sudani-government-approved", "almonitor-2022-10-27", "Iraq's parliament gave a vote of confidence Thursday evening to incoming Prime Minister Muhammad Shia al-Sudani and his cabinet of 21 ministers"],
  ["jscd-2023", "mofa-iq-42489", "started in August 2023"],
  ["hamas-attack-on-israel", "statesman-2023-10-07", "Israel woke up to loud sirens on Saturday as Islamist militant group Hamas fired thousands of missiles from Gaza Strip in a surprise attack."],
  ["hamas-attack-on-israel", "reuters-2023-10-07-copy", "Palestinian Islamist group Hamas launched the biggest attack on Israel in years on Saturday"],
  ["attacks-on-us-forces-begin", "xinhua-2023-10-19-mamul-copy", "According to the statement, three drones were launched Wednesday on Ayn al-Asad airbase in Anbar province in western Iraq"],
  ["attacks-on-us-forces-begin", "gatewaypundit-2023-10", "began on October 17"],
  ["us-strike-syria-2023-11-08", "crisisgroup-2023-11-08", "U.S. military forces conducted a self-defence strike on a facility in eastern Syria used by Iran’s Islamic Revolutionary Guard Corps (IRGC) and affiliated groups"],
  ["us-strikes-kh-2023-11", "upi-2023-11-21", "On the morning of November 22 in Iraq, U.S. Central Command forces conducted discrete, precision strikes against two facilities in Iraq."],
  ["us-strikes-kh-2023-11", "krdo-2023-11-21-ap-copy", "Those attacks include the first use of a short-range ballistic missile against Al-Asad Air Base in Iraq on Tuesday."],
  ["us-strikes-kh-2023-11", "voa-2023-11-22-dailyalert-copy", "On Monday, U.S. forces struck and killed Iran-backed proxies who earlier had launched a close-range ballistic missile against al-Asad Air Base in Iraq."],
  ["erbil-drone-attack-2023-12", "newsmax-2023-12-25", "Austin said the attack at Erbil Air Base led to three injured U.S. soldiers, including one who is in critical condition."],
  ["us-strikes-kh-2023-12", "newsmax-2023-12-25", "on three facilities used by Iranian-backed Kataib Hezbollah and affiliated groups in Iraq"],
  ["abu-taqwa-killed", "stripes-2024-01-04", "U.S. forces took necessary and proportionate action against Mushtaq Jawad Kazim al-Jawari, a.k.a Abu Taqwa, who was a Harakat al-Nujaba leader"],
  ["al-asad-missile-attack-2024-01", "abcnews-2024-01-20", "A number of U.S. personnel are undergoing evaluation for traumatic brain injuries."],
  ["us-strikes-kh-2024-01-24", "kurdistan24-2024-01-24", "At 12:15 a.m. (Iraq time), U.S. CENTCOM forces conducted unilateral airstrikes against three facilities used by Iranian-backed Kataib Hezbollah militia group and other Iran-affiliated groups in Iraq."],
  ["us-strikes-kh-2024-01-24", "kuna-2024-01-24", "These precision strikes are in direct response to a series of escalatory attacks against US and Coalition personnel in Iraq and Syria by Iranian-sponsored militias"],
  ["working-groups-announced", "dod-transcript-3657097", "The HMC meeting is not a negotiation about the withdrawal of U.S. forces from Iraq"],
  ["working-groups-announced", "dod-transcript-3656654", "Today is the date that the Secretary of Defense and his Iraqi counterpart have announced the launch of the HMC"],
  ["iri-statement-on-talks", "memri-2024-01-29", "Claim Announcement Is American Attempt To Buy Time; Threaten To Continue Attacks"],
  ["iri-statement-on-talks", "afp-2024-01-26-iraqinews-copy", "an attempt to reshuffle the cards… and buy time"],
  ["talks-first-round", "rudaw-2024-01-27", "Prime Minister Mohammed Shia’ al-Sudani on Saturday presided over the first meeting between Iraq and the United States to discuss the future of the global coalition against the Islamic State (ISIS) in Iraq."],
  ["tower-22-attack", "voa-2024-01-28", "The U.S military says three American troops were killed in a drone attack in Jordan, near the border with Syria."],
  ["tower-22-attack", "jpost-2024-01-28", "Three US service members were killed and 25 others were wounded in a drone attack on an outpost in Jordan near the Syrian border on Saturday night, US Central Command (CENTCOM) said on Sunday."],
  ["us-strikes-85-targets", "localnews8-2024-02-03-ap-copy", "The U.S. hit 85 targets late Friday in seven locations where thousands of Iran-backed fighters are deployed."],
  ["us-strikes-85-targets", "eir-2024-02", "seven facilities"],
  ["abu-baqir-al-saadi-killed", "dailybeast-2024-02-07", "Three members of the Iran-backed Kataib Hezbollah militia were killed in Wednesday’s strike on eastern Baghdad"],
  ["sudani-washington-visit", "ucsb-2024-04-15-remarks", "We're also committed to the security of our personnel and partners in the region, including Iraq."],
  ["sudani-washington-visit", "shafaq-2024-04-15", "We aim to transition from a relationship of a security and military nature"],
  ["sudani-washington-visit", "kurdistanchronicle-3239", "during which President Joe Biden and Prime Minister Sudani affirmed they would review factors to determine when and how the mission of the global coalition in Iraq would end and transition in an orderly manner."],
  ["jscd-2024", "shafaq-2024-07-24", "The discussions, held on July 22 and 23, were led by the US Department of Defense and the Iraqi Ministry of Defense."],
  ["jscd-2024", "anews-2024-07-23", "The officials will discuss when and how the mission of the global coalition against Daesh in Iraq would end"],
  ["jscd-2024", "kurdistanchronicle-3239", "Reuters reported on July 23, that Iraq wants troops from the U.S.-led military coalition to begin withdrawing in September and to formally end the coalition’s work by September 2025."],
  ["jscd-2024", "dodnews-2024-07-22-copy", "The Iraqi delegation includes participants from Iraq’s Ministry of Defense and armed forces, the Counterterrorism Service and the Kurdish Peshmerga."],
  ["joint-statement-sept-2024", "shafaq-2024-09-27", "an alternative location in the Kurdistan Region"],
  ["joint-statement-sept-2024", "menafn-2024-09-28", "some 2,500 military personnel in Iraq and roughly 900 troops in Syria"],
  ["joint-statement-sept-2024", "miragenews-joint-statement-2024", "no later than the end of September 2025"],
  ["joint-statement-sept-2024", "miragenews-joint-statement-2024", "operating in Syria from a platform determined in the HMC will continue until September 2026"],
  ["coalition-ministerial-2024", "globalcoalition-21779", "planned transition of the Coalition’s military mission in Iraq to bilateral security partnerships"],
  ["syria-2000-disclosed", "amconmag-2024-12-20", "there are approximately 2,000 U.S. soldiers in Syria"],
  ["syria-2000-disclosed", "defensemirror-2024-12-19", "the additional 1,100 troops are \"temporary rotational forces\""],
];

describe('audit of the events of data/coalition.json (issue 12)', () => {
  it('gives every event at least one grade A or B source', () => {
    expect(doc.events.filter((e) => !sourcesOf(e).some((s) => s.grade === 'A' || s.grade === 'B')).map((e) => e.id)).toEqual([]);
  });

  it('gives every event an A or B source at its original publisher, except where only copies are stored', () => {
    const onlyCopies = doc.events
      .filter((e) => !sourcesOf(e).some((s) => (s.grade === 'A' || s.grade === 'B') && !isCopy(s)))
      .map((e) => e.id);
    expect(onlyCopies.sort()).toEqual(Object.keys(ONLY_COPIES_STORED).sort());
  });

  it('says so in the publisher whenever a source is a copy of someone else\'s text', () => {
    const unmarked = citedByEvents.filter((s) => {
      if (isCopy(s)) return false;
      const remarks = s.publisher.match(/\([^)]*\)/g) ?? [];
      return /\bvia\b/i.test(s.publisher) || remarks.some((r) => !DESCRIPTIVE.has(r));
    });
    expect(unmarked.map((s) => `${s.id}: ${s.publisher}`)).toEqual([]);
  });

  it('names a republishing site only as the host of a copy', () => {
    const hidden = citedByEvents.filter((s) => !isCopy(s) && REPUBLISHERS.some((r) => `${s.publisher} ${s.title}`.includes(r)));
    expect(hidden.map((s) => `${s.id}: ${s.publisher}`)).toEqual([]);
  });

  it('lists each event\'s sources best first, so the detail panel opens on the strongest: A, B, C, an original before a copy', () => {
    const rank = (s: Source) => ({ A: 0, B: 2, C: 4 }[s.grade ?? 'C'] ?? 4) + (isCopy(s) ? 1 : 0);
    const unordered = doc.events.filter((e) => {
      const ranks = sourcesOf(e).map(rank);
      return ranks.some((r, i) => i > 0 && r < ranks[i - 1]);
    });
    expect(unordered.map((e) => e.id)).toEqual([]);
  });

  it('dates every event as the audit checked it', () => {
    const actual = doc.events.map((e): [string, string, string?] => (e.end ? [e.id, e.date, e.end] : [e.id, e.date]));
    expect(actual).toEqual(AUDITED_DATES);
  });

  it('carries the day for every event whose day is on record', () => {
    const coarse = doc.events.filter((e) => !/^\d{4}-\d{2}-\d{2}$/.test(e.date)).map((e) => e.id);
    expect(coarse.sort()).toEqual(Object.keys(NO_DAY_ON_RECORD).sort());
  });

  it('cites only quotes the audit checked word for word, apart from the seed report (checked against its text elsewhere)', () => {
    const checked = new Set(CHECKED_QUOTES.map((t) => JSON.stringify(t)));
    const unchecked = doc.events.flatMap((e) =>
      e.sources
        .filter((c) => c.quote !== undefined && c.source !== 'national-2024-01-27')
        .map((c) => [e.id, c.source, c.quote!] as [string, string, string])
        .filter((t) => !checked.has(JSON.stringify(t))),
    );
    expect(unchecked).toEqual([]);
  });
});
