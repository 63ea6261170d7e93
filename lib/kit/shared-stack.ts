/**
 * The stack that every stack policy of one AnalyzeStack request reads, built once. @pulumi/policy builds each stack
 * policy its own list of resources (decoding, proxies, options, parents and dependencies for every resource, per
 * policy); the engine's dispatcher (lib/engine/dispatch.ts) has it build the list once and shares it here, with an
 * index by catalog type, while the kit's stack policies run. Outside such a request nothing is shared and a policy
 * reads the list @pulumi/policy gave it.
 */
import type { PolicyResource } from "@pulumi/policy";
import { lookupType, ResourceType } from "./model";

export class SharedStack {
    private byType: Map<ResourceType, PolicyResource[]> | undefined;

    constructor(readonly resources: readonly PolicyResource[]) {}

    /** The resources of one catalog type (every token of it), in the stack's order; indexed on first use. */
    ofType(type: ResourceType): readonly PolicyResource[] {
        if (!this.byType) {
            this.byType = new Map();
            for (const r of this.resources) {
                const t = lookupType(r.type);
                if (t) {
                    const list = this.byType.get(t);
                    list ? list.push(r) : this.byType.set(t, [r]);
                }
            }
        }
        return this.byType.get(type) ?? [];
    }

    /** Does the stack hold a resource of one of `types`? */
    holdsAny(types: readonly ResourceType[]): boolean {
        return types.some((t) => this.ofType(t).length > 0);
    }
}

let current: SharedStack | undefined;

/** The stack shared for the request being answered, if the dispatcher shares one. */
export function sharedStack(): SharedStack | undefined {
    return current;
}

/** Shares `stack` with the kit's stack policies until `run`'s promise settles. */
export async function withSharedStack<T>(stack: SharedStack, run: () => Promise<T>): Promise<T> {
    const previous = current;
    current = stack;
    try {
        return await run();
    } finally {
        current = previous;
    }
}
