// One request of a case, through @openai-admin/client, for any operation of the spec.
import { type AdminClient, type OperationResult, request } from "@openai-admin/client";
import type { Operation } from "./spec.js";
import type { RequestInput } from "./validate.js";

// The cases are built from the spec at run time, so they go through the client's untyped entry
// point; the fixtures are where the generated types check the inputs.
export function send(
  client: AdminClient,
  operation: Operation,
  input: RequestInput,
  headers: Record<string, string | null> = {},
): Promise<OperationResult> {
  return request(client, operation, { ...input, headers });
}

/** Data on success, the parsed error body otherwise, as the client hands them to its caller. */
export function bodyOf(result: OperationResult): unknown {
  return result.response.ok ? result.data : result.error;
}

/**
 * A `fetch` for the client that keeps the text of the last response as it came over the wire:
 * the contract is about what the server sent, before the client touched it (it redacts key-like
 * strings in error bodies). Cases run one at a time, so "the last one" is the case's own.
 */
export class WireRecorder {
  #last: Promise<string> | undefined;

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    this.#last = response.clone().text();
    return response;
  };

  /** The last body: parsed JSON, the text when it is not JSON, undefined when empty. */
  async lastBody(): Promise<unknown> {
    const text = await this.#last;
    this.#last = undefined;
    if (text === undefined) throw new Error("No response was recorded for this request");
    if (text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
}
