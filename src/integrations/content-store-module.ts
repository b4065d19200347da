/** Astro's `astro:data-layer-content` in `astro build`: the content store, read from its file (see `content-store.ts`). */
import { readContentStore } from './content-store-read.ts';

export default readContentStore();
