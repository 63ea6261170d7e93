/**
 * The pack's own exemptions (lib/kit/exemptions.ts) applied to its answers: the Configure hook
 * (lib/engine/configure-hook.ts) keeps the settings it read here, and the dispatcher (lib/engine/dispatch.ts) passes
 * every Analyze and AnalyzeStack response through `exemptAnalyze` / `exemptStack` after @pulumi/policy's handler
 * answered. An exempted diagnostic becomes advisory and its message gains the exemption's sentence; an expired
 * exemption leaves the level and says it expired. Messages never quote a property value.
 */
import { enforcementLevelByNumber } from "../core/wire";
import { urnName, urnType } from "../core/urn";
import { defaultExemptionSettings, ExemptionSettings, exemptionOutcome } from "../kit/exemptions";
import { registry } from "../kit/registry";
import { isSecret } from "../kit/secrets";

let active: ExemptionSettings = defaultExemptionSettings;
let clock: () => Date = () => new Date();

/** The settings Configure read (the defaults until then: no exemption). */
export function setPackExemptions(settings: ExemptionSettings): void {
    active = settings;
}

export function packExemptions(): ExemptionSettings {
    return active;
}

/** Tests set today's date; `undefined` restores the real clock. */
export function setExemptionClock(now: (() => Date) | undefined): void {
    clock = now ?? (() => new Date());
}

/* eslint-disable @typescript-eslint/no-explicit-any */
interface ProtoDiagnostic {
    getPolicyname(): string;
    getUrn(): string;
    getMessage(): string;
    setMessage(v: string): void;
    getEnforcementlevel(): number;
    setEnforcementlevel(v: number): void;
}
interface ProtoResource {
    getUrn(): string;
    getName(): string;
    getType(): string;
    getProperties(): any;
}
interface ProtoResponse {
    getDiagnosticsList(): ProtoDiagnostic[];
}

let areas: Map<string, string> | undefined;
function areaOf(policy: string): string | undefined {
    areas ??= new Map(registry().map((p) => [p.definition.name, p.definition.area]));
    return areas.get(policy);
}

/**
 * The resource's exemption tag as a plain string, or undefined (absent, unknown at preview, not a string); "secret"
 * when its value is a Pulumi secret, which an exemption tag must not be (its ref is shown in findings).
 */
function tagOf(r: ProtoResource | undefined, tagName: string): string | undefined | typeof secretTag {
    const struct = r?.getProperties();
    if (!struct) {
        return undefined;
    }
    let props: any;
    try {
        // The pack's decoder keeps what it decoded for this Struct, so the handlers' decoding is reused (decode-guard.ts).
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        props = require("@pulumi/policy/deserialize").deserializeProperties(struct, false);
    } catch {
        return undefined;
    }
    const tags = props?.tags;
    const value = tags !== null && typeof tags === "object" && !Array.isArray(tags) ? tags[tagName] : undefined;
    if (typeof value === "string" && isSecret(tags, tagName)) {
        return secretTag;
    }
    return typeof value === "string" ? value : undefined;
}

const secretTag = Symbol("a secret tag");

const advisory = enforcementLevelByNumber.indexOf("advisory");
const disabled = enforcementLevelByNumber.indexOf("disabled");

function exempt(d: ProtoDiagnostic, urn: string, resource: ProtoResource | undefined, settings: ExemptionSettings, now: Date): void {
    if (d.getEnforcementlevel() === disabled) {
        return;
    }
    const policy = d.getPolicyname();
    const subject = { policy, area: areaOf(policy), urn, name: resource?.getName() || urnName(urn), type: resource?.getType() || urnType(urn) };
    const tag = settings.allowTagExemptions ? tagOf(resource, settings.exemptionTag) : undefined;
    const outcome = exemptionOutcome(settings, subject, now, tag === secretTag ? undefined : tag);
    const sentences = tag === secretTag ? [...outcome.sentences,
        `Its tag ${settings.exemptionTag} is a Pulumi secret, so it exempts nothing (an exemption's ref is shown in findings).`]
        : outcome.sentences;
    if (sentences.length > 0) {
        d.setMessage(`${d.getMessage()} ${sentences.join(" ")}`);
    }
    if (outcome.applied) {
        d.setEnforcementlevel(advisory);
    }
}

const inUse = (s: ExemptionSettings) => s.exemptions.length > 0 || s.allowTagExemptions;

/** Applies the exemptions to an Analyze response, in place: each diagnostic is about the request's resource. */
export function exemptAnalyze(response: ProtoResponse, request: ProtoResource,
    settings: ExemptionSettings = active, now: Date = clock()): void {
    if (!inUse(settings)) {
        return;
    }
    for (const d of response.getDiagnosticsList()) {
        exempt(d, d.getUrn() || request.getUrn(), request, settings, now);
    }
}

/** Applies the exemptions to an AnalyzeStack response, in place: each diagnostic names its resource by URN. */
export function exemptStack(response: ProtoResponse, request: { getResourcesList(): ProtoResource[] },
    settings: ExemptionSettings = active, now: Date = clock()): void {
    if (!inUse(settings)) {
        return;
    }
    const diagnostics = response.getDiagnosticsList();
    if (diagnostics.length === 0) {
        return;
    }
    const byUrn = new Map(request.getResourcesList().map((r) => [r.getUrn(), r] as const));
    for (const d of diagnostics) {
        exempt(d, d.getUrn(), byUrn.get(d.getUrn()), settings, now);
    }
}
