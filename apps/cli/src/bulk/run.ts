// `<command> --from-file rows.csv`: one request per row, as the command would send it with the
// row's cells as flags, in bounded adaptive concurrency, journaled so `--resume` sends no row
// twice, with rows already true skipped and a summary. Loaded only when --from-file is given.
import { setMaxListeners } from "node:events";
import { type AdminClient, APIError, errorFromResponse, request } from "@openai-admin/client";
import { ExitCode, exitCodeFor } from "@openai-admin/client/error-contract";
import type { ParsedArgs } from "../cli/argv.js";
import type { Config } from "../cli/config.js";
import { confirmOnTerminal, inProfile } from "../cli/confirm.js";
import { UsageError } from "../cli/usage-error.js";
import { dryRunMiddleware } from "../http/middleware.js";
import { buildInput, type RequestInput } from "../input/request-input.js";
import type { Operation } from "../manifest/types.js";
import { type OutputFormat, renderValue } from "../output/render.js";
import type { Terminal } from "../output/terminal.js";
import { createCliClient } from "../run/client.js";
import { printDryRun } from "../run/execute.js";
import { describeApiError, errorLine } from "../run/report.js";
import { LookupFailed, resolveIds } from "../run/resolve.js";
import { AlreadyTrue } from "./already.js";
import { Bar, type Tally } from "./bar.js";
import { Journal, type JournalEntry, journalPath, readJournal } from "./journal.js";
import { Pacer } from "./pacer.js";
import { type Row, readRows } from "./rows.js";

export interface BulkRun {
  term: Terminal;
  op: Operation;
  args: ParsedArgs;
  /** Path ids given on the command line: every row's, unless the row has its own. */
  ids: readonly string[];
  file: string;
  config: Config;
  format: OutputFormat;
  columns?: readonly string[];
  dryRun: boolean;
  yes: boolean;
  resume: boolean;
  /** The most rows in flight at once. */
  maxConcurrency: number;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  quiet: boolean;
}

type Outcome = "done" | "skipped" | "failed";

interface Result {
  row: number;
  outcome: Outcome;
  status: number | null;
  id: string | null;
  reason: string | null;
  /** Settled by an earlier run (read from the journal): not sent this time. */
  earlier?: boolean;
}

interface Prepared {
  row: Row;
  input?: RequestInput;
  /** Why the row cannot be sent at all (its cells fail the command's checks). */
  invalid?: UsageError;
}

const START_CONCURRENCY = 4;
// Times a row rate limited past the client's retries goes back to the queue before it fails.
const MAX_REQUEUES = 5;

/** The row's flags over the command line's (positional ids become their flags first). */
function rowArgs(run: BulkRun, row: Row): ParsedArgs {
  const flags = new Map(run.args.flags);
  run.op.fields
    .filter((f) => f.in === "path")
    .forEach((field, i) => {
      const id = run.ids[i];
      if (id !== undefined && !flags.has(field.flag)) flags.set(field.flag, [id]);
    });
  for (const [name, values] of row.flags) flags.set(name, values);
  return { positionals: [], flags };
}

/** Every row checked as the command checks its flags, before anything is sent. */
export async function prepareRows(run: BulkRun): Promise<Prepared[]> {
  if (run.ids.length > run.op.fields.filter((f) => f.in === "path").length)
    throw new UsageError(`unexpected argument "${run.ids.at(-1)}".`);
  const rows = readRows(run.op, run.file);
  const prepared: Prepared[] = [];
  for (const row of rows) {
    try {
      prepared.push({ row, input: await buildInput(run.op, rowArgs(run, row), [], run.term.streams.stdin) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      prepared.push({ row, invalid: error });
    }
  }
  return prepared;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The refusal (no terminal) or question (terminal) a destructive run needs; throws UsageError when refused. */
export function refuseWithoutYes(run: BulkRun, count: number, interactive: boolean): string {
  const action = `${run.op.verb} ${plural(count, "row")} of ${run.file} (${run.op.resource} ${run.op.verb})${inProfile(run.config)}`;
  if (!interactive)
    throw new UsageError(`refusing to ${action} without confirmation (no terminal to ask on); pass --yes.`, {
      flag: "--yes",
      hint: "",
    });
  return action;
}

// A 409 in a bulk run means the row is already true (an email invited twice): final, not
// retried as the client retries a transient conflict. The server's x-should-retry is how the
// client is told, so this says it for the server, under the client's retry loop.
const conflictsAreFinal =
  (fetch: typeof globalThis.fetch): typeof globalThis.fetch =>
  async (input, init) => {
    const response = await fetch(input, init);
    if (response.status !== 409 || response.headers.get("x-should-retry") !== null) return response;
    const headers = new Headers(response.headers);
    headers.set("x-should-retry", "false");
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };

export async function runBulk(run: BulkRun, prepared: Prepared[]): Promise<number> {
  const { term, op } = run;
  // Every request in flight listens on the one Ctrl-C signal (the client's deadline, the fetch).
  setMaxListeners(10 + 4 * run.maxConcurrency, run.signal);
  const pacer = new Pacer({
    start: Math.min(START_CONCURRENCY, run.maxConcurrency),
    max: run.maxConcurrency,
  });
  const client = createCliClient({
    term,
    config: run.config,
    env: run.env,
    // Rate limits are the pacer's business in a bulk run; one notice per retry would bury the bar.
    quiet: true,
    secrets: op.secrets,
    // Under the client's retries: every attempt waits its turn, and every answer tells the pacer.
    wrapFetch: (fetch) =>
      conflictsAreFinal(async (input, init) => {
        await pacer.turn(run.signal);
        const response = await fetch(input, init);
        pacer.answered(response);
        return response;
      }),
  });
  const valid = prepared.filter((p) => p.input);
  if (op.destructive && !run.dryRun && !run.yes && valid.length > 0) {
    const action = refuseWithoutYes(run, valid.length, true);
    if (!(await confirmOnTerminal({ action, streams: term.streams, signal: run.signal })))
      return ExitCode.interrupted;
  }
  if (run.dryRun) return dryRun(run, client, prepared);

  const target = run.config.mock ? "mock" : (run.config.baseUrl ?? "https://api.openai.com/v1");
  const journalFile = journalPath(run.env, `${op.resource} ${op.verb}`, run.file, target);
  const earlier = run.resume ? readJournal(journalFile) : new Map<string, JournalEntry>();
  const journal = new Journal(
    journalFile,
    { command: `${op.resource} ${op.verb}`, file: run.file, target },
    run.resume,
  );
  term.err(`${run.resume ? "Resuming" : "Journal"}: ${journalFile}\n`);

  const results: Result[] = [];
  const tally: Tally = { done: 0, skipped: 0, failed: 0 };
  const bar = new Bar(term, prepared.length);
  const settle = (result: Result) => {
    results.push(result);
    tally[result.outcome]++;
    bar.draw(tally, pacer.limit);
  };
  const already = new AlreadyTrue(client, op, run.signal);
  const resolved = new Map<string, Promise<Record<string, string>>>();
  let firstExit: number | undefined;
  const fail = (row: Row, status: number | null, reason: string, exit: number) => {
    firstExit ??= exit;
    journal.record({
      row: row.n,
      key: row.key,
      state: "failed",
      ...(status === null ? {} : { status }),
      reason,
    });
    settle({ row: row.n, outcome: "failed", status, id: null, reason });
  };

  const send = async ({ row, input }: Prepared & { input: RequestInput }, inDoubt: boolean) => {
    let path: Record<string, string>;
    try {
      const key = JSON.stringify(input.path);
      let pending = resolved.get(key);
      if (!pending) {
        pending = resolveIds(client, op, input.path, run.signal);
        resolved.set(key, pending);
      }
      path = await pending;
    } catch (error) {
      if (error instanceof LookupFailed) {
        // Deleting what is not there any more: already true.
        if (op.destructive && error.exitCode === ExitCode.notFound) {
          journal.record({ row: row.n, key: row.key, state: "skipped", reason: error.message });
          return settle({ row: row.n, outcome: "skipped", status: null, id: null, reason: error.message });
        }
        return fail(row, null, error.message, error.exitCode);
      }
      throw error;
    }
    const why = await already.check(path, input.body);
    if (why) {
      journal.record({ row: row.n, key: row.key, state: "skipped", reason: why });
      return settle({ row: row.n, outcome: "skipped", status: null, id: null, reason: why });
    }
    if (inDoubt && op.verb === "create" && !already.canCheck(input.body)) {
      // Sent by a run that stopped before the answer, and nothing to tell whether it took effect.
      return fail(
        row,
        null,
        "in doubt: an earlier run stopped while sending this row; check it, then remove the row or the journal",
        ExitCode.rejected,
      );
    }
    journal.record({ row: row.n, key: row.key, state: "sending" });
    const { data, error, response } = await request(client, op, {
      path,
      query: input.query,
      ...(input.body === undefined ? {} : { body: input.body }),
      signal: run.signal,
    });
    if (response.ok) {
      pacer.rowDone();
      const id = (data as { id?: unknown } | undefined)?.id;
      const shown = typeof id === "string" ? id : null;
      journal.record({
        row: row.n,
        key: row.key,
        state: "done",
        status: response.status,
        ...(shown ? { id: shown } : {}),
      });
      return settle({ row: row.n, outcome: "done", status: response.status, id: shown, reason: null });
    }
    if (response.status === 429) return "rate-limited" as const;
    pacer.rowDone();
    const apiError = errorFromResponse(response, error);
    const report = describeApiError(apiError);
    if (response.status === 409 || (response.status === 404 && op.destructive)) {
      const reason = report.message;
      journal.record({ row: row.n, key: row.key, state: "skipped", status: response.status, reason });
      return settle({ row: row.n, outcome: "skipped", status: response.status, id: null, reason });
    }
    fail(row, response.status, errorLine(report), exitCodeFor(apiError));
  };

  type Queued = { item: Prepared & { input: RequestInput }; inDoubt: boolean; requeued: number };
  const queue: Queued[] = [];
  for (const item of prepared) {
    const { row } = item;
    if (!item.input) {
      // Exit 2 would say nothing was sent; other rows were.
      fail(row, null, item.invalid?.message ?? "invalid row", ExitCode.rejected);
      continue;
    }
    const before = earlier.get(row.key);
    if (before && (before.state === "done" || before.state === "skipped")) {
      const reason = before.state === "skipped" ? (before.reason ?? null) : null;
      settle({
        row: row.n,
        outcome: before.state,
        status: before.status ?? null,
        id: before.id ?? null,
        reason,
        earlier: true,
      });
      continue;
    }
    queue.push({ item: { ...item, input: item.input }, inDoubt: before?.state === "sending", requeued: 0 });
  }

  const running = new Set<Promise<void>>();
  let stopped: unknown;
  try {
    while (queue.length > 0 || running.size > 0) {
      if (stopped !== undefined || run.signal.aborted) break;
      const next = queue.shift();
      if (!next) {
        // What is in flight may come back to the queue (rate limited past the client's retries).
        await Promise.race(running);
        continue;
      }
      await pacer.acquire(run.signal);
      const { row } = next.item;
      const task = send(next.item, next.inDoubt)
        .then((limited) => {
          // A 429 is a request the server did not act on: the row goes round again, paced.
          if (limited === "rate-limited" && next.requeued < MAX_REQUEUES)
            queue.push({ ...next, inDoubt: false, requeued: next.requeued + 1 });
          else if (limited === "rate-limited")
            fail(row, 429, "rate limited, after every retry", ExitCode.rateLimited);
        })
        .catch((error: unknown) => {
          if (run.signal.aborted) {
            stopped ??= error;
            return;
          }
          const status = error instanceof APIError ? (error.status ?? null) : null;
          const reason = error instanceof APIError ? errorLine(describeApiError(error)) : String(error);
          fail(row, status, reason, exitCodeFor(error));
        })
        .finally(() => {
          pacer.release();
          running.delete(task);
        });
      running.add(task);
    }
  } catch (error) {
    // Aborted while waiting for a slot (Ctrl-C): what is in flight still settles and is journaled.
    stopped = error;
  }
  await Promise.all(running);
  bar.clear();
  journal.close();
  results.sort((a, b) => a.row - b.row);
  await printResults(run, results);
  summarize(run, results, tally, pacer, journalFile, prepared.length);
  if (stopped !== undefined || run.signal.aborted) {
    term.err(`Interrupted; rerun with --resume to continue (${journalFile}).\n`);
    return ExitCode.interrupted;
  }
  return tally.failed > 0 ? (firstExit ?? ExitCode.rejected) : ExitCode.ok;
}

async function printResults(run: BulkRun, results: Result[]): Promise<void> {
  // A table on a terminal shows what needs reading (skipped and failed rows); the counts say the rest.
  const shown = run.format === "table" ? results.filter((r) => r.outcome !== "done") : results;
  const rows = shown.map(({ earlier, ...r }) => ({ ...r, ...(earlier ? { earlier: true } : {}) }));
  if (rows.length > 0 || run.format !== "table") await renderValue(run.term, run.format, rows, run.columns);
}

function summarize(
  run: BulkRun,
  results: Result[],
  tally: Tally,
  pacer: Pacer,
  journalFile: string,
  total: number,
): void {
  const { term } = run;
  const earlier = results.filter((r) => r.earlier).length;
  const parts = [`${tally.done} done`, `${tally.skipped} skipped`, `${tally.failed} failed`];
  const notes = [
    earlier > 0 ? `${earlier} settled by the earlier run` : "",
    pacer.rateLimited > 0 ? `${pacer.rateLimited} answered 429 and sent again` : "",
    total > results.length ? `${total - results.length} not started` : "",
  ].filter(Boolean);
  term.err(`${plural(total, "row")}: ${parts.join(", ")}${notes.length ? ` (${notes.join("; ")})` : ""}.\n`);
  const failed = results.filter((r) => r.outcome === "failed" && !r.earlier);
  for (const r of failed.slice(0, 20)) term.err(`  row ${r.row}: ${r.reason}\n`);
  if (failed.length > 20) term.err(`  … and ${failed.length - 20} more (see the output or ${journalFile})\n`);
}

async function dryRun(run: BulkRun, client: AdminClient, prepared: Prepared[]): Promise<number> {
  const { term, op } = run;
  client.use(dryRunMiddleware((req) => printDryRun(run, req)));
  let exit: number = ExitCode.ok;
  let count = 0;
  for (const { row, input, invalid } of prepared) {
    if (!input) {
      term.err(`row ${row.n}: ${invalid?.message}\n`);
      exit = ExitCode.usage;
      continue;
    }
    try {
      const path = await resolveIds(client, op, input.path, run.signal, (line) =>
        term.err(`row ${row.n}: ${line}\n`),
      );
      await request(client, op, {
        path,
        query: input.query,
        ...(input.body === undefined ? {} : { body: input.body }),
        signal: run.signal,
      });
      count++;
    } catch (error) {
      if (!(error instanceof LookupFailed)) throw error;
      term.err(`row ${row.n}: ${error.message}\n`);
      if (exit === ExitCode.ok) exit = error.exitCode;
    }
  }
  term.err(`Dry run: ${plural(count, "request")} printed, nothing sent.\n`);
  return exit;
}
