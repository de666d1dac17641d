/**
 * Hand-written texts for the reuse detector's tests: an invented news report, copies of it
 * (spun lightly by hand, spun heavily by hand, with figures changed, lifted into another article,
 * padded with page boilerplate) and an independent report of the same event that shares its
 * names, figures and one quote. Written for rehash; people and places are invented.
 */

export const SOURCE = `Floods force 3,200 from homes in Varnholt

VARNHOLT, March 12 (Nordwire) - Floodwaters forced about 3,200 residents from their homes in the river town of Varnholt on Tuesday after two days of heavy rain pushed the Lenna above its banks, the regional fire service said.

Rescue crews used boats to reach elderly residents trapped in the low-lying Sandgate district, where water stood more than a metre deep in some streets. Fire chief Ingrid Maelstad said no deaths had been reported, but 14 people were treated in hospital for hypothermia.

"The river rose faster than any of our models predicted," Maelstad told reporters at an emergency shelter set up in the town's sports hall. "We expect the peak overnight, and we will keep the evacuation order in place until at least Thursday."

The national weather agency said another 40 millimetres of rain could fall on the catchment by Wednesday evening. Rail services between Varnholt and the regional capital Orsby were suspended after a section of track was washed away near Kettle Bridge.

Mayor Tomas Reinholt said the town would ask the government for emergency funds to repair roads and the water treatment plant, which was shut down as a precaution. Residents were told to boil tap water until further notice.`;

/** Synonyms, "&", figures without separators, "stated", "over": what a light spinner does. */
export const LIGHT_SPIN = `Floods force 3200 from homes in Varnholt

VARNHOLT, March 12 (Nordwire) - Floodwaters forced around 3200 residents from their houses in the river town of Varnholt Tuesday after two days of heavy rainfall pushed the Lenna above its banks, the regional fire service stated.

Rescue crews employed boats to reach aged residents trapped in the low-lying Sandgate district, where water stood over a metre deep in some streets. Fire chief Ingrid Maelstad said no deaths had been reported, but 14 individuals were treated in hospital for hypothermia.

"The river rose faster than any of our models predicted," Maelstad informed reporters at an emergency shelter set up in the town's sports hall. "We expect the peak overnight, & we will keep the evacuation order in place until at least Thursday."

The national weather bureau stated another 40 millimetres of rain could fall on the catchment by Wednesday evening. Rail services between Varnholt & the regional capital Orsby were suspended after a section of track was washed out near Kettle Bridge.

Mayor Tomas Reinholt said the town would ask the authorities for emergency funds to repair roads & the water treatment plant, which was closed down as a precaution. Residents were told to boil tap water until further notice.`;

/** Half the content words swapped, clauses reordered, sentences merged, fillers, paragraphs swapped. */
export const HEAVY_SPIN = `Floods compel 3,200 from dwellings in Varnholt

VARNHOLT, March 12 (Nordwire) - Floodwaters drove roughly 3200 inhabitants from their abodes in the stream township of Varnholt Tuesday after two days of hard downpour pushed the Lenna above its banks, the regional fire service stated.

In fact, where water stood in excess of a metre deep in certain streets, deliverance crews utilised boats to reach aged occupants stranded in the low-lying Sandgate district. Fire chief Ingrid Maelstad noted no deaths had been reported, yet 14 persons were handled in infirmary for hypothermia.

Mayor Tomas Reinholt stated the township would request the authorities for emergency finances to mend roads & the water treatment works, which was closed down as a precaution; residents were instructed to seethe tap water until further notice.

Notably, the national weather bureau stated another 40 millimetres of rain might fall on the catchment by Wednesday evening. Railway services between Varnholt & the regional capital Orsby were suspended after a segment of track was swept away near Kettle Bridge.`;

/** The same event reported afresh: same names, figures and one quote; different wording. */
export const INDEPENDENT = `Thousands evacuated as the Lenna bursts its banks

Some 3,200 people had to leave their homes in Varnholt on Tuesday when the Lenna overflowed after 48 hours of downpours, firefighters in the region reported.

Boats were sent into the Sandgate area to bring out older people cut off by floodwater that was more than a metre deep in places. Nobody has died, according to fire chief Ingrid Maelstad, although 14 people needed hospital care for hypothermia.

"The river rose faster than any of our models predicted," Maelstad told reporters.

Forecasters expect up to 40 millimetres more rain before Wednesday evening. Trains to Orsby are not running because floodwater washed away track near Kettle Bridge, and mayor Tomas Reinholt plans to seek government money for road repairs.`;

/** A verbatim copy in which a figure (3,200 → 2,300), a weekday (Thursday → Friday) and a name (Maelstad → Halvorsen) changed. */
export const DRIFTED = SOURCE.replace('about 3,200 residents', 'about 2,300 residents')
  .replace('until at least Thursday', 'until at least Friday')
  .replace('Maelstad told reporters', 'Halvorsen told reporters');

/** An unrelated article (another event, another beat) that hosts a lifted passage. */
export const HOST = `Orsby council approves new tram line

ORSBY, March 12 (Baltic Courier) - Orsby city council voted 31 to 12 on Tuesday to build a 9-kilometre tram line linking the central station with the university campus and the new hospital on the eastern ring road.

Construction is due to start next spring and cost an estimated 410 million crowns, two-thirds of it paid by the national transport fund. Opponents argued that electric buses would serve the same route at a fraction of the price.

Deputy mayor Lise Torvik said the line would carry 28,000 passengers a day by 2031 and cut car traffic on the ring road by a fifth. Shop owners on Kirkegata have asked for compensation during two years of works.

The council also agreed to extend free evening parking in the old town until the end of the year.`;

/** The paragraph of `SOURCE` that `PARTIAL` lifts. */
export const LIFTED = SOURCE.split('\n\n')[2] as string;

/** `HOST` with one source paragraph lifted verbatim after its second paragraph. */
export const PARTIAL = (() => {
  const parts = HOST.split('\n\n');
  return [...parts.slice(0, 3), LIFTED, ...parts.slice(3)].join('\n\n');
})();

/** Page boilerplate lines a republisher's template adds. */
export const BOILERPLATE_LINES = [
  'Advertisement',
  'Sign up for our morning newsletter and get the day’s top stories in your inbox.',
  'Photo: Jan Berg / Nordwire',
  'Share this article: Facebook | X | WhatsApp | Email',
  'Related: Five ways to protect your home from flooding',
  'We use cookies to improve your experience. Accept all | Settings',
];

/** Sentences of other beats, for padding candidates with clean, unrelated content. */
export const UNRELATED_SENTENCES = [
  'The central bank left its key interest rate unchanged at 3.5 percent on Thursday.',
  'Wheat futures fell for a third straight session in Chicago on weak export demand.',
  'The orchestra will open its autumn season with a programme of Nordic choral music.',
  'Striker Amadou Keita scored twice as Rosenfeld beat the league leaders 3-1 away from home.',
  'A new study found that teenagers who sleep less than seven hours perform worse in mathematics.',
  'The ferry operator said it would add a second daily crossing to the islands in June.',
  'Shares in the telecoms group rose 4 percent after it raised its dividend.',
  'Museum visitors can now book timed tickets online up to two weeks ahead.',
];
