import { useContent } from '../i18n/content-context.js';

/** What a step shows that EU Login does not publish, marked so nobody takes it for EU Login's own rule. */
export function AssumedNote({ text }: { text: string }) {
  const { content } = useContent();
  return (
    <p className="assumed-note">
      <strong className="assumed-note__label">{content.ui.guide.assumedLabel}</strong> {text}
    </p>
  );
}
