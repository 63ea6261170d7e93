import { FileServiceProperties } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/file-smb-channel-encryption";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "contosofiles" };
const smb = (channelEncryption: unknown) => ({ ...base, protocolSettings: { smb: { channelEncryption: channelEncryption as string } } });

testResourcePolicy(policy, {
    valid: [
        { name: "AES-256-GCM only", resource: resource(FileServiceProperties, smb("AES-256-GCM")) },
        { name: "case and trailing separator", resource: resource(FileServiceProperties, smb("aes-256-gcm;")) },
    ],
    invalid: [
        { name: "unset: all ciphers", resource: resource(FileServiceProperties, base), messages: ["allCiphers"] },
        { name: "AES-128-GCM too", resource: resource(FileServiceProperties, smb("AES-128-GCM;AES-256-GCM")), messages: ["weakerCipher"] },
        { name: "AES-128-CCM only", resource: resource(FileServiceProperties, smb("AES-128-CCM")), messages: ["weakerCipher"] },
        { name: "empty list", resource: resource(FileServiceProperties, smb("")), messages: ["weakerCipher"] },
    ],
    undecided: [
        { name: "ciphers from another resource", resource: resource(FileServiceProperties, smb(unknown())) },
    ],
});
