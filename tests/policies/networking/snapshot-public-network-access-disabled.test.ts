import { Snapshot } from "@pulumi/azure-native/compute";
import policy from "../../../policies/networking/snapshot-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", creationData: { createOption: "Copy", sourceResourceId: unknown() }, incremental: true };

testResourcePolicy(policy, {
    valid: [
        { name: "export denied", resource: resource(Snapshot, { ...base, networkAccessPolicy: "DenyAll" }) },
        { name: "export through a private endpoint only", resource: resource(Snapshot, { ...base, networkAccessPolicy: "AllowPrivate", diskAccessId: unknown() }) },
        { name: "public network access disabled", resource: resource(Snapshot, { ...base, publicNetworkAccess: "Disabled", networkAccessPolicy: "AllowAll" }) },
    ],
    invalid: [
        { name: "unset: AllowAll by default", resource: resource(Snapshot, base), messages: ["networkAccessAllowAll"] },
        { name: "AllowAll with public access enabled", resource: resource(Snapshot, { ...base, networkAccessPolicy: "allowall", publicNetworkAccess: "Enabled" }),
            messages: ["networkAccessAllowAll"] },
    ],
    undecided: [
        { name: "policy from another resource", resource: resource(Snapshot, { ...base, networkAccessPolicy: unknown() }) },
    ],
});
