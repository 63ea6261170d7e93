/**
 * Exemptions the pack applies itself (issue 13), configured in `pack-settings` (lib/kit/settings.ts): what the
 * Pulumi CLI's own policy exceptions lack (globs, names, types, stacks, a category, an owner, an expiry). Pure:
 * reading and checking the config, matching a finding, the tag grammar of in-code exceptions, and the sentence a
 * finding gains. The dispatcher (lib/engine/dispatch.ts) applies the result to the pack's diagnostics, and
 * `azure-srm scan` marks its findings with the same matching (lib/reports/exemptions.ts).
 *
 * Matching: every selector an exemption gives must match (policies, areas, resources, names, types, stacks); within
 * one selector, any entry. Globs take `*` for any run of characters, nothing else. An exemption applies while
 * today (UTC) is before its `expires` day: on that day it has expired.
 */
import { isPlainObject } from "../core/values";
import { unversioned, lookupType } from "./model";

export type ExemptionCategory = "waiver" | "mitigated";

export interface PackExemption {
    id: string;
    policies?: string[];
    areas?: string[];
    /** URN globs. */
    resources?: string[];
    names?: string[];
    /** Type tokens; a versioned or aliased token matches its type. */
    types?: string[];
    stacks?: string[];
    category: ExemptionCategory;
    reason: string;
    owner?: string;
    /** YYYY-MM-DD: the first day the exemption no longer applies. */
    expires?: string;
}

export interface ExemptionSettings {
    exemptions: PackExemption[];
    expiryWarningDays: number;
    allowTagExemptions: boolean;
    exemptionTag: string;
}

export const defaultExemptionSettings: ExemptionSettings = {
    exemptions: [], expiryWarningDays: 30, allowTagExemptions: false, exemptionTag: "azure-srm-exempt",
};

const entryKeys = ["id", "policies", "areas", "resources", "names", "types", "stacks", "category", "reason", "owner",
    "expires"] as const;
const listKeys = ["policies", "areas", "resources", "names", "types", "stacks"] as const;


/** A YYYY-MM-DD that names a real day, as a UTC day number; undefined otherwise. */
export function dayNumber(date: string): number | undefined {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m) {
        return undefined;
    }
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
        return undefined;
    }
    return t / 86_400_000;
}

/** Today's UTC day number. */
export function today(now: Date): number {
    return Math.floor(now.getTime() / 86_400_000);
}

/** A `*` glob as a whole-string test. */
export function globMatches(glob: string, s: string): boolean {
    if (!glob.includes("*")) {
        return glob === s;
    }
    const re = new RegExp(`^${glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "s");
    return re.test(s);
}

/** The policies the config may name: each policy's area (undefined for the pack's own entries). */
export type PolicyAreas = ReadonlyMap<string, string | undefined>;

/**
 * The `exemptions` of pack-settings, checked; throws one Error naming the first bad entry,
 * `pack-settings.exemptions[2] ("EX-7"): ...`. Policy names and areas are checked against `known` when given.
 */
export function readExemptions(raw: unknown, known?: PolicyAreas): PackExemption[] {
    if (raw === undefined) {
        return [];
    }
    if (!Array.isArray(raw)) {
        throw new Error("policy config \"pack-settings.exemptions\" must be a list of exemptions");
    }
    const seen = new Set<string>();
    return raw.map((entry, i) => {
        const id = isPlainObject(entry) && typeof entry.id === "string" ? entry.id : undefined;
        const at = `policy config "pack-settings.exemptions[${i}]"${id !== undefined ? ` (${JSON.stringify(id)})` : ""}`;
        const fail = (problem: string): never => {
            throw new Error(`${at}: ${problem}`);
        };
        if (!isPlainObject(entry)) {
            return fail("must be an object with id, category, reason and what it exempts");
        }
        const unknown = Object.keys(entry).find((k) => !(entryKeys as readonly string[]).includes(k));
        if (unknown !== undefined) {
            fail(`has no key "${unknown}"; the keys are ${entryKeys.join(", ")}`);
        }
        if (id === undefined || id.trim() === "") {
            fail("\"id\" is required (a string naming the exemption)");
        }
        if (seen.has(id!)) {
            fail(`the id is used by an earlier exemption; ids must be unique`);
        }
        seen.add(id!);
        for (const k of listKeys) {
            const v = entry[k];
            if (v !== undefined && !(Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x !== ""))) {
                fail(`"${k}" must be a non-empty list of non-empty strings`);
            }
        }
        if (entry.policies === undefined && entry.areas === undefined) {
            fail("give \"policies\" or \"areas\": which policies it exempts");
        }
        if (entry.resources === undefined && entry.names === undefined && entry.types === undefined) {
            fail("give \"resources\", \"names\" or \"types\": which resources it exempts");
        }
        if (entry.category !== "waiver" && entry.category !== "mitigated") {
            fail("\"category\" must be \"waiver\" or \"mitigated\"");
        }
        if (typeof entry.reason !== "string" || entry.reason.trim() === "") {
            fail("\"reason\" is required: say why the finding is accepted");
        }
        if (entry.owner !== undefined && (typeof entry.owner !== "string" || entry.owner.trim() === "")) {
            fail("\"owner\" must be a non-empty string");
        }
        if (entry.expires !== undefined && (typeof entry.expires !== "string" || dayNumber(entry.expires) === undefined)) {
            fail("\"expires\" must be a real date, YYYY-MM-DD");
        }
        if (entry.category === "waiver" && entry.expires === undefined) {
            fail("a waiver needs \"expires\" (YYYY-MM-DD)");
        }
        if (known) {
            for (const p of (entry.policies ?? []) as string[]) {
                if (![...known.keys()].some((name) => globMatches(p, name))) {
                    fail(`"policies" names ${JSON.stringify(p)}, which matches no policy of this pack`);
                }
            }
            const areas = new Set([...known.values()].filter((a): a is string => a !== undefined));
            for (const a of (entry.areas ?? []) as string[]) {
                if (!areas.has(a)) {
                    fail(`"areas" names ${JSON.stringify(a)}, which is not an area; the areas are ${[...areas].sort().join(", ")}`);
                }
            }
        }
        const e: PackExemption = { id: id!, category: entry.category as ExemptionCategory, reason: (entry.reason as string).trim() };
        for (const k of listKeys) {
            if (entry[k] !== undefined) {
                e[k] = [...entry[k] as string[]];
            }
        }
        if (entry.owner !== undefined) {
            e.owner = entry.owner as string;
        }
        if (entry.expires !== undefined) {
            e.expires = entry.expires as string;
        }
        return e;
    });
}

/** What a finding is matched on: its policy (and the policy's area) and its resource. */
export interface FindingSubject {
    policy: string;
    area?: string;
    urn: string;
    name: string;
    type: string;
}

/** The stack segment of a URN (`urn:pulumi:<stack>::...`), or "" if it is not one. */
export function stackOfUrn(urn: string): string {
    return urn.startsWith("urn:pulumi:") ? urn.slice("urn:pulumi:".length).split("::")[0] : "";
}

const typeKey = (token: string) => lookupType(token)?.token ?? unversioned(token);

export function exemptionMatches(e: PackExemption, s: FindingSubject): boolean {
    const any = (list: string[] | undefined, test: (x: string) => boolean) => list === undefined || list.some(test);
    return any(e.policies, (p) => globMatches(p, s.policy))
        && any(e.areas, (a) => a === s.area)
        && any(e.resources, (r) => globMatches(r, s.urn))
        && any(e.names, (n) => globMatches(n, s.name))
        && any(e.types, (t) => typeKey(t) === typeKey(s.type))
        && any(e.stacks, (st) => globMatches(st, stackOfUrn(s.urn)));
}

/**
 * The in-code exception of a resource's tag, `policies=a,b; ref=SEC-123; expires=2027-01-31`: `;`-separated
 * `key=value` pairs, spaces around either ignored; `policies` (comma-separated policy names), `ref` (the ticket or
 * approver) and `expires` (YYYY-MM-DD) all required, each once, no other key.
 */
export interface TagExemption {
    policies: string[];
    ref: string;
    expires: string;
}

/** The tag's exemption, or the reason it is malformed (never quoting the value). */
export function parseExemptionTag(value: string): TagExemption | { malformed: string } {
    const fields = new Map<string, string>();
    for (const part of value.split(";").map((p) => p.trim()).filter((p) => p !== "")) {
        const eq = part.indexOf("=");
        const key = eq < 0 ? part : part.slice(0, eq).trim();
        if (eq < 0 || !["policies", "ref", "expires"].includes(key)) {
            return { malformed: "each part must be policies=..., ref=... or expires=..." };
        }
        if (fields.has(key)) {
            return { malformed: `it gives ${key} twice` };
        }
        fields.set(key, part.slice(eq + 1).trim());
    }
    for (const key of ["policies", "ref", "expires"]) {
        if (!fields.get(key)) {
            return { malformed: `it lacks ${key}=` };
        }
    }
    const policies = fields.get("policies")!.split(",").map((p) => p.trim());
    if (policies.some((p) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(p))) {
        return { malformed: "policies= must list policy names, separated by commas" };
    }
    if (dayNumber(fields.get("expires")!) === undefined) {
        return { malformed: "expires= must be a real date, YYYY-MM-DD" };
    }
    return { policies, ref: fields.get("ref")!, expires: fields.get("expires")! };
}

/** The exemption a tag stands for, as a config exemption would (a waiver of those policies on that resource). */
export function tagAsExemption(tagName: string, tag: TagExemption, urn: string): PackExemption {
    return { id: `tag ${tagName}`, policies: tag.policies, resources: [urn], category: "waiver",
        reason: "an in-code exception on the resource", owner: tag.ref, expires: tag.expires };
}

/** What exemptions do to one finding. */
export interface ExemptionOutcome {
    /** The exemption that applies (the first in config order, a tag's after the config's). */
    applied?: PackExemption;
    /** The sentences the finding's message gains, in order. */
    sentences: string[];
}

/**
 * Applies `exemptions` (config order) to one finding at `now`. `tag` is the resource's exemption tag value, when
 * tag exemptions are allowed and the resource has that tag as a string.
 */
export function exemptionOutcome(settings: ExemptionSettings, subject: FindingSubject, now: Date,
    tag?: string): ExemptionOutcome {
    const candidates = settings.exemptions.filter((e) => exemptionMatches(e, subject));
    const sentences: string[] = [];
    if (tag !== undefined && settings.allowTagExemptions) {
        const parsed = parseExemptionTag(tag);
        if ("malformed" in parsed) {
            sentences.push(`Its tag ${settings.exemptionTag} is malformed (${parsed.malformed}), so it exempts nothing.`);
        } else if (parsed.policies.includes(subject.policy)) {
            candidates.push(tagAsExemption(settings.exemptionTag, parsed, subject.urn));
        }
    }
    const day = today(now);
    for (const e of candidates) {
        const until = e.expires === undefined ? undefined : dayNumber(e.expires)!;
        if (until !== undefined && until <= day) {
            sentences.push(`Exemption ${e.id} expired on ${e.expires}.`);
            continue;
        }
        const who = [e.category, e.owner, e.expires !== undefined ? `until ${e.expires}` : undefined].filter((x) => x !== undefined);
        sentences.push(`Exempted by ${e.id} (${who.join(", ")}): ${e.reason.replace(/[.\s]+$/, "")}.`);
        if (until !== undefined && until - day <= settings.expiryWarningDays) {
            const n = until - day;
            sentences.push(`It expires in ${n} day${n === 1 ? "" : "s"}.`);
        }
        return { applied: e, sentences };
    }
    return { sentences };
}
