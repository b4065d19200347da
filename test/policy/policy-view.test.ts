import { describe, expect, it } from 'vitest';
import { loadHubConfig } from '../../src/reading/hub-config.ts';
import { loadPolicy } from '../../src/reading/load-policy.ts';
import { bannedTopicsView, brandTermsView, disclosuresView, hashtagRulesView } from '../../src/policy/policy-view.ts';
import { fixtureHub } from '../build/dist.ts';

// The guidelines pages show the same policy the checker enforces: here the fixture hub's policy.yaml.
const dir = fixtureHub;
const policy = loadPolicy(dir);
const hub = loadHubConfig(dir);

describe('what the guidelines components show', () => {
  it('banned topics in the page language, with the words unless the policy hides them', () => {
    const topics = bannedTopicsView(policy, 'it', 'en');
    const politics = topics.find((topic) => topic.id === 'no-politics');
    expect(politics?.topic).toBe('Politica, elezioni e partiti politici');
    expect(politics?.terms).toContain('election');
    expect(topics.find((topic) => topic.id === 'no-profanity')?.terms).toEqual([]);
  });

  it('brand spellings as right and wrong', () => {
    expect(brandTermsView(policy)).toContainEqual({ right: 'Tidewater', wrong: expect.arrayContaining(['TideWater', 'Tide Water']) });
  });

  it('the disclosure accepted in the page language, the networks and the exempt categories', () => {
    const view = disclosuresView(policy, hub, 'ms');
    expect(view?.accepted).toEqual(['#TidewaterEmployee', 'Saya bekerja di Tidewater']);
    expect(view?.networks).toEqual(['LinkedIn', 'X', 'Facebook', 'Threads', 'Bluesky', 'Mastodon', 'Instagram']);
    expect(view?.exemptCategories).toEqual(['Kami sedang mengambil pekerja']);
  });

  it('hashtag limits per network', () => {
    const view = hashtagRulesView(policy, 'en');
    expect(view?.limits).toEqual([{ count: 3, networks: ['X'] }]);
    expect(view?.defaultLimit).toBe(5);
    expect(view?.recommended).toContain('#TidewaterEmployee');
  });
});
