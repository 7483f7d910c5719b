// How well groups recover known articles and their order: pairwise precision and recall
// over "same group" (articles in no group count as groups of one), and Kendall's tau of each
// group's order against the true ranks, counted over members of the same true article.

export interface TruthRow {
  file: string;
  article: string;
  /** 0 = the oldest revision of its article. */
  rank: number;
}

export interface GroupingScore {
  precision: number;
  recall: number;
  /** Groups of two or more, as the overview lists them. */
  groups: number;
  /** Those plus the singletons. */
  groupsWithSingletons: number;
  meanTau: number;
  /** Groups of two or more with no pair of one article in the wrong order. */
  exactlyOrdered: number;
}

/** `groups`: file names, oldest first; files of `truth` absent from every group are singletons. */
export function scoreGrouping(groups: string[][], truth: TruthRow[]): GroupingScore {
  const byFile = new Map(truth.map((row) => [row.file, row]));
  const grouped = new Set(groups.flat());
  const singletons = truth.filter((row) => !grouped.has(row.file)).length;
  const perArticle = new Map<string, number>();
  for (const row of truth) perArticle.set(row.article, (perArticle.get(row.article) ?? 0) + 1);
  let truePairs = 0;
  for (const n of perArticle.values()) truePairs += (n * (n - 1)) / 2;
  let agree = 0;
  let disagree = 0;
  let tauSum = 0;
  let tauGroups = 0;
  let exactlyOrdered = 0;
  for (const group of groups) {
    let concordant = 0;
    let discordant = 0;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = byFile.get(group[i]!);
        const b = byFile.get(group[j]!);
        if (!a || !b || a.article !== b.article) {
          disagree++;
          continue;
        }
        agree++;
        if (a.rank < b.rank) concordant++;
        else if (a.rank > b.rank) discordant++;
      }
    }
    if (concordant + discordant > 0) {
      tauSum += (concordant - discordant) / (concordant + discordant);
      tauGroups++;
    }
    if (discordant === 0) exactlyOrdered++;
  }
  return {
    precision: agree + disagree ? agree / (agree + disagree) : 1,
    recall: truePairs ? agree / truePairs : 1,
    groups: groups.length,
    groupsWithSingletons: groups.length + singletons,
    meanTau: tauGroups ? tauSum / tauGroups : 1,
    exactlyOrdered,
  };
}
