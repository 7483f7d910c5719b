// The corpus commands as cli.ts dispatches to them: `variorum matrix` and `variorum passages`.
// Exit codes as for the other commands: 0 done, 2 trouble (message and usage on stderr).
import { runMatrix } from './matrix';
import { runPassages } from './passages';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const CORPUS_USAGE = `  variorum matrix DIR [--json] [--min 0.1]
  variorum passages DIR [--json] [--min-words 8]`;

/** Runs `matrix` or `passages` with the arguments after the command name. */
export async function runCorpusCommand(
  command: 'matrix' | 'passages',
  argv: string[],
  io: CommandIo,
): Promise<number> {
  try {
    io.out(command === 'matrix' ? await runMatrix(argv) : await runPassages(argv));
    return 0;
  } catch (error) {
    io.err(`variorum: ${(error as Error).message}`);
    io.err(`Usage:\n${CORPUS_USAGE}`);
    return 2;
  }
}
