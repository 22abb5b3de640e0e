import QRCode from 'qrcode';

export interface QrPixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row: black modules on white, with a white quiet zone (also in the dark theme). */
  readonly data: Uint8ClampedArray<ArrayBuffer>;
}

/** The QR code of `payload` as pixels: exactly what the PC screen draws, and what the phone's scanner reads. */
export function qrPixels(payload: string, scale = 6, margin = 4): QrPixels {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const width = (size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(new ArrayBuffer(width * width * 4)).fill(255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = ((row + margin) * scale + y) * width + (col + margin) * scale;
        for (let x = 0; x < scale; x++) {
          const i = (start + x) * 4;
          data[i] = 0;
          data[i + 1] = 0;
          data[i + 2] = 0;
        }
      }
    }
  }
  return { width, height: width, data };
}
