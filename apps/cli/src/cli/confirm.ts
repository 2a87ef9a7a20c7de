// Confirmation before delete and archive: a prompt on a terminal, a refusal without one unless
// --yes was given, so a script never deletes by accident and never hangs on a hidden prompt.
import { UsageError } from "./usage-error.js";

export type Decision = "proceed" | "declined";

export interface ConfirmOptions {
  /** What is about to happen, `delete user user_abc`; the prompt is `Delete user user_abc? [y/N]`. */
  action: string;
  yes: boolean;
  interactive: boolean;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Ctrl-C while the prompt waits: treated as "no". */
  signal?: AbortSignal;
}

/** Resolves "proceed" or "declined"; throws a UsageError (exit 2) when it cannot ask. */
export async function confirm(options: ConfirmOptions): Promise<Decision> {
  if (options.yes) return "proceed";
  if (!options.interactive) {
    throw new UsageError(
      `refusing to ${options.action} without confirmation (no terminal to ask on); pass --yes.`,
      {
        flag: "--yes",
        hint: "",
      },
    );
  }
  // Loaded only when a person is asked: most commands never are.
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: options.input, output: options.output, terminal: false });
  const question = `${options.action.charAt(0).toUpperCase()}${options.action.slice(1)}?`;
  options.output.write(`${question} [y/N] `);
  if (options.signal?.aborted) {
    rl.close();
    return "declined";
  }
  const answer = await new Promise<string>((resolve) => {
    rl.once("line", resolve);
    rl.once("close", () => resolve(""));
    options.signal?.addEventListener("abort", () => resolve(""), { once: true });
  });
  rl.close();
  return /^y(es)?$/i.test(answer.trim()) ? "proceed" : "declined";
}

/** `role {role_id} of user {user_id}` with the ids filled in. */
export function fillTarget(template: string, ids: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => ids[name] ?? name);
}

/** ` in Acme production`: which organization a confirmation is about, when the profile says. */
export function inProfile(config: { profile?: { label?: string } | undefined }): string {
  return config.profile?.label ? ` in ${config.profile.label}` : "";
}

/** Asks on the terminal; on "no" says that nothing was sent. Whether to go on. */
export async function confirmOnTerminal(options: {
  action: string;
  streams: { stdin: NodeJS.ReadableStream; stderr: NodeJS.WritableStream };
  signal?: AbortSignal;
}): Promise<boolean> {
  const { action, streams, signal } = options;
  const decision = await confirm({
    action,
    yes: false,
    interactive: true,
    input: streams.stdin,
    output: streams.stderr,
    ...(signal ? { signal } : {}),
  });
  if (decision === "declined") streams.stderr.write("Cancelled; nothing was sent.\n");
  return decision === "proceed";
}
