import { ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/networking/aks-api-server-access-restricted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
const cluster = (apiServerAccessProfile?: ManagedClusterArgs["apiServerAccessProfile"]) => resource(ManagedCluster, { ...base, apiServerAccessProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "private cluster", resource: cluster({ enablePrivateCluster: true }) },
        { name: "authorized IP ranges", resource: cluster({ authorizedIPRanges: ["203.0.113.0/24", "198.51.100.7/32"] }) },
        { name: "private cluster; ranges unknown do not matter", resource: cluster({ enablePrivateCluster: true, authorizedIPRanges: unknown() }) },
    ],
    invalid: [
        { name: "unset: public API server open to all", resource: cluster(), messages: ["apiServerOpen"] },
        { name: "empty range list", resource: cluster({ enablePrivateCluster: false, authorizedIPRanges: [] }), messages: ["apiServerOpen"] },
        {
            name: "a range covering every address",
            resource: cluster({ authorizedIPRanges: ["203.0.113.0/24", "0.0.0.0/0"] }),
            messages: [{ id: "rangeCoversEverything", data: { index: 1 } }],
        },
    ],
    undecided: [
        { name: "ranges from another resource", resource: cluster({ authorizedIPRanges: unknown() }) },
        { name: "private flag from config", resource: cluster({ enablePrivateCluster: unknown() }) },
    ],
});
