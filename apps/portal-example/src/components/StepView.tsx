// One step of the coach, drawn from `connect()`'s view: its texts, its form, the buttons the coach accepts now.
// Focus moves to the step's heading whenever the step changes, so a screen reader announces the new step.
import { useEffect, useRef } from 'react';
import type { CoachView } from '@eulogin-coach/machine';
import type { Content } from '@eulogin-coach/content';
import { errorMessage, format, textParams } from '@eulogin-coach/content';
import { ACTION_EVENTS, PORTAL_TEXTS } from '../portal-texts.js';
import { StandInMailbox } from './StandInMailbox.js';
import { StepForm } from './StepForm.js';

const openDevices = { type: 'user.openPage', page: 'devices' } as const;

export function StepView({ view, content, session }: { view: CoachView; content: Content; session: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [view.stepId]);
  const params = textParams(view.data.config);
  const texts = content.steps[view.stepId];
  const formError = view.errorFor('form');
  const enrolment = view.data.enrolment;
  const scan = enrolment ? ({ type: 'phone.scan', payload: enrolment.qrPayload } as const) : null;
  return (
    <section aria-labelledby="step-heading">
      <h1 id="step-heading" ref={heading} tabIndex={-1}>
        {format(texts.title, params)}
      </h1>
      <p>{format(texts.body, params)}</p>
      {view.notice && <p role="status">{format(content.notices[view.notice], params)}</p>}
      {formError && <p role="alert">{errorMessage(content, formError)}</p>}
      {view.busy && <p role="status">{PORTAL_TEXTS.busy}</p>}
      {/* Keyed by step: a new step starts from what the coach kept for it. */}
      <StepForm key={view.stepId} view={view} content={content} />
      {view.can({ type: 'mail.linkOpened', token: '' }) && <StandInMailbox view={view} session={session} />}
      <p>
        {ACTION_EVENTS.filter((type) => view.can({ type })).map((type) => (
          <button key={type} type="button" onClick={() => view.send({ type })}>
            {PORTAL_TEXTS.actions[type]}
          </button>
        ))}
        {view.can(openDevices) && (
          <button type="button" onClick={() => view.send(openDevices)}>
            {PORTAL_TEXTS.openDevices}
          </button>
        )}
        {scan && view.can(scan) && (
          <button type="button" onClick={() => view.send(scan)}>
            {PORTAL_TEXTS.scanQr}
          </button>
        )}
      </p>
      <p>
        {view.canGoBack && (
          <button type="button" onClick={() => view.send({ type: 'coach.back' })}>
            {PORTAL_TEXTS.back}
          </button>
        )}
        <button type="button" onClick={() => view.send({ type: 'coach.restart' })}>
          {PORTAL_TEXTS.restart}
        </button>
      </p>
    </section>
  );
}
