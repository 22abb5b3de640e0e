import { useId } from 'react';
import { EID_COUNTRIES } from '@eulogin-coach/machine/registry';
import { errorMessage } from '@eulogin-coach/content';
import { FormError } from '../../../components/form-error.js';
import { StepButton, SubmitButton } from '../../../components/step-button.js';
import { validateCountry } from '@eulogin-coach/machine/rules';
import { useFormErrors } from '../../../hooks/use-form-errors.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { Actions, Page, PageForm } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

export function EidManage({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const eids = view.data.account?.eids ?? [];
  return (
    <Page heading={ui.eids.heading}>
      <p>{ui.eids.intro}</p>
      {eids.length === 0 ? (
        <p>{ui.eids.empty}</p>
      ) : (
        <ul className="eul-list">
          {eids.map((e) => (
            <li key={e.country}>{content.countries[e.country]}</li>
          ))}
        </ul>
      )}
      <Actions>
        <StepButton view={view} event={{ type: 'user.linkEid' }} variant="primary">
          {ui.buttons.linkEid}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.back' }} variant="link">
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function EidCountry({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  const id = useId();
  const {
    values: country,
    setValues: setCountry,
    errorFor,
  } = useFormErrors(view, view.values.country, validateCountry);
  const error = errorFor('country');
  const submit = { type: 'user.chooseCountry', country } as const;
  return (
    <Page heading={ui.eids.countryHeading}>
      <p>{ui.eids.countryIntro}</p>
      <PageForm label={ui.eids.countryHeading} view={view} event={submit}>
        <div className={error ? 'field field--invalid' : 'field'}>
          <label htmlFor={id}>{content.fields.country.label}</label>
          <select
            id={id}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          >
            <option value="">{ui.eids.countryHeading}</option>
            {EID_COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {content.countries[c]}
              </option>
            ))}
          </select>
          {error ? (
            <p className="field__error" id={`${id}-error`}>
              {errorMessage(content, error)}
            </p>
          ) : null}
        </div>
        <p className="eul-note">{ui.eids.countryMissing}</p>
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

export function EidNational({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const country = view.data.eidCountry ? content.countries[view.data.eidCountry] : '';
  return (
    <Page heading={ui.eids.nationalHeading}>
      <p>{format(ui.eids.nationalIntro, { country })}</p>
      <p className="eul-note">{ui.eids.nationalNote}</p>
      <FormError view={view} />
      <Actions>
        <StepButton view={view} event={{ type: 'user.eidAuthenticate' }} variant="primary">
          {ui.eids.authenticate}
        </StepButton>
        <StepButton view={view} event={{ type: 'user.eidCancel' }} variant="link">
          {ui.buttons.cancel}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function EidLinked({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const country = view.data.eidCountry ? content.countries[view.data.eidCountry] : '';
  return (
    <Page heading={ui.eids.linkedHeading}>
      <p>{format(ui.eids.linked, { country })}</p>
      <Actions>
        <StepButton view={view} event={{ type: 'user.continue' }} variant="primary">
          {ui.buttons.myAccount}
        </StepButton>
      </Actions>
    </Page>
  );
}

export function EidFailed({ view }: ScreenProps) {
  const { content } = useContent();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.eids.failedHeading}>
      <p>{ui.eids.failed}</p>
      <FormError view={view} field="country" />
      <FormError view={view} />
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
