import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useContent } from '../../../i18n/content-context.js';

/** The keys in a phone keypad's order: 1–9 in three rows, then 0 (placed in the middle column by the style). */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
const DELETE = DIGITS.length;

/** Each key's cell in the keypad's grid of three columns: 1–9, then an empty cell, 0 and delete. */
const cellOf = (key: number) => (key < 9 ? key : key + 1);
const keyAt = (cell: number) => (cell < 9 ? cell : cell === 9 ? null : cell - 1);
const MOVES: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: 3, ArrowUp: -3 };

/** Arrow keys and Home/End: the key to move to from key `from`, as the keys sit on the screen; null for other keys. */
function moveFrom(from: number, key: string): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return DELETE;
  const step = MOVES[key];
  if (step === undefined) return null;
  let cell = cellOf(from) + step;
  // Across the empty cell left of 0 sideways; up or down into it, stay.
  if (cell === 9) cell += Math.abs(step) === 1 ? step : -step;
  return keyAt(Math.min(cellOf(DELETE), Math.max(0, cell))) ?? from;
}

/**
 * The app's on-screen PIN keypad: one Tab stop (roving tabindex), so Tab goes from the PIN box to "Authenticate" in
 * one press; the arrow keys, Home and End move between its keys, Enter or Space presses one.
 */
export function PinKeypad({ pin, enabled, onPin }: { pin: string; enabled: boolean; onPin: (pin: string) => void }) {
  const { content } = useContent();
  const ui = content.ui.phone.app;
  const [active, setActive] = useState(0);
  const keys = useRef<(HTMLButtonElement | null)[]>([]);
  const disabled = (i: number) => !enabled || (i === DELETE && pin === '');
  // The key that takes the Tab stop: the last one used, or the first key when that one is disabled.
  const stop = disabled(active) ? 0 : active;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    let next = moveFrom(stop, event.key);
    if (next === null) return;
    event.preventDefault();
    if (disabled(next)) next = stop;
    setActive(next);
    keys.current[next]?.focus();
  };
  const press = (i: number) => {
    setActive(i);
    onPin(i === DELETE ? pin.slice(0, -1) : pin + (DIGITS[i] ?? ''));
  };
  return (
    <div className="pin-pad" role="group" aria-label={ui.pinKeypad} onKeyDown={onKeyDown}>
      {DIGITS.map((d, i) => (
        <button
          key={d}
          ref={(el) => {
            keys.current[i] = el;
          }}
          type="button"
          className={d === '0' ? 'pin-pad__key pin-pad__key--zero' : 'pin-pad__key'}
          disabled={disabled(i)}
          tabIndex={i === stop ? 0 : -1}
          onClick={() => press(i)}
        >
          {d}
        </button>
      ))}
      <button
        ref={(el) => {
          keys.current[DELETE] = el;
        }}
        type="button"
        className="pin-pad__key pin-pad__key--delete"
        disabled={disabled(DELETE)}
        tabIndex={DELETE === stop ? 0 : -1}
        onClick={() => press(DELETE)}
      >
        <span aria-hidden="true">⌫</span>
        <span className="sr-only">{ui.pinDelete}</span>
      </button>
    </div>
  );
}
