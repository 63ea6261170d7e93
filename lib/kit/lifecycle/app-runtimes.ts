/**
 * End-of-support dates of App Service language stacks and of the Azure Functions host, as data, and the reading of
 * the inputs that name them (siteConfig.linuxFxVersion "NODE|14-lts", Windows netFrameworkVersion "v6.0", the app
 * setting FUNCTIONS_EXTENSION_VERSION "~3").
 *
 * App Service follows each language community's own timeline: past a version's end of support the app keeps running
 * but gets no security patches. Source: https://learn.microsoft.com/azure/app-service/language-support-policy. The
 * dates below are the communities' own, each with the page it was read from and the day it was checked; a version
 * missing here (Java, whose App Service dates depend on the OpenJDK vendor) is never flagged, and a policy's config
 * can add retired versions (`extraRetired`) or look ahead (`asOf`).
 *
 * Every function takes the date it judges at as a parameter, so that tests pin it; policies pass `new Date()`.
 */

/** A runtime stack as these entries name it. */
export type RuntimeStack = "node" | "python" | "php" | "dotnet" | "ruby" | "powershell" | "tomcat" | "java" | "functions";

/** One version of a runtime and its last supported day (UTC): it is past support from the day after. */
export interface RuntimeEntry {
    readonly stack: RuntimeStack;
    /** The version as the stack numbers its releases: "14" (Node), "3.7" (Python), "3.1" and "8" (.NET). */
    readonly version: string;
    /** The last supported day, YYYY-MM-DD. */
    readonly endOfSupport: string;
    readonly source: string;
    /** ISO date the entry was checked against its source. */
    readonly checked: string;
}

const NODE = "https://github.com/nodejs/Release#end-of-life-releases";
const PYTHON = "https://devguide.python.org/versions/";
const PHP = "https://www.php.net/eol.php";
const DOTNET = "https://dotnet.microsoft.com/platform/support/policy/dotnet-core";
const RUBY = "https://www.ruby-lang.org/en/downloads/branches/";
const POWERSHELL = "https://learn.microsoft.com/powershell/scripting/install/powershell-support-lifecycle";
const TOMCAT = "https://tomcat.apache.org/whichversion.html";
const FUNCTIONS = "https://learn.microsoft.com/azure/azure-functions/functions-versions";
const CHECKED = "2026-12-02";

const entries = (stack: RuntimeStack, source: string, list: readonly (readonly [string, string])[]): RuntimeEntry[] =>
    list.map(([version, endOfSupport]) => ({ stack, version, endOfSupport, source, checked: CHECKED }));

/** Language stacks of App Service and Functions, with the day their community support ends. */
export const languageRuntimes: readonly RuntimeEntry[] = [
    ...entries("node", NODE, [
        ["4", "2018-04-30"], ["5", "2016-06-30"], ["6", "2019-04-30"], ["7", "2017-06-30"], ["8", "2019-12-31"],
        ["9", "2018-06-30"], ["10", "2021-04-30"], ["11", "2019-06-01"], ["12", "2022-04-30"], ["13", "2020-06-01"],
        ["14", "2023-04-30"], ["15", "2021-06-01"], ["16", "2023-09-11"], ["17", "2022-06-01"], ["18", "2025-04-30"],
        ["19", "2023-06-01"], ["20", "2026-04-30"], ["21", "2024-06-01"], ["22", "2027-04-30"], ["23", "2025-06-01"],
        ["24", "2028-04-30"],
    ]),
    ...entries("python", PYTHON, [
        ["2.7", "2020-01-01"], ["3.4", "2019-03-18"], ["3.5", "2020-09-30"], ["3.6", "2021-12-23"],
        ["3.7", "2023-06-27"], ["3.8", "2024-10-07"], ["3.9", "2025-10-31"], ["3.10", "2026-10-31"],
        ["3.11", "2027-10-31"], ["3.12", "2028-10-31"], ["3.13", "2029-10-31"],
    ]),
    ...entries("php", PHP, [
        ["5.6", "2018-12-31"], ["7.0", "2019-01-10"], ["7.1", "2019-12-01"], ["7.2", "2020-11-30"],
        ["7.3", "2021-12-06"], ["7.4", "2022-11-28"], ["8.0", "2023-11-26"], ["8.1", "2025-12-31"],
        ["8.2", "2026-12-31"], ["8.3", "2027-12-31"], ["8.4", "2028-12-31"],
    ]),
    ...entries("dotnet", DOTNET, [
        ["1.0", "2019-06-27"], ["1.1", "2019-06-27"], ["2.0", "2018-10-01"], ["2.1", "2021-08-21"],
        ["2.2", "2019-12-23"], ["3.0", "2020-03-03"], ["3.1", "2022-12-13"], ["5", "2022-05-10"],
        ["6", "2024-11-12"], ["7", "2024-05-14"], ["8", "2026-11-10"], ["9", "2026-11-10"], ["10", "2028-11-14"],
    ]),
    ...entries("ruby", RUBY, [
        ["2.3", "2019-03-31"], ["2.4", "2020-03-31"], ["2.5", "2021-03-31"], ["2.6", "2022-03-31"],
        ["2.7", "2023-03-31"], ["3.0", "2024-04-23"], ["3.1", "2025-03-26"],
    ]),
    ...entries("powershell", POWERSHELL, [
        ["6", "2020-09-04"], ["7.0", "2022-12-03"], ["7.1", "2022-05-08"], ["7.2", "2024-11-08"],
        ["7.3", "2024-05-08"], ["7.4", "2026-11-10"], ["7.5", "2026-05-12"],
    ]),
    ...entries("tomcat", TOMCAT, [
        ["7.0", "2021-03-31"], ["8.0", "2018-06-30"], ["8.5", "2024-03-31"], ["10.0", "2022-10-31"],
    ]),
];

/**
 * Major versions of the Azure Functions host (FUNCTIONS_EXTENSION_VERSION "~1" to "~3"). 4.x is the supported one
 * and has no end date yet.
 */
export const functionsHostRuntimes: readonly RuntimeEntry[] = entries("functions", FUNCTIONS, [
    ["1", "2026-09-14"], ["2", "2022-12-13"], ["3", "2022-12-13"],
]);

/** A stack and version an input names, e.g. { stack: "node", version: "14" } for linuxFxVersion "NODE|14-lts". */
export interface RuntimeRef {
    readonly stack: RuntimeStack;
    readonly version: string;
}

/** The stack names linuxFxVersion (and config entries) use, lower-cased, to the stacks above. */
const stackNames: Readonly<Record<string, RuntimeStack>> = {
    "node": "node", "python": "python", "php": "php", "dotnetcore": "dotnet", "dotnet": "dotnet",
    "dotnet-isolated": "dotnet", "ruby": "ruby", "powershell": "powershell", "java": "java", "tomcat": "tomcat",
    "functions": "functions",
};

/** Leading dotted numbers of a version string: "~14" → "14", "3.10.4" → "3.10.4", "14-lts" → "14", "v6.0" → "6.0". */
function numbers(text: string): string | undefined {
    return /^[~^v]?\s*(\d+(?:\.\d+)*)/i.exec(text.trim())?.[1];
}

/** A Java version as a major number: "1.8" and "1.8.0_202" → "8", "11.0.2" → "11", "8-jre8" → "8". */
function javaMajor(text: string): string | undefined {
    const v = numbers(text);
    if (v === undefined) {
        return undefined;
    }
    const parts = v.split(".");
    return parts[0] === "1" && parts.length > 1 ? parts[1] : parts[0];
}

/**
 * The runtimes a `linuxFxVersion` names: "NODE|14-lts", "PYTHON|3.7", "DOTNETCORE|3.1", "JAVA|11-java11",
 * "TOMCAT|9.0-java11" (Tomcat and Java). None for containers (DOCKER|, COMPOSE|) and unknown stacks.
 */
export function linuxFxRuntimes(linuxFxVersion: unknown): RuntimeRef[] {
    if (typeof linuxFxVersion !== "string") {
        return [];
    }
    const bar = linuxFxVersion.indexOf("|");
    if (bar < 0) {
        return [];
    }
    const name = linuxFxVersion.slice(0, bar).trim().toLowerCase();
    const rest = linuxFxVersion.slice(bar + 1).trim();
    const stack: RuntimeStack | undefined = stackNames[name];
    // The Java of a Java, Tomcat or JBoss EAP stack follows "-java" or "-jre": "9.0-java11", "8-jre8", "7-java8".
    const java = /-(?:java|jre)(\d+(?:\.\d+)*)/i.exec(rest)?.[1];
    const javaRef = java === undefined ? [] : [{ stack: "java" as const, version: javaMajor(java)! }];
    if (stack === "java") {
        const v = javaMajor(rest);
        return v === undefined ? [] : [{ stack: "java", version: v }];
    }
    if (name === "jbosseap") {
        return javaRef;
    }
    const version = numbers(rest);
    if (stack === undefined || stack === "functions" || version === undefined) {
        return [];
    }
    return [{ stack, version }, ...(stack === "tomcat" ? javaRef : [])];
}

/** The Windows site config inputs that name a language version. */
export const windowsVersionInputs = ["netFrameworkVersion", "phpVersion", "nodeVersion", "pythonVersion",
    "javaVersion", "powerShellVersion"] as const;
export type WindowsVersionInput = typeof windowsVersionInputs[number];

/**
 * The runtime a Windows site config input names. netFrameworkVersion "v4.0" and "v2.0" are the .NET Framework,
 * supported with Windows itself, so only "v5.0" and later (.NET) count; phpVersion "OFF" or "" is no PHP.
 */
export function windowsRuntime(input: WindowsVersionInput, value: unknown): RuntimeRef | undefined {
    if (typeof value !== "string") {
        return undefined;
    }
    if (input === "javaVersion") {
        const v = javaMajor(value);
        return v === undefined ? undefined : { stack: "java", version: v };
    }
    const version = numbers(value);
    if (version === undefined) {
        return undefined;
    }
    switch (input) {
        case "netFrameworkVersion":
            return Number(version.split(".")[0]) >= 5 ? { stack: "dotnet", version } : undefined;
        case "phpVersion":
            return { stack: "php", version };
        case "nodeVersion":
            return { stack: "node", version };
        case "pythonVersion":
            return { stack: "python", version };
        case "powerShellVersion":
            return { stack: "powershell", version };
    }
}

/** The runtime of a Flex Consumption function app's functionAppConfig.runtime ({ name: "python", version: "3.11" }). */
export function functionAppConfigRuntime(name: unknown, version: unknown): RuntimeRef | undefined {
    if (typeof name !== "string" || typeof version !== "string") {
        return undefined;
    }
    const stack = stackNames[name.trim().toLowerCase()];
    const v = stack === "java" ? javaMajor(version) : numbers(version);
    return stack && stack !== "functions" && stack !== "tomcat" && v !== undefined ? { stack, version: v } : undefined;
}

/** The Functions host version FUNCTIONS_EXTENSION_VERSION names: "~3" → "3", "3.0.14492" → "3", "latest" → none. */
export function functionsHostVersion(value: unknown): RuntimeRef | undefined {
    if (typeof value !== "string") {
        return undefined;
    }
    const major = numbers(value)?.split(".")[0];
    return major === undefined ? undefined : { stack: "functions", version: major };
}

/** Does an entry's version cover this one? Its dotted parts are a prefix of the other's: "6" covers "6.0"; "3.1" not "3.10". */
function covers(entry: string, version: string): boolean {
    const e = entry.split(".").map(Number);
    const v = version.split(".").map(Number);
    return e.length <= v.length && e.every((n, i) => n === v[i]);
}

/**
 * Config entries of retired versions, "<stack>|<version>" as linuxFxVersion spells them ("PYTHON|3.11",
 * "node|20", "DOTNETCORE|8.0", "functions|4"), as entries that ended before any date. Unreadable ones are ignored.
 */
export function retiredEntries(list: readonly string[]): RuntimeEntry[] {
    return list.flatMap((item) => {
        const [name, version] = item.split("|").map((s) => s.trim());
        const stack = stackNames[name?.toLowerCase() ?? ""];
        const v = stack === "java" ? javaMajor(version ?? "") : numbers(version ?? "");
        return stack && v !== undefined
            ? [{ stack, version: v, endOfSupport: "0000-01-01", source: "policy config", checked: "" }] : [];
    });
}

/**
 * The entry saying this runtime was past its last supported day on `asOf`, if there is one (an entry covers a
 * version when its dotted parts are a prefix of the version's: "6" covers "6.0").
 */
export function pastEndOfSupport(ref: RuntimeRef, asOf: Date, extra: readonly RuntimeEntry[] = [],
    table: readonly RuntimeEntry[] = ref.stack === "functions" ? functionsHostRuntimes : languageRuntimes):
    RuntimeEntry | undefined {
    const day = asOf.toISOString().slice(0, 10);
    const matching = [...table, ...extra].filter((e) => e.stack === ref.stack && covers(e.version, ref.version));
    return matching.find((e) => e.endOfSupport < day);
}

/** `now` moved `days` ahead: the date a policy judges at when its config looks ahead. */
export function daysAhead(now: Date, days: number): Date {
    return new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
}
