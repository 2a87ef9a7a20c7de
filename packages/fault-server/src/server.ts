// The fault server: a stand-in for the Administration API on 127.0.0.1 that records every request
// and fails the ones its schedule picks. Plain node:http, so what it records is what was on the wire.
import { createServer } from "node:http";
import {
  errorBody,
  type Fault,
  type FaultSchedule,
  faultPlan,
  injectFault,
  listenLocal,
  parseTarget,
  type RecordedRequest,
  type Reply,
  readBody,
  send,
} from "@openai-admin/simulator";
import { type Collection, type CursorStyle, members, page } from "./collections.js";
import { limitsFor, routeOf } from "./routes.js";

export type { Reply };

export interface FaultServerOptions {
  /** Users served by the spec's users lists (`GET /organization/users`), made on the fly. Default 0. */
  users?: number;
  /** Cursor style of the users list instead of the spec's (`last_id`), e.g. the opaque `next` of role lists. */
  usersCursor?: CursorStyle;
  /** Roles served, in the spec's cursor style, by its roles lists (`/organization/roles`, `/organization/users/{id}/roles`). Default 0. */
  roles?: number;
  /** When to fail: a schedule, or a plan of request number to fault. Default: never. */
  faults?: FaultSchedule | Readonly<Record<number, Fault>>;
  /** How long a `stall` fault holds the request before dropping it, in ms. Default 10,000. */
  stallMs?: number;
  /** `retry-after-ms` sent with every HTTP fault, in ms. Default 1. */
  retryAfterMs?: number;
  /** A prefix the API lives under, e.g. `/v1`; `url` includes it. Default "". */
  basePath?: string;
  /** When set, a request without `Authorization: Bearer <key>` gets the API's 401. */
  requireKey?: string;
  /** Answers a request before the built-in routes; return undefined to fall through to them. */
  respond?: (request: RecordedRequest) => Reply | undefined;
}

export interface FaultServer {
  /** Base URL to give a client, e.g. `http://127.0.0.1:41234` (plus `basePath`). */
  url: string;
  /** `127.0.0.1:<port>`: the Host header every request must carry. */
  host: string;
  port: number;
  /** Every request so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** How many requests arrived (every retry counts). */
  readonly requestCount: number;
  /** The requests a fault was injected into. */
  readonly faulted: readonly RecordedRequest[];
  /** Replaces the schedule; request numbering goes on. */
  setFaults(faults: FaultServerOptions["faults"]): void;
  /** Forgets recorded requests and restarts numbering at 1 (the schedule is kept). */
  reset(): void;
  /** Stops listening and drops every open connection, stalled ones included. */
  close(): Promise<void>;
}

const toSchedule = (faults: FaultServerOptions["faults"]): FaultSchedule | undefined =>
  faults === undefined ? undefined : typeof faults === "function" ? faults : faultPlan(faults);

/** Starts a fault server on 127.0.0.1 on a free port. */
export async function startFaultServer(options: FaultServerOptions = {}): Promise<FaultServer> {
  const basePath = options.basePath ?? "";
  const stallMs = options.stallMs ?? 10_000;
  const retryAfterMs = options.retryAfterMs ?? 1;
  const counts = { users: options.users ?? 0, roles: options.roles ?? 0 };
  let schedule = toSchedule(options.faults);
  let requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  // Large enough for a 10,000-character id percent-encoded three times over: the test is about the
  // encoding, so the server must not cut the request line short (Node's default is 16 KiB).
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, async (req, res) => {
    const body = await readBody(req);
    const target = req.url ?? "/";
    const recorded: RecordedRequest = {
      n: requests.length + 1,
      method: req.method ?? "GET",
      target,
      ...parseTarget(target, basePath),
      host: req.headers.host ?? "",
      headers: req.headers,
      body,
    };
    requests.push(recorded);
    const fault = schedule?.(recorded.n, recorded);
    if (fault) recorded.fault = fault;
    const requestId = `req_fault_${recorded.n}`;
    const normal = () => route(recorded);
    if (fault) void injectFault(fault, { req, res, normal, requestId, retryAfterMs, stallMs, timers });
    else send(res, normal(), requestId);
  });

  function route(request: RecordedRequest): Reply {
    if (
      options.requireKey !== undefined &&
      request.headers.authorization !== `Bearer ${options.requireKey}`
    ) {
      return {
        status: 401,
        body: errorBody("Incorrect API key provided.", "invalid_request_error", "invalid_api_key"),
      };
    }
    const custom = options.respond?.(request);
    if (custom) return custom;
    if (basePath && !request.rawPath.startsWith(basePath)) return notFound(request);
    return builtInRoute(request, counts, options.usersCursor);
  }

  const listener = await listenLocal(server, 0, timers);
  const { port } = listener;
  const host = `127.0.0.1:${port}`;

  return {
    url: `http://${host}${basePath}`,
    host,
    port,
    get requests() {
      return requests;
    },
    get requestCount() {
      return requests.length;
    },
    get faulted() {
      return requests.filter((r) => r.fault !== undefined);
    },
    setFaults(faults) {
      schedule = toSchedule(faults);
    },
    reset() {
      requests = [];
    },
    close: listener.close,
  };
}

const notFound = (request: RecordedRequest): Reply => ({
  status: 404,
  body: errorBody(`No route for ${request.method} ${request.rawPath}`, "invalid_request_error", "not_found"),
});

/**
 * The list a route serves: made-up users or roles when the list names them, else an empty list;
 * in the route's cursor style and page-size limits, as the spec gives them.
 */
function collectionOf(
  list: NonNullable<ReturnType<typeof routeOf>>["list"] & object,
  counts: { users: number; roles: number },
  usersCursor: CursorStyle | undefined,
): Collection {
  const kind = list.noun === "roles" ? "roles" : "users";
  const style = kind === "users" && usersCursor ? usersCursor : list.style;
  return {
    ...members[kind],
    count: list.noun === kind ? counts[kind] : 0,
    style,
    limits: style === list.style ? list.limits : (limitsFor(style) ?? list.limits),
  };
}

/**
 * The Administration API, loosely: the operations of the spec, and nothing else. Lists page for
 * real (users and roles made up, the others empty); any other GET returns an object whose `id` is
 * the last path segment, POST echoes its body, DELETE reports a deletion.
 */
function builtInRoute(
  request: RecordedRequest,
  counts: { users: number; roles: number },
  usersCursor: CursorStyle | undefined,
): Reply {
  const { method, segments, query } = request;
  const last = segments.at(-1) ?? "";
  const route = routeOf(method, segments);
  if (!route) return notFound(request);
  if (route.list) {
    const collection = collectionOf(route.list, counts, usersCursor);
    const cursor = collection.style === "next_page" ? query.page : query.after;
    const result = page(collection, { after: cursor?.[0], limit: query.limit?.[0] });
    return result.ok
      ? { status: 200, body: result.body }
      : {
          status: 400,
          body: errorBody(result.message, "invalid_request_error", "invalid_value", result.param),
        };
  }
  if (method === "GET") return { status: 200, body: { object: objectName(segments), id: last } };
  if (method === "POST") {
    let parsed: unknown = {};
    try {
      parsed = request.body ? JSON.parse(request.body) : {};
    } catch {
      return {
        status: 400,
        body: errorBody("We could not parse the JSON body of your request.", "invalid_request_error", null),
      };
    }
    const id = segments.length % 2 === 1 ? last : `${objectName(segments)}_new`;
    return { status: 200, body: { object: objectName(segments), id, ...(parsed as object) } };
  }
  if (method === "DELETE") {
    return { status: 200, body: { object: `${objectName(segments)}.deleted`, id: last, deleted: true } };
  }
  return notFound(request);
}

function objectName(segments: string[]): string {
  const collection = segments.length % 2 === 0 ? segments.at(-1) : segments.at(-2);
  return `organization.${collection ?? "object"}`;
}
