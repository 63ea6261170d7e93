/** Reading and writing the files a command takes or makes, with one clear error each. */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { InputError } from "./errors";

/** Reads a text file; a missing or unreadable file is one InputError naming it. */
export function readTextFile(file: string, what: string): string {
    try {
        return fs.readFileSync(file, "utf8");
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new InputError(`cannot read ${what}${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR"
            ? "it is a directory" : (e as Error).message}`);
    }
}

/** Reads and parses a JSON file; a missing, unreadable or malformed file is one InputError naming it. */
export function readJsonFile(file: string, what: string): any {
    return parseJsonText(readTextFile(file, what), file, what);
}

/** Parses the text of `file`; malformed JSON is one InputError naming it. */
export function parseJsonText(text: string, file: string, what: string): any {
    try {
        return JSON.parse(text);
    } catch (e) {
        throw new InputError(`${what}${file} is not JSON: ${(e as Error).message}`);
    }
}

/**
 * The mode of the file `file` would replace, or undefined when nothing is there yet. A target that exists must
 * be a regular file (not a symbolic link, a directory, a FIFO or a device) that the user may write; anything
 * else is one InputError naming it.
 */
function replaceableMode(file: string): number | undefined {
    let stat: fs.Stats;
    try {
        stat = fs.lstatSync(file);
    } catch {
        return undefined; // nothing there yet
    }
    const refuse = (why: string) => new InputError(`cannot write ${file}: ${why}`);
    if (stat.isSymbolicLink()) {
        throw refuse("it is a symbolic link; name the file it points to, or another path");
    }
    if (!stat.isFile()) {
        throw refuse(`it is ${stat.isDirectory() ? "a directory" : stat.isFIFO() ? "a FIFO" : stat.isSocket() ? "a socket"
            : "a device"}, not a regular file`);
    }
    try {
        fs.accessSync(file, fs.constants.W_OK);
    } catch {
        throw refuse("it is read-only");
    }
    return stat.mode & 0o7777;
}

/**
 * Writes several files whole or not at all: each goes to a new temporary file beside it (an unpredictable name,
 * created exclusively, so nothing planted there is followed), then all are renamed into place. A target that
 * exists keeps its permissions; one that is not a writable regular file is refused. On failure nothing is
 * replaced, the temporary files are removed and the error names the file.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string>): void {
    const modes = new Map([...files.keys()].map((file) => [file, replaceableMode(file)]));
    const temps: [string, string][] = [];
    try {
        for (const [file, text] of files) {
            const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString("hex")}.tmp`);
            const existing = modes.get(file);
            try {
                fs.writeFileSync(tmp, text, { flag: "wx", ...(existing !== undefined ? { mode: existing } : {}) });
            } catch (e) {
                throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
            }
            temps.push([tmp, file]);
            if (existing !== undefined) {
                fs.chmodSync(tmp, existing); // the umask may have narrowed it
            }
        }
        for (const [tmp, file] of temps) {
            try {
                fs.renameSync(tmp, file);
            } catch (e) {
                throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
            }
        }
    } catch (e) {
        temps.forEach(([tmp]) => fs.rmSync(tmp, { force: true }));
        throw e;
    }
}

/** Writes one file whole or not at all. */
export function writeFileAtomically(file: string, text: string): void {
    writeFilesAtomically(new Map([[file, text]]));
}
