// Profiles: named sets of base URL, label and where the key comes from, kept in
// $XDG_CONFIG_HOME/openai-admin/config.toml (or .yaml), so an admin key can come from a password
// manager (`api_key_command`) rather than from the environment or the shell's history.
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";
import { last, type ParsedArgs } from "./argv.js";
import { didYouMean } from "./suggest.js";
import { UsageError } from "./usage-error.js";

export interface Profile {
  name: string;
  file: string;
  label: string | undefined;
  baseUrl: string | undefined;
  /** The key, from `api_key` or from running `api_key_command`; unset when it was not needed. */
  apiKey: string | undefined;
  /**
   * Chosen with --profile or OPENAI_ADMIN_PROFILE: then it wins over OPENAI_ADMIN_KEY and
   * OPENAI_BASE_URL. The file's `default_profile` gives way to them.
   */
  explicit: boolean;
}

/** What the profile module needs from the terminal: never print the key, say what it does. */
export interface ProfileHost {
  addSecret(secret: string | undefined): void;
  debug?: (message: string) => void;
}

const FILES = ["config.toml", "config.yaml", "config.yml"];
const TOP_KEYS = ["default_profile", "profiles"];
const PROFILE_KEYS = ["label", "base_url", "api_key", "api_key_command"];
/** A password manager may wait for a touch or a passphrase; a hung one should not hang us forever. */
const KEY_COMMAND_TIMEOUT_MS = 120_000;

/** `$XDG_CONFIG_HOME/openai-admin`, else `~/.config/openai-admin` (XDG: a relative value is ignored). */
export function configDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME || homedir(), ".config");
  return join(base, "openai-admin");
}

function findConfigFile(dir: string): string | undefined {
  const found = FILES.map((name) => join(dir, name)).filter((file) => existsSync(file));
  if (found.length > 1) {
    throw new UsageError(`found ${found.join(" and ")}: keep one config file.`, { hint: "" });
  }
  return found[0];
}

async function parseConfigFile(file: string, host: ProfileHost): Promise<unknown> {
  const text = readFileSync(file, "utf8");
  // A parse error may quote the line it stopped at: whatever looks like a key is never printed.
  for (const [key] of text.matchAll(/sk-[\w-]{8,}/g)) host.addSecret(key);
  try {
    if (file.endsWith(".toml")) return (await import("smol-toml")).parse(text);
    return (await import("yaml")).parse(text) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new UsageError(`${file}: not valid ${file.endsWith(".toml") ? "TOML" : "YAML"}: ${message}`, {
      hint: "",
    });
  }
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkKeys(table: Record<string, unknown>, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(table)) {
    if (!allowed.includes(key)) {
      throw new UsageError(
        `${where}: unknown setting "${key}".${didYouMean(key, allowed)} Settings: ${allowed.join(", ")}.`,
        { hint: "" },
      );
    }
  }
}

function stringSetting(table: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value.trim() === "") {
    throw new UsageError(`${where}: ${key} must be a non-empty string.`, { hint: "" });
  }
  return value;
}

/**
 * A file that holds a key must be readable by its owner alone, as ssh demands of private keys:
 * refused otherwise, with the command that fixes it.
 */
function checkPrivate(file: string, profiles: Record<string, unknown>): void {
  if (process.platform === "win32") return;
  const holder = Object.entries(profiles).find(([, p]) => isTable(p) && p.api_key !== undefined)?.[0];
  if (holder === undefined) return;
  const mode = statSync(file).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  throw new UsageError(
    `${file} holds an API key (profile "${holder}") and other users can read it (mode ${mode.toString(8)}).`,
    {
      hint: `Fix it with: chmod 600 ${file}\n(or move the key to api_key_command, e.g. a password manager).`,
    },
  );
}

/**
 * Runs `api_key_command` in a shell; its first line of output is the key. Its stdin is closed (the
 * CLI's own stdin may carry `--data -`); a password manager that asks for a passphrase does so on
 * the terminal itself, as pinentry and `op` do.
 */
async function runKeyCommand(command: string, where: string): Promise<string> {
  // Loaded only for a profile that runs a command: no other command pays for child_process (or
  // for an import of node:util, which on Node 22 and later loads worker_threads).
  const [{ exec }, { promisify }] = await Promise.all([import("node:child_process"), import("node:util")]);
  const running = promisify(exec)(command, { timeout: KEY_COMMAND_TIMEOUT_MS, encoding: "utf8" });
  running.child.stdin?.end();
  try {
    const key = (await running).stdout.split("\n")[0]?.trim() ?? "";
    if (key === "") throw new UsageError(`${where}: api_key_command printed no key.`, { hint: "" });
    return key;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const failed = error as { code?: number; killed?: boolean; stderr?: string };
    const why = failed.killed ? `timed out after ${KEY_COMMAND_TIMEOUT_MS / 1000} s` : `exit ${failed.code}`;
    const said = failed.stderr?.trim().split("\n").at(-1);
    throw new UsageError(`${where}: api_key_command failed (${why})${said ? `: ${said}` : "."}`, {
      hint: "",
    });
  }
}

/**
 * The profile to use, if any: `--profile`, else OPENAI_ADMIN_PROFILE, else the file's
 * `default_profile`. Its key is only fetched when the command will send it.
 */
export async function loadProfile(
  args: ParsedArgs,
  env: NodeJS.ProcessEnv,
  host: ProfileHost,
): Promise<Profile | undefined> {
  const flag = last(args, "profile");
  const fromEnv = env.OPENAI_ADMIN_PROFILE || undefined;
  const chosenBy =
    flag !== undefined ? "--profile" : fromEnv !== undefined ? "OPENAI_ADMIN_PROFILE" : undefined;
  const dir = configDir(env);
  const file = findConfigFile(dir);
  if (file === undefined) {
    if (chosenBy === undefined) return undefined;
    throw new UsageError(
      `${chosenBy} ${flag ?? fromEnv}: no config file (looked for ${FILES.map((f) => join(dir, f)).join(", ")}).`,
      { flag: "--profile", hint: "See 'Profiles' in the openai-admin README for the file's format." },
    );
  }

  const config = await parseConfigFile(file, host);
  if (!isTable(config)) throw new UsageError(`${file}: expected a table of settings.`, { hint: "" });
  checkKeys(config, TOP_KEYS, file);
  const profiles = config.profiles ?? {};
  if (!isTable(profiles)) throw new UsageError(`${file}: profiles must be a table.`, { hint: "" });
  checkPrivate(file, profiles);

  const defaultName = stringSetting(config, "default_profile", file);
  const name = flag ?? fromEnv ?? defaultName;
  if (name === undefined) return undefined;
  const table = profiles[name];
  if (!isTable(table)) {
    const names = Object.keys(profiles);
    const source = chosenBy ?? `default_profile in ${file}`;
    throw new UsageError(
      `${source}: no profile "${name}" in ${file}.${didYouMean(name, names)} Profiles: ${names.join(", ") || "none"}.`,
      { flag: chosenBy === "--profile" ? "--profile" : undefined, hint: "" },
    );
  }

  const where = `${file}, profile "${name}"`;
  checkKeys(table, PROFILE_KEYS, where);
  const baseUrl = stringSetting(table, "base_url", where);
  if (baseUrl !== undefined && !(URL.canParse(baseUrl) && /^https?:$/.test(new URL(baseUrl).protocol))) {
    throw new UsageError(`${where}: base_url must be an http:// or https:// URL, got "${baseUrl}".`, {
      hint: "",
    });
  }
  const literal = stringSetting(table, "api_key", where);
  const command = stringSetting(table, "api_key_command", where);
  if (literal !== undefined && command !== undefined) {
    throw new UsageError(`${where}: give api_key or api_key_command, not both.`, { hint: "" });
  }
  host.addSecret(literal);

  const explicit = chosenBy !== undefined;
  // The key is needed unless a flag gives it, the command sends nothing real, or (for the
  // default profile only) the environment gives it.
  const needKey =
    last(args, "admin-api-key") === undefined &&
    last(args, "mock") !== "true" &&
    last(args, "dry-run") !== "true" &&
    (explicit || !env.OPENAI_ADMIN_KEY);
  let apiKey = literal;
  if (command !== undefined && needKey) {
    apiKey = await runKeyCommand(command, where);
    host.addSecret(apiKey);
  }
  const label = stringSetting(table, "label", where);
  host.debug?.(
    `profile ${name}${label ? ` (${label})` : ""} from ${file}${explicit ? `, chosen by ${chosenBy}` : ", the default"}${
      apiKey === undefined ? "" : `; key from ${command !== undefined ? "api_key_command" : "api_key"}`
    }`,
  );
  return { name, file, label, baseUrl, apiKey, explicit };
}
