/**
 * Facts of the Pulumi wire format, defined once: the engine's sentinels and signatures, and the order of the
 * protobuf enums. tests/core/wire.test.ts checks each against the packages that define it.
 */

/** The engine's unknown-value sentinel (a value not known at preview): plugin.UnknownStringValue. */
export const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The key that marks a special object on the wire (sdk/go/common/resource/sig). */
export const sigKey = "4dabf18193072939515e22adb298388d";

/** Signature values under `sigKey`. */
export const sig = {
    secret: "1b47061264138c4ac30d75fd1eb44270",
    resourceReference: "5cf8f73096256a8f31e491e813e4eb8e",
} as const;

/** A secret value as the engine sends it (MarshalProperties with KeepSecrets). */
export function secret(value: unknown): Record<string, unknown> {
    return { [sigKey]: sig.secret, value };
}

export function isSecretObject(v: unknown): v is Record<string, unknown> {
    return v !== null && typeof v === "object" && (v as Record<string, unknown>)[sigKey] === sig.secret;
}

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** pulumirpc.EnforcementLevel, in proto enum order. */
export const enforcementLevelByNumber: readonly EnforcementLevel[] = ["advisory", "mandatory", "disabled", "remediate"];

/** pulumirpc.PolicySeverity, in proto enum order ("" is UNSPECIFIED). */
export const severityByNumber = ["", "low", "medium", "high", "critical"] as const;

/** pulumirpc.PolicyType, in proto enum order. */
export const policyTypeByNumber = ["unknown", "resource", "stack"] as const;

/** pulumirpc.LogSeverity, in proto enum order. */
export const logSeverityByNumber = ["debug", "info", "warning", "error"] as const;

/** gRPC status UNIMPLEMENTED. */
export const grpcUnimplemented = 12;
