import type { KeyKind, KeyValues } from '@eulogin-coach/react';
import { Field } from '../../../components/field.js';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateKey } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

const KINDS: readonly KeyKind[] = ['securityKey', 'trustedPlatform'];

export function KeyManage({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const keys = view.data.account?.keys ?? [];
  return (
    <Page heading={ui.keys.heading}>
      <p>{ui.keys.intro}</p>
      {keys.length === 0 ? (
        <p>{ui.keys.empty}</p>
      ) : (
        <ul className="eul-list">
          {keys.map((k) => (
            <li key={k.id}>
              {k.name} ({content.keyKinds[k.kind]})
            </li>
          ))}
        </ul>
      )}
      <Actions>
        <StepButton view={view} event={{ type: 'user.addKey' }} variant="primary">
          {ui.buttons.addKey}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.back' }} variant="link">
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function KeyAddForm({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const { values, setValues, errorFor } = useFormErrors<KeyValues>(view, view.values.key, validateKey);
  const submit = { type: 'user.submitKey', values } as const;
  return (
    <Page heading={ui.keys.addHeading}>
      <p>{ui.keys.addIntro}</p>
      <PageForm label={ui.keys.addHeading} view={view} event={submit}>
        <fieldset className="field">
          <legend>{ui.keys.kindLabel}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name="kind"
                checked={values.kind === kind}
                onChange={() => setValues({ ...values, kind })}
              />
              {content.keyKinds[kind]}
            </label>
          ))}
        </fieldset>
        <Field
          field="keyName"
          autoComplete="off"
          value={values.keyName}
          onValue={(keyName) => setValues({ ...values, keyName })}
          error={errorFor('keyName')}
        />
        <FormError view={view} />
        <Actions>
          <SubmitButton view={view} event={submit}>
            {ui.buttons.submit}
          </SubmitButton>
          <StepButton view={view} event={{ type: 'user.cancel' }} variant="link">
            {ui.buttons.cancel}
          </StepButton>
        </Actions>
      </PageForm>
    </Page>
  );
}

export function KeyAdded({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.keys.addedHeading}>
      <p>{format(ui.keys.added, { name: view.values.key.keyName })}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.signOut' }} variant="primary">
          {ui.buttons.signOut}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.continue' }}>
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function KeyFailed({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const duplicate = view.errorFor('keyName')?.rule === 'alreadyRegistered';
  return (
    <Page heading={ui.keys.failedHeading}>
      <p>{duplicate ? ui.keys.failedDuplicate : ui.keys.failedCancelled}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.tryAgain' }} variant="primary">
          {ui.buttons.tryAgain}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.back' }} variant="link">
          {ui.buttons.cancel}
        </StepButton>
      </Actions>
    </Page>
  );
}
