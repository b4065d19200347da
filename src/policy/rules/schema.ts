import { zodIssuesToFindings } from '../../reading/zod-findings.ts';
import type { Rule } from '../rule.ts';

/**
 * The zod schemas' complaints (missing or mistyped fields, unknown category or campaign, a
 * missing image, expiry before publish…) on the field's line, and files in a language folder
 * the hub does not publish.
 */
export const schema: Rule = (doc, context, report) => {
  if (doc.block && doc.issues.length > 0) {
    for (const { file: _file, ...finding } of zodIssuesToFindings(doc.file, doc.issues, doc.block.yaml)) report(finding);
  }
  if (doc.locale !== undefined && !context.hub.locales.some((locale) => locale.code === doc.locale)) {
    const codes = context.hub.locales.map((locale) => locale.code).join(', ');
    report({
      line: 1,
      column: 1,
      severity: 'error',
      ruleId: 'content-location',
      message: `this file is in the folder "${doc.locale}", which is not a language of this hub (${codes}); move it to one of those folders or add the language to hub.yaml`,
    });
  }
};
