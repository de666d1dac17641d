/**
 * Function words of English, French, Spanish, German, Italian, Portuguese, Dutch and Russian
 * (articles, pronouns, auxiliaries, prepositions, conjunctions). Their share in a line is the cheapest language-light test of
 * "this is running prose": article sentences carry 30–50% function words, menus, tags, credits
 * and headline lists almost none. Cost: a constant set; O(1) per lookup.
 */
const WORDS = [
  // English
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'all', 'both',
  'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they',
  'them', 'their', 'who', 'whom', 'whose', 'which', 'what', 'be', 'am', 'is', 'are', 'was', 'were', 'been',
  'being', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'against', 'between',
  'into', 'through', 'during', 'before', 'after', 'to', 'from', 'up', 'down', 'out', 'off', 'over', 'under',
  'and', 'but', 'or', 'nor', 'so', 'if', 'because', 'as', 'while', 'than', 'when', 'where', 'how', 'not',
  'also', 'there', 'then', 'said', 'says',
  // French
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'est', 'sont', 'dans', 'pour', 'par', 'avec',
  'que', 'qui', 'ne', 'pas', 'sur', 'au', 'aux', 'il', 'elle', 'ils', 'nous', 'vous', 'ce', 'cette', 'son',
  'sa', 'ses', 'leur', 'été', 'mais', 'ou', 'où',
  // Spanish
  'el', 'los', 'las', 'una', 'unos', 'y', 'es', 'en', 'por', 'con', 'para', 'se', 'su', 'sus', 'lo', 'del',
  'al', 'como', 'pero', 'más', 'fue', 'ha', 'han',
  // German
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'und', 'ist', 'sind', 'nicht',
  'mit', 'von', 'zu', 'auf', 'für', 'im', 'auch', 'sich', 'wird', 'wurde', 'hat', 'dass', 'bei', 'nach',
  'wie', 'aus', 'oder', 'er', 'sie', 'wir', 'es',
  // Italian
  'il', 'gli', 'di', 'che', 'è', 'non', 'per', 'nel', 'nella', 'della', 'delle', 'dei', 'degli', 'alla',
  'con', 'sono', 'anche', 'questo', 'questa', 'ma', 'ci', 'si', 'da', 'dal', 'dalla', 'sul', 'sulla',
  // Portuguese
  'o', 'os', 'um', 'uma', 'do', 'da', 'dos', 'das', 'no', 'na', 'nos', 'nas', 'em', 'que', 'não', 'com',
  'uma', 'para', 'por', 'mais', 'como', 'mas', 'ao', 'foi', 'são', 'seu', 'sua', 'ele', 'ela',
  // Dutch
  'het', 'een', 'van', 'en', 'dat', 'niet', 'zijn', 'op', 'te', 'met', 'voor', 'er', 'maar', 'om', 'ook',
  'als', 'bij', 'nog', 'wordt', 'werd',
  // Russian
  'и', 'в', 'во', 'не', 'что', 'на', 'с', 'со', 'как', 'а', 'по', 'но', 'к', 'у', 'из', 'за', 'о', 'об',
  'от', 'это', 'для', 'он', 'она', 'они', 'мы', 'вы', 'его', 'её', 'их', 'был', 'была', 'было', 'были',
  'же', 'бы', 'ли', 'до', 'при', 'так', 'также', 'который', 'которые',
];

const SET: ReadonlySet<string> = new Set(WORDS);

/** Is this lower-cased word a function word? */
export const isFunctionWord = (lower: string): boolean => SET.has(lower);
