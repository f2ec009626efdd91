// Issue 12, series audit: rewrites the three charted series of data/coalition.json and adds the
// Pentagon personnel-count (DMDC) series, from the checks recorded in docs/dataset-coverage.md
// ("Audit of series points (issue 12)"). Idempotent: run it again on a newer coalition.json
// (e.g. after a rebase) and it gives the same series. New sources go at the START of `sources`.
// Usage: node scripts/data/audit-series-issue12.mjs
import fs from 'node:fs';

const FILE = new URL('../../data/coalition.json', import.meta.url);
const doc = JSON.parse(fs.readFileSync(FILE, 'utf8'));

/** Sources this audit adds, each URL as the search tool returned it. */
const NEW_SOURCES = [
  { id: 'dodnews-2017-12-06', publisher: 'US Department of Defense (DoD News)', title: 'Pentagon Announces Troop Levels in Iraq, Syria', url: 'http://www.defense.gov/News/Article/Article/1390079/pentagon-announces-troop-levels-in-iraq-syria/', published: '2017-12-06', grade: 'A' },
  { id: 'militarytimes-2021-03-04', publisher: 'Military Times', title: 'Documents detail legal fight to make the Pentagon share Middle East troop numbers', url: 'https://www.militarytimes.com/news/your-military/2021/03/04/documents-detail-legal-fight-to-make-the-pentagon-share-middle-east-troop-numbers/', published: '2021-03-04', grade: 'B' },
  { id: 'pakistantoday-2017-11-28', publisher: 'Pakistan Today (copy of a US report; original not named)', title: 'A total of 26,000 US troops deployed in Afghanistan, Iraq and Syria', url: 'https://archive.pakistantoday.com.pk/2017/11/28/a-total-of-26000-us-troops-deployed-in-afghanistan-iraq-and-syria', published: '2017-11-28', grade: 'C' },
  { id: 'americaninterest-2017-04-27', publisher: 'The American Interest (quoting Reuters)', title: 'Pentagon Given Authority to Raise Troop Limits in Iraq and Syria', url: 'https://www.the-american-interest.com/2017/04/27/pentagon-given-authority-to-raise-troop-limits-in-iraq-and-syria/', published: '2017-04-27', grade: 'B' },
  { id: 'thenews-2017-11-26', publisher: 'Reuters (via The News International copy)', title: 'Pentagon likely to acknowledge 2,000 US troops in Syria', url: 'https://www.thenews.com.pk/print/248846-pentagon-likely-to-acknowledge-2-000-us-troops-in-syria', published: '2017-11-26', grade: 'B' },
  { id: 'aol-reuters-2016-04-25', publisher: 'Reuters (via AOL copy)', title: 'Obama to send 250 additional US special forces troops to Syria', url: 'https://www.aol.com/article/2016/04/25/obama-to-send-250-additional-us-special-forces-troops-to-syria/21350354/', published: '2016-04-25', grade: 'B' },
  { id: 'news12-ap-2016-04-24', publisher: 'AP (via News 12 Connecticut copy)', title: 'Administration: Up to 250 military personnel headed to Syria', url: 'http://connecticut.news12.com/story/34811880/administration-up-to-250-military-personnel-headed-to-syria', published: '2016-04-24', grade: 'B' },
  { id: 'nakedcapitalism-2016-08', publisher: 'Naked Capitalism (AlterNet copy, quoting a White House statement)', title: 'Why Is the Pentagon Hiding the Number of Troops in Iraq and Syria?', url: 'https://www.nakedcapitalism.com/2016/08/why-is-the-pentagon-hiding-the-number-of-troops-in-iraq-and-syria.html', published: '2016-08', grade: 'C' },
  { id: 'businessstandard-2016-02-04', publisher: 'Business Standard (PTI copy)', title: 'Hundreds more US troops in Iraq than previously stated', url: 'https://www.business-standard.com/amp/article/pti-stories/hundreds-more-us-troops-in-iraq-than-previously-stated-116020400062_1.html', published: '2016-02-04', grade: 'B' },
  { id: 'ypa-politico-2021-07-28', publisher: 'Yemen Press Agency (copy of a Politico Magazine report)', title: 'US keeps about 900 troops in Syria', url: 'https://en.ypagency.net/230123/', published: '2021-07-28', grade: 'C' },
  { id: 'cnn-2024-12-19', publisher: 'CNN (via Local News 8 copy)', title: 'US concedes it has double the number of troops in Syria', url: 'https://localnews8.com/politics/cnn-us-politics/2024/12/19/us-concedes-it-has-double-the-number-of-troops-in-syria-as-biden-prepares-to-officials-to-damascus/', published: '2024-12-19', grade: 'B' },
  { id: 'kurdistan24-2023-11-14', publisher: 'Kurdistan 24', title: '55 attacks carried out on US forces in Iraq, Syria: Dep. Pentagon Press Sec.', url: 'https://www.kurdistan24.net/en/story/33158-55-attacks-carried-out-on-US-forces-in-Iraq,-Syria:-Dep.-Pentagon-Press-Sec.', published: '2023-11-14', grade: 'B' },
  { id: 'usnn-2024-01-19', publisher: 'USNN (copy; original not named)', title: '140 Iran-Backed Attacks Targeted US Troops in Iraq, Syria Since Oct. 7: Pentagon', url: 'https://www.usnn.news/140-iran-backed-attacks-targeted-us-troops-in-iraq-syria-since-oct-7-pentagon/', published: '2024-01-19', grade: 'C' },
];

/** Sources only the old series cited, replaced by an original. */
const DROPPED_SOURCES = ['wobko-2017-12-07'];

const OFFICIAL_NOTE =
  'Official levels are the Pentagon’s force management level, which leaves out temporary and special-operations personnel; its own quarterly personnel counts (DMDC) were far higher at times, e.g. 8,892 in Iraq on 30 September 2017 against an official 5,262.';
const COUNT_NOTE =
  'Counts of US military personnel in the country, from the Pentagon’s Defense Manpower Data Center (DMDC) quarterly reports and DoD documents released under FOIA, as reported; the Pentagon stopped publishing Iraq and Syria counts after September 2017.';

const p = (date, value, estimate, kind, source, quote, note) => {
  const point = { date, value, estimate, kind, source };
  if (quote) point.quote = quote;
  if (note) point.note = note;
  return point;
};

const IRAQ = [
  p('2014-10-15', 1400, 'approximate', 'official', 'latimes-2014-10-15', 'more than 1,400 U.S. military personnel in Iraq'),
  p('2015-04', 3000, 'approximate', 'official', 'washex-2015-04', 'about 3,000 U.S. troops have returned to Iraq'),
  p('2015-06-10', 3100, 'exact', 'official', 'crs-r44073', 'join the 3,100 already in theater', 'The level before the increase of up to 450 announced the same day (the ceiling of about 3,550).'),
  p('2015-06-10', 3550, 'approximate', 'ceiling', 'latimes-2015-06-10', 'The move will bring the total number of U.S. troops in Iraq to about 3,550.', 'The ceiling after up to 450 more were authorized on 10 June 2015; 3,100 were there that day.'),
  p('2015-12-01', 3500, 'approximate', 'official', 'offstream-2015-12-01', 'There are now about 3,500 U.S. troops in Iraq', 'Only a grade-C summary of Carter’s testimony is on record for this date.'),
  p('2016-02-03', 3850, 'exact', 'official', 'businessstandard-2016-02-04', 'But the Pentagon today quietly increased that official accounting to 3,850 troops.', 'Dated to the day the report calls “today” (it was filed on 3 February, US time).'),
  p('2016-06', 4087, 'exact', 'official', 'nakedcapitalism-2016-08', 'The Force Management Level for U.S. Armed Forces in Iraq currently is 4,087.', 'The force management level as a White House statement of June 2016 gives it (the War Powers report of 13 June 2016); it includes the 217 more Carter announced in April 2016.'),
  p('2016-07-11', 4647, 'exact', 'ceiling', 'politico-2016-07', 'the latest increase in a troop cap that will now go from 4,087 to 4,647', 'A further increase of about 600 was authorized on 28 September 2016 (DoD statement); its total was first given as 5,262 in the sources found (April 2017).'),
  p('2017-04-26', 5262, 'exact', 'official', 'americaninterest-2017-04-27', 'The force management levels, which are officially at 5,262 in Iraq and 503 in Syria', 'Dated to the Wednesday on which the Pentagon confirmed the change of authority that the report covers.'),
  p('2017-12-06', 5200, 'approximate', 'official', 'dodnews-2017-12-06', 'The United States has about 5,200 troops in Iraq and 2,000 in Syria', 'A new accounting that replaced the force management level of 5,262; the Pentagon said it still “excludes certain sensitive missions” (Military Times).'),
  p('2020-01-05', 5200, 'approximate', 'official', 'globalnews-2020-01-05', 'the 5,200 American troops who are based in the country', 'The same official figure as December 2017 (“about 5,200”); marked approximate like it.'),
  p('2020-09', 3000, 'exact', 'planned', 'iraqbusinessnews-2020-09-10', 'reduce our troop presence in Iraq from about 5,200 to 3,000 troops during the month of September', 'Announced by Gen. McKenzie on 9 September 2020, to be reached during September.'),
  p('2020-11-17', 3000, 'approximate', 'official', 'szdaily-2020-11-19', 'Currently there are approximately 4,500 U.S. troops in Afghanistan and 3,000 troops in Iraq.', 'The September drawdown carried out. The same day Acting Secretary Miller announced a cut to 2,500 by 15 January 2021.'),
  p('2021-01-15', 2500, 'exact', 'official', 'epochtimes-2021-01-15', 'The United States has reached the Trump administration’s goal to reduce American troops in Iraq and Afghanistan to 2,500 each'),
  p('2021-07-26', 2500, 'approximate', 'official', 'medialine-2021-07-27', 'There are some 2,500 US troops in Iraq'),
  p('2021-12-09', 2500, 'approximate', 'official', 'exbulletin-2021-12', undefined, 'Only a grade-C copy of the Al Jazeera report is on record; no quote recorded.'),
  p('2023-11-10', 2500, 'approximate', 'official', 'shafaq-2023-11-10', 'approximately 2,500 US military personnel are stationed in Iraq'),
  p('2024-01-27', 2500, 'approximate', 'official', 'national-2024-01-27', 'There are about 2,500 US troops deployed in Iraq'),
  p('2024-09-27', 2500, 'approximate', 'official', 'menafn-2024-09-28', 'some 2,500 military personnel in Iraq'),
];

const SYRIA = [
  p('2015-10-30', 50, 'exact', 'ceiling', 'politicit-2015-10-30', 'fewer than 50', 'Obama authorized a deployment of “fewer than 50” special operations personnel.'),
  p('2016-04-24', 50, 'approximate', 'official', 'news12-ap-2016-04-24', 'About 50 U.S. special operations forces are already operating in Syria.'),
  p('2016-04-25', 300, 'approximate', 'planned', 'aol-reuters-2016-04-25', 'The deployment will increase U.S. forces in Syria to about 300.', 'The level the deployment of up to 250 more, announced that day, was to reach; the force management level of 300 is on record in June 2016.'),
  p('2016-06', 300, 'exact', 'official', 'nakedcapitalism-2016-08', 'The Force Management Level for U.S. Armed Forces in Syria is 300.', 'As a White House statement of June 2016 gives it (the War Powers report of 13 June 2016).'),
  p('2016-12-10', 500, 'exact', 'ceiling', 'thenews-2017-11-26', 'The Pentagon said last December that it would increase the number of authorized troops in Syria to 500', 'Up to 200 more announced on 10 December 2016 (see the event of that day); the level was later given as 503.'),
  p('2017-04-26', 503, 'exact', 'official', 'americaninterest-2017-04-27', 'The force management levels, which are officially at 5,262 in Iraq and 503 in Syria', 'The figure the Pentagon gave until December 2017; its own count (DMDC) was 1,720 on 30 September 2017.'),
  p('2017-12-06', 2000, 'approximate', 'official', 'dodnews-2017-12-06', 'The United States has about 5,200 troops in Iraq and 2,000 in Syria', 'Not an increase: a new accounting that counts temporary personnel the force management level of 503 left out.'),
  p('2018-12-19', 2000, 'approximate', 'official', 'abccolumbia-2018-12-19', 'about 2,000 U.S. troops in eastern Syria'),
  p('2019-10-13', 1000, 'approximate', 'official', 'axios-2019-10-13', 'preparing to relocate 1,000 troops from northeastern Syria', 'The troops in northeastern Syria that Secretary Esper said would be moved.'),
  p('2019-11-10', 600, 'approximate', 'planned', 'relsci-2019-11-11', 'As many as 600 U.S. troops will remain in northeastern Syria'),
  p('2020-09-09', 700, 'approximate', 'planned', 'canyonnews-iraq-drawdown', 'Over 700 American troops will stay in Syria', 'Only a grade-C report is on record for this date.'),
  p('2021-07', 900, 'approximate', 'official', 'ypa-politico-2021-07-28', 'Roughly 900 US troops, including a number of Green Berets, will remain in Syria', 'A senior Biden administration official, as Politico Magazine reported; only a copy is on record.'),
  p('2022-10-06', 900, 'approximate', 'official', 'washingtontimes-2022-10-06', 'The U.S. has roughly 900 troops stationed in Syria'),
  p('2023-11-10', 900, 'approximate', 'official', 'shafaq-2023-11-10', 'around 900 are in Syria'),
  p('2024-01-27', 900, 'approximate', 'official', 'national-2024-01-27', 'about 900 in Syria'),
  p('2024-09-27', 900, 'approximate', 'official', 'menafn-2024-09-28', 'roughly 900 troops in Syria'),
  p('2024-12-19', 2000, 'approximate', 'official', 'cnn-2024-12-19', 'The Pentagon announced the US currently has “approximately 2,000” troops in Syria, more than double the previously disclosed number of 900', 'About 900 on long deployments and about 1,100 “temporary rotational forces” (Maj. Gen. Ryder); not a new deployment but a fuller count.'),
];

const ATTACKS = [
  p('2023-10-30', 23, 'approximate', 'count', 'alarabiya-2023-11-01', undefined, 'No quote recorded.'),
  p('2023-11-14', 55, 'exact', 'count', 'kurdistan24-2023-11-14', 'since Oct. 17 there have been 55 attacks on US forces, including 27 attacks in Iraq, and 28 in Syria', 'The Pentagon’s count (Deputy Press Secretary Sabrina Singh). Other counters differ: the same report gives the Washington Institute’s tally as 73.'),
  p('2023-11-21', 66, 'exact', 'count', 'newser-us-strike-iraq', undefined, 'No quote recorded.'),
  p('2023-11-23', 73, 'exact', 'count', 'sundries-four-attacks', undefined, 'No quote recorded.'),
  p('2024-01-04', 120, 'approximate', 'count', 'twz-2024-01-04', 'nearly 120'),
  p('2024-01-18', 140, 'exact', 'count', 'usnn-2024-01-19', 'U.S. forces stationed in Iraq and Syria have come under attack on 140 separate occasions', 'The Pentagon’s count (Singh, 18 January 2024): 57 in Iraq and 83 in Syria.'),
  p('2024-01-27', 150, 'approximate', 'count', 'national-2024-01-27', 'There have been more than 150 attacks on coalition troops since mid-October'),
  p('2024-02-02', 170, 'approximate', 'count', 'wikipedia-feb-2024-strikes', 'more than 170'),
];

const IRAQ_COUNTED = [
  p('2016-07-11', 5000, 'approximate', 'count', 'chicagotribune-2016-07', 'doesn\'t include special operations forces and temporary deployments that bring the total to more than 5,000', 'A reported total beside the cap of 4,647, not a DMDC count.'),
  p('2016-12-31', 6812, 'exact', 'count', 'pakistantoday-2017-11-28', 'was reporting that there were 6,812 US forces in Iraq in December 2016', 'The DMDC quarterly count for December 2016; only a copy of the report is on record.'),
  p('2017-06-30', 7600, 'approximate', 'count', 'militarytimes-2021-03-04', '7,600 in Iraq and 1,200 in Syria in June 2017', 'From DoD quarterly troop counts released under FOIA in 2020–21.'),
  p('2017-09-30', 8892, 'exact', 'count', 'militarytimes-2017-12-06', 'That report found there were 1,720 active and reserve forces in Syria and 8,892 in Iraq.', 'The DMDC quarterly report of 30 September 2017, against an official force management level of 5,262.'),
];

const SYRIA_COUNTED = [
  p('2017-06-30', 1200, 'approximate', 'count', 'militarytimes-2021-03-04', '7,600 in Iraq and 1,200 in Syria in June 2017', 'From DoD quarterly troop counts released under FOIA in 2020–21.'),
  p('2017-09-30', 1720, 'exact', 'count', 'militarytimes-2017-12-06', 'That report found there were 1,720 active and reserve forces in Syria and 8,892 in Iraq.', 'The DMDC quarterly report of 30 September 2017, against an official force management level of 503.'),
];

const SERIES = {
  'us-troops-iraq': { name: 'US troops in Iraq', note: OFFICIAL_NOTE, points: IRAQ },
  'us-troops-syria': { name: 'US troops in Syria', note: OFFICIAL_NOTE, points: SYRIA },
  'attacks-on-us-forces': { points: ATTACKS },
  'us-personnel-iraq-counted': { name: 'US military personnel counted in Iraq (DMDC)', unit: 'troops', actor: 'us', note: COUNT_NOTE, points: IRAQ_COUNTED },
  'us-personnel-syria-counted': { name: 'US military personnel counted in Syria (DMDC)', unit: 'troops', actor: 'us', note: COUNT_NOTE, points: SYRIA_COUNTED },
};

const known = new Set(doc.sources.map((s) => s.id));
const adding = NEW_SOURCES.filter((s) => !known.has(s.id));
doc.sources = [...adding, ...doc.sources.filter((s) => !DROPPED_SOURCES.includes(s.id))];

for (const [id, spec] of Object.entries(SERIES)) {
  let series = doc.series.find((s) => s.id === id);
  if (!series) {
    series = { id };
    doc.series.push(series);
  }
  const { points, ...meta } = spec;
  const keep = { ...series, ...meta };
  delete keep.points;
  for (const k of Object.keys(series)) delete series[k];
  Object.assign(series, keep, { points });
}

const ids = new Set(doc.sources.map((s) => s.id));
for (const s of doc.series) for (const pt of s.points) if (!ids.has(pt.source)) throw new Error(`${s.id} ${pt.date}: unknown source ${pt.source}`);

fs.writeFileSync(FILE, JSON.stringify(doc, null, 2) + '\n');
console.log(`added ${adding.length} sources; series: ${doc.series.map((s) => `${s.id} ${s.points.length}`).join(', ')}`);
