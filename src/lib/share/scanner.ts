/** Reads QR codes from the camera: BarcodeDetector where it knows QR, else jsQR in a worker. */

interface Detector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<Detector | undefined> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (!Native) return undefined;
	try {
		return (await Native.getSupportedFormats()).includes('qr_code')
			? new Native({ formats: ['qr_code'] })
			: undefined;
	} catch {
		return undefined;
	}
}

/** One way to find a code in a video frame, and what to do when scanning ends. */
interface Reader {
	read(video: HTMLVideoElement): Promise<string | null>;
	close(): void;
}

function workerReader(): Reader {
	const worker = new Worker(new URL('./qr-scan.worker.ts', import.meta.url), { type: 'module' });
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	return {
		read(video) {
			canvas.width = video.videoWidth;
			canvas.height = video.videoHeight;
			context.drawImage(video, 0, 0);
			const frame = context.getImageData(0, 0, canvas.width, canvas.height);
			return new Promise((resolve) => {
				worker.onmessage = (event: MessageEvent<string | null>) => resolve(event.data);
				worker.postMessage(frame, [frame.data.buffer]);
			});
		},
		close: () => worker.terminate()
	};
}

/**
 * Starts the camera in `video` and calls `onText` with each QR code read until `stop()` is
 * called. Rejects when the camera cannot be used.
 */
export async function startScanning(
	video: HTMLVideoElement,
	onText: (text: string) => void
): Promise<() => void> {
	const stream = await navigator.mediaDevices.getUserMedia({
		video: { facingMode: 'environment' },
		audio: false
	});
	video.srcObject = stream;
	await video.play();
	const detector = await nativeDetector();
	const reader: Reader = detector
		? {
				read: async (frame) => (await detector.detect(frame))[0]?.rawValue ?? null,
				close: () => {}
			}
		: workerReader();
	let running = true;
	const loop = async () => {
		while (running) {
			if (video.videoWidth > 0) {
				const text = await reader.read(video);
				if (text && running) onText(text);
			}
			await new Promise((resolve) => setTimeout(resolve, 150));
		}
	};
	void loop();
	return () => {
		running = false;
		reader.close();
		for (const track of stream.getTracks()) track.stop();
		video.srcObject = null;
	};
}
