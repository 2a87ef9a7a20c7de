import type { AdminClient } from "@openai-admin/client";

type LooseGet = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The client with each GET given a signal of its own that follows `caller`. undici's Request takes
 * away the abort listener it puts on the signal it is given only once that Request is garbage
 * collected, so a listing that passed the run's one signal to every page left a listener on it per
 * page until the next full GC: over 1,000 on a 1,000,000-user listing, and Node's
 * MaxListenersExceededWarning past 1,500. Now the run's signal holds one listener at a time.
 */
export function signalPerRequest(client: Pick<AdminClient, "GET">, caller: AbortSignal): AdminClient {
  const get = client.GET as unknown as LooseGet;
  const GET: LooseGet = async (path, init) => {
    const controller = new AbortController();
    const follow = () => controller.abort(caller.reason);
    if (caller.aborted) follow();
    else caller.addEventListener("abort", follow, { once: true });
    try {
      return await get(path, { ...init, signal: controller.signal });
    } finally {
      caller.removeEventListener("abort", follow);
    }
  };
  return { GET } as unknown as AdminClient;
}
