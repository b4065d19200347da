/**
 * Posts one JSON message to an incoming-webhook URL. The URL is a secret (anyone holding it can
 * post to the channel): it is never part of a message this module returns.
 */
export interface SendOptions {
  /** Per attempt. */
  timeoutMs?: number;
  /** Further attempts after the first, on network errors, timeouts and 5xx answers (never on 4xx). */
  retries?: number;
  /** Wait before the first retry; doubled before each next one (1 s, 2 s, 4 s by default). */
  baseDelayMs?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

export type SendResult = { ok: true; status: number; attempts: number } | { ok: false; message: string; attempts: number; status?: number };

export const WEBHOOK_DEFAULTS = { timeoutMs: 10_000, retries: 3, baseDelayMs: 1_000 } as const;

const HIDDEN = '[webhook URL hidden]';

/** Whether the address can be a webhook: https, or http to this machine (local tests, a relay on localhost). */
export function checkWebhookUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'the webhook address is not a valid URL; copy it again from the chat app (it starts with https://)';
  }
  const local = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return undefined;
  return 'the webhook address must start with https:// (it carries a secret that must not travel unencrypted)';
}

/** Takes the URL, and the secret parts of it (path segments, query values), out of a text. */
export function redact(text: string, secrets: readonly string[]): string {
  const parts = new Set<string>();
  for (const secret of secrets) {
    if (!secret) continue;
    parts.add(secret);
    try {
      const url = new URL(secret);
      parts.add(url.href);
      parts.add(`${url.host}${url.pathname}`);
      for (const part of [...url.pathname.split('/'), ...url.searchParams.values()]) if (looksLikeToken(part)) parts.add(part);
      if (url.password) parts.add(url.password);
    } catch {
      /* not a URL: the whole text is the secret */
    }
  }
  let out = text;
  for (const part of [...parts].sort((a, b) => b.length - a.length)) {
    out = out.split(part).join(HIDDEN);
    const decoded = safeDecode(part);
    if (decoded !== part) out = out.split(decoded).join(HIDDEN);
  }
  return out;
}

export async function sendWebhook(url: string, payload: unknown, options: SendOptions = {}): Promise<SendResult> {
  const { timeoutMs, retries, baseDelayMs } = { ...WEBHOOK_DEFAULTS, ...definedOnly(options) };
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const body = JSON.stringify(payload);
  let last: { message: string; status?: number } = { message: 'the webhook was not called' };
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    if (attempt > 1) await sleep(baseDelayMs * 2 ** (attempt - 2));
    try {
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const answer = (await response.text().catch(() => '')).trim().slice(0, 300);
      if (response.ok) return { ok: true, status: response.status, attempts: attempt };
      const said = answer ? `: ${redact(answer, [url])}` : '';
      if (response.status < 500) {
        return { ok: false, status: response.status, attempts: attempt, message: redact(refused(response.status, response.statusText) + said, [url]) };
      }
      last = { status: response.status, message: `the chat service failed (HTTP ${response.status} ${response.statusText})${said}` };
    } catch (error) {
      last = { message: networkProblem(error, timeoutMs) };
    }
  }
  const attempts = retries + 1;
  return { ok: false, attempts, ...last, message: redact(`${last.message}; gave up after ${attempts} attempts`, [url]) };
}

function refused(status: number, statusText: string): string {
  const what = `the webhook refused the message (HTTP ${status}${statusText ? ` ${statusText}` : ''})`;
  if (status === 404 || status === 410 || status === 403 || status === 401) {
    return `${what}: the webhook address is wrong or was removed; create a new incoming webhook in the chat app and update the secret`;
  }
  return `${what}; check that --format matches the chat app (slack, teams or json)`;
}

function networkProblem(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return `the webhook did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}`;
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  const code = cause?.code ?? (error as { code?: string } | null)?.code;
  return `could not reach the webhook's server${code ? ` (${code})` : ''}; check the network and the address`;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Random-looking parts of a webhook address (ids, signatures), not words such as "services" or "webhook". */
function looksLikeToken(part: string): boolean {
  return part.length >= 20 || (part.length >= 8 && /\d/.test(part) && /[a-z]/i.test(part));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
