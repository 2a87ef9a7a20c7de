import type { paths } from "@openai-admin/types";
import createClient, { type Client, defaultPathSerializer, type Middleware } from "openapi-fetch";
import { notJsonError, OpenAIAdminError } from "./errors.js";
import { type Logger, redactingLog } from "./logger.js";
import { retryingFetch } from "./retrying-fetch.js";
import { sleep } from "./timeout.js";

export interface AdminClientOptions {
  /** Admin API key; defaults to `process.env.OPENAI_ADMIN_KEY`. */
  adminApiKey?: string;
  /** Defaults to `process.env.OPENAI_BASE_URL`, else `https://api.openai.com/v1`. */
  baseUrl?: string;
  /** Milliseconds per attempt (retries get a fresh timeout); default 600 000 (10 minutes). */
  timeout?: number;
  /** Retries after the first attempt; default 2. */
  maxRetries?: number;
  fetch?: typeof globalThis.fetch;
  /** Sent with every request. */
  headers?: Record<string, string>;
  logger?: Logger;
}

/** An openapi-fetch client typed by the spec: paths, params, bodies and results are all checked. */
export type AdminClient = Client<paths, `${string}/${string}`> & {
  /** A new client with some options replaced, e.g. `client.withOptions({ maxRetries: 0 }).GET(...)`. */
  withOptions(overrides: Partial<AdminClientOptions>): AdminClient;
};

// Tests replace the wait between retries so they can assert it without spending it.
interface InternalOptions extends AdminClientOptions {
  adminApiKey: string;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

type Init = Record<string, unknown> & {
  signal?: AbortSignal | null;
  fetch?: typeof globalThis.fetch;
  middleware?: Middleware[];
};
type Result = { data?: unknown; error?: unknown; response: Response };

const DEFAULT_BASE_URL = "https://api.openai.com/v1";
const VERBS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export function createAdminClient(options: AdminClientOptions = {}): AdminClient {
  const env = globalThis.process?.env ?? {};
  const adminApiKey = options.adminApiKey ?? env.OPENAI_ADMIN_KEY;
  if (!adminApiKey) {
    throw new OpenAIAdminError(
      "No admin API key: set the OPENAI_ADMIN_KEY environment variable or pass adminApiKey to createAdminClient().",
    );
  }
  const baseUrl = options.baseUrl || env.OPENAI_BASE_URL || DEFAULT_BASE_URL;
  return build({ ...options, adminApiKey, baseUrl }, []);
}

/** A client for `options`; `middleware` is shared with every client `withOptions` makes from it. */
function build(options: InternalOptions, middleware: Middleware[]): AdminClient {
  const { adminApiKey } = options;
  const core = createClient<paths, `${string}/${string}`>({
    baseUrl: options.baseUrl,
    headers: { Authorization: `Bearer ${adminApiKey}`, ...options.headers },
    // URLs resolve `.` and `..` (even percent-encoded) as path segments: an id of `..` would turn
    // "remove a role from a user" into "delete the user". No encoding can carry them, so refuse.
    pathSerializer(path, params) {
      for (const [name, value] of Object.entries(params)) {
        if (value === "." || value === "..") {
          throw new OpenAIAdminError(`${name} cannot be "${value}"`);
        }
      }
      return defaultPathSerializer(path, params);
    },
  });
  const send = retryingFetch({
    secret: adminApiKey,
    timeout: options.timeout ?? 600_000,
    maxRetries: options.maxRetries ?? 2,
    log: redactingLog(options.logger, adminApiKey),
    sleep: options.sleep ?? sleep,
  });
  const untyped = core.request as unknown as (
    method: string,
    url: string,
    init: Record<string, unknown>,
  ) => Promise<Result>;

  async function request(method: string, url: string, init: Init = {}): Promise<Result> {
    let last: Response | undefined;
    // With no middleware to show the answer to, the JSON is parsed here from the text the retry
    // loop read, and openapi-fetch is asked not to read the body again ("stream" leaves it be).
    let body: string | undefined;
    const direct = !init.parseAs && !middleware.length && !init.middleware?.length;
    const takeBody = direct ? (text: string) => (body = text) : undefined;
    try {
      const result = await untyped(method, url, {
        ...init,
        ...(direct && { parseAs: "stream" }),
        // The caller's signal goes to the retry loop, not to openapi-fetch's Request: undici's Request
        // keeps the listener it puts on the signal it is given until the Request is garbage
        // collected (a listing passing one signal to every page piled up a listener per page),
        // where each attempt's deadline takes its listener off as the attempt ends.
        signal: undefined,
        // Per call, so the caller's fetch for one request gets the same retries and timeouts.
        fetch: async (sent: Request) =>
          (last = await send(sent, {
            fetch: init.fetch ?? options.fetch,
            signal: init.signal ?? undefined,
            takeBody,
          })),
        middleware: init.middleware ? [...middleware, ...init.middleware] : middleware,
      });
      // As openapi-fetch reads JSON: an empty body is no data.
      if (body !== undefined) result.data = body ? JSON.parse(body) : undefined;
      return result;
    } catch (error) {
      throw error instanceof SyntaxError && last?.ok ? notJsonError(last, error) : error;
    }
  }

  const client: Record<string, unknown> = {
    request,
    use(...added: Middleware[]) {
      middleware.push(...added);
    },
    eject(...removed: Middleware[]) {
      for (const m of removed) {
        const index = middleware.indexOf(m);
        if (index !== -1) middleware.splice(index, 1);
      }
    },
    withOptions: (overrides: Partial<AdminClientOptions>) => build({ ...options, ...overrides }, middleware),
  };
  for (const verb of VERBS) client[verb] = (url: string, init?: Init) => request(verb, url, init);
  return client as unknown as AdminClient;
}
