// Sends one operation through @openai-admin/client and prints the result. Loaded only once the
// command line has been parsed and checked, so help and usage errors never pay for it.
import {
  type AdminClient,
  createAdminClient,
  type ListInit,
  type ListPath,
  type OperationInput,
  pages,
  request,
  unwrap,
} from "@openai-admin/client";
import { ExitCode } from "@openai-admin/client/error-contract";
import { createNodeFetch } from "@openai-admin/client/node";
import type { Config } from "../cli/config.js";
import { confirm, fillTarget, inProfile } from "../cli/confirm.js";
import { debugMiddleware, dryRunMiddleware, type PrintedRequest, requestText } from "../http/middleware.js";
import type { RequestInput } from "../input/request-input.js";
import type { Operation } from "../manifest/types.js";
import { MOCK_BASE_URL, mockFetch } from "../mock/mock-org.js";
import { presenter } from "../output/present.js";
import { Progress } from "../output/progress.js";
import { ListPrinter, type OutputFormat, renderValue } from "../output/render.js";
import type { Terminal } from "../output/terminal.js";
import type { Query } from "./query.js";
import { ListingStopped, reportError } from "./report.js";
import { describeTarget, LookupFailed, resolveIds } from "./resolve.js";
import { retryNotice } from "./retry-notice.js";

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

// A person at a terminal should not wait ten minutes (the client's default) on a stalled server.
const CLI_TIMEOUT_MS = 60_000;

// The mock organization accepts any bearer key; a real key is never sent to it.
const MOCK_KEY = "sk-admin-mock";

export async function execute(run: Execution): Promise<number> {
  const { term, config } = run;
  try {
    const client = cliClient(run, run.op.secrets);
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
      const decision = await confirm({
        action: `${run.op.verb} ${fillTarget(run.op.target, named)}${inProfile(config)}`,
        yes: false,
        interactive: true,
        input: term.streams.stdin,
        output: term.streams.stderr,
        signal: run.signal,
      });
      if (decision === "declined") {
        term.err("Cancelled; nothing was sent.\n");
        return ExitCode.interrupted;
      }
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

/** The client every command sends through: the CLI's timeout, retries, proxy, --mock and --debug. */
export function cliClient(run: ClientSetup, secrets?: readonly string[]): AdminClient {
  const { term, config } = run;
  const debugLine = (message: string) => term.err(`${term.errStyle("2", `* ${message}`)}\n`);
  const client = createAdminClient({
    // Dry runs need no key: the request is only printed, with the Authorization value masked.
    // The mock organization accepts any key; a real one is never sent to it.
    adminApiKey: config.mock ? MOCK_KEY : (config.apiKey ?? "sk-admin-dry-run"),
    baseUrl: config.mock ? MOCK_BASE_URL : config.baseUrl,
    timeout: config.timeoutMs ?? CLI_TIMEOUT_MS,
    maxRetries: config.maxRetries,
    headers: config.headers,
    fetch: config.mock
      ? mockFetch(run.env)
      : createNodeFetch({ env: run.env, debug: config.debug ? debugLine : undefined }),
    logger: retryLogger(run, debugLine),
  });
  if (config.debug) client.use(debugMiddleware(term, secrets));
  return client;
}

export type ClientSetup = Pick<Execution, "term" | "config" | "env" | "quiet">;

/** Retries that make a person wait get one line each on stderr; --debug logs every attempt. */
function retryLogger(run: ClientSetup, debugLine: (message: string) => void) {
  const notice = run.quiet
    ? undefined
    : (message: string, details?: Record<string, unknown>) => {
        const line = retryNotice(message, details ?? {}, run.config.maxRetries ?? 2);
        if (line) run.term.err(`${line}\n`);
      };
  if (!run.config.debug) return notice ? { warn: notice } : undefined;
  return {
    debug: debugLine,
    warn: (message: string, details?: Record<string, unknown>) => {
      debugLine(message);
      notice?.(message, details);
    },
  };
}

async function printDryRun(run: Execution, request: PrintedRequest): Promise<void> {
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
      for await (const page of pages(client, run.op.path as ListPath, init)) {
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
        if (count >= max) break;
        progress.update(count, pageCount);
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
