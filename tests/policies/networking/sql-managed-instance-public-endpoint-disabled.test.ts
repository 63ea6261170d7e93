import { ManagedInstance } from "@pulumi/azure-native/sql";
import policy from "../../../policies/networking/sql-managed-instance-public-endpoint-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", managedInstanceName: "mi-orders", subnetId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/mi" };

testResourcePolicy(policy, {
    valid: [
        { name: "unset: the public data endpoint is off by default", resource: resource(ManagedInstance, base) },
        { name: "explicitly off", resource: resource(ManagedInstance, { ...base, publicDataEndpointEnabled: false }) },
    ],
    invalid: [
        {
            name: "public data endpoint on",
            resource: resource(ManagedInstance, { ...base, publicDataEndpointEnabled: true, proxyOverride: "Proxy" }),
            messages: ["publicEndpointEnabled"],
        },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(ManagedInstance, { ...base, publicDataEndpointEnabled: unknown() }) },
    ],
});
