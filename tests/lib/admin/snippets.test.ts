/**
 * Each component the editor's buttons insert, put into a chapter of the fixture corpus as the
 * button puts it, passes `npm run check:content` (MDX syntax, the components and their props, the
 * figures, ruby): in a draft its 【要記入】 marks are warnings only; filled in, the chapter is
 * published with no problem. tests/e2e/admin.test.ts builds a chapter written with them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { insertSnippet, nextPlaceholder } from '../../../src/lib/admin/insert-snippet.ts';
import { SNIPPETS } from '../../../src/lib/admin/snippets.ts';
import { PLACEHOLDER } from '../../../src/lib/placeholders.ts';
import { tempCorpus } from '../../helpers/temp-corpus.ts';

const BEFORE = '## 見出し\n\n地域へ移ることは都落ちなのか。';

async function check(body: string, draft: boolean) {
  const dir = tempCorpus();
  const front = `---\ntitle: 部品の章\norder: 9\nkind: commentary\nsummary: 部品を入れた架空の章。\nquestions: [fixture-question]\ndraft: ${draft}\n---\n\n`;
  writeFileSync(join(dir, 'editions/2091/snippet.mdx'), front + body);
  const { problems, content } = await checkContentDir(dir);
  return { problems, chapter: content.chapters.find((c) => c.file.endsWith('snippet.mdx')) };
}

/** The body with every mark typed over, as an editor does with 「次の【要記入】」. */
function fillIn(body: string): string {
  let text = body;
  for (let found = nextPlaceholder(text, 0, PLACEHOLDER); found; found = nextPlaceholder(text, 0, PLACEHOLDER)) {
    text = text.slice(0, found.start) + '12' + text.slice(found.end);
  }
  return text;
}

describe.each(SNIPPETS.map((snippet) => [snippet.label, snippet] as const))('the button %s', (_, snippet) => {
  // The ruby button with the word 都落ち selected; the others with the cursor after the paragraph.
  const [start, end] = snippet.block
    ? [BEFORE.length, BEFORE.length]
    : [BEFORE.indexOf('都落ち'), BEFORE.indexOf('都落ち') + 3];
  const { value } = insertSnippet(BEFORE, start, end, snippet, PLACEHOLDER);

  it('writes a draft that passes the check, its marks listed as warnings', async () => {
    expect(value).toContain(PLACEHOLDER);
    const { problems } = await check(value, true);
    const lines = value.split('\n').filter((line) => line.includes(PLACEHOLDER)).length;
    expect(problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(
      Array(lines).fill(expect.stringContaining(`${PLACEHOLDER}が残っています`)),
    );
  });

  it('filled in, is published with no problem', async () => {
    const filled = fillIn(value);
    expect(filled).not.toContain(PLACEHOLDER);
    expect((await check(filled, false)).problems).toEqual([]);
  });
});

describe('the snippets', () => {
  it('put a table and a key figure one after the other, in the shape of the guide’s examples, that the check accepts', async () => {
    const body = SNIPPETS.slice(0, 2).reduce(
      (text, snippet) => insertSnippet(text, text.length, text.length, snippet, PLACEHOLDER).value,
      BEFORE,
    );
    const { problems, chapter } = await check(fillIn(body), false);
    expect(problems).toEqual([]);
    expect(chapter).toBeDefined();
    expect(body).toMatch(/<Figure caption="[^"]+" source="[^"]+">\n\n\| .+ \| .+ \|\n\| --- \| --- \|\n/);
    expect(body).toMatch(/<KeyFigure value="[^"]+" unit="[^"]+" label="[^"]+" asOf="未確認" source="[^"]+" \/>\n$/);
  });

  it('are the five buttons of the guide, in its words', () => {
    expect(SNIPPETS.map((s) => s.label)).toEqual([
      '表（Figure と表）',
      '数字（KeyFigure）',
      '問答（Q/A）',
      'コラム（Column）',
      'ルビ',
    ]);
  });
});
