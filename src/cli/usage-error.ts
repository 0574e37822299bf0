/** Thrown for bad usage; the dispatcher prints it and exits with the usage exit code (2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
