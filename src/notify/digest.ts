import { formatDate } from '../i18n/translate.ts';
import { translator } from '../i18n/translator.ts';
import { newsCount, noticeMeta, personalUrl, type Notice } from './notice.ts';

/** Everything a digest email says; the HTML and the text version render the same facts. */
export interface Digest {
  organisation: string;
  locale: string;
  defaultLocale: string;
  /** The locale's home page on the hub. */
  hubUrl: string;
  brandColour: string;
  lead: { name: string; email: string };
  /** A date when `--since` was one; a git ref reads as "since the last update". */
  sinceDate?: Date | undefined;
  notices: readonly Notice[];
  /** The advocate's code: the personal version links to `?advocate=CODE`. */
  advocateCode?: string | undefined;
}

/** The words of one digest, in its locale. */
export function digestWords(digest: Digest) {
  const t = translator(digest.locale, digest.defaultLocale);
  const organisation = digest.organisation;
  return {
    subject: newsCount(t, digest.notices.length),
    intro: digest.sinceDate
      ? t('digest.intro.date', { organisation, date: formatDate(digest.sinceDate, digest.locale) })
      : t('digest.intro.recent', { organisation }),
    open: t('digest.open'),
    why: t('digest.why'),
    personal: digest.advocateCode ? t('digest.personal', { code: digest.advocateCode }) : undefined,
    choice: t('digest.choice'),
    hub: t('digest.hub'),
    footer: t('digest.footer', { organisation, lead: `${digest.lead.name} <${digest.lead.email}>` }),
  };
}

/** The link to a post (or the hub) in this digest: personal when the digest is. */
export function digestLink(digest: Digest, url: string): string {
  return personalUrl(url, digest.advocateCode);
}

/** The plain-text version (digest.txt), wrapped for mail clients. */
export function renderDigestText(digest: Digest): string {
  const words = digestWords(digest);
  const lines: string[] = [words.subject, '='.repeat([...words.subject].length), '', ...wrap(words.intro), ''];
  if (words.personal) lines.push(...wrap(words.personal), '');
  digest.notices.forEach((notice, index) => {
    lines.push(
      ...wrap(`${index + 1}. ${notice.title}`, 72, '   '),
      ...wrap(noticeMeta(notice, digest.locale), 72, '   ', '   '),
      '',
      ...wrap(notice.summary, 72, '   ', '   '),
      '',
      ...wrap(`${words.why}: ${notice.whyItMatters}`, 72, '   ', '   '),
      '',
      `   ${words.open}: ${digestLink(digest, notice.url)}`,
      '',
    );
  });
  lines.push(...wrap(words.choice), `${words.hub}: ${digestLink(digest, digest.hubUrl)}`, '', '-- ', ...wrap(words.footer), '');
  return lines.join('\n');
}

/** Word-wraps a paragraph; words longer than the width (links) stay whole. */
export function wrap(text: string, width = 72, indent = '', first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const prefix = lines.length === 0 ? first : indent;
    if (line.length > prefix.length && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else {
      line = line.length > prefix.length ? `${line} ${word}` : `${line}${word}`;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}
