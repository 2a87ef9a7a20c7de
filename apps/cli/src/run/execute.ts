// Sends one operation through @openai-admin/client and prints the result. Loaded only once the
// command line has been parsed and checked, so help and usage errors never pay for it.
import {
  type AdminClient,
  type ListInit,
  type ListPath,
  type OperationInput,
  pages,
  request,
  unwrap,
} from "@openai-admin/client";
import { ExitCode } from "@openai-admin/client/error-contract";
import type { Config } from "../cli/config.js";
import { confirmOnTerminal, fillTarget, inProfile } from "../cli/confirm.js";
import { dryRunMiddleware, type PrintedRequest, requestText } from "../http/middleware.js";
import type { RequestInput } from "../input/request-input.js";
import type { Operation } from "../manifest/types.js";
import { presenter } from "../output/present.js";
import { Progress } from "../output/progress.js";
import { ListPrinter, type OutputFormat, renderValue } from "../output/render.js";
import type { Terminal } from "../output/terminal.js";
import { createCliClient } from "./client.js";
import type { Query } from "./query.js";
import { ListingStopped, reportError } from "./report.js";
import { describeTarget, LookupFailed, resolveIds } from "./resolve.js";

export interface Execution {
  term: Terminal;
  op: Operation;
  input: RequestInput;
  config: Config;
  format: OutputFormat;
  query: Query | undefined;
  dryRun: boolean;
  /** List operations: page through everything (default) or print the first page as returned. */
  paginate: boolean;
  maxItems: number | undefined;
  signal: AbortSignal;
  /** The environment, for HTTPS_PROXY, HTTP_PROXY and NO_PROXY. */
  env: Record<string, string | undefined>;
  /** Ask before sending (a destructive command on a terminal, without --yes). */
  ask: boolean;
  /** No retry notices on stderr. */
  quiet: boolean;
  /** --columns: the fields tables, CSV and text show, in this order. */
  columns?: readonly string[];
}

export async function execute(run: Execution): Promise<number> {
  const { term, config } = run;
  try {
    const client = createCliClient({
      term,
      config,
      env: run.env,
      quiet: run.quiet,
      secrets: run.op.secrets,
    });
    // Emails and names become ids before anything else is sent or printed: a dry run shows the id.
    const path = await resolveIds(
      client,
      run.op,
      run.input.path,
      run.signal,
      run.dryRun ? (line) => term.err(`${line}\n`) : undefined,
    );
    if (run.ask) {
      const named = await describeTarget(client, run.op, path, run.signal);
      const action = `${run.op.verb} ${fillTarget(run.op.target, named)}${inProfile(config)}`;
      if (!(await confirmOnTerminal({ action, streams: term.streams, signal: run.signal })))
        return ExitCode.interrupted;
    }
    if (run.dryRun) {
      client.use(dryRunMiddleware((request) => printDryRun(run, request)));
    }
    const input: OperationInput = {
      path,
      query: run.input.query,
      ...(run.input.body === undefined ? {} : { body: run.input.body }),
      signal: run.signal,
    };
    if (run.dryRun) {
      await request(client, run.op, input);
      return ExitCode.ok;
    }
    if (run.op.pagination && run.paginate) return await list(run, client, input);
    const data = await unwrap(request(client, run.op, input));
    const shown = presenter(run.op, run.format, config.timeFormat).value(data);
    await renderValue(term, run.format, run.query ? run.query(data) : shown, run.columns);
    if (run.op.secrets?.length) {
      // Said on stderr so that `... > key.json` keeps the secret and still warns the person.
      term.err(
        `${term.errStyle("33", "note:")} ${run.op.secrets.join(", ")} is shown only once and cannot be retrieved again; store it now.\n`,
      );
    }
    return ExitCode.ok;
  } catch (error) {
    const json = config.format === "json" || config.format === "jsonl";
    if (error instanceof LookupFailed) {
      if (json) {
        term.err(
          `${JSON.stringify({ error: { type: "lookup_error", message: error.message }, exit_code: error.exitCode })}\n`,
        );
      } else term.err(`${term.errStyle("31", "error:")} ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ListingStopped)
      return reportError(term, error.cause, json, config.debug, error.progress);
    return reportError(term, error, json, config.debug);
  }
}

export async function printDryRun(
  run: Pick<Execution, "format" | "term">,
  request: PrintedRequest,
): Promise<void> {
  if (run.format === "json" || run.format === "jsonl" || run.format === "yaml") {
    await renderValue(run.term, run.format, { dry_run: true, ...request });
  } else {
    await run.term.out(requestText(request));
  }
}

async function list(run: Execution, client: AdminClient, input: OperationInput): Promise<number> {
  const { term } = run;
  const noun = run.op.resource.split(":").at(-1)?.replace(/-/g, " ") ?? "items";
  const progress = new Progress(term, noun);
  const printer = new ListPrinter(term, run.format, run.columns);
  const { rows } = presenter(run.op, run.format, run.config.timeFormat);
  const max = run.maxItems ?? Number.POSITIVE_INFINITY;
  // --query needs the whole list (it may sort, slice or aggregate), so it is buffered.
  const buffered: unknown[] | undefined = run.query ? [] : undefined;
  let count = 0;
  let pageCount = 0;
  let resumeAfter: string | null = null;
  try {
    if (max > 0) {
      // The manifest knows the path is a list; the types cannot, as it is only known at run time.
      const { path, query, ...rest } = input;
      const init = { ...rest, params: { path, query } } as ListInit<ListPath>;
      const listing = pages(client, run.op.path as ListPath, init);
      // One page per call, not a for-await loop: a suspended async function keeps what its
      // variables last held, and the loop's would hold each page while the next one is fetched.
      const printNext = async (): Promise<boolean> => {
        const step = await listing.next();
        if (step.done) return false;
        const page = step.value;
        pageCount++;
        // The page field the next request's cursor comes from, as the spec gives it for this list.
        resumeAfter =
          ((page as Record<string, unknown>)[run.op.pagination ?? "last_id"] as string | null | undefined) ??
          null;
        const items = page.data.slice(0, max - count);
        count += items.length;
        progress.clear();
        if (buffered) buffered.push(...items);
        else await printer.page(rows(items));
        if (count >= max) return false;
        progress.update(count, pageCount);
        return true;
      };
      try {
        while (await printNext());
      } finally {
        // As a for-await loop left early would: the listing ends (and fetches nothing more).
        await listing.return();
      }
    }
  } catch (error) {
    // Whoever reruns a long listing that failed part-way needs to know what was already written
    // and where to pick up.
    if (pageCount === 0) throw error;
    throw new ListingStopped(error, { items: count, pages: pageCount, noun, resumeAfter });
  } finally {
    progress.clear();
  }
  if (buffered && run.query) await renderValue(term, run.format, run.query(buffered), run.columns);
  else await printer.end();
  // An empty table is easy to misread as a hang or a failure; a script sees only the output.
  if (count === 0 && term.stdoutIsTTY && term.stderrIsTTY) term.err(`No ${noun}.\n`);
  return ExitCode.ok;
}
