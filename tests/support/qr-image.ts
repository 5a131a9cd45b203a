import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

export interface Pixels {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel. */
	data: Uint8ClampedArray;
}

/** Turns a PNG (a screenshot) into pixels, using the page's own image decoder. */
export async function pngPixels(page: Page, png: Buffer): Promise<Pixels> {
	const { width, height, base64 } = await page.evaluate(async (b64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${b64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.naturalWidth;
		canvas.height = image.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let binary = '';
		for (let i = 0; i < data.length; i += 0x8000)
			binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
		return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
	}, png.toString('base64'));
	return { width, height, data: new Uint8ClampedArray(Buffer.from(base64, 'base64')) };
}

export const readQr = ({ data, width, height }: Pixels): string | undefined =>
	jsQR(data, width, height)?.data;

/**
 * Writes a Y4M video (YUV 4:2:0, the format Chromium's fake camera plays in a loop) showing the
 * picture centred on white: a header line, then frames of a luma plane and two chroma planes.
 */
export function writeY4m(path: string, picture: Pixels): void {
	// Even sizes (4:2:0 halves both), with a white margin around the picture.
	const width = (picture.width + 64) & ~1;
	const height = (picture.height + 64) & ~1;
	const luma = Buffer.alloc(width * height, 235);
	const left = Math.floor((width - picture.width) / 2);
	const top = Math.floor((height - picture.height) / 2);
	for (let y = 0; y < picture.height; y++) {
		for (let x = 0; x < picture.width; x++) {
			const tx = left + x;
			const ty = top + y;
			if (tx < 0 || ty < 0 || tx >= width || ty >= height) continue;
			const i = (y * picture.width + x) * 4;
			const grey =
				0.299 * picture.data[i]! + 0.587 * picture.data[i + 1]! + 0.114 * picture.data[i + 2]!;
			luma[ty * width + tx] = Math.round(16 + (grey * 219) / 255);
		}
	}
	const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
	const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
	writeFileSync(path, Buffer.concat([header, frame, frame]));
}
