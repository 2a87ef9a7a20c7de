import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { MOCK_TEST_TIMEOUT_MS, type Mock, startMock } from "@openai-admin/mock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const auth = { Authorization: "Bearer sk-admin-mock" };
const started: Mock[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((m) => m.stop()));
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, ms = 10_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isRunning(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isRunning(pid);
}

// A port nothing listens on now (the kernel picks it, then it is released).
async function unusedPort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  return typeof address === "object" && address ? address.port : 0;
}

// Tests of what a running mock serves share one; tests of starting and stopping start their own
// (each start costs seconds of CPU, which a loaded CI machine does not have to spare).
describe("a running mock", () => {
  let shared: Mock;
  beforeAll(async () => {
    shared = await startMock();
  });
  afterAll(() => shared?.stop());

  it("serves the spec's examples on 127.0.0.1 once it resolves", async () => {
    const mock = shared;
    expect(new URL(mock.url).hostname).toBe("127.0.0.1");
    const res = await fetch(`${mock.url}/organization/users`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string; data: { object: string }[] };
    expect(body.object).toBe("list");
    expect(body.data[0]?.object).toBe("organization.user");
  });

  it("answers with the documented error for Prefer: code=404", async () => {
    const mock = shared;
    const res = await fetch(`${mock.url}/organization/users/user_abc`, {
      headers: { ...auth, Prefer: "code=404" },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { message: string; type: string } };
    expect(typeof body.error.message).toBe("string");
    expect(typeof body.error.type).toBe("string");
  });
});

describe("startMock", { timeout: MOCK_TEST_TIMEOUT_MS }, () => {
  it("generates bodies from the schemas in dynamic mode", async () => {
    const mock = await startMock({ dynamic: true });
    started.push(mock);
    const res = await fetch(`${mock.url}/organization/projects/proj_abc`, { headers: auth });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { object: string };
    expect(body.object).toBe("organization.project");
  });

  it("uses the port it is given", async () => {
    const port = await unusedPort();
    const mock = await startMock({ port });
    started.push(mock);
    expect(mock.url).toBe(`http://127.0.0.1:${port}`);
  });

  it("leaves no process behind after stop()", async () => {
    const mock = await startMock();
    expect(isRunning(mock.pid)).toBe(true);
    await mock.stop();
    expect(isRunning(mock.pid)).toBe(false);
    await expect(fetch(`${mock.url}/organization/users`, { headers: auth })).rejects.toThrow();
    await mock.stop(); // a second stop is harmless
  });

  it("stops Prism when the parent process is killed with SIGKILL", async () => {
    const script = fileURLToPath(new URL("./fixtures/start-and-hang.mjs", import.meta.url));
    const parent = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "inherit"] });
    const [line] = (await once(parent.stdout, "data")) as [Buffer];
    const { pid, url } = JSON.parse(line.toString()) as { pid: number; url: string };
    expect(isRunning(pid)).toBe(true);
    expect((await fetch(`${url}/organization/users`, { headers: auth })).status).toBe(200);
    parent.kill("SIGKILL");
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it("stops Prism when the parent process exits normally without calling stop()", async () => {
    const script = fileURLToPath(new URL("./fixtures/start-and-exit.mjs", import.meta.url));
    const parent = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "inherit"] });
    const [line] = (await once(parent.stdout, "data")) as [Buffer];
    const { pid } = JSON.parse(line.toString()) as { pid: number };
    await once(parent, "exit");
    expect(await waitUntilGone(pid)).toBe(true);
  });

  it("fails with Prism's output when the spec cannot be served", async () => {
    await expect(startMock({ spec: "/nonexistent/openapi.yaml", startTimeout: 15_000 })).rejects.toThrow(
      /Prism exited before it answered/,
    );
  });

  it("says what it waited for, and for how long, when Prism does not answer in time", async () => {
    const error = await startMock({ startTimeout: 1 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/^Prism did not answer on http:\/\/127\.0\.0\.1:\d+ within 0\.001 s/);
    expect(message).toMatch(
      /waited for any HTTP response to GET http:\/\/127\.0\.0\.1:\d+\/__openai_admin_ready/,
    );
    expect(message).toMatch(/\(\d+ attempts?, last: ECONNREFUSED\)/);
    expect(message).toMatch(/Prism printed nothing\.|Prism's last output:\n/);
  });
});
