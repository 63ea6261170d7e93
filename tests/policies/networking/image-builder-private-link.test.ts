import { VirtualMachineImageTemplate, VirtualMachineImageTemplateArgs } from "@pulumi/azure-native/virtualmachineimages";
import policy from "../../../policies/networking/image-builder-private-link";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base: VirtualMachineImageTemplateArgs = {
    resourceGroupName: "rg",
    identity: { type: "UserAssigned", userAssignedIdentities: ["/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/builder"] },
    source: { type: "PlatformImage", publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    distribute: [{ type: "ManagedImage", runOutputName: "golden", imageId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/golden", location: "westeurope" }],
};
const subnetId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/builds";

testResourcePolicy(policy, {
    valid: [
        { name: "the build VM in a subnet of the virtual network", resource: resource(VirtualMachineImageTemplate, { ...base, vmProfile: { vmSize: "Standard_D2s_v5", vnetConfig: { subnetId } } }) },
        { name: "vnetConfig from another resource's outputs, unknown at preview", resource: resource(VirtualMachineImageTemplate, { ...base, vmProfile: { vnetConfig: unknown() } }) },
    ],
    invalid: [
        { name: "no vmProfile", resource: resource(VirtualMachineImageTemplate, base), messages: ["noVnetConfig"] },
        { name: "a vmProfile without vnetConfig", resource: resource(VirtualMachineImageTemplate, { ...base, vmProfile: { vmSize: "Standard_D2s_v5" } }), messages: ["noVnetConfig"] },
    ],
    undecided: [
        { name: "the whole vmProfile is unknown", resource: resource(VirtualMachineImageTemplate, { ...base, vmProfile: unknown() }) },
    ],
});
