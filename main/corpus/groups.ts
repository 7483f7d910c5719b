// Version groups: articles linked by containment, joined transitively (single link over
// strong edges), so an early stub and the late full article meet through the versions in
// between. Then each group's order, oldest first: by stated date when every member states
// one, otherwise the chain of versions read from content.

export interface GroupEdge {
  a: number;
  b: number;
}

export interface GroupMember {
  words: number;
  /** YYYY-MM-DD or null. */
  date: string | null;
  dateIsFileTime: boolean;
  /** Tie-breaker for equal dates and the last resort for direction (the relative path). */
  name: string;
}

export interface OrderedGroup {
  /** Article indices, oldest first. */
  members: number[];
  orderedBy: 'date' | 'content';
}

/** Components of two or more articles, each listed in ascending index order. */
export function connectedGroups(docCount: number, edges: GroupEdge[]): number[][] {
  const parent = Int32Array.from({ length: docCount }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < docCount; i++) {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  return [...byRoot.values()].filter((members) => members.length >= 2);
}

const statedDate = (member: GroupMember): string | null => (member.dateIsFileTime ? null : member.date);

/**
 * Orders one group. `members` are article indices; `similarity(i, j)` scores two of them
 * (0 when they were never a candidate pair).
 */
export function orderGroup(
  members: number[],
  info: (index: number) => GroupMember,
  similarity: (a: number, b: number) => number,
): OrderedGroup {
  const chain = contentChain(members, info, similarity);
  if (members.every((index) => statedDate(info(index)) !== null)) {
    const position = new Map(chain.map((index, at) => [index, at]));
    const byDate = [...members].sort(
      (a, b) =>
        statedDate(info(a))!.localeCompare(statedDate(info(b))!) || position.get(a)! - position.get(b)!,
    );
    return { members: byDate, orderedBy: 'date' };
  }
  return { members: chain, orderedBy: 'content' };
}

/**
 * The chain of versions: the order in which each version is most like its neighbours, leaning
 * towards growth (texts usually grow from a first report or stub). Read oldest first: by
 * whatever stated dates there are, else the way most of its edits grow, else by name. A chain
 * that runs through a wholesale rewrite is read in its parts (see readInParts).
 */
function contentChain(
  members: number[],
  info: (index: number) => GroupMember,
  similarity: (a: number, b: number) => number,
): number[] {
  const k = members.length;
  if (k <= 1) return [...members];
  const chain =
    k <= EXACT_CHAIN_MAX ? heaviestPath(members, similarity, info) : spanningTreeChain(members, similarity);
  return readInParts(chain, info, similarity);
}

/** Up to this many versions the heaviest chain is found exactly (Held–Karp, k²·2^k steps). */
const EXACT_CHAIN_MAX = 12;

/**
 * How much a step from a shorter version to a longer one is favoured over the step back, per
 * unit of log length ratio (capped at one): enough to put a stub at the start of its chain
 * rather than beside the last version it resembles as much. On the Wikipedia train folder it
 * raised the mean order tau from 0.71 to 0.74; the chain's similarity still leads.
 */
const GROWTH_WEIGHT = 0.3;

/**
 * The order that maximises the similarity of neighbours plus the growth of each step, less the
 * words the chain gains and loses: a seriation of the versions, directed.
 *
 * Words gained and lost count every word of the chain once when it first appears and once
 * when it is last seen, so text that is cut and later comes back (which a real history rarely
 * does) costs twice over. Along a chain that is the words each step changes (the uncovered
 * words of both neighbours) plus the whole of the first and last versions. It is counted in
 * the group's mean length, so a step between two versions of that length sharing half their
 * words costs one, the most a step can gain by likeness. It keeps a version that was cut back
 * at the end where it belongs, not beside an earlier version of its length: on the Wikipedia
 * train folder it raised the mean order tau from 0.760 to 0.777 (0.770–0.779 for half to two
 * and a half times this weight).
 */
function heaviestPath(
  members: number[],
  similarity: (a: number, b: number) => number,
  info: (index: number) => GroupMember,
): number[] {
  const k = members.length;
  const weight = new Float64Array(k * k);
  const words = members.map((member) => Math.max(1, info(member).words));
  const meanWords = words.reduce((sum, count) => sum + count, 0) / k;
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const alike = similarity(members[i]!, members[j]!);
      const growth = Math.max(-1, Math.min(1, Math.log(words[j]! / words[i]!)));
      // similarity is the share of both texts' words covered by the other.
      const changed = ((words[i]! + words[j]!) * (1 - alike)) / meanWords;
      weight[i * k + j] = alike + GROWTH_WEIGHT * growth - changed;
      weight[j * k + i] = alike - GROWTH_WEIGHT * growth - changed;
    }
  }
  const endCost = (i: number): number => words[i]! / meanWords;
  const full = 1 << k;
  const best = new Float64Array(full * k).fill(-Infinity);
  const from = new Int8Array(full * k).fill(-1);
  for (let i = 0; i < k; i++) best[(1 << i) * k + i] = -endCost(i);
  for (let set = 1; set < full; set++) {
    for (let last = 0; last < k; last++) {
      const here = best[set * k + last]!;
      if (here === -Infinity) continue;
      for (let next = 0; next < k; next++) {
        if (set & (1 << next)) continue;
        const at = (set | (1 << next)) * k + next;
        const score = here + weight[last * k + next]!;
        // Ties keep the first found, which favours paths that start with lower indices.
        if (score > best[at]! + 1e-12) {
          best[at] = score;
          from[at] = last;
        }
      }
    }
  }
  const finished = (i: number): number => best[(full - 1) * k + i]! - endCost(i);
  let last = 0;
  for (let i = 1; i < k; i++) if (finished(i) > finished(last) + 1e-12) last = i;
  const path: number[] = [];
  for (let set = full - 1; last >= 0;) {
    path.push(members[last]!);
    const previous = from[set * k + last]!;
    set &= ~(1 << last);
    last = previous;
  }
  return path.reverse();
}

/** For large groups: the longest path of the maximum spanning tree, branches after their stem. */
function spanningTreeChain(members: number[], similarity: (a: number, b: number) => number): number[] {
  const k = members.length;
  // Prim's algorithm on the dense similarity matrix of the group (maximum spanning tree).
  const inTree = new Uint8Array(k);
  const best = new Float64Array(k).fill(-1);
  const link = new Int32Array(k).fill(-1);
  const children: number[][] = Array.from({ length: k }, () => []);
  best[0] = 0;
  for (let step = 0; step < k; step++) {
    let next = -1;
    for (let i = 0; i < k; i++) if (!inTree[i] && (next < 0 || best[i]! > best[next]!)) next = i;
    inTree[next] = 1;
    if (link[next]! >= 0) {
      children[link[next]!]!.push(next);
      children[next]!.push(link[next]!);
    }
    for (let i = 0; i < k; i++) {
      if (inTree[i]) continue;
      const score = similarity(members[next]!, members[i]!);
      if (score > best[i]!) {
        best[i] = score;
        link[i] = next;
      }
    }
  }
  const farthest = (from: number): { node: number; previous: Int32Array } => {
    const previous = new Int32Array(k).fill(-2);
    previous[from] = -1;
    const queue = [from];
    let node = from;
    for (let q = 0; q < queue.length; q++) {
      node = queue[q]!;
      for (const next of children[node]!) {
        if (previous[next] !== -2) continue;
        previous[next] = node;
        queue.push(next);
      }
    }
    return { node, previous };
  };
  const end = farthest(0).node;
  const { node: otherEnd, previous } = farthest(end);
  const path: number[] = [];
  for (let node = otherEnd; node !== -1; node = previous[node]!) path.push(node);
  const onPath = new Uint8Array(k);
  for (const node of path) onPath[node] = 1;
  const ordered: number[] = [];
  const visit = (node: number, from: number): void => {
    ordered.push(node);
    for (const next of children[node]!) if (next !== from && !onPath[next]) visit(next, node);
  };
  for (const node of path) visit(node, -1);
  return ordered.map((local) => members[local]!);
}

/**
 * Where neighbours in the chain share no passage at all (a page replaced by a new text, joined
 * to its group by the words they name), the chain's order across that step says nothing about
 * which side is older: the path only had to cross somewhere. So each part is read on its own
 * edits, and the parts follow the way most pairs of them grow (stated dates first).
 */
function readInParts(
  chain: number[],
  info: (index: number) => GroupMember,
  similarity: (a: number, b: number) => number,
): number[] {
  const parts: number[][] = [[chain[0]!]];
  for (let at = 1; at < chain.length; at++) {
    if (similarity(chain[at - 1]!, chain[at]!) <= 0) parts.push([]);
    parts[parts.length - 1]!.push(chain[at]!);
  }
  const read = parts.map((part) => (readsForward(part, info) ? part : part.reverse()));
  if (read.length === 1) return read[0]!;
  const byDates = pairVote(read.map((part) => earliestDate(part, info)));
  const meanLogWords = (part: number[]): number =>
    part.reduce((sum, index) => sum + Math.log(Math.max(1, info(index).words)), 0) / part.length;
  const forward = byDates !== 0 ? byDates > 0 : pairVote(read.map(meanLogWords)) >= 0;
  return (forward ? read : read.reverse()).flat();
}

/** The earliest stated date in a part, or null. */
function earliestDate(part: number[], info: (index: number) => GroupMember): string | null {
  const dates = part.map((index) => statedDate(info(index))).filter((date): date is string => date !== null);
  return dates.length ? dates.sort()[0]! : null;
}

/** Pairs in rising order minus pairs in falling order, over the values that are not null. */
function pairVote<T extends string | number>(values: Array<T | null>): number {
  const known = values.filter((value): value is T => value !== null);
  let vote = 0;
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) vote += known[i]! < known[j]! ? 1 : known[i]! > known[j]! ? -1 : 0;
  }
  return vote;
}

function readsForward(chain: number[], info: (index: number) => GroupMember): boolean {
  // Stated dates decide when there are any: count pairs in order against pairs reversed.
  const byDates = pairVote(chain.map((index) => statedDate(info(index))));
  if (byDates !== 0) return byDates > 0;
  // Otherwise the way most edits grow: each step between neighbours is one edit, so a single
  // large cut (a page trimmed or split) counts once, not against every earlier version.
  const words = chain.map((index) => info(index).words);
  let edits = 0;
  for (let i = 1; i < words.length; i++) edits += Math.sign(words[i]! - words[i - 1]!);
  if (edits !== 0) return edits > 0;
  // Then the way most pairs grow, ends or not: one gutted middle version does not turn it.
  const growth = pairVote(words);
  if (growth !== 0) return growth > 0;
  if (words[0] !== words[words.length - 1]) return words[0]! < words[words.length - 1]!;
  return info(chain[0]!).name.localeCompare(info(chain[chain.length - 1]!).name) <= 0;
}
