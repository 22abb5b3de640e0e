import { useState } from 'react';

import { FormError } from '../../../components/form-error.js';
import { StepButton } from '../../../components/step-button.js';
import { useRehearsal } from '../../../effects/rehearsal-context.js';
import { useContent } from '../../../i18n/content-context.js';
import type { ScreenProps } from '../../screen-types.js';
import { EU_LOGIN_HOST } from '../../eu-login-addresses.js';
import { createCredential, getCredential, hasWebAuthn, rehearsalCredentialIds } from '../webauthn.js';
import { Actions, Page } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

/**
 * The browser's security-key dialog, for adding a key (`key.prompt`) and signing in with one
 * (`signIn.securityKey`): the real WebAuthn when the browser has it, and always a labelled practice button.
 */
export function KeyPrompt({ view }: ScreenProps) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  const { world } = useRehearsal();
  const [problem, setProblem] = useState<'failed' | 'alreadyRegistered' | null>(null);
  const [working, setWorking] = useState(false);
  const registering = view.stepId === 'key.prompt';
  const platform = (registering ? view.values.key.kind : view.data.keyKind) === 'trustedPlatform';
  const touch = { type: 'user.touchKey' } as const;
  const real = async () => {
    setProblem(null);
    setWorking(true);
    const snapshot = world.current()?.inspect() ?? null;
    const outcome = registering
      ? await createCredential({
          label: ui.keyPrompt.practiceCredentialLabel,
          platform,
          exclude: rehearsalCredentialIds(snapshot),
        })
      : await getCredential({ allow: rehearsalCredentialIds(snapshot, view.data.email) });
    setWorking(false);
    if (outcome.kind === 'created' || outcome.kind === 'signed') {
      view.send({ type: 'user.touchKey', credentialId: outcome.credentialId });
    } else setProblem(outcome.kind);
  };
  return (
    <Page heading={ui.keyPrompt.heading}>
      <p>{ui.keyPrompt.body}</p>
      <div
        className="browser-dialog"
        role="group"
        aria-label={format(ui.keyPrompt.browserDialogTitle, { site: EU_LOGIN_HOST })}
      >
        <p className="browser-dialog__title">{format(ui.keyPrompt.browserDialogTitle, { site: EU_LOGIN_HOST })}</p>
        <p>{platform ? ui.keyPrompt.trustedPlatformInstruction : ui.keyPrompt.securityKeyInstruction}</p>
        <FormError view={view} />
        {problem ? (
          <p role="alert" className="form-error">
            {problem === 'alreadyRegistered' ? ui.keyPrompt.realAlreadyRegistered : ui.keyPrompt.realFailed}
          </p>
        ) : null}
        <Actions>
          {hasWebAuthn() ? (
            <button
              type="button"
              className="btn btn--primary"
              disabled={working || view.busy || !view.can(touch)}
              onClick={() => void real()}
            >
              {content.ui.pc.keyPrompt.useRealKey}
            </button>
          ) : null}
          <StepButton view={view} event={touch} variant={hasWebAuthn() ? 'secondary' : 'primary'}>
            {content.ui.pc.keyPrompt.simulated}
          </StepButton>
          <StepButton view={view} event={{ type: 'user.cancelPrompt' }} variant="link">
            {ui.buttons.cancel}
          </StepButton>
        </Actions>
        {hasWebAuthn() ? <p className="eul-note">{ui.keyPrompt.realKeyNote}</p> : null}
      </div>
    </Page>
  );
}
