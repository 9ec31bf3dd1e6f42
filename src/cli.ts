import { ANALYZE_USAGE, runAnalyzeCommand } from './cli/analyzeCommand';
import { EXPORT_USAGE, runExportCommand } from './cli/exportCommand';
import { CliIO, processIO, UsageError } from './cli/io';

/**
 * `marginalia`: the command line on the same core as the extension.
 *   marginalia analyze <file-or-folder>... [--include GLOB]
 *   marginalia export <folder> --format json|jsonl|csv|w3c|brat [--out FILE|DIR]
 */
const USAGE = `Usage: marginalia <command> [options]

Commands:
  analyze <file-or-folder>... [--include GLOB]   analyse articles and print JSON
  export <folder> --format FORMAT [--out PATH]   export analysis and annotations (json, jsonl, csv, w3c, brat)

Options:
  -h, --help       show help (also: marginalia <command> --help)
  -v, --version    show the version
`;

const COMMANDS: Record<string, { usage: string; run(args: string[], io: CliIO): Promise<number> }> = {
  analyze: { usage: ANALYZE_USAGE, run: runAnalyzeCommand },
  export: { usage: EXPORT_USAGE, run: runExportCommand },
};

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.stderr(USAGE);
    return 2;
  }
  if (name === '-h' || name === '--help') {
    io.stdout(USAGE);
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${process.env.MARGINALIA_VERSION ?? 'development'}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`marginalia: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`marginalia ${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    io.stderr(`marginalia ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** `marginalia analyze … | head` closes the pipe early: that is the reader's choice, not an error to report. */
function exitQuietlyOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
}

if (require.main === module) {
  process.stdout.on('error', exitQuietlyOnClosedPipe);
  main(process.argv.slice(2), processIO).then((code) => { process.exitCode = code; });
}
