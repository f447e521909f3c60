/**
 * `npm run new:chapter -- 2022 <slug>`: writes content/editions/2022/<slug>.mdx with the next free
 * `order` and every front-matter field. Never overwrites. CONTENT_DIR points it elsewhere (tests).
 */
import { newChapter, runScaffold } from './lib/scaffold.ts';

await runScaffold(() => newChapter(process.env.CONTENT_DIR ?? 'content', process.argv[2], process.argv[3]));
