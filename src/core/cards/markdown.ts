/**
 * Markdown building blocks for hover cards. Article text is untrusted: everything taken from a
 * file goes through `escapeMarkdown`, so a file containing markdown, HTML, backticks or
 * `command:` links can never add structure, links or markup to a card.
 */

// CommonMark lets a backslash escape any ASCII punctuation character, which makes it the one
// escape that neutralises every construct (emphasis, links, autolinks, HTML, code, tables).
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Escapes text so that it renders literally, on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(ASCII_PUNCTUATION, (char) => `\\${char}`);
}

/** Shortens text to at most `max` characters, cutting at a word boundary when one is near. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** A place in an article that a card can link to. */
export interface LinkTarget {
  docId: string;
  offset: number;
}

/**
 * Produces the URL of a link that opens an article at a place. The editor layer supplies it, so
 * the core never needs to know about command URIs; it must return an already-safe URL.
 */
export type LinkBuilder = (target: LinkTarget) => string;

export function link(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${url})`;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "and 3 more" line for capped lists, or nothing when the list was not capped. */
export function moreLine(total: number, shown: number): string[] {
  return total > shown ? [`_…and ${total - shown} more_`] : [];
}
