import { ManagedEnvironment } from "@pulumi/azure-native/app";
import policy from "../../../policies/networking/container-app-environment-no-public-endpoint";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "internal to a virtual network", resource: resource(ManagedEnvironment, { ...base, vnetConfiguration: { infrastructureSubnetId: unknown(), internal: true } }) },
        { name: "public network access disabled", resource: resource(ManagedEnvironment, { ...base, publicNetworkAccess: "Disabled", workloadProfiles: [{ name: "Consumption", workloadProfileType: "Consumption" }] }) },
        { name: "internal, public access setting unknown", resource: resource(ManagedEnvironment, { ...base, vnetConfiguration: { internal: true }, publicNetworkAccess: unknown() }) },
    ],
    invalid: [
        { name: "unset: external with public access", resource: resource(ManagedEnvironment, base), messages: ["publicEndpoint"] },
        {
            name: "in a virtual network but external",
            resource: resource(ManagedEnvironment, { ...base, vnetConfiguration: { infrastructureSubnetId: unknown(), internal: false }, publicNetworkAccess: "Enabled" }),
            messages: ["publicEndpoint"],
        },
    ],
    undecided: [
        { name: "internal from config", resource: resource(ManagedEnvironment, { ...base, vnetConfiguration: { internal: unknown() } }) },
        { name: "external, public access from config", resource: resource(ManagedEnvironment, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
