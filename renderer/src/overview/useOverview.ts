// The overview of the open folder as the Overview view needs it: asked of main when the view
// is shown and again whenever the folder changes (main answers from its cache when nothing
// did), with the progress of the run under way and a way to stop it.
import { useCallback, useEffect, useState } from 'react';
import type {
  FolderOverview,
  LibrarySnapshot,
  OverviewPreview,
  OverviewProgress,
} from '../../../preload/contract';
import { api, messageOf } from '../api';

export interface OverviewState {
  /**
   * The latest overview received (kept on screen while a newer one is computed), or the run
   * under way's preview once it has one.
   */
  overview: FolderOverview | null;
  /** Set while `overview` is a preview: how much of the folder it covers. */
  preview: Omit<OverviewPreview, 'overview'> | null;
  progress: OverviewProgress | null;
  running: boolean;
  error: string | null;
  cancel: () => void;
  retry: () => void;
}

export function useOverview(library: LibrarySnapshot | null, active: boolean): OverviewState {
  const [progress, setProgress] = useState<OverviewProgress | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => api.onOverviewProgress(setProgress), []);

  // Each change of folder (or a retry) while the view is shown is one request.
  const trigger = active && library !== null && library.scan.state !== 'scanning' ? library : null;
  const [requests, setRequests] = useState({ trigger, attempt, count: 0 });
  if (requests.trigger !== trigger || requests.attempt !== attempt) {
    setRequests({ trigger, attempt, count: requests.count + 1 });
  }
  const request = requests.count;
  const [answer, setAnswer] = useState<{ request: number; error: string | null } | null>(null);
  const [overview, setOverview] = useState<FolderOverview | null>(null);
  const [preview, setPreview] = useState<{ request: number; preview: OverviewPreview } | null>(null);

  useEffect(() => {
    if (!trigger) return;
    let current = true;
    // Previews arrive only while this request's run is under way.
    const stopPreviews = api.onOverviewPreview((shown) => current && setPreview({ request, preview: shown }));
    api
      .overview()
      .then((result) => {
        if (!current) return;
        setOverview(result);
        setAnswer({ request, error: null });
      })
      .catch((failure: unknown) => current && setAnswer({ request, error: messageOf(failure) }));
    return () => {
      current = false;
      stopPreviews();
    };
  }, [request, trigger]);

  const running = trigger !== null && answer?.request !== request;
  const shownPreview = running && preview?.request === request ? preview.preview : null;
  const cancel = useCallback(() => void api.cancelOverview(), []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    overview: shownPreview?.overview ?? overview,
    preview: shownPreview && { analysed: shownPreview.analysed, total: shownPreview.total },
    progress: running ? progress : null,
    running,
    error: !running && answer?.request === request ? answer.error : null,
    cancel,
    retry,
  };
}
