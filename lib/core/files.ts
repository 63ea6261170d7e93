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
    const text = readTextFile(file, what);
    try {
        return JSON.parse(text);
    } catch (e) {
        throw new InputError(`${what}${file} is not JSON: ${(e as Error).message}`);
    }
}

/**
 * Why `file` must not be replaced, or undefined when it may: a target that exists must be a regular file (not a
 * symbolic link, a directory, a FIFO or a device) that the user may write.
 */
function refusal(file: string): { why: string; mode?: number } | undefined {
    let stat: fs.Stats;
    try {
        stat = fs.lstatSync(file);
    } catch {
        return undefined; // nothing there yet
    }
    if (stat.isSymbolicLink()) {
        return { why: "it is a symbolic link; name the file it points to, or another path" };
    }
    if (!stat.isFile()) {
        return { why: `it is ${stat.isDirectory() ? "a directory" : stat.isFIFO() ? "a FIFO" : stat.isSocket() ? "a socket"
            : "a device"}, not a regular file` };
    }
    try {
        fs.accessSync(file, fs.constants.W_OK);
    } catch {
        return { why: "it is read-only" };
    }
    return undefined;
}

/**
 * Writes several files whole or not at all: each goes to a new temporary file beside it (an unpredictable name,
 * created exclusively, so nothing planted there is followed), then all are renamed into place. A target that
 * exists keeps its permissions; one that is not a writable regular file is refused. On failure nothing is
 * replaced, the temporary files are removed and the error names the file.
 */
export function writeFilesAtomically(files: ReadonlyMap<string, string>): void {
    for (const file of files.keys()) {
        const refused = refusal(file);
        if (refused) {
            throw new InputError(`cannot write ${file}: ${refused.why}`);
        }
    }
    const temps: [string, string][] = [];
    try {
        for (const [file, text] of files) {
            const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${crypto.randomBytes(6).toString("hex")}.tmp`);
            const existing = fs.existsSync(file) ? fs.statSync(file).mode & 0o7777 : undefined;
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
