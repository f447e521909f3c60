import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareBooks } from '../../scripts/build-books.ts';

describe('prepareBooks', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('without Chromium builds nothing, links nothing and says so once', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    vi.stubEnv('BOOKS', 'on');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const books = await prepareBooks();
    expect(books.files).toEqual([]);
    expect(books.env).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/Chromium がありません（\/nonexistent\/chromium）/);
  });

  it('is skipped with BOOKS=off and for another corpus unless asked for', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('BOOKS', 'off');
    expect((await prepareBooks()).files).toEqual([]);
    vi.stubEnv('BOOKS', '');
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/corpus');
    expect((await prepareBooks()).files).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });
});
