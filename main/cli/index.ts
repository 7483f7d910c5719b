// The command-line entry: a small dispatcher in plain Node, no window. Each command lives in
// its own module under cli/, loaded only when that command runs, so start-up stays short.
// Exit codes follow diff(1): 0 same, 1 different, 2 trouble (message on stderr).
import { UsageError, type CliIo, type CommandRun } from './args';
import { cliOutput } from './output';

export { UsageError, type CliIo };

interface Command {
  /** Its lines of the usage text. */
  usage: string;
  load: () => Promise<{ run: CommandRun }>;
}

// Adding a command is one entry here and one module in cli/.
const COMMANDS: Record<string, Command> = {
  diff: {
    usage: `variorum diff A B [--json] [--no-clean] [--no-repair] [--granularity word|sentence]
                  [--ignore-case] [--ignore-whitespace] [--ignore-punctuation]
                  [--ignore-typography]`,
    load: () => import('./diff'),
  },
  scan: { usage: 'variorum scan DIR [--json]', load: () => import('./scan') },
  matrix: {
    usage: 'variorum matrix DIR [--json] [--min 0.1]',
    load: () =>
      import('./corpus-commands').then((corpus) => ({
        run: (argv, io) => corpus.runCorpusCommand('matrix', argv, io),
      })),
  },
  passages: {
    usage: 'variorum passages DIR [--json] [--min-words 8]',
    load: () =>
      import('./corpus-commands').then((corpus) => ({
        run: (argv, io) => corpus.runCorpusCommand('passages', argv, io),
      })),
  },
  collate: {
    usage: 'variorum collate DIR | FILE… [--json | --tei | --csv | --html] [--base FILE] [--no-clean]',
    load: async () => ({ run: (await import('./collate')).runCollate }),
  },
};

export const USAGE = `Usage:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}`)
  .join('\n')}
  variorum --help

Exit status: 0 same (or scan found articles), 1 different, 2 trouble.`;

const isHelp = (arg: string): boolean => arg === '--help' || arg === '-h';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [name = '', ...rest] = argv;
    if (name === 'help' || isHelp(name) || rest.some(isHelp)) {
      io.out(USAGE);
      return 0;
    }
    if (name === '') throw new UsageError('no command given');
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const { run } = await command.load();
    return await run(rest, io);
  } catch (error) {
    io.err(`variorum: ${(error as Error).message}`);
    if (error instanceof UsageError) io.err(USAGE);
    return 2;
  }
}

// Run when executed directly (node out/main/cli.js …), not when imported by tests.
if (typeof require !== 'undefined' && require.main === module) {
  const output = cliOutput(process.stdout, process.stderr);
  void runCli(process.argv.slice(2), output.io).then((code) => {
    process.exitCode = output.exitCode(code);
  });
}
