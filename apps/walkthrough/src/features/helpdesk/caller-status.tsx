import type { CoachView } from '@eulogin-coach/react';
import { textParams } from '@eulogin-coach/content';
import { useContent } from '../../i18n/content-context.js';
import { useFormat } from '../../i18n/use-format.js';

/** Where the caller is, at a glance: the task, the step and how far along, the surface, what is switched on, the phone. */
export function CallerStatus({ view }: { view: CoachView }) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.helpdesk;
  const common = content.ui.common;
  const params = textParams(view.data.config);
  const { phone } = view.data;
  const progress = view.progress;
  const yesNo = (value: boolean) => (value ? common.yes : common.no);
  const phoneRows: readonly (readonly [string, string])[] = [
    [ui.appLabel, content.phoneStates.app[phone.app]],
    [ui.notificationsLabel, content.phoneStates.permission[phone.notifications]],
    [ui.cameraLabel, content.phoneStates.permission[phone.camera]],
    [ui.screenLockLabel, yesNo(phone.screenLock)],
    [ui.foregroundLabel, yesNo(phone.appInForeground)],
    [ui.onlineLabel, phone.online ? common.on : common.off],
  ];
  return (
    <div className="helpdesk__status">
      <p className="helpdesk__where">
        <strong>{format(ui.currentStep, { step: format(content.steps[view.stepId].title, params) })}</strong>
        {progress ? (
          <span className="helpdesk__progress">
            {format(content.ui.guide.stepOf, { n: progress.current, total: progress.total })}
          </span>
        ) : null}
        <span className="helpdesk__step-id">{format(ui.stepIdLabel, { id: view.stepId })}</span>
      </p>
      <dl>
        <div>
          <dt>{ui.journeyLabel}</dt>
          <dd>{view.journey ? content.journeys[view.journey].title : ui.noJourney}</dd>
        </div>
        <div>
          <dt>{ui.surfaceLabel}</dt>
          <dd>{content.surfaces[view.surface]}</dd>
        </div>
        {view.activeWhatIfs.length > 0 ? (
          <div>
            <dt>{ui.whatIfsLabel}</dt>
            <dd>{view.activeWhatIfs.map((w) => format(content.whatIfs[w].label, params)).join('; ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{ui.phoneLabel}</dt>
          <dd>
            <dl className="helpdesk__phone">
              {phoneRows.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </dd>
        </div>
      </dl>
    </div>
  );
}
