// proxy-from-env 2 ships no types: the one function the client calls.
declare module "proxy-from-env" {
  /** The proxy URL for `url` from *_PROXY and NO_PROXY, or "" when it goes direct. */
  export function getProxyForUrl(url: string): string;
}
