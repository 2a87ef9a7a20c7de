// Where output goes, and the one place the API key is scrubbed from it: every byte the CLI
// writes passes through `redact`, so no code path can echo the key by accident.
import { redact } from "@openai-admin/client";

export interface Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export class Terminal {
  private secrets: string[] = [];
  readonly color: boolean;
  readonly colorErr: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly interactive: boolean;

  constructor(
    readonly streams: Streams,
    env: NodeJS.ProcessEnv,
    noColor: boolean,
  ) {
    this.stdoutIsTTY = Boolean(streams.stdout.isTTY);
    this.stderrIsTTY = Boolean(streams.stderr.isTTY);
    this.interactive = Boolean(streams.stdin.isTTY) && this.stderrIsTTY;
    const disabled = noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || env.TERM === "dumb";
    this.color = !disabled && this.stdoutIsTTY;
    this.colorErr = !disabled && this.stderrIsTTY;
  }

  /** Registers a value that must never be printed (the API key). Short values are ignored. */
  addSecret(secret: string | undefined): void {
    if (secret && secret.length >= 6 && !this.secrets.includes(secret)) this.secrets.push(secret);
  }

  // Only the registered secrets: a key-shaped value in output (a key just created) is meant to be shown.
  redact(text: string): string {
    return redact(text, this.secrets, false);
  }

  /** Writes to stdout, waiting for the pipe to drain so long listings keep memory flat. */
  async out(text: string): Promise<void> {
    const { stdout } = this.streams;
    if (!stdout.write(this.redact(text))) {
      await new Promise<void>((resolve) => {
        const done = () => {
          stdout.off("drain", done);
          stdout.off("error", done);
          resolve();
        };
        stdout.on("drain", done);
        stdout.on("error", done);
      });
    }
  }

  err(text: string): void {
    this.streams.stderr.write(this.redact(text));
  }

  /** Styles stdout text (ANSI SGR `code`) when stdout is a color terminal. */
  style(code: string, text: string): string {
    return this.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  }

  /** Styles stderr text when stderr is a color terminal. */
  errStyle(code: string, text: string): string {
    return this.colorErr ? `\x1b[${code}m${text}\x1b[0m` : text;
  }
}
