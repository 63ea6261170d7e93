import { AppServiceEnvironment } from "@pulumi/azure-native/web";
import policy from "../../../policies/data-protection/app-service-environment-internal-encryption";
import { resource, testResourcePolicy, unknown } from "../../tester";

const virtualNetwork = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ase" };
const ase = (clusterSettings?: object[]) =>
    resource(AppServiceEnvironment, { resourceGroupName: "rg", kind: "ASEV3", virtualNetwork, clusterSettings });

testResourcePolicy(policy, {
    valid: [
        { name: "on", resource: ase([{ name: "InternalEncryption", value: "true" }]) },
        { name: "on, beside an unknown setting", resource: ase([{ name: "X", value: unknown() }, { name: "InternalEncryption", value: "true" }]) },
        { name: "on, among others, any case", resource: ase([{ name: "DisableTls1.0", value: "1" }, { name: "internalencryption", value: "True" }]) },
    ],
    invalid: [
        { name: "unset", resource: ase(), messages: ["internalTrafficClear"] },
        { name: "false", resource: ase([{ name: "InternalEncryption", value: "false" }]), messages: ["internalTrafficClear"] },
        { name: "other settings only", resource: ase([{ name: "DisableTls1.0", value: "1" }]), messages: ["internalTrafficClear"] },
    ],
    undecided: [
        { name: "value unknown", resource: ase([{ name: "InternalEncryption", value: unknown() }]) },
    ],
});
