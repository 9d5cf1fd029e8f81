/**
 * Escaping for the generated HTML pages: text content and attributes, and JSON embedded in a script element.
 *
 * @see arXiv:2407.09375
 */

/** Escapes &, <, >, " and ' for use in HTML text or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a `<script type="application/json">` element: every `<` becomes `\u003c` (only possible inside JSON
 * strings, where the escape means the same character), so the text can never close the element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
