// CLI arguments cannot move a request: an id is exactly one path segment (or one query value) that
// decodes back to itself, on the --base-url host; an invalid value is exit 2, a message, no request.
import { type RecordedRequest, type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { Exit, runCli } from "../helpers/cli.js";
import { ORG } from "../helpers/live-examples.js";
import { hasLoneSurrogate, hostileId, isDotSegment, namedIds } from "./ids.js";

const env = { OPENAI_ADMIN_KEY: "sk-admin-hardening-cli-args" };
let server: RunningSimulator;
beforeAll(async () => {
  // Under a base path, so a traversal that climbs out of /v1 would show too.
  server = await startSimulator({ ...ORG, basePath: "/v1" });
});
afterAll(() => server.close());

/** Forgets what was sent so far; the organization is only read, so it needs no reset. */
const forget = () => server.simulator.resetRequests();

// What an OS can pass as one argument: no NUL, no lone surrogate. "." and ".." have named tests.
const argvId = () =>
  hostileId({ noNul: true }).filter((id) => !hasLoneSurrogate(id) && !isDotSegment(id) && id !== "");

/** An id as the positional argument, or, when it would read as a flag (or when asked), as `--flag=id`. */
const asArg = (flag: string, id: string, flagForm: boolean) =>
  flagForm || id.startsWith("-") ? `--${flag}=${id}` : id;

/** Runs the CLI against the server and returns what arrived; exit 2 must mean nothing was sent. */
async function send(args: string[]) {
  forget();
  const result = await runCli([...args, "--base-url", server.url, "--max-retries", "0"], { env });
  if (result.code === Exit.usage) {
    expect(server.requestCount).toBe(0);
    expect(result.stderr.trim()).not.toBe("");
    return { result, request: undefined };
  }
  // An id that does not start like the spec's ids (`user_`, `role_`...) may be an email or a name
  // (issue 15): the CLI looks it up with GETs of the collection's list first. No seeded user, role
  // or project has such an email or name, so the lookup finds nothing: exit 4, and nothing but
  // those GETs was sent.
  if (result.code === Exit.notFound && /\bno [\w ]+ with (email|name) \\?"/.test(result.stderr)) {
    expect(server.requestCount).toBeGreaterThan(0);
    for (const request of server.requests) {
      expect(request.method).toBe("GET");
      expect(request.host).toBe(server.host);
      expect(request.rawPath.startsWith("/v1/organization/")).toBe(true);
      expect(["users", "roles", "projects"]).toContain(request.segments.at(-1));
    }
    return { result, request: undefined };
  }
  expect(server.requestCount).toBe(1);
  const request = server.requests[0] as RecordedRequest;
  expect(request.host).toBe(server.host);
  expect(request.rawPath.startsWith("/v1/organization/")).toBe(true);
  // The organization holds no object with a hostile id: the simulator answers 404, and the CLI
  // exits with the not-found code, passing the API's message on and printing nothing else.
  expect(request.status).toBe(404);
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: Exit.notFound, stdout: "" });
  expect(result.stderr).toMatch(/No such \w+/);
  return { result, request };
}

function expectPath(request: RecordedRequest, method: string, segments: string[]) {
  expect(request.method).toBe(method);
  expect(request.segments).toEqual(segments);
  expect(request.rawQuery).toBe("");
}

// Each run spawns the built binary (~100-200 ms), so these tests get minutes rather than seconds.
describe("CLI: hostile ids, property-based (each run spawns the built binary)", { timeout: 180_000 }, () => {
  const counts = { cases: 0, sent: 0, refusedWithExit2: 0, lookedUpNotFound: 0 };
  afterAll(() => reportCases("cli hostile ids", counts));
  const tally = (request: RecordedRequest | undefined, code: number | null) => {
    counts.cases++;
    if (request) counts.sent++;
    else if (code === Exit.notFound) counts.lookedUpNotFound++;
    else counts.refusedWithExit2++;
  };

  it("users retrieve <id>: 150 runs", async () => {
    await fc.assert(
      fc.asyncProperty(argvId(), fc.boolean(), async (id, flagForm) => {
        const { request, result } = await send([
          "users",
          "retrieve",
          asArg("user-id", id, flagForm),
          "--format",
          "json",
        ]);
        tally(request, result.code);
        if (request) expectPath(request, "GET", ["organization", "users", id]);
      }),
      { numRuns: 150 },
    );
  });

  it("users:roles delete <user-id> <role-id> --yes: 75 runs", async () => {
    await fc.assert(
      // `role_` first: a role id that does not start like one is a role name, looked up (issue 15),
      // and this test is about ids in the path.
      fc.asyncProperty(
        argvId(),
        argvId().map((id) => `role_${id}`),
        async (userId, roleId) => {
          const { request, result } = await send([
            "users:roles",
            "delete",
            `--user-id=${userId}`,
            `--role-id=${roleId}`,
            "--yes",
            "--format",
            "json",
          ]);
          tally(request, result.code);
          if (request) expectPath(request, "DELETE", ["organization", "users", userId, "roles", roleId]);
        },
      ),
      { numRuns: 75 },
    );
  });

  it("users list --after <cursor> --no-paginate: 75 runs", async () => {
    await fc.assert(
      fc.asyncProperty(argvId(), async (after) => {
        forget();
        const result = await runCli(
          [
            "users",
            "list",
            `--after=${after}`,
            "--no-paginate",
            "--format",
            "json",
            "--base-url",
            server.url,
          ],
          { env },
        );
        counts.cases++;
        if (result.code === Exit.usage) {
          counts.refusedWithExit2++;
          expect(server.requestCount).toBe(0);
          return;
        }
        counts.sent++;
        // The simulator refuses unknown cursors with a 400, which is exit 5; the request is what matters.
        expect([Exit.ok, Exit.rejected]).toContain(result.code);
        expect(server.requestCount).toBe(1);
        const request = server.requests[0] as RecordedRequest;
        expect(request.host).toBe(server.host);
        expect(request.segments).toEqual(["organization", "users"]);
        expect(Object.keys(request.query).filter((k) => k !== "limit")).toEqual(["after"]);
        expect(request.query.after).toEqual([after]);
      }),
      { numRuns: 75 },
    );
  });
});

describe("CLI: named hostile ids", () => {
  // "." and ".." cannot be carried by any URL encoding (URL parsing resolves them, "%2e%2e" too):
  // the CLI must refuse them with exit 2; any other id must arrive as one segment.
  it.each(
    // `proj_` first, except for the dot segments that must be refused: a project id that does not
    // start like one is a project name, looked up (issue 15); this test is about ids in the path.
    namedIds
      .filter(([, id]) => !id.includes("\u0000"))
      .map(([title, id]) => [title, isDotSegment(id) ? id : `proj_${id}`] as const),
  )("%s", async (_title, id) => {
    const { request } = await send([
      "projects",
      "retrieve",
      asArg("project-id", id, false),
      "--format",
      "json",
    ]);
    if (request) expectPath(request, "GET", ["organization", "projects", id]);
  });

  it("an empty id is exit 2 with nothing sent", async () => {
    forget();
    const result = await runCli(["users", "retrieve", "", "--base-url", server.url], { env });
    expect(result.code).toBe(Exit.usage);
    expect(server.requestCount).toBe(0);
  });

  it("a role id of `..` on `users:roles delete --yes` does not delete the user", async () => {
    const { request } = await send(["users:roles", "delete", "user_abc", "..", "--yes", "--format", "json"]);
    if (request) expectPath(request, "DELETE", ["organization", "users", "user_abc", "roles", ".."]);
  });

  it("a NUL byte cannot be passed at all (the OS refuses it), so it needs no CLI rule", async () => {
    await expect(runCli(["users", "retrieve", "a\u0000b"], { env })).rejects.toThrow(/null bytes/);
  });
});

describe("CLI: invalid values, property-based", { timeout: 180_000 }, () => {
  const notAnInteger = fc.oneof(
    fc.constantFrom("abc", "1.5", "1e3", "", " ", "0x10", "--", "NaN", "Infinity", "١٢"),
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 6 }).filter((s) => !/^\s*\d+\s*$/.test(s)),
  );
  const invalid: fc.Arbitrary<[string, string[]]> = fc.oneof(
    fc
      .oneof(fc.integer({ max: 0 }), fc.integer({ min: 101, max: 1e9 }))
      .map((n) => ["limit out of 1..100", ["users", "list", `--limit=${n}`]] as [string, string[]]),
    notAnInteger.map(
      (v) => ["limit not an integer", ["users", "list", `--limit=${v}`]] as [string, string[]],
    ),
    fc
      .oneof(fc.integer({ max: 0 }), fc.integer({ min: 101, max: 1e9 }))
      .map((n) => ["page size out of range", ["users", "list", `--page-size=${n}`]] as [string, string[]]),
    fc
      .oneof(fc.integer({ max: -1 }).map(String), notAnInteger)
      .map((v) => ["max-items", ["users", "list", `--max-items=${v}`]] as [string, string[]]),
    fc
      .oneof(fc.integer({ max: -1 }).map(String), notAnInteger)
      .map((v) => ["max-retries", ["users", "list", `--max-retries=${v}`]] as [string, string[]]),
    fc
      .oneof(fc.integer({ max: -1 }).map(String), fc.constantFrom("abc", "", "1x", "-5ms", "soon"))
      .map((v) => ["timeout", ["users", "list", `--timeout=${v}`]] as [string, string[]]),
    fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((f) => !["auto", "table", "json", "jsonl", "yaml", "csv"].includes(f))
      .map((f) => ["format", ["users", "list", `--format=${f}`]] as [string, string[]]),
    fc
      .string({ maxLength: 20 })
      .filter((e) => !e.includes("@"))
      .map((e) => ["email", ["invites", "create", `--email=${e}`, "--role", "reader"]] as [string, string[]]),
    fc
      .string({ maxLength: 10 })
      .filter((r) => r !== "reader" && r !== "owner")
      .map(
        (r) =>
          ["role enum", ["invites", "create", "--email", "a@example.com", `--role=${r}`]] as [
            string,
            string[],
          ],
      ),
    fc.constant(["missing id", ["users", "retrieve"]] as [string, string[]]),
    fc.constant(["extra id", ["users", "retrieve", "a", "b"]] as [string, string[]]),
    fc
      .stringMatching(/^[a-z][a-z-]{2,12}$/)
      .filter(
        (f) =>
          ![
            "format",
            "query",
            "after",
            "emails",
            "limit",
            "debug",
            "mock",
            "header",
            "help",
            "version",
            "timeout",
          ].includes(f),
      )
      .map((f) => ["unknown flag", ["users", "list", `--${f}x`]] as [string, string[]]),
  );

  it("exit 2, a message, and no request: 120 runs", async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(invalid, async ([kind, args]) => {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        forget();
        const result = await runCli([...args, "--base-url", server.url], { env });
        expect({ kind, args, code: result.code }).toEqual({ kind, args, code: Exit.usage });
        expect(result.stderr.trim()).not.toBe("");
        expect(server.requestCount).toBe(0);
      }),
      { numRuns: 120 },
    );
    reportCases("cli invalid values", {
      cases: [...kinds.values()].reduce((a, b) => a + b, 0),
      kinds: kinds.size,
    });
  });

  it.each([
    ["not a URL", "not a url"],
    ["another scheme", "ftp://127.0.0.1/"],
  ])("--base-url %s is exit 2", async (_t, url) => {
    const result = await runCli(["users", "list", "--base-url", url], { env });
    expect(result.code).toBe(Exit.usage);
    expect(result.stderr.trim()).not.toBe("");
  });
});
