// `report costs`: what the organization spent per day, split by project, line item or API key,
// from the costs buckets, with names for the ids (projects and keys are listed once for that).
import type { AdminClient } from "@openai-admin/client";
import { isoTime } from "../input/time.js";
import { COST_GROUPINGS, type CostGrouping } from "./flags.js";
import { listAll, operation } from "./operations.js";

const DAY = 86_400;

export interface CostGroup {
  /** The group's id (a project or key id, or the line item itself); "" for costs not attributed. */
  id: string;
  name: string;
  total: number;
}

export interface CostDay {
  /** `2026-11-01` (UTC). */
  date: string;
  start_time: number;
  total: number;
  /** Amount per group id, only groups with costs that day. */
  groups: Record<string, number>;
}

export interface CostsReport {
  by: CostGrouping;
  start_time: number;
  end_time: number;
  currency: string;
  total: number;
  /** Largest first. */
  groups: CostGroup[];
  days: CostDay[];
}

export interface CostsOptions {
  by: CostGrouping;
  since: number;
  now: number;
  signal?: AbortSignal;
  progress?: (days: number) => void;
}

/** Money is summed in millionths of a unit, so adding many small amounts does not drift. */
const MICRO = 1_000_000;
const fromMicro = (micro: number) => Math.round(micro / 10_000) / 100;

export async function costsReport(client: AdminClient, options: CostsOptions): Promise<CostsReport> {
  const { by, now, signal } = options;
  const start = Math.floor(options.since / DAY) * DAY;
  const field = COST_GROUPINGS[by].field;
  const query = { start_time: start, end_time: now, bucket_width: "1d", group_by: [field], limit: 31 };
  const byGroup = new Map<string, number>();
  const days: CostDay[] = [];
  let currency = "usd";
  for await (const bucket of listAll(client, operation("costs", "list"), {}, query, signal)) {
    const at = Number(bucket.start_time);
    const groups = new Map<string, number>();
    for (const result of (bucket.results as Record<string, unknown>[] | undefined) ?? []) {
      const amount = result.amount as { value?: number; currency?: string } | undefined;
      const micro = Math.round((amount?.value ?? 0) * MICRO);
      if (amount?.currency) currency = amount.currency;
      const id = result[field] === null || result[field] === undefined ? "" : String(result[field]);
      groups.set(id, (groups.get(id) ?? 0) + micro);
      byGroup.set(id, (byGroup.get(id) ?? 0) + micro);
    }
    let total = 0;
    for (const micro of groups.values()) total += micro;
    days.push({
      date: isoTime(at).slice(0, 10),
      start_time: at,
      total: fromMicro(total),
      groups: Object.fromEntries([...groups].map(([id, micro]) => [id, fromMicro(micro)])),
    });
    options.progress?.(days.length);
  }
  const names = await groupNames(client, by, signal);
  const groups = [...byGroup]
    .map(([id, micro]) => ({ id, name: id === "" ? "(not attributed)" : (names.get(id) ?? id), micro }))
    .sort((a, b) => b.micro - a.micro || a.id.localeCompare(b.id));
  const totalMicro = groups.reduce((sum, g) => sum + g.micro, 0);
  return {
    by,
    start_time: start,
    end_time: now,
    currency: currency.toUpperCase(),
    total: fromMicro(totalMicro),
    groups: groups.map(({ id, name, micro }) => ({ id, name, total: fromMicro(micro) })),
    days,
  };
}

/** Names for project and API key ids; line items name themselves. */
async function groupNames(
  client: AdminClient,
  by: CostGrouping,
  signal: AbortSignal | undefined,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (by === "line_item") return names;
  const projects = operation("projects", "list");
  const query = { limit: 100, include_archived: true };
  for await (const project of listAll(client, projects, {}, query, signal)) {
    names.set(String(project.id), String(project.name));
    if (by !== "api_key") continue;
    const path = { project_id: project.id };
    for await (const key of listAll(
      client,
      operation("projects:api-keys", "list"),
      path,
      { limit: 100 },
      signal,
    ))
      names.set(String(key.id), `${String(key.name)} (${String(project.name)})`);
  }
  return names;
}
