import type { uiEn } from './en/ui.en.js';
import type { Widen } from './widen.js';

/**
 * The walkthrough app's chrome: every label, heading and button of the pretend PC, phone and mailbox, the guide
 * panel and the helpdesk panel. Its shape is the English texts' (`src/en/ui.en.ts`, where each key's placeholders
 * are noted); every other language's `ui` must have exactly the same keys.
 */
export type UiContent = Widen<typeof uiEn>;
