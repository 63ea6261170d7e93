import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/applications/aks-image-cleaner";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (securityProfile?: object) => resource(ManagedCluster, { resourceGroupName: "rg", securityProfile });
const automatic = (securityProfile?: object) =>
    resource(ManagedCluster, { resourceGroupName: "rg", sku: { name: "Automatic", tier: "Standard" }, securityProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "enabled", resource: cluster({ imageCleaner: { enabled: true } }) },
        { name: "enabled with an interval", resource: cluster({ imageCleaner: { enabled: true, intervalHours: 48 } }) },
        { name: "AKS Automatic, unset: preconfigured on", resource: automatic() },
        { name: "AKS Automatic, interval only: preconfigured on", resource: automatic({ imageCleaner: { intervalHours: 48 } }) },
    ],
    invalid: [
        { name: "unset: off by default", resource: cluster(), messages: ["imageCleanerOff"] },
        { name: "security profile without Image Cleaner: off", resource: cluster({ workloadIdentity: { enabled: true } }), messages: ["imageCleanerOff"] },
        { name: "disabled", resource: cluster({ imageCleaner: { enabled: false } }), messages: ["imageCleanerOff"] },
        { name: "AKS Automatic, disabled", resource: automatic({ imageCleaner: { enabled: false } }), messages: ["imageCleanerOff"] },
        { name: "Base SKU, unset: off", resource: resource(ManagedCluster, { resourceGroupName: "rg", sku: { name: "Base" } }), messages: ["imageCleanerOff"] },
    ],
    undecided: [
        { name: "flag from another resource", resource: cluster({ imageCleaner: { enabled: unknown() } }) },
        { name: "unset, SKU from another resource", resource: resource(ManagedCluster, { resourceGroupName: "rg", sku: { name: unknown() } }) },
    ],
});
