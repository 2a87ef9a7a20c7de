// Every suite says how many cases it ran, on the console and in test-results/cases.jsonl, so the
// README's numbers come from a test run rather than from memory.
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const file = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results", "cases.jsonl");

export function reportCases(suite: string, facts: Record<string, number | string>): void {
  const text = Object.entries(facts)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  console.log(`[cases] ${suite}: ${text}`);
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ suite, node: process.version, ...facts })}\n`);
}
