import { lookup } from '../translate.ts';

/**
 * Words of the feeds, the email digest, the chat message and the "new since your last visit"
 * marks. Every locale has the keys of English; a key missing in another locale falls back to
 * English. `{name}` placeholders are filled in by `notifyText`.
 */
export const notifyStrings = {
  en: {
    'feed.title': '{organisation}: posts to share',
    'feed.description': 'New posts from {organisation} that you can share with your network, newest first.',
    'feed.linkRss': '{organisation} posts (RSS, {language})',
    'feed.linkJson': '{organisation} posts (JSON Feed, {language})',
    'news.count': '{count} new posts to share',
    'news.count.one': '1 new post to share',
    'digest.intro.date': 'Here is what is new on the {organisation} advocacy hub since {date}. Pick what suits you and share it in your own words.',
    'digest.intro.recent': 'Here is what is new on the {organisation} advocacy hub since the last update. Pick what suits you and share it in your own words.',
    'digest.open': 'Open and share',
    'digest.why': 'Why it matters',
    'digest.personal': 'The links in this email carry your personal code ({code}), so the visits your shares bring are credited to you. The code is not your name or your email.',
    'digest.choice': 'Sharing is always your choice.',
    'digest.hub': 'See everything on the hub',
    'digest.footer': 'You receive this email because you take part in the {organisation} employee advocacy program. Questions? Write to {lead}.',
    'chat.open': 'Open',
    'chat.more': 'And {count} more on the hub.',
    'chat.hub': 'Open the hub',
    'newsince.count': '{count} new',
    'newsince.count.one': '1 new',
    'newsince.mark': 'New',
  },
  ms: {
    'feed.title': '{organisation}: hantaran untuk dikongsi',
    'feed.description': 'Hantaran baharu daripada {organisation} yang boleh anda kongsi dengan rangkaian anda, yang terbaharu dahulu.',
    'feed.linkRss': 'Hantaran {organisation} (RSS, {language})',
    'feed.linkJson': 'Hantaran {organisation} (JSON Feed, {language})',
    'news.count': '{count} hantaran baharu untuk dikongsi',
    'news.count.one': '1 hantaran baharu untuk dikongsi',
    'digest.intro.date': 'Inilah perkara baharu di hab advokasi {organisation} sejak {date}. Pilih yang sesuai dengan anda dan kongsikannya dengan kata-kata anda sendiri.',
    'digest.intro.recent': 'Inilah perkara baharu di hab advokasi {organisation} sejak kemas kini lepas. Pilih yang sesuai dengan anda dan kongsikannya dengan kata-kata anda sendiri.',
    'digest.open': 'Buka dan kongsi',
    'digest.why': 'Mengapa ia penting',
    'digest.personal': 'Pautan dalam e-mel ini membawa kod peribadi anda ({code}), supaya lawatan daripada perkongsian anda dikreditkan kepada anda. Kod ini bukan nama atau e-mel anda.',
    'digest.choice': 'Berkongsi sentiasa pilihan anda.',
    'digest.hub': 'Lihat semuanya di hab',
    'digest.footer': 'Anda menerima e-mel ini kerana anda menyertai program advokasi pekerja {organisation}. Ada soalan? Tulis kepada {lead}.',
    'chat.open': 'Buka',
    'chat.more': 'Dan {count} lagi di hab.',
    'chat.hub': 'Buka hab',
    'newsince.count': '{count} baharu',
    'newsince.count.one': '1 baharu',
    'newsince.mark': 'Baharu',
  },
  it: {
    'feed.title': '{organisation}: post da condividere',
    'feed.description': 'I nuovi post di {organisation} che puoi condividere con la tua rete, dal più recente.',
    'feed.linkRss': 'Post di {organisation} (RSS, {language})',
    'feed.linkJson': 'Post di {organisation} (JSON Feed, {language})',
    'news.count': '{count} nuovi post da condividere',
    'news.count.one': '1 nuovo post da condividere',
    'digest.intro.date': 'Ecco le novità dell’hub di advocacy di {organisation} dal {date}. Scegli quello che ti somiglia e condividilo con parole tue.',
    'digest.intro.recent': 'Ecco le novità dell’hub di advocacy di {organisation} dall’ultimo aggiornamento. Scegli quello che ti somiglia e condividilo con parole tue.',
    'digest.open': 'Apri e condividi',
    'digest.why': 'Perché è importante',
    'digest.personal': 'I link di questa email contengono il tuo codice personale ({code}), così le visite portate dalle tue condivisioni vengono attribuite a te. Il codice non è il tuo nome né la tua email.',
    'digest.choice': 'Condividere è sempre una tua scelta.',
    'digest.hub': 'Vedi tutto sull’hub',
    'digest.footer': 'Ricevi questa email perché partecipi al programma di employee advocacy di {organisation}. Domande? Scrivi a {lead}.',
    'chat.open': 'Apri',
    'chat.more': 'E altri {count} sull’hub.',
    'chat.hub': 'Apri l’hub',
    'newsince.count': '{count} nuovi',
    'newsince.count.one': '1 nuovo',
    'newsince.mark': 'Nuovo',
  },
} as const;

export type NotifyStringKey = keyof (typeof notifyStrings)['en'];

/** A notification string in a locale, falling back to the hub's default locale, then English. */
export function notifyText(
  locale: string,
  key: NotifyStringKey,
  values: Record<string, string | number> = {},
  defaultLocale = 'en',
): string {
  return lookup(notifyStrings, locale, key, values, [defaultLocale, 'en']);
}

/** "1 new post to share" / "3 new posts to share". */
export function newsCount(locale: string, count: number, defaultLocale = 'en'): string {
  return count === 1 ? notifyText(locale, 'news.count.one', {}, defaultLocale) : notifyText(locale, 'news.count', { count }, defaultLocale);
}
