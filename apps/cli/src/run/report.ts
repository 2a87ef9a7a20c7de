// Turns a failed request into one line on stderr (or a JSON object with --format json) and the
// exit code for it. The Terminal scrubs the key from whatever the server or the error echoes.
import { APIError, OpenAIAdminError, PaginationError } from "@openai-admin/client";
import { exitCodeFor } from "@openai-admin/client/error-contract";
import type { Terminal } from "../output/terminal.js";

export interface ErrorReport {
  status: number | null;
  type: string | null;
  code: string | null;
  param: string | null;
  message: string;
  request_id: string | null;
}

/** The server's own message: `error.message` of the envelope, or a problem+json `detail`. */
function serverMessage(error: APIError): string {
  const body = error.error;
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const envelope = (record.error && typeof record.error === "object" ? record.error : record) as Record<
      string,
      unknown
    >;
    for (const key of ["message", "detail", "title"]) {
      const value = envelope[key];
      if (typeof value === "string" && value) {
        // Prism's validation problems list what was wrong; keep the first so the line stays useful.
        const first = Array.isArray(record.validation)
          ? (record.validation[0] as { message?: string })?.message
          : undefined;
        return first ? `${value} ${first}` : value;
      }
    }
  }
  return error.message;
}

export function describeApiError(error: APIError): ErrorReport {
  return {
    status: error.status ?? null,
    type: error.type,
    code: error.code,
    param: error.param,
    message: error.status === undefined ? error.message : serverMessage(error),
    request_id: error.requestId,
  };
}

/** `error: 404 Not Found: <message> (type: …, code: …, param: …, request id: …)` */
export function errorLine(report: ErrorReport, statusText = ""): string {
  const facts = [
    `type: ${report.type ?? "-"}`,
    `code: ${report.code ?? "-"}`,
    `param: ${report.param ?? "-"}`,
    `request id: ${report.request_id ?? "-"}`,
  ];
  const head = report.status === null ? "" : `${report.status}${statusText ? ` ${statusText}` : ""}: `;
  return `${head}${report.message} (${facts.join(", ")})`;
}

/** How far a listing got before it failed. */
export interface ListingProgress {
  items: number;
  pages: number;
  noun: string;
  /** The cursor to pass as --after to continue where the listing stopped. */
  resumeAfter: string | null;
}

/** A list command that failed part-way; what it had already written stays on stdout. */
export class ListingStopped extends Error {
  constructor(
    override readonly cause: unknown,
    readonly progress: ListingProgress,
  ) {
    super("listing stopped");
  }
}

export function progressNote(progress: ListingProgress): string {
  const pages = `${progress.pages} page${progress.pages === 1 ? "" : "s"}`;
  const resume =
    progress.resumeAfter === null ? "" : `; to continue, rerun with --after ${progress.resumeAfter}`;
  return `stopped after ${progress.items} ${progress.noun} (${pages})${resume}`;
}

export function reportError(
  term: Terminal,
  error: unknown,
  json: boolean,
  debug: boolean,
  progress?: ListingProgress,
): number {
  const exitCode = exitCodeFor(error);
  const stopped = progress
    ? {
        progress: {
          items: progress.items,
          pages: progress.pages,
          resume_after: progress.resumeAfter,
          message: progressNote(progress),
        },
      }
    : {};
  if (error instanceof APIError) {
    const report = describeApiError(error);
    if (json) {
      term.err(`${JSON.stringify({ error: report, exit_code: exitCode, ...stopped })}\n`);
    } else if (error.status === undefined) {
      term.err(`${term.errStyle("31", "error:")} ${error.message}\n`);
    } else {
      const statusText = (error.message.match(new RegExp(`^${error.status} ([^:(]+)`))?.[1] ?? "").trim();
      term.err(`${term.errStyle("31", "error:")} ${errorLine(report, statusText)}\n`);
    }
  } else {
    const message = error instanceof Error ? error.message : String(error);
    const kind =
      error instanceof PaginationError
        ? "pagination_error"
        : error instanceof OpenAIAdminError
          ? "client_error"
          : "internal_error";
    if (json)
      term.err(`${JSON.stringify({ error: { type: kind, message }, exit_code: exitCode, ...stopped })}\n`);
    else term.err(`${term.errStyle("31", "error:")} ${message}\n`);
  }
  if (progress && !json) term.err(`${progressNote(progress)}\n`);
  if (debug && error instanceof Error && error.stack) term.err(`${error.stack}\n`);
  return exitCode;
}
