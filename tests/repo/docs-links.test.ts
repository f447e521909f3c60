/**
 * The front door and the guides (README.md, docs/*.md) link to each other and to files of the
 * repository with relative Markdown links. Each must reach a file, and a `#anchor` into a Markdown
 * file must name one of its headings as GitHub slugs them. Messages and comments that send readers
 * to a guide (`docs/publishing.md の「新しい版を公開する」`) must name a guide and a section that exist,
 * and a path of the code that a guide names in a code span (`src/lib/search/rank.ts`) must exist: files
 * move, and a guide that names the old place sends a newcomer nowhere.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');

/** README.md and every Markdown file directly in docs/. */
function documents(root: string): string[] {
  const docs = join(root, 'docs');
  const guides = existsSync(docs) ? readdirSync(docs).filter((name) => name.endsWith('.md')) : [];
  return [join(root, 'README.md'), ...guides.sort().map((name) => join(docs, name))];
}

/** The text with fenced code blocks and inline code blanked out: a link in code is not a link. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(`+)[\s\S]*?\1/g, (code) => code.replace(/[^\n]/g, ' '));
}

/**
 * A heading's anchor as GitHub makes it: lowercase, every character that is not a letter, a mark,
 * a digit, a connector such as `_`, a hyphen or a space dropped (Japanese letters stay, full-width
 * punctuation such as （）「」・ goes), then each space a hyphen.
 */
function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The text a heading shows: links and images as their text, HTML tags and emphasis marks left out. */
function headingText(source: string): string {
  return source
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*{1,3}|_{1,3})(\S[\s\S]*?)\1/g, '$2')
    .trim();
}

/** The anchors of a Markdown file's headings (ATX `#` headings outside code), repeats numbered as GitHub does. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  const lines = markdown.split('\n');
  let fence: string | undefined;
  for (const line of lines) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!heading) continue;
    const slug = githubSlug(headingText(heading[1]));
    const count = seen.get(slug) ?? 0;
    anchors.add(count ? `${slug}-${count}` : slug);
    seen.set(slug, count + 1);
  }
  return anchors;
}

interface Link {
  line: number;
  target: string;
}

/** Every `[text](target)` and `![alt](target)` of a document, with its line, outside code. */
function linksOf(markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, i) => {
      for (const match of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
        links.push({ line: i + 1, target: match[1] });
      }
    });
  return links;
}

/** Targets that are not files of this repository: web addresses, mail and other schemes. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** The broken relative links of one document, as `file:line target (why)`. */
function brokenLinks(file: string, root = ROOT): string[] {
  const markdown = readFileSync(file, 'utf8');
  const broken: string[] = [];
  for (const { line, target } of linksOf(markdown)) {
    if (EXTERNAL.test(target)) continue;
    const [rawPath, rawAnchor] = target.split('#', 2) as [string, string | undefined];
    const path = decodeURIComponent(rawPath);
    const where = `${relative(root, file)}:${line} ${target}`;
    const resolved = path ? resolve(dirname(file), path) : file;
    if (!existsSync(resolved)) {
      broken.push(`${where}（${relative(root, resolved)} がありません）`);
      continue;
    }
    if (rawAnchor === undefined || !resolved.endsWith('.md') || statSync(resolved).isDirectory()) continue;
    const anchor = decodeURIComponent(rawAnchor);
    if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) {
      broken.push(`${where}（${relative(root, resolved)} に見出し #${anchor} がありません）`);
    }
  }
  return broken;
}

/** Files whose messages and comments may send readers to a guide. */
function pointerFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full);
      return /\.(ts|mjs|astro|ya?ml|txt)$/.test(entry.name) || entry.name === 'run' ? [full] : [];
    });
  const folders = ['scripts', 'src', '.ci', '.github'].map((f) => join(root, f)).filter(existsSync);
  const files = [join(root, 'astro.config.mjs'), join(root, 'content', 'published-urls.txt')].filter(existsSync);
  return [...folders.flatMap(walk), ...files];
}

/** Mentions of a guide (`docs/x.md`, with a section as 「…」 after it) that name no guide or no such section. */
function brokenPointers(root = ROOT): string[] {
  const broken: string[] = [];
  for (const file of pointerFiles(root)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?<![\w./-])docs\/([\w.-]+\.md)(?: ?の?「([^」]+)」)?/g)) {
      const [mention, guide, section] = match;
      const target = join(root, 'docs', guide);
      const where = `${relative(root, file)}: ${mention}`;
      if (!existsSync(target)) broken.push(`${where}（docs/${guide} がありません）`);
      else if (section && !anchorsOf(readFileSync(target, 'utf8')).has(githubSlug(section))) {
        broken.push(`${where}（docs/${guide} に見出し「${section}」がありません）`);
      }
    }
  }
  return broken;
}

/** Code paths (under src/, scripts/, tests/, .ci/, .github/) that a document names in code spans but that do not exist. */
function missingPaths(file: string, root = ROOT): string[] {
  const missing: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      for (const [, path] of text.matchAll(/`((?:src|scripts|tests|\.ci|\.github)\/[^`\s]*)`/g)) {
        // Patterns and placeholders (`tests/**/*.test.ts`, `tests/<フォルダ>/`) name no one file.
        if (/[*<>{}…]/.test(path)) continue;
        if (!existsSync(join(root, path.replace(/[:#].*$/, ''))))
          missing.push(`${relative(root, file)}:${i + 1} ${path}`);
      }
    });
  return missing;
}

describe('GitHub heading anchors', () => {
  it('keep Japanese, drop punctuation but - and _, and turn spaces into hyphens', () => {
    expect(githubSlug('MDX で気をつけること')).toBe('mdx-で気をつけること');
    expect(githubSlug('検索（/search/）')).toBe('検索search');
    expect(githubSlug('URL の固定（urls:lock）')).toBe('url-の固定urlslock');
    expect(githubSlug('問い・兆し・地域・人物（YAML）')).toBe('問い兆し地域人物yaml');
    expect(githubSlug('snake_case と kebab-case')).toBe('snake_case-と-kebab-case');
    expect(githubSlug('ルビ（読みがな）')).toBe('ルビ読みがな');
  });

  it('number repeated headings and skip headings inside code', () => {
    const anchors = anchorsOf('# 題\n\n## 例\n\n```sh\n# 例\n```\n\n## 例\n\n### `npm run bench` の使い方 ##\n');
    expect([...anchors]).toEqual(['題', '例', '例-1', 'npm-run-bench-の使い方']);
  });
});

describe('relative links in README.md and docs/*.md', () => {
  it('are found in a document, outside code, web addresses included (they are skipped later)', () => {
    const links = linksOf(
      '[a](docs/a.md) and ![b](img.png "t")\n`[not](a.md)`\n```\n[not](b.md)\n```\n[c](https://example.test/)',
    );
    expect(links).toEqual([
      { line: 1, target: 'docs/a.md' },
      { line: 1, target: 'img.png' },
      { line: 6, target: 'https://example.test/' },
    ]);
  });

  it('are reported when a file or an anchor is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-links-'));
    writeFileSync(join(root, 'guide.md'), '# ガイド\n\n## 公開の仕組み\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '[ok](guide.md#公開の仕組み) [ok too](guide.md#%E5%85%AC%E9%96%8B%E3%81%AE%E4%BB%95%E7%B5%84%E3%81%BF)',
        '[no file](missing.md) [no heading](guide.md#公開のしくみ) [web](https://example.test/x.md)',
        '[here](#no-such-heading) [mail](mailto:a@example.test)',
      ].join('\n'),
    );
    expect(brokenLinks(join(root, 'README.md'), root)).toEqual([
      'README.md:2 missing.md（missing.md がありません）',
      'README.md:2 guide.md#公開のしくみ（guide.md に見出し #公開のしくみ がありません）',
      'README.md:3 #no-such-heading（README.md に見出し #no-such-heading がありません）',
    ]);
  });

  for (const file of documents(ROOT)) {
    it(`${relative(ROOT, file)}: every relative link reaches a file, every #anchor a heading`, () => {
      const broken = brokenLinks(file);
      expect(broken, `切れているリンク:\n${broken.join('\n')}`).toEqual([]);
    });
  }
});

describe('code paths named in README.md and docs/*.md', () => {
  it('are reported when the file or folder is not there, patterns and placeholders aside', () => {
    const root = mkdtempSync(join(tmpdir(), 'docs-paths-'));
    writeFileSync(
      join(root, 'README.md'),
      '`src/` `tests/**/*.test.ts` `tests/<フォルダ>/`\n`src/gone.ts` `content/x.md`\n',
    );
    mkdirSync(join(root, 'src'));
    expect(missingPaths(join(root, 'README.md'), root)).toEqual(['README.md:2 src/gone.ts']);
  });

  for (const file of documents(ROOT)) {
    it(`${relative(ROOT, file)}: every path of the code it names exists`, () => {
      const missing = missingPaths(file);
      expect(missing, `ない場所:\n${missing.join('\n')}`).toEqual([]);
    });
  }
});

describe('pointers to the guides in scripts, sources and CI', () => {
  it('name a guide in docs/ and, when they give one, a section it has', () => {
    const broken = brokenPointers();
    expect(broken, broken.join('\n')).toEqual([]);
  });
});
