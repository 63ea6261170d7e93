import { ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/networking/aks-network-policy";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
const cluster = (networkProfile?: ManagedClusterArgs["networkProfile"]) => resource(ManagedCluster, { ...base, networkProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "Azure network policy", resource: cluster({ networkPlugin: "azure", networkPolicy: "azure" }) },
        { name: "Calico", resource: cluster({ networkPlugin: "kubenet", networkPolicy: "Calico" }) },
        { name: "Cilium", resource: cluster({ networkPlugin: "azure", networkDataplane: "cilium", networkPolicy: "cilium" }) },
        { name: "Cilium dataplane with networkPolicy unset: Cilium enforces policy", resource: cluster({ networkPlugin: "azure", networkDataplane: "cilium" }) },
    ],
    invalid: [
        { name: "unset: none by default", resource: cluster(), messages: ["networkPolicyNone"] },
        { name: "profile without a policy", resource: cluster({ networkPlugin: "azure" }), messages: ["networkPolicyNone"] },
        { name: "explicitly none", resource: cluster({ networkPlugin: "azure", networkPolicy: "none" }), messages: ["networkPolicyNone"] },
    ],
    undecided: [
        { name: "policy from config", resource: cluster({ networkPolicy: unknown() }) },
    ],
});
