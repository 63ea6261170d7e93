import { SignalR } from "@pulumi/azure-native/signalrservice";
import { WebPubSub } from "@pulumi/azure-native/webpubsub";
import policy from "../../../policies/identity-and-access/signalr-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", sku: { name: "Standard_S1" } };

testResourcePolicy(policy, {
    valid: [
        { name: "SignalR with local auth disabled", resource: resource(SignalR, { ...base, disableLocalAuth: true }) },
        { name: "Web PubSub with local auth disabled", resource: resource(WebPubSub, { ...base, disableLocalAuth: true }) },
    ],
    invalid: [
        { name: "SignalR, unset: keys work by default", resource: resource(SignalR, base), messages: ["localAuthEnabled"] },
        { name: "Web PubSub, unset", resource: resource(WebPubSub, base), messages: ["localAuthEnabled"] },
        { name: "Web PubSub, false", resource: resource(WebPubSub, { ...base, disableLocalAuth: false }), messages: ["localAuthEnabled"] },
    ],
    undecided: [
        { name: "SignalR setting from another resource", resource: resource(SignalR, { ...base, disableLocalAuth: unknown() }) },
        { name: "Web PubSub setting from another resource", resource: resource(WebPubSub, { ...base, disableLocalAuth: unknown() }) },
    ],
});
