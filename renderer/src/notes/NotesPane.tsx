// The notes pane's place in the layout. Notes themselves (anchored, searchable, exported)
// are the next piece of work; until then this says so plainly rather than showing fakes.
export function NotesPane() {
  return (
    <aside className="notes" aria-label="Notes">
      <header className="pane-header">
        <h2>Notes</h2>
      </header>
      <p className="message">
        Notes are coming: soon you will select a passage in either pane, add a note anchored to it, and export
        your notes as Markdown, CSV or JSON.
      </p>
    </aside>
  );
}
