import fc from 'fast-check';
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { isOrigin, PUBLIC_ORIGIN_HEADER, publicOriginOf } from '../src';

// The style's tile URLs are written on this origin: a value that is not a bare
// origin must never reach them (a path, credentials, a header break, a script URL).
const request = (value?: string | string[]) =>
  ({ headers: value === undefined ? {} : { [PUBLIC_ORIGIN_HEADER]: value } }) as FastifyRequest;

const GOOD = [
  'http://localhost',
  'http://localhost:4000',
  'https://city.example',
  'https://maps.phoenix.gov',
  'https://city.example:8443',
  'https://city.example:1',
  'https://city.example:65535',
  'http://127.0.0.1:4123',
  'http://10.0.0.1',
  'http://[::1]',
  'http://[::1]:4000',
  'https://[2001:db8::1]:443',
  'https://[::ffff:192.0.2.1]',
  'HTTPS://City.Example',
  'https://xn--bcher-kva.example',
  'https://a',
];

const BAD = [
  '',
  'city.example',
  '//city.example',
  'https://',
  'https:///',
  'https://city.example/',
  'https://city.example/tiles',
  'https://city.example?x=1',
  'https://city.example#x',
  'https://a@b',
  'https://user:pass@city.example',
  'https://city.example@evil.example',
  'https://ci ty.example',
  ' https://city.example',
  'https://city.example ',
  'https://city.example\r\nSet-Cookie: a=b',
  'https://city.example\n',
  'https://city.example\t',
  'javascript:alert(1)',
  'javascript://city.example',
  'data:text/html,x',
  'ftp://city.example',
  'ws://city.example',
  'https://city.example:',
  'https://city.example:abc',
  'https://city.example:123456',
  'https://city.example:65536',
  'https://city.example:99999',
  'https://city.example:-1',
  'https://city.example:0',
  'https://city.example:0443',
  'https://-city.example',
  'https://city.example-',
  'https://city_example',
  'https://city.example\\evil',
  'https://[::1',
  'https://::1',
  'https://[fe80::1%25eth0]',
  'https://city.example%2f..',
  'https://bücher.example',
  'https://city.example,https://evil.example',
];

describe('isOrigin', () => {
  it('takes http and https origins: names, IPv4, IPv6 in brackets, ports', () => {
    for (const origin of GOOD) expect(isOrigin(origin), origin).toBe(true);
  });

  it('refuses paths, userinfo, spaces, line breaks, other schemes and bad ports', () => {
    for (const value of BAD) expect(isOrigin(value), JSON.stringify(value)).toBe(false);
  });

  it('takes only strings a URL parser reads back as that very origin', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => new URL(u).origin),
          fc.webAuthority().map((a) => `https://${a}`),
        ),
        (value) => {
          if (!isOrigin(value)) return;
          const parsed = new URL(value);
          expect(parsed.origin).toBe(
            value
              .toLowerCase()
              .replace(/:(80|443)$/, (port) =>
                (port === ':80' && parsed.protocol === 'http:') ||
                (port === ':443' && parsed.protocol === 'https:')
                  ? ''
                  : port,
              ),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('publicOriginOf', () => {
  it('is the header’s origin, lowercased', () => {
    expect(publicOriginOf(request('https://City.Example:8443'))).toBe('https://city.example:8443');
    expect(publicOriginOf(request('http://[::1]:4000'))).toBe('http://[::1]:4000');
  });

  it('is null without the header, or with anything but a bare origin', () => {
    expect(publicOriginOf(request())).toBeNull();
    expect(publicOriginOf(request(['https://a.example', 'https://b.example']))).toBeNull();
    for (const value of BAD) expect(publicOriginOf(request(value)), value).toBeNull();
  });
});
