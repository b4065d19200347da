/**
 * The layers of src/ (CONTRIBUTING.md, "Layers"), as dependency-cruiser rules. An import only
 * ever points down a layer, and no two folders import each other, however indirectly.
 * test/architecture/layers.test.ts runs these rules over every .ts file and the imports of every
 * .astro file (front matter and <script>), so `npm test` fails on a new import that breaks them.
 *
 * Read from the bottom:
 *   lib                          small helpers with no knowledge of the hub
 *   schemas                      the zod schemas: zod and lib only
 *   i18n, reading                interface words and routes; reading the content folder (the one
 *                                place that knows its layout, reads and parses its files)
 *   share, search, analytics, policy, notify, scaffold, previews, curate, cms
 *                                the domain modules: may use each other, never in a circle
 *   client                       the browser scripts
 *   components, layouts, pages, integrations, content.config.ts
 *                                what Astro runs; scripts/ (the commands) above everything
 */

/** The folders each folder of src/ may import, besides itself. */
const foundation = ['lib', 'schemas', 'i18n', 'reading'];
const domain = ['share', 'search', 'analytics', 'policy', 'notify', 'scaffold', 'previews', 'curate', 'cms'];
export const mayImport = {
  lib: [],
  schemas: ['lib'],
  i18n: ['lib', 'schemas'],
  reading: ['lib', 'schemas'],
  ...Object.fromEntries(domain.map((name) => [name, [...foundation, ...domain]])),
  // The browser cannot read the content folder: no `reading` here.
  client: ['lib', 'schemas', 'i18n', ...domain],
  // `client` only from a <script> of a component, which the browser loads on its own (below).
  components: [...foundation, ...domain, 'client', 'styles'],
  layouts: [...foundation, ...domain, 'client', 'components', 'styles'],
  pages: [...foundation, ...domain, 'client', 'components', 'layouts', 'styles'],
  integrations: [...foundation, ...domain],
  styles: [],
};

const folderRules = Object.entries(mayImport).map(([folder, allowed]) => ({
  name: `${folder}-imports-below`,
  severity: 'error',
  comment: allowed.length
    ? `src/${folder}/ may import only from ${allowed.map((name) => `src/${name}/`).join(', ')}: an import points down a layer (CONTRIBUTING.md, "Layers")`
    : `src/${folder}/ imports nothing else from src/: it is the bottom layer (CONTRIBUTING.md, "Layers")`,
  from: { path: `^src/${folder}/` },
  to: { path: '^(src|scripts)/', pathNot: `^src/(${[folder, ...allowed].join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    ...folderRules,
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'Two folders of src/ reach each other through their imports: a change in one drags the other along. Move the shared part down a layer (CONTRIBUTING.md, "Layers")',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Two modules reach each other through their imports; one of them should not need the other',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'client-from-component-scripts-only',
      severity: 'error',
      comment:
        'A component reaches src/client/ only from a <script>, which the browser loads on its own; logic both need belongs in a domain module such as src/share/',
      // `*.astro.script.ts` stands for the <script> elements of a .astro file
      // (test/architecture/astro-imports.ts). share-panel-boot.ts is the text of an inline script.
      from: { path: '^src/(components|layouts|pages)/', pathNot: '\\.astro\\.script\\.ts$' },
      to: { path: '^src/client/', pathNot: '^src/client/share-panel-boot\\.ts$' },
    },
    {
      name: 'config-imports-reading-and-schemas',
      severity: 'error',
      comment: 'src/content.config.ts defines the collections from the content layer and the schemas only',
      from: { path: '^src/content\\.config\\.ts$' },
      to: { path: '^(src|scripts)/', pathNot: '^src/(reading|schemas|lib)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports tie folders together as much as any other.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
