import { DiskEncryptionSet } from "@pulumi/azure-native/compute";
import policy from "../../../policies/data-protection/disk-encryption-set-key-rotation";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = {
    resourceGroupName: "rg", identity: { type: "SystemAssigned" }, encryptionType: "EncryptionAtRestWithCustomerKey",
    activeKey: { keyUrl: unknown(), sourceVault: { id: unknown() } },
};

testResourcePolicy(policy, {
    valid: [
        { name: "rotation to the latest version on", resource: resource(DiskEncryptionSet, { ...base, rotationToLatestKeyVersionEnabled: true }) },
    ],
    invalid: [
        { name: "unset: pinned to one key version", resource: resource(DiskEncryptionSet, base), messages: ["rotationOff"] },
        { name: "false", resource: resource(DiskEncryptionSet, { ...base, rotationToLatestKeyVersionEnabled: false }), messages: ["rotationOff"] },
    ],
    undecided: [
        { name: "from config not yet known", resource: resource(DiskEncryptionSet, { ...base, rotationToLatestKeyVersionEnabled: unknown() }) },
    ],
});
