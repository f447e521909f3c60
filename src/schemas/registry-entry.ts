import { z } from 'astro/zod';
import { id } from './fields.ts';

/**
 * An entry of a registry file (questions.yaml, signs.yaml, regions.yaml, people.yaml): its `id`, the
 * registry's own fields, then `aliases`, in the order the files and the browser editor write them.
 */
export function registryEntrySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.object({
    /** Stable ASCII id used in chapters' front matter and in URLs (/questions/<id>/). */
    id: id.meta({ title: 'id', description: '半角英小文字・数字・ハイフン。URL に使われるので、公開後は変えない。' }),
    ...shape,
    /** Former ids of this entry; each old URL redirects to the current page. */
    aliases: z
      .array(id)
      .default([])
      .meta({ title: '以前の id', description: '以前の id。古い URL から今のページへ転送される。' }),
  });
}
