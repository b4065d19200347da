import { escapeMarkup as e } from './markup.ts';
import { digestLink, digestWords, type Digest } from './digest.ts';
import { noticeMeta } from './notice.ts';
import { textDirection } from '../i18n/direction.ts';

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const WIDTH = 600;
const PAD = 24;

/**
 * The HTML version (digest.html), written for mail clients rather than browsers: nested
 * presentation tables, inline styles only, fixed-width images with alt text and absolute URLs,
 * no scripts, no web fonts, no CSS the big clients drop (Outlook reads only simple properties).
 */
export function renderDigestHtml(digest: Digest): string {
  const words = digestWords(digest);
  const brand = digest.brandColour;
  const onBrand = readableOn(brand);
  const row = (content: string, style = '') =>
    `<tr><td style="padding:0 ${PAD}px ${PAD}px;${FONT}${style}">${content}</td></tr>`;

  const posts = digest.notices.map((notice) => {
    const link = e(digestLink(digest, notice.url));
    const image = notice.image
      ? `<a href="${link}"><img src="${e(notice.image.url)}" alt="${e(notice.image.alt)}" width="${WIDTH - 2 * PAD}" style="display:block;width:100%;max-width:${WIDTH - 2 * PAD}px;height:auto;border:0;border-radius:6px;margin:0 0 12px;"></a>`
      : '';
    return row(
      [
        image,
        `<p style="margin:0 0 4px;font-size:13px;line-height:18px;color:#4d5b69;">${e(noticeMeta(notice, digest.locale))}</p>`,
        `<h2 style="margin:0 0 8px;font-size:20px;line-height:26px;"><a href="${link}" style="color:#17212b;text-decoration:underline;">${e(notice.title)}</a></h2>`,
        `<p style="margin:0 0 8px;font-size:15px;line-height:22px;color:#17212b;">${e(notice.summary)}</p>`,
        `<p style="margin:0 0 14px;font-size:14px;line-height:20px;color:#4d5b69;"><strong>${e(words.why)}:</strong> ${e(notice.whyItMatters)}</p>`,
        button(link, words.open, brand, onBrand),
      ].join('\n'),
      'border-bottom:1px solid #e1e7ec;padding-top:20px;',
    );
  });

  return `<!DOCTYPE html>
<html lang="${e(digest.locale)}" dir="${textDirection(digest.locale)}" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${e(words.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f6f8;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${e(words.intro)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f6f8;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:${WIDTH}px;background-color:#ffffff;border:1px solid #e1e7ec;">
<tr><td style="padding:20px ${PAD}px;background-color:${brand};color:${onBrand};${FONT}">
<p style="margin:0 0 4px;font-size:14px;line-height:20px;color:${onBrand};">${e(digest.organisation)}</p>
<h1 style="margin:0;font-size:24px;line-height:30px;color:${onBrand};">${e(words.subject)}</h1>
</td></tr>
<tr><td style="padding:${PAD}px ${PAD}px 8px;${FONT}font-size:15px;line-height:22px;color:#17212b;">
<p style="margin:0 0 12px;">${e(words.intro)}</p>
${words.personal ? `<p style="margin:0 0 12px;font-size:13px;line-height:19px;color:#4d5b69;">${e(words.personal)}</p>` : ''}
</td></tr>
${posts.join('\n')}
<tr><td style="padding:${PAD}px;${FONT}font-size:15px;line-height:22px;color:#17212b;">
<p style="margin:0 0 8px;">${e(words.choice)}</p>
<p style="margin:0;"><a href="${e(digestLink(digest, digest.hubUrl))}" style="color:${onBrand === '#ffffff' ? brand : '#17212b'};text-decoration:underline;">${e(words.hub)}</a></p>
</td></tr>
<tr><td style="padding:16px ${PAD}px;background-color:#f3f6f8;${FONT}font-size:12px;line-height:18px;color:#4d5b69;">${e(words.footer)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** A "bulletproof" button: a table cell with the colour, so clients that ignore padding on links still show it. */
function button(href: string, label: string, background: string, colour: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:${background};border-radius:4px;"><a href="${href}" style="display:inline-block;padding:10px 18px;${FONT}font-size:15px;font-weight:bold;color:${colour};text-decoration:none;">${e(label)}</a></td></tr></table>`;
}

/** Black or white text, whichever reads better on the brand colour (WCAG relative luminance). */
export function readableOn(hex: string): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
