// First: keeps twitter-text's polyfills from slowing every regular expression in Node (see there).
import './without-polyfills.ts';
import twitterText from 'twitter-text';

/** X's weighted length: twitter-text config v3 (URLs 23, CJK and emoji 2). Large: import it only where needed. */
export function xWeightedLength(text: string): number {
  return twitterText.parseTweet(text).weightedLength;
}
