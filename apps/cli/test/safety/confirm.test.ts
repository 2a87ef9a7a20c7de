// delete and archive: refused without --yes when there is no terminal; asked on a terminal.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { confirm } from "../../src/cli/confirm.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";
import { hasScript, onTty } from "../helpers/tty.js";

const server = recordingServerPerFile();

describe("without a terminal", () => {
  it.each([
    ["users delete", ["users", "delete", "user_abc"], "delete user user_abc"],
    [
      "users:roles delete",
      ["users:roles", "delete", "user_abc", "role_x"],
      "delete role role_x of user user_abc",
    ],
    ["projects archive", ["projects", "archive", "proj_abc"], "archive project proj_abc"],
  ])("%s refuses without --yes and sends nothing", async (_, args, what) => {
    const result = await run([...args, "--base-url", server.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(what);
    expect(result.stderr).toContain("--yes");
    expect(server.requests).toHaveLength(0);
  });

  it("sends the request with --yes", async () => {
    const result = await run(["users", "delete", "user_abc", "--yes", "--base-url", server.url]);
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "DELETE /organization/users/user_abc",
    ]);
  });
});

function answer(text: string | null, interactive = true) {
  const input = new PassThrough();
  const output = new PassThrough();
  let prompt = "";
  output.on("data", (chunk: Buffer) => {
    prompt += chunk.toString();
  });
  if (text === null) input.end();
  else input.end(text);
  const decision = confirm({ action: "delete user user_abc", yes: false, interactive, input, output });
  return { decision, prompt: () => prompt };
}

describe("the prompt", () => {
  it.each([
    ["y", "proceed"],
    ["yes", "proceed"],
    ["Y", "proceed"],
    ["n", "declined"],
    ["", "declined"],
    ["maybe", "declined"],
  ])("answer %j -> %s", async (reply, want) => {
    const { decision, prompt } = answer(`${reply}\n`);
    expect(await decision).toBe(want);
    expect(prompt()).toBe("Delete user user_abc? [y/N] ");
  });

  it("treats a closed input as no", async () => {
    expect(await answer(null).decision).toBe("declined");
  });

  it("treats Ctrl-C as no", async () => {
    const controller = new AbortController();
    const input = new PassThrough();
    const pending = confirm({
      action: "delete x",
      yes: false,
      interactive: true,
      input,
      output: new PassThrough(),
      signal: controller.signal,
    });
    controller.abort();
    expect(await pending).toBe("declined");
  });

  it("refuses with a UsageError when it cannot ask", async () => {
    await expect(answer("y\n", false).decision).rejects.toBeInstanceOf(UsageError);
  });

  it("does not ask with --yes", async () => {
    const decision = await confirm({
      action: "delete x",
      yes: true,
      interactive: false,
      input: new PassThrough(),
      output: new PassThrough(),
    });
    expect(decision).toBe("proceed");
  });
});

// A real terminal through util-linux `script`, when it is there.
describe.skipIf(!hasScript)("on a terminal (script(1))", () => {
  const onTtyHere = (args: string[], reply: string) => onTty([...args, "--base-url", server.url], reply);

  it("asks, and deletes on y", async () => {
    const { code, out } = await onTtyHere(["users", "delete", "user_abc"], "y\n");
    expect(out).toContain("Delete user user_abc? [y/N]");
    expect(code).toBe(0);
    // The GET names the object in the prompt (issue 15); only then the DELETE.
    expect(server.requests.map((r) => r.method)).toEqual(["GET", "DELETE"]);
  });

  it("asks, and sends nothing on n", async () => {
    const { code, out } = await onTtyHere(["projects", "archive", "proj_abc"], "n\n");
    expect(out).toContain("Archive project proj_abc? [y/N]");
    expect(code).toBe(130);
    // Nothing but the GET that names the project in the prompt.
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /organization/projects/proj_abc",
    ]);
  });
});
