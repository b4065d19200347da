// /impact/: shows the person their own figures, read from the one file named after the code
// remembered on this device (or given as ?advocate=CODE). Everything is written with
// textContent: nothing read from the file, the address or storage becomes HTML.
import { formatCount } from '../analytics/format.ts';
import type { AdvocateImpact, ImpactLine, ImpactPageData } from '../analytics/impact.ts';
import { openedPosts } from './opened-posts.ts';
import { captureAdvocateFromUrl, storedAdvocateCode } from './share-storage.ts';
import { fillPlaceholders as fill } from '../i18n/translate.ts';
import { impactFileUrl, isAdvocateImpact, nextToShare } from './impact-view.ts';

const root = document.querySelector<HTMLElement>('[data-impact]');
const dataText = root?.querySelector('[data-impact-page]')?.textContent;
// Whatever goes wrong while drawing (a file that passed the check yet breaks draw, a browser
// without Intl for this language), the person sees "No figures yet", never a half-drawn page.
if (root && dataText) show(root, JSON.parse(dataText) as ImpactPageData).catch(() => reveal(root, 'no-data'));

async function show(root: HTMLElement, page: ImpactPageData): Promise<void> {
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  $('[data-impact-nojs]')?.remove();
  showNext(root, page);
  const code = captureAdvocateFromUrl() ?? storedAdvocateCode();
  const url = code ? impactFileUrl(page.dataBase, code) : undefined;
  if (!code || !url) return reveal(root, 'no-code');
  for (const element of root.querySelectorAll('[data-code]')) element.textContent = code;
  const status = $('[data-impact-status]');
  if (status) status.textContent = page.text.loading;
  const impact = await load(url, code);
  if (status) status.textContent = '';
  if (!impact) return reveal(root, 'no-data');
  draw(root, page, impact);
  reveal(root, 'figures');
}

async function load(url: string, code: string): Promise<AdvocateImpact | undefined> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    const data: unknown = await response.json();
    return isAdvocateImpact(data, code) ? data : undefined;
  } catch {
    return undefined;
  }
}

function reveal(root: HTMLElement, state: string): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-state]')) section.hidden = section.dataset.state !== state;
}

function draw(root: HTMLElement, page: ImpactPageData, impact: AdvocateImpact): void {
  const count = (value: number) => formatCount(value, page.locale);
  const day = (iso: string) => new Intl.DateTimeFormat(page.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const set = (selector: string, text: string) => {
    const element = root.querySelector(selector);
    if (element) element.textContent = text;
  };
  set('[data-period]', fill(page.text.period, { from: day(impact.span.from), to: day(impact.span.to) }));
  for (const cell of root.querySelectorAll<HTMLElement>('[data-total]')) {
    const [period, measure] = (cell.dataset.total ?? '').split('.') as ['thisMonth' | 'allTime', 'sessions' | 'engaged' | 'keyEvents'];
    cell.textContent = count(impact[period]?.[measure] ?? 0);
  }
  const { rank } = impact;
  set('[data-rank]', rank.allTime ? fill(page.text.rank, { rank: count(rank.allTime), active: count(rank.active) }) : '');
  set('[data-rank-month]', rank.thisMonth ? fill(page.text.rankMonth, { rank: count(rank.thisMonth), active: count(rank.activeThisMonth) }) : page.text.noRankMonth);
  fillLines(root, 'networks', impact.networks, count, (key) => ({ text: page.networks[key] ?? key }));
  fillLines(root, 'posts', impact.posts, count, (key) => {
    const post = page.posts[key];
    return post ? { text: post.title, href: post.url } : { text: fill(page.text.gone, { slug: key }) };
  });
}

function fillLines(root: HTMLElement, key: string, lines: readonly ImpactLine[], count: (value: number) => string, label: (key: string) => { text: string; href?: string }): void {
  const body = root.querySelector(`[data-lines="${key}"]`);
  if (!body) return;
  body.replaceChildren(
    ...lines.map((line) => {
      const row = document.createElement('tr');
      const head = document.createElement('th');
      head.scope = 'row';
      const { text, href } = label(line.key);
      if (href) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = text;
        head.append(link);
      } else head.textContent = text;
      row.append(head);
      for (const value of [line.month.sessions, line.all.sessions, line.all.engaged, line.all.keyEvents]) {
        const cell = document.createElement('td');
        cell.className = 'num';
        cell.textContent = count(value);
        row.append(cell);
      }
      return row;
    }),
  );
}

function showNext(root: HTMLElement, page: ImpactPageData): void {
  const section = root.querySelector<HTMLElement>('[data-next]');
  const list = root.querySelector('[data-next-list]');
  if (!section || !list) return;
  const posts = nextToShare(page.next, openedPosts());
  list.replaceChildren(
    ...posts.map((post) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = post.url;
      link.textContent = post.title;
      const date = document.createElement('time');
      date.dateTime = post.date;
      date.textContent = post.shown;
      item.append(link, ' · ', date);
      return item;
    }),
  );
  const none = root.querySelector<HTMLElement>('[data-next-none]');
  if (none) none.hidden = posts.length > 0;
  section.hidden = false;
}
