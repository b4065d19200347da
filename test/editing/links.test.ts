import { describe, expect, it } from 'vitest';
import { editLink } from '../../src/reading/edit-link.ts';
import { newFileUrl, suggestIssueUrl } from '../../src/scaffold/suggest-link.ts';

const github = { url: 'https://github.com/tidewater-cycles/advocacy-hub/', branch: 'main', provider: 'github' as const };
const gitlab = { url: 'https://gitlab.example.org/comms/hub', branch: 'live', provider: 'gitlab' as const };

describe('"Edit this page" links', () => {
  it('open the file in the GitHub editor on the configured branch', () => {
    expect(editLink(github, 'content/posts/en/ebbtide-launch-day.md')).toBe(
      'https://github.com/tidewater-cycles/advocacy-hub/edit/main/content/posts/en/ebbtide-launch-day.md',
    );
  });

  it('open the file in the GitLab editor, encoding unusual file names', () => {
    expect(editLink(gitlab, 'content/faq/it/perché sì.md')).toBe(
      'https://gitlab.example.org/comms/hub/-/edit/live/content/faq/it/perch%C3%A9%20s%C3%AC.md',
    );
  });
});

describe('"Suggest a post" links', () => {
  const template = '---\ntitle: "A & B: 100% #good?"\n---\nBody\n';

  it('open a GitHub issue with the title and the template as its text, URL-encoded', () => {
    const url = new URL(suggestIssueUrl(github, 'Post suggestion: ', template));
    expect(url.origin + url.pathname).toBe('https://github.com/tidewater-cycles/advocacy-hub/issues/new');
    expect(url.searchParams.get('title')).toBe('Post suggestion: ');
    expect(url.searchParams.get('body')).toBe(template);
    expect(suggestIssueUrl(github, 't', template)).not.toMatch(/[ #&]title|[\n"]/);
  });

  it('open a GitLab issue with issue[title] and issue[description]', () => {
    const url = new URL(suggestIssueUrl(gitlab, 'Proposta di post: ', template));
    expect(url.origin + url.pathname).toBe('https://gitlab.example.org/comms/hub/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('Proposta di post: ');
    expect(url.searchParams.get('issue[description]')).toBe(template);
  });

  it('open the GitHub editor with a new file already named and filled in', () => {
    const { url, prefilled } = newFileUrl(github, 'content/posts/en/new-post.md', template);
    const parsed = new URL(url);
    expect(prefilled).toBe(true);
    expect(parsed.pathname).toBe('/tidewater-cycles/advocacy-hub/new/main');
    expect(parsed.searchParams.get('filename')).toBe('content/posts/en/new-post.md');
    expect(parsed.searchParams.get('value')).toBe(template);
  });

  it('open the GitLab editor in the posts folder, where the template is pasted', () => {
    expect(newFileUrl(gitlab, 'content/posts/it/new-post.md', template)).toEqual({
      url: 'https://gitlab.example.org/comms/hub/-/new/live/content/posts/it',
      prefilled: false,
    });
  });
});
