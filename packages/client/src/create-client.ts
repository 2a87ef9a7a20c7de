import type { paths } from "@openai-admin/types";
import createClient, { type Client, defaultPathSerializer, type Middleware } from "openapi-fetch";
import { OpenAIAdminError } from "./errors.js";
import { type Logger, redactingLog } from "./logger.js";
import { resilience } from "./resilience.js";
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
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const DEFAULT_BASE_URL = "https://api.openai.com/v1";

export function createAdminClient(options: AdminClientOptions = {}): AdminClient {
  const { sleep: wait = sleep, ...given } = options as InternalOptions;
  const env = globalThis.process?.env ?? {};
  const adminApiKey = given.adminApiKey ?? env.OPENAI_ADMIN_KEY;
  if (!adminApiKey) {
    throw new OpenAIAdminError(
      "No admin API key: set the OPENAI_ADMIN_KEY environment variable or pass adminApiKey to createAdminClient().",
    );
  }
  const resolved: InternalOptions = {
    ...given,
    adminApiKey,
    baseUrl: given.baseUrl || env.OPENAI_BASE_URL || DEFAULT_BASE_URL,
    sleep: wait,
  };

  const { middleware: core, fetch } = resilience({
    secret: adminApiKey,
    timeout: resolved.timeout ?? 600_000,
    maxRetries: resolved.maxRetries ?? 2,
    log: redactingLog(resolved.logger, adminApiKey),
    sleep: wait,
    fetch: resolved.fetch,
  });
  // openapi-fetch sends through resilience's fetch, which gives each attempt its deadline's signal.
  const client = createClient<paths, `${string}/${string}`>({
    baseUrl: resolved.baseUrl,
    fetch,
    headers: { Authorization: `Bearer ${adminApiKey}`, ...resolved.headers },
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
  client.use(core);

  // Retries stay the innermost middleware, so the caller's middleware sees one request and its
  // final outcome, and every retry re-sends what that middleware built.
  const added: Middleware[] = [];
  const { use, eject } = client;
  client.use = (...middleware) => {
    added.push(...middleware);
    eject(core);
    use(...middleware, core);
  };
  client.eject = (...middleware) => {
    for (const m of middleware) {
      const index = added.indexOf(m);
      if (index !== -1) added.splice(index, 1);
    }
    eject(...middleware);
  };

  return Object.assign(client, {
    withOptions(overrides: Partial<AdminClientOptions>): AdminClient {
      const copy = createAdminClient({ ...resolved, ...overrides } as AdminClientOptions);
      if (added.length) copy.use(...added);
      return copy;
    },
  });
}
