/**
 * Work shared among a few lanes, each with a resource of its own (a helper process, say) that it
 * opens before its first item and that is closed once everything is done or has failed.
 */

export interface LaneOptions<Resource, Item> {
  /** Opens lane `lane`'s resource (lanes count from 0); called only for a lane that gets work. */
  open(lane: number): Promise<Resource>;
  /** Does one item with the lane's resource. */
  work(resource: Resource, item: Item): Promise<void>;
  /** Lets go of a resource; called once for each resource opened, whatever happened. */
  close(resource: Resource): Promise<unknown>;
}

/**
 * Does every item in up to `count` lanes at once (at least one), each lane taking the next item, in the order
 * given, when it is free; gives how many lanes did any. A lane whose resource cannot be opened
 * leaves the items to the others (slower, never wrong); when none can be opened, the first
 * reason is thrown. The first item that fails stops every lane: resources are closed at once
 * (what they were doing is abandoned, and any error it gives is not the one that counts), no
 * item is started after it, and its error is thrown.
 */
export async function inLanes<Resource, Item>(items: readonly Item[], count: number, options: LaneOptions<Resource, Item>): Promise<number> {
  // At least one lane when there is work: a count of 0 (or not a number) must not leave items undone.
  const lanes = items.length === 0 ? 0 : Math.min(items.length, Number.isFinite(count) ? Math.max(1, Math.floor(count)) : 1);
  let next = 0;
  let failed: { error: unknown } | undefined;
  let unopened: { error: unknown } | undefined;
  let working = 0;
  // The same resource may be given to two lanes (a factory that is not one per lane): closed once.
  const closing = new Map<Resource, Promise<unknown>>();
  const close = (resource: Resource) => {
    if (!closing.has(resource)) closing.set(resource, options.close(resource).catch(() => undefined));
    return closing.get(resource)!;
  };
  const opened = new Set<Resource>();
  const fail = (error: unknown) => {
    if (failed) return;
    failed = { error };
    for (const resource of opened) void close(resource);
  };

  const lane = async (number: number) => {
    let resource: Resource;
    try {
      resource = await options.open(number);
    } catch (error) {
      unopened ??= { error };
      return;
    }
    opened.add(resource);
    if (failed) {
      await close(resource);
      return;
    }
    let worked = false;
    while (!failed && next < items.length) {
      const item = items[next++]!;
      if (!worked) working += 1;
      worked = true;
      try {
        await options.work(resource, item);
      } catch (error) {
        fail(error);
      }
    }
  };

  try {
    await Promise.all(Array.from({ length: lanes }, (_, number) => lane(number)));
  } finally {
    await Promise.all([...opened].map(close));
  }
  if (failed) throw failed.error;
  if (next < items.length && unopened) throw unopened.error;
  return working;
}
