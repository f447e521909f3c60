/**
 * The end of a child process's log, kept to explain a failure. Astro writes a line or more per page:
 * appending each chunk to one string and cutting it back to the limit copied the whole tail per
 * chunk (2.8 s of CPU in a 1,589-page build, docs/benchmark.md); the chunks are joined only when
 * they outgrow twice the limit, and when the text is asked for.
 */
export interface LogTail {
  add(chunk: Buffer | string): void;
  /** The last `limit` characters written. */
  text(): string;
}

export function logTail(limit: number): LogTail {
  let chunks: string[] = [];
  let length = 0;
  const join = () => {
    const text = chunks.join('').slice(-limit);
    chunks = [text];
    length = text.length;
    return text;
  };
  return {
    add(chunk) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      chunks.push(text);
      length += text.length;
      if (length > 2 * limit) join();
    },
    text: join,
  };
}
