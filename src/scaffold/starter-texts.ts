/**
 * The words of a new hub made by `npm run init`, per language. `{name}` is the organisation,
 * `{tag}` the hashtag made from its name. A language without its own texts gets the English ones,
 * to translate later (the hub's own interface falls back to English the same way).
 */
export interface StarterTexts {
  categories: Record<'internal-announcements' | 'product-announcements' | 'thought-leadership' | 'recruiting', string>;
  leadRole: string;
  disclosure: string;
  welcome: { title: string; summary: string; why: string; body: string; caption: string; shortCaption: string };
  guidelines: { slug: string; title: string; description: string; body: string }[];
  faq: { slug: string; question: string; topic: string; answer: string }[];
}

const en: StarterTexts = {
  categories: {
    'internal-announcements': 'Internal announcements',
    'product-announcements': 'Product announcements',
    'thought-leadership': 'Thought leadership',
    recruiting: "We're hiring",
  },
  leadRole: 'Employee advocacy lead',
  disclosure: 'I work at {name}',
  welcome: {
    title: 'Welcome to the {name} advocacy hub',
    summary: 'Posts worth sharing, ready to share in a tap or two: pick one, make the caption your own, and share it with your network.',
    why: 'The people who know {name} best are the people who work here. When you share news in your own words, it reaches people our company accounts never reach.',
    body: 'This hub collects posts that colleagues can share on their own social accounts. Every post is checked against our social media policy before it appears here.\n\nSharing is always your choice. Read the guidelines for what to share and how, and ask the program lead if anything is unclear.',
    caption: 'Our new employee advocacy hub is live: news from {name}, ready to share in your own words. I work at {name}.',
    shortCaption: 'News from {name}, in my own words. #{tag}Employee',
  },
  guidelines: [
    {
      slug: 'social-media-policy',
      title: 'Social media policy',
      description: 'What you can post about {name}, which topics to leave out, and how to say that you work here.',
      body: `## The short version

- Sharing is always your choice.
- Say that you work at {name} in the post itself, every time.
- Use your own words: the suggested captions are a starting point.
- Only post what is already public. When in doubt, ask first.

## Do

<Callout type="do">
- Share posts from the hub and add what you think.
- Post about things you have seen yourself.
- Ask colleagues before you tag them or post a photo of them.
</Callout>

## Don't

<Callout type="dont">
- Don't post about products, prices, partners or dates that have not been announced.
- Don't speak for the company on news, complaints or money: send journalists and investors to the communications team.
- Don't argue with critics.
</Callout>

## Topics to leave out

<PolicyBannedTopics />

## Saying that you work here

Consumer-protection rules in many countries expect the relationship to be clear in the post itself, not only in your profile. Every caption on the hub already contains one of these; if you write your own, keep one in:

<PolicyDisclosures />
`,
    },
    {
      slug: 'brand-style-guide',
      title: 'Brand style guide',
      description: 'How we write our name, which hashtags we use, and how we sound.',
      body: `## Our name

<PolicyBrandTerms />

## Hashtags

The hub adds the post's hashtags for you when your caption does not already have them.

<PolicyHashtagRules />

Write every hashtag in CamelCase: it is easier to read, and screen readers read it as words.

## Tone of voice

Plain, specific, warm and honest. On your own accounts, write as yourself.
`,
    },
    {
      slug: 'how-the-program-works',
      title: 'How the program works',
      description: 'How sharing from the hub works, what is measured, and who to ask.',
      body: `## Sharing is voluntary

There are no targets and no quotas. Share what you find interesting, skip what you don't, and change the words as much as you like.

## How sharing works

1. Pick a post and read why it matters.
2. Choose a network and a suggested caption, and edit it.
3. Share: the hub opens the network with everything filled in, or copies the caption for you to paste.

## What we measure

Links to our own websites carry a code that counts visits per post, network and campaign. The hub never stores your name or email, and it has no trackers.

## Who leads the program

<ProgramLead />
`,
    },
  ],
  faq: [
    { slug: 'do-i-have-to-share', topic: 'Program', question: 'Do I have to share posts from the hub?', answer: 'No. Sharing is always voluntary, and whether you share never comes up in reviews.' },
    { slug: 'edit-the-caption', topic: 'Sharing', question: 'Can I change the suggested caption?', answer: 'Yes, please do: posts in your own words read better. Keep the line that says you work here.' },
    { slug: 'is-my-sharing-tracked', topic: 'Privacy', question: 'Is my sharing tracked?', answer: 'Only visits to our own websites from shared links are counted, through your advocate code. The code is random when your browser makes it, or made from your email with a secret key when the program team sends you a personal link: nothing in the code or on the hub tells whose it is, except to the program team, who hold the list and the key. The leaderboard names only people who asked to be named. The hub has no trackers.' },
    { slug: 'who-to-contact', topic: 'Program', question: 'Who do I ask about the hub?', answer: 'The program lead: see [How the program works]({prefix}/guidelines/how-the-program-works/).' },
  ],
};

const de: StarterTexts = {
  categories: {
    'internal-announcements': 'Interne Mitteilungen',
    'product-announcements': 'Produktneuheiten',
    'thought-leadership': 'Fachwissen',
    recruiting: 'Wir stellen ein',
  },
  leadRole: 'Leitung Employee Advocacy',
  disclosure: 'Ich arbeite bei {name}',
  welcome: {
    title: 'Willkommen im Advocacy-Hub von {name}',
    summary: 'Beiträge, die sich zu teilen lohnen, mit ein, zwei Fingertipps geteilt: Beitrag wählen, Text anpassen, teilen.',
    why: 'Niemand kennt {name} so gut wie die Menschen, die hier arbeiten. Wer Neuigkeiten in eigenen Worten teilt, erreicht Menschen, die unsere Firmenkonten nie erreichen.',
    body: 'Dieser Hub sammelt Beiträge, die Kolleginnen und Kollegen auf ihren eigenen Konten teilen können. Jeder Beitrag wird vor der Veröffentlichung gegen unsere Social-Media-Richtlinie geprüft.\n\nOb du teilst, entscheidest immer du. Die Richtlinien erklären, was und wie; bei Fragen hilft die Programmleitung.',
    caption: 'Unser neuer Employee-Advocacy-Hub ist online: Neuigkeiten von {name}, bereit zum Teilen in eigenen Worten. Ich arbeite bei {name}.',
    shortCaption: 'Neuigkeiten von {name}, in meinen Worten. #{tag}Employee',
  },
  guidelines: [
    {
      slug: 'social-media-policy',
      title: 'Social-Media-Richtlinie',
      description: 'Was du über {name} posten kannst, welche Themen tabu sind und wie du sagst, dass du hier arbeitest.',
      body: `## Kurz gesagt

- Ob du teilst, entscheidest immer du.
- Sag im Beitrag selbst, dass du bei {name} arbeitest, jedes Mal.
- Schreib in eigenen Worten: die Textvorschläge sind nur ein Anfang.
- Poste nur, was schon öffentlich ist. Im Zweifel erst fragen.

## Bitte

<Callout type="do">
- Teile Beiträge aus dem Hub und ergänze deine Sicht.
- Poste über das, was du selbst erlebt hast.
- Frag Kolleginnen und Kollegen, bevor du sie markierst oder ein Foto von ihnen postest.
</Callout>

## Bitte nicht

<Callout type="dont">
- Nichts über Produkte, Preise, Partner oder Termine, die noch nicht angekündigt sind.
- Sprich nicht für das Unternehmen zu Nachrichten, Beschwerden oder Geld: verweise Presse und Investoren an die Kommunikationsabteilung.
- Streite nicht mit Kritikern.
</Callout>

## Themen, die draußen bleiben

<PolicyBannedTopics />

## Sagen, dass du hier arbeitest

Verbraucherschutzregeln in vielen Ländern verlangen, dass die Beziehung im Beitrag selbst klar ist, nicht nur im Profil. Jeder Text im Hub enthält schon einen dieser Hinweise; wenn du selbst schreibst, behalte einen bei:

<PolicyDisclosures />
`,
    },
    {
      slug: 'brand-style-guide',
      title: 'Markenleitfaden',
      description: 'Wie wir unseren Namen schreiben, welche Hashtags wir nutzen und wie wir klingen.',
      body: `## Unser Name

<PolicyBrandTerms />

## Hashtags

Der Hub ergänzt die Hashtags des Beitrags, wenn dein Text sie noch nicht enthält.

<PolicyHashtagRules />

Schreib jeden Hashtag in CamelCase: das ist leichter zu lesen, und Screenreader lesen ihn als Wörter vor.

## Tonfall

Klar, konkret, freundlich und ehrlich. Auf deinen eigenen Konten schreibst du als du selbst.
`,
    },
    {
      slug: 'how-the-program-works',
      title: 'So funktioniert das Programm',
      description: 'Wie das Teilen aus dem Hub funktioniert, was gemessen wird und wen du fragen kannst.',
      body: `## Teilen ist freiwillig

Es gibt keine Ziele und keine Quoten. Teile, was dich interessiert, lass den Rest weg und ändere die Worte, so viel du willst.

## So funktioniert das Teilen

1. Wähle einen Beitrag und lies, warum er wichtig ist.
2. Wähle ein Netzwerk und einen Textvorschlag und passe ihn an.
3. Teile: der Hub öffnet das Netzwerk mit allem ausgefüllt oder kopiert den Text zum Einfügen.

## Was wir messen

Links auf unsere eigenen Websites tragen einen Code, der Besuche pro Beitrag, Netzwerk und Kampagne zählt. Der Hub speichert nie deinen Namen oder deine E-Mail-Adresse und hat keine Tracker.

## Wer das Programm leitet

<ProgramLead />
`,
    },
  ],
  faq: [
    { slug: 'do-i-have-to-share', topic: 'Programm', question: 'Muss ich Beiträge aus dem Hub teilen?', answer: 'Nein. Teilen ist immer freiwillig und spielt in Mitarbeitergesprächen keine Rolle.' },
    { slug: 'edit-the-caption', topic: 'Teilen', question: 'Darf ich den Textvorschlag ändern?', answer: 'Ja, gern: Beiträge in eigenen Worten lesen sich besser. Behalte den Hinweis, dass du hier arbeitest.' },
    { slug: 'is-my-sharing-tracked', topic: 'Datenschutz', question: 'Wird mein Teilen verfolgt?', answer: 'Gezählt werden nur Besuche auf unseren eigenen Websites über geteilte Links, mit deinem Advocate-Code. Der Code ist zufällig, wenn dein Browser ihn erstellt, oder mit einem geheimen Schlüssel aus deiner E-Mail-Adresse gebildet, wenn das Programmteam dir einen persönlichen Link schickt: Weder der Code noch der Hub verraten, wem er gehört, außer dem Programmteam, das die Liste und den Schlüssel hat. Die Bestenliste nennt nur Personen, die genannt werden möchten. Der Hub hat keine Tracker.' },
    { slug: 'who-to-contact', topic: 'Programm', question: 'Wen frage ich zum Hub?', answer: 'Die Programmleitung: siehe [So funktioniert das Programm]({prefix}/guidelines/how-the-program-works/).' },
  ],
};

/** Every language with its own starter texts. */
export const STARTER_TEXTS: Readonly<Record<string, StarterTexts>> = { en, de };

/** The starter texts of a language, or the English ones when there are none for it yet. */
export function starterTexts(locale: string): { texts: StarterTexts; translated: boolean } {
  const own = STARTER_TEXTS[locale] ?? STARTER_TEXTS[locale.split('-')[0]!];
  return own ? { texts: own, translated: true } : { texts: en, translated: false };
}
