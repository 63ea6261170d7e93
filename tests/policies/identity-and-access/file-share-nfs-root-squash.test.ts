import { FileShare } from "@pulumi/azure-native/storage";
import policy from "../../../policies/identity-and-access/file-share-nfs-root-squash";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", accountName: "stfiles", shareName: "data", shareQuota: 100 };

testResourcePolicy(policy, {
    valid: [
        { name: "NFS with RootSquash", resource: resource(FileShare, { ...base, enabledProtocols: "NFS", rootSquash: "RootSquash" }) },
        { name: "NFS with AllSquash", resource: resource(FileShare, { ...base, enabledProtocols: "NFS", rootSquash: "AllSquash" }) },
        { name: "unset protocol: SMB, no root squash", resource: resource(FileShare, base) },
        { name: "SMB", resource: resource(FileShare, { ...base, enabledProtocols: "SMB" }) },
    ],
    invalid: [
        { name: "NFS, rootSquash unset: NoRootSquash", resource: resource(FileShare, { ...base, enabledProtocols: "NFS" }), messages: ["rootNotSquashed"] },
        { name: "NFS with NoRootSquash", resource: resource(FileShare, { ...base, enabledProtocols: "NFS", rootSquash: "NoRootSquash" }), messages: ["rootNotSquashed"] },
    ],
    undecided: [
        { name: "protocol from config", resource: resource(FileShare, { ...base, enabledProtocols: unknown(), rootSquash: "NoRootSquash" }) },
        { name: "NFS, squash from config", resource: resource(FileShare, { ...base, enabledProtocols: "NFS", rootSquash: unknown() }) },
    ],
});
