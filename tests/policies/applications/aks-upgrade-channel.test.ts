import { ManagedCluster } from "@pulumi/azure-native/containerservice";
import policy from "../../../policies/applications/aks-upgrade-channel";
import { resource, testResourcePolicy, unknown } from "../../tester";

const cluster = (autoUpgradeProfile?: object) => resource(ManagedCluster, { resourceGroupName: "rg", autoUpgradeProfile });

testResourcePolicy(policy, {
    valid: [
        { name: "patch", resource: cluster({ upgradeChannel: "patch" }) },
        { name: "stable", resource: cluster({ upgradeChannel: "stable", nodeOSUpgradeChannel: "NodeImage" }) },
        { name: "rapid, any case", resource: cluster({ upgradeChannel: "Rapid" }) },
    ],
    invalid: [
        { name: "unset: defaults to none", resource: cluster(), messages: ["channelUnset"] },
        { name: "profile without a channel: defaults to none", resource: cluster({ nodeOSUpgradeChannel: "SecurityPatch" }), messages: ["channelUnset"] },
        { name: "none", resource: cluster({ upgradeChannel: "none" }), messages: ["channelNone"] },
        { name: "node-image only", resource: cluster({ upgradeChannel: "node-image" }), messages: ["channelNodeImage"] },
    ],
    undecided: [
        { name: "channel from another resource", resource: cluster({ upgradeChannel: unknown() }) },
    ],
});
