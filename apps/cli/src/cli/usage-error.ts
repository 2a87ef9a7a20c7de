/**
 * A mistake in the command line or its input, found before anything is sent (exit 2). `flag`
 * names the offending flag or argument so the message (and the JSON error) can point at it.
 */
export class UsageError extends Error {
  override name = "UsageError";
  constructor(
    message: string,
    readonly options: { flag?: string; hint?: string } = {},
  ) {
    super(message);
  }
}
