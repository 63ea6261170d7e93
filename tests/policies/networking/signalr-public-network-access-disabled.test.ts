import { SignalR } from "@pulumi/azure-native/signalrservice";
import { WebPubSub } from "@pulumi/azure-native/webpubsub";
import policy from "../../../policies/networking/signalr-public-network-access-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Standard_S1" } };

testResourcePolicy(policy, {
    valid: [
        { name: "SignalR with public access disabled", resource: resource(SignalR, { ...base, publicNetworkAccess: "Disabled" }) },
        { name: "Web PubSub with public access disabled, case-insensitive", resource: resource(WebPubSub, { ...base, publicNetworkAccess: "disabled" }) },
    ],
    invalid: [
        { name: "SignalR, unset: Enabled by default", resource: resource(SignalR, base), messages: ["publicAccessEnabled"] },
        { name: "Web PubSub, Enabled", resource: resource(WebPubSub, { ...base, publicNetworkAccess: "Enabled" }), messages: ["publicAccessEnabled"] },
        {
            name: "Web PubSub, Enabled behind network ACLs",
            resource: resource(WebPubSub, { ...base, networkACLs: { defaultAction: "Deny", publicNetwork: { allow: ["ClientConnection"] } } }),
            messages: ["publicAccessEnabled"],
        },
    ],
    undecided: [
        { name: "SignalR setting from another resource", resource: resource(SignalR, { ...base, publicNetworkAccess: unknown() }) },
        { name: "Web PubSub setting from another resource", resource: resource(WebPubSub, { ...base, publicNetworkAccess: unknown() }) },
    ],
});
