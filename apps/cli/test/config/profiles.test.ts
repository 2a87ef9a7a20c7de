// Profiles from $XDG_CONFIG_HOME/openai-admin/config.toml (or .yaml): chosen with --profile or
// OPENAI_ADMIN_PROFILE, keys from api_key_command, files that leak a key refused, and the key
// never printed. Every case is a real process against a server that records what arrived.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { run } from "../helpers/cli.js";
import { recordingServerPerFile } from "../helpers/server.js";

const PROD_KEY = "sk-admin-PROFILE-prod-7c1e9a4b2d";
const STAGING_KEY = "sk-admin-PROFILE-staging-3f8d2c6e1a";
const ENV_KEY = "sk-admin-ENVIRONMENT-9b7a5c3e1f";
const LITERAL_KEY = "sk-admin-LITERAL-4e2c8a6b0d";

const server = recordingServerPerFile((_request, response) => {
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify({ object: "organization.user", id: "user_abc", email: "grace@example.com" }));
});

let homes: string[] = [];
afterEach(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  homes = [];
});

/** A fresh XDG_CONFIG_HOME holding `openai-admin/<name>` with `text`, mode 600 unless told. */
function configHome(name: string, text: string, mode = 0o600): { xdg: string; file: string } {
  const xdg = mkdtempSync(join(tmpdir(), "openai-admin-config-"));
  homes.push(xdg);
  mkdirSync(join(xdg, "openai-admin"));
  const file = join(xdg, "openai-admin", name);
  writeFileSync(file, text);
  chmodSync(file, mode);
  return { xdg, file };
}

const toml = (extra = "") => `${extra}
[profiles.prod]
label = "Acme production"
base_url = "${server.url}/v1"
api_key_command = "printf '%s\\\\nsecond line ignored\\\\n' ${PROD_KEY}"

[profiles.staging]
label = "Acme staging"
base_url = "${server.url}/staging"
api_key_command = "echo ${STAGING_KEY}"
`;

/** Runs the CLI with no key in the environment and `xdg` as XDG_CONFIG_HOME. */
const runIn = (xdg: string, args: string[], env: Record<string, string | undefined> = {}) =>
  run(args, { noKey: true, env: { XDG_CONFIG_HOME: xdg, ...env } });

const leaks = (result: { stdout: string; stderr: string }, ...keys: string[]) =>
  keys.filter((key) => result.stdout.includes(key) || result.stderr.includes(key));

describe("profiles", () => {
  it("--profile picks base URL and key (from api_key_command, first line); --debug names the profile, not the key", async () => {
    const { xdg, file } = configHome("config.toml", toml());
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "staging", "--debug"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: "user_abc" });
    expect(server.requests.map((r) => r.url)).toEqual(["/staging/organization/users/user_abc"]);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${STAGING_KEY}`);
    expect(result.stderr).toContain(`profile staging (Acme staging) from ${file}, chosen by --profile`);
    expect(result.stderr).toContain("[REDACTED]");
    expect(leaks(result, STAGING_KEY, PROD_KEY)).toEqual([]);
  });

  it("takes the first line of the command's output as the key", async () => {
    const { xdg } = configHome("config.toml", toml());
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "prod"]);
    expect(result.code).toBe(0);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${PROD_KEY}`);
  });

  it("OPENAI_ADMIN_PROFILE chooses too, and a chosen profile wins over OPENAI_ADMIN_KEY and OPENAI_BASE_URL", async () => {
    const { xdg } = configHome("config.toml", toml());
    const result = await run(["users", "retrieve", "user_abc"], {
      noKey: true,
      env: {
        XDG_CONFIG_HOME: xdg,
        OPENAI_ADMIN_PROFILE: "prod",
        OPENAI_ADMIN_KEY: ENV_KEY,
        OPENAI_BASE_URL: "http://127.0.0.1:9/nowhere",
      },
    });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/v1/organization/users/user_abc", `Bearer ${PROD_KEY}`],
    ]);
  });

  it("default_profile applies without a choice, gives way to OPENAI_ADMIN_KEY (its command not run), and flags win over it", async () => {
    const marker = join(tmpdir(), `openai-admin-key-command-ran-${process.pid}`);
    rmSync(marker, { force: true });
    const { xdg } = configHome(
      "config.toml",
      `default_profile = "prod"
[profiles.prod]
base_url = "${server.url}/v1"
api_key_command = "touch ${marker}; echo ${PROD_KEY}"
`,
    );
    const withEnvKey = await run(["users", "retrieve", "user_abc"], {
      noKey: true,
      env: { XDG_CONFIG_HOME: xdg, OPENAI_ADMIN_KEY: ENV_KEY },
    });
    expect(withEnvKey.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${ENV_KEY}`);

    const alone = await runIn(xdg, ["users", "retrieve", "user_abc"]);
    expect(alone.code).toBe(0);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker, { force: true });
    expect(server.requests[1]?.headers.authorization).toBe(`Bearer ${PROD_KEY}`);

    const flagKey = await runIn(xdg, ["users", "retrieve", "user_abc", "--admin-api-key", LITERAL_KEY]);
    expect(flagKey.code).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(server.requests[2]?.headers.authorization).toBe(`Bearer ${LITERAL_KEY}`);
  });

  it("reads config.yaml the same way", async () => {
    const { xdg } = configHome(
      "config.yaml",
      `profiles:\n  prod:\n    label: Acme production\n    base_url: ${server.url}/yaml\n    api_key: ${LITERAL_KEY}\n`,
    );
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "prod", "--debug"]);
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/yaml/organization/users/user_abc", `Bearer ${LITERAL_KEY}`],
    ]);
    expect(leaks(result, LITERAL_KEY)).toEqual([]);
  });

  it("without XDG_CONFIG_HOME, reads ~/.config/openai-admin", async () => {
    const home = mkdtempSync(join(tmpdir(), "openai-admin-home-"));
    homes.push(home);
    mkdirSync(join(home, ".config", "openai-admin"), { recursive: true });
    writeFileSync(
      join(home, ".config", "openai-admin", "config.toml"),
      `[profiles.prod]\nbase_url = "${server.url}/home"\napi_key_command = "echo ${PROD_KEY}"\n`,
    );
    const result = await run(["users", "retrieve", "user_abc", "--profile", "prod"], {
      noKey: true,
      env: { HOME: home },
    });
    expect(result.code).toBe(0);
    expect(server.requests.map((r) => r.url)).toEqual(["/home/organization/users/user_abc"]);
  });

  it("the label names the organization when a delete is refused", async () => {
    const { xdg } = configHome("config.toml", toml());
    const result = await runIn(xdg, ["users", "delete", "user_abc", "--profile", "prod"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "refusing to delete user user_abc in Acme production without confirmation",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("--dry-run and --mock never run api_key_command", async () => {
    const marker = join(tmpdir(), `openai-admin-dry-run-${process.pid}`);
    rmSync(marker, { force: true });
    const { xdg } = configHome(
      "config.toml",
      `[profiles.prod]\nbase_url = "${server.url}/v1"\napi_key_command = "touch ${marker}; echo ${PROD_KEY}"\n`,
    );
    const result = await runIn(xdg, ["users", "delete", "user_abc", "--profile", "prod", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${server.url}/v1/organization/users/user_abc`);
    const mocked = await runIn(xdg, ["users", "list", "--max-items", "1", "--profile", "prod", "--mock"]);
    expect(mocked.code, mocked.stderr).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(server.requests).toHaveLength(0);
  });
});

describe("config files that are refused", () => {
  it.each([
    ["readable by others", 0o644],
    ["readable by the group", 0o640],
  ])(
    "a file holding a key and %s: exit 2, the chmod to fix it, nothing sent, the key not printed",
    async (_title, mode) => {
      const { xdg, file } = configHome(
        "config.toml",
        `[profiles.prod]\nbase_url = "${server.url}/v1"\napi_key = "${LITERAL_KEY}"\n`,
        mode,
      );
      const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "prod"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `${file} holds an API key (profile "prod") and other users can read it`,
      );
      expect(result.stderr).toContain(`chmod 600 ${file}`);
      expect(server.requests).toHaveLength(0);
      expect(leaks(result, LITERAL_KEY)).toEqual([]);
    },
  );

  it("a readable file with api_key_command only (no key in it) is fine", async () => {
    const { xdg } = configHome("config.toml", toml(), 0o644);
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "prod"]);
    expect(result.code).toBe(0);
  });

  it.each<[string, { file: string; args: string[]; want: string; also: string; name?: string }]>([
    [
      "an unknown profile, with a suggestion",
      { file: toml(), args: ["--profile", "prdo"], want: 'no profile "prdo"', also: 'Did you mean "prod"?' },
    ],
    [
      "a misspelt setting",
      {
        file: `[profiles.prod]\napi-key-command = "echo x"\n`,
        args: ["--profile", "prod"],
        want: 'unknown setting "api-key-command"',
        also: 'Did you mean "api_key_command"?',
      },
    ],
    [
      "a failing api_key_command, with what it said",
      {
        file: `[profiles.prod]\napi_key_command = "echo vault is locked >&2; exit 3"\n`,
        args: ["--profile", "prod"],
        want: "api_key_command failed (exit 3): vault is locked",
        also: 'profile "prod"',
      },
    ],
    [
      "an api_key_command that prints nothing",
      {
        file: `[profiles.prod]\napi_key_command = "true"\n`,
        args: ["--profile", "prod"],
        want: "api_key_command printed no key",
        also: "config.toml",
      },
    ],
    [
      "invalid TOML",
      { file: `[profiles.prod\n`, args: ["--profile", "prod"], want: "not valid TOML", also: "config.toml" },
    ],
    [
      "invalid TOML on the line of a key (the key not quoted back)",
      {
        file: `[profiles.prod]\napi_key = "${LITERAL_KEY}\n`,
        args: ["--profile", "prod"],
        want: "not valid TOML",
        also: "config.toml",
      },
    ],
    [
      "invalid YAML on the line of a key",
      {
        file: `profiles:\n  prod:\n    api_key: "${LITERAL_KEY}\n  - [`,
        args: ["--profile", "prod"],
        want: "not valid YAML",
        also: "config.yaml",
        name: "config.yaml",
      },
    ],
    [
      "a base_url that is not http(s)",
      {
        file: `[profiles.prod]\nbase_url = "ftp://example.com"\napi_key_command = "echo ${PROD_KEY}"\n`,
        args: ["--profile", "prod"],
        want: "base_url must be an http:// or https:// URL",
        also: "ftp://example.com",
      },
    ],
  ])("%s: exit 2, nothing sent", async (_title, { file, args, want, also, name }) => {
    const { xdg } = configHome(name ?? "config.toml", file);
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(want);
    expect(result.stderr).toContain(also);
    expect(result.stderr).not.toContain("    at ");
    expect(leaks(result, LITERAL_KEY)).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it("--profile with no config file names where it looked", async () => {
    const xdg = mkdtempSync(join(tmpdir(), "openai-admin-empty-"));
    homes.push(xdg);
    const result = await run(["users", "retrieve", "user_abc", "--profile", "prod"], {
      env: { XDG_CONFIG_HOME: xdg },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `--profile prod: no config file (looked for ${join(xdg, "openai-admin", "config.toml")}`,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("keys that cannot call admin endpoints", () => {
  const base = () => ["users", "retrieve", "user_abc", "--base-url", server.url];

  it("no admin key but OPENAI_API_KEY set: says admin endpoints need an admin key, never prints the key", async () => {
    const projectKey = "sk-proj-PROJECTKEY-0a1b2c3d4e5f";
    const result = await run(base(), { noKey: true, env: { OPENAI_API_KEY: projectKey } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "OPENAI_API_KEY is set, but admin endpoints need an admin key (sk-admin-…)",
    );
    expect(result.stderr).toContain("--mock");
    expect(leaks(result, projectKey)).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it("an admin key in OPENAI_API_KEY: says to export it as OPENAI_ADMIN_KEY", async () => {
    const result = await run(base(), { noKey: true, env: { OPENAI_API_KEY: ENV_KEY } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export OPENAI_ADMIN_KEY="$OPENAI_API_KEY"');
    expect(leaks(result, ENV_KEY)).toEqual([]);
  });

  it.each([
    ["OPENAI_ADMIN_KEY", [], { OPENAI_ADMIN_KEY: "sk-proj-PROJECTKEY-5f4e3d2c1b0a" }, "project"],
    ["--admin-api-key", ["--admin-api-key", "sk-proj-PROJECTKEY-5f4e3d2c1b0a"], {}, "project"],
    ["OPENAI_ADMIN_KEY", [], { OPENAI_ADMIN_KEY: "sk-svcacct-SERVICEKEY-5f4e3d2c1b" }, "service account"],
  ])(
    "a non-admin key from %s is refused before sending (exit 2), naming where it came from",
    async (source, args, env, kind) => {
      const result = await run([...base(), ...args], { noKey: true, env });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`the key from ${source} is a ${kind} key`);
      expect(result.stderr).toContain("admin endpoints need an admin key (sk-admin-…)");
      expect(result.stderr).not.toContain("PROJECTKEY");
      expect(result.stderr).not.toContain("SERVICEKEY");
      expect(server.requests).toHaveLength(0);
    },
  );

  it("a project key from a profile's command is refused the same way", async () => {
    const { xdg } = configHome(
      "config.toml",
      `[profiles.p]\nbase_url = "${server.url}"\napi_key_command = "echo sk-proj-PROJECTKEY-from-command-1"\n`,
    );
    const result = await runIn(xdg, ["users", "retrieve", "user_abc", "--profile", "p", "--debug"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the key from profile "p" is a project key');
    expect(result.stderr).not.toContain("PROJECTKEY");
    expect(server.requests).toHaveLength(0);
  });
});
