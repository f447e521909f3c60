import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../../src/plugins/rehype-external-links.ts';
import { fixture } from '../helpers/render-markdown.ts';

describe('rehypeExternalLinks', () => {
  it('marks links to other sites and leaves internal links and fragments alone', async () => {
    const { actual, expected } = await fixture('external-links', { hast: [rehypeExternalLinks] });
    expect(actual).toBe(expected);
    expect(actual).toContain(
      '<a href="https://note.com/careerfor/n/ne275473fbe2b" rel="noopener noreferrer" class="external">',
    );
    expect(actual).toContain('<a href="/2021/">');
    expect(actual).toContain('<a href="#fn">');
  });

  it('keeps the rel and class the author set', async () => {
    const { actual } = await fixture('external-links', { hast: [rehypeExternalLinks] });
    expect(actual).toContain('rel="author noopener noreferrer" class="cite external"');
  });
});
