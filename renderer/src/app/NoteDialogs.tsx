// The two ways a new note is asked for outside the notes pane: the scope dialog (a note with
// no passage selected) and the right-click menu on selected comparison text.
import type { Comparison } from '../../../preload/contract';
import { NoteScopeDialog } from './NoteScopeDialog';
import { PassageMenu } from './PassageMenu';
import type { useNoteActions } from './useNoteActions';
import type { usePassageSelection } from './usePassageSelection';

interface Props {
  actions: ReturnType<typeof useNoteActions>;
  selection: ReturnType<typeof usePassageSelection>;
  comparison: Comparison | null;
}

export function NoteDialogs({ actions, selection, comparison }: Props) {
  const { menuAt } = selection;
  return (
    <>
      <NoteScopeDialog
        open={actions.askScope}
        comparison={comparison}
        onChoose={(scope) => void actions.addScopedNote(scope)}
        onClose={actions.closeScope}
      />
      <PassageMenu
        at={menuAt}
        onAddNote={() => void actions.addNote(menuAt?.passage ?? null)}
        onClose={selection.closeMenu}
      />
    </>
  );
}
