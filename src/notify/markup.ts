/**
 * Escaping for XML (feeds), HTML (the digest) and Slack's mrkdwn (chat messages). Text from posts is plain text: every special
 * character is escaped, in element content and in attribute values alike.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// XML 1.0 forbids most control characters, even escaped; a stray one would make the whole feed unreadable.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeMarkup(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * Slack's mrkdwn (and the `text` fallback of a message) reads `&`, `<` and `>` as markup: `<!channel>`,
 * `<@U123>` and `<https://…|text>` are mentions and links. Escaped, they are shown as typed
 * (https://api.slack.com/reference/surfaces/formatting#escaping).
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (char) => ENTITIES[char] ?? char);
}
