import { DataCollectionEndpoint } from "@pulumi/azure-native/monitor";
import policy from "../../../policies/networking/data-collection-endpoint-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "Disabled", resource: resource(DataCollectionEndpoint, { ...base, networkAcls: { publicNetworkAccess: "Disabled" } }) },
        { name: "SecuredByPerimeter", resource: resource(DataCollectionEndpoint, { ...base, networkAcls: { publicNetworkAccess: "securedByPerimeter" } }) },
    ],
    invalid: [
        { name: "unset: public by default", resource: resource(DataCollectionEndpoint, base), messages: ["publicAccessEnabled"] },
        { name: "empty networkAcls", resource: resource(DataCollectionEndpoint, { ...base, networkAcls: {} }), messages: ["publicAccessEnabled"] },
        { name: "Enabled", resource: resource(DataCollectionEndpoint, { ...base, kind: "Linux", networkAcls: { publicNetworkAccess: "Enabled" } }),
            messages: ["publicAccessEnabled"] },
    ],
    undecided: [
        { name: "access not yet known", resource: resource(DataCollectionEndpoint, { ...base, networkAcls: { publicNetworkAccess: unknown() } }) },
    ],
});
