import { ManagedEnvironment } from "@pulumi/azure-native/app";
import policy from "../../../policies/data-protection/container-app-environment-peer-encryption";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "peer traffic encrypted", resource: resource(ManagedEnvironment, { ...base, peerTrafficConfiguration: { encryption: { enabled: true } } }) },
    ],
    invalid: [
        { name: "unset: not encrypted", resource: resource(ManagedEnvironment, base), messages: ["peerTrafficPlain"] },
        { name: "encryption without enabled", resource: resource(ManagedEnvironment, { ...base, peerTrafficConfiguration: { encryption: {} } }), messages: ["peerTrafficPlain"] },
        { name: "disabled", resource: resource(ManagedEnvironment, { ...base, peerTrafficConfiguration: { encryption: { enabled: false } } }), messages: ["peerTrafficPlain"] },
    ],
    undecided: [
        { name: "setting from config", resource: resource(ManagedEnvironment, { ...base, peerTrafficConfiguration: { encryption: { enabled: unknown() } } }) },
    ],
});
