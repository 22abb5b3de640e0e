import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import type { Surface } from '@eulogin-coach/react';
import { useContent } from '../i18n/content-context.js';

export type ScreenSurface = Exclude<Surface, 'guide'>;
export const SCREEN_SURFACES: readonly ScreenSurface[] = ['pc', 'phone', 'mail'];

/** The id of the panel holding one pretend screen, for the tab that shows it. */
export const surfacePanelId = (surface: ScreenSurface) => `surface-panel-${surface}`;

/**
 * On a narrow screen, one pretend screen at a time: PC, Phone and Mailbox tabs (arrow keys move between them). The
 * tab of the screen to act on is marked, so a person who looked elsewhere finds the way back.
 */
export function SurfaceTabs({
  shown,
  toAct,
  onShow,
}: {
  shown: ScreenSurface;
  toAct: Surface;
  onShow: (surface: ScreenSurface) => void;
}) {
  const { content } = useContent();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (index + step + SCREEN_SURFACES.length) % SCREEN_SURFACES.length;
    onShow(SCREEN_SURFACES[next] ?? 'pc');
    tabs.current[next]?.focus();
  };
  return (
    <div className="surface-tabs" role="tablist" aria-label={content.ui.surfaceTabs.label}>
      {SCREEN_SURFACES.map((surface, index) => (
        <button
          key={surface}
          ref={(el) => {
            tabs.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`surface-tab-${surface}`}
          className={`surface-tabs__tab${surface === toAct ? ' surface-tabs__tab--act' : ''}`}
          aria-selected={surface === shown}
          aria-controls={surfacePanelId(surface)}
          tabIndex={surface === shown ? 0 : -1}
          onClick={() => onShow(surface)}
          onKeyDown={(e) => onKeyDown(e, index)}
        >
          {content.ui.app.surfaceNames[surface]}
        </button>
      ))}
    </div>
  );
}
