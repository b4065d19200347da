import { relative, sep } from 'node:path';
import type { HubConfig } from '../schemas/hub.ts';
import { translator } from '../i18n/translator.ts';
import { pathFor, readScaffoldContext } from './new-file.ts';
import { renderTemplate } from './templates.ts';

/** What the "Suggest a post" page offers: the post template and where a suggested file would go. */
export interface Suggestion {
  issueTitle: string;
  issueBody: string;
  template: string;
  /** Path in the repository of a post written from the page. */
  filePath: string;
}

/** The post template in a language, as an issue text and as a new file, built from the same schemas as `npm run new`. */
export function suggestionFor(hub: HubConfig, locale: string, dir: string, today: Date, cwd = process.cwd()): Suggestion {
  const t = translator(locale, hub.default_locale);
  const template = renderTemplate(
    { type: 'post', title: t('new.title'), locale, category: hub.categories[0]?.id },
    { hub, ...readScaffoldContext(dir, hub, locale, today) },
  );
  const folder = relative(cwd, dir).split(sep).join('/') || '.';
  return {
    issueTitle: t('suggest.issueTitle'),
    issueBody: `${t('suggest.issueIntro')}\n\n\`\`\`yaml\n${template.trimEnd()}\n\`\`\`\n`,
    template,
    filePath: `${folder}/${pathFor('post', locale, 'new-post')}`,
  };
}
