/** The editor's 「ライブで見る」: the dev server in npm run dev, the site in a build, or the preview host a build names. */
import { describe, expect, it } from 'vitest';
import { previewSiteUrl } from '../../../src/lib/admin/preview-url.ts';

const siteUrl = 'https://example.org/lcwp/';

describe('previewSiteUrl', () => {
  it('is the site’s address in a build', () => {
    expect(previewSiteUrl({ siteUrl })).toBe('https://example.org/lcwp/');
    expect(previewSiteUrl({ siteUrl: 'https://example.org', override: '' })).toBe('https://example.org/');
  });

  it('is the host a build names (CMS_PREVIEW_URL), e.g. a pull request’s preview', () => {
    expect(previewSiteUrl({ siteUrl, override: 'https://pr-12.example.pages.dev' })).toBe(
      'https://pr-12.example.pages.dev/',
    );
    expect(previewSiteUrl({ siteUrl, override: 'http://127.0.0.1:3000/lcwp/' })).toBe('http://127.0.0.1:3000/lcwp/');
  });

  it('is the dev server the editor is on in npm run dev, whatever the build variables say', () => {
    expect(
      previewSiteUrl({ siteUrl, override: 'https://pr-12.example.pages.dev/', devUrl: 'http://localhost:4322/lcwp/' }),
    ).toBe('http://localhost:4322/lcwp/');
  });

  it('refuses a CMS_PREVIEW_URL that is not a URL, saying what to write', () => {
    expect(() => previewSiteUrl({ siteUrl, override: 'pr-12.example.pages.dev' })).toThrow(
      /CMS_PREVIEW_URL の「pr-12\.example\.pages\.dev」は URL ではありません。https:\/\//,
    );
  });
});
