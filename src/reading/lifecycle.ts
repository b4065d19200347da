/**
 * Whether a post is built and listed. Builds run on a schedule (see the deploy workflow), so
 * "now" is the build's moment; HUB_NOW=YYYY-MM-DD pins it for tests and previews.
 */
export type PostState = 'draft' | 'scheduled' | 'live' | 'expired';

interface Dated {
  draft: boolean;
  publish_date: Date;
  expiry_date?: Date | undefined;
}

export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.HUB_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) throw new Error(`HUB_NOW="${pinned}" is not a date; write it as YYYY-MM-DD`);
    return date;
  }
  return new Date();
}

export function postState(post: Dated, now: Date): PostState {
  if (post.draft) return 'draft';
  if (post.publish_date.getTime() > now.getTime()) return 'scheduled';
  if (post.expiry_date && post.expiry_date.getTime() <= now.getTime()) return 'expired';
  return 'live';
}

/** Drafts and embargoed posts get no page at all. */
export function hasPage(post: Dated, now: Date): boolean {
  const state = postState(post, now);
  return state === 'live' || state === 'expired';
}

/** Expired posts keep their page (links already shared still work) but leave every list. */
export function isListed(post: Dated, now: Date): boolean {
  return postState(post, now) === 'live';
}

/** Newest first; ties by title so the order never depends on the file system. */
export function newestFirst<T extends { publish_date: Date; title: string }>(a: T, b: T): number {
  return b.publish_date.getTime() - a.publish_date.getTime() || a.title.localeCompare(b.title);
}

/** Where a campaign stands on a date; it runs until the end of its last day. */
export function campaignPhase(campaign: { start: Date; end: Date }, now: Date): 'upcoming' | 'running' | 'ended' {
  if (now.getTime() < campaign.start.getTime()) return 'upcoming';
  return now.getTime() <= campaign.end.getTime() + 86_399_999 ? 'running' : 'ended';
}

/** Whether a campaign is running on a date. */
export function campaignActive(campaign: { start: Date; end: Date }, now: Date): boolean {
  return campaignPhase(campaign, now) === 'running';
}
