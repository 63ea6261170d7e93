/**
 * `azure-srm scan <input> --write-exceptions FILE`: a baseline, so that a team can turn the pack mandatory on an
 * estate that already runs and see only new violations block. Each current violation becomes one policy exception
 * in the form the Pulumi CLI reads and applies itself (a version 2 config's `exceptions`: one policy, one exact
 * URN), merged into FILE; its `policies`, its other keys and its other exceptions are kept.
 *
 * - Ids are derived from the policy and the URN, so a rerun gives the same ids; a violation that an exception of
 *   FILE already exempts gets none, so a rerun on the same findings leaves FILE byte for byte as it was.
 * - An exception of FILE that exempts nothing any more (every target a resource of the scanned stack, none of its
 *   violations found) is stale: listed, and removed only with `--prune`. Exceptions naming resources of other
 *   stacks (a config shared by several) are never called stale.
 * - The CLI's exceptions have no expiry. `--expires` is written as `expiresAt`, the field Pulumi Cloud's exceptions
 *   have (RFC 3339), which the CLI ignores (it decodes only `reason` and `match`), and repeated in the reason, which
 *   `pulumi preview` prints; a scan warns once it has passed.
 */
import * as crypto from "crypto";
import { InputError, PolicyConfigError } from "../core/errors";
import { isPlainObject } from "../core/values";
import { dayNumber, today } from "../kit/exemptions";
import {
    compareExceptionIds, isValidUrn, parsePolicyPackConfig, PolicyException, policyConfigExceptions, policyExceptionMatcher,
} from "../engine/policy-config";

export const defaultBaselineReason = "existing violation, recorded as a baseline by azure-srm scan --write-exceptions: " +
    "fix it, then remove this exception";

/** A violation as the CLI matches it: the policy, and the URN it is reported against (see violationUrnResolver). */
export interface Violation {
    policy: string;
    urn: string;
}

export interface BaselineOptions {
    /** YYYY-MM-DD, already checked by `parseExpiry`. */
    expires?: string;
    reason?: string;
    prune?: boolean;
}

export interface BaselineResult {
    /** The new text of FILE, or undefined when it stays as it is. */
    text: string | undefined;
    /** Ids of the exceptions added, in id order. */
    added: string[];
    /** Violations an exception of FILE already exempts. */
    alreadyExempted: number;
    /** Exceptions of FILE that exempt nothing the scan found, in id order (removed from `text` with `prune`). */
    stale: PolicyException[];
    /** Exceptions of FILE that name resources of other stacks, so this scan cannot tell whether they are stale. */
    otherStacks: number;
    /** FILE was unversioned and is written as version 2. */
    converted: boolean;
}

/** The id of the baseline exception of a violation: `baseline-<policy>-<10 hex digits of its policy and URN>`. */
export function baselineId(policy: string, urn: string): string {
    const hash = crypto.createHash("sha256").update(`${policy}\n${urn}`).digest("hex").slice(0, 10);
    return `baseline-${policy.replace(/[^A-Za-z0-9_.-]/g, "-")}-${hash}`;
}

/**
 * `--expires`: a calendar date (YYYY-MM-DD) after `now`'s day (UTC); returned as the RFC 3339 instant it begins.
 * Anything else is one InputError.
 */
export function parseExpiry(value: string, now: Date): string {
    const day = dayNumber(value);
    if (day === undefined) {
        throw new InputError(`--expires takes a calendar date as YYYY-MM-DD (e.g. 2027-01-31); got "${value}"`);
    }
    if (day <= today(now)) {
        throw new InputError(`--expires ${value} is not after today (${now.toISOString().slice(0, 10)}, UTC): give a later date`);
    }
    return `${value}T00:00:00Z`;
}


/**
 * FILE's text, checked as the CLI checks a config file (valid JSON, version 2 or unversioned, valid levels and
 * exceptions); undefined text (no file yet) or an empty one is an empty config. Anything else is one InputError
 * naming FILE.
 */
export function readBaselineDoc(text: string | undefined, file: string): Record<string, unknown> | undefined {
    if (text === undefined || text.trim() === "") {
        return undefined;
    }
    let doc: unknown;
    try {
        doc = JSON.parse(text);
    } catch (e) {
        throw new InputError(`--write-exceptions ${file} is not JSON: ${(e as Error).message}`);
    }
    try {
        parsePolicyPackConfig(doc);
    } catch (e) {
        if (e instanceof PolicyConfigError) {
            throw new InputError(`--write-exceptions ${file}: ${e.message}`);
        }
        throw e;
    }
    return doc as Record<string, unknown>;
}

/** `urn:pulumi:<stack>::<project>::` of the scanned stack, from its root stack URN; empty for an empty scan. */
export function stackPrefix(rootStackUrn: string): string {
    const [stack, project] = rootStackUrn.slice("urn:pulumi:".length).split("::");
    return rootStackUrn ? `urn:pulumi:${stack}::${project}::` : "";
}

/**
 * Merges the violations into FILE's config (`existing`: its text, or undefined when there is no file). `prefix`
 * (see `stackPrefix`) says which URNs are the scanned stack's.
 */
export function mergeBaseline(existing: string | undefined, file: string, violations: readonly Violation[],
    prefix: string, options: BaselineOptions = {}): BaselineResult {
    const doc = readBaselineDoc(existing, file);
    const exceptions = policyConfigExceptions(doc);
    const match = policyExceptionMatcher(exceptions);
    const covered = (v: Violation) => match(v.policy, v.urn).length > 0;

    const unique = new Map<string, Violation>();
    for (const v of violations) {
        if (!isValidUrn(v.urn)) {
            // Only a stack policy's finding in a scan with no resource to attribute it to: the CLI could not match it either.
            continue;
        }
        unique.set(baselineId(v.policy, v.urn), v);
    }
    const reason = (options.reason ?? defaultBaselineReason) + (options.expires ? ` (expires ${options.expires})` : "");
    const added = new Map<string, object>();
    let alreadyExempted = 0;
    for (const [id, v] of [...unique].sort(([a], [b]) => compareExceptionIds(a, b))) {
        if (covered(v)) {
            alreadyExempted++;
            continue;
        }
        if (exceptions.some((e) => e.id === id)) {
            // The id is taken by an exception that does not cover this violation: edited by hand. Refuse rather than overwrite.
            throw new InputError(`--write-exceptions ${file}: exception "${id}" exists but does not exempt ${v.policy} on ` +
                `${v.urn}; rename or remove it`);
        }
        added.set(id, {
            reason,
            match: [{ policies: [v.policy], targets: [v.urn] }],
            ...(options.expires ? { expiresAt: `${options.expires}T00:00:00Z` } : {}),
        });
    }

    const inThisStack = (e: PolicyException) => prefix !== "" && e.match.every((m) => m.targets.every((t) => t.startsWith(prefix)));
    const found = new Set([...unique.values()].map((v) => `${v.policy}\n${v.urn}`));
    const exempts = (e: PolicyException) => e.match.some((m) => m.policies.some((p) => m.targets.some((t) => found.has(`${p}\n${t}`))));
    const stale = exceptions.filter((e) => inThisStack(e) && !exempts(e));
    const otherStacks = exceptions.filter((e) => !inThisStack(e)).length;

    const converted = doc !== undefined && typeof doc.version !== "number";
    const prune = options.prune && stale.length > 0;
    if (doc !== undefined && added.size === 0 && !prune && !converted) {
        return { text: undefined, added: [], alreadyExempted, stale, otherStacks, converted };
    }
    let out: Record<string, unknown>;
    if (doc === undefined) {
        out = { version: 2, policies: {}, exceptions: {} };
    } else if (converted) {
        const { environments, ...policies } = doc;
        out = { version: 2, policies, ...(environments !== undefined ? { environments } : {}), exceptions: {} };
    } else {
        out = { ...doc, exceptions: isPlainObject(doc.exceptions) ? { ...doc.exceptions } : {} };
    }
    const block = out.exceptions as Record<string, unknown>;
    if (options.prune) {
        stale.forEach((e) => delete block[e.id]);
    }
    for (const [id, e] of added) {
        block[id] = e;
    }
    return { text: JSON.stringify(out, null, 2) + "\n", added: [...added.keys()], alreadyExempted, stale, otherStacks, converted };
}

/** What `--write-exceptions` prints: what it wrote, then each stale exception. */
export function baselineSummary(result: BaselineResult, file: string, prune: boolean): string {
    const already = result.alreadyExempted > 0 ? ` (${result.alreadyExempted} violation(s) already exempted there)` : "";
    const lines: string[] = [];
    if (result.text === undefined) {
        lines.push(`${file} is unchanged: no violation without an exception${already}`);
    } else {
        lines.push(`wrote ${result.added.length} new exception(s) to ${file}${already}` +
            (result.converted ? "; it is now a version 2 config" : "") +
            (prune && result.stale.length > 0 ? `; removed ${result.stale.length} stale exception(s)` : ""));
    }
    if (result.stale.length > 0) {
        lines.push(prune ? "removed as stale (no violation they exempt occurs any more):"
            : `stale: ${result.stale.length} exception(s) in ${file} exempt no violation this scan finds; remove them, ` +
                "or rerun with --prune:");
        for (const e of result.stale) {
            lines.push(`  ${e.id}  ${e.match.map((m) => `${m.policies.join(", ")} on ${m.targets.join(", ")}`).join("; ")}`);
        }
    }
    if (result.otherStacks > 0) {
        lines.push(`${result.otherStacks} exception(s) in ${file} name resources of other stacks: not checked for staleness`);
    }
    return lines.join("\n") + "\n";
}
