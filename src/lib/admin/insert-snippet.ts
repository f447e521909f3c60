/**
 * What the buttons above a body in the browser editor (/admin/) do to its text: put a component
 * (src/lib/admin/snippets.ts) at the cursor and select the first mark left to fill in, or select
 * the next such mark. The editor's page loads this file itself (src/integrations/admin.ts strips
 * its types), so it imports nothing at run time. Plain strings and offsets in, plain data out.
 */

/** A component an editor inserts with a button. */
export interface Snippet {
  /** The button's text, e.g. 表（Figure と表）. */
  label: string;
  /** What the button inserts, shown when the pointer rests on it. */
  hint: string;
  /** Paragraphs of their own (components, tables) or text inside a paragraph (ruby). */
  block: boolean;
  /** The text; SELECTION in it stands for the selected text (`empty` when nothing is selected). */
  text: string;
  /** What stands in for SELECTION when nothing is selected. */
  empty?: string;
}

/** In a snippet's text, where the selected text goes. */
export const SELECTION = '{選択}';

/** The body after an edit, and the part of it to select (start = end: the cursor). */
export interface Edit {
  value: string;
  start: number;
  end: number;
}

/**
 * The mark and the note after it (【要記入】表の見出し) at or after `from`, or from the top when
 * there is none below; undefined when the text has none. The note runs to a space, quote, table
 * bar, tag, ruby bracket or brace, so typing over the selection replaces the mark and its note.
 */
export function nextPlaceholder(value: string, from: number, mark: string): { start: number; end: number } | undefined {
  let start = value.indexOf(mark, from);
  if (start < 0) start = value.indexOf(mark);
  if (start < 0) return undefined;
  const note = /^[^\s"|<>《》{}]*/.exec(value.slice(start + mark.length))![0];
  return { start, end: start + mark.length + note.length };
}

/**
 * The body with `snippet` put at the selection [start, end): a snippet with SELECTION wraps the
 * selected text; one without is put after it (nothing the editor wrote is lost). A block snippet
 * gets blank lines around it, as MDX needs around a component or a table. The first mark to fill
 * in of the inserted text is selected, or else the cursor is put after it.
 */
export function insertSnippet(value: string, start: number, end: number, snippet: Snippet, mark: string): Edit {
  const wraps = snippet.text.includes(SELECTION);
  const from = wraps ? start : end;
  const text = snippet.text.replace(SELECTION, () => (wraps ? value.slice(start, end) : '') || (snippet.empty ?? ''));
  const before = value.slice(0, from);
  const after = value.slice(end);
  let lead = '';
  let trail = '';
  if (snippet.block) {
    lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    trail = after === '' ? '\n' : after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  }
  const at = before.length + lead.length;
  const next = before + lead + text + trail + after;
  const placeholder = nextPlaceholder(next.slice(0, at + text.length), at, mark);
  const selected =
    placeholder && placeholder.start >= at ? placeholder : { start: at + text.length, end: at + text.length };
  return { value: next, ...selected };
}
