import jsQR from 'jsqr';
import { QR_SOURCE_ATTRIBUTE } from './qr-source.js';
export { QR_SOURCE_ATTRIBUTE };

/** Decodes RGBA pixels with jsQR; null when no QR code is readable. */
export function decodePixels(data: Uint8ClampedArray, width: number, height: number): string | null {
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Reads the QR code the PC shows right now: its canvas pixels, decoded. Null when there is none to read. */
export function readQrOnScreen(root: ParentNode = document): string | null {
  const canvas = root.querySelector<HTMLCanvasElement>(`canvas[${QR_SOURCE_ATTRIBUTE}]`);
  const context = canvas?.getContext('2d');
  if (!canvas || !context || canvas.width === 0) return null;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return decodePixels(image.data, image.width, image.height);
}
