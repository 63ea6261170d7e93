import { FileServiceProperties } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/file-smb-secure-versions";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "contosofiles" };
const smb = (versions: unknown) => ({ ...base, protocolSettings: { smb: { versions: versions as string } } });

testResourcePolicy(policy, {
    valid: [
        { name: "SMB 3.1.1 only", resource: resource(FileServiceProperties, smb("SMB3.1.1")) },
        { name: "case and trailing separator", resource: resource(FileServiceProperties, smb("smb3.1.1;")) },
    ],
    invalid: [
        { name: "unset: all versions", resource: resource(FileServiceProperties, base), messages: ["allVersions"] },
        { name: "smb without versions", resource: resource(FileServiceProperties, { ...base, protocolSettings: { smb: { channelEncryption: "AES-256-GCM" } } }), messages: ["allVersions"] },
        { name: "SMB 3.0 and 3.1.1", resource: resource(FileServiceProperties, smb("SMB3.0;SMB3.1.1")), messages: ["olderVersion"] },
        { name: "every version, listed", resource: resource(FileServiceProperties, smb("SMB2.1;SMB3.0;SMB3.1.1")), messages: ["olderVersion"] },
    ],
    undecided: [
        { name: "versions from another resource", resource: resource(FileServiceProperties, smb(unknown())) },
    ],
});
