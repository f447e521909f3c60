/**
 * `npm run new:edition -- 2022`: writes content/editions/2022/index.mdx, a draft with every
 * front-matter field and a note on each. Never overwrites. CONTENT_DIR points it elsewhere (tests).
 */
import { newEdition, runScaffold } from './lib/scaffold.ts';

await runScaffold(() => newEdition(process.env.CONTENT_DIR ?? 'content', process.argv[2]));
