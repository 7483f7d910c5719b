// What every CLI command shares: the output channels, the usage error, and one argument reader
// that each command gives its own flags and valued options.

export class UsageError extends Error {}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A command's entry point: the arguments after its name; resolves to the exit status. */
export type CommandRun = (argv: string[], io: CliIo) => Promise<number>;

export interface ArgSpec {
  /** Options without a value, e.g. `--json`. */
  flags: readonly string[];
  /** Options with a value (`--name value` or `--name=value`) and the values each allows. */
  values?: Readonly<Record<string, readonly string[]>>;
}

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const allowed = spec.values?.[name];
    if (allowed) {
      // Everything after the first "=" is the value, so "--granularity=sentence=x" is refused.
      const value = equals < 0 ? argv[++i] : arg.slice(equals + 1);
      if (value === undefined || !allowed.includes(value)) {
        throw new UsageError(`${name} must be ${allowed.map((v) => `"${v}"`).join(' or ')}`);
      }
      values.set(name, value);
    } else if (equals < 0 && spec.flags.includes(arg)) {
      flags.add(arg);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return { positional, flags, values };
}
