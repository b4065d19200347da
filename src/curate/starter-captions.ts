import type { NetworkId } from '../schemas/common.ts';
import type { HubConfig } from '../schemas/hub.ts';
import { CAPTION_KEYS, type CaptionKey } from '../schemas/post.ts';
import { shareSubject, suggestedCaption, textToCount, trackedLink } from '../share/compose.ts';
import { countForNetwork } from '../share/count.ts';

export interface CaptionSeed {
  title: string;
  summary: string;
  link: string;
  slug: string;
  locale: string;
  campaign?: string | undefined;
  campaignHashtag?: string | undefined;
  /** Words that say the writer works here (from the content policy), added at the end. */
  disclosure?: string | undefined;
}

/**
 * One starter caption per network the hub shows: the title, then as much of the summary as fits
 * that network, then the disclosure. Fitting is measured by the share panel's own counter on the
 * text the panel would send (hashtags added, the link with UTM parameters and a full-length
 * advocate code), so the caption passes the length rule as written. Editors rewrite them.
 */
export function starterCaptions(hub: HubConfig, seed: CaptionSeed): Partial<Record<CaptionKey, string[]>> {
  const networks = hub.networks.filter((id): id is NetworkId & CaptionKey => (CAPTION_KEYS as readonly string[]).includes(id));
  const captions: Partial<Record<CaptionKey, string[]>> = {};
  const words = seed.summary.split(' ').filter(Boolean);
  const sampleCode = 'x'.repeat(hub.advocate.code_length);
  for (const network of networks) {
    const fits = (caption: string) => {
      const subject = shareSubject(hub, { title: seed.title, link: seed.link, campaign: seed.campaign, captions: { [network]: [caption] }, hashtags: [] }, {
        slug: seed.slug,
        locale: seed.locale,
        pageUrl: seed.link,
        campaignHashtag: seed.campaignHashtag,
      });
      const text = textToCount(network, suggestedCaption(subject, network), trackedLink(subject, network, sampleCode));
      return !countForNetwork(network, text).over;
    };
    // Fewer and fewer words of the summary until the caption fits; the title alone is the floor.
    let chosen = compose(seed, []);
    for (let count = words.length; count >= 0; count = count === words.length ? Math.min(count - 1, 60) : count - 1) {
      const caption = compose(seed, words.slice(0, count), count < words.length);
      if (fits(caption)) {
        chosen = caption;
        break;
      }
    }
    captions[network] = [chosen];
  }
  return captions;
}

function compose(seed: CaptionSeed, words: readonly string[], cut = false): string {
  const summary = words.length === 0 ? '' : cut ? `${words.join(' ').replace(/[\s,;:.–—-]+$/u, '')}…` : sentence(words.join(' '));
  return [sentence(seed.title), summary, seed.disclosure].filter(Boolean).join(' ');
}

/** Ends with a full stop unless it already ends a sentence (closing quotes and brackets allowed). */
function sentence(text: string): string {
  return /[.!?…]["'”’»)\]]*$/u.test(text) ? text : `${text}.`;
}
