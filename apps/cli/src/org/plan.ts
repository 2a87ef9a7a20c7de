// `org plan`: the document against the live organization, matched by natural keys (emails and
// names), as a list of changes that apply can run. Stateless: nothing is remembered between runs,
// so a plan after a partial apply lists only what is left.
//
// Rules:
// - a section the document leaves out is left alone (even with --prune);
// - objects of a section that the document does not list are removed only with --prune;
// - removals the document asks for (spend_limit: null, status: archived) are held back without
//   --prune, and listed as such;
// - no plan leaves the organization without an owner.
import { type Plan, PlanBuilder } from "./changes.js";
import { emailKey, type OrgDocument } from "./document.js";
import type { LiveOrg } from "./live.js";
import {
  planGroups,
  planOrganizationSettings,
  planPeople,
  planRoles,
  type Section,
} from "./plan-organization.js";
import { planProjects } from "./plan-projects.js";

export { type Change, contextIds, type Plan, type RunContext } from "./changes.js";

export class OwnerGuardError extends Error {}

export function planChanges(doc: OrgDocument, live: LiveOrg, options: { prune: boolean }): Plan {
  const section: Section = {
    b: new PlanBuilder(options.prune),
    doc,
    live,
    liveUsers: new Map(live.users.map((u) => [emailKey(u.email), u])),
    liveInvites: new Map(live.invites.map((i) => [emailKey(i.email), i])),
    invitedNow: new Set(),
  };
  // People first: groups and projects need to know whom this plan invites.
  planPeople(section);
  planRoles(section);
  planGroups(section);
  planProjects(section);
  planOrganizationSettings(section);
  const { plan } = section.b;
  guardOwners(live, plan);
  plan.changes.sort((a, b) => a.phase - b.phase);
  return plan;
}

/** Refuses a plan that would leave no owner: removals and demotions of owners, against promotions. */
function guardOwners(live: LiveOrg, plan: Plan): void {
  const owners = live.users.filter((u) => u.role === "owner");
  if (owners.length === 0) return;
  const users = plan.changes.filter((c) => c.kind === "user");
  const toRole = (role: string) =>
    users.filter((c) => c.fields.some((f) => f.name === "role" && f.to === role));
  const leaving = new Set(
    [...users.filter((c) => c.action === "remove"), ...toRole("reader")].map((c) => emailKey(c.key)),
  );
  if (toRole("owner").length === 0 && owners.every((o) => leaving.has(emailKey(o.email)))) {
    const names = owners.map((o) => o.email).join(", ");
    throw new OwnerGuardError(
      `refusing to plan: it would remove or demote the last owner of the organization (${names}); keep at least one owner in the document.`,
    );
  }
}
