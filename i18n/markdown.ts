/**
 * Teams renders markdown in chat messages and in Adaptive Card TextBlocks and FactSets. A person's
 * or a unit's name, a search query or a free-text answer is data: it is escaped so that it shows
 * as exactly its characters and can never become a link, emphasis, a heading or a list.
 */

/** Characters that start or end markdown anywhere in a line; each gets a backslash before it. */
const INLINE = /[\\`*_[\]()#>~|]/g;

/** A line that would start a list or a setext heading: "-", "+", "=" or "1." / "1)" first. */
const LINE_START = /^([ \t]*)(?:([-+=])|(\d{1,9})([.)])(?=[ \t]|$))/gm;

/** Escapes `text` for Teams markdown. `atLineStart: false` when it follows other text on its line. */
export function escapeMarkdown(text: string, options: { atLineStart?: boolean } = {}): string {
  const inline = text.replace(INLINE, '\\$&');
  const lines = inline.replace(
    LINE_START,
    (_whole, indent: string, sign: string | undefined, digits: string, mark: string) =>
      sign === undefined ? `${indent}${digits}\\${mark}` : `${indent}\\${sign}`,
  );
  if (options.atLineStart !== false) return lines;
  // The first line continues the caller's line, so only the lines after it can start a list.
  const newline = inline.indexOf('\n');
  return newline === -1 ? inline : inline.slice(0, newline) + lines.slice(lines.indexOf('\n'));
}

const ESCAPED = /\\([\\`*_[\]()#>~|\-+=.])/g;

/** Undoes escapeMarkdown: for a field Teams shows as plain text (a chart label, a text export). */
export function unescapeMarkdown(text: string): string {
  return text.replace(ESCAPED, '$1');
}

/** A translator parameter inserted as is: our own markup, or text for a plain-text field. */
export class Raw {
  constructor(readonly text: string) {}
}

/** Opts one parameter out of escaping; say at the call why it is not data for markdown. */
export const raw = (text: string): Raw => new Raw(text);
