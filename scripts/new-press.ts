/**
 * `npm run new:press -- 2022-07-08 <slug>`: writes content/press/2022-07-08-<slug>.mdx, a draft
 * with every front-matter field and a note on each. Never overwrites. CONTENT_DIR points it
 * elsewhere (tests).
 */
import { newPress, runScaffold } from './lib/scaffold.ts';

await runScaffold(() => newPress(process.env.CONTENT_DIR ?? 'content', process.argv[2], process.argv[3]));
