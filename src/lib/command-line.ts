import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how a command was called: said to the person in words (exit code 2), never as a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Node's `parseArgs`, with an unknown or malformed option turned into a `UsageError`. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
