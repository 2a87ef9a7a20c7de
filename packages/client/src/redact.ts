// Servers sometimes echo a key, whole or masked, back in an error message; admin keys start with `sk-`.
const KEY_LIKE = /(?<![a-z\d])sk-[\w*-]{6,}/gi;

/** Removes the key, and anything that looks like an OpenAI key, from text shown to people. */
export function redact(text: string, secret?: string): string {
  const withoutSecret = secret ? text.replaceAll(secret, "[redacted]") : text;
  return withoutSecret.replace(KEY_LIKE, "sk-[redacted]");
}
