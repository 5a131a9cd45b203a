/// <reference lib="webworker" />
import jsQR from 'jsqr';

/** Looks for a QR code in camera frames off the page's thread (where BarcodeDetector is missing). */
onmessage = (event: MessageEvent<ImageData>) => {
	const { data, width, height } = event.data;
	const found = jsQR(data, width, height, { inversionAttempts: 'dontInvert' });
	postMessage(found?.data ?? null);
};
