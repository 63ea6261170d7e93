import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { InputError } from "../../lib/core/errors";
import { readJsonFile, writeFileAtomically, writeFilesAtomically } from "../../lib/core/files";

describe("core: files", () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "azure-srm-files-")); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("writes whole files and leaves no temporary file behind", () => {
        const a = path.join(dir, "a.txt");
        fs.writeFileSync(a, "old");
        writeFilesAtomically(new Map([[a, "new a"], [path.join(dir, "b.txt"), "new b"]]));
        assert.strictEqual(fs.readFileSync(a, "utf8"), "new a");
        assert.deepStrictEqual(fs.readdirSync(dir).sort(), ["a.txt", "b.txt"]);
    });

    it("does not follow a planted file at the old predictable temporary name", () => {
        const target = path.join(dir, "victim.txt");
        const out = path.join(dir, "report.txt");
        fs.writeFileSync(target, "keep");
        fs.symlinkSync(target, `${out}.${process.pid}.tmp`);
        writeFileAtomically(out, "report");
        assert.strictEqual(fs.readFileSync(target, "utf8"), "keep");
        assert.strictEqual(fs.readFileSync(out, "utf8"), "report");
    });

    it("a failed write is one InputError naming the file, and nothing is left behind", () => {
        const missing = path.join(dir, "no-such-dir", "out.txt");
        assert.throws(() => writeFilesAtomically(new Map([[path.join(dir, "ok.txt"), "x"], [missing, "y"]])),
            (e: unknown) => e instanceof InputError && e.message === `cannot write ${missing}: ENOENT`);
        assert.deepStrictEqual(fs.readdirSync(dir), []);
    });

    it("reads JSON, or says what is wrong with which file", () => {
        const f = path.join(dir, "c.json");
        fs.writeFileSync(f, "{\"a\": 1}");
        assert.deepStrictEqual(readJsonFile(f, "policy config "), { a: 1 });
        fs.writeFileSync(f, "{");
        assert.throws(() => readJsonFile(f, "policy config "), /^InputError: policy config .*c\.json is not JSON/);
        assert.throws(() => readJsonFile(path.join(dir, "none.json"), ""), /none\.json: no such file/);
    });
});
