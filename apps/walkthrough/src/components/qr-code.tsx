import { useEffect, useId, useRef, useState } from 'react';
import { QR_SOURCE_ATTRIBUTE } from '../qr/qr-source.js';

/** jsdom has no canvas; the text alternative carries the code there. */
const canDraw = typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent);

interface QrCodeProps {
  readonly payload: string;
  /** The QR's accessible name. */
  readonly alt: string;
  /** Label of the text alternative disclosure. */
  readonly textLabel: string;
  readonly kind: 'enrolment' | 'challenge';
}

/**
 * A real QR code of `payload`, drawn on a canvas (black on a white quiet zone in every theme) that the phone's
 * scanner reads. `qrcode` loads on demand. The payload is also available as text.
 */
export function QrCode({ payload, alt, textLabel, kind }: QrCodeProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<string | null>(null);
  const id = useId();
  useEffect(() => {
    if (!canDraw) return;
    let live = true;
    void import('../qr/qr-pixels.js').then(({ qrPixels }) => {
      const el = canvas.current;
      const ctx = el?.getContext('2d');
      if (!live || !el || !ctx) return;
      const pixels = qrPixels(payload);
      el.width = pixels.width;
      el.height = pixels.height;
      ctx.putImageData(new ImageData(pixels.data, pixels.width, pixels.height), 0, 0);
      setDrawn(payload);
    });
    return () => {
      live = false;
    };
  }, [payload]);
  return (
    <figure className="qr">
      <canvas
        ref={canvas}
        className="qr__image"
        role="img"
        aria-label={alt}
        aria-describedby={`${id}-text`}
        data-qr-kind={kind}
        data-qr-ready={drawn === payload ? 'true' : 'false'}
        {...{ [QR_SOURCE_ATTRIBUTE]: kind }}
        width={200}
        height={200}
      />
      <details className="qr__text">
        <summary>{textLabel}</summary>
        <code id={`${id}-text`}>{payload}</code>
      </details>
    </figure>
  );
}
