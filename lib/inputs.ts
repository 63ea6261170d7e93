/**
 * Catalog types chosen by the inputs their azure-native args have, checked by the compiler: a policy that reads
 * an input on "every resource that has it" lists its types through `typesWithInput`, and listing a type whose
 * args lack the input does not compile. (The catalog's `TArgs` is erased at run time, so the list cannot be
 * computed; a new catalog type is covered once it is added to such a list.)
 */
import type { ResourceType } from "./model";

export function typesWithInput<K extends string>(
    input: K, types: readonly ResourceType<{ [P in K]?: unknown }>[],
): readonly ResourceType<{ [P in K]?: unknown }>[] {
    void input;
    return types;
}
