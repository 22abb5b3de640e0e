import type { CoachView } from '@eulogin-coach/react';
import { useWorld } from '../../effects/rehearsal-context.js';
import { useContent } from '../../i18n/content-context.js';

/**
 * The practice person's details, so the rehearser knows what to type: what they chose themselves (a password, a
 * PIN, another address) as soon as they chose it. Read from the world at each step, so it never goes stale.
 */
export function Persona({ view }: { view: CoachView }) {
  const { content } = useContent();
  const world = useWorld();
  if (!world) return null;
  const persona = world.practiceDetails(view.data.email || undefined);
  return (
    <section className="persona" aria-labelledby="persona-heading">
      <h3 id="persona-heading">{content.ui.guide.personaHeading}</h3>
      <p className="guide__small">{content.ui.guide.personaIntro}</p>
      <dl>
        <dt>{content.ui.guide.personaName}</dt>
        <dd>
          {persona.firstName} {persona.lastName}
        </dd>
        <dt>{content.ui.guide.personaEmail}</dt>
        <dd>
          <code>{persona.email}</code>
        </dd>
        <dt>{content.ui.guide.personaPassword}</dt>
        <dd>
          <code>{persona.password}</code>
        </dd>
        <dt>{content.ui.guide.personaPin}</dt>
        <dd>
          <code>{persona.pin}</code>
        </dd>
      </dl>
    </section>
  );
}
