/** The shapes every part of the pack passes around: a resource as the engine describes it, and what came back. */

/** A resource as the engine describes it to an analyzer. */
export interface EngineResource {
    urn: string;
    type: string;
    name: string;
    /** Inputs; the engine's unknown sentinel (`unknownValue` in lib/core/wire.ts) marks values not known at preview. */
    props: Record<string, unknown>;
    /**
     * Outputs, where known (a stack export of a deployed stack): AnalyzeStack gets these instead of the inputs,
     * as the engine sends stack policies each resource's outputs.
     */
    outputs?: Record<string, unknown>;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    /** The resource's provider (e.g. `pulumi:providers:azure-native`), sent as the engine does. */
    provider?: EngineProviderResource;
}

export interface EngineProviderResource {
    urn: string;
    type: string;
    name: string;
    properties: Record<string, unknown>;
}

export interface Finding {
    policy: string;
    urn: string;
    enforcementLevel: string;
    severity: string;
    message: string;
}

export interface Evaluation {
    findings: Finding[];
    /** Per resource URN (or "stack"): policy -> reason it did not apply or could not decide. */
    notApplicable: Map<string, Map<string, string>>;
}
