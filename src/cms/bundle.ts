import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The browser editor ships as one self-contained script in an npm package; the build copies it
 * to /admin/, so nothing is loaded from a third-party host.
 */
export const CMS_PACKAGE = '@sveltia/cms';
/** The version this hub was tested with (package.json pins it). */
export const CMS_VERSION = '0.221.1';
/** The browser bundle inside the package, and its name on the site. */
export const CMS_BUNDLE = 'dist/sveltia-cms.js';
export const CMS_SCRIPT = 'cms.js';

const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

export interface LocalFont {
  /** File in the package's `npm/assets/` folder. */
  source: string;
  /** File name under /admin/fonts/. */
  name: string;
}

/**
 * The bundle's interface fonts point at a CDN; the same fonts ship in the package's
 * `npm/assets/` (e.g. `source-sans-3-latin-wght-normal-<hash>.woff2`). Rewrites each font URL to
 * a copy served beside the editor. A font with no local copy keeps its URL and is reported.
 */
export function selfHostFonts(js: string, assetFiles: readonly string[], fontBase: string): { js: string; fonts: LocalFont[]; missing: string[] } {
  const fonts = new Map<string, LocalFont>();
  const missing = new Set<string>();
  const rewritten = js.replace(FONT_URL, (url, family: string, subset: string) => {
    const stem = `${family}-${subset}`;
    const source = assetFiles.find((file) => file.startsWith(`${stem}-`) && file.endsWith('.woff2'));
    if (!source) {
      missing.add(url);
      return url;
    }
    const name = `${stem}.woff2`;
    fonts.set(name, { source, name });
    return `${fontBase}${name}`;
  });
  return { js: rewritten, fonts: [...fonts.values()], missing: [...missing] };
}

/** The installed package's folder, or undefined when it is not installed. */
export function cmsPackageDir(root: string): string | undefined {
  const dir = join(root, 'node_modules', ...CMS_PACKAGE.split('/'));
  return existsSync(join(dir, CMS_BUNDLE)) ? dir : undefined;
}

/** Font and licence files shipped in the package's `npm/assets/`. */
export function packageAssets(dir: string): string[] {
  const assets = join(dir, 'npm', 'assets');
  return existsSync(assets) ? readdirSync(assets) : [];
}

export interface PreparedBundle {
  dir: string;
  js: string;
  fonts: LocalFont[];
  missing: string[];
  /** The package's licence and its fonts' licences, as one text. */
  licences: string;
}

const prepared = new Map<string, PreparedBundle | undefined>();

/** The editor script with local fonts, read once per build; undefined when the package is not installed. */
export function prepareBundle(root: string, base: string): PreparedBundle | undefined {
  const key = `${root}\0${base}`;
  if (prepared.has(key)) return prepared.get(key);
  const dir = cmsPackageDir(root);
  let bundle: PreparedBundle | undefined;
  if (dir) {
    const assets = packageAssets(dir);
    const result = selfHostFonts(readFileSync(join(dir, CMS_BUNDLE), 'utf8'), assets, `${base}admin/fonts/`);
    const licenceFiles = [join(dir, 'LICENSE.txt'), ...assets.filter((file) => file.endsWith('.LICENSE.txt')).map((file) => join(dir, 'npm', 'assets', file))];
    const licences = licenceFiles.filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8').trim()).join('\n\n----\n\n');
    bundle = { dir, ...result, licences: `${CMS_PACKAGE} and the fonts it uses:\n\n${licences}\n` };
    for (const url of result.missing) console.warn(`[cms] the editor still loads a font from ${url}: ${CMS_PACKAGE} ships no copy of it`);
  } else {
    console.warn(`[cms] ${MISSING_PACKAGE}`);
  }
  prepared.set(key, bundle);
  return bundle;
}

export const MISSING_PACKAGE = `the browser editor at /admin/ needs the npm package ${CMS_PACKAGE}: run npm install --save-dev ${CMS_PACKAGE}@${CMS_VERSION}`;
