import { describe, expect, it } from 'vitest';
import { html } from '../build/dist.ts';

/** The words of an HTML fragment, as a reader gets them (tags out, entities decoded, spaces collapsed). */
function words(fragment: string): string {
  return fragment
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const main = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
/** The section a heading opens, up to the next heading of the same level. */
function section(page: string, heading: string): string {
  const start = page.search(new RegExp(`<h2[^>]*>${heading}</h2>`));
  expect(start, `no section "${heading}"`).toBeGreaterThan(-1);
  const next = page.indexOf('<h2', start + 4);
  return page.slice(start, next === -1 ? undefined : next);
}

describe('the leaderboard (built with HUB_NOW=2026-11-23 from the demo export)', () => {
  const page = main(html('/leaderboard/'));
  const text = words(page);

  it('ranks the last 30 days up to the build date, the running campaigns and all time', () => {
    const recent = words(section(page, 'Last 30 days'));
    expect(recent).toContain('October 25, 2026 – November 23, 2026');
    expect(recent).toMatch(/^Last 30 days .* Last 30 days: top advocates # Advocate Visits Engaged visits Points 1 Farid Ismail 202 124 2,900 2 Giulia Romano/);
    expect(section(page, 'Last 30 days')).toContain('<abbr title="Rank"');
    expect(text).toContain('Campaign: Ride to Work 2026');
    expect(text).toContain('Campaign: Ebbtide e-bike launch');
    expect(words(section(page, 'All time'))).toContain('1 Farid Ismail 291 181 4,175');
  });

  it('says how points are counted, from the hub settings', () => {
    expect(text).toContain('Points: 10 for each visit, 5 more when the visitor stays and looks around (an engaged visit), 20 for each key event');
  });

  it('names only advocates who chose to be shown, shows nobody\'s full code, and no trace of who asked not to be shown', () => {
    expect(text).toContain('Advocate 4iyk…');
    expect(text).not.toContain('Nurul Huda');
    expect(text).not.toContain('doi2');
    for (const code of ['doi2jl5rbi', '4iykdl7mjz', 'ra2c3zwvxe']) expect(page).not.toContain(code);
  });

  it('has a campaign hashtag leaderboard', () => {
    expect(words(section(page, 'Campaign hashtags'))).toMatch(/#RideToWork Ride to Work 2026 855 14 6 #EbbtideLaunch Ebbtide e-bike launch 728 12 5/);
  });

  it.each([
    ['/ms/leaderboard/', 'Papan pendahulu', 'Duta 4iyk…', '30 hari terakhir'],
    ['/it/leaderboard/', 'Classifica', 'Ambassador 4iyk…', 'Ultimi 30 giorni'],
  ])('is translated at %s', (path, title, anonymous, recent) => {
    const translated = words(main(html(path)));
    expect(translated).toContain(title);
    expect(translated).toContain(anonymous);
    expect(translated).toContain(recent);
  });
});

describe('the program dashboard', () => {
  const page = main(html('/dashboard/'));
  const text = words(page);

  it('sums up visits, engaged visits, key events, active advocates and earned media value', () => {
    expect(text).toContain('Visits 2,144 Engaged visits 1,371 Key events 113 Active advocates 12 in the last 30 days; 14 in all Earned media value €6,432');
  });

  it('draws visits over time as inline SVG, coloured by the stylesheet, with a summary and the numbers by week', () => {
    const figure = page.slice(page.indexOf('<figure'), page.indexOf('</figure>'));
    const weeks = page.slice(page.indexOf('</figure>'), page.indexOf('</details>'));
    expect(figure.match(/<path class="line (visits|engaged|key-events)"[^>]* d="M0 [\d.]+L/g)).toHaveLength(3);
    expect(figure).not.toMatch(/<path[^>]*(stroke|fill)=/);
    expect(words(figure)).toContain('Visits, engaged visits and key events per day from September 1, 2026 to November 22, 2026: 2,144 visits in all; the busiest day was');
    expect(words(weeks)).toMatch(/The numbers by week The numbers by week Week starting Visits Engaged visits Key events August 31, 2026 \d+/);
  });

  it('breaks the visits down by network, campaign, category and post, linking each post', () => {
    expect(words(section(page, 'By network'))).toContain('Network Visits Engaged visits Key events LinkedIn 1,335 848 65');
    expect(words(section(page, 'By campaign'))).toMatch(/Ride to Work 2026 855 .* No campaign 561/);
    expect(words(section(page, 'By category'))).toContain('Product announcements 1,076');
    expect(section(page, 'By post')).toMatch(/<a href="\/posts\/current-cargo-bike-families\/"[^>]*>The new Current cargo bike/);
    expect(main(html('/it/dashboard/'))).toContain('<a href="/it/posts/current-cargo-bike-families/"');
  });

  it('shows how the earned media value is worked out', () => {
    expect(words(section(page, 'Earned media value'))).toContain(
      'Clicks: 2,144 visits × €2.00 €4,288 Impressions, estimated: 2,144 visits ÷ 1% click-through rate = 214,400 impressions × €10.00 ÷ 1,000 €2,144 Earned media value €6,432',
    );
  });
});

describe('the reach calculator', () => {
  const page = main(html('/calculator/'));

  it('is a form that submits to itself with GET, one labelled field per input, hints and messages tied with aria-describedby', () => {
    expect(page).toMatch(/<form class="calculator" method="get" action="\/calculator\/"/);
    const inputs = page.match(/<input [^>]*>/g) ?? [];
    expect(inputs.map((input) => /name="(\w+)"/.exec(input)?.[1])).toEqual([
      'employees', 'participation_percent', 'connections', 'posts_per_month', 'reach_percent', 'ctr_percent', 'cpm', 'cpc',
    ]);
    for (const input of inputs) {
      const id = /id="([\w-]+)"/.exec(input)?.[1];
      expect(page).toContain(`<label for="${id}"`);
      for (const described of /aria-describedby="([^"]+)"/.exec(input)?.[1]?.split(' ') ?? []) expect(page).toContain(`id="${described}"`);
    }
    expect(inputs[0]).toMatch(/value="500"/);
    expect(inputs[1]).toMatch(/min="0" max="100"/);
  });

  it('shows the result for the example company of 500 without JavaScript, with its formula', () => {
    const results = words(section(page, 'Results'));
    expect(results).toContain('100 advocates');
    expect(results).toContain('Potential reach 200,000 2,400,000 Impressions 20,000 240,000 Clicks 200 2,400 Earned media value €600 €7,200');
    expect(results).toContain('Earned media value = €10.00 × 20,000 ÷ 1,000 + €2.00 × 200 = €600');
    expect(words(page)).toContain('Without JavaScript, the results below stay those of the example values.');
  });

  it('is translated, numbers and money included', () => {
    const italian = words(main(html('/it/calculator/')));
    expect(italian).toContain('Calcolatore di copertura');
    expect(italian).toContain('Valore media guadagnato 600 € 7200 €');
    expect(words(main(html('/ms/calculator/')))).toContain('Kalkulator capaian');
  });
});

describe('the site navigation', () => {
  it('groups the program pages under one entry that fits a phone', () => {
    const header = html('/');
    // The main navigation's menu (the language menu of a phone's header is a <details> too).
    const start = header.indexOf('<details', header.indexOf('aria-label="Main"'));
    const group = header.slice(start, header.indexOf('</details>', start));
    expect(words(group)).toBe('Program Program & contact Leaderboard Dashboard Reach calculator');
    for (const path of ['/program/', '/leaderboard/', '/dashboard/', '/calculator/']) expect(group).toContain(`href="${path}"`);
    expect(html('/dashboard/')).toMatch(/<a href="\/dashboard\/" aria-current="page"/);
  });
});
