// @ts-check
// The official SDK's side of the cold-start race: what a user would write to do
// `openai-admin users list --max-items N --format json` with the `openai` package.
import { parseArgs } from "node:util";
import OpenAI from "openai";

const { values } = parseArgs({
  options: {
    "base-url": { type: "string" },
    "admin-api-key": { type: "string" },
    "max-items": { type: "string", default: "20" },
  },
});
const maxItems = Number(values["max-items"]);
const client = new OpenAI({
  adminAPIKey: values["admin-api-key"],
  baseURL: values["base-url"],
  maxRetries: 0,
});
const users = [];
for await (const user of client.admin.organization.users.list({ limit: Math.min(maxItems, 100) })) {
  users.push(user);
  if (users.length >= maxItems) break;
}
process.stdout.write(`${JSON.stringify(users, null, 2)}\n`);
