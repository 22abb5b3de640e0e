import { useWorld } from '../../effects/rehearsal-context.js';
import { useContent } from '../../i18n/content-context.js';

/** The practice person's details, so the rehearser knows what to type. */
export function Persona() {
  const { content } = useContent();
  const world = useWorld();
  if (!world) return null;
  const { persona } = world;
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
