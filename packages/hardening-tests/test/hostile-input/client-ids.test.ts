// Client parameters cannot move a request: whatever an id holds, it arrives as exactly one path
// segment (or one query value) that decodes back to itself, on the base URL's host.
import { createAdminClient } from "@openai-admin/client";
import { type RecordedRequest, type RunningSimulator, startSimulator } from "@openai-admin/simulator";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportCases } from "../helpers/cases.js";
import { ORG } from "../helpers/live-examples.js";
import { hasLoneSurrogate, hostileId, isDotSegment, namedIds } from "./ids.js";

const RUNS = 300;
let server: RunningSimulator;
let client: ReturnType<typeof createAdminClient>;
beforeAll(async () => {
  // Under a base path, so a traversal that climbs out of /v1 would show too.
  server = await startSimulator({ ...ORG, basePath: "/v1" });
  client = createAdminClient({ adminApiKey: "sk-admin-hostile", baseUrl: server.url, maxRetries: 0 });
});
afterAll(() => server.close());
/** Forgets what was sent so far; the organization is only read (no hostile id names anything). */
const forget = () => server.simulator.resetRequests();
beforeEach(forget);

/** The one request the server got, checked to be on the right host under the base path. */
function onlyRequest(): RecordedRequest {
  expect(server.requestCount).toBe(1);
  const request = server.requests[0] as RecordedRequest;
  expect(request.host).toBe(server.host);
  expect(request.rawPath.startsWith("/v1/organization/")).toBe(true);
  return request;
}

function expectSegments(request: RecordedRequest, want: string[]) {
  expect(request.segments).toEqual(want);
  expect(request.rawQuery).toBe("");
  expect(request.target.includes("?")).toBe(false);
}

/** Sends with `send`; an id no URL can carry may be refused, but then nothing may have been sent. */
async function sendOrRefuse(id: string, send: () => Promise<unknown>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (!hasLoneSurrogate(id)) throw error;
    expect(server.requestCount).toBe(0);
    return false;
  }
}

// "." and ".." are left out of the generated ids: URL parsing resolves them as dot segments, which
// the named tests below pin down case by case (they fail until the client refuses or escapes them).
const segmentId = () => hostileId().filter((id) => !isDotSegment(id));

describe("client: hostile ids, property-based", () => {
  const counts = { cases: 0, requests: 0, refused: 0 };

  afterAll(() => reportCases("client hostile ids", counts));

  it(`one path parameter (GET /organization/users/{user_id}), ${RUNS} runs`, async () => {
    await fc.assert(
      fc.asyncProperty(segmentId(), async (id) => {
        forget();
        counts.cases++;
        const sent = await sendOrRefuse(id, () =>
          client.GET("/organization/users/{user_id}", { params: { path: { user_id: id } } }),
        );
        if (!sent) return void counts.refused++;
        counts.requests++;
        expectSegments(onlyRequest(), ["organization", "users", id]);
      }),
      { numRuns: RUNS, examples: namedIds.filter(([, id]) => !isDotSegment(id)).map(([, id]) => [id]) },
    );
  });

  it(`two path parameters (DELETE /organization/users/{user_id}/roles/{role_id}), ${RUNS} runs`, async () => {
    await fc.assert(
      fc.asyncProperty(segmentId(), segmentId(), async (userId, roleId) => {
        forget();
        counts.cases++;
        const sent = await sendOrRefuse(userId + roleId, () =>
          client.DELETE("/organization/users/{user_id}/roles/{role_id}", {
            params: { path: { user_id: userId, role_id: roleId } },
          }),
        );
        if (!sent) return void counts.refused++;
        counts.requests++;
        const request = onlyRequest();
        expect(request.method).toBe("DELETE");
        expectSegments(request, ["organization", "users", userId, "roles", roleId]);
      }),
      { numRuns: RUNS },
    );
  });

  it(`a query value (GET /organization/users?after=...), ${RUNS} runs`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileId(), async (after) => {
        forget();
        counts.cases++;
        const sent = await sendOrRefuse(after, () =>
          client.GET("/organization/users", { params: { query: { after, limit: 5 } } }),
        );
        if (!sent) return void counts.refused++;
        counts.requests++;
        const request = onlyRequest();
        expect(request.segments).toEqual(["organization", "users"]);
        expect(request.query).toEqual({ after: [after], limit: ["5"] });
      }),
      { numRuns: RUNS, examples: namedIds.map(([, id]) => [id]) },
    );
  });
});

describe("client: named hostile ids", () => {
  // URL parsing resolves "." and ".." (and "%2e%2e") as dot segments, so no encoding can carry
  // them: for those ids the only safe answer is to refuse them before anything is sent.
  async function sendOrRefuseDots(id: string, send: () => Promise<unknown>): Promise<boolean> {
    try {
      await send();
      return true;
    } catch (error) {
      if (!isDotSegment(id)) throw error;
      expect(server.requestCount).toBe(0);
      return false;
    }
  }

  it.each(namedIds)("%s stays one path segment (or is refused, with nothing sent)", async (_title, id) => {
    const sent = await sendOrRefuseDots(id, () =>
      client.GET("/organization/projects/{project_id}", { params: { path: { project_id: id } } }),
    );
    if (sent) expectSegments(onlyRequest(), ["organization", "projects", id]);
  });

  it("a role id of `..` does not turn 'remove a role from a user' into 'delete the user'", async () => {
    const sent = await sendOrRefuseDots("..", () =>
      client.DELETE("/organization/users/{user_id}/roles/{role_id}", {
        params: { path: { user_id: "user_abc", role_id: ".." } },
      }),
    );
    if (!sent) return;
    const request = onlyRequest();
    expect(request.method).toBe("DELETE");
    expectSegments(request, ["organization", "users", "user_abc", "roles", ".."]);
  });

  it("an empty id is refused (or at least does not turn `retrieve` into `list`)", async () => {
    let thrown: unknown;
    try {
      await client.GET("/organization/users/{user_id}", { params: { path: { user_id: "" } } });
    } catch (e) {
      thrown = e;
    }
    if (thrown) expect(server.requestCount).toBe(0);
    else expect(onlyRequest().segments).toEqual(["organization", "users", ""]);
  });
});
