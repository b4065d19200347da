/** A mistake in how a command was called: said to the person in words (exit code 2), never as a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
