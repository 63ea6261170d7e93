import { ConnectedCluster } from "@pulumi/azure-native/kubernetes";
import type { ConnectedClusterArgs } from "@pulumi/azure-native/kubernetes";
import { Extension } from "@pulumi/azure-native/kubernetesconfiguration";
import type { ExtensionArgs } from "@pulumi/azure-native/kubernetesconfiguration";
import policy from "../../../policies/compliance/arc-kubernetes-policy-extension";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const required = { requireInStack: true };
const extensionType = "microsoft.policyinsights";

const cluster = (name: string, clusterName: string, more: Partial<ConnectedClusterArgs> = {}): StackTestResource => ({
    name, ...resource(ConnectedCluster, { ...rg, clusterName, agentPublicKeyCertificate: "", identity: { type: "SystemAssigned" },
        distribution: "k3s", ...more }),
});
/** An extension on a connected cluster; its clusterName depends on the cluster `on`, as `cluster.name` would make it. */
const extension = (name: string, on: string, clusterName: string, more: Partial<ExtensionArgs> = {}): StackTestResource => ({
    name, ...resource(Extension, { ...rg, clusterName, clusterRp: "Microsoft.Kubernetes", clusterResourceName: "connectedClusters",
        extensionName: name, extensionType, ...more }),
    dependsOn: { clusterName: [on] },
});

testStackPolicy(policy, {
    valid: [
        {
            name: "a connected cluster with the extension (type compared case-insensitively)",
            config: required,
            resources: [cluster("arc", "arc-edge"), extension("ext", "arc", "arc-edge", { extensionType: extensionType.toUpperCase() })],
        },
        {
            name: "a connected cluster of distribution aks is left out, as the definition leaves it out",
            config: required,
            resources: [cluster("arc", "arc-aks", { distribution: "aks" })],
        },
    ],
    invalid: [
        {
            name: "a connected cluster without extensions",
            config: required,
            resources: [cluster("arc", "arc-edge")],
            violations: [{ resource: "arc", message: "noPolicyExtension" }],
        },
        {
            name: "unset distribution is in scope; its extension is another one",
            config: required,
            resources: [cluster("arc", "arc-edge", { distribution: undefined }),
                extension("flux", "arc", "arc-edge", { extensionType: "microsoft.flux" })],
            violations: [{ resource: "arc", message: "noPolicyExtension" }],
        },
        {
            name: "the extension sits on another connected cluster",
            config: required,
            resources: [cluster("arc", "arc-edge"), cluster("arc2", "arc-store"), extension("ext", "arc2", "arc-store")],
            violations: [{ resource: "arc", message: "noPolicyExtension" }],
        },
    ],
    undecided: [
        {
            name: "requireInStack off (the default): a DeployIfNotExists assignment may install it",
            resources: [cluster("arc", "arc-edge")],
        },
        {
            name: "the distribution is unknown",
            config: required,
            resources: [cluster("arc", "arc-edge", { distribution: unknown() })],
        },
        {
            name: "the extension's clusterName is unknown and depends on nothing in the stack",
            config: required,
            resources: [cluster("arc", "arc-edge"), { ...extension("ext", "arc", "x", { clusterName: unknown() }), dependsOn: {} }],
        },
    ],
});
