// Escaping for the review page: the report text, quotes, labels and file names are untrusted.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // A literal CR would be turned into LF by the HTML parser and shift every offset after it; a reference is kept as is.
  '\r': '&#13;',
  // A literal NUL in body text is dropped by the parser (one character fewer); U+FFFD keeps the length.
  '\0': '&#65533;',
};

/** Escapes a string for HTML text or a quoted attribute value (CR and NUL too, so offsets survive parsing). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"'\r\0]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON safe to place inside `<script type="application/json">`: `<`, `>`, `&` and U+2028/U+2029 become `\uXXXX`
 * escapes, so no `</script>` or `<!--` can end or change the block, and the text parses back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
