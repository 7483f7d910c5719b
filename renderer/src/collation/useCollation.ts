// Fetches the collation of the chosen witnesses against the chosen base. A newer choice wins:
// answers to superseded requests are dropped (main also cancels the collation under way).
import { useEffect, useState } from 'react';
import type { ArticleId, CollationResult } from '../../../preload/contract';
import { api, messageOf } from '../api';

export interface CollationState {
  /** The latest collation received (possibly of the previous choice while loading). */
  collation: CollationResult | null;
  loading: boolean;
  /** Witnesses aligned so far of the collation under way, or null. */
  progress: { done: number; total: number } | null;
  error: string | null;
}

interface Answer {
  request: string;
  collation: CollationResult | null;
  error: string | null;
}

export function useCollation(
  ids: readonly ArticleId[],
  baseId: ArticleId | null,
  /** Changes when the folder is reread, so the same witnesses are collated afresh. */
  revision: unknown,
): CollationState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [requests, setRequests] = useState<{ revision: unknown; count: number }>({ revision, count: 0 });
  if (requests.revision !== revision) setRequests({ revision, count: requests.count + 1 });
  const key = ids.length >= 2 && baseId ? JSON.stringify({ ids, baseId }) : null;
  const request = key ? `${key}:${requests.count}` : null;
  const [progress, setProgress] = useState<{ request: string; done: number; total: number } | null>(null);

  useEffect(
    () =>
      api.onCollateProgress((update) => {
        if (request) setProgress({ request, ...update });
      }),
    [request],
  );

  useEffect(() => {
    if (!key || !request) return;
    let current = true;
    api
      .collate(JSON.parse(key) as { ids: ArticleId[]; baseId: ArticleId })
      .then((collation) => current && setAnswer({ request, collation, error: null }))
      .catch(
        (reason: unknown) => current && setAnswer({ request, collation: null, error: messageOf(reason) }),
      );
    return () => {
      current = false;
    };
  }, [key, request]);

  if (!request) return { collation: null, loading: false, progress: null, error: null };
  const settled = answer?.request === request;
  return {
    collation: answer?.collation ?? null,
    loading: !settled,
    progress:
      !settled && progress?.request === request ? { done: progress.done, total: progress.total } : null,
    error: settled ? answer.error : null,
  };
}
