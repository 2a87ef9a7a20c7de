// The simulator without a socket: the organization, the API over it, rate limits, the fault
// schedule and the request log. `startSimulator` (server.ts) puts it on 127.0.0.1; `fetch` here
// answers in process, for a client or CLI that takes a fetch function.

import { type ActivityRow, activity } from "./api/buckets.js";
import { Api } from "./api/handler.js";
import { itemTemplate, routes } from "./api/routes.js";
import { type Fault, type FaultSchedule, faultPlan, mulberry32 } from "./faults.js";
import { RateLimiter, type RateLimitOptions } from "./http/rate-limit.js";
import { errorBody, faultReply, type Reply } from "./http/wire.js";
import type { Entity } from "./org/collection.js";
import { Org, type OrgSizes, readOrgFile, USERS_PATH, writeOrgFile } from "./org/org.js";
import { DAY, DEFAULT_SIZES, type Seeded, seedFromExamples, seedOrg, usersBase } from "./org/seed.js";
import { parseTarget, type RecordedRequest } from "./record.js";

export interface SimulatorOptions {
  /** Seed of the organization (and of generated ids). Default 1. */
  seed?: number;
  /** Seeded users, made on demand (100,000 is fine). Default 40. */
  users?: number;
  /** Seeded projects; the first six are the documented ones (seedFacts). Default 6. */
  projects?: number;
  /** Days of usage and cost history. Default 90. */
  days?: number;
  /** Custom roles of the organization: the seed's two, then made-up ones (10,000 is fine). Default 2. */
  roles?: number;
  /** Unix seconds the seed counts back from (and the clock of new objects, when fixed). Default: now. */
  now?: number;
  /** A JSON file: loaded when it exists, written (atomically) after every change. */
  state?: string;
  /** Requests per second per API key (token bucket); 429 beyond. Default: unlimited. */
  rateLimit?: number | RateLimitOptions;
  /** Faults to inject: a schedule, or a plan of request number to fault. Default: none. */
  faults?: FaultSchedule | Readonly<Record<number, Fault>>;
  /** `retry-after-ms` on injected faults, in ms. Default 1. */
  retryAfterMs?: number;
  /** When set, only `Authorization: Bearer <requireKey>` is accepted; otherwise any bearer key is. */
  requireKey?: string;
  /** A prefix the API lives under, e.g. `/v1`. Default "". */
  basePath?: string;
  /** Answers a request before the API does; return undefined to fall through. */
  respond?: (request: RecordedRequest) => Reply | undefined;
  /** Keep every request in `requests`. Default true; turn off for long benchmarks. */
  recordRequests?: boolean;
}

/** The request an in-process caller makes. */
export interface SimulatorRequest {
  method: string;
  /** Path and query, e.g. `/organization/users?limit=2` (plus `basePath`). */
  target: string;
  headers?: Record<string, string | string[] | undefined>;
  body?: string;
}

const toSchedule = (faults: SimulatorOptions["faults"]): FaultSchedule | undefined =>
  faults === undefined ? undefined : typeof faults === "function" ? faults : faultPlan(faults);

export class Simulator {
  #org: Org;
  #seeded: Seeded;
  #activity: ActivityRow[] | undefined;
  #api: Api;
  #requests: RecordedRequest[] = [];
  #count = 0;
  #schedule: FaultSchedule | undefined;
  readonly #limiter: RateLimiter | undefined;
  readonly #random: () => number;
  readonly basePath: string;

  constructor(readonly options: SimulatorOptions = {}) {
    this.basePath = options.basePath ?? "";
    this.#schedule = toSchedule(options.faults);
    const rate = options.rateLimit;
    this.#limiter =
      rate === undefined ? undefined : new RateLimiter(typeof rate === "number" ? { perSecond: rate } : rate);
    const saved = options.state ? readOrgFile(options.state) : undefined;
    const origin = saved?.origin ?? {
      seed: options.seed ?? 1,
      sizes: { ...DEFAULT_SIZES, ...pick(options) },
      now: options.now ?? Math.floor(Date.now() / 1000),
    };
    this.#seeded = seedOrg(origin);
    this.#org = saved ? Org.fromJSON(saved, usersBase) : this.#seeded.org;
    if (!saved) seedFromExamples(this.#org, this.#seeded.projectIds, listExamples);
    this.#random = mulberry32(origin.seed ^ this.#org.counter ^ 0x1d5);
    this.#api = this.#makeApi();
    if (options.state && !saved) this.save();
  }

  #makeApi(): Api {
    return new Api({
      org: this.#org,
      now: () => (this.options.now !== undefined ? this.options.now : Math.floor(Date.now() / 1000)),
      activity: () => {
        const { seed, now, sizes } = this.#org.origin;
        this.#activity ??= activity(this.#seeded.keys, seed, now, sizes.days);
        return this.#activity;
      },
      random: this.#random,
      changed: () => this.save(),
    });
  }

  /** The organization's state (collections and singletons by path). */
  get org(): Org {
    return this.#org;
  }

  /** Every request so far, in arrival order (with `recordRequests`). */
  get requests(): readonly RecordedRequest[] {
    return this.#requests;
  }

  get requestCount(): number {
    return this.#count;
  }

  get faulted(): readonly RecordedRequest[] {
    return this.#requests.filter((r) => r.fault !== undefined);
  }

  setFaults(faults: SimulatorOptions["faults"]): void {
    this.#schedule = toSchedule(faults);
  }

  /** Forgets recorded requests and restarts numbering at 1. */
  resetRequests(): void {
    this.#requests = [];
    this.#count = 0;
  }

  /** Starts the organization over from its seed (and saves that, with `state`). */
  reset(): void {
    this.#seeded = seedOrg(this.#org.origin);
    this.#org = this.#seeded.org;
    seedFromExamples(this.#org, this.#seeded.projectIds, listExamples);
    this.#api = this.#makeApi();
    this.save();
  }

  save(): void {
    if (this.options.state) writeOrgFile(this.options.state, this.#org);
  }

  /** Records a request and decides its fault; the caller serves it (`serve`) or injects the fault. */
  receive(request: SimulatorRequest): RecordedRequest {
    const target = request.target || "/";
    const headers = Object.fromEntries(
      Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    ) as RecordedRequest["headers"];
    const recorded: RecordedRequest = {
      n: ++this.#count,
      method: request.method.toUpperCase(),
      target,
      ...parseTarget(target, this.basePath),
      host: String(headers.host ?? ""),
      headers,
      body: request.body ?? "",
    };
    if (this.options.recordRequests !== false) this.#requests.push(recorded);
    const fault = this.#schedule?.(recorded.n, recorded);
    if (fault) recorded.fault = fault;
    return recorded;
  }

  /** The reply to a recorded request, faults aside: auth, rate limit, control routes, the API. */
  serve(request: RecordedRequest): Reply {
    const reply = this.#answer(request);
    // Kept in the log, so tests count answers (429s, say) where they were given.
    request.status = reply.status;
    return reply;
  }

  #answer(request: RecordedRequest): Reply {
    const custom = this.options.respond?.(request);
    if (custom) return custom;
    if (this.basePath && !request.rawPath.startsWith(this.basePath)) {
      return {
        status: 404,
        body: errorBody(`Unknown request URL: ${request.rawPath}.`, "invalid_request_error", "unknown_url"),
      };
    }
    const auth = String(request.headers.authorization ?? "");
    const key = /^Bearer (\S+)$/.exec(auth)?.[1];
    if (!key || (this.options.requireKey !== undefined && key !== this.options.requireKey)) {
      return {
        status: 401,
        body: errorBody(
          key ? "Incorrect API key provided." : "You didn't provide an API key.",
          "invalid_request_error",
          "invalid_api_key",
        ),
      };
    }
    if (request.segments[0] === "_simulator") return this.#control(request);
    let limitHeaders: Record<string, string> = {};
    if (this.#limiter) {
      const decision = this.#limiter.take(key);
      limitHeaders = decision.headers;
      if (!decision.allowed) {
        return {
          status: 429,
          headers: {
            ...decision.headers,
            "retry-after": String(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))),
            "retry-after-ms": String(decision.retryAfterMs),
          },
          body: errorBody(
            `Rate limit reached for requests: limit ${decision.headers["x-ratelimit-limit-requests"]}, please try again in ${decision.retryAfterMs}ms.`,
            "requests",
            "rate_limit_exceeded",
          ),
        };
      }
    }
    const reply = this.#api.handle(request);
    return { ...reply, headers: { ...limitHeaders, ...reply.headers } };
  }

  /**
   * Simulator-only routes, under `/_simulator`: `POST /_simulator/invites/{id}/accept` accepts a
   * pending invite (the invitee joins, with the invite's role and projects); `POST /_simulator/reset`.
   */
  #control(request: RecordedRequest): Reply {
    const [, a, b, c] = request.segments;
    if (request.method === "POST" && a === "reset" && b === undefined) {
      this.reset();
      return { status: 200, body: { object: "simulator.reset", reset: true } };
    }
    if (request.method === "POST" && a === "invites" && b && c === "accept") return this.acceptInvite(b);
    return {
      status: 404,
      body: errorBody("Unknown simulator route.", "invalid_request_error", "unknown_url"),
    };
  }

  /** Accepts a pending invite: the invitee becomes a user, in the invite's projects. */
  acceptInvite(inviteId: string): Reply {
    const org = this.#org;
    const invites = org.collection("/organization/invites");
    const invite = invites.get(inviteId);
    if (!invite)
      return {
        status: 404,
        body: errorBody(`No such invite: ${inviteId}.`, "invalid_request_error", "not_found"),
      };
    if (invite.status !== "pending") {
      return {
        status: 409,
        body: errorBody(
          `Invite ${inviteId} is ${String(invite.status)}, not pending.`,
          "invalid_request_error",
          "invite_not_pending",
        ),
      };
    }
    const now = this.options.now ?? Math.floor(Date.now() / 1000);
    const email = String(invite.email);
    const local = email.split("@")[0] ?? email;
    const name = local
      .split(/[._-]+/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(" ");
    const userId = `user_${(++org.counter).toString(36).padStart(6, "0")}sim`;
    const user: Entity = {
      object: "organization.user",
      id: userId,
      name,
      email,
      role: invite.role,
      added_at: now,
      api_key_last_used_at: null,
    };
    org.collection(USERS_PATH).put(userId, user);
    for (const project of (invite.projects as { id: string; role: string }[] | undefined) ?? []) {
      if (!org.existing("/organization/projects")?.has(project.id)) continue;
      org.collection(`/organization/projects/${project.id}/users`).put(userId, {
        object: "organization.project.user",
        id: userId,
        name,
        email,
        role: project.role,
        added_at: now,
      });
    }
    const accepted = { ...invite, status: "accepted", accepted_at: now };
    invites.put(inviteId, accepted);
    const entryId = `audit_log_${String(++org.counter).padStart(8, "0")}`;
    org.collection("/organization/audit_logs").put(entryId, {
      id: entryId,
      type: "invite.accepted",
      effective_at: now,
      actor: { type: "session", session: { user: { id: userId, email }, ip_address: "203.0.113.200" } },
      "invite.accepted": { id: inviteId },
    });
    this.save();
    return { status: 200, body: { object: "simulator.invite_acceptance", invite: accepted, user } };
  }

  /** Answers one request in process: faults that need a socket (resets, stalls) reject like a dropped connection. */
  async handle(
    request: SimulatorRequest,
  ): Promise<{ status: number; headers: Record<string, string>; body: string; request: RecordedRequest }> {
    const recorded = this.receive(request);
    const requestId = `req_sim_${recorded.n}`;
    let reply: Reply | undefined;
    if (recorded.fault) {
      reply = faultReply(recorded.fault, this.options.retryAfterMs ?? 1);
      if (!reply)
        throw new TypeError("fetch failed", { cause: new Error(`simulated ${recorded.fault.kind}`) });
    } else {
      reply = this.serve(recorded);
      recorded.status = reply.status;
    }
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? {});
    return {
      status: reply.status,
      headers: { "content-type": "application/json", "x-request-id": requestId, ...reply.headers },
      body,
      request: recorded,
    };
  }

  /** A `fetch` that answers in process: give it to a client as its fetch function. */
  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const answer = await this.handle({
      method: request.method,
      target: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      body: request.body ? await request.text() : "",
    });
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}

function pick(options: SimulatorOptions): Partial<OrgSizes> {
  const out: Partial<OrgSizes> = {};
  if (options.users !== undefined) out.users = options.users;
  if (options.projects !== undefined) out.projects = options.projects;
  if (options.days !== undefined) out.days = options.days;
  if (options.roles !== undefined) out.roles = options.roles;
  return out;
}

function listExamples(path: string): Entity[] {
  const route = routes.find((r) => r.kind === "list" && r.op.path === path);
  const data = route?.template200.data;
  return Array.isArray(data)
    ? (structuredClone(data) as Entity[])
    : itemTemplate(route)
      ? [itemTemplate(route) as Entity]
      : [];
}

/** Makes a simulator that answers in process (no socket). */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  return new Simulator(options);
}

export { DAY };
