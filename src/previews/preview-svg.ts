import { textWidth, wrapTitle } from './wrap-title.ts';

/** What a drawn preview shows. Everything that changes the picture belongs here (it is hashed). */
export interface PreviewContent {
  title: string;
  /** Small label above the title, such as the category. Empty for none. */
  label: string;
  /** Shown at the bottom, such as the organisation's name. */
  footer: string;
  /** Background colour, `#rrggbb`. */
  colour: string;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

const PADDING = 80;
const TITLE_SIZE = 64;
const TITLE_LINE = 78;
const TITLE_MAX_LINES = 4;
const LABEL_SIZE = 26;
const FOOTER_SIZE = 32;
const BAND = 120;
// Generic family names only: librsvg (inside sharp) resolves them through fontconfig, so any
// machine draws the preview with a font it has and nothing is downloaded.
const FONT = 'sans-serif';

/** The preview as SVG text: brand colour background, label, wrapped title, footer band. */
export function previewSvg(content: PreviewContent): string {
  const ink = readableInk(content.colour);
  const titleArea = { top: PADDING + (content.label ? 70 : 0), bottom: PREVIEW_HEIGHT - BAND - 40 };
  const maxLines = Math.min(TITLE_MAX_LINES, Math.floor((titleArea.bottom - titleArea.top) / TITLE_LINE));
  const { lines } = wrapTitle(content.title, { fontSize: TITLE_SIZE, maxWidth: PREVIEW_WIDTH - 2 * PADDING, maxLines });
  // Centre the title block in the space between label and band; the baseline sits ~0.8 em below a line's top.
  const blockHeight = lines.length * TITLE_LINE;
  const firstBaseline = titleArea.top + Math.max(0, (titleArea.bottom - titleArea.top - blockHeight) / 2) + TITLE_SIZE * 0.9;
  const label = content.label.toLocaleUpperCase();
  const labelWidth = Math.min(PREVIEW_WIDTH - 2 * PADDING, Math.round(textWidth(label, LABEL_SIZE) + 2 * [...label].length + 48));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="100%" height="100%" fill="${content.colour}"/>`,
    `<circle cx="1090" cy="90" r="260" fill="${ink}" fill-opacity="0.07"/>`,
    `<circle cx="1160" cy="40" r="150" fill="${ink}" fill-opacity="0.07"/>`,
    `<rect y="${PREVIEW_HEIGHT - BAND}" width="100%" height="${BAND}" fill="#000" fill-opacity="0.22"/>`,
    `<rect x="${PADDING}" y="${PREVIEW_HEIGHT - BAND - 8}" width="120" height="8" fill="${ink}"/>`,
    label
      ? `<rect x="${PADDING}" y="${PADDING}" width="${labelWidth}" height="48" rx="24" fill="${ink}" fill-opacity="0.16"/>` +
        `<text x="${PADDING + 24}" y="${PADDING + 33}" font-family="${FONT}" font-size="${LABEL_SIZE}" font-weight="700" letter-spacing="2" fill="${ink}">${escapeXml(label)}</text>`
      : '',
    `<text font-family="${FONT}" font-size="${TITLE_SIZE}" font-weight="700" fill="${ink}">`,
    ...lines.map((line, index) => `<tspan x="${PADDING}" y="${Math.round(firstBaseline + index * TITLE_LINE)}">${escapeXml(line)}</tspan>`),
    `</text>`,
    `<text x="${PADDING}" y="${PREVIEW_HEIGHT - BAND / 2 + FOOTER_SIZE * 0.35}" font-family="${FONT}" font-size="${FOOTER_SIZE}" font-weight="700" fill="${ink}">${escapeXml(content.footer)}</text>`,
    `</svg>`,
  ].join('\n');
}

/** White on dark brand colours, near-black on light ones: whichever contrasts more. */
export function readableInk(colour: string): string {
  const luminance = relativeLuminance(colour);
  const onWhite = 1.05 / (luminance + 0.05);
  const onBlack = (luminance + 0.05) / 0.05;
  return onWhite >= onBlack ? '#ffffff' : '#111111';
}

function relativeLuminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(colour.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}
