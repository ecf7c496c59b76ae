/** Escaping for the report: every alarm name, e-mail body and state name is data, never markup. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in text and in quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

/**
 * Library source for an inline `<script>`: a literal `</script` would end the element early. `<\/script` means
 * the same inside the string and regex literals where such text can occur in JavaScript.
 */
export const scriptSafe = (source: string): string => source.replace(/<\/(script)/gi, '<\\/$1');
