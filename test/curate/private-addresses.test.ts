import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCurate } from '../../src/curate/curate-command.ts';
import { downloadFeedImage } from '../../src/curate/feed-image.ts';
import { FetchProblem, fetchLimited } from '../../src/curate/fetch-limited.ts';
import { captureIO, hubCopy, snapshot } from './support.ts';

// No request leaves this computer: fetch is replaced by one that records what it was asked for.
// A refused address must never reach it; an allowed one gets the answer the test gives.
let asked: string[];
let answer: (url: string) => Response;
beforeEach(() => {
  asked = [];
  answer = () => new Response('not here', { status: 404 });
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    asked.push(url);
    return answer(url);
  });
});
afterEach(() => vi.restoreAllMocks());

const limits = { maxBytes: 1024, timeoutMs: 5000, loopback: false };
const refusal = async (address: string) => {
  try {
    await fetchLimited(new URL(address), limits, '*/*');
  } catch (error) {
    return error instanceof FetchProblem ? error.message : `not a FetchProblem: ${String(error)}`;
  }
  return 'read';
};

describe('addresses on this computer or a private network', () => {
  it.each([
    ['this computer', 'https://127.0.0.1:8443/admin', '127.0.0.1'],
    ['this computer, another loopback number', 'https://127.8.9.10/', '127.8.9.10'],
    ['this computer, IPv6', 'https://[::1]/', '::1'],
    ['this computer, IPv4 inside IPv6', 'https://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['no address at all', 'https://0.0.0.0/', '0.0.0.0'],
    ['no address at all, IPv6', 'https://[::]/', '::'],
    ['a private network (10.x)', 'https://10.1.2.3/', '10.1.2.3'],
    ['a private network (172.16-31.x)', 'https://172.20.0.1/', '172.20.0.1'],
    ['a private network (192.168.x)', 'https://192.168.1.1/router', '192.168.1.1'],
    ['a cloud metadata service (link-local)', 'https://169.254.169.254/latest/meta-data/', '169.254.169.254'],
    ['a unique-local IPv6 network', 'https://[fd12:3456::1]/', 'fd12:3456::1'],
    ['an IPv6 link', 'https://[fe80::1]/', 'fe80::1'],
    ['a name that resolves to this computer', 'https://localhost:8443/', '127.0.0.1'],
  ])('refuses %s (%s) without sending a request', async (_what, address, shown) => {
    expect(await refusal(address)).toContain(`is on this computer or a private network (${shown})`);
    expect(asked).toEqual([]);
  });

  it('refuses a redirect from a public address to one on this computer', async () => {
    answer = () => new Response(null, { status: 302, headers: { location: 'https://[::1]:8443/secret' } });
    expect(await refusal('https://93.184.215.14/feed.xml')).toContain('[::1]:8443 is on this computer or a private network (::1)');
    expect(asked).toEqual(['https://93.184.215.14/feed.xml']);
  });

  it('reads a public address', async () => {
    answer = () => new Response('<rss/>', { status: 200 });
    expect(await refusal('https://93.184.215.14/feed.xml')).toBe('read');
  });

  it('leaves out the picture of a feed from elsewhere when it is on the private network', async () => {
    const picture = await downloadFeedImage('https://169.254.169.254/latest/meta-data/', limits);
    expect(picture).toEqual({ ok: false, reason: expect.stringContaining('is on this computer or a private network (169.254.169.254)') });
    expect(asked).toEqual([]);
  });

  it('still reads this computer when the person named it (loopback)', async () => {
    answer = () => new Response('<rss/>', { status: 200 });
    await expect(fetchLimited(new URL('https://127.0.0.1:8443/feed.xml'), { ...limits, loopback: true }, '*/*')).resolves.toBeDefined();
  });
});

describe('npm run curate with an https: feed on this computer', () => {
  let work: string;
  beforeEach(() => {
    work = hubCopy();
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('stops with exit 2, writes nothing and says why', async () => {
    const content = join(work, 'content');
    const before = snapshot(content);
    const io = captureIO(work);
    const code = await runCurate(['--feed', 'https://127.0.0.1:8443/feed.xml', '--category', 'news'], io);
    expect(code).toBe(2);
    expect(io.err.join('\n')).toContain('https://127.0.0.1:8443/feed.xml cannot be read: 127.0.0.1:8443 is on this computer or a private network (127.0.0.1)');
    expect(asked).toEqual([]);
    expect(snapshot(content)).toEqual(before);
  });
});
