// The one redaction of the project: the client scrubs errors and logs with it, the CLI every byte
// it writes. One placeholder, so a user (or a test) looks for one thing.

/** What a secret is replaced by. */
export const REDACTED = "[REDACTED]";

// Servers sometimes echo a key, whole or masked, back in an error message; admin keys start with `sk-`.
const KEY_LIKE = /(?<![a-z\d])sk-[\w*-]{6,}/gi;

/**
 * Replaces each of `secrets` in `text`, and with `keyShaped` anything that looks like an OpenAI
 * key. The CLI leaves `keyShaped` off for its output: a created key's value is meant to be shown.
 */
export function redact(text: string, secrets: string | readonly string[] = [], keyShaped = true): string {
  let out = text;
  for (const secret of typeof secrets === "string" ? [secrets] : secrets) {
    if (secret) out = out.replaceAll(secret, REDACTED);
  }
  return keyShaped ? out.replace(KEY_LIKE, `sk-${REDACTED}`) : out;
}
