import { describe, expect, it } from 'vitest';
import type { NetworkId } from '../../src/schemas/common.ts';
import { barNetworks, parseRecentNetworks, rememberNetwork } from '../../src/share/share-bar.ts';

const hub: NetworkId[] = ['mastodon', 'linkedin', 'x', 'copy-link', 'facebook', 'whatsapp', 'share-sheet'];

describe("the phone's share bar", () => {
  it('offers the hub’s first networks that share from a plain link, before anyone has shared', () => {
    // Mastodon first asks for a server, and copy-link needs the script: neither works as a first tap without it.
    expect(barNetworks(hub)).toEqual(['linkedin', 'x', 'facebook']);
  });

  it('puts the networks used last first, then fills up in the hub’s order', () => {
    expect(barNetworks(hub, ['whatsapp', 'copy-link'])).toEqual(['whatsapp', 'copy-link', 'linkedin']);
    expect(barNetworks(hub, ['x'])).toEqual(['x', 'linkedin', 'facebook']);
  });

  it('leaves out remembered networks the hub no longer offers, and the share sheet (it has its own place)', () => {
    expect(barNetworks(hub, ['telegram', 'share-sheet', 'whatsapp'])).toEqual(['whatsapp', 'linkedin', 'x']);
  });

  it('remembers the last networks shared to, newest first, each once, at most three', () => {
    let recent: NetworkId[] = [];
    for (const network of ['x', 'linkedin', 'x', 'whatsapp', 'email'] as NetworkId[]) recent = rememberNetwork(recent, network);
    expect(recent).toEqual(['email', 'whatsapp', 'x']);
    expect(rememberNetwork(recent, 'share-sheet')).toEqual(['email', 'whatsapp', 'x']);
  });

  it('reads back only network names from storage', () => {
    expect(parseRecentNetworks('x,linkedin')).toEqual(['x', 'linkedin']);
    expect(parseRecentNetworks('<img src=x>,x,,toString')).toEqual(['x']);
    expect(parseRecentNetworks(null)).toEqual([]);
  });
});
