import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inflatingFetch, isGzip, isGzippedIndexFile } from '../../src/search/pagefind-files.ts';

/** A file as Pagefind writes it: its signature, then the content, gzipped. */
const signed = (content: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(content)]);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString('latin1');

/** A fetch that answers every address with these bytes and records what it was asked. */
function serving(bytes: Uint8Array, status = 200): { fetch: typeof fetch; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    fetch: async (input) => {
      asked.push(String(input));
      return new Response(status === 200 ? new Uint8Array(bytes) : null, { status, headers: { 'content-type': 'application/octet-stream' } });
    },
  };
}

describe('Pagefind\'s gzipped files', () => {
  it('are its WebAssembly and index files, not its script or entry file', () => {
    const at = (path: string) => isGzippedIndexFile(new URL(path, 'https://hub.example/'));
    expect(at('/pagefind/wasm.en.pagefind')).toBe(true);
    expect(at('/pagefind/pagefind.en_1c6fdc211d.pf_meta')).toBe(true);
    expect(at('/pagefind/index/en_54cb42b.pf_index')).toBe(true);
    expect(at('/pagefind/part-2/fragment/en_18881b6.pf_fragment')).toBe(true);
    expect(at('/pagefind/filter/en_29877b1.pf_filter')).toBe(true);
    expect(at('/pagefind/pagefind.js')).toBe(false);
    expect(at('/pagefind/pagefind-entry.json?ts=1796548857977')).toBe(false);
    expect(at('/pagefind/vocabulary-en.json')).toBe(false);
  });

  it('are told from a file a host sent inflated by their first two bytes', () => {
    expect(isGzip(gzipSync(signed('x')))).toBe(true);
    expect(isGzip(signed('x'))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });
});

describe('the fetch Pagefind is given in a search worker', () => {
  it('hands over an index file inflated, signature first, as Pagefind reads it', async () => {
    const { fetch } = serving(gzipSync(signed('the chunk')));
    const response = await inflatingFetch(fetch)('https://hub.example/pagefind/index/en_1.pf_index');
    expect(response.status).toBe(200);
    expect(await text(response)).toBe('pagefind_dcdthe chunk');
  });

  it('hands over as it came a file the host already inflated, any other file, and a failure', async () => {
    const inflated = await inflatingFetch(serving(signed('the chunk')).fetch)(new Request('https://hub.example/pagefind/index/en_1.pf_index'));
    expect(await text(inflated)).toBe('pagefind_dcdthe chunk');

    const entry = gzipSync('{"version":"1.6.0"}');
    const other = await inflatingFetch(serving(entry).fetch)('https://hub.example/pagefind/pagefind-entry.json?ts=1');
    expect(Buffer.from(await other.arrayBuffer())).toEqual(entry);

    const missing = await inflatingFetch(serving(new Uint8Array(), 404).fetch)('https://hub.example/pagefind/index/en_2.pf_index');
    expect(missing.status).toBe(404);
  });
});
