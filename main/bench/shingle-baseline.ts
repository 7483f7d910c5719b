// The plain baseline the overview's grouping is measured against: 5-word shingle sets linked
// when their Jaccard reaches a threshold, groups the connected sets (single link).
import { connectedGroups } from '../corpus/groups';
import { buildPostings, candidatePairs } from '../corpus/shingle-index';
import { distinctSorted, shinglesOf, type WordList } from '../corpus/words';

/** Groups of two or more articles (indices into `words`), each in ascending index order. */
export function shingleSingleLink(words: WordList[], minJaccard: number): number[][] {
  const distinct = words.map((list) => distinctSorted(shinglesOf(list)));
  const pairs = candidatePairs(buildPostings(distinct), words.length, {
    maxDf: 100,
    minShared: 2,
    sample: 1,
  });
  const edges = pairs.filter(
    ({ a, b, shared }) => shared / (distinct[a]!.length + distinct[b]!.length - shared) >= minJaccard,
  );
  return connectedGroups(words.length, edges);
}
