import * as assert from "assert";
import {
    daysAhead, functionAppConfigRuntime, functionsHostRuntimes, functionsHostVersion, languageRuntimes, linuxFxRuntimes,
    pastEndOfSupport, retiredEntries, windowsRuntime,
} from "../../lib/kit/lifecycle/app-runtimes";

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe("kit: app runtimes (end of support as data)", () => {
    it("every entry has ISO dates, a source and the day it was checked", () => {
        for (const e of [...languageRuntimes, ...functionsHostRuntimes]) {
            const label = `${e.stack} ${e.version}`;
            assert.match(e.endOfSupport, isoDate, label);
            assert.match(e.checked, isoDate, label);
            assert.ok(!Number.isNaN(Date.parse(e.endOfSupport)), label);
            assert.match(e.source, /^https:\/\//, label);
        }
    });

    it("no stack lists a version twice", () => {
        const keys = languageRuntimes.map((e) => `${e.stack}|${e.version}`);
        assert.strictEqual(new Set(keys).size, keys.length);
    });

    it("reads linuxFxVersion", () => {
        assert.deepStrictEqual(linuxFxRuntimes("NODE|14-lts"), [{ stack: "node", version: "14" }]);
        assert.deepStrictEqual(linuxFxRuntimes("PYTHON|3.10"), [{ stack: "python", version: "3.10" }]);
        assert.deepStrictEqual(linuxFxRuntimes("php|7.4"), [{ stack: "php", version: "7.4" }]);
        assert.deepStrictEqual(linuxFxRuntimes("DOTNETCORE|3.1"), [{ stack: "dotnet", version: "3.1" }]);
        assert.deepStrictEqual(linuxFxRuntimes("DOTNET-ISOLATED|8.0"), [{ stack: "dotnet", version: "8.0" }]);
        assert.deepStrictEqual(linuxFxRuntimes("JAVA|8-jre8"), [{ stack: "java", version: "8" }]);
        assert.deepStrictEqual(linuxFxRuntimes("Java|17"), [{ stack: "java", version: "17" }]);
        assert.deepStrictEqual(linuxFxRuntimes("TOMCAT|8.5-java11"),
            [{ stack: "tomcat", version: "8.5" }, { stack: "java", version: "11" }]);
        assert.deepStrictEqual(linuxFxRuntimes("JBOSSEAP|7-java8"), [{ stack: "java", version: "8" }]);
        assert.deepStrictEqual(linuxFxRuntimes("DOCKER|nginx:1.25"), []);
        assert.deepStrictEqual(linuxFxRuntimes("COMPOSE|base64"), []);
        assert.deepStrictEqual(linuxFxRuntimes(""), []);
        assert.deepStrictEqual(linuxFxRuntimes(undefined), []);
    });

    it("reads the Windows inputs", () => {
        assert.strictEqual(windowsRuntime("netFrameworkVersion", "v4.0"), undefined);
        assert.strictEqual(windowsRuntime("netFrameworkVersion", "v2.0"), undefined);
        assert.deepStrictEqual(windowsRuntime("netFrameworkVersion", "v6.0"), { stack: "dotnet", version: "6.0" });
        assert.deepStrictEqual(windowsRuntime("nodeVersion", "~14"), { stack: "node", version: "14" });
        assert.deepStrictEqual(windowsRuntime("javaVersion", "1.8"), { stack: "java", version: "8" });
        assert.deepStrictEqual(windowsRuntime("javaVersion", "11"), { stack: "java", version: "11" });
        assert.strictEqual(windowsRuntime("phpVersion", "OFF"), undefined);
        assert.strictEqual(windowsRuntime("phpVersion", ""), undefined);
        assert.deepStrictEqual(windowsRuntime("powerShellVersion", "7.2"), { stack: "powershell", version: "7.2" });
        assert.deepStrictEqual(windowsRuntime("powerShellVersion", "~7"), { stack: "powershell", version: "7" });
        assert.strictEqual(pastEndOfSupport({ stack: "powershell", version: "7" }, day("2026-12-02")), undefined,
            "~7 follows the latest 7.x");
    });

    it("reads the Functions host version and Flex runtimes", () => {
        assert.deepStrictEqual(functionsHostVersion("~3"), { stack: "functions", version: "3" });
        assert.deepStrictEqual(functionsHostVersion("3.0.15417"), { stack: "functions", version: "3" });
        assert.strictEqual(functionsHostVersion("latest"), undefined);
        assert.deepStrictEqual(functionAppConfigRuntime("python", "3.9"), { stack: "python", version: "3.9" });
        assert.strictEqual(functionAppConfigRuntime("custom", "1.0"), undefined);
    });

    it("judges at the date it is given", () => {
        const node14 = { stack: "node", version: "14" } as const;
        assert.strictEqual(pastEndOfSupport(node14, day("2023-04-30")), undefined, "the last supported day");
        assert.strictEqual(pastEndOfSupport(node14, day("2023-05-01"))?.endOfSupport, "2023-04-30");
        const node22 = { stack: "node", version: "22" } as const;
        assert.strictEqual(pastEndOfSupport(node22, day("2026-12-02")), undefined);
        assert.ok(pastEndOfSupport(node22, daysAhead(day("2026-12-02"), 200)));
        assert.ok(pastEndOfSupport({ stack: "dotnet", version: "6.0" }, day("2025-01-01")));
        assert.strictEqual(pastEndOfSupport({ stack: "python", version: "3.11" }, day("2026-12-02")), undefined);
        assert.ok(pastEndOfSupport({ stack: "python", version: "3.1" }, day("2026-12-02")) === undefined,
            "3.1 is not 3.10 and has no entry");
        assert.ok(pastEndOfSupport({ stack: "functions", version: "3" }, day("2023-01-01")));
        assert.strictEqual(pastEndOfSupport({ stack: "functions", version: "4" }, day("2026-12-02")), undefined);
        assert.strictEqual(pastEndOfSupport({ stack: "java", version: "8" }, day("2026-12-02")), undefined, "no Java dates");
    });

    it("takes retired versions from config", () => {
        const extra = retiredEntries(["PYTHON|3.11", "java|8", "functions|4", "nonsense", "DOCKER|x"]);
        assert.strictEqual(extra.length, 3);
        assert.ok(pastEndOfSupport({ stack: "python", version: "3.11" }, day("2026-12-02"), extra));
        assert.ok(pastEndOfSupport({ stack: "java", version: "8" }, day("2026-12-02"), extra));
        assert.ok(pastEndOfSupport({ stack: "functions", version: "4" }, day("2026-12-02"), extra));
        assert.strictEqual(pastEndOfSupport({ stack: "python", version: "3.12" }, day("2026-12-02"), extra), undefined);
    });
});
