import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type APIError,
  AuthenticationError,
  createAdminClient,
  OpenAIAdminError,
  unwrap,
} from "../src/index.js";
import {
  CANARY_KEY,
  clientFor,
  closeServers,
  envelope,
  type Handler,
  replies,
  startServer,
  userList,
} from "./helpers/server.js";

afterEach(async () => {
  vi.unstubAllEnvs();
  await closeServers();
});

/** A careless server: puts the bearer token it got into its error message. */
const echoKey =
  (status: number): Handler =>
  (req, res) => {
    const key = String(req.headers.authorization).replace("Bearer ", "");
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_${key}` });
    res.end(
      JSON.stringify(
        envelope(
          `Incorrect API key provided: ${key}. Masked: sk-admin-****cdef`,
          "invalid_request_error",
          "invalid_api_key",
        ),
      ),
    );
  };

function everythingShown(error: unknown, lines: unknown[] = []): string {
  const e = error as Error;
  return [
    e.message,
    String(e),
    e.stack,
    JSON.stringify(e),
    JSON.stringify((e as APIError).error),
    JSON.stringify(lines),
  ].join("\n");
}

function recordingLogger() {
  const lines: unknown[][] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push([level, ...args]);
  return {
    lines,
    logger: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
  };
}

describe("the admin key never leaks", () => {
  it("is scrubbed from errors when a server echoes it", async () => {
    const server = await startServer(echoKey(401));
    const { lines, logger } = recordingLogger();
    const { client } = clientFor(server, { logger });
    const error = await unwrap(client.GET("/organization/users")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
    expect(lines.length).toBeGreaterThan(0);
    const shown = everythingShown(error, lines);
    expect(shown).toContain("Incorrect API key provided: [REDACTED]");
    expect(shown).not.toContain(CANARY_KEY);
    expect(shown).not.toContain("****cdef");
  });

  it("is scrubbed from the { error } of a call that was not unwrapped", async () => {
    const server = await startServer(echoKey(400));
    const { client } = clientFor(server);
    const { error } = await client.GET("/organization/users");
    expect(JSON.stringify(error)).not.toContain(CANARY_KEY);
    expect(error?.error.code).toBe("invalid_api_key");
  });

  it("is scrubbed from log lines of retries", async () => {
    const server = await startServer(echoKey(503));
    const { lines, logger } = recordingLogger();
    const { client } = clientFor(server, { logger });
    await client.GET("/organization/users", { params: { query: { after: CANARY_KEY } } });
    expect(lines.filter(([level]) => level === "warn")).toHaveLength(2);
    expect(lines.filter(([level]) => level === "debug")).toHaveLength(3);
    expect(JSON.stringify(lines)).not.toContain(CANARY_KEY);
  });

  it("is scrubbed from connection errors whose URL carries it", async () => {
    const server = await startServer((_req, res) => {
      res.socket?.destroy();
    });
    const { lines, logger } = recordingLogger();
    const { client } = clientFor(server, { logger });
    const error = await client
      .GET("/organization/users", { params: { query: { after: CANARY_KEY } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAIAdminError);
    expect((error as Error).message).toContain("after=[REDACTED]");
    expect(everythingShown(error, lines)).not.toContain(CANARY_KEY);
  });
});

describe("the admin key is required", () => {
  it("throws at construction, naming both ways to give it, and sends nothing", async () => {
    vi.stubEnv("OPENAI_ADMIN_KEY", undefined);
    const server = await startServer(replies({ status: 200, body: userList }));
    for (const adminApiKey of [undefined, ""]) {
      expect(() => createAdminClient({ adminApiKey, baseUrl: server.url })).toThrow(OpenAIAdminError);
      expect(() => createAdminClient({ adminApiKey, baseUrl: server.url })).toThrow(
        /OPENAI_ADMIN_KEY.*adminApiKey/,
      );
    }
    expect(server.requests).toHaveLength(0);
  });

  it("is read from OPENAI_ADMIN_KEY, and the base URL from OPENAI_BASE_URL", async () => {
    const server = await startServer(replies({ status: 200, body: userList }));
    vi.stubEnv("OPENAI_ADMIN_KEY", "sk-admin-from-env");
    vi.stubEnv("OPENAI_BASE_URL", server.url);
    const users = await unwrap(createAdminClient().GET("/organization/users"));
    expect(users.data).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer sk-admin-from-env");
  });

  it("falls back to the OpenAI API when no base URL is given", async () => {
    vi.stubEnv("OPENAI_BASE_URL", undefined);
    const seen: string[] = [];
    const client = createAdminClient({
      adminApiKey: CANARY_KEY,
      maxRetries: 0,
      fetch: async (input) => {
        seen.push((input as Request).url);
        return Response.json(userList);
      },
    });
    await client.GET("/organization/users");
    expect(seen).toEqual(["https://api.openai.com/v1/organization/users"]);
  });
});
