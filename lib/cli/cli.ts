/** The `azure-srm` command line, as a function of its arguments so tests can run it in-process. */
import * as fs from "fs";
import * as path from "path";
import { AzureSrmError, exitCodes, UsageError } from "../core/errors";
import { writeFilesAtomically } from "../core/files";
import { packRoot, packVersion } from "../core/paths";
import { isPropertySource, propertySources } from "../inputs/stack-export";
import { areas, serviceModels } from "../kit/model";
import { areaTitle, catalogEntries } from "../reports/catalog";
import { coverage, generatedFiles } from "../reports/docs";
import { formatters, isFormatName } from "../reports/formats";
import { coverageHtml } from "../reports/formats/html";
import { CisCoverage, cisCoverage } from "../reports/cis";
import { McsbCoverage, mcsbCoverage } from "../reports/mcsb";
import { scan } from "./scan";

export interface Io {
    out(text: string): void;
    err(text: string): void;
}

const usage = `usage: azure-srm <command> [options]   (azure-srm --version; azure-srm <command> --help)

commands:
  list [--json]        the policy catalog
  coverage [--format text|json|html]
                       policies per area and service model; catalog types no policy covers, or
                       only location / tag policies reach; html: one self-contained page drawing the
                       responsibility matrix with the policies of each cell and their MCSB / CIS coverage
  coverage --cis [--format text|json]
                       per recommendation of the CIS Microsoft Azure Foundations Benchmark v6.0.0: covered,
                       none or not decidable from a program (with why), with the policies that implement it
  coverage --mcsb [--format text|json]
                       per definition of Azure Policy's MCSB initiative: covered, partial, none or
                       out-of-scope, with the policies that implement it; then the totals
  docs [--check]       write docs/policies/ and the README's policy table; --check fails if they are stale
  scan <program-dir | stack-export.json> [--format ${Object.keys(formatters).join("|")}] [--config policy-config.json]
       [--stack name] [--output file] [--allow-unknown-config] [--pass-environment] [--transpile-only]
       [--properties ${propertySources.join("|")}]
       [--write-exceptions file [--expires YYYY-MM-DD] [--reason text] [--prune]]
                       evaluate the pack as \`pulumi preview\` would: on a TypeScript program run offline (a
                       first preview of a new stack) or on a \`pulumi stack export\` file. A program's code
                       runs: without --pass-environment it gets no credentials from the environment and
                       no network. It is type-checked as \`pulumi preview\` checks it, a type error failing
                       the scan; --transpile-only skips the check, as PULUMI_NODEJS_TRANSPILE_ONLY=true does.
                       --properties (stack exports): inputs (default) evaluates each resource on its
                       recorded inputs, as \`pulumi preview\` does; outputs on its deployed state, as
                       Pulumi Cloud audit policies do (a resource with no outputs: its inputs, with a
                       warning)
                       --config: a version 2 config's policy exceptions ("exceptions": {"<id>": {"reason",
                       "match": [{"policies", "targets": [<URNs>]}]}}) apply as the Pulumi CLI applies them:
                       an exempted finding is reported with its exception and does not block
                       --write-exceptions: instead of a report, write each violation as a policy exception
                       (stable id, exact URN) into that version 2 config, created if absent, keeping its
                       policies and other exceptions; the scan uses it as --config unless one is given.
                       Rerunning changes nothing; exceptions whose violation is gone are listed as stale
                       (--prune removes them). --expires is written as expiresAt (which the CLI ignores)
                       and in the reason
                       exit 0: no mandatory violation (exempted ones do not count), or the exceptions were
                       written; 1: at least one; 2: bad input; 3: the pack failed
`;

function parse(args: string[], allowed: string[]): Set<string> {
    const flags = new Set<string>();
    for (const a of args) {
        if (!allowed.includes(a)) {
            throw new UsageError(`unknown option "${a}"; this command takes ${allowed.join(", ") || "no options"}`);
        }
        flags.add(a);
    }
    return flags;
}

/** Splits `args` into positionals and `--name value` options, rejecting names not in `allowed`. */
function parseValued(args: string[], allowed: string[], switches: string[] = []):
    { positional: string[]; options: Map<string, string>; switches: Set<string> } {
    const positional: string[] = [];
    const options = new Map<string, string>();
    const set = new Set<string>();
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (!a.startsWith("--")) {
            positional.push(a);
            continue;
        }
        if (switches.includes(a)) {
            set.add(a);
            continue;
        }
        const [name, inline] = a.split(/=(.*)/s, 2);
        if (!allowed.includes(name)) {
            throw new UsageError(`unknown option "${name}"; this command takes ${[...allowed, ...switches].join(", ")}`);
        }
        const value = inline ?? args[++i];
        if (value === undefined) {
            throw new UsageError(`option ${name} needs a value`);
        }
        options.set(name, value);
    }
    return { positional, options, switches: set };
}

async function scanCmd(args: string[], io: Io): Promise<number> {
    const { positional, options, switches } = parseValued(args, ["--format", "--config", "--stack", "--output", "--properties",
        "--write-exceptions", "--expires", "--reason"], ["--allow-unknown-config", "--pass-environment", "--transpile-only", "--prune"]);
    if (positional.length !== 1) {
        throw new UsageError("scan takes exactly one input: a Pulumi program directory or a `pulumi stack export` file");
    }
    const format = options.get("--format") ?? "text";
    if (!isFormatName(format)) {
        throw new UsageError(`--format must be one of ${Object.keys(formatters).join(", ")}; got "${format}"`);
    }
    const writeExceptions = options.get("--write-exceptions");
    if (writeExceptions === undefined) {
        const baselineOnly = ["--expires", "--reason", "--prune"].filter((o) => options.has(o) || switches.has(o));
        if (baselineOnly.length > 0) {
            throw new UsageError(`${baselineOnly.join(", ")} only go with --write-exceptions`);
        }
    } else if (options.has("--format") || options.has("--output")) {
        throw new UsageError("--write-exceptions writes exceptions instead of a report: drop --format and --output");
    }
    const properties = options.get("--properties") ?? "inputs";
    if (!isPropertySource(properties)) {
        throw new UsageError(`--properties must be one of ${propertySources.join(", ")}; got "${properties}"`);
    }
    return scan({
        input: positional[0], format, configFile: options.get("--config"),
        stack: options.get("--stack"), output: options.get("--output"),
        allowUnknownConfig: switches.has("--allow-unknown-config"), passEnvironment: switches.has("--pass-environment"),
        transpileOnly: switches.has("--transpile-only"),
        properties,
        writeExceptions, expires: options.get("--expires"), reason: options.get("--reason"), prune: switches.has("--prune"),
    }, { out: io.out, warn: (w) => io.err(`azure-srm: warning: ${w}\n`) });
}

function pad(rows: string[][]): string {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + "\n";
}

function list(args: string[], io: Io): number {
    const flags = parse(args, ["--json"]);
    const entries = catalogEntries();
    if (flags.has("--json")) {
        io.out(JSON.stringify(entries.map(({ config, file, owner, ...e }) => e), null, 2) + "\n");
        return 0;
    }
    io.out(pad([["POLICY", "AREA", "MODEL", "SEVERITY", "ENFORCEMENT", "MCSB"],
        ...entries.map((e) => [e.name, e.area, e.serviceModel, e.severity, e.enforcementLevel, e.frameworks.mcsb.join(",")])]));
    io.out(`${entries.length} policies\n`);
    return 0;
}

/** `coverage --mcsb`: one row per definition of the initiative, then the totals. */
function mcsbCoverageText(report: McsbCoverage): string {
    const { initiative: i, totals: t } = report;
    const rows = [["VERDICT", "DEFINITION", "POLICIES", "DISPLAY NAME"], ...report.definitions.map((d) => [
        d.verdict, d.id,
        d.policies.map((p) => p.partial === undefined ? p.name : `${p.name} (partly)`).join(", ") || "-",
        d.scope === "in-scope" ? d.displayName : `${d.displayName} [${d.scope}, ${d.kind}]`,
    ])];
    const out = t.outOfScope;
    return `Azure Policy initiative ${i.displayName} (${i.id}, version ${i.version}): ${t.definitions} definitions\n\n` +
        pad(rows) +
        `\nin scope: ${t.inScope.definitions} definitions: ${t.inScope.covered} covered, ${t.inScope.partial} partial, ` +
        `${t.inScope.none} none\n` +
        `out of scope: ${t.definitions - t.inScope.definitions} definitions: ${out["not-decidable"]} not decidable from a ` +
        `program's resources, ${out.retired} of retired services, ${out.classic} of classic resources\n`;
}

/** `coverage --cis`: one row per recommendation of the benchmark, then the totals. */
function cisCoverageText(report: CisCoverage): string {
    const { benchmark: b, totals: t } = report;
    const rows = [["VERDICT", "ID", "LEVEL", "POLICIES", "RECOMMENDATION"], ...report.recommendations.map((r) => [
        r.verdict, r.id, `L${r.level}`, r.policies.join(", ") || "-",
        r.notDecidable ? `${r.topic} [${r.notDecidable}]` : r.topic,
    ])];
    const reasons = Object.entries(t.notDecidable).filter(([, n]) => n > 0).map(([reason, n]) => `${n} ${reason}`).join(", ");
    return `${b.name} ${b.version}: ${t.recommendations} recommendations\n\n` + pad(rows) +
        `\ndecidable from a program: ${t.decidable.recommendations} recommendations: ${t.decidable.covered} covered, ` +
        `${t.decidable.none} none\nnot decidable: ${t.recommendations - t.decidable.recommendations} recommendations (${reasons})\n`;
}

const coverageFormats = ["text", "json", "html"] as const;

function coverageCmd(args: string[], io: Io): number {
    const { positional, options, switches: flags } = parseValued(args, ["--format"], ["--json", "--mcsb", "--cis"]);
    if (positional.length > 0) {
        throw new UsageError(`coverage takes no input; got "${positional[0]}"`);
    }
    if (flags.has("--mcsb") && flags.has("--cis")) {
        throw new UsageError("coverage takes --mcsb or --cis, not both");
    }
    // --json is short for --format json, kept for the scripts that use it.
    const format = options.get("--format") ?? (flags.has("--json") ? "json" : "text");
    if (!(coverageFormats as readonly string[]).includes(format)) {
        throw new UsageError(`--format must be one of ${coverageFormats.join(", ")}; got "${format}"`);
    }
    if (flags.has("--json") && format !== "json") {
        throw new UsageError(`--json and --format ${format} disagree; give one of them`);
    }
    if (format === "html" && (flags.has("--mcsb") || flags.has("--cis"))) {
        throw new UsageError("--format html draws the matrix with the MCSB and CIS totals; --mcsb and --cis take text or json");
    }
    if (flags.has("--cis")) {
        const report = cisCoverage();
        io.out(format === "json" ? JSON.stringify(report, null, 2) + "\n" : cisCoverageText(report));
        return 0;
    }
    if (flags.has("--mcsb")) {
        const report = mcsbCoverage();
        io.out(format === "json" ? JSON.stringify(report, null, 2) + "\n" : mcsbCoverageText(report));
        return 0;
    }
    const report = coverage();
    if (format === "json") {
        io.out(JSON.stringify(report, null, 2) + "\n");
        return 0;
    }
    if (format === "html") {
        io.out(coverageHtml({ policies: catalogEntries(), mcsb: mcsbCoverage(), cis: cisCoverage(),
            uncoveredTypes: report.uncoveredTypes, typesWithNothingToCheck: report.typesWithNothingToCheck }));
        return 0;
    }
    const rows = [["AREA", ...serviceModels, "TOTAL"]];
    for (const area of Object.keys(areas)) {
        const counts = serviceModels.map((m) => report.byArea[area][m]);
        rows.push([areaTitle(area), ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))]);
    }
    io.out(pad(rows));
    io.out(`\nMCSB controls covered (${report.mcsbControls.length}): ${report.mcsbControls.join(", ")}\n`);
    io.out(`catalog types with no policy (${report.uncoveredTypes.length}): ${report.uncoveredTypes.join(", ") || "none"}\n`);
    io.out(`catalog types with no security check, only location / tags (${report.typesWithoutSecurityCheck.length}): ` +
        `${report.typesWithoutSecurityCheck.join(", ") || "none"}\n`);
    io.out(`catalog types with nothing of their own to check (${report.typesWithNothingToCheck.length})` +
        `${report.typesWithNothingToCheck.map((t) => `\n  ${t.token}: ${t.why}`).join("") || ": none"}\n`);
    return 0;
}

function docs(args: string[], io: Io): number {
    const flags = parse(args, ["--check"]);
    const files = generatedFiles();
    const stale = [...files].filter(([rel, text]) => {
        const p = path.join(packRoot, rel);
        return !fs.existsSync(p) || fs.readFileSync(p, "utf8") !== text;
    });
    if (flags.has("--check")) {
        if (stale.length > 0) {
            io.err(`stale generated docs (run azure-srm docs): ${stale.map(([rel]) => rel).join(", ")}\n`);
            return 1;
        }
        io.out(`docs up to date (${files.size} files)\n`);
        return 0;
    }
    // Everything is written to temporary files first, then renamed: a failure leaves no half-written docs behind.
    for (const [rel] of stale) {
        fs.mkdirSync(path.dirname(path.join(packRoot, rel)), { recursive: true });
    }
    writeFilesAtomically(new Map(stale.map(([rel, text]) => [path.join(packRoot, rel), text])));
    io.out(`wrote ${stale.length} of ${files.size} generated files\n`);
    return 0;
}

const commands: Partial<Record<string, (args: string[], io: Io) => number | Promise<number>>> = {
    list, coverage: coverageCmd, docs, scan: scanCmd,
};

export async function runCli(argv: string[], io: Io): Promise<number> {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
        (command ? io.out : io.err)(usage);
        return command ? 0 : 2;
    }
    if (command === "--version" || command === "-V") {
        io.out(`azure-srm ${packVersion()}\n`);
        return exitCodes.ok;
    }
    const run = Object.prototype.hasOwnProperty.call(commands, command) ? commands[command] : undefined;
    if (run && (rest.includes("--help") || rest.includes("-h"))) {
        io.out(usage);
        return exitCodes.ok;
    }
    try {
        if (!run) {
            throw new UsageError(`unknown command "${command}"`);
        }
        return await run(rest, io);
    } catch (e) {
        if (e instanceof UsageError) {
            io.err(`azure-srm: ${e.message}\n${usage}`);
            return e.exitCode;
        }
        io.err(`azure-srm: ${(e as Error).message}\n`);
        return e instanceof AzureSrmError ? e.exitCode : exitCodes.packFailed;
    }
}
