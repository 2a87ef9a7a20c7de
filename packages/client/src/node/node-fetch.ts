// `@openai-admin/client/node`: a `fetch` on node:http and node:https to give the client
// (`createAdminClient({ fetch: createNodeFetch() })`), used by the CLI. Node's built-in fetch
// (undici) compiles a WebAssembly HTTP parser on first use, and a short-lived process then waits for
// that compilation before it can exit: about 80 ms of CPU and 30 MB on every one-shot command. This
// one speaks fetch's contract to the client (a Request in, a Response with the whole body read out,
// the signal honoured throughout, redirects followed, compressed bodies decoded), so retries,
// timeouts and flat-memory paging work on it as they do on fetch. Unlike Node 20's fetch, it goes
// through a proxy: the one given, or the one HTTPS_PROXY, HTTP_PROXY and NO_PROXY name.
import type { Agent, IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import { type ProxyChoice, proxyAgents, proxyConfigured } from "./proxy.js";

// Required, not imported: an ESM import of node:http reads every export, and since Node 22 those
// include the lazy WebSocket, which loads undici (nodejs/node#59686), the very cost this avoids.
const { request: httpRequest } = createRequire(import.meta.url)("node:http") as typeof import("node:http");

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// fetch's limit (the Fetch standard's "redirect count" of 20).
const MAX_REDIRECTS = 20;
// Headers that must not follow a redirect to another origin, as fetch drops them.
const ORIGIN_BOUND = ["authorization", "proxy-authorization", "cookie"];

export type Fetch = (input: Request | string | URL, init?: RequestInit) => Promise<Response>;

export interface NodeFetchOptions {
  /**
   * A proxy for every request (`http://user:pass@proxy.example:3128`), or `false` for none. Default:
   * the proxy HTTPS_PROXY / HTTP_PROXY name for the URL, unless NO_PROXY excludes it (either case),
   * as curl does.
   */
  proxy?: string | false;
  /** The environment whose *_PROXY variables apply when `proxy` is not given. Default: process.env. */
  env?: Record<string, string | undefined>;
  /** Told, once per proxy, which proxy a request goes through (for debug logs; no credentials). */
  debug?: (line: string) => void;
}

/** A `fetch` for the client, on node:http(s), through the proxy given or named by the environment. */
export function createNodeFetch(options: NodeFetchOptions = {}): Fetch {
  const env = options.env ?? process.env;
  let chooser: Promise<((url: URL) => ProxyChoice | undefined) | undefined> | undefined;
  const told = new Set<string>();
  const agentFor = async (url: URL): Promise<Agent | undefined> => {
    chooser ??=
      options.proxy === false
        ? Promise.resolve(undefined)
        : options.proxy !== undefined || proxyConfigured(env)
          ? proxyAgents(options.proxy)
          : Promise.resolve(undefined);
    const choice = (await chooser)?.(url);
    if (choice && options.debug && !told.has(choice.shown)) {
      told.add(choice.shown);
      options.debug(`proxy: ${choice.shown} for ${url.origin}`);
    }
    return choice?.agent;
  };
  return (input, init) => nodeFetch(input, init, agentFor);
}

async function nodeFetch(
  input: Request | string | URL,
  init: RequestInit | undefined,
  agentFor: (url: URL) => Promise<Agent | undefined>,
): Promise<Response> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const { signal } = request;
  signal.throwIfAborted();
  let url = new URL(request.url);
  let method = request.method;
  const headers = new Headers(request.headers);
  if (!headers.has("accept-encoding")) headers.set("accept-encoding", "gzip, deflate, br");
  // Not `request.body ?`: that getter builds a web stream (a module load) only to be tested.
  const bytes = method === "GET" || method === "HEAD" ? undefined : await request.arrayBuffer();
  let body = bytes?.byteLength ? Buffer.from(bytes) : undefined;

  for (let redirects = 0; ; redirects++) {
    const response = await send(url, method, headers, body, signal, await agentFor(url));
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(status) || !location || request.redirect === "manual") {
      return await toResponse(response, method);
    }
    response.resume();
    if (request.redirect === "error" || redirects >= MAX_REDIRECTS) {
      const why = request.redirect === "error" ? "a redirect was not allowed" : "too many redirects";
      throw new TypeError("fetch failed", { cause: new Error(`${why} (${status} to ${location})`) });
    }
    const next = new URL(location, url);
    // As fetch does: 303 turns anything but HEAD into a GET, and 301/302 turn a POST into one.
    if ((status === 303 && method !== "HEAD") || ((status === 301 || status === 302) && method === "POST")) {
      method = "GET";
      body = undefined;
      for (const name of ["content-type", "content-length", "content-encoding", "content-language"]) {
        headers.delete(name);
      }
    }
    if (next.origin !== url.origin) for (const name of ORIGIN_BOUND) headers.delete(name);
    url = next;
  }
}

function send(
  url: URL,
  method: string,
  headers: Headers,
  body: Buffer | undefined,
  signal: AbortSignal,
  agent: Agent | undefined,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const options = { method, headers: Object.fromEntries(headers), signal, ...(agent ? { agent } : {}) };
    const outgoing = url.protocol === "https:" ? httpsRequest(url, options) : httpRequest(url, options);
    outgoing.once("response", resolve);
    // Like fetch: an abort rejects with the signal's reason, anything else with "fetch failed".
    outgoing.once("error", (error) =>
      reject(signal.aborted ? signal.reason : new TypeError("fetch failed", { cause: error })),
    );
    outgoing.end(body);
  });
}

async function toResponse(incoming: IncomingMessage, method: string): Promise<Response> {
  const status = incoming.statusCode ?? 0;
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const init = { status, statusText: incoming.statusMessage ?? "", headers };
  if (NULL_BODY_STATUSES.has(status) || method === "HEAD") {
    incoming.resume();
    return new Response(null, init);
  }
  // The whole body, read here: the client reads every answer whole anyway (inside its deadline), and
  // plain Buffers cost a long listing far less garbage than a web stream's chunks and promises.
  const chunks: Buffer[] = [];
  for await (const chunk of await decoded(incoming)) chunks.push(chunk as Buffer);
  return new Response(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks), init);
}

/** The body as sent before any content encoding, which fetch undoes too. */
async function decoded(incoming: IncomingMessage): Promise<Readable> {
  const encoding = incoming.headers["content-encoding"]?.trim().toLowerCase();
  if (!encoding || !["gzip", "x-gzip", "deflate", "br"].includes(encoding)) return incoming;
  // zlib is loaded only for a compressed answer: a short command that gets none never pays for it.
  const { createBrotliDecompress, createGunzip, createInflate } = await import("node:zlib");
  const decoder =
    encoding === "deflate" ? createInflate() : encoding === "br" ? createBrotliDecompress() : createGunzip();
  // A connection that breaks mid-body must fail the decoded stream too, so the read is retried.
  incoming.once("error", (error) => decoder.destroy(error));
  return incoming.pipe(decoder);
}
