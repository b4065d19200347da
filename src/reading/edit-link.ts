import type { HubConfig } from '../schemas/hub.ts';

/** The repository page where a content file can be edited (GitHub or GitLab web editor). */
export function editLink(repository: NonNullable<HubConfig['repository']>, filePath: string): string {
  const root = repository.url.replace(/\/+$/, '');
  const path = filePath.split('/').map(encodeURIComponent).join('/');
  return repository.provider === 'gitlab'
    ? `${root}/-/edit/${repository.branch}/${path}`
    : `${root}/edit/${repository.branch}/${path}`;
}
