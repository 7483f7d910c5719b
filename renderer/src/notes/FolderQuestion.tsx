// Main's question when a newly opened folder may be one the user had notes for (moved or
// renamed) and it cannot tell which: the user picks that folder, or says it is a new one.
import type { FolderIdentity } from '../../../preload/contract';
import './folder-question.css';

type Question = Extract<FolderIdentity, { state: 'ask' }>;

interface Props {
  question: Question;
  onAnswer: (id: string | null) => void;
}

export function FolderQuestion({ question, onAnswer }: Props) {
  return (
    <section className="folder-question" role="group" aria-labelledby="folder-question-title">
      <h3 id="folder-question-title">Which folder is this?</h3>
      <p>
        Some of its {question.articles} articles were in{' '}
        {question.candidates.length === 1 ? 'a folder' : 'folders'} that you had notes for and that are no
        longer where they were. If this is one of them, moved or renamed, its notes come here. Until you say,
        this folder shows no notes.
      </p>
      <ul>
        {question.candidates.map((candidate) => (
          <li key={candidate.id}>
            <button type="button" onClick={() => onAnswer(candidate.id)}>
              It is “{candidate.name}”
            </button>{' '}
            <span className="folder-question-detail">
              {candidate.shared} of its {candidate.articles} articles are here · last opened{' '}
              {candidate.lastOpened.slice(0, 10)}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onAnswer(null)}>
        No, it is a different folder
      </button>
    </section>
  );
}
