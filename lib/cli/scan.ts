/**
 * `azure-srm scan <input>`: evaluates the pack on a Pulumi TypeScript program (run offline under mocks, as a
 * first preview of a new stack) or a `pulumi stack export` file, through the plugin harness, so the findings
 * are what `pulumi preview` would report for the same inputs.
 */
import * as fs from "fs";
import * as path from "path";
import { exitCodes, HarnessError, InputError, PolicyConfigError } from "../core/errors";
import { didYouMean } from "../core/suggest";
import { parseJsonText, readTextFile, writeFileAtomically } from "../core/files";
import { packRoot, packVersion } from "../core/paths";
import type { EngineResource } from "../core/types";
import { policyConfigEnvironments, policyConfigExceptions, unknownExceptionPolicies } from "../engine/policy-config";
import { PolicyPackHarness } from "../engine/session";
import { readSettings, settingsPolicyName } from "../kit/settings";
import { runProgram } from "../inputs/program";
import { maxNestingDepth, nestsDeeperThan, PropertySource, readStackExport } from "../inputs/stack-export";
import { reportEntries } from "../reports/catalog";
import { FormatName, formatters } from "../reports/formats";
import { expiryWarnings, rootStackUrn, violationUrnResolver } from "../reports/exemptions";
import { buildReport } from "../reports/report";
import { baselineSummary, mergeBaseline, parseExpiry, readBaselineDoc, stackPrefix } from "./baseline";

export interface ScanOptions {
    input: string;
    format: FormatName;
    /** The JSON file `pulumi preview --policy-pack-config` would take. */
    configFile?: string;
    /** For a program: which Pulumi.<stack>.yaml to use. */
    stack?: string;
    /** Write the report here instead of standard output. */
    output?: string;
    /** Warn about config keys that name no policy or option, instead of refusing them (configs shared by packs). */
    allowUnknownConfig?: boolean;
    /** Run a program with the caller's whole environment and network (by default: no credentials, offline). */
    passEnvironment?: boolean;
    /** Run a program's TypeScript without type checking it, as PULUMI_NODEJS_TRANSPILE_ONLY=true does. */
    transpileOnly?: boolean;
    /**
     * For a stack export: evaluate each resource on its recorded `inputs` (the default, as `pulumi preview` and
     * `pulumi policy analyze` do) or on its `outputs` (the deployed state, as Pulumi Cloud's audit policies do).
     */
    properties?: PropertySource;
    /**
     * Instead of a report: write each violation as a policy exception into this version 2 config (created if
     * absent), for a baseline (lib/cli/baseline.ts). Its config is the scan's when `configFile` is not given.
     */
    writeExceptions?: string;
    /** With writeExceptions: YYYY-MM-DD, written as each new exception's expiresAt and in its reason. */
    expires?: string;
    /** With writeExceptions: the new exceptions' reason. */
    reason?: string;
    /** With writeExceptions: remove the stale exceptions instead of only listing them. */
    prune?: boolean;
    /** The policy pack to run (default: this one); the benchmark scans with an empty pack for its floor. */
    packDir?: string;
    /** The current time (tests): for --expires and for warning about expired exceptions. */
    now?: Date;
}

/**
 * Config keys that name no policy of the pack, or no option of their policy: the CLI sends them and the pack
 * ignores them, so a typo silently leaves a policy at its default. Read from the session's own reconciliation
 * of the config (as the CLI does it); each problem suggests the closest name.
 */
export function unknownConfigProblems(session: Pick<PolicyPackHarness, "info" | "config" | "unknownConfigKeys">): string[] {
    const policies = session.info.policies;
    const problems = session.unknownConfigKeys.map((key) =>
        `policy config "${key}" names no policy of this pack${didYouMean(key, policies.map((p) => p.name))}`);
    for (const policy of policies) {
        const options = Object.keys(policy.configSchema?.properties ?? {});
        for (const option of Object.keys(session.config.get(policy.name)?.properties ?? {})) {
            if (!options.includes(option)) {
                problems.push(`policy config "${policy.name}.${option}": ${policy.name} has no option "${option}"` +
                    (options.length > 0 ? didYouMean(option, options) : "; it takes no options"));
            }
        }
    }
    return problems;
}

export interface ScanIo {
    out(text: string): void;
    warn(text: string): void;
}

interface Loaded {
    resources: EngineResource[];
    /** The file a SARIF result points at: the program's entry file or the export. */
    artifact: string;
}

async function load(options: ScanOptions, io: ScanIo): Promise<Loaded> {
    let stat: fs.Stats;
    try {
        stat = fs.statSync(options.input);
    } catch {
        throw new InputError(`cannot read ${options.input}: no such file or directory`);
    }
    const relative = (p: string) => path.relative(process.cwd(), p).split(path.sep).join("/") || ".";
    if (stat.isDirectory()) {
        if (options.properties === "outputs") {
            throw new InputError("--properties outputs evaluates a stack export's deployed state; a program scanned " +
                "offline has no outputs yet (scan a `pulumi stack export` of the deployed stack)");
        }
        const resources = await runProgram(options.input,
            { stack: options.stack, onWarning: (w) => io.warn(w), passEnvironment: options.passEnvironment,
                transpileOnly: options.transpileOnly });
        // As for a stack export: inputs nested deeper than the pack's request decoder takes are refused, here.
        const deep = resources.find((r) => nestsDeeperThan(r.props, maxNestingDepth));
        if (deep) {
            throw new InputError(`${options.input}: the inputs of ${deep.type} ${JSON.stringify(deep.name)} nest objects and ` +
                `arrays more than ${maxNestingDepth} levels deep, more than the policy pack can decode`);
        }
        const main = ["index.ts", "index.js"].map((f) => path.join(options.input, f)).find((f) => fs.existsSync(f));
        return { resources, artifact: relative(main ?? path.join(options.input, "Pulumi.yaml")) };
    }
    if (options.stack !== undefined) {
        throw new InputError("--stack chooses a program's stack; a stack export file already is one stack");
    }
    const resources = readStackExport(options.input, { properties: options.properties, onWarning: (w) => io.warn(w) });
    return { resources, artifact: relative(options.input) };
}

/** The text of the --write-exceptions file, or undefined when there is none yet; checked before the pack starts. */
function readBaselineFile(file: string): string | undefined {
    if (!fs.existsSync(path.dirname(path.resolve(file)))) {
        throw new InputError(`cannot write ${file}: its directory does not exist`);
    }
    let exists = true;
    try {
        fs.lstatSync(file);
    } catch {
        exists = false;
    }
    const text = exists ? readTextFile(file, "--write-exceptions ") : undefined;
    readBaselineDoc(text, file);
    return text;
}

/**
 * Runs a scan; returns the exit code: 0 no mandatory violation (an exempted one does not count), 1 at least one.
 * With `writeExceptions`, writes the baseline and returns 0. Bad input throws InputError.
 */
export async function scan(options: ScanOptions, io: ScanIo): Promise<number> {
    const now = options.now ?? new Date();
    // Everything that can be wrong with the input is found before the pack starts.
    const expires = options.writeExceptions !== undefined && options.expires !== undefined
        ? parseExpiry(options.expires, now).slice(0, 10) : undefined;
    if (options.reason !== undefined && options.reason.trim() === "") {
        throw new InputError("--reason is empty: give the reason the exceptions are accepted (the Pulumi CLI requires one)");
    }
    const baselineText = options.writeExceptions === undefined ? undefined : readBaselineFile(options.writeExceptions);
    // Without --config, a baseline is taken under the config it is merged into.
    const configFile = options.configFile ?? (baselineText !== undefined ? options.writeExceptions : undefined);
    // The CLI accepts an empty config file; anything else must be JSON.
    const configText = configFile === undefined ? undefined : readTextFile(configFile, "policy config ");
    const config = configText === undefined || configText.trim() === "" ? undefined
        : parseJsonText(configText, configFile!, "policy config ");
    const environments = policyConfigEnvironments(config);
    if (environments.length > 0) {
        io.warn(`${configFile} names ESC environments (${environments.join(", ")}), which only the Pulumi CLI ` +
            "can resolve: their values do not apply to this scan");
    }
    const exceptions = policyConfigExceptions(config);
    expiryWarnings(exceptions, now).forEach((w) => io.warn(w));
    if (options.output !== undefined && !fs.existsSync(path.dirname(path.resolve(options.output)))) {
        throw new InputError(`cannot write ${options.output}: its directory does not exist`);
    }
    const { resources, artifact } = await load(options, io);
    let harness: PolicyPackHarness | undefined;
    try {
        harness = await PolicyPackHarness.start({ packDir: options.packDir ?? packRoot, config });
        const unknown = unknownConfigProblems(harness);
        if (unknown.length > 0 && !options.allowUnknownConfig) {
            throw new PolicyConfigError(`${unknown.join("; ")} (--allow-unknown-config warns instead)`, unknown);
        }
        unknown.forEach((problem) => io.warn(problem));
        // As the CLI: an exception naming a policy the pack lacks is a warning (a newer pack may have dropped it).
        unknownExceptionPolicies(exceptions, harness.info.name, harness.info.policies.map((p) => p.name)).forEach((w) => io.warn(w));
        const evaluation = await harness.evaluateAll(resources);
        // The pack accepted these settings in Configure; the report marks the findings its exemptions exempted.
        const settings = harness.config.has(settingsPolicyName)
            ? readSettings(harness.config.get(settingsPolicyName)!.properties) : undefined;
        const report = buildReport(evaluation,
            { resources, policies: reportEntries(), artifact, version: packVersion(), exceptions, packExemptions: settings, now,
                policyConfig: new Map([...harness.config].map(([name, c]) => [name, c.properties])) });
        if (options.writeExceptions !== undefined) {
            const file = options.writeExceptions;
            const violationUrn = violationUrnResolver(resources);
            const result = mergeBaseline(baselineText, file,
                report.findings.map((f) => ({ policy: f.policy, urn: violationUrn(f.urn) })),
                stackPrefix(rootStackUrn(resources)), { expires, reason: options.reason, prune: options.prune });
            if (result.text !== undefined) {
                writeFileAtomically(file, result.text);
            }
            io.out(baselineSummary(result, file, options.prune ?? false));
            return exitCodes.ok;
        }
        const text = formatters[options.format].render(report);
        if (options.output !== undefined) {
            writeFileAtomically(options.output, text);
        } else {
            io.out(text);
        }
        return report.summary.mandatory > 0 ? exitCodes.mandatoryViolation : exitCodes.ok;
    } catch (e) {
        if (e instanceof HarnessError) {
            throw new HarnessError(`the policy pack did not run: ${e.message}`, e.code);
        }
        throw e;
    } finally {
        await harness?.close();
    }
}
