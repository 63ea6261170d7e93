/** Helpers for stack policies: which resource points at which, whether or not ids are known yet. */
import type { PolicyResource } from "@pulumi/policy";
import { ResourceType } from "./model";
import { readKnown } from "./values";

/** The Azure name of a resource: its name input, else its `name` output. */
function azureName(r: PolicyResource, type: ResourceType): string | undefined {
    const fromInput = type.nameInput ? readKnown(() => r.props[type.nameInput!]) : undefined;
    const name = typeof fromInput === "string" ? fromInput : readKnown(() => r.props.name);
    return typeof name === "string" ? name : undefined;
}

/**
 * Does `from` point at `target` through its input `property`? At preview the target's id is unknown, so the
 * engine's property dependencies answer; once ids are known (a stack export, an update) the id itself does:
 * it must end in `/providers/<ARM type>/<name>` of the target.
 *
 * @param value reads the id out of `from`'s inputs, for ids nested below `property`.
 */
export function references(from: PolicyResource, property: string, target: PolicyResource, targetType: ResourceType,
    value: (props: Record<string, any>) => unknown = (props) => props[property]): boolean {
    if ((from.propertyDependencies[property] ?? []).some((d) => d.urn === target.urn)) {
        return true;
    }
    const id = readKnown(() => value(from.props));
    const name = azureName(target, targetType);
    if (typeof id !== "string" || !name || !targetType.arm) {
        return false;
    }
    return id.toLowerCase().endsWith(`/providers/${targetType.arm}/${name}`.toLowerCase());
}

/** Does `from`'s input `property` carry the same known name as `target`'s, or depend on `target`? */
export function sameNameOrDependsOn(from: PolicyResource, property: string, target: PolicyResource,
    targetType: ResourceType): boolean {
    if ((from.propertyDependencies[property] ?? []).some((d) => d.urn === target.urn)) {
        return true;
    }
    const value = readKnown(() => from.props[property]);
    const name = azureName(target, targetType);
    return typeof value === "string" && name !== undefined && value.toLowerCase() === name.toLowerCase();
}
