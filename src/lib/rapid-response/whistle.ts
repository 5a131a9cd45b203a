/** One blast of the whistle, in seconds from the start of playback. */
export interface Blast {
	start: number;
	end: number;
}

/** Silence between repeats of a signal, long enough that the pattern stays recognizable. */
export const REPEAT_GAP_MS = 900;
/** A whistle left playing stops by itself after this long. */
export const MAX_PLAY_MS = 3 * 60 * 1000;

/**
 * The blasts of a signal played `repeats` times. `pattern` alternates on and off durations in
 * milliseconds, starting with "on" (the content's WhistleSignal.pattern).
 */
export function blasts(pattern: number[], repeats = 1, gapMs = REPEAT_GAP_MS): Blast[] {
	const result: Blast[] = [];
	let at = 0;
	for (let r = 0; r < repeats; r++) {
		pattern.forEach((ms, i) => {
			if (i % 2 === 0) result.push({ start: at / 1000, end: (at + ms) / 1000 });
			at += ms;
		});
		at += gapMs;
	}
	return result;
}

/** One pass of a signal plus the gap before it starts again. */
export function cycleMs(pattern: number[], gapMs = REPEAT_GAP_MS): number {
	return pattern.reduce((sum, ms) => sum + ms, 0) + gapMs;
}

/** How many repeats fill `maxMs`: at least one. */
export function repeatsWithin(pattern: number[], maxMs = MAX_PLAY_MS): number {
	return Math.max(1, Math.floor(maxMs / cycleMs(pattern)));
}

const PITCH_HZ = 3000;
/** A pea whistle's warble: the pitch wavers this fast and this far. */
const WARBLE_HZ = 28;
const WARBLE_DEPTH_HZ = 90;
/** Ramps at each edge keep the speaker from clicking. */
const EDGE_S = 0.008;

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
	const scope = globalThis as unknown as {
		AudioContext?: AudioContextClass;
		webkitAudioContext?: AudioContextClass;
	};
	return scope.AudioContext ?? scope.webkitAudioContext;
}

export const canWhistle = (): boolean => audioContextClass() !== undefined;

/**
 * A loud whistle from the phone's speaker: a sine and a square wave at about 3 kHz (the
 * square's harmonics make it carry), warbling like a pea whistle, switched on and off by a gain
 * envelope that follows the signal's pattern. Browsers only start audio from a tap, so `play`
 * must be called from a click handler.
 */
export class Whistle {
	#context: AudioContext | undefined;
	#stopCurrent: (() => void) | undefined;

	/** Plays `pattern` over and over until `stop` or MAX_PLAY_MS; resolves when it ends. */
	async play(pattern: number[], repeats = repeatsWithin(pattern)): Promise<void> {
		this.stop();
		const Context = audioContextClass();
		if (!Context) throw new Error('Web Audio is not available');
		this.#context ??= new Context();
		const context = this.#context;
		if (context.state === 'suspended') await context.resume();

		const output = context.createGain();
		output.gain.value = 0;
		const compressor = context.createDynamicsCompressor();
		output.connect(compressor).connect(context.destination);

		const sine = context.createOscillator();
		sine.type = 'sine';
		const square = context.createOscillator();
		square.type = 'square';
		const squareLevel = context.createGain();
		squareLevel.gain.value = 0.35;
		const warble = context.createOscillator();
		warble.frequency.value = WARBLE_HZ;
		const warbleDepth = context.createGain();
		warbleDepth.gain.value = WARBLE_DEPTH_HZ;
		warble.connect(warbleDepth);
		for (const oscillator of [sine, square]) {
			oscillator.frequency.value = PITCH_HZ;
			warbleDepth.connect(oscillator.frequency);
		}
		sine.connect(output);
		square.connect(squareLevel).connect(output);

		const start = context.currentTime + 0.05;
		const schedule = blasts(pattern, repeats);
		for (const blast of schedule) {
			output.gain.setValueAtTime(0, start + blast.start);
			output.gain.linearRampToValueAtTime(1, start + blast.start + EDGE_S);
			output.gain.setValueAtTime(1, start + blast.end - EDGE_S);
			output.gain.linearRampToValueAtTime(0, start + blast.end);
		}
		const end = start + (schedule.at(-1)?.end ?? 0) + 0.05;
		const oscillators = [sine, square, warble];
		for (const oscillator of oscillators) {
			oscillator.start(start);
			oscillator.stop(end);
		}

		return new Promise<void>((resolve) => {
			const finish = () => {
				if (this.#stopCurrent !== halt) return;
				this.#stopCurrent = undefined;
				output.disconnect();
				resolve();
			};
			const halt = () => {
				output.gain.cancelScheduledValues(context.currentTime);
				output.gain.setValueAtTime(0, context.currentTime);
				for (const oscillator of oscillators) oscillator.stop();
				finish();
			};
			this.#stopCurrent = halt;
			sine.onended = finish;
		});
	}

	stop(): void {
		this.#stopCurrent?.();
	}

	/** Stops and lets the phone's audio go (a page keeps few audio contexts). */
	dispose(): void {
		this.stop();
		void this.#context?.close();
		this.#context = undefined;
	}
}
