/**
 * Field builders shared by the content schemas. Every message names what to write, because
 * the people who read them are editors, not programmers.
 */
import { z } from 'astro/zod';

/** A required, non-empty string; `what` says in Japanese what the field holds. */
export function text(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `必須です。${what}を書いてください。` : `文字列で書いてください（${what}）。`,
    })
    .trim()
    .min(1, { error: `空です。${what}を書いてください。` });
}

/** ASCII kebab-case id, as used for slugs and registry ids. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z.string({ error: 'id は文字列で書いてください（例: kamaishi）。' }).regex(idPattern, {
  error: (issue) =>
    `「${String(issue.input)}」は id に使えません。半角英小文字・数字・ハイフンだけで書いてください（例: local-career）。`,
});

/** A list of registry ids; which registry is checked later, against the loaded registries. */
export function idList(registry: string) {
  return z
    .array(id, { error: `${registry} の id を [a, b] の形のリストで書いてください（なければ []）。` })
    .default([]);
}

/** An absolute http(s) URL. */
export const url = z.string({ error: 'URL を文字列で書いてください。' }).refine(
  (value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `「${String(issue.input)}」は URL ではありません。https:// から始まる完全な URL を書いてください。`,
  },
);

const partialDate = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A publication date that may be partial: `2021-06-10`, `"2019-05"` or `"2020"`. YAML reads an
 * unquoted full date as a Date; both forms are normalised to the ISO string the editor meant.
 */
export const partialDateField = z
  .union([z.date(), z.string(), z.number()], {
    error: '日付は 2021-06-10、"2019-05"（日が不明）、"2020"（月も不明）のいずれかで書いてください。',
  })
  .transform((value, ctx) => {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    const match = partialDate.exec(iso);
    const month = match?.[2] ? Number(match[2]) : 1;
    const day = match?.[3] ? Number(match[3]) : 1;
    const valid =
      match &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
    if (!valid) {
      ctx.addIssue({
        code: 'custom',
        message: `「${iso}」は日付として読めません。2021-06-10、"2019-05"、"2020" のいずれかの形で書いてください。`,
      });
      return z.NEVER;
    }
    return iso;
  });

/** A full calendar date (press releases always have one), normalised to `YYYY-MM-DD`. */
export const fullDateField = partialDateField.refine((iso) => iso.length === 10, {
  error: '日まで書いてください（例: 2021-07-08）。日が推定なら date_estimated: true を添えます。',
});
