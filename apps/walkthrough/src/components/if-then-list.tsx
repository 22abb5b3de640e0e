import type { IfThen, TemplateParams } from '@eulogin-coach/content';
import { useContent } from '../i18n/content-context.js';
import { useFormat } from '../i18n/use-format.js';

/** A helpdesk script's "if … then …" branches: the problem the caller reports, and the way out. */
export function IfThenList({ branches, params }: { branches: readonly IfThen[]; params: TemplateParams }) {
  const { content } = useContent();
  const format = useFormat();
  const ui = content.ui.helpdesk;
  return (
    <dl className="if-then">
      {branches.map((b) => (
        <div key={b.if}>
          <dt>
            <span className="if-then__label">{ui.ifLabel}</span> {format(b.if, params)}
          </dt>
          <dd>
            <span className="if-then__label">{ui.thenLabel}</span> {format(b.then, params)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
