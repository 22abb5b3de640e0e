import type { FlowStepTexts } from '../../content.types.js';

export const keyStepsEn = {
  'key.manage': {
    title: 'Manage your security keys',
    body: 'On the PC, in My Account, open "Manage my Security Keys and Trusted Platforms" and choose "Add a Security Key".',
  },
  'key.addForm': {
    title: 'Name your key',
    body: 'On the PC, give the key a name you will recognise, such as "Blue USB key" or "Work laptop", and press "Submit".',
    assumed:
      'EU Login does not publish rules for key names or what happens when the same key is added twice. The coach assumes a short name without < or > and refuses a key already on your account.',
  },
  'key.prompt': {
    title: 'Confirm with the key',
    body: 'On the PC, your browser asks you to use the key: touch it when it blinks, or confirm with Windows Hello (fingerprint, face or PIN).',
  },
  'key.added': {
    title: 'Your key is added',
    body: 'On the PC, the key appears in your list. Choose it in "Choose your verification method" when you sign in.',
  },
  'key.failed': {
    title: 'The key was not added',
    body: 'On the PC, EU Login says the key could not be added: the prompt was cancelled, or the key is already on your account.',
  },
} satisfies FlowStepTexts<'key'>;
