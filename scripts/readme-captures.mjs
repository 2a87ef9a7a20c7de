#!/usr/bin/env node
// @ts-check
// `pnpm readme:captures`: runs the README examples against `--mock` (the simulator's seeded
// organization, in a fresh state directory) on a pseudo-terminal, as a person would see them, and
// writes the output between `<!-- capture:NAME -->` and `<!-- /capture -->` markers. The output
// depends on today's date (the organization is seeded relative to it), so CI does not compare it;
// rerun this after a change to what the commands print. Needs the CLI built.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { repoRoot } from "./codegen.mjs";

const cli = join(repoRoot, "apps/cli/dist/openai-admin.js");
const work = mkdtempSync(join(tmpdir(), "readme-captures-"));
// `openai-admin` on PATH, as an installed CLI would be.
writeFileSync(join(work, "openai-admin"), `#!/bin/sh\nexec node ${JSON.stringify(cli)} "$@"\n`);
chmodSync(join(work, "openai-admin"), 0o755);
const env = {
  ...process.env,
  PATH: `${work}:${process.env.PATH}`,
  XDG_STATE_HOME: join(work, "state"),
  NO_COLOR: "1",
  COLUMNS: "110",
};
for (const key of Object.keys(env)) if (key.startsWith("OPENAI_")) delete env[key];

const ORG_EXAMPLE = `$schema: https://unpkg.com/@openai-admin/cli/generated/org.schema.json
invites:
  - email: new.analyst@example.com
    role: reader
projects:
  - name: Internal Tools
    model_permissions:
      mode: allow_list
      model_ids: [gpt-4.1, o3]
  - name: Fraud Detection
    spend_alerts:
      - threshold_amount: 200000
        currency: USD
        interval: month
        notification_channel: { type: email, recipients: [finance@example.com] }
    users:
      - email: grace.liskov@example.com
        role: owner
    service_accounts: [fraud-scoring]
`;

const ESC = "\u001b";
const PROGRESS = new RegExp(`${ESC}\\[2K[^${ESC}\\n]*(?=${ESC}\\[2K)`, "g");

/** Runs a shell command line on a pseudo-terminal (util-linux `script`), as typed at a prompt. */
function terminal(line) {
  const out = execFileSync("script", ["-qec", line, "/dev/null"], { env, encoding: "utf8", cwd: work })
    // Where the state directory is for most people (XDG_STATE_HOME unset).
    .replaceAll(env.XDG_STATE_HOME, "~/.local/state");
  // A progress line erases itself on a terminal (ESC[2K ... ESC[2K, redrawn any number of times
  // before the last erase); on the page it would stay.
  return stripVTControlCharacters(out.replace(PROGRESS, "")).replace(/\r/g, "");
}
/** Runs a command for its JSON, to find the ids the shown commands use. */
function json(line) {
  return JSON.parse(execFileSync("sh", ["-c", `${line} --format json`], { env, encoding: "utf8" }));
}
const session = (lines) =>
  lines
    .map((line) => `$ ${line}\n${terminal(line)}`)
    .join("\n")
    .trimEnd();

/** @type {Record<string, () => string>} */
const captures = {
  // Root README: what one command changes, the next shows.
  "mock-tour": () => {
    const internal = json("openai-admin projects list --mock").find((p) => p.name === "Internal Tools");
    return session([
      "openai-admin users list --mock --max-items 4",
      "openai-admin invites create --email new@example.com --role reader --mock",
      "openai-admin invites ls --mock -q \"[?status=='pending'].email\" -r",
      `openai-admin projects:model-permissions update "${internal.name}" --mode allow_list --model-ids gpt-4.1,o3 --mock`,
      `openai-admin projects:model-permissions get "${internal.name}" --mock`,
      'openai-admin invites create --email not-an-email --role reader --mock; echo "exit $?"',
    ]);
  },
  // apps/cli README: offboarding by email, then the jobs the whole API makes possible.
  "offboard-by-email": () => {
    const user = json("openai-admin users list --mock").find((u) => u.role === "reader" && u.email);
    return session([
      `openai-admin users offboard ${user.email} --mock --dry-run`,
      `openai-admin users offboard ${user.email} --mock --yes`,
      `openai-admin users offboard ${user.email} --mock --yes; echo "exit $?"`,
    ]);
  },
  "bulk-invites": () => {
    const member = json("openai-admin users list --mock --max-items 1")[0];
    const invited = json("openai-admin invites list --mock").find((i) => i.status === "pending");
    const rows = ["ada@example.com", invited.email, member.email, "not-an-email", "barbara@example.com"];
    writeFileSync(join(work, "invites.csv"), `email,role\n${rows.map((e) => `${e},reader`).join("\n")}\n`);
    return session([
      "cat invites.csv",
      'openai-admin invites create --from-file invites.csv --mock; echo "exit $?"',
      'openai-admin invites create --from-file invites.csv --mock --resume --format csv; echo "exit $?"',
    ]);
  },
  "costs-by-project": () =>
    session(["openai-admin costs list --start-time 30d --group-by project_id --mock | head -n 12"]),
  "audit-one-user": () => {
    const owner = json("openai-admin users list --mock --max-items 1")[0];
    return session([
      `openai-admin audit-logs ls --actor-email ${owner.email} --effective-at-gte 90d --mock --max-items 5 --columns effective_at,type,project`,
    ]);
  },
  "revoke-project-key": () => {
    const project = json("openai-admin projects list --mock").find((p) => p.name === "Data Pipeline");
    const key = json(`openai-admin projects:api-keys list ${project.id} --mock`)[0];
    return session([
      `openai-admin projects:api-keys rm "${project.name}" ${key.id} --yes --mock`,
      `openai-admin projects:api-keys ls "${project.name}" --mock --columns id,name,last_used_at`,
    ]);
  },
  // apps/cli README: the two reports, on a terminal.
  "report-access": () => session(["openai-admin report access --mock"]),
  "report-costs": () => session(["openai-admin report costs --since 14d --mock"]),
  // apps/cli README: the organization as code, a document planned then applied.
  "org-plan-apply": () => {
    writeFileSync(join(work, "team.yaml"), ORG_EXAMPLE);
    return session([
      "openai-admin org export --mock | head -n 7",
      "cat team.yaml",
      "openai-admin org plan -f team.yaml --mock",
      "openai-admin org apply -f team.yaml --mock --yes",
      'openai-admin org plan -f team.yaml --mock --detailed-exitcode; echo "exit $?"',
    ]);
  },
};

const files = ["README.md", "apps/cli/README.md"].map((f) => join(repoRoot, f));
const only = process.argv.slice(2);
try {
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const next = text.replace(
      /<!-- capture:([\w-]+) -->\n```console\n[\s\S]*?```\n<!-- \/capture -->/g,
      (block, name) => {
        const capture = captures[name];
        if (!capture) throw new Error(`${file}: no capture named ${name}`);
        if (only.length && !only.includes(name)) return block;
        console.log(`capturing ${name}`);
        return `<!-- capture:${name} -->\n\`\`\`console\n${capture()}\n\`\`\`\n<!-- /capture -->`;
      },
    );
    if (next !== text) writeFileSync(file, next);
  }
  if (!only.length || only.includes("report-screenshot")) {
    // The HTML costs report as a browser shows it (needs Debian's chromium): docs/report-costs.png.
    console.log("capturing report-screenshot");
    execFileSync("node", [join(repoRoot, "apps/cli/scripts/report-screenshot.mjs")], {
      env,
      stdio: "inherit",
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
