// Fetches the comparison of the chosen pair. A newer choice wins: answers to superseded
// requests are dropped, so fast clicking never shows a stale pair as current.
import { useEffect, useState } from 'react';
import type { ArticleId, Comparison } from '../../../preload/contract';
import { api, messageOf } from '../api';

export interface ComparisonState {
  /** The latest comparison received (possibly of the previous pair while loading). */
  comparison: Comparison | null;
  loading: boolean;
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
  /** Changes when the folder is reread, so the same pair is compared afresh. */
  revision: unknown,
): ComparisonState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [requests, setRequests] = useState<{ revision: unknown; count: number }>({ revision, count: 0 });
  if (requests.revision !== revision) setRequests({ revision, count: requests.count + 1 });
  const request = leftId && rightId ? `${leftId}:${rightId}:${requests.count}` : null;

  useEffect(() => {
    if (!leftId || !rightId || !request) return;
    let current = true;
    api
      .compare({ leftId, rightId })
      .then((comparison) => current && setAnswer({ request, comparison, error: null }))
      .catch(
        (reason: unknown) => current && setAnswer({ request, comparison: null, error: messageOf(reason) }),
      );
    return () => {
      current = false;
    };
  }, [leftId, rightId, request]);

  if (!request) return { comparison: null, loading: false, error: null };
  const settled = answer?.request === request;
  return {
    comparison: answer?.comparison ?? null,
    loading: !settled,
    error: settled ? answer.error : null,
  };
}
