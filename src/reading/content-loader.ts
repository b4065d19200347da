import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { codeVersion } from '../lib/code-version.ts';
import { HAS_BODY_TEXT } from './body-text.ts';
import { collectionFiles, type FolderKind } from './paths.ts';

/**
 * The loader of a kind of content file (src/content.config.ts): Astro's `glob()` over the files
 * `collectionFiles` names, which on a rebuild does not parse again a file whose bytes are those
 * of the entry it stored last time.
 *
 * `glob()` reads every file and parses its front matter (or YAML) before it compares the file's
 * digest with the stored entry's, and keeps the entry when they match: the parse only served to
 * find the entry's id. Here a file whose path and digest are those of a stored entry answers
 * with that entry's id instead (as a `slug`, the one field `glob()` reads an id from), so `glob()`
 * finds the same entry and keeps it, exactly as it would have. The id cannot come out otherwise:
 * the same bytes at the same path give the same front matter, hence the same id. Any other file
 * (new, edited, or whose entry went to another file) is parsed as before.
 *
 * A Markdown entry is stored rendered, by the hub's Markdown plugins (astro.config.mjs); `glob()`
 * keeps it as long as the file's bytes stay, even when those plugins changed (withastro/astro#13028).
 * So when the hub's code changed since the entries were stored, every file is read and rendered
 * again: a rebuild then shows what a cold build shows.
 */
export function contentFiles(dir: string, kind: FolderKind, options: StoreOptions = {}): Loader {
  return keepingUnchanged(storingWhatPagesRead(glob({ ...collectionFiles(dir, kind), retainBody: options.retainBody }), options), codeVersion());
}

/** What a collection keeps of its entries besides their data and rendered body. */
export interface StoreOptions {
  /**
   * `false`: the entries are stored without their raw body (glob()'s option): a collection whose
   * pages only show the rendered body. The entry says instead whether the body had any text
   * (`hasBodyText`, src/reading/body-text.ts).
   */
  retainBody?: boolean;
}

/**
 * `loader` (a `glob()`), storing less of each entry: the whole store is written to disk on every
 * build and embedded in the server bundle, so what no page reads only costs build time.
 * - Without `retainBody`, the entry's data carries whether its body had text (`HAS_BODY_TEXT`),
 *   which a post's page needs to know whether to show its context section.
 * - A rendered Markdown entry is stored without the copy of its front matter that Astro keeps
 *   beside the HTML (`remarkPluginFrontmatter` of `render()`): the hub's Markdown plugins add
 *   nothing to it and no page reads it; the front matter is the entry's `data`.
 */
function storingWhatPagesRead(loader: Loader, { retainBody = true }: StoreOptions): Loader {
  return {
    ...loader,
    load: async (context: ContextWithEntryTypes) => {
      const { entryTypes, parseData, store } = context;
      // Whether the body of each file parsed in this sync has text, by the path parseData is given.
      const bodyText = new Map<string, boolean>();
      const noting = entryTypes && !retainBody ? withEntryInfo(entryTypes, (params, info) => bodyText.set(fileURLToPath(params.fileUrl), (info.body ?? '').trim() !== '')) : entryTypes;
      const lean: ContextWithEntryTypes = {
        ...context,
        entryTypes: noting,
        parseData: (async (props: Parameters<typeof parseData>[0]) => {
          const data = await parseData(props);
          const hasText = props.filePath === undefined ? undefined : bodyText.get(props.filePath);
          return hasText === undefined ? data : { ...data, [HAS_BODY_TEXT]: hasText };
        }) as typeof parseData,
        store: Object.assign(Object.create(store) as typeof store, {
          set: (entry: Parameters<typeof store.set>[0]) => store.set(withoutFrontmatterCopy(entry)),
        }),
      };
      return loader.load(lean);
    },
  };
}

/** An entry as stored, without the front matter Astro copies into its rendered body's metadata. */
function withoutFrontmatterCopy<Entry extends { rendered?: { metadata?: Record<string, unknown> } }>(entry: Entry): Entry {
  const metadata = entry.rendered?.metadata;
  if (!metadata || !('frontmatter' in metadata)) return entry;
  const { frontmatter: _copy, ...rest } = metadata;
  return { ...entry, rendered: { ...entry.rendered, metadata: rest } };
}

/** Entry types (by extension) whose getEntryInfo also calls `seen` with what it read. */
function withEntryInfo(
  entryTypes: Map<string, ContentEntryType>,
  seen: (params: Parameters<ContentEntryType['getEntryInfo']>[0], info: Awaited<ReturnType<ContentEntryType['getEntryInfo']>>) => void,
): Map<string, ContentEntryType> {
  return withGetEntryInfo(entryTypes, (getEntryInfo) => async (params) => {
    const info = await getEntryInfo(params);
    seen(params, info);
    return info;
  });
}

/**
 * Entry types (by extension) whose getEntryInfo is `replace(their own)`; the rest of each (its
 * render function, MDX's deferred rendering) kept. One copy per entry type, shared by its
 * extensions: glob() keeps a render function per entry type.
 */
function withGetEntryInfo(
  entryTypes: Map<string, ContentEntryType>,
  replace: (getEntryInfo: ContentEntryType['getEntryInfo']) => ContentEntryType['getEntryInfo'],
): Map<string, ContentEntryType> {
  const copies = new Map<ContentEntryType, ContentEntryType>();
  const byExtension = new Map<string, ContentEntryType>();
  for (const [extension, entryType] of entryTypes) {
    let copy = copies.get(entryType);
    if (copy === undefined) {
      copy = { ...entryType, getEntryInfo: replace((params) => entryType.getEntryInfo(params)) };
      copies.set(entryType, copy);
    }
    byExtension.set(extension, copy);
  }
  return byExtension;
}

/** The key, in a collection's meta store, of the version of the hub's code its entries were made with. */
const CODE_VERSION = 'hub-code-version';

/** Astro passes its entry types to loaders, though `LoaderContext` does not declare them. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * `loader` (a `glob()`), answering unchanged files from the store; `version` is the hub's code
 * version (entries of another version are all made again). Exported for the tests.
 */
export function keepingUnchanged(loader: Loader, version: string): Loader {
  return {
    ...loader,
    load: async (context: ContextWithEntryTypes) => {
      const { entryTypes, store, meta, generateDigest, config } = context;
      if (meta.get(CODE_VERSION) !== version) {
        store.clear();
        meta.set(CODE_VERSION, version);
      }
      if (!entryTypes) return loader.load(context);
      const root = fileURLToPath(config.root);
      // Stored entries by the file they came from, as `glob()` writes the path (from the root, with /).
      const idByFile = new Map<string, string>();
      for (const entry of store.values()) if (entry.filePath) idByFile.set(entry.filePath, entry.id);

      const storedIdOf = (fileUrl: URL, contents: string): string | undefined => {
        const filePath = relative(root, fileURLToPath(fileUrl)).split(sep).join('/');
        const id = idByFile.get(filePath);
        if (id === undefined) return undefined;
        // Read now: another file of this sync may have taken the id since.
        const entry = store.get(id);
        return entry?.filePath === filePath && entry.digest === generateDigest(contents) ? id : undefined;
      };

      // An unchanged file is answered without parsing it.
      const skipping = withGetEntryInfo(entryTypes, (getEntryInfo) => (params) => {
        const id = storedIdOf(params.fileUrl, params.contents);
        return id === undefined ? getEntryInfo(params) : { data: { slug: id }, slug: id, body: '', rawData: '' };
      });
      return loader.load({ ...context, entryTypes: skipping } as LoaderContext);
    },
  };
}
