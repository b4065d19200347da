import type { HubConfig } from '../schemas/hub.ts';

type Repository = NonNullable<HubConfig['repository']>;

function rootOf(repository: Repository): string {
  return repository.url.replace(/\/+$/, '');
}

/**
 * A link that opens a new issue with its title and text filled in, so a suggestion arrives as
 * an item the comms team can review. GitHub: `/issues/new?title=&body=`; GitLab:
 * `/-/issues/new?issue[title]=&issue[description]=`.
 */
export function suggestIssueUrl(repository: Repository, title: string, body: string): string {
  const root = rootOf(repository);
  return repository.provider === 'gitlab'
    ? `${root}/-/issues/new?issue[title]=${encodeURIComponent(title)}&issue[description]=${encodeURIComponent(body)}`
    : `${root}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}

/**
 * A link to the repository's editor for a new file. GitHub fills in the file name and its text
 * (`/new/<branch>?filename=&value=`); GitLab opens the editor in the file's folder, and the
 * template is copied from the page. Saving proposes a change that goes through review.
 */
export function newFileUrl(repository: Repository, filePath: string, text: string): { url: string; prefilled: boolean } {
  const root = rootOf(repository);
  const branch = encodeURIComponent(repository.branch);
  if (repository.provider === 'gitlab') {
    const folder = filePath.split('/').slice(0, -1).map(encodeURIComponent).join('/');
    return { url: `${root}/-/new/${branch}/${folder}`, prefilled: false };
  }
  return { url: `${root}/new/${branch}?filename=${encodeURIComponent(filePath)}&value=${encodeURIComponent(text)}`, prefilled: true };
}
