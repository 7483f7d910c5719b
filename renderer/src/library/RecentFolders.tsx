// "Recent" menu in the list header: the last folders opened, newest first, asked of main each
// time it opens so it is never stale.
import { useState } from 'react';
import type { RecentFolder } from '../../../preload/contract';
import { api, messageOf } from '../api';

export function RecentFolders({ onOpen }: { onOpen: (id: string) => void }) {
  const [folders, setFolders] = useState<RecentFolder[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (event: React.SyntheticEvent<HTMLDetailsElement>): void => {
    if (!event.currentTarget.open) return;
    api
      .getRecentFolders()
      .then((list) => {
        setFolders(list);
        setError(null);
      })
      .catch((reason: unknown) => setError(messageOf(reason)));
  };
  return (
    <details className="recent" onToggle={toggle}>
      <summary>Recent</summary>
      <div className="recent-menu" role="menu" aria-label="Recent folders">
        {error && <p className="message error">{error}</p>}
        {folders?.length === 0 && <p className="message">No folders opened yet.</p>}
        {folders?.map((folder) => (
          <button
            key={folder.id}
            type="button"
            role="menuitem"
            title={`${folder.location}/${folder.name}`}
            onClick={(event) => {
              event.currentTarget.closest('details')?.removeAttribute('open');
              onOpen(folder.id);
            }}
          >
            <span className="recent-name">{folder.name}</span>
            <span className="recent-location">{folder.location}</span>
          </button>
        ))}
      </div>
    </details>
  );
}
