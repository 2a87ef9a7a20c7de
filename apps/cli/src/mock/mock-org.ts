// `--mock`: the CLI talks to @openai-admin/simulator in process (no server, no child process), a
// fake organization that remembers what was done to it between commands. Its state lives in the
// user's state directory, so `invites create --mock` then `invites list --mock` shows the invite.
import { rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

/** What the client is told the API's address is; the simulator answers before any network. */
export const MOCK_BASE_URL = "https://mock.openai-admin.invalid/v1";

/** `$XDG_STATE_HOME/openai-admin/mock.json`, else `~/.local/state/openai-admin/mock.json`. */
export function mockStatePath(env: Record<string, string | undefined>): string {
  const base = env.XDG_STATE_HOME || join(env.HOME || homedir(), ".local", "state");
  return join(base, "openai-admin", "mock.json");
}

/**
 * A fetch that answers from the mock organization. The simulator is loaded (or seeded) on the first
 * request, so a command that sends nothing (a dry run with ids, not names) starts nothing.
 */
export function mockFetch(env: Record<string, string | undefined>): typeof fetch {
  let simulator: Promise<typeof fetch> | undefined;
  return async (input, init) => {
    simulator ??= import("@openai-admin/simulator").then(
      ({ createSimulator }) =>
        createSimulator({ state: mockStatePath(env), basePath: "/v1", recordRequests: false }).fetch,
    );
    return (await simulator)(input, init);
  };
}

/** `openai-admin mock reset`: the next --mock command starts again from the seeded organization. */
export function resetMock(env: Record<string, string | undefined>): string {
  const file = mockStatePath(env);
  rmSync(file, { force: true });
  return file;
}
