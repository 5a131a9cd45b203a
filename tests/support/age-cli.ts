import { execFileSync, spawnSync } from 'node:child_process';

/** Whether Debian's `age` command is here (scripts/ensure-age.js installs it when it can). */
export function hasAgeCli(): boolean {
	return spawnSync('age', ['--version']).status === 0;
}

/**
 * Decrypts a file with the `age` command. It reads a passphrase only from a terminal, so it
 * runs under a pseudo-terminal (Python's pty) that types the passphrase at its prompt.
 */
export function ageDecrypt(file: string, passphrase: string): string {
	const script = `
import os, pty, sys
file, passphrase = sys.argv[1], sys.argv[2]
read_end, write_end = os.pipe()
pid, fd = pty.fork()
if pid == 0:
    os.close(read_end)
    os.dup2(write_end, 1)
    os.execvp("age", ["age", "--decrypt", file])
os.close(write_end)
prompt = b""
while b"passphrase" not in prompt.lower():
    chunk = os.read(fd, 1024)
    if not chunk:
        break
    prompt += chunk
os.write(fd, passphrase.encode() + b"\\n")
out = b""
while True:
    chunk = os.read(read_end, 65536)
    if not chunk:
        break
    out += chunk
_, status = os.waitpid(pid, 0)
sys.stdout.buffer.write(out)
sys.exit(os.waitstatus_to_exitcode(status))
`;
	return execFileSync('python3', ['-c', script, file, passphrase], {
		encoding: 'utf8',
		timeout: 60_000
	});
}
