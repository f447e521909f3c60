import { transform } from 'lightningcss';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Several people append sections to one stylesheet; a lost brace silently swallows every rule
// after it in the browser, so parse it strictly.
describe('src/styles/global.css', () => {
  it('parses without errors or recovered rules', () => {
    const warnings: string[] = [];
    const code = readFileSync('src/styles/global.css');
    expect(() => {
      const result = transform({ filename: 'global.css', code, errorRecovery: true });
      for (const w of result.warnings) warnings.push(`${w.loc.line}:${w.loc.column} ${w.message}`);
    }).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it('closes every block it opens', () => {
    const text = readFileSync('src/styles/global.css', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/'[^']*'/g, '');
    expect(text.split('{').length).toBe(text.split('}').length);
  });
});
