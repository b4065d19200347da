import { open } from 'node:fs/promises';
import { isLoopbackHttp } from '../lib/url-rule.ts';
import { privateAddressOf } from './public-address.ts';

/** Thrown when a feed or picture cannot be read within the limits; the message says why, plainly. */
export class FetchProblem extends Error {}

export interface FetchLimits {
  /** Largest body accepted, in bytes; a bigger one is refused without reading the rest. */
  maxBytes: number;
  /** Time allowed for the whole request, body included, in milliseconds. */
  timeoutMs: number;
  /**
   * Whether this computer and the private network may be read (`http:` on this computer, and
   * addresses that are not public). Only for what the person running the command chose to read
   * from here (a feed on this computer, or the pictures of a feed read from a file or from this
   * computer): an `https:` feed, and everything it links to, must not point the command at
   * services on its own machine or its network (a router, a cloud metadata service).
   */
  loopback: boolean;
}

/** Whether an address may be fetched: `https:`, or, when allowed, `http:` on this computer. */
export function fetchableUrl(raw: string, loopback: boolean): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:') return url;
  // Plain http only on this computer (tests, a feed served locally), and only when allowed.
  if (loopback && isLoopbackHttp(url)) return url;
  return undefined;
}

/**
 * Reads an address's body within the limits. Redirects are followed only to addresses that
 * pass `fetchableUrl`, so an `https:` feed cannot hand the command over to `http:` or `file:`.
 * Unless `loopback` is set, every address, redirects included, must be on the public internet:
 * an IP written in it and every address its host name resolves to.
 */
export async function fetchLimited(address: URL, limits: FetchLimits, accept: string): Promise<{ bytes: Uint8Array; contentType: string }> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = address;
  try {
    for (let hop = 0; hop < 5; hop++) {
      if (!limits.loopback) {
        const internal = await privateAddressOf(url);
        if (internal !== undefined) throw new FetchProblem(`${url.host} is on this computer or a private network (${internal}), which the command does not read for a feed from elsewhere`);
      }
      const response = await fetch(url, { signal, redirect: 'manual', headers: { accept, 'user-agent': 'advocacy-hub-curate' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const next = fetchableUrl(new URL(response.headers.get('location') ?? '', url).href, limits.loopback);
        if (!next) throw new FetchProblem(`it redirects to ${response.headers.get('location')}, which is not an https: address`);
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchProblem(`the server answered ${response.status} ${response.statusText}`.trim());
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel();
        throw new FetchProblem(tooBig(limits.maxBytes));
      }
      return { bytes: await readCapped(response.body, limits.maxBytes), contentType: response.headers.get('content-type') ?? '' };
    }
    throw new FetchProblem('it redirects more than 5 times');
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    if (signal.aborted) throw new FetchProblem(`no complete answer within ${Math.round(limits.timeoutMs / 1000)} seconds`);
    throw new FetchProblem(`it cannot be reached (${error instanceof Error ? describeNetworkError(error) : String(error)})`);
  }
}

/** Reads a local file within the size limit. */
export async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    throw new FetchProblem('there is no such file');
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FetchProblem(tooBig(maxBytes));
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchProblem(tooBig(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooBig(maxBytes: number): string {
  return `it is larger than ${formatBytes(maxBytes)}, the most the command reads`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

function describeNetworkError(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}
