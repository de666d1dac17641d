/**
 * A small English stop-word list: ≈150 function words (articles, pronouns, auxiliaries,
 * prepositions, conjunctions, common adverbs and determiners), lowercase.
 *
 * Stop-word n-grams (Stamatatos, "Plagiarism detection using stopword n-grams", 2011) keep only
 * these words: their sequence carries a text's syntax but hardly its vocabulary, so it survives
 * synonym swaps and light paraphrase while staying rare enough to identify a passage.
 *
 * Cost: a constant; membership through the `Set` is O(1).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners, quantifiers
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'no', 'all',
  'both', 'either', 'neither', 'such', 'other', 'another', 'own', 'same', 'more', 'most', 'less',
  'few', 'many', 'much', 'several', 'enough',
  // pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours',
  'yourself', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves', 'who', 'whom', 'whose', 'which', 'what',
  // auxiliaries and modals
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  // prepositions
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through',
  'during', 'before', 'after', 'above', 'below', 'to', 'from', 'up', 'down', 'out', 'off', 'over',
  'under', 'upon', 'within', 'without', 'since', 'until', 'among', 'across', 'toward', 'towards',
  'via', 'per',
  // conjunctions and subordinators
  'and', 'but', 'or', 'nor', 'so', 'yet', 'if', 'because', 'as', 'while', 'although', 'though',
  'unless', 'whether', 'than', 'when', 'where', 'why', 'how',
  // adverbs and particles
  'not', 'only', 'very', 'too', 'also', 'just', 'then', 'there', 'here', 'now', 'again', 'once',
  'still', 'even', 'ever', 'never', 'already', 'however',
]);
