// A witness named as everywhere in the collation: its siglum and its file (revisions often
// share one title, so the file tells which is which); the title in the tooltip.
import type { CollationWitness } from '../../../preload/contract';
import { withVisibleControls as visible } from '../../../preload/shared/visible-text';

interface Props {
  witness: Pick<CollationWitness, 'path' | 'title'>;
  siglum: string;
}

export function WitnessLabel({ witness, siglum }: Props) {
  return (
    <span className="witness-label" title={visible(witness.title)}>
      <b className="witness-siglum">{siglum}</b> <span className="witness-file">{visible(witness.path)}</span>
    </span>
  );
}
