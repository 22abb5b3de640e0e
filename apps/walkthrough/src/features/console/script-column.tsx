import { useId, useRef, useState } from 'react';
import { textParams } from '@eulogin-coach/content';
import type { CallerSees } from '@eulogin-coach/content';
import { JOURNEY_IDS, isJourneyId } from '@eulogin-coach/machine/registry';
import type { CoachView, JourneyId } from '@eulogin-coach/react';
import { AssumedNote } from '../../components/assumed-note.js';
import { useStepFocus } from '../../hooks/use-step-focus.js';
import { useContent } from '../../i18n/content-context.js';
import type { ConsoleActions } from './console-actions.js';
import { useGuide } from './console-session.js';
import type { AnswersSlot } from './pending-answers.js';
import { PendingAnswers } from './pending-answers.js';
import type { CallerSeesLookup } from './use-help-search.js';
import { IfThenList } from '../../components/if-then-list.js';
import { useFormat } from '../../i18n/use-format.js';

/** The middle column: the step, what to ask, the answers that move the coach, what to say, and what if. */
export function ScriptColumn({
  view,
  actions,
  answers = PendingAnswers,
  callerSees,
}: {
  view: CoachView;
  actions: ConsoleActions;
  answers?: AnswersSlot;
  /** What the caller sees at each step on the real EU Login, once the help texts have loaded. */
  callerSees?: CallerSeesLookup;
}) {
  const { content } = useContent();
  const format = useFormat();
  const texts = content.console;
  const ui = content.ui.helpdesk;
  const id = useId();
  const guide = useGuide();
  const heading = useRef<HTMLHeadingElement>(null);
  // Each answer moves the focus to the step's title, as guide mode does: an answer can take its own button away (a
  // question's group goes once answered), and the title says where the caller now is, the same step or a new one.
  const [answered, setAnswered] = useState(0);
  useStepFocus(`${view.stepId}#${answered}`, heading);
  const params = textParams(view.data.config);
  const step = content.steps[view.stepId];
  const script = step.helpdesk;
  const Answers = answers;
  return (
    <section className="console__column console__script" aria-label={texts.regions.script}>
      <h3 ref={heading} tabIndex={-1} className="console__step-title">
        {format(step.title, params)}
      </h3>
      {view.stepId === 'coach.journeys' ? (
        <JourneyChooser busy={view.busy} onStart={(journey) => view.send({ type: 'coach.chooseJourney', journey })} />
      ) : null}
      {view.stepId === 'coach.journeys' ? null : (
        <section className="console__answers" aria-labelledby={`${id}-answers`}>
          <h4 id={`${id}-answers`}>{texts.answers.heading}</h4>
          <Answers
            view={view}
            guide={guide}
            onJump={actions.jumpTo}
            onChoice={(choice) => {
              actions.answered(choice);
              setAnswered((n) => n + 1);
            }}
          />
        </section>
      )}
      <CallerScreen seen={view.stepId === 'coach.journeys' ? undefined : callerSees?.(view.stepId)} />
      {step.assumed ? <AssumedNote text={format(step.assumed, params)} /> : null}
      {script.ask.length > 0 ? (
        <>
          <h4>{ui.askHeading}</h4>
          <ul>
            {script.ask.map((q) => (
              <li key={q}>{format(q, params)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {script.say.length > 0 ? (
        <>
          <h4>{ui.sayHeading}</h4>
          <ol>
            {script.say.map((s) => (
              <li key={s}>{format(s, params)}</li>
            ))}
          </ol>
        </>
      ) : null}
      {script.ifThen.length > 0 ? (
        <>
          <h4>{ui.ifThenHeading}</h4>
          <IfThenList branches={script.ifThen} params={params} />
        </>
      ) : null}
    </section>
  );
}

function JourneyChooser({ busy, onStart }: { busy: boolean; onStart: (journey: JourneyId) => void }) {
  const { content } = useContent();
  const texts = content.console.chooseJourney;
  const id = useId();
  const [journey, setJourney] = useState<JourneyId>('fullSetup');
  return (
    <form
      className="console__journey"
      onSubmit={(e) => {
        e.preventDefault();
        onStart(journey);
      }}
    >
      <p>{texts.heading}</p>
      <label htmlFor={id}>{texts.label}</label>
      <select id={id} value={journey} onChange={(e) => isJourneyId(e.target.value) && setJourney(e.target.value)}>
        {JOURNEY_IDS.map((j) => (
          <option key={j} value={j}>
            {content.journeys[j].title}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn--primary" disabled={busy}>
        {texts.start}
      </button>
    </form>
  );
}

/** The real EU Login screen at this step, in its own words, so the agent can check what the caller reads out. */
function CallerScreen({ seen }: { seen: CallerSees | undefined }) {
  const { content } = useContent();
  const texts = content.console.callerSees;
  const id = useId();
  if (!seen) return null;
  return (
    <section className="console__caller-sees" aria-labelledby={`${id}-seen`}>
      <h4 id={`${id}-seen`}>{texts.heading}</h4>
      <p className="console__caller-sees-heading">“{seen.heading}”</p>
      {seen.texts.length > 0 ? (
        <ul>
          {seen.texts.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      {seen.address ? (
        <p>
          {texts.address}: <code>{seen.address}</code>
        </p>
      ) : null}
      {seen.assumed ? <AssumedNote text={texts.assumed} /> : null}
    </section>
  );
}
