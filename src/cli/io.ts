/** Where the CLI writes; tests pass their own to capture the output. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** A mistake in how the command was called: reported with the usage, exit code 2. */
export class UsageError extends Error {}
