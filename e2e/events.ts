/** Reading what the Pulumi CLI reports: its JSON engine events and its text "Policies:" section. */
import * as fs from "fs";
import { urnName as nameOfUrn } from "../lib/core/urn";

export interface PolicyEvent {
    resourceUrn?: string;
    message: string;
    policyName: string;
    policyPackName: string;
    enforcementLevel: string;
    severity?: string;
}

export interface StackSummary {
    passed?: string[];
    failed?: string[];
}

/** Engine events, one JSON object a line (`pulumi policy analyze --json`, `pulumi preview --event-log`). */
export function parseEvents(jsonLines: string): any[] {
    return jsonLines.split("\n").filter((l) => l.trim().startsWith("{")).map((l) => JSON.parse(l));
}

export function readEvents(file: string): any[] {
    return parseEvents(fs.readFileSync(file, "utf8"));
}

export function policyEvents(events: any[]): PolicyEvent[] {
    return events.filter((e) => e.policyEvent).map((e) => e.policyEvent as PolicyEvent);
}

/** "policy resource-name level severity" for each violation, sorted: one comparable line per finding. */
export function findingKeys(events: PolicyEvent[]): string[] {
    return events.map((e) => `${e.policyName} ${urnName(e.resourceUrn)} ${e.enforcementLevel} ${e.severity}`).sort();
}

export function namesAt(events: PolicyEvent[], level: string): string[] {
    return [...new Set(events.filter((e) => e.enforcementLevel === level).map((e) => e.policyName))].sort();
}

export function urnName(urn: string | undefined): string {
    return urn ? nameOfUrn(urn) : "";
}

/**
 * The violations of the text display, e.g.
 * `- [mandatory] [severity: high]  storage-https-only  (azure-native:storage:StorageAccount: storage)`.
 */
export function textViolations(output: string): { level: string; severity: string; policy: string; type: string; name: string }[] {
    const re = /^\s+- \[(\w+)\] \[severity: (\w+)\]\s+(\S+)\s+\(([^:]+:[^:]+:[^:]+): ([^)]+)\)\s*$/gm;
    return [...output.matchAll(re)].map((m) => ({ level: m[1], severity: m[2], policy: m[3], type: m[4], name: m[5] }));
}
