import { StepButton } from '../../../components/step-button.js';
import { FormError } from '../../../components/form-error.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function AccountHome({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const name = view.data.account ? `${view.data.account.firstName} ${view.data.account.lastName}` : view.data.email;
  return (
    <Page heading={ui.account.heading}>
      <p>{format(ui.account.welcome, { name })}</p>
      <p>{ui.account.intro}</p>
      {view.notice === 'stepUpRequired' ? <p role="status">{ui.account.stepUp}</p> : null}
      <ul className="eul-menu">
        <li>
          <StepButton view={view} event={{ type: 'user.openPage', page: 'devices' }} variant="link">
            {ui.buttons.manageDevices}
          </StepButton>
        </li>
        <li>
          <StepButton view={view} event={{ type: 'user.openPage', page: 'eids' }} variant="link">
            {ui.buttons.manageEids}
          </StepButton>
        </li>
        <li>
          <StepButton view={view} event={{ type: 'user.openPage', page: 'keys' }} variant="link">
            {ui.buttons.manageKeys}
          </StepButton>
        </li>
        <li>
          <StepButton view={view} event={{ type: 'user.openPage', page: 'panic' }} variant="link">
            {ui.buttons.panic}
          </StepButton>
        </li>
      </ul>
      <Actions>
        <StepButton view={view} event={{ type: 'user.signOut' }} variant="link">
          {ui.buttons.signOut}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function PanicConfirm({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.panic.heading}>
      <p>{ui.panic.body}</p>
      <p className="eul-warning">{ui.panic.warning}</p>
      <FormError view={view} />
      <Actions>
        <StepButton view={view} event={{ type: 'user.confirm' }} variant="primary">
          {ui.buttons.confirm}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.cancel' }}>
          {ui.buttons.cancel}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function PanicDone({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.panic.doneHeading}>
      <p>{ui.panic.done}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.addDevice' }} variant="primary">
          {ui.buttons.addDevice}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.continue' }}>
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}
