// The progress bar of a bulk run, on stderr when it is a terminal: redrawn at most ten times a
// second, cleared before anything else is written.
import type { Terminal } from "../output/terminal.js";

export interface Tally {
  done: number;
  skipped: number;
  failed: number;
}

const WIDTH = 24;

export class Bar {
  #shown = false;
  #drawnAt = 0;

  constructor(
    private readonly term: Terminal,
    private readonly total: number,
  ) {}

  draw(tally: Tally, concurrency: number, force = false): void {
    if (!this.term.stderrIsTTY) return;
    const now = Date.now();
    if (!force && now - this.#drawnAt < 100) return;
    this.#drawnAt = now;
    const finished = tally.done + tally.skipped + tally.failed;
    const filled = this.total === 0 ? WIDTH : Math.round((finished / this.total) * WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
    this.term.err(
      `\r\x1b[2K${bar} ${finished}/${this.total}  done ${tally.done} · skipped ${tally.skipped} · failed ${tally.failed} · ${concurrency} at once`,
    );
    this.#shown = true;
  }

  clear(): void {
    if (!this.#shown) return;
    this.term.err("\r\x1b[2K");
    this.#shown = false;
  }
}
