import { Disk } from "@pulumi/azure-native/compute";
import policy from "../../../policies/data-protection/disk-customer-managed-key";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", creationData: { createOption: "Empty" }, diskSizeGB: 128 };
const desId = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/diskEncryptionSets/cmk-set";

testResourcePolicy(policy, {
    valid: [
        { name: "customer key through a disk encryption set", resource: resource(Disk, { ...base, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: desId } }) },
        { name: "double encryption with a customer key", resource: resource(Disk, { ...base, encryption: { type: "EncryptionAtRestWithPlatformAndCustomerKeys", diskEncryptionSetId: desId } }) },
        { name: "disk encryption set without a type: the type follows the set", resource: resource(Disk, { ...base, encryption: { diskEncryptionSetId: desId } }) },
        { name: "confidential VM disk with a customer key", resource: resource(Disk, { ...base, securityProfile: { securityType: "ConfidentialVM_DiskEncryptedWithCustomerKey", secureVMDiskEncryptionSetId: desId } }) },
    ],
    invalid: [
        {
            name: "unset: platform-managed keys by default",
            resource: resource(Disk, base),
            messages: ["noEncryptionSet"],
        },
        {
            name: "platform key chosen explicitly",
            resource: resource(Disk, { ...base, encryption: { type: "EncryptionAtRestWithPlatformKey" } }),
            messages: ["platformKeyType"],
        },
        {
            name: "customer key type without a disk encryption set",
            resource: resource(Disk, { ...base, encryption: { type: "EncryptionAtRestWithCustomerKey" } }),
            messages: ["noEncryptionSet"],
        },
    ],
    undecided: [
        { name: "disk encryption set created in the same stack", resource: resource(Disk, { ...base, encryption: { type: "EncryptionAtRestWithCustomerKey", diskEncryptionSetId: unknown() } }) },
    ],
});
