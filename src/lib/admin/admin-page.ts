/**
 * The page at /admin/: the CMS's script and the one that starts it, both files of the site (no
 * inline script, so the page's CSP in public/_headers needs none).
 */
export function adminPage(): string {
  return `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>エディター｜ローカルキャリア白書</title>
    <script src="start.js"></script>
  </head>
  <body>
    <script src="decap-cms.js"></script>
  </body>
</html>
`;
}
