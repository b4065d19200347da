import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runNotify } from '../../src/notify/notify-command.ts';
import { BUILT_SITE, HUB_WITH_NEW_POSTS, NOW, captureIO } from './support.ts';

/** The secret part of the fake webhook addresses: it must never be printed. */
const TOKEN = 'T0HARBOUR42/B0SECRET77/xoxSecretToken9876543210';
const repoRoot = join(import.meta.dirname, '..', '..');

interface Received {
  path: string;
  body: unknown;
}

/**
 * A local chat service on 127.0.0.1: /ok answers 200, /flaky 500 then 200, /refuses 400 (and
 * echoes the address it was called on, as some services do), /down always 503, /silent never answers.
 */
let server: Server;
let base: string;
const received: Received[] = [];
const seen = new Map<string, number>();

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const path = request.url ?? '';
    const kind = path.split('/')[1];
    received.push({ path, body: await readBody(request) });
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    if (kind === 'silent') return;
    if (kind === 'ok' || (kind === 'flaky' && count > 1)) return void response.writeHead(200).end('ok');
    if (kind === 'refuses') return void response.writeHead(400, 'Bad Request').end(`invalid_payload for http://${request.headers.host}${path}`);
    response.writeHead(kind === 'down' ? 503 : 500).end('try later');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  received.length = 0;
  seen.clear();
});

const webhook = (kind: string) => `${base}/${kind}/${TOKEN}`;
const fastRetries = { baseDelayMs: 1 };

async function notify(kind: string, extra: string[] = [], send = fastRetries) {
  const io = captureIO({ send, env: { HUB_NOW: NOW, HUB_WEBHOOK_URL: webhook(kind) } });
  const code = await runNotify(['--since', '2026-11-15', '--site-dir', BUILT_SITE, ...extra], io);
  const printed = [...io.out, ...io.err].join('\n');
  return { code, io, printed };
}

function expectNoSecret(printed: string): void {
  expect(printed).not.toContain(base);
  for (const part of TOKEN.split('/')) expect(printed).not.toContain(part);
}

describe('npm run notify against a chat service', () => {
  it('posts one Slack message with the new posts when the service answers 200', async () => {
    const { code, io, printed } = await notify('ok');
    expect(code).toBe(0);
    expect(io.out.join('\n')).toBe('Posted 2 new posts in English (en) since 2026-11-15 to the chat (slack message).');
    expect(received).toHaveLength(1);
    const body = received[0]!.body as { text: string; blocks: { type: string; text?: { text: string }; accessory?: { url: string } }[] };
    expect(body.text).toMatch(/^2 new posts to share: The workshop is open · Bikes &/);
    const sections = body.blocks.filter((block) => block.type === 'section');
    expect(sections.map((block) => block.accessory?.url)).toEqual([
      'https://hub.example.org/advocacy/posts/workshop-open/',
      'https://hub.example.org/advocacy/posts/launch-with-picture/',
    ]);
    expect(sections[1]!.text!.text).toContain('*Bikes &amp; &lt;brakes&gt;: the "Tern" launch*');
    expect(sections[1]!.text!.text).toContain('#SpringRides');
    expectNoSecret(printed);
  });

  it('retries after a 500 and succeeds on the second attempt', async () => {
    const { code } = await notify('flaky', ['--format', 'teams']);
    expect(code).toBe(0);
    expect(received).toHaveLength(2);
    expect(received[1]!.body).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
  });

  it('does not retry a 400: says what the service answered, without the address, and exits 1', async () => {
    const { code, io, printed } = await notify('refuses');
    expect(code).toBe(1);
    expect(received).toHaveLength(1);
    expect(io.err.join('\n')).toMatch(/^Could not post 2 new posts .* the webhook refused the message \(HTTP 400 Bad Request\); check that --format matches/);
    expect(io.err.join('\n')).toContain('invalid_payload for [webhook URL hidden]');
    expectNoSecret(printed);
  });

  it('gives up after 3 retries of a failing service, waiting longer each time', async () => {
    const waits: number[] = [];
    const { code, io, printed } = await notify('down', [], { baseDelayMs: 5, sleep: async (ms: number) => void waits.push(ms) } as never);
    expect(code).toBe(1);
    expect(received).toHaveLength(4);
    expect(waits).toEqual([5, 10, 20]);
    expect(io.err.join('\n')).toMatch(/the chat service failed \(HTTP 503 Service Unavailable\): try later; gave up after 4 attempts/);
    expectNoSecret(printed);
  });

  it('retries when the server cannot be reached, then reports it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const url = `http://127.0.0.1:${port}/hooks/${TOKEN}`;
    const io = captureIO({ send: fastRetries, env: { HUB_NOW: NOW, HUB_WEBHOOK_URL: url } });
    const code = await runNotify(['--since', '2026-11-15'], io);
    expect(code).toBe(1);
    expect(io.err.join('\n')).toMatch(/could not reach the webhook's server \(ECONNREFUSED\).*gave up after 4 attempts/);
    expect(io.err.join('\n')).not.toContain(String(port));
    expectNoSecret(io.err.join('\n'));
  });

  it('stops waiting for a silent service after the timeout', async () => {
    const { code, io } = await notify('silent', [], { baseDelayMs: 1, timeoutMs: 150, retries: 1 } as never);
    expect(code).toBe(1);
    expect(received).toHaveLength(2);
    expect(io.err.join('\n')).toMatch(/did not answer within 150 ms; gave up after 2 attempts/);
  });
});

describe('npm run notify without posting', () => {
  it('--dry-run prints the payload and calls nothing', async () => {
    const { code, io, printed } = await notify('ok', ['--dry-run', '--format', 'json']);
    expect(code).toBe(0);
    expect(received).toHaveLength(0);
    const payload = JSON.parse(io.out.join('\n'));
    expect(payload).toMatchObject({
      hub: 'Harbour Bikes & Co',
      locale: 'en',
      since: '2026-11-15',
      url: 'https://hub.example.org/advocacy/',
      count: 2,
      posts: [
        { title: 'The workshop is open', campaign: null, published: '2026-11-20', image: null },
        {
          url: 'https://hub.example.org/advocacy/posts/launch-with-picture/',
          category: 'News',
          campaign: { id: 'spring-rides', name: 'Spring rides', hashtag: '#SpringRides' },
          image: { url: 'https://hub.example.org/advocacy/_astro/launch.Ab12Cd_x9.jpg', alt: 'A red bike & its rack, leaning on a <harbour> wall' },
        },
      ],
    });
    expectNoSecret(printed);
  });

  it('with nothing new, posts nothing and exits 0', async () => {
    const io = captureIO({ env: { HUB_NOW: NOW, HUB_WEBHOOK_URL: webhook('ok') } });
    expect(await runNotify(['--since', '2026-11-21'], io)).toBe(0);
    expect(io.out.join('\n')).toBe('No new posts in English (en) since 2026-11-21: nothing to post.');
    expect(received).toHaveLength(0);
  });

  it('refuses a webhook address that is not https, without repeating it', async () => {
    const io = captureIO({ env: { HUB_NOW: NOW } });
    const code = await runNotify(['--since', '2026-11-15', '--webhook', `http://chat.example.org/${TOKEN}`], io);
    expect(code).toBe(2);
    expect(io.err.join('\n')).toMatch(/must start with https:\/\//);
    expectNoSecret(io.err.join('\n'));
    expect(io.err.join('\n')).not.toContain('chat.example.org');
  });

  it('asks for the address when there is none', async () => {
    const io = captureIO({ env: { HUB_NOW: NOW } });
    expect(await runNotify(['--since', '2026-11-15'], io)).toBe(2);
    expect(io.err.join('\n')).toMatch(/no webhook address: set the HUB_WEBHOOK_URL environment variable/);
  });
});

describe('the command line never shows the webhook address', () => {
  /**
   * scripts/notify.ts as a child process: everything the process prints, including what Node itself
   * would print on a crash. Asynchronous: the test's own server must keep answering while it runs.
   */
  const spawned = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ status: number | null; printed: string }>((resolve) => {
      execFile(
        process.execPath,
        ['scripts/notify.ts', ...args],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, HUB_NOW: NOW, HUB_CONTENT_DIR: HUB_WITH_NEW_POSTS, HUB_OUT_DIR: BUILT_SITE, ...env } },
        (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, printed: `${stdout}\n${stderr}` }),
      );
    });
  /** The same command in this process (the function the script calls): starting Node costs about a second a run. */
  const here = async (args: string[], env: Record<string, string> = {}) => {
    const io = captureIO({ env: { HUB_NOW: NOW, HUB_OUT_DIR: BUILT_SITE, ...env } });
    const status = await runNotify(args, io);
    return { status, printed: `${io.out.join('\n')}\n${io.err.join('\n')}` };
  };

  it.concurrent.each([
    // A refusal and a success as real processes, so that scripts/notify.ts itself is proven too.
    ['refused (400), address in --webhook (process)', () => spawned(['--since', '2026-11-15', '--webhook', webhook('refuses')]), 1],
    ['posted (200), address in --webhook= (process)', () => spawned(['--since', '2026-11-15', `--webhook=${webhook('ok')}`]), 0],
    ['refused (400), address in HUB_WEBHOOK_URL', () => here(['--since', '2026-11-15'], { HUB_WEBHOOK_URL: webhook('refuses') }), 1],
    ['address given without --webhook', () => here(['--since', '2026-11-15', webhook('ok')]), 2],
    ['a typo in an option', () => here(['--since', '2026-11-15', '--webhok', webhook('ok')]), 2],
    ['address without its scheme after a flag', () => here(['--since', '2026-11-15', '--dry-run', webhook('ok').replace('http://', '')]), 2],
    ['dry run', () => here(['--since', '2026-11-15', '--dry-run'], { HUB_WEBHOOK_URL: webhook('ok') }), 0],
  ])('%s', async (_name, go, status) => {
    const { status: actual, printed } = await go();
    expect(actual).toBe(status);
    expect(printed.trim()).not.toBe('');
    expectNoSecret(printed);
  });
});
