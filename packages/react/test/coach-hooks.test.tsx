import { StrictMode, useEffect } from 'react';
import type { ReactNode } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { CoachEffects } from '@eulogin-coach/machine';
import { DEFAULT_PHONE, createCoachLogic } from '@eulogin-coach/machine';
import { CoachProvider, useCoachActor, useCoachSelector, useCoachView } from '../src/index.js';

/** Effects that only know how to prepare a world: enough to start a journey. Anything else rejects. */
function preparingEffects(): CoachEffects {
  const prepare: CoachEffects['prepare'] = () =>
    Promise.resolve({ email: 'alex@example.org', account: null, phone: DEFAULT_PHONE });
  return new Proxy({ prepare } as CoachEffects, {
    get: (target, name) => (name === 'prepare' ? prepare : () => Promise.reject(new Error(`no ${String(name)}`))),
  });
}

function Step() {
  const view = useCoachView();
  return (
    <div>
      <p data-testid="step">{view.stepId}</p>
      <button
        type="button"
        disabled={!view.can({ type: 'coach.chooseJourney', journey: 'fullSetup' })}
        onClick={() => view.send({ type: 'coach.chooseJourney', journey: 'fullSetup' })}
      >
        start
      </button>
      <button type="button" disabled={!view.canGoBack} onClick={() => view.send({ type: 'coach.back' })}>
        back
      </button>
    </div>
  );
}

function Journey({ onRender }: { onRender: () => void }) {
  const journey = useCoachSelector((s) => s.context.nav.journey);
  onRender();
  return <p data-testid="journey">{journey ?? 'none'}</p>;
}

function ActorIdentity({ seen }: { seen: Set<unknown> }) {
  const actor = useCoachActor();
  useEffect(() => {
    seen.add(actor);
  });
  return null;
}

const modes: [string, (node: ReactNode) => ReactNode][] = [
  ['StrictMode', (node) => <StrictMode>{node}</StrictMode>],
  ['non-strict', (node) => node],
];

describe.each(modes)('coach hooks (%s)', (_mode, wrap) => {
  it('useCoachView shows the journey picker, then the first step once a journey starts', async () => {
    const logic = createCoachLogic(preparingEffects());
    render(
      wrap(
        <CoachProvider logic={logic}>
          <Step />
        </CoachProvider>,
      ),
    );
    expect(screen.getByTestId('step')).toHaveTextContent('coach.journeys');
    expect(screen.getByRole('button', { name: 'back' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'start' }));
    expect(await screen.findByText('signIn.email')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'start' })).toBeDisabled();
  });

  it('useCoachSelector re-renders only when its slice changes', async () => {
    const logic = createCoachLogic(preparingEffects());
    let renders = 0;
    render(
      wrap(
        <CoachProvider logic={logic}>
          <Step />
          <Journey onRender={() => renders++} />
        </CoachProvider>,
      ),
    );
    expect(screen.getByTestId('journey')).toHaveTextContent('none');
    const before = renders;
    await userEvent.click(screen.getByRole('button', { name: 'start' }));
    await screen.findByText('signIn.email');
    expect(screen.getByTestId('journey')).toHaveTextContent('fullSetup');
    // The journey changes once; busy/jumping snapshots in between must not re-render this component each time.
    expect(renders - before).toBeLessThanOrEqual(2);
  });

  it('creates the actor once and uses the given clock', () => {
    const clock = new SimulatedClock();
    const seen = new Set<unknown>();
    const logic = createCoachLogic(preparingEffects());
    const { rerender } = render(
      wrap(
        <CoachProvider logic={logic} clock={clock}>
          <ActorIdentity seen={seen} />
        </CoachProvider>,
      ),
    );
    rerender(
      wrap(
        <CoachProvider logic={logic} clock={clock}>
          <ActorIdentity seen={seen} />
        </CoachProvider>,
      ),
    );
    expect(seen.size).toBe(1);
    const actor = [...seen][0] as ReturnType<typeof useCoachActor>;
    expect(actor.system._clock).toBe(clock);
    act(() => actor.send({ type: 'coach.chooseJourney', journey: 'signInAppPin' }));
    expect(actor.getSnapshot().context.nav.journey).toBe('signInAppPin');
  });

  it('passes input to the machine', () => {
    const logic = createCoachLogic(preparingEffects());
    function Min() {
      return <p data-testid="min">{useCoachSelector((s) => s.context.config.passwordMinLength)}</p>;
    }
    render(
      wrap(
        <CoachProvider logic={logic} input={{ config: { passwordMinLength: 14 } }}>
          <Min />
        </CoachProvider>,
      ),
    );
    expect(screen.getByTestId('min')).toHaveTextContent('14');
  });
});

describe('outside a provider', () => {
  it('useCoachActor says what is missing', () => {
    function Lonely() {
      useCoachActor();
      return null;
    }
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Lonely />)).toThrow(/CoachProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
