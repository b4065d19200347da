// The share panel's behaviour, on top of HTML whose links already work without it: the advocate
// code, the editable caption with its live counter, clipboard steps and the Mastodon server.
// Everything from the query string, storage or the caption goes into the page as text or
// attribute values, never as HTML.
import { fillPlaceholders } from '../i18n/translate.ts';
import type { NetworkId } from '../schemas/common.ts';
import type { PanelData, PanelTexts } from '../share/panel-data.ts';
import { randomAdvocateCode, typedAdvocateCode } from '../share/advocate-code.ts';
import { captionFor, variantIndex } from '../share/captions.ts';
import { composeShareUrl, suggestedCaption, textToCount, trackedLink } from '../share/compose.ts';
import { countNow, loadCounter, type Counter } from '../share/count-lazy.ts';
import type { CountResult } from '../share/count-rules.ts';
import { NETWORKS, hasOwnCaptions, hasShareDialog } from '../share/networks.ts';
import { normaliseMastodonInstance } from '../share/share-url.ts';
import { arrangeBar, recordShare } from './share-bar.ts';
import { PANEL_TEXTS_PROPERTY } from './share-panel-boot.ts';
import { copyText } from './share-clipboard.ts';
import { ADVOCATE_KEY, MASTODON_KEY, captureAdvocateFromUrl, forgetStored, readStored, storedAdvocateCode, writeStored } from './share-storage.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-share-panel]')) setUpPanel(root);

/**
 * The panel's words in the page's language: one file per language, asked for by the panel's
 * first inline lines as the page is parsed (share-panel-boot.ts); asked for here only if those
 * did not run. Null when the file could not be had: the panel works on, without its messages.
 */
function panelTexts(root: HTMLElement): Promise<PanelTexts | null> {
  const started = (root as HTMLElement & Record<typeof PANEL_TEXTS_PROPERTY, Promise<PanelTexts | null> | undefined>)[PANEL_TEXTS_PROPERTY];
  if (started) return started;
  const address = root.dataset.shareTexts;
  if (!address) return Promise.resolve(null);
  return fetch(address)
    .then((response) => (response.ok ? (response.json() as Promise<PanelTexts>) : null))
    .catch(() => null);
}

function setUpPanel(root: HTMLElement): void {
  const data = JSON.parse(root.dataset.share ?? '{}') as PanelData;
  const { subject } = data;
  // Until the words arrive (they are on their way since the page was parsed), the count the
  // build drew stays and a message waits for them; nothing else does.
  let text: PanelTexts | null = null;
  const texts = panelTexts(root);
  const withText = (use: (words: PanelTexts) => void) => {
    if (text) use(text);
    else void texts.then((words) => words && use(words));
  };
  const find = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const caption = find<HTMLTextAreaElement>('[data-caption]');
  const picker = find<HTMLSelectElement | HTMLInputElement>('[data-picker]');
  const counter = find<HTMLElement>('[data-counter]');
  const counterLive = find<HTMLElement>('[data-counter-live]');
  const status = find<HTMLElement>('[data-status]');
  const another = find<HTMLButtonElement>('[data-action="another"]');
  const codeText = find<HTMLElement>('[data-code]');
  const setup = find<HTMLDetailsElement>('[data-setup]');
  const setupForm = find<HTMLFormElement>('[data-setup-form]');
  const codeForm = find<HTMLFormElement>('[data-code-form]');
  const setupError = find<HTMLElement>('[data-setup-error]');
  const mastodonForm = find<HTMLFormElement>('[data-mastodon-form]');
  const mastodonError = find<HTMLElement>('[data-mastodon-error]');
  const mastodonCurrent = find<HTMLElement>('[data-mastodon-current]');
  if (!caption || !picker) return;
  // The phone's share bar sits beside the panel: its controls are the panel's, kept up to date alike.
  const bar = root.parentElement?.querySelector<HTMLElement>('[data-share-bar]') ?? null;
  const shareLinks = () => [root, ...(bar ? [bar] : [])].flatMap((part) => [...part.querySelectorAll<HTMLAnchorElement>('a[data-network]')]);

  const state = {
    code: captureAdvocateFromUrl() ?? storedAdvocateCode(),
    picked: data.picked,
    variant: 0,
    edited: false,
    instance: normaliseMastodonInstance(readStored(MASTODON_KEY) ?? ''),
  };
  let counterFor: Counter | null = null;
  let counting = false;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let wasOver = false;

  const fill = fillPlaceholders;
  const label = (network: NetworkId) => data.labels[network] ?? network;
  /** Says a message in the status line, as soon as the panel's words are here. */
  const say = (message: (words: PanelTexts) => string) =>
    withText((words) => {
      if (!status) return;
      status.textContent = '';
      status.textContent = message(words);
    });

  /** The caption a network gets: the person's text once edited, else that network's suggestion. */
  const captionOf = (network: NetworkId): string =>
    state.edited || network === state.picked || !hasOwnCaptions(network)
      ? caption.value
      : suggestedCaption(subject, network, { advocate: state.code });

  const countFor = (network: NetworkId, words: string): CountResult | null => {
    const counted = textToCount(network, words, trackedLink(subject, network, state.code));
    return counterFor ? counterFor(network, counted) : countNow(network, counted);
  };

  // twitter-text is big: fetched on the first sign of editing, never before.
  const loadCounting = () => {
    if (counting) return;
    counting = true;
    loadCounter()
      .then((loaded) => {
        counterFor = loaded;
        refresh();
      })
      .catch(() => undefined);
  };

  const suggest = () => {
    caption.value = suggestedCaption(subject, state.picked, { variant: state.variant });
    state.edited = false;
  };

  const restartSuggestion = () => {
    const variants = captionFor(subject.captions, state.picked).length;
    state.variant = variantIndex(variants, state.code);
    if (another) another.hidden = variants < 2;
    if (!state.edited) suggest();
  };

  const refresh = () => {
    for (const link of shareLinks()) {
      const network = link.dataset.network as NetworkId;
      if (!hasShareDialog(network)) continue;
      const words = captionOf(network);
      const href = composeShareUrl(subject, network, { advocate: state.code, caption: words, mastodonInstance: state.instance });
      const over = !!countFor(network, words)?.over;
      if (href && !over) link.href = href;
      else link.removeAttribute('href');
      // A link without href that still reads as a (disabled) link.
      if (over) {
        link.setAttribute('role', 'link');
        link.setAttribute('aria-disabled', 'true');
      } else {
        link.removeAttribute('role');
        link.removeAttribute('aria-disabled');
      }
      link.classList.toggle('is-over', over);
      const note = link.querySelector<HTMLElement>('[data-over-note]');
      if (note) note.hidden = !over;
    }
    if (codeText) codeText.textContent = state.code ?? '';
    root.classList.toggle('has-code', !!state.code);
    if (mastodonCurrent) {
      mastodonCurrent.hidden = !state.instance;
      const name = mastodonCurrent.querySelector('[data-instance]');
      if (name && text) name.textContent = fill(text['mastodon.current'], { instance: state.instance ?? '' });
    }
    showCount();
  };

  const showCount = () => {
    if (!counter || !text) return;
    const result = countFor(state.picked, caption.value);
    if (!result) {
      // X before twitter-text has arrived: keep the count the build drew until it can be redone.
      if (counting) counter.textContent = text['counter.loading'];
      return;
    }
    const number = new Intl.NumberFormat(data.locale);
    const values = {
      network: label(state.picked),
      count: number.format(result.count),
      limit: number.format(result.limit),
      excess: number.format(result.count - result.limit),
    };
    const message = fill(
      result.over ? text['counter.over'] : Number.isFinite(result.limit) ? text['counter.limit'] : text['counter.noLimit'],
      values,
    );
    counter.textContent = message;
    counter.classList.toggle('is-over', result.over);
    // Screen readers hear the count after a pause in typing, and at once when it crosses the limit.
    clearTimeout(announceTimer);
    const announce = () => counterLive && (counterLive.textContent = message);
    if (result.over !== wasOver) announce();
    else announceTimer = setTimeout(announce, 1500);
    wasOver = result.over;
  };

  const copy = (words: string, done: (text: PanelTexts) => string) => {
    say(done);
    void copyText(words).then((ok) => ok || say((text) => text['status.copyFailed']));
  };

  const openMastodonForm = () => {
    if (!mastodonForm) return;
    mastodonForm.hidden = false;
    mastodonForm.querySelector('input')?.focus();
  };

  const shareTo = (network: NetworkId, control: HTMLElement, event: Event) => {
    const words = captionOf(network);
    const { dialog } = NETWORKS[network];
    if (network === 'mastodon' && (!state.instance || !(control instanceof HTMLAnchorElement))) {
      event.preventDefault();
      if (!state.instance) return openMastodonForm();
      const href = composeShareUrl(subject, network, { advocate: state.code, caption: words, mastodonInstance: state.instance });
      if (href) window.open(href, '_blank', 'noopener,noreferrer');
    } else if (dialog === 'url-only' || network === 'instagram') {
      // Copy first; the link's own default (new tab, or the image download) carries on.
      copy(words, (text) => (network === 'instagram' ? text['status.instagram'] : fill(text['status.paste'], { network: label(network) })));
    } else if (network === 'copy-link') {
      copy(trackedLink(subject, network, state.code), (text) => text['status.linkCopied']);
    } else if (network === 'copy-caption') {
      copy(words, (text) => text['status.captionCopied']);
    } else if (network === 'share-sheet' && navigator.share) {
      navigator.share({ title: subject.title, text: words, url: trackedLink(subject, network, state.code) }).catch(() => undefined);
    }
  };

  const onClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest<HTMLElement>('[data-network], [data-action]');
    if (!target) return;
    if (target.getAttribute('aria-disabled') === 'true') {
      event.preventDefault();
      return;
    }
    const action = target.dataset.action;
    if (!action) {
      recordShare(target.dataset.network as NetworkId);
      return shareTo(target.dataset.network as NetworkId, target, event);
    }
    if (action === 'another') {
      state.variant += 1;
      suggest();
      refresh();
    } else if (action === 'change' && setup) {
      root.classList.add('is-changing');
      setup.open = true;
      setup.querySelector('input')?.focus();
    } else if (action === 'forget') {
      forgetStored(ADVOCATE_KEY);
      state.code = null;
      restartSuggestion();
      refresh();
      say((text) => text['identity.forgotten']);
      setup?.querySelector('summary')?.focus();
    } else if (action === 'change-mastodon') {
      openMastodonForm();
    } else if (action === 'cancel-mastodon' && mastodonForm) {
      mastodonForm.hidden = true;
    }
  };
  root.addEventListener('click', onClick);
  bar?.addEventListener('click', onClick);

  caption.addEventListener('focus', loadCounting);
  caption.addEventListener('input', () => {
    state.edited = true;
    loadCounting();
    refresh();
  });
  picker.addEventListener('change', () => {
    state.picked = picker.value as NetworkId;
    loadCounting();
    restartSuggestion();
    refresh();
  });

  const codeInput = codeForm?.querySelector('input');
  /** Says what went wrong beside "I have a code"; `typed`: the typed code is what is wrong. */
  const setupProblem = (message: (text: PanelTexts) => string, typed: boolean) => {
    withText((text) => {
      if (!setupError) return;
      setupError.textContent = message(text);
      setupError.hidden = false;
    });
    if (typed) codeInput?.setAttribute('aria-invalid', 'true');
    codeInput?.focus();
  };
  /** Remembers the code on this device and puts it in every link. */
  const useCode = (code: string) => {
    if (codeInput) {
      codeInput.value = '';
      codeInput.removeAttribute('aria-invalid');
    }
    if (setupError) setupError.hidden = true;
    writeStored(ADVOCATE_KEY, code);
    state.code = code;
    root.classList.remove('is-changing');
    if (setup) setup.open = false;
    restartSuggestion();
    refresh();
    say((text) => fill(text['identity.saved'], { code }));
    codeText?.parentElement?.focus();
  };

  // A new code is random: it says nothing about the person, and nothing in the page could
  // turn their name or email into it.
  setupForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    let code: string;
    try {
      code = randomAdvocateCode(data.codeLength);
    } catch {
      return setupProblem((text) => text['setup.unavailable'], false);
    }
    useCode(code);
  });

  // "I have a code": the one from a personal link or another device, so shares stay under one code.
  codeForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const code = typedAdvocateCode(codeInput?.value ?? '');
    if (!code) return setupProblem((text) => text['setup.invalid'], true);
    useCode(code);
  });

  mastodonForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = mastodonForm.querySelector('input');
    const host = normaliseMastodonInstance(input?.value ?? '');
    if (!host) {
      withText((text) => {
        if (!mastodonError) return;
        mastodonError.textContent = text['mastodon.invalid'];
        mastodonError.hidden = false;
      });
      input?.setAttribute('aria-invalid', 'true');
      input?.focus();
      return;
    }
    input?.removeAttribute('aria-invalid');
    if (mastodonError) mastodonError.hidden = true;
    writeStored(MASTODON_KEY, host);
    state.instance = host;
    mastodonForm.hidden = true;
    refresh();
    const href = composeShareUrl(subject, 'mastodon', { advocate: state.code, caption: captionOf('mastodon'), mastodonInstance: host });
    if (href) window.open(href, '_blank', 'noopener,noreferrer');
  });

  if (bar) arrangeBar(bar, root, data.networks);
  restartSuggestion();
  refresh();
  void texts.then((words) => {
    if (!words) return;
    text = words;
    refresh();
  });
}
