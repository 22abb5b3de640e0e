import { useId } from 'react';
import { STEP_IDS, flowOf, isStepId, resumeTarget } from '@eulogin-coach/machine/registry';
import type { CoachView, FlowId, StepId } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { AssumedNote } from '../../components/assumed-note.js';
import { ShareCode } from '../../components/share-code.js';
import { useStateFor } from '../../hooks/use-synced-state.js';
import { useContent } from '../../i18n/content-context.js';
import { ResumeForm } from '../resume/resume-form.js';
import { useResumeOrigin } from '../resume/resume-origin.js';
import { CallerStatus } from './caller-status.js';
import { IfThenList } from '../../components/if-then-list.js';
import { useFormat } from '../../i18n/use-format.js';

function groupedSteps(): [FlowId, StepId[]][] {
  const groups = new Map<FlowId, StepId[]>();
  for (const id of STEP_IDS) {
    const flow = flowOf(id);
    groups.set(flow, [...(groups.get(flow) ?? []), id]);
  }
  return [...groups];
}

/** The helpdesk side: the step's script, jump to any step, the share code to read out, resume from a code. */
export default function HelpdeskPanel({ view }: { view: CoachView }) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.helpdesk;
  const id = useId();
  const origin = useResumeOrigin();
  const params = textParams(view.data.config);
  const step = content.steps[view.stepId];
  const script = step.helpdesk;
  // The step picked for a jump; whenever the caller moves (on, Back, a jump), the list starts from where they are.
  const [picked, setPicked] = useStateFor<StepId | null>(view.stepId, null);
  const target = picked ?? view.stepId;
  const landing = resumeTarget(target);
  return (
    <div className="helpdesk">
      <p>{ui.intro}</p>
      <CallerStatus view={view} />
      {step.assumed ? <AssumedNote text={format(step.assumed, params)} /> : null}
      <h3>{ui.askHeading}</h3>
      <ul>
        {script.ask.map((q) => (
          <li key={q}>{format(q, params)}</li>
        ))}
      </ul>
      <h3>{ui.sayHeading}</h3>
      <ol>
        {script.say.map((s) => (
          <li key={s}>{format(s, params)}</li>
        ))}
      </ol>
      <h3>{ui.ifThenHeading}</h3>
      <IfThenList branches={script.ifThen} params={params} />
      <form
        className="helpdesk__jump"
        onSubmit={(e) => {
          e.preventDefault();
          view.send({ type: 'helpdesk.jumpTo', stepId: target });
        }}
      >
        <label htmlFor={`${id}-jump`}>{ui.jumpLabel}</label>
        <select
          id={`${id}-jump`}
          aria-describedby={landing === target ? undefined : `${id}-lands`}
          value={target}
          onChange={(e) => isStepId(e.target.value) && setPicked(e.target.value)}
        >
          {groupedSteps().map(([flow, steps]) => (
            <optgroup key={flow} label={content.flows[flow]}>
              {steps.map((s) => (
                <option key={s} value={s}>
                  {format(content.steps[s].title, params)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button
          type="submit"
          className="btn btn--secondary"
          disabled={view.busy || !view.can({ type: 'helpdesk.jumpTo', stepId: target })}
        >
          {ui.jumpButton}
        </button>
        {landing === target ? null : (
          <p id={`${id}-lands`} className="helpdesk__lands">
            {format(ui.landsInstead, { step: format(content.steps[landing].title, params) })}
          </p>
        )}
      </form>
      <ShareCode
        label={ui.shareCodeLabel}
        hint={view.stepId === 'coach.journeys' ? ui.shareCodeHintStart : ui.shareCodeHint}
      />
      {/* On the journey list, the page's own "Have a share code?" form does this: one form, so nothing typed is lost
          when the panel opens or closes. */}
      {view.stepId === 'coach.journeys' ? null : (
        <>
          <h3>{content.ui.guide.resume}</h3>
          {/* No fresh start here: a mistyped code must not end the caller's rehearsal (Restart asks first). */}
          <ResumeForm
            busy={view.busy}
            onResume={(progress) => {
              origin.note(progress.stepId);
              view.send({ type: 'coach.resume', progress });
            }}
          />
        </>
      )}
    </div>
  );
}
