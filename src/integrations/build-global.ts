/**
 * A value shared by the build's own modules (the integrations) and Astro's bundle of the site,
 * which loads its own copy of every module it includes: module state is not shared, so the value
 * is kept on `globalThis` under `Symbol.for('advocacy-hub.<name>')`, the same key for both copies.
 * No Node module is imported here: the site's bundle includes this file.
 */
export interface BuildGlobal<Value> {
  get(): Value | undefined;
  /** Sets the value, or removes it (undefined). */
  set(value: Value | undefined): void;
}

export function buildGlobal<Value>(name: string): BuildGlobal<Value> {
  const key = Symbol.for(`advocacy-hub.${name}`);
  const holder = globalThis as { [key]?: Value };
  return {
    get: () => holder[key],
    set: (value) => {
      if (value === undefined) delete holder[key];
      else holder[key] = value;
    },
  };
}
