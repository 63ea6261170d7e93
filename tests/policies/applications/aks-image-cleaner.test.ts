import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/applications/aks-image-cleaner";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (securityProfile?: object) => resource(ManagedCluster, { resourceGroupName: "rg", securityProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "enabled", resource: cluster({ imageCleaner: { enabled: true } }) },
        { name: "enabled with an interval", resource: cluster({ imageCleaner: { enabled: true, intervalHours: 48 } }) },
    ],
    invalid: [
        { name: "unset: off by default", resource: cluster(), messages: ["imageCleanerOff"] },
        { name: "security profile without Image Cleaner: off", resource: cluster({ workloadIdentity: { enabled: true } }), messages: ["imageCleanerOff"] },
        { name: "disabled", resource: cluster({ imageCleaner: { enabled: false } }), messages: ["imageCleanerOff"] },
    ],
    undecided: [
        { name: "flag from another resource", resource: cluster({ imageCleaner: { enabled: unknown() } }) },
    ],
});
