import { useContent } from '../../../i18n/content-context.js';
import { Page } from './page.js';
import { useFormat } from '../../../i18n/use-format.js';

/** The PC when nothing happens on it: the EU Login sign-in page, waiting. */
export function PcIdle() {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.pc;
  return (
    <Page heading={ui.signIn.heading}>
      <p>{format(ui.signIn.intro, { service: ui.header.serviceName })}</p>
    </Page>
  );
}
