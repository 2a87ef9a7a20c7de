// The client every command sends through: the key (or the mock's), the base URL, the CLI's
// timeout, retries with their notices on stderr, --debug. One place, so single commands, bulk runs
// and offboarding talk to the API the same way.
import { type AdminClient, createAdminClient } from "@openai-admin/client";
import { createNodeFetch } from "@openai-admin/client/node";
import type { Config } from "../cli/config.js";
import { debugMiddleware } from "../http/middleware.js";
import { MOCK_BASE_URL, mockFetch } from "../mock/mock-org.js";
import type { Terminal } from "../output/terminal.js";
import { retryNotice } from "./retry-notice.js";

// A person at a terminal should not wait ten minutes (the client's default) on a stalled server.
const CLI_TIMEOUT_MS = 60_000;

// The mock organization accepts any bearer key; a real key is never sent to it.
const MOCK_KEY = "sk-admin-mock";

export interface CliClientOptions {
  term: Terminal;
  config: Config;
  /** The environment, for HTTPS_PROXY, HTTP_PROXY and NO_PROXY, and the mock's state directory. */
  env: Record<string, string | undefined>;
  /** No retry notices on stderr. */
  quiet: boolean;
  /** Response fields --debug must not print. */
  secrets?: readonly string[];
  /** Wraps the transport, under the client's retries. */
  wrapFetch?: (fetch: typeof globalThis.fetch) => typeof globalThis.fetch;
}

export function createCliClient(options: CliClientOptions): AdminClient {
  const { term, config } = options;
  const debugLine = (message: string) => term.err(`${term.errStyle("2", `* ${message}`)}\n`);
  const transport: typeof globalThis.fetch = config.mock
    ? mockFetch(options.env)
    : createNodeFetch({ env: options.env, debug: config.debug ? debugLine : undefined });
  const client = createAdminClient({
    // Dry runs need no key: the request is only printed, with the Authorization value masked.
    adminApiKey: config.mock ? MOCK_KEY : (config.apiKey ?? "sk-admin-dry-run"),
    baseUrl: config.mock ? MOCK_BASE_URL : config.baseUrl,
    timeout: config.timeoutMs ?? CLI_TIMEOUT_MS,
    maxRetries: config.maxRetries,
    headers: config.headers,
    fetch: options.wrapFetch ? options.wrapFetch(transport) : transport,
    logger: retryLogger(options, debugLine),
  });
  if (config.debug) client.use(debugMiddleware(term, options.secrets));
  return client;
}

/** Retries that make a person wait get one line each on stderr; --debug logs every attempt. */
function retryLogger(options: CliClientOptions, debugLine: (message: string) => void) {
  const { term, config } = options;
  const notice = options.quiet
    ? undefined
    : (message: string, details: Record<string, unknown>) => {
        const line = retryNotice(message, details, config.maxRetries ?? 2);
        if (line) term.err(`${line}\n`);
      };
  const warn = (message: string, details?: Record<string, unknown>) => {
    if (config.debug) debugLine(message);
    notice?.(message, details ?? {});
  };
  if (!config.debug) return notice ? { warn } : undefined;
  return { debug: debugLine, warn };
}
