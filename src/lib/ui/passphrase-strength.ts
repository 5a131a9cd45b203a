/**
 * How guessable a passphrase is (0 very weak … 4 strong), by zxcvbn with the common password
 * and keyboard-pattern lists. Loaded only on the passphrase screens: it is most of a megabyte.
 */
let checker: Promise<(passphrase: string) => number> | undefined;

export function strengthChecker(): Promise<(passphrase: string) => number> {
	checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
		([{ ZxcvbnFactory }, common]) => {
			const zxcvbn = new ZxcvbnFactory({
				graphs: common.adjacencyGraphs,
				dictionary: common.dictionary
			});
			return (passphrase: string) => zxcvbn.check(passphrase).score;
		}
	);
	return checker;
}

/** Below this the passphrase is refused; below GOOD the user is told in words. */
export const MIN_SCORE = 2;
export const GOOD_SCORE = 3;
