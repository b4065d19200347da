/*
 * twitter-text (the X weigher, x-weight.ts) loads core-js 2 polyfills. Node 24 and every browser
 * the hub supports have all they provide, but their feature tests do harm: the one for `split`
 * sets `constructor` on a regular expression, and V8 then takes its slow path for `replace`,
 * `split` and `matchAll` with any regular expression, in the whole process, for good. Every
 * library in the build that cuts text with them (Astro's front-matter reader, YAML, the HTML
 * tools) then runs 4 to 30 times slower: 6 of the 10 seconds Astro's content sync spent at
 * 10,000 posts.
 *
 * So, in Node, the polyfills are entered as already loaded before twitter-text asks for them,
 * and their code never runs. Imported by x-weight.ts ahead of twitter-text; in the browser
 * (no `process`) it does nothing. Only speed depends on it: should a file move, the polyfills
 * run as before.
 */
type Builtins = Pick<NodeJS.Process, 'getBuiltinModule'>;

// `process` is Node's; the browser has none.
const node = (globalThis as { process?: Partial<Builtins> }).process?.getBuiltinModule ? (globalThis as { process: Builtins }).process : undefined;

if (node) {
  try {
    const { Module, createRequire } = node.getBuiltinModule('node:module');
    const { readdirSync } = node.getBuiltinModule('node:fs');
    const { dirname, join } = node.getBuiltinModule('node:path');
    const fromHere = createRequire(import.meta.url);
    const fromTwitterText = createRequire(fromHere.resolve('twitter-text'));
    const folder = join(dirname(fromTwitterText.resolve('core-js/package.json')), 'modules');
    // The standard features only (es6.*, es7.*, web.*): core-js's own helpers (_*.js, core.*) stay as they are.
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (!/^(es6|es7|web)\..*\.js$/.test(name) || fromHere.cache[file]) continue;
      const loaded = new Module(file);
      loaded.filename = file;
      loaded.loaded = true;
      fromHere.cache[file] = loaded;
    }
  } catch {
    // twitter-text or core-js elsewhere than expected: the polyfills load, the build is slower.
  }
}
