import type { CallRecordProblem } from '../console.types.js';

/**
 * The helpdesk console, in English: the agent's screen for following a caller through the real EU Login set-up.
 * This object is also the shape of every other language's console texts (`ConsoleTexts`). Placeholders are noted
 * next to the key; a key without a note has none.
 */
export const consoleEn = {
  title: 'Helpdesk console',
  intro:
    'Follow a caller through the real EU Login set-up on their own computer and phone. Nothing is simulated here: you tell the console what the caller sees, and it keeps the script and the call record in step.',
  regions: { position: "Caller's position", script: 'Script', record: 'Call record', map: 'Journey map' },
  chooseJourney: {
    heading: 'What is the caller trying to do?',
    label: 'Task',
    start: 'Follow this task',
  },
  search: {
    label: 'Find a step, a problem or a question',
    hint: 'Type what the caller says they see. Use the arrow keys to move through the results and Enter to choose.',
    results: 'Matches',
    /** {query} */
    noResults: 'Nothing matches "{query}".',
    /** {count}: a plural (Intl.PluralRules chooses the form). */
    count: '{count, plural, one {# match} other {# matches}}',
    kinds: { step: 'Step', whatIf: 'Problem', faq: 'Question' },
    faqSteps: 'Steps for this question',
    /** {step} */
    goTo: 'Go to {step}',
    closeFaq: 'Close the answer',
    /** {heading}: what the caller's screen shows at a step hit */
    onScreen: 'On the caller’s screen: “{heading}”',
    loading: 'The search is still loading.',
    failed: 'The search could not be downloaded. Check the connection and try again.',
    retry: 'Try again',
  },
  /** What the caller sees on the real EU Login at the current step. */
  callerSees: {
    heading: 'What the caller sees',
    address: 'Address',
    assumed: 'No public source shows this screen word for word: it may be worded differently.',
  },
  answers: {
    heading: 'What happened?',
    none: 'No question is waiting. Once the caller acts on this step, ask what they see and choose where they are.',
    movedOn: 'The caller is now at',
    /** Above a reported problem's explanation and fix, after an answer that reports one. */
    reportedHeading: 'What the caller reported, and the fix',
    /** {step} */
    next: 'Next: {step}',
    /** {whatIf}, {step} */
    detour: '{whatIf}: {step}',
  },
  history: {
    /** A link at the top of the caller's position to this list, further down the column: {count} steps. */
    jumpTo: 'Steps visited ({count})',
    heading: 'Steps visited',
    empty: 'No steps yet.',
    /** {step} */
    back: 'Back to {step}',
    here: 'here now',
  },
  code: {
    heading: 'Position code',
    hint: 'Read it out a group at a time. The caller finds theirs under "Share my progress".',
    readOut: 'Code in groups',
    showInRehearsal: 'Show this step in the rehearsal',
    newTab: '(opens a new tab with the pretend PC, phone and mailbox)',
    callerCode: "Type the caller's code",
    /** The button under a bad code in the console's address: the code is typed instead, in the field below. */
    typeInstead: "Type the caller's code instead",
  },
  record: {
    heading: 'Call record',
    localOnly: 'Kept in this browser only. Nothing is sent anywhere.',
    log: 'What happened during the call',
    empty: 'Nothing recorded yet.',
    /** {step} */
    step: 'On step: {step}',
    /** {question}, {answer} */
    answer: '{question} Answer: {answer}',
    /** {step}, {action}: something the caller did, as they reported it */
    action: 'At {step}, the caller reported: {action}',
    /** {from}, {to} */
    jump: 'Moved from {from} to {to}',
    /** {code}, {step} */
    resume: 'Carried on from code {code} at {step}',
    /** {step}, {text} */
    note: 'Note at {step}: {text}',
    /** {outcome} */
    outcome: 'Outcome: {outcome}',
  },
  note: {
    /** {step} */
    label: 'Note for {step}',
    add: 'Add note',
    empty: 'Write something before adding the note.',
    /** {max} */
    tooLong: 'A note can hold up to {max} characters.',
    added: 'Note added.',
  },
  outcome: {
    heading: 'How did the call end?',
    legend: 'Outcome',
    kinds: { resolved: 'Resolved', escalated: 'Escalated', callBack: 'Caller will call back' },
    reason: 'Why it is escalated',
    reasonMissing: 'Say why the call is escalated.',
    callBackCode: 'Code to carry on from',
    callBackCodeMissing: 'Give the code the caller will carry on from.',
    save: 'Save the outcome',
    /** {outcome} */
    saved: 'Outcome saved: {outcome}.',
    /** {reason} */
    escalatedBecause: 'Escalated: {reason}',
    /** {code} */
    callBackWith: 'Caller will call back with code {code}',
  },
  actions: {
    copy: 'Copy ticket summary',
    copied: 'Summary copied. Paste it into the ticket.',
    copyFailed: 'Copying is blocked here. Select the summary below and copy it yourself.',
    summaryLabel: 'Ticket summary',
    download: 'Download the record (JSON)',
    print: 'Print the record',
    delete: 'Delete this record',
    deleteConfirm: 'Delete this call record from this browser? It cannot be brought back.',
    deleteYes: 'Yes, delete it',
    deleteNo: 'Keep it',
    deleted: 'Record deleted. A new, empty record has started.',
  },
  refused: {
    heading: 'The call record saved in this browser could not be used',
    reasons: {
      tooLarge: 'It is larger than a call record can be.',
      notJson: 'It is not readable data.',
      wrongSchema: 'It is not a call record.',
      wrongVersion: 'It was written by another version of the console.',
      invalid: 'Part of it is damaged.',
    } satisfies Record<CallRecordProblem, string>,
    startNew: 'Start a new record',
  },
  summary: {
    title: 'EU Login set-up: helpdesk call',
    /** {time} */
    started: 'Started: {time}',
    /** {journey} */
    task: 'Task: {journey}',
    noTask: 'Task: not chosen',
    /** {step}, {code} */
    position: 'Last position: {step} (code {code})',
    noOutcome: 'Outcome: not recorded',
    timeline: 'Timeline:',
  },
  map: {
    heading: 'Journey map',
    hint: 'Each step of the task in order, with the problems that branch off it. Choose a step to go there.',
    none: 'Choose a task to see its map.',
    done: 'done',
    current: 'current',
    next: 'next',
    later: 'later',
    /** A side path: {whatIf}, {step} (where it leads). */
    branch: '{whatIf} → {step}',
    /** A step a jump cannot show again (a QR code, a request, a mail link): {step} is where a jump to it lands. */
    landsAt: 'a jump opens "{step}"',
    textAlternative: 'Steps of the task',
  },
};
