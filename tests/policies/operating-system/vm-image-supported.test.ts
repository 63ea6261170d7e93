import { VirtualMachine, VirtualMachineScaleSet } from "@pulumi/azure-native/compute";
import type * as inputs from "@pulumi/azure-native/types/input";
import policy from "../../../policies/operating-system/vm-image-supported";
import { resource, testResourcePolicy, unknown } from "../../tester";

// Cases stay true whatever the day: images long past support, and images the data does not name.
const base = { resourceGroupName: "rg" };
const vm = (imageReference: inputs.compute.ImageReferenceArgs) => resource(VirtualMachine, { ...base, storageProfile: { imageReference } });
const vmss = (imageReference: inputs.compute.ImageReferenceArgs) => resource(VirtualMachineScaleSet, { ...base, virtualMachineProfile: { storageProfile: { imageReference } } });
const noble = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };

testResourcePolicy(policy, {
    valid: [
        { name: "an image the data does not name", resource: vm(noble) },
        { name: "scale set, an image the data does not name", resource: vmss({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2025-datacenter-azure-edition" }) },
        { name: "Ubuntu Pro image of a retired release", resource: vm({ publisher: "Canonical", offer: "0001-com-ubuntu-pro-focal", sku: "pro-20_04-lts" }) },
        { name: "custom image by id", resource: vm({ id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/base" }) },
        { name: "gallery image id from another resource", resource: vmss({ id: unknown() }) },
        { name: "shared gallery image", resource: vm({ sharedGalleryImageId: "/sharedGalleries/g/images/i/versions/latest" }) },
        { name: "no image: an attached OS disk", resource: resource(VirtualMachine, { ...base, storageProfile: { osDisk: { createOption: "Attach", managedDisk: { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/disks/os" } } } }) },
        { name: "no storage profile", resource: resource(VirtualMachine, base) },
    ],
    invalid: [
        { name: "Ubuntu 18.04", resource: vm({ publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS", version: "latest" }),
            messages: [{ id: "imagePastSupport", data: { path: "storageProfile.imageReference" } }] },
        { name: "Ubuntu 20.04, any case", resource: vm({ publisher: "canonical", offer: "0001-COM-UBUNTU-SERVER-FOCAL", sku: "20_04-lts-gen2" }), messages: ["imagePastSupport"] },
        { name: "scale set on Windows Server 2012 R2", resource: vmss({ publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2012-R2-Datacenter" }),
            messages: [{ id: "imagePastSupport", data: { path: "virtualMachineProfile.storageProfile.imageReference" } }] },
        { name: "CentOS 7", resource: vm({ publisher: "OpenLogic", offer: "CentOS", sku: "7_9-gen2" }), messages: ["imagePastSupport"] },
        { name: "Debian 10", resource: vm({ publisher: "Debian", offer: "debian-10", sku: "10-gen2" }), messages: ["imagePastSupport"] },
        { name: "RHEL 7", resource: vmss({ publisher: "RedHat", offer: "RHEL", sku: "7-LVM" }), messages: ["imagePastSupport"] },
    ],
    undecided: [
        { name: "offer from another resource", resource: vm({ publisher: "Canonical", offer: unknown(), sku: "18.04-LTS" }) },
        { name: "scale set sku from another resource", resource: vmss({ publisher: "OpenLogic", offer: "CentOS", sku: unknown() }) },
    ],
});
