import { Disk } from "@pulumi/azure-native/compute";
import policy from "../../../policies/networking/disk-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", creationData: { createOption: "Empty" }, diskSizeGB: 64 };

testResourcePolicy(policy, {
    valid: [
        { name: "export denied", resource: resource(Disk, { ...base, networkAccessPolicy: "DenyAll" }) },
        { name: "export through a private endpoint only", resource: resource(Disk, { ...base, networkAccessPolicy: "AllowPrivate", diskAccessId: unknown() }) },
        { name: "public network access disabled", resource: resource(Disk, { ...base, publicNetworkAccess: "Disabled", networkAccessPolicy: "AllowAll" }) },
    ],
    invalid: [
        { name: "unset: AllowAll by default", resource: resource(Disk, base), messages: ["networkAccessAllowAll"] },
        { name: "AllowAll with public access enabled", resource: resource(Disk, { ...base, networkAccessPolicy: "AllowAll", publicNetworkAccess: "Enabled" }), messages: ["networkAccessAllowAll"] },
    ],
    undecided: [
        { name: "policy from another resource", resource: resource(Disk, { ...base, networkAccessPolicy: unknown() }) },
    ],
});
