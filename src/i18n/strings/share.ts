import { lookup } from '../translate.ts';

/**
 * Words of the share panel. Every locale has the keys of English; a key missing in another
 * locale falls back to English. `{name}` placeholders are filled in by `shareText`.
 */
export const shareStrings = {
  en: {
    'panel.noJs': 'Turn on JavaScript to edit the caption and have your shares credited to you. The links below work either way.',
    'panel.networks': 'Share on',
    'panel.newTab': '(opens in a new tab)',
    'panel.tooLong': 'too long',
    'identity.sharingAs': 'Sharing as',
    'identity.explain': 'This code credits the visits your shares bring to you, without your name.',
    'identity.change': 'Change',
    'identity.forget': 'Forget',
    'identity.forgotten': 'Your code is forgotten on this device. Shares are no longer credited to you.',
    'identity.saved': 'Done: your shares are now credited to the code {code}.',
    'setup.summary': 'Set up my share links',
    'setup.email': 'Work email',
    'setup.hint': 'Your browser turns your email into a short code that credits your shares to you. The email itself is not stored or sent anywhere.',
    'setup.submit': 'Create my code',
    'setup.invalid': 'That does not look like an email address. Check it and try again.',
    'setup.unavailable': 'This browser cannot create the code here. Ask the program lead for your personal link.',
    'editor.network': 'Write for',
    'editor.caption': 'Your caption',
    'editor.another': 'Another suggestion',
    'editor.urlOnly': 'Only the link goes to {networks}: we copy your caption first, so you can paste it there.',
    'counter.limit': '{count} of {limit} characters',
    'counter.noLimit': '{count} characters',
    'counter.over': 'Too long for {network}: {count} of {limit}. Remove {excess} to share there.',
    'counter.loading': 'Counting…',
    'status.paste': 'Caption copied. {network} only takes the link, so paste the caption into the {network} window (long-press and Paste, or Ctrl+V / ⌘V).',
    'status.copyFailed': 'Your browser did not let us copy. Select the caption above and copy it yourself.',
    'status.linkCopied': 'Link copied. Paste it wherever you like.',
    'status.captionCopied': 'Caption copied.',
    'status.instagram': 'The picture is downloading and the caption is copied. In Instagram, start a new post with the picture and paste the caption.',
    'mastodon.label': 'Your Mastodon server',
    'mastodon.hint': 'The part after the second @ of your handle, for example mastodon.social.',
    'mastodon.submit': 'Save and share',
    'mastodon.cancel': 'Cancel',
    'mastodon.invalid': 'Type a server name such as mastodon.social.',
    'mastodon.current': 'Your Mastodon server: {instance}',
    'mastodon.change': 'Change server',
    'network.email': 'Email',
    'network.copy-link': 'Copy link',
    'network.copy-caption': 'Copy caption',
    'network.share-sheet': 'More apps…',
  },
  ms: {
    'panel.noJs': 'Hidupkan JavaScript untuk menyunting kapsyen dan supaya perkongsian anda dikreditkan kepada anda. Pautan di bawah tetap berfungsi.',
    'panel.networks': 'Kongsi di',
    'panel.newTab': '(dibuka dalam tab baharu)',
    'panel.tooLong': 'terlalu panjang',
    'identity.sharingAs': 'Berkongsi sebagai',
    'identity.explain': 'Kod ini mengkreditkan lawatan daripada perkongsian anda kepada anda, tanpa nama anda.',
    'identity.change': 'Tukar',
    'identity.forget': 'Lupakan',
    'identity.forgotten': 'Kod anda telah dilupakan pada peranti ini. Perkongsian tidak lagi dikreditkan kepada anda.',
    'identity.saved': 'Siap: perkongsian anda kini dikreditkan kepada kod {code}.',
    'setup.summary': 'Sediakan pautan perkongsian saya',
    'setup.email': 'E-mel kerja',
    'setup.hint': 'Pelayar anda menukar e-mel anda kepada kod pendek yang mengkreditkan perkongsian anda kepada anda. E-mel itu sendiri tidak disimpan atau dihantar ke mana-mana.',
    'setup.submit': 'Cipta kod saya',
    'setup.invalid': 'Itu tidak kelihatan seperti alamat e-mel. Semak dan cuba lagi.',
    'setup.unavailable': 'Pelayar ini tidak dapat mencipta kod di sini. Minta pautan peribadi anda daripada ketua program.',
    'editor.network': 'Tulis untuk',
    'editor.caption': 'Kapsyen anda',
    'editor.another': 'Cadangan lain',
    'editor.urlOnly': 'Hanya pautan dihantar ke {networks}: kami menyalin kapsyen anda dahulu supaya anda boleh menampalnya di sana.',
    'counter.limit': '{count} daripada {limit} aksara',
    'counter.noLimit': '{count} aksara',
    'counter.over': 'Terlalu panjang untuk {network}: {count} daripada {limit}. Buang {excess} aksara untuk berkongsi di sana.',
    'counter.loading': 'Mengira…',
    'status.paste': 'Kapsyen telah disalin. {network} hanya menerima pautan, jadi tampal kapsyen dalam tetingkap {network} (tekan lama dan pilih Tampal, atau Ctrl+V / ⌘V).',
    'status.copyFailed': 'Pelayar anda tidak membenarkan salinan. Pilih kapsyen di atas dan salin sendiri.',
    'status.linkCopied': 'Pautan telah disalin. Tampalkannya di mana-mana yang anda mahu.',
    'status.captionCopied': 'Kapsyen telah disalin.',
    'status.instagram': 'Gambar sedang dimuat turun dan kapsyen telah disalin. Dalam Instagram, mulakan hantaran baharu dengan gambar itu dan tampal kapsyen.',
    'mastodon.label': 'Pelayan Mastodon anda',
    'mastodon.hint': 'Bahagian selepas @ kedua dalam nama pengguna anda, contohnya mastodon.social.',
    'mastodon.submit': 'Simpan dan kongsi',
    'mastodon.cancel': 'Batal',
    'mastodon.invalid': 'Taip nama pelayan seperti mastodon.social.',
    'mastodon.current': 'Pelayan Mastodon anda: {instance}',
    'mastodon.change': 'Tukar pelayan',
    'network.email': 'E-mel',
    'network.copy-link': 'Salin pautan',
    'network.copy-caption': 'Salin kapsyen',
    'network.share-sheet': 'Aplikasi lain…',
  },
  it: {
    'panel.noJs': 'Attiva JavaScript per modificare il testo e far sì che le tue condivisioni ti vengano attribuite. I link qui sotto funzionano comunque.',
    'panel.networks': 'Condividi su',
    'panel.newTab': '(si apre in una nuova scheda)',
    'panel.tooLong': 'troppo lungo',
    'identity.sharingAs': 'Condividi come',
    'identity.explain': 'Questo codice ti attribuisce le visite portate dalle tue condivisioni, senza il tuo nome.',
    'identity.change': 'Cambia',
    'identity.forget': 'Dimentica',
    'identity.forgotten': 'Il tuo codice è stato dimenticato su questo dispositivo. Le condivisioni non ti vengono più attribuite.',
    'identity.saved': 'Fatto: ora le tue condivisioni sono attribuite al codice {code}.',
    'setup.summary': 'Prepara i miei link di condivisione',
    'setup.email': 'Email di lavoro',
    'setup.hint': 'Il browser trasforma la tua email in un codice breve che ti attribuisce le condivisioni. L’email non viene salvata né inviata da nessuna parte.',
    'setup.submit': 'Crea il mio codice',
    'setup.invalid': 'Non sembra un indirizzo email. Controllalo e riprova.',
    'setup.unavailable': 'Questo browser non riesce a creare il codice qui. Chiedi il tuo link personale al responsabile del programma.',
    'editor.network': 'Scrivi per',
    'editor.caption': 'Il tuo testo',
    'editor.another': 'Un altro suggerimento',
    'editor.urlOnly': 'A {networks} arriva solo il link: prima copiamo il tuo testo, così puoi incollarlo lì.',
    'counter.limit': '{count} di {limit} caratteri',
    'counter.noLimit': '{count} caratteri',
    'counter.over': 'Troppo lungo per {network}: {count} di {limit}. Togli {excess} caratteri per condividere lì.',
    'counter.loading': 'Sto contando…',
    'status.paste': 'Testo copiato. {network} accetta solo il link: incolla il testo nella finestra di {network} (tieni premuto e scegli Incolla, oppure Ctrl+V / ⌘V).',
    'status.copyFailed': 'Il browser non ci ha permesso di copiare. Seleziona il testo qui sopra e copialo tu.',
    'status.linkCopied': 'Link copiato. Incollalo dove vuoi.',
    'status.captionCopied': 'Testo copiato.',
    'status.instagram': 'L’immagine si sta scaricando e il testo è copiato. In Instagram crea un nuovo post con l’immagine e incolla il testo.',
    'mastodon.label': 'Il tuo server Mastodon',
    'mastodon.hint': 'La parte dopo la seconda @ del tuo nome utente, per esempio mastodon.social.',
    'mastodon.submit': 'Salva e condividi',
    'mastodon.cancel': 'Annulla',
    'mastodon.invalid': 'Scrivi il nome di un server, come mastodon.social.',
    'mastodon.current': 'Il tuo server Mastodon: {instance}',
    'mastodon.change': 'Cambia server',
    'network.email': 'Email',
    'network.copy-link': 'Copia il link',
    'network.copy-caption': 'Copia il testo',
    'network.share-sheet': 'Altre app…',
  },
} satisfies Record<string, Record<string, string>>;

export type ShareStringKey = keyof (typeof shareStrings)['en'];

/** A share panel string in `locale`, English when that locale lacks it, with `{placeholders}` filled. */
export function shareText(locale: string, key: ShareStringKey, values: Record<string, string | number> = {}): string {
  return lookup(shareStrings, locale, key, values, ['en']);
}

const textsByLocale = new Map<string, Readonly<Record<ShareStringKey, string>>>();

/** Every share panel string in `locale` (English where missing), for the browser script; made once per locale. */
export function shareTexts(locale: string): Readonly<Record<ShareStringKey, string>> {
  let texts = textsByLocale.get(locale);
  if (!texts) {
    const keys = Object.keys(shareStrings.en) as ShareStringKey[];
    texts = Object.freeze(Object.fromEntries(keys.map((key) => [key, shareText(locale, key)])) as Record<ShareStringKey, string>);
    textsByLocale.set(locale, texts);
  }
  return texts;
}
