import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mayImport } from '../../.dependency-cruiser.mjs';
import { astroImports, describeViolation, layerViolations } from './cruise-layers.ts';

describe('the layers of src/ (CONTRIBUTING.md, "Layers")', () => {
  it('hold: no import points up a layer, and no two folders reach each other', async () => {
    const violations = await layerViolations();
    expect(violations.map(describeViolation), 'each line names the import to move and the rule it breaks').toEqual([]);
  });

  it('give every folder of src/ its place, so a new folder cannot slip past the rules', () => {
    const folders = readdirSync(new URL('../../src', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => !(folder in mayImport))).toEqual([]);
  });
});

describe('the check of the layers', () => {
  it('reads the imports of a .astro file from its front matter and, apart, from its scripts', () => {
    const imports = astroImports(
      [
        '---',
        "import type { HubConfig } from '../../schemas/hub.ts';",
        "import Card from './Card.astro';",
        "export { helper } from './helper.ts';",
        "const lazy = await import('../../reading/queries.ts');",
        '---',
        '<p>import nothing from "../../policy/engine.ts" here</p>',
        '<Card />',
        "<script>import '../../client/share-panel.ts';</script>",
        '<script is:inline>console.log(1)</script>',
      ].join('\n'),
    );
    expect(imports.frontmatter).toEqual([
      { source: '../../schemas/hub.ts', typeOnly: true },
      { source: './Card.astro', typeOnly: false },
      { source: './helper.ts', typeOnly: false },
      { source: '../../reading/queries.ts', typeOnly: false },
    ]);
    expect(imports.scripts).toEqual([{ source: '../../client/share-panel.ts', typeOnly: false }]);
  });

  it('fails on an import that points up, on a circle of folders or of modules, and on a component that imports a browser script', async () => {
    const violations = await layerViolations({
      extraFiles: {
        // policy imports share, so this closes a circle that no single folder rule forbids.
        'src/share/uses-policy.ts': "export { ruleCatalog } from '../policy/rule-catalog.ts';\n",
        'src/schemas/uses-analytics.ts': "import { dayOf } from '../analytics/dates.ts';\nexport const today = dayOf(new Date());\n",
        'src/reading/uses-policy.ts': "import type { Rule } from '../policy/rule.ts';\nexport type Rules = Rule[];\n",
        'src/client/uses-component.ts': "import type { Props } from '../components/share/SharePanel.astro';\nexport type P = Props;\n",
        'src/lib/first-half.ts': "import { second } from './second-half.ts';\nexport const first = () => second();\n",
        'src/lib/second-half.ts': "import { first } from './first-half.ts';\nexport const second = (): unknown => first;\n",
        'src/components/site/UsesLayout.astro': "---\nimport BaseLayout from '../../layouts/BaseLayout.astro';\n---\n<BaseLayout />\n",
        'src/components/share/ImportsClient.astro': [
          '---',
          "import { storedAdvocateCode } from '../../client/share-storage.ts';",
          '---',
          '<p>{storedAdvocateCode()}</p>',
          "<script>import '../../client/share-bar.ts';</script>",
        ].join('\n'),
      },
    });
    const found = violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'schemas-imports-below: src/schemas/uses-analytics.ts → src/analytics/dates.ts',
        'reading-imports-below: src/reading/uses-policy.ts → src/policy/rule.ts',
        'client-imports-below: src/client/uses-component.ts → src/components/share/SharePanel.astro.ts',
        'components-imports-below: src/components/site/UsesLayout.astro.ts → src/layouts/BaseLayout.astro.ts',
        'client-from-component-scripts-only: src/components/share/ImportsClient.astro.ts → src/client/share-storage.ts',
        'no-module-cycles: src/lib/first-half.ts → src/lib/second-half.ts',
      ]),
    );
    // The <script> of the same component may import the browser script.
    expect(found.filter((line) => line.includes('ImportsClient.astro.script.ts'))).toEqual([]);
    const circles = violations.filter((violation) => violation.rule.name === 'no-folder-cycles').map(describeViolation);
    const shareAndPolicy = circles.filter((circle) => /^no-folder-cycles: src\/(share → src\/policy → src\/share|policy → src\/share → src\/policy)\n/.test(circle));
    expect(shareAndPolicy, 'one circle, given once, with the import that closes it').toHaveLength(1);
    expect(shareAndPolicy[0]).toContain('src/share/uses-policy.ts imports src/policy/rule-catalog.ts');
    expect(describeViolation(violations.find((violation) => violation.from.endsWith('UsesLayout.astro.ts'))!)).toMatch(
      /^components-imports-below: src\/components\/site\/UsesLayout\.astro imports src\/layouts\/BaseLayout\.astro\n  src\/components\/ may import only from/,
    );
  });
});
