import { useEffect, useState } from 'react';
import { FAQ_IDS, FAQ_LINKS, loadHelpContent } from '@eulogin-coach/content';
import type { FaqId, HelpContent } from '@eulogin-coach/content';
import type { StepId } from '@eulogin-coach/react';
import { useContent } from '../../i18n/content-context.js';
import { entryHref } from './entry-link.js';

/** The help entries about `stepId`, as links into the help centre; nothing until the help texts are downloaded. */
export function StepHelpLinks({ stepId }: { stepId: StepId }) {
  const { content, locale } = useContent();
  const [help, setHelp] = useState<HelpContent | null>(null);
  useEffect(() => {
    let current = true;
    // Without the help texts there are no links to show: a failure leaves the guide as it was.
    loadHelpContent(locale).then(
      (loaded) => current && setHelp(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [locale]);
  const ids: readonly FaqId[] = FAQ_IDS.filter((id) => FAQ_LINKS[id].stepIds.includes(stepId));
  if (!help || ids.length === 0) return null;
  return (
    <nav className="step-help" aria-labelledby="step-help-heading">
      <h3 id="step-help-heading">{content.helpCentre.stepLinksHeading}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <a href={entryHref(id)}>{help.faq[id].question}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
