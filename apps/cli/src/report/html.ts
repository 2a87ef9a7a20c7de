// `--html FILE`: one self-contained page (inline style and script, no network), readable on screen
// and on paper. Tables sort by a click on their headers; the costs chart is SVG from ./chart.ts.
import { isoTime } from "../input/time.js";
import { type AccessReport, FINDING_KINDS, FINDINGS, type Finding } from "./access.js";
import type { CostsReport } from "./costs.js";
import { COST_GROUPINGS } from "./flags.js";
import { money } from "./text.js";

/** The chart's series colors, largest group first; the ninth is "others". */
export const SERIES_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
];

export interface PageHeader {
  title: string;
  organization: string;
  /** What the report covers, in words. */
  range: string;
  generatedAt: number;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; line-height: 1.4; }
header { border-bottom: 2px solid #1b1f24; margin-bottom: 1.5rem; }
h1 { margin: 0 0 .5rem; font-size: 1.6rem; }
header dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
header dt { font-weight: 600; }
header dd { margin: 0; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .4rem; }
h2 .count { font-weight: normal; color: #57606a; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
th { background: #f6f8fa; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th[aria-sort=ascending] button::after { content: " ▲"; }
th[aria-sort=descending] button::after { content: " ▼"; }
td.date, td.id { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; font-size: .8rem; overflow-wrap: anywhere; }
.none { color: #57606a; font-style: italic; }
.summary td:first-child a { color: inherit; }
.costs { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
.costs figure { margin: 0; flex: 1 1 38rem; }
.costs figure svg { max-width: 100%; height: auto; }
.costs .totals { flex: 1 1 20rem; width: auto; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .4em; border-radius: 2px; vertical-align: -.05em; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
footer { margin-top: 2rem; color: #57606a; font-size: .8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  th button::after { content: "" !important; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  section { break-inside: auto; }
  a { color: inherit; text-decoration: none; }
}
`;

// Sorts a table by the clicked column: numbers by value (data-sort when present), text otherwise.
const SCRIPT = `
for (const table of document.querySelectorAll("table.sortable")) {
  const heads = [...table.tHead.rows[0].cells];
  heads.forEach((th, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const other of heads) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const key = (row) => {
        const cell = row.cells[column];
        return cell.dataset.sort ?? cell.textContent.trim();
      };
      const body = table.tBodies[0];
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        const nx = Number(x), ny = Number(y);
        const order = x !== "" && y !== "" && !Number.isNaN(nx) && !Number.isNaN(ny) ? nx - ny : x.localeCompare(y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}
`;

function page(header: PageHeader, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(header.title)}: ${escapeHtml(header.organization)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(header.title)}</h1>
<dl>
<dt>Organization</dt><dd data-field="organization">${escapeHtml(header.organization)}</dd>
<dt>Time range</dt><dd data-field="range">${escapeHtml(header.range)}</dd>
<dt>Report time</dt><dd data-field="generated-at"><time datetime="${isoTime(header.generatedAt)}">${isoTime(header.generatedAt)}</time></dd>
</dl>
</header>
<main>
${body}
</main>
<footer>Made by openai-admin from the OpenAI Administration API.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const dateCell = (at: number | null) =>
  at === null
    ? `<td class="date" data-sort="0">never</td>`
    : `<td class="date" data-sort="${at}">${isoTime(at).slice(0, 10)}</td>`;

function findingRowHtml(f: Finding): string {
  return `<tr data-id="${escapeHtml(f.id)}"><td class="id"><code>${escapeHtml(f.id)}</code></td><td>${escapeHtml(f.name)}</td><td>${escapeHtml(f.project?.name ?? "")}</td>${dateCell(f.last_used_at)}${dateCell(f.created_at)}<td>${escapeHtml(f.why)}</td><td><code>${escapeHtml(f.fix)}</code></td></tr>`;
}

export function accessHtml(report: AccessReport, header: PageHeader): string {
  const summary = FINDING_KINDS.map((kind) => {
    const n = report.groups.get(kind)?.length ?? 0;
    return `<tr><td><a href="#${kind}">${escapeHtml(FINDINGS[kind])}</a></td><td class="num" data-sort="${n}">${n}</td></tr>`;
  }).join("\n");
  const sections = FINDING_KINDS.map((kind) => {
    const findings = report.groups.get(kind) ?? [];
    const head = `<h2 id="${kind}">${escapeHtml(FINDINGS[kind])} <span class="count">(${findings.length})</span></h2>`;
    if (findings.length === 0)
      return `<section data-finding="${kind}">${head}<p class="none">None.</p></section>`;
    return `<section data-finding="${kind}">${head}
<table class="sortable findings">
<thead><tr><th>ID</th><th>Name</th><th>Project</th><th>Last used</th><th>Created</th><th>Why</th><th>Fix</th></tr></thead>
<tbody>
${findings.map(findingRowHtml).join("\n")}
</tbody>
</table></section>`;
  }).join("\n");
  const { checked } = report;
  return page(
    header,
    `<p>Checked ${checked.users.toLocaleString("en-US")} users, ${checked.projects} projects, ${checked.apiKeys} project API keys, ${checked.serviceAccounts} service accounts and ${checked.invites} invites.</p>
<table class="sortable summary">
<thead><tr><th>Finding</th><th class="num">Count</th></tr></thead>
<tbody>
${summary}
</tbody>
</table>
${sections}`,
  );
}

export function costsHtml(report: CostsReport, header: PageHeader, chartSvg: string): string {
  const label = COST_GROUPINGS[report.by].label;
  const totals = report.groups
    .map(
      (g, i) =>
        `<tr data-id="${escapeHtml(g.id)}"><td><span class="swatch" style="background:${SERIES_COLORS[Math.min(i, SERIES_COLORS.length - 1)]}"></span>${escapeHtml(g.name)}</td><td class="num" data-sort="${g.total}">${money(g.total, report.currency)}</td><td class="num" data-sort="${g.total}">${report.total > 0 ? ((g.total / report.total) * 100).toFixed(1) : "0.0"}%</td></tr>`,
    )
    .join("\n");
  const days = report.days
    .map(
      (d) =>
        `<tr><td>${d.date}</td><td class="num" data-sort="${d.total}">${money(d.total, report.currency)}</td></tr>`,
    )
    .join("\n");
  return page(
    header,
    `<section class="costs">
<figure aria-label="Costs per day, stacked by ${escapeHtml(label)}">
${chartSvg}
</figure>
<table class="sortable totals">
<thead><tr><th>${escapeHtml(label[0]?.toUpperCase() + label.slice(1))}</th><th class="num">Total</th><th class="num">Share</th></tr></thead>
<tbody>
${totals}
</tbody>
<tfoot><tr><th>Total</th><th class="num" data-total="${report.total}">${money(report.total, report.currency)}</th><th class="num">100%</th></tr></tfoot>
</table>
</section>
<h2>Per day</h2>
<table class="sortable days">
<thead><tr><th>Day (UTC)</th><th class="num">Total</th></tr></thead>
<tbody>
${days}
</tbody>
</table>`,
  );
}
