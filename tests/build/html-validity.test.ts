import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, fileOf } from '../helpers/site.ts';

// Rules and their tuning live in .htmlvalidate.json at the project root (the CLI reads it too).
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8'))));

describe('HTML validity (html-validate, recommended + a11y + document presets)', () => {
  it.each(['root', 'sub'] as const)('finds no error in any page of the %s build', async (build) => {
    const problems: string[] = [];
    for (const path of allPages(build)) {
      const report = await validator.validateFile(fileOf(path, build));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
