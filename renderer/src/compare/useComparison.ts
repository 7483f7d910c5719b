// Fetches the comparison of the chosen pair. A newer choice wins: answers to superseded
// requests are dropped, so fast clicking never shows a stale pair as current.
import { useEffect, useState } from 'react';
import type { ArticleId, CompareOptions, Comparison } from '../../../preload/contract';
import { api, messageOf } from '../api';

export interface ComparisonState {
  /** The latest comparison received (possibly of the previous pair while loading). */
  comparison: Comparison | null;
  loading: boolean;
  /** Share done of a long comparison under way (0–1), or null. */
  progress: number | null;
  error: string | null;
}

interface Answer {
  request: string;
  comparison: Comparison | null;
  error: string | null;
}

export function useComparison(
  leftId: ArticleId | null,
  rightId: ArticleId | null,
  options: CompareOptions,
  clean: { left: boolean; right: boolean },
  /** Changes when the folder is reread, so the same pair is compared afresh. */
  revision: unknown,
  /** Use each side's mojibake repair (default both). */
  repair: { left: boolean; right: boolean } = { left: true, right: true },
): ComparisonState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [requests, setRequests] = useState<{ revision: unknown; count: number }>({ revision, count: 0 });
  if (requests.revision !== revision) setRequests({ revision, count: requests.count + 1 });
  const optionsKey = JSON.stringify({ options, clean, repair });
  const request = leftId && rightId ? `${leftId}:${rightId}:${optionsKey}:${requests.count}` : null;
  const [progress, setProgress] = useState<{ request: string; fraction: number } | null>(null);

  useEffect(
    () =>
      api.onCompareProgress((update) => {
        if (update.leftId === leftId && update.rightId === rightId && request) {
          setProgress({ request, fraction: update.fraction });
        }
      }),
    [leftId, rightId, request],
  );

  useEffect(() => {
    if (!leftId || !rightId || !request) return;
    let current = true;
    api
      .compare({
        leftId,
        rightId,
        ...(JSON.parse(optionsKey) as {
          options: CompareOptions;
          clean: typeof clean;
          repair: typeof repair;
        }),
      })
      .then((comparison) => current && setAnswer({ request, comparison, error: null }))
      .catch(
        (reason: unknown) => current && setAnswer({ request, comparison: null, error: messageOf(reason) }),
      );
    return () => {
      current = false;
    };
  }, [leftId, rightId, optionsKey, request]);

  if (!request) return { comparison: null, loading: false, progress: null, error: null };
  const settled = answer?.request === request;
  return {
    comparison: answer?.comparison ?? null,
    loading: !settled,
    progress: !settled && progress?.request === request ? progress.fraction : null,
    error: settled ? answer.error : null,
  };
}
