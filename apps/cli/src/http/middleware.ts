// The CLI's hooks into every request, as openapi-fetch middleware on @openai-admin/client:
// `--debug` logging and `--dry-run`. The key is scrubbed by the Terminal all output goes through,
// and the Authorization header is masked here as well.
import { type AdminClient, REDACTED } from "@openai-admin/client";
import type { Terminal } from "../output/terminal.js";

type Middleware = Parameters<AdminClient["use"]>[0];

export interface PrintedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

function headersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] =
      name === "authorization"
        ? value.replace(/^(\w+\s+)?.*$/, (_, scheme = "") => `${scheme}${REDACTED}`)
        : value;
  });
  return out;
}

async function bodyOf(message: Request | Response): Promise<unknown> {
  const text = await message.clone().text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function describeRequest(request: Request): Promise<PrintedRequest> {
  return {
    method: request.method,
    url: request.url,
    headers: headersOf(request.headers),
    body: await bodyOf(request),
  };
}

/** HTTP-message style text: request line, headers, blank line, pretty body. */
export function requestText(printed: PrintedRequest): string {
  const head = [
    `${printed.method} ${printed.url}`,
    ...Object.entries(printed.headers).map(([k, v]) => `${k}: ${v}`),
  ];
  const body = printed.body === undefined ? "" : `\n${JSON.stringify(printed.body, null, 2)}\n`;
  return `${head.join("\n")}\n${body}`;
}

/** `body` with the value at each dotted path (`api_key.value`, `data[].value`) replaced by REDACTED. */
export function maskFields(body: unknown, paths: readonly string[]): unknown {
  const mask = (value: unknown, steps: readonly string[]): unknown => {
    const [step, ...rest] = steps;
    if (step === undefined) return REDACTED;
    if (step.endsWith("[]")) {
      const key = step.slice(0, -2);
      const inner = key ? (value as Record<string, unknown> | null)?.[key] : value;
      if (!Array.isArray(inner)) return value;
      const items = inner.map((item) => mask(item, rest));
      return key ? { ...(value as object), [key]: items } : items;
    }
    if (value === null || typeof value !== "object" || !(step in value)) return value;
    return { ...(value as object), [step]: mask((value as Record<string, unknown>)[step], rest) };
  };
  return paths.reduce(
    (out, path) => mask(out, path.replace(/\[\]/g, "[].").split(".").filter(Boolean)),
    body,
  );
}

/**
 * Logs each request and its final response (after retries) on stderr. `secrets` are the response
 * fields shown once (a created key's value): the command prints them, the log never does.
 */
export function debugMiddleware(term: Terminal, secrets: readonly string[] = []): Middleware {
  const started = new Map<string, number>();
  const prefix = (mark: string, text: string) =>
    text
      .trimEnd()
      .split("\n")
      .map((line) => term.errStyle("2", `${mark} ${line}`))
      .join("\n");
  return {
    async onRequest({ request, id }) {
      started.set(id, Date.now());
      term.err(`${prefix(">", requestText(await describeRequest(request)))}\n`);
      return undefined;
    },
    async onResponse({ response, id }) {
      const ms = Date.now() - (started.get(id) ?? Date.now());
      started.delete(id);
      const lines = [`${response.status} ${response.statusText} (${ms} ms)`];
      response.headers.forEach((value, name) => {
        lines.push(`${name}: ${value}`);
      });
      const body = maskFields(await bodyOf(response), secrets);
      const text = `${lines.join("\n")}\n${body === undefined ? "" : `\n${JSON.stringify(body, null, 2)}`}`;
      term.err(`${prefix("<", text)}\n`);
      return undefined;
    },
    onError({ error, id }) {
      started.delete(id);
      term.err(`${prefix("!", error instanceof Error ? error.message : String(error))}\n`);
      return undefined;
    },
  };
}

/**
 * `--dry-run`: hands the fully built request (URL, headers, serialized body) to `print` and answers
 * it locally, so nothing reaches the network.
 */
export function dryRunMiddleware(print: (request: PrintedRequest) => Promise<void>): Middleware {
  return {
    async onRequest({ request }) {
      await print(await describeRequest(request));
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    },
  };
}
