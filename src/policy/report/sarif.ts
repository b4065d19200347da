import type { Finding, Severity } from '../../reading/finding.ts';
import type { RuleInfo } from '../rule-catalog.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * SARIF 2.1.0, the format code-scanning tools read (GitHub code scanning, IDE viewers): one run,
 * the rules in `tool.driver.rules`, one result per finding, and certain fixes as replacements.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function formatSarif(findings: readonly Finding[], catalog: readonly RuleInfo[], informationUri?: string): string {
  const rules = [...catalog];
  for (const finding of findings) {
    if (!rules.some((rule) => rule.id === finding.ruleId)) rules.push({ id: finding.ruleId, description: finding.ruleId, level: finding.severity });
  }
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'advocacy-hub-check',
            ...(informationUri ? { informationUri } : {}),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.level] },
              ...(rule.url ? { helpUri: rule.url } : {}),
            })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: index.get(finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  ...(finding.endLine !== undefined ? { endLine: finding.endLine } : {}),
                  ...(finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
                },
              },
            },
          ],
          ...(finding.fix?.range
            ? {
                fixes: [
                  {
                    description: { text: finding.fix.description },
                    artifactChanges: [
                      {
                        artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                        replacements: [
                          {
                            deletedRegion: { charOffset: finding.fix.range[0], charLength: finding.fix.range[1] - finding.fix.range[0] },
                            insertedContent: { text: finding.fix.replacement ?? '' },
                          },
                        ],
                      },
                    ],
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
