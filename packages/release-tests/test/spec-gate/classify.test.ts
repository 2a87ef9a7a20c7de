import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { classifySpecChange } from "../../src/spec-gate/classify.mjs";
import {
  type Edit,
  enumQueryParameter,
  firstOperation,
  optionalQueryParameter,
  releasedSpec,
  requestSchema,
  responseProperty,
} from "./edits.js";

const cases: [string, { edit: Edit; want: "breaking" | "feature" | "fix" | "none" }][] = [
  ["identical specs", { edit: () => {}, want: "none" }],
  ["the same spec written out again", { edit: () => {}, want: "none" }],
  [
    "an operation removed",
    {
      edit: (s) => {
        const { route, method } = firstOperation(s);
        delete s.paths[route][method];
      },
      want: "breaking",
    },
  ],
  [
    "an optional query parameter made required",
    {
      edit: (s) => {
        optionalQueryParameter(s).required = true;
      },
      want: "breaking",
    },
  ],
  [
    "an enum value removed from a query parameter",
    { edit: (s) => void enumQueryParameter(s).schema.enum.pop(), want: "breaking" },
  ],
  [
    "a required request field added",
    {
      edit: (s) => {
        const { schema } = requestSchema(s);
        schema.properties.ticket = { type: "string" };
        schema.required = [...(schema.required ?? []), "ticket"];
      },
      want: "breaking",
    },
  ],
  [
    "a response field's type changed",
    {
      edit: (s) => {
        responseProperty(s).type = "boolean";
      },
      want: "breaking",
    },
  ],
  [
    "an operationId renamed",
    {
      edit: (s) => {
        firstOperation(s).op.operationId += "-renamed";
      },
      want: "breaking",
    },
  ],
  [
    "a component schema renamed (same wire format, different exported type name)",
    {
      edit: (s) => {
        const { name } = requestSchema(s);
        const text = stringify(s).replaceAll(
          `#/components/schemas/${name}"`,
          `#/components/schemas/${name}Renamed"`,
        );
        const renamed = parse(text);
        renamed.components.schemas[`${name}Renamed`] = renamed.components.schemas[name];
        delete renamed.components.schemas[name];
        for (const key of Object.keys(s)) delete s[key];
        Object.assign(s, renamed);
      },
      want: "breaking",
    },
  ],
  [
    "a new optional request field",
    {
      edit: (s) => {
        requestSchema(s).schema.properties.ticket = { type: "string", description: "A ticket." };
      },
      want: "feature",
    },
  ],
  [
    "a new operation",
    {
      edit: (s) => {
        s.paths["/organization/ping"] = {
          get: { operationId: "ping", summary: "Ping", responses: { "200": { description: "Pong." } } },
        };
      },
      want: "feature",
    },
  ],
  [
    "a new optional query parameter",
    {
      edit: (s) => {
        const { op } = firstOperation(s);
        op.parameters = [
          ...(op.parameters ?? []),
          { name: "q", in: "query", required: false, schema: { type: "string" } },
        ];
      },
      want: "feature",
    },
  ],
  [
    "null now allowed in a request field",
    {
      edit: (s) => {
        const isString = (p: { type?: unknown }) => p.type === "string";
        const { schema } = requestSchema(s, (schema) =>
          Object.values<{ type?: unknown }>(schema.properties).some(isString),
        );
        const field = Object.values<{ type?: unknown }>(schema.properties).find(isString);
        if (field) field.type = ["string", "null"];
      },
      want: "feature",
    },
  ],
  [
    "an operation's description reworded",
    {
      edit: (s) => {
        firstOperation(s).op.description = "Reworded.";
      },
      want: "fix",
    },
  ],
  [
    "an operation's summary reworded",
    {
      edit: (s) => {
        firstOperation(s).op.summary = "Reworded";
      },
      want: "fix",
    },
  ],
];

describe("classifySpecChange", () => {
  it.each(cases)("%s", (title, { edit, want }) => {
    const before = releasedSpec();
    const after = title.includes("written out again")
      ? parse(stringify(releasedSpec(), { lineWidth: 0 }))
      : releasedSpec();
    edit(after);
    const { level, changes } = classifySpecChange(before, after);
    expect({ level, changes: changes.map((c) => `${c.level} ${c.where}: ${c.text}`) }).toMatchObject({
      level: want,
    });
    if (want === "none") expect(changes).toEqual([]);
    else expect(changes.some((c) => c.level === want)).toBe(true);
  });

  it("leaves the documents it is given untouched", () => {
    const before = releasedSpec();
    const after = releasedSpec();
    delete after.paths[firstOperation(after).route];
    const snapshot = JSON.stringify([before, after]);
    classifySpecChange(before, after);
    expect(JSON.stringify([before, after])).toBe(snapshot);
  });
});
