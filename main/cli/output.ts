// Where the CLI's output goes and what happens when it cannot go there: a reader that went
// away (`| head`) ends the run quietly, any other failed write (a full disk, say) is said once
// on stderr with exit status 2, never as a stack trace. Exit status 1 means "different".
import type { CliIo } from './args';

/** The stream members used here; process.stdout and process.stderr have them. */
export interface OutputStream {
  write(text: string): boolean;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

export interface CliOutput {
  io: CliIo;
  /** The exit status: the command's own, or 2 when its output could not be written. */
  exitCode(commandCode: number): number;
}

function describeWriteError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the destination is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EFBIG':
      return 'the output is too large for the destination';
    default:
      return `${error.code ?? error.message}`;
  }
}

export function cliOutput(stdout: OutputStream, stderr: OutputStream): CliOutput {
  // Once stdout has failed, nothing more is written to it.
  let readerGone = false;
  let failed = false;
  // stderr may be closed or full as well; there is nowhere left to say so.
  stderr.on('error', () => undefined);
  stdout.on('error', (error) => {
    if (error.code === 'EPIPE') {
      readerGone = true;
      return;
    }
    if (failed) return;
    failed = true;
    stderr.write(`variorum: could not write the output (${describeWriteError(error)})\n`);
    process.exitCode = 2;
  });
  return {
    io: {
      out: (text) => {
        if (!readerGone && !failed) stdout.write(`${text}\n`);
      },
      err: (text) => {
        stderr.write(`${text}\n`);
      },
    },
    exitCode: (commandCode) => (failed ? 2 : commandCode),
  };
}
