import { describe, expect, it } from 'vitest';
import { captionFor, chooseVariant, hasHashtag, mergeHashtags, variantIndex } from '../../src/share/captions.ts';

const variants = ['First suggestion', 'Second suggestion', 'Third suggestion'];

describe('chooseVariant', () => {
  it('starts people without a code on the first suggestion', () => {
    expect(chooseVariant(variants)).toBe('First suggestion');
    expect(chooseVariant(variants, null)).toBe('First suggestion');
  });

  it('gives one person the same suggestion every time', () => {
    expect(chooseVariant(variants, 'glbs3tzlk4')).toBe(chooseVariant(variants, 'glbs3tzlk4'));
  });

  it('spreads colleagues across the suggestions', () => {
    const tally = [0, 0, 0];
    for (let n = 0; n < 300; n++) tally[variantIndex(3, `team-${n.toString(36)}-x`)]! += 1;
    for (const count of tally) expect(count).toBeGreaterThan(70);
  });

  it('handles a single suggestion and an empty list', () => {
    expect(chooseVariant(['Only one'], 'glbs3tzlk4')).toBe('Only one');
    expect(chooseVariant([], 'glbs3tzlk4')).toBe('');
  });
});

describe('captionFor', () => {
  const captions = { default: ['Default words'], x: ['Short words for X'] };

  it('uses the network\'s own captions first', () => {
    expect(captionFor(captions, 'x')).toEqual(['Short words for X']);
  });

  it('falls back to default', () => {
    expect(captionFor(captions, 'linkedin')).toEqual(['Default words']);
  });

  it('falls back to the first list when there is no default', () => {
    expect(captionFor({ linkedin: ['Only LinkedIn words'] }, 'bluesky')).toEqual(['Only LinkedIn words']);
  });
});

describe('mergeHashtags', () => {
  it('adds missing hashtags on a new paragraph', () => {
    expect(mergeHashtags('New bike day.', ['RideToWork', 'EbbtideLaunch'])).toBe('New bike day.\n\n#RideToWork #EbbtideLaunch');
  });

  it('never repeats a hashtag the caption has, whatever its case', () => {
    expect(mergeHashtags('#RIDETOWORK starts today.', ['RideToWork', 'EbbtideLaunch'])).toBe('#RIDETOWORK starts today.\n\n#EbbtideLaunch');
  });

  it('adds each hashtag once even when listed twice', () => {
    expect(mergeHashtags('New bike day.', ['RideToWork', '#ridetowork'])).toBe('New bike day.\n\n#RideToWork');
  });

  it('continues after a caption that ends with a hashtag', () => {
    expect(mergeHashtags('New bike day #ridetowork', ['RideToWork', 'EbbtideLaunch'])).toBe('New bike day #ridetowork #EbbtideLaunch');
    expect(mergeHashtags('New bike day.\n\n#TidewaterEmployee', ['RideToWork'])).toBe('New bike day.\n\n#TidewaterEmployee #RideToWork');
  });

  it('does not mistake a longer hashtag for the one to add', () => {
    expect(mergeHashtags('Join #RideToWorkDay.', ['RideToWork'])).toBe('Join #RideToWorkDay.\n\n#RideToWork');
  });

  it('returns the caption unchanged when nothing is missing', () => {
    expect(mergeHashtags('All set #RideToWork', ['RideToWork'])).toBe('All set #RideToWork');
  });

  it('recognises hashtags in other scripts', () => {
    expect(hasHashtag('Selamat #BasikalKe_Kerja!', 'basikalke_kerja')).toBe(true);
    expect(hasHashtag('Città #Ciclabilità', 'ciclabilità')).toBe(true);
  });
});
