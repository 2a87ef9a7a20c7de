// "fetched 300 users (3 pages)…" on stderr while a listing pages, on a terminal only; cleared
// before stdout is written to and at the end, so it never mixes with the output.
import type { Terminal } from "./terminal.js";

export class Progress {
  private shown = false;

  constructor(
    private readonly term: Terminal,
    private readonly noun: string,
  ) {}

  update(items: number, pages: number): void {
    if (!this.term.stderrIsTTY) return;
    this.term.err(`\r\x1b[2Kfetched ${items} ${this.noun} (${pages} page${pages === 1 ? "" : "s"})…`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    this.term.err("\r\x1b[2K");
    this.shown = false;
  }
}
