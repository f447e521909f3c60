import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../../scripts/lib/static-server.ts';

describe('parseHeadersFile', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; img-src 'self' data:

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`);

  it('reads each path pattern with its headers, values containing colons intact', () => {
    expect(rules).toHaveLength(2);
    expect(rules[0].headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'self'; img-src 'self' data:"],
    ]);
  });

  it('turns * into a wildcard that matches nested paths only under its prefix', () => {
    expect(rules[1].pattern.test('/_astro/a.css')).toBe(true);
    expect(rules[1].pattern.test('/2021/_astro/a.css')).toBe(false);
    expect(rules[0].pattern.test('/2021/intro/')).toBe(true);
  });
});

describe('parseHeadersFile with a detached header', () => {
  it("reads Cloudflare's `! Name` as a header the path must not get from a broader rule", () => {
    const [, admin] = parseHeadersFile(`/*
  Content-Security-Policy: default-src 'self'
/admin/*
  ! Content-Security-Policy
  Content-Security-Policy: script-src 'self' 'unsafe-eval'
`);
    expect(admin.headers).toEqual([
      ['Content-Security-Policy', undefined],
      ['Content-Security-Policy', "script-src 'self' 'unsafe-eval'"],
    ]);
  });
});
