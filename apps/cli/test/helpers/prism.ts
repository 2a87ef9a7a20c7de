// One Prism mock of the spec for the whole CLI suite (vitest globalSetup): every file that needs
// the spec's examples asks for its URL with `prismUrl()` instead of starting a Prism of its own,
// which on a loaded 2-core machine took 13-25 s per start.
import { startMock } from "@openai-admin/mock";
import { inject } from "vitest";
import type { TestProject } from "vitest/node";
import { SPEC } from "./manifest.js";

declare module "vitest" {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMock({ spec: SPEC });
  project.provide("prismUrl", mock.url);
  return () => mock.stop();
}

/** The base URL of the suite's Prism mock. */
export function prismUrl(): string {
  return inject("prismUrl");
}
