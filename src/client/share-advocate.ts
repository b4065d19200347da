// Loaded on every page (through <AdvocateLinkCapture />), so a personal link to any hub page remembers its code.
import { captureAdvocateFromUrl } from './share-storage.ts';

captureAdvocateFromUrl();
