import { BigDataPool } from "@pulumi/azure-native/synapse";
import policy from "../../../policies/applications/synapse-spark-pool-supported-runtime";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", workspaceName: "syn-analytics", nodeSize: "Small", nodeSizeFamily: "MemoryOptimized", nodeCount: 3 };

testResourcePolicy(policy, {
    valid: [
        { name: "Spark 3.5", resource: resource(BigDataPool, { ...base, sparkVersion: "3.5" }) },
        { name: "unset: not judged", resource: resource(BigDataPool, base) },
        { name: "Spark 3.4 while the option allows it", resource: resource(BigDataPool, { ...base, sparkVersion: "3.4" }), config: { minimumSparkVersion: "3.4" } },
    ],
    invalid: [
        { name: "Spark 3.4, out of support", resource: resource(BigDataPool, { ...base, sparkVersion: "3.4" }), messages: ["unsupportedRuntime"] },
        { name: "Spark 2.4", resource: resource(BigDataPool, { ...base, sparkVersion: "2.4" }), messages: ["unsupportedRuntime"] },
        { name: "Spark 3.3.1 against a 3.4 minimum", resource: resource(BigDataPool, { ...base, sparkVersion: "3.3.1" }), config: { minimumSparkVersion: "3.4" }, messages: ["unsupportedRuntime"] },
    ],
    undecided: [
        { name: "version from config", resource: resource(BigDataPool, { ...base, sparkVersion: unknown() }) },
    ],
});
