/**
 * Intl puts narrow and no-break spaces in times ("3:42\u202fPM"). They are not in the SMS
 * alphabet, so one of them would halve the characters a text can hold: plain spaces instead.
 */
export function plainSpaces(text: string): string {
	return text.replace(/[\u00a0\u202f\u2009]/g, ' ');
}
