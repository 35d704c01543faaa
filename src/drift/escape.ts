// Escaping for the markup formats: every value in a drift report is data from a system or a YAML file,
// so none of it may become markup (a user named `<script>` must print as text).

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}

/**
 * Text safe in a GitHub-flavoured markdown table cell: inline markdown punctuation backslash-escaped (so it
 * cannot form links, emphasis, code, entities or raw HTML), pipes escaped (they would end the cell), line
 * breaks flattened. Block syntax (#, -, 1.) needs no escape: a cell holds inline content only.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`);
}
