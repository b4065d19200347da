/** Astro's `astro:data-layer-content` in `astro build`: the content store the build read from its file (see `content-store.ts`). */
import { keptContentStore } from './content-store-read.ts';

export default keptContentStore();
