import { describe, expect, it } from 'vitest';
import { stagesFromLog } from '../../../scripts/bench/stages.ts';

const log = (text: string) => text.split('\n').map((line, i) => ({ ms: i * 10, text: line }));

// An `astro build` log as scripts/build.ts prints it (NO_COLOR), cut to the lines that matter.
const BUILD = log(`07:18:28 [content] Syncing content
07:18:28 [build] Collecting build info...
07:18:28 [build] ✓ Completed in 2.58s.
07:18:28 [build] Building static entrypoints...
07:18:37 [vite] ✓ built in 8.72s
07:18:37 [vite] ✓ built in 69ms
07:18:38 [build] Rearranging server assets...

 generating static routes 
07:18:38 [WARN] [content] The collection "press" does not exist or is empty.
 (+39ms) 
07:18:45 ✓ Completed in 6.70s.

 generating optimized images 
07:18:45 ✓ Completed in 590ms.

07:18:45 [build] ✓ Completed in 16.81s.`);

describe('stages of a build read from its log', () => {
  it('takes each stage from Astro’s own Completed line, and adds up Vite’s builds', () => {
    expect(stagesFromLog(BUILD)).toEqual({
      startSeconds: 2.58,
      viteSeconds: 8.789,
      pagesSeconds: 6.7,
      imagesSeconds: 0.59,
    });
  });

  it('leaves a stage out (null) when the log does not have it, as for a build that reused its output', () => {
    expect(stagesFromLog(log('dist/ は前回のビルドと同じ入力から作られ…'))).toEqual({
      startSeconds: null,
      viteSeconds: null,
      pagesSeconds: null,
      imagesSeconds: null,
    });
  });
});
