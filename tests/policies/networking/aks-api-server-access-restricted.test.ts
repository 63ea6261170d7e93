import { ManagedCluster, ManagedClusterArgs } from "@pulumi/azure-native/containerservice";
// API version 2019-06-01, from azure-native 2.x: the authorized ranges are a top-level input there.
import { ManagedCluster as ManagedCluster20190601 } from "azure-native-v2/containerservice/v20190601";
import policy from "../../../policies/networking/aks-api-server-access-restricted";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", dnsPrefix: "aks" };
const cluster = (apiServerAccessProfile?: ManagedClusterArgs["apiServerAccessProfile"]) => resource(ManagedCluster, { ...base, apiServerAccessProfile });
const cluster20190601 = (apiServerAuthorizedIPRanges?: string[]) => resource(ManagedCluster20190601, { ...base, apiServerAuthorizedIPRanges });

testResourcePolicy(policy, {
    valid: [
        { name: "private cluster", resource: cluster({ enablePrivateCluster: true }) },
        { name: "authorized IP ranges", resource: cluster({ authorizedIPRanges: ["203.0.113.0/24", "198.51.100.7/32"] }) },
        { name: "private cluster; ranges unknown do not matter", resource: cluster({ enablePrivateCluster: true, authorizedIPRanges: unknown() }) },
        { name: "API version 2019-06-01: top-level authorized ranges", resource: cluster20190601(["203.0.113.0/24"]) },
    ],
    invalid: [
        { name: "unset: public API server open to all", resource: cluster(), messages: ["apiServerOpen"] },
        { name: "empty range list", resource: cluster({ enablePrivateCluster: false, authorizedIPRanges: [] }), messages: ["apiServerOpen"] },
        {
            name: "a range covering every address",
            resource: cluster({ authorizedIPRanges: ["203.0.113.0/24", "0.0.0.0/0"] }),
            messages: [{ id: "rangeCoversEverything", data: { index: 1 } }],
        },
        { name: "API version 2019-06-01: no ranges", resource: cluster20190601(), messages: ["apiServerOpen"] },
        {
            name: "API version 2019-06-01: a top-level range covering every address",
            resource: cluster20190601(["::/0"]),
            messages: [{ id: "legacyRangeCoversEverything", data: { index: 0 } }],
        },
    ],
    undecided: [
        { name: "ranges from another resource", resource: cluster({ authorizedIPRanges: unknown() }) },
        { name: "private flag from config", resource: cluster({ enablePrivateCluster: unknown() }) },
        { name: "API version 2019-06-01: top-level ranges from another resource", resource: cluster20190601(unknown()) },
    ],
});
