// @ts-check
// docs/report-costs.png, the README's picture of `report costs --html`: the page made against
// --mock, opened in headless Chromium (Debian's chromium, through playwright-core). Run by
// `pnpm readme:captures`; needs the CLI built.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(fileURLToPath(import.meta.url), "../../../..");
const work = mkdtempSync(join(tmpdir(), "report-screenshot-"));
try {
  const html = join(work, "costs.html");
  const cli = join(root, "apps/cli/dist/openai-admin.js");
  const env = { ...process.env, XDG_STATE_HOME: join(work, "state") };
  execFileSync("node", [cli, "report", "costs", "--mock", "--since", "30d", "--html", html, "-o", "json"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const executablePath =
    process.env.CHROMIUM_PATH ??
    execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 620 } });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: join(root, "docs/report-costs.png") });
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
