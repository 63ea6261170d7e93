/**
 * google-protobuf and @grpc/grpc-js are not dependencies of the pack: they are @pulumi/pulumi's, whose generated
 * Analyzer messages and service the pack speaks through. They are loaded from where @pulumi/pulumi loads them, so
 * that the pack uses the same copies (a Struct of the same class as the messages', the same gRPC) under any
 * installer, hoisting (npm) or not (pnpm), instead of whichever copy happens to sit at the top of node_modules.
 */
import * as path from "path";

/* eslint-disable @typescript-eslint/no-require-imports, @typescript-eslint/no-explicit-any */
const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));

/** `require(id)` as @pulumi/pulumi's own modules resolve it. */
export function pulumiPeer(id: string): any {
    return require(require.resolve(id, { paths: [pulumiDir] }));
}
