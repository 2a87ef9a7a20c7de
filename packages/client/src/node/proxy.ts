// HTTPS_PROXY, HTTP_PROXY and NO_PROXY (either case), honoured the way curl and the official CLI
// do: proxy-from-env decides whether a URL goes through a proxy, and the proxy-agent libraries
// tunnel (CONNECT) or forward through it. Loaded only when a proxy is given or one of the variables
// is set, so a process without a proxy pays nothing for it.
import type { Agent } from "node:http";

const VARIABLES = ["https_proxy", "http_proxy", "all_proxy", "no_proxy"];

/** Whether the environment names any proxy at all. */
export function proxyConfigured(env: Record<string, string | undefined>): boolean {
  return Object.keys(env).some((name) => VARIABLES.includes(name.toLowerCase()) && env[name]);
}

/** A proxy URL as it may be shown: without its user name and password. */
export function shownProxy(proxy: string): string {
  try {
    const url = new URL(proxy);
    url.username = "";
    url.password = "";
    return url.href.replace(/\/$/, "");
  } catch {
    return "(a proxy URL that does not parse)";
  }
}

export interface ProxyChoice {
  agent: Agent;
  /** The proxy, without credentials, for --debug. */
  shown: string;
}

/**
 * Picks the agent for `url`: through `fixed` when given, else from the environment. Agents are kept
 * per proxy so connections are reused.
 */
export async function proxyAgents(fixed?: string): Promise<(url: URL) => ProxyChoice | undefined> {
  const [{ getProxyForUrl }, { HttpsProxyAgent }, { HttpProxyAgent }] = await Promise.all([
    import("proxy-from-env"),
    import("https-proxy-agent"),
    import("http-proxy-agent"),
  ]);
  const agents = new Map<string, ProxyChoice>();
  return (url) => {
    const proxy = fixed ?? getProxyForUrl(url.href);
    if (!proxy) return undefined;
    const key = `${url.protocol} ${proxy}`;
    let choice = agents.get(key);
    if (!choice) {
      const agent = url.protocol === "https:" ? new HttpsProxyAgent(proxy) : new HttpProxyAgent(proxy);
      choice = { agent, shown: shownProxy(proxy) };
      agents.set(key, choice);
    }
    return choice;
  };
}
