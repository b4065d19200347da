/** Groups FAQ items by topic, keeping the order in which topics first appear. */
export function groupByTopic<T>(items: readonly T[], topicOf: (item: T) => string): { topic: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const topic = topicOf(item);
    groups.set(topic, [...(groups.get(topic) ?? []), item]);
  }
  return [...groups].map(([topic, grouped]) => ({ topic, items: grouped }));
}

/** An id for a topic heading, from its words in any script. */
export function topicAnchor(topic: string): string {
  const words = topic
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `topic-${words || 'general'}`;
}

/**
 * schema.org FAQPage data. The answer is the Markdown source with its syntax stripped: plain
 * text is what search engines show, and it keeps markup out of the JSON.
 */
export function faqJsonLd(items: readonly { question: string; answer: string }[]): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: markdownToPlainText(answer) },
    })),
  };
  // `<` escaped so that no text can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s{0,3}(#{1,6}|>|[-+*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
