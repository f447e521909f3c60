/**
 * Where the browser editor's 「ライブで見る」 links open an entry's page (Decap's `site_url`): in
 * `npm run dev`, the dev server the editor is using, which shows drafts; in a build, the site's own
 * address (SITE_URL with SITE_BASE), unless the build names another one (CMS_PREVIEW_URL, e.g. a
 * pull request's preview host).
 */
export interface PreviewUrlInput {
  /** The site's address with its base, e.g. https://example.org/lcwp/. */
  siteUrl: string;
  /** CMS_PREVIEW_URL: the top page of the site on another host, for a build's editor. */
  override?: string;
  /** In `npm run dev`: the dev server's top page as the editor reached it, e.g. http://localhost:4321/. */
  devUrl?: string;
}

/** The address, ending in a slash, that entries' preview paths (2021/introduction/) are added to. */
export function previewSiteUrl({ siteUrl, override, devUrl }: PreviewUrlInput): string {
  const chosen = devUrl ?? (override || siteUrl);
  if (chosen === override && !/^https?:\/\/[^/]/.test(chosen)) {
    throw new Error(
      `CMS_PREVIEW_URL の「${chosen}」は URL ではありません。https://preview.example.org/ のように、プレビューのサイトの先頭のページの URL を書いてください。`,
    );
  }
  return chosen.replace(/\/*$/, '/');
}
