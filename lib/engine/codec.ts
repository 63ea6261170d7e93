/**
 * The Analyzer protocol's messages, encoded and decoded with the classes generated in @pulumi/pulumi's proto
 * package: requests built as the engine builds them, responses read into the pack's own types. The generated
 * classes are untyped JavaScript; the interfaces below give the getters this module reads their types.
 */
import type { EngineResource, Evaluation, Finding } from "../core/types";
import { EnforcementLevel, enforcementLevelByNumber, policyTypeByNumber, severityByNumber } from "../core/wire";
import { pulumiPeer } from "./peers";
import type { JsonSchema, PolicyConfigEntry, PolicyConfigSchema, ResolvedPolicyConfig } from "./policy-config";

/* eslint-disable @typescript-eslint/no-require-imports */
const pb = require("@pulumi/pulumi/proto/analyzer_pb");
const { Struct } = pulumiPeer("google-protobuf/google/protobuf/struct_pb");
/* eslint-enable @typescript-eslint/no-require-imports */

/** A protobuf Struct as google-protobuf decodes it. */
interface ProtoStruct {
    toJavaScript(): Record<string, unknown>;
}
interface ProtoNotApplicable {
    getPolicyName(): string;
    getReason(): string;
}
interface ProtoDiagnostic {
    getPolicyname(): string;
    getUrn(): string;
    getMessage(): string;
    getDescription(): string;
    getEnforcementlevel(): number;
    getSeverity(): number;
}
/** AnalyzeResponse and AnalyzeStackResponse. */
export interface ProtoAnalyzeResponse {
    getDiagnosticsList(): ProtoDiagnostic[];
    getNotApplicableList(): ProtoNotApplicable[];
}
interface ProtoRemediation {
    getPolicyname(): string;
    getDescription(): string;
    getProperties(): ProtoStruct | undefined;
    getDiagnostic(): string;
}
export interface ProtoRemediateResponse {
    getRemediationsList(): ProtoRemediation[];
    getNotApplicableList(): ProtoNotApplicable[];
}
interface ProtoPolicyInfo {
    getName(): string;
    getDisplayname(): string;
    getDescription(): string;
    getMessage(): string;
    getEnforcementlevel(): number;
    getSeverity(): number;
    getPolicyType(): number;
    getConfigschema(): { getProperties(): { toJavaScript(): Record<string, JsonSchema> } | undefined; getRequiredList(): string[] } | undefined;
    getTagsList(): string[];
    getRemediationSteps(): string;
    getUrl(): string;
    getFramework(): { getName(): string; getVersion(): string; getReference(): string; getSpecification(): string } | undefined;
}
interface ProtoPolicyConfig {
    getEnforcementlevel(): number;
    getProperties(): ProtoStruct | undefined;
}
export interface ProtoAnalyzerInfo {
    getName(): string;
    getDisplayname(): string;
    getVersion(): string;
    getDescription(): string;
    getProvider(): string;
    getTagsList(): string[];
    getSupportsconfig(): boolean;
    getPoliciesList(): ProtoPolicyInfo[];
    getInitialconfigMap(): { entries(): Iterable<[string, ProtoPolicyConfig]> };
}
/** A request message; the harness passes it to the client as it is. */
export type ProtoRequest = object;

export interface AnalyzerPolicy {
    name: string;
    displayName: string;
    description: string;
    message: string;
    enforcementLevel: EnforcementLevel;
    /** low | medium | high | critical; undefined when the pack does not say. */
    severity?: string;
    type: "resource" | "stack" | "unknown";
    configSchema?: PolicyConfigSchema;
    tags: string[];
    remediationSteps: string;
    url: string;
    framework?: { name: string; version: string; reference: string; specification: string };
}

export interface AnalyzerInfo {
    name: string;
    displayName: string;
    version: string;
    description: string;
    provider: string;
    tags: string[];
    supportsConfig: boolean;
    policies: AnalyzerPolicy[];
    initialConfig: Map<string, PolicyConfigEntry>;
}

export interface NotApplicable {
    policy: string;
    reason: string;
}

export interface AnalyzeResult {
    findings: Finding[];
    notApplicable: NotApplicable[];
}

export interface Remediation {
    policy: string;
    description: string;
    /** The remediated inputs, when the policy changed them. */
    properties?: Record<string, unknown>;
    diagnostic?: string;
}

export interface RemediateResult {
    remediations: Remediation[];
    notApplicable: NotApplicable[];
}

/** The stack the pack is told about in ConfigureStack. */
export interface StackIdentity {
    organization?: string;
    project?: string;
    stack?: string;
    /** `pulumi preview` (true) or `pulumi up` (false). */
    dryRun?: boolean;
    /** The stack's config, `<namespace>:<key>` to value, decrypted, as the CLI sends it. */
    config?: Record<string, string>;
    configSecretKeys?: string[];
}

function toStruct(props: Record<string, unknown>): unknown {
    // JSON first: drops undefined, which the engine never sends; sentinels and secret objects pass as they are.
    return Struct.fromJavaScript(JSON.parse(JSON.stringify(props ?? {})));
}

function resourceOptions(r: EngineResource): unknown {
    const o = new pb.AnalyzerResourceOptions();
    // The engine always sets custom timeouts (zeros when none) and the parent; @pulumi/policy requires options.
    o.setCustomtimeouts(new pb.AnalyzerResourceOptions.CustomTimeouts());
    if (r.parent) {
        o.setParent(r.parent);
    }
    return o;
}

function providerResource(r: EngineResource): unknown {
    if (!r.provider) {
        return undefined;
    }
    const p = new pb.AnalyzerProviderResource();
    p.setUrn(r.provider.urn);
    p.setType(r.provider.type);
    p.setName(r.provider.name);
    p.setProperties(toStruct(r.provider.properties));
    return p;
}

/** An AnalyzeRequest (Analyze and Remediate) as the engine builds it. */
export function analyzeRequest(r: EngineResource): ProtoRequest {
    const req = new pb.AnalyzeRequest();
    req.setUrn(r.urn);
    req.setType(r.type);
    req.setName(r.name);
    req.setProperties(toStruct(r.props));
    req.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) {
        req.setProvider(provider);
    }
    return req;
}

/** An AnalyzerResource of an AnalyzeStackRequest as the engine builds it. */
export function stackResource(r: EngineResource): ProtoRequest {
    const ar = new pb.AnalyzerResource();
    ar.setUrn(r.urn);
    ar.setType(r.type);
    ar.setName(r.name);
    ar.setProperties(toStruct(r.outputs ?? r.props));
    ar.setOptions(resourceOptions(r));
    const provider = providerResource(r);
    if (provider) {
        ar.setProvider(provider);
    }
    if (r.parent) {
        ar.setParent(r.parent);
    }
    ar.setDependenciesList(r.dependencies ?? []);
    for (const [k, urns] of Object.entries(r.propertyDependencies ?? {})) {
        if (urns.length > 0) { // the engine skips properties without dependencies
            const deps = new pb.AnalyzerPropertyDependencies();
            deps.setUrnsList(urns);
            ar.getPropertydependenciesMap().set(k, deps);
        }
    }
    return ar;
}

export function notApplicableOf(resp: { getNotApplicableList(): ProtoNotApplicable[] }): NotApplicable[] {
    return resp.getNotApplicableList().map((n) => ({ policy: n.getPolicyName(), reason: n.getReason() }));
}

/** Decodes an Analyze or AnalyzeStack response. */
export function resultOf(resp: ProtoAnalyzeResponse, urnFallback: string): AnalyzeResult {
    return { findings: findingsOf(resp, urnFallback), notApplicable: notApplicableOf(resp) };
}

/** Adds one Analyze or AnalyzeStack result to an evaluation; `subject` is the resource's URN, or "stack". */
export function addResult(into: Evaluation, result: AnalyzeResult, subject: string): void {
    into.findings.push(...result.findings);
    for (const n of result.notApplicable) {
        const m = into.notApplicable.get(subject) ?? new Map<string, string>();
        m.set(n.policy, n.reason);
        into.notApplicable.set(subject, m);
    }
}

function findingsOf(resp: ProtoAnalyzeResponse, urnFallback: string): Finding[] {
    return resp.getDiagnosticsList().map((d): Finding => {
        // @pulumi/policy prefixes the policy description to the message; the finding keeps the message alone.
        const message: string = d.getMessage();
        const description: string = d.getDescription();
        return {
            policy: d.getPolicyname(),
            urn: d.getUrn() || urnFallback,
            enforcementLevel: enforcementLevelByNumber[d.getEnforcementlevel()],
            severity: severityByNumber[d.getSeverity()] || "low",
            message: description && message.startsWith(`${description}\n`) ? message.slice(description.length + 1) : message,
        };
    });
}

export function infoOf(resp: ProtoAnalyzerInfo): AnalyzerInfo {
    const policies = resp.getPoliciesList().map((p): AnalyzerPolicy => {
        const schema = p.getConfigschema();
        const fw = p.getFramework();
        return {
            name: p.getName(),
            displayName: p.getDisplayname(),
            description: p.getDescription(),
            message: p.getMessage(),
            enforcementLevel: enforcementLevelByNumber[p.getEnforcementlevel()],
            severity: severityByNumber[p.getSeverity()] || undefined,
            type: policyTypeByNumber[p.getPolicyType()] ?? "unknown",
            configSchema: schema ? {
                properties: schema.getProperties()?.toJavaScript() ?? {},
                ...(schema.getRequiredList().length > 0 ? { required: schema.getRequiredList() } : {}),
            } : undefined,
            tags: p.getTagsList(),
            remediationSteps: p.getRemediationSteps(),
            url: p.getUrl(),
            framework: fw ? {
                name: fw.getName(), version: fw.getVersion(), reference: fw.getReference(), specification: fw.getSpecification(),
            } : undefined,
        };
    });
    const initialConfig = new Map<string, PolicyConfigEntry>();
    for (const [k, v] of resp.getInitialconfigMap().entries()) {
        const properties = v.getProperties()?.toJavaScript() ?? {};
        initialConfig.set(k, {
            enforcementLevel: enforcementLevelByNumber[v.getEnforcementlevel()],
            ...(Object.keys(properties).length > 0 ? { properties } : {}),
        });
    }
    return {
        name: resp.getName(),
        displayName: resp.getDisplayname(),
        version: resp.getVersion(),
        description: resp.getDescription(),
        provider: resp.getProvider(),
        tags: resp.getTagsList(),
        supportsConfig: resp.getSupportsconfig(),
        policies,
        initialConfig,
    };
}

/** A Handshake request, as the engine sends it to an analyzer. */
export function handshakeRequest(engineAddress: string, directory: string): ProtoRequest {
    const hs = new pb.AnalyzerHandshakeRequest();
    hs.setEngineAddress(engineAddress);
    hs.setRootDirectory(directory);
    hs.setProgramDirectory(directory);
    return hs;
}

/** A ConfigureStack request: the stack's identity, config and tags. */
export function stackConfigureRequest(stack: StackIdentity & { project: string; stack: string; dryRun: boolean },
    tags: Record<string, string>): ProtoRequest {
    const cs = new pb.AnalyzerStackConfigureRequest();
    cs.setStack(stack.stack);
    cs.setProject(stack.project);
    cs.setOrganization(stack.organization ?? "");
    cs.setDryRun(stack.dryRun);
    cs.setConfigSecretKeysList(stack.configSecretKeys ?? []);
    for (const [k, v] of Object.entries(stack.config ?? {})) {
        cs.getConfigMap().set(k, v);
    }
    for (const [k, v] of Object.entries(tags)) {
        cs.getTagsMap().set(k, v);
    }
    return cs;
}

/** A Configure request carrying every policy's reconciled config. */
export function configureRequest(config: ReadonlyMap<string, ResolvedPolicyConfig>): ProtoRequest {
    const req = new pb.ConfigureAnalyzerRequest();
    for (const [name, c] of config) {
        const pc = new pb.PolicyConfig();
        pc.setEnforcementlevel(enforcementLevelByNumber.indexOf(c.enforcementLevel));
        pc.setProperties(Struct.fromJavaScript(c.properties)); // always set: @pulumi/policy reads it unguarded
        req.getPolicyconfigMap().set(name, pc);
    }
    return req;
}

/** An AnalyzeStack request over all the resources. */
export function analyzeStackRequest(rs: readonly EngineResource[]): ProtoRequest {
    const req = new pb.AnalyzeStackRequest();
    req.setResourcesList(rs.map(stackResource));
    return req;
}

/** Decodes a Remediate response. */
export function remediationsOf(resp: ProtoRemediateResponse): RemediateResult {
    return {
        remediations: resp.getRemediationsList().map((x): Remediation => {
            const props = x.getProperties();
            return {
                policy: x.getPolicyname(),
                description: x.getDescription(),
                ...(props ? { properties: props.toJavaScript() } : {}),
                ...(x.getDiagnostic() ? { diagnostic: x.getDiagnostic() } : {}),
            };
        }),
        notApplicable: notApplicableOf(resp),
    };
}
