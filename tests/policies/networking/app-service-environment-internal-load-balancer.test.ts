import { AppServiceEnvironment } from "@pulumi/azure-native/web";
import policy from "../../../policies/networking/app-service-environment-internal-load-balancer";
import { resource, testResourcePolicy, unknown } from "../../tester";

const virtualNetwork = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ase" };
const ase = (internalLoadBalancingMode?: string) =>
    resource(AppServiceEnvironment, { resourceGroupName: "rg", kind: "ASEV3", virtualNetwork, internalLoadBalancingMode });

testResourcePolicy(policy, {
    valid: [
        { name: "Web, Publishing", resource: ase("Web, Publishing") },
        { name: "other order and case", resource: ase("publishing,web") },
    ],
    invalid: [
        { name: "unset: None", resource: ase(), messages: ["externalEndpoints"] },
        { name: "None", resource: ase("None"), messages: ["externalEndpoints"] },
        { name: "Web only: publishing stays public", resource: ase("Web"), messages: ["externalEndpoints"] },
        { name: "Publishing only: apps stay public", resource: ase("Publishing"), messages: ["externalEndpoints"] },
    ],
    undecided: [
        { name: "mode from config resolved later", resource: ase(unknown()) },
    ],
});
