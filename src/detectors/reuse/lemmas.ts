/**
 * English lemmatization for synonym lookup: WordNet's "morphy" detachment rules (plural and
 * verb endings, comparatives) plus a table of irregular forms, each candidate kept only when
 * WordNet knows it. A word may have several lemmas ("saw" → saw, see); all are returned.
 *
 * Cost: at most ≈ 12 map lookups per word; callers cache per word form.
 */
import type { SynonymIndex } from './wordnet.ts';

/** Detachment rules of WordNet's morphy (suffix → replacement), all parts of speech together. */
const RULES: readonly (readonly [string, string])[] = [
  ['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y'],
  ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'],
  ['ied', 'y'], ['ier', 'y'], ['iest', 'y'],
];

/** Irregular inflections common in news copy (form → lemma); WordNet's exception files are not shipped. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'arose arise,arisen arise,ate eat,eaten eat,awoke awake,was be,were be,been be,is be,are be,am be,bore bear,borne bear,' +
    'beat beat,beaten beat,became become,began begin,begun begin,bent bend,bet bet,bid bid,bound bind,bit bite,bitten bite,' +
    'bled bleed,blew blow,blown blow,broke break,broken break,bred breed,brought bring,built build,burnt burn,burst burst,' +
    'bought buy,cast cast,caught catch,chose choose,chosen choose,came come,cost cost,crept creep,cut cut,dealt deal,dug dig,' +
    'did do,done do,does do,drew draw,drawn draw,dreamt dream,drank drink,drunk drink,drove drive,driven drive,fell fall,' +
    'fallen fall,fed feed,felt feel,fought fight,found find,fled flee,flung fling,flew fly,flown fly,forbade forbid,' +
    'forbidden forbid,forecast forecast,foresaw foresee,foreseen foresee,forgot forget,forgotten forget,forgave forgive,' +
    'forgiven forgive,froze freeze,frozen freeze,got get,gotten get,gave give,given give,went go,gone go,goes go,ground grind,' +
    'grew grow,grown grow,hung hang,had have,has have,heard hear,hid hide,hidden hide,hit hit,held hold,hurt hurt,kept keep,' +
    'knelt kneel,knew know,known know,laid lay,led lead,leapt leap,left leave,lent lend,let let,lay lie,lain lie,lit light,' +
    'lost lose,made make,meant mean,met meet,mistook mistake,mistaken mistake,overcame overcome,overtook overtake,' +
    'overtaken overtake,paid pay,put put,quit quit,read read,rode ride,ridden ride,rang ring,rung ring,rose rise,risen rise,' +
    'ran run,said say,saw see,seen see,sought seek,sold sell,sent send,set set,shook shake,shaken shake,shed shed,shone shine,' +
    'shot shoot,showed show,shown show,shrank shrink,shrunk shrink,shut shut,sang sing,sung sing,sank sink,sunk sink,sat sit,' +
    'slept sleep,slid slide,spoke speak,spoken speak,sped speed,spent spend,spun spin,split split,spread spread,sprang spring,' +
    'sprung spring,stood stand,stole steal,stolen steal,stuck stick,stung sting,struck strike,stricken strike,strove strive,' +
    'swore swear,sworn swear,swept sweep,swam swim,swum swim,swung swing,took take,taken take,taught teach,tore tear,torn tear,' +
    'told tell,thought think,threw throw,thrown throw,thrust thrust,trod tread,understood understand,undertook undertake,' +
    'undertaken undertake,upset upset,woke wake,woken wake,wore wear,worn wear,wove weave,woven weave,wept weep,won win,' +
    'wound wind,withdrew withdraw,withdrawn withdraw,withheld withhold,wrote write,written write,' +
    'men man,women woman,children child,people person,feet foot,teeth tooth,mice mouse,geese goose,lives life,wives wife,' +
    'knives knife,halves half,leaves leaf,shelves shelf,thieves thief,wolves wolf,analyses analysis,crises crisis,' +
    'criteria criterion,data datum,media medium,phenomena phenomenon,indices index,' +
    'better good,best good,worse bad,worst bad,more many,most many,less little,least little,further far,farther far'
  )
    .split(',')
    .map((pair) => pair.split(' ') as [string, string]),
);

/** Shortest word given to the detachment rules ("is", "as" are left alone). */
const MIN_RULE_LENGTH = 4;

/**
 * The WordNet lemmas of a lowercase word form: the form itself when WordNet lists it, its
 * irregular lemma, and every rule-detached form WordNet lists (doubled final consonants undone:
 * "stopped" → stop). Empty when WordNet knows none.
 */
export function lemmasOf(form: string, index: SynonymIndex): string[] {
  const out: string[] = [];
  const add = (lemma: string) => {
    if (!out.includes(lemma) && index.senses(lemma) !== undefined) out.push(lemma);
  };
  add(form);
  const irregular = IRREGULAR.get(form);
  if (irregular !== undefined) add(irregular);
  if (form.length < MIN_RULE_LENGTH) return out;
  for (const [suffix, replacement] of RULES) {
    if (!form.endsWith(suffix) || form.length - suffix.length < 2) continue;
    const base = form.slice(0, form.length - suffix.length) + replacement;
    add(base);
    // "stopped", "running", "bigger": undo the doubled consonant.
    const n = base.length;
    if (replacement === '' && n >= 3 && base[n - 1] === base[n - 2] && !'aeiou'.includes(base[n - 1] as string)) add(base.slice(0, -1));
  }
  return out;
}
