import { Service } from "@pulumi/azure-native/appplatform";
import policy from "../../../policies/networking/spring-apps-vnet-injection";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };
const vnet = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/";
const networkProfile = { serviceRuntimeSubnetId: `${vnet}runtime`, appSubnetId: `${vnet}apps` };

testResourcePolicy(policy, {
    valid: [
        { name: "Standard, injected", resource: resource(Service, { ...base, sku: { tier: "Standard", name: "S0" }, properties: { networkProfile } }) },
        { name: "Enterprise, injected", resource: resource(Service, { ...base, sku: { tier: "Enterprise", name: "E0" }, properties: { networkProfile } }) },
        { name: "Basic: cannot be injected, not judged", resource: resource(Service, { ...base, sku: { tier: "Basic", name: "B0" } }) },
    ],
    invalid: [
        { name: "unset sku: Standard, not injected", resource: resource(Service, base), messages: ["notInjected"] },
        {
            name: "Enterprise, app subnet only",
            resource: resource(Service, { ...base, sku: { tier: "Enterprise", name: "E0" }, properties: { networkProfile: { appSubnetId: `${vnet}apps` } } }),
            messages: ["notInjected"],
        },
    ],
    undecided: [
        { name: "subnet from another resource", resource: resource(Service, { ...base, properties: { networkProfile: { serviceRuntimeSubnetId: unknown() } } }) },
        { name: "tier from config", resource: resource(Service, { ...base, sku: { tier: unknown() } }) },
    ],
});
