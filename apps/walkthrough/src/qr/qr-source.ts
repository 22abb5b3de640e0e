/** The attribute that marks a QR code the PC shows, so the phone's scanner can find it on screen. */
export const QR_SOURCE_ATTRIBUTE = 'data-qr-source';
