/**
 * A small static file server for a built site, for browser tests and screenshots: serves
 * `dir` under `base` on a free loopback port, with index.html for directories, the site's 404
 * page for anything missing, and the headers of the build's `_headers` file (so browser tests
 * run under the real Content-Security-Policy), as a static host would. Text files go out
 * gzip-compressed when the browser asks for it, as on GitHub Pages or Netlify, so byte budgets
 * measured through this server are what readers download.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** A header to set, or (value undefined) one an earlier rule set that this path must not get. */
type HeaderRule = { pattern: RegExp; headers: [string, string | undefined][] };

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        '^' +
          line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*') +
          '$',
      );
      rules.push({ pattern, headers: [] });
    } else if (line.trim().startsWith('!')) {
      // Cloudflare Pages' `! Name`: drop a header a broader rule set (the admin's own CSP).
      rules.at(-1)?.headers.push([line.trim().slice(1).trim(), undefined]);
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const sitePath = '/' + pathname.slice(base.length);
    for (const rule of rules) {
      if (!rule.pattern.test(sitePath)) continue;
      for (const [name, value] of rule.headers) {
        if (value === undefined) response.removeHeader(name);
        else response.setHeader(name, value);
      }
    }
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = normalize(join(dir, pathname.slice(base.length)));
      if (candidate.startsWith(normalize(dir))) {
        file = existsSync(candidate) && statSync(candidate).isDirectory() ? join(candidate, 'index.html') : candidate;
      }
    }
    const found = file !== undefined && existsSync(file);
    const served = found ? file! : join(dir, '404.html');
    const type = TYPES[extname(served)] ?? 'application/octet-stream';
    const gzip =
      /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
      /\bgzip\b/.test(String(request.headers['accept-encoding']));
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    const body = createReadStream(served);
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
