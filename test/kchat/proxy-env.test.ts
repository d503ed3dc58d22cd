import { describe, expect, it } from 'vitest';
import { proxyOptionsFromEnv } from '../../src/kchat/proxy-env.ts';

describe('proxyOptionsFromEnv', () => {
  it('reads lower case before upper case', () => {
    expect(proxyOptionsFromEnv({ http_proxy: 'http://a:1', HTTP_PROXY: 'http://b:2', HTTPS_PROXY: 'http://c:3', NO_PROXY: 'x.org' })).toEqual({
      httpProxy: 'http://a:1',
      httpsProxy: 'http://c:3',
      noProxy: 'x.org',
    });
  });

  it('treats an empty value as unset', () => {
    expect(proxyOptionsFromEnv({ http_proxy: '', HTTP_PROXY: 'http://b:2', no_proxy: '' })).toEqual({ httpProxy: 'http://b:2', httpsProxy: '', noProxy: '' });
  });

  it('reads a proxy without a scheme as http, as curl does', () => {
    expect(proxyOptionsFromEnv({ HTTPS_PROXY: 'proxy.corp:3128' }).httpsProxy).toBe('http://proxy.corp:3128');
    expect(proxyOptionsFromEnv({ HTTPS_PROXY: 'https://proxy.corp' }).httpsProxy).toBe('https://proxy.corp');
  });

  it('is explicit when nothing is set, so undici does not read process.env on its own', () => {
    expect(proxyOptionsFromEnv({})).toEqual({ httpProxy: '', httpsProxy: '', noProxy: '' });
  });
});
