import type { consoleEn } from './en/console.en.js';
import type { Widen } from './widen.js';

/** What a saved call record can be refused for (`CallRecordErrorCode` in the app). */
export type CallRecordProblem = 'tooLarge' | 'notJson' | 'wrongSchema' | 'wrongVersion' | 'invalid';

/**
 * The helpdesk console's texts: the agent's screen for following a caller through the real EU Login set-up. Its
 * shape is the English texts' (`src/en/console.en.ts`, where each key's placeholders are noted).
 */
export type ConsoleTexts = Widen<typeof consoleEn>;
