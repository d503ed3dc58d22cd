import type { EnvHttpProxyAgent } from 'undici';
import type { Env } from '../context/run-context.ts';

/**
 * Proxy settings as self-hosted runners set them: `https_proxy`/`HTTPS_PROXY`, `http_proxy`/
 * `HTTP_PROXY`, `no_proxy`/`NO_PROXY`, lower case first (curl's rule). An empty value counts as
 * unset, so `http_proxy: ''` in a workflow cannot hide an `HTTP_PROXY` the runner provides.
 */
export function proxyOptionsFromEnv(env: Env): EnvHttpProxyAgent.Options {
  const pick = (name: string): string => env[name] || env[name.toUpperCase()] || '';
  // Always explicit: for a missing option undici reads process.env itself, empty values included.
  return { httpProxy: withScheme(pick('http_proxy')), httpsProxy: withScheme(pick('https_proxy')), noProxy: pick('no_proxy') };
}

/** `proxy.corp:3128`, as curl accepts it, is an http proxy. */
function withScheme(proxy: string): string {
  return proxy === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(proxy) ? proxy : `http://${proxy}`;
}
