import * as eventhub from "@pulumi/azure-native/eventhub";
import * as servicebus from "@pulumi/azure-native/servicebus";
import policy from "../../../policies/identity-and-access/messaging-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "Event Hubs: SAS disabled", resource: resource(eventhub.Namespace, { ...rg, disableLocalAuth: true }) },
        { name: "Service Bus: SAS disabled", resource: resource(servicebus.Namespace, { ...rg, disableLocalAuth: true }) },
    ],
    invalid: [
        {
            name: "Event Hubs: SAS enabled",
            resource: resource(eventhub.Namespace, { ...rg, disableLocalAuth: false }),
            messages: ["localAuthEnabled"],
        },
        {
            name: "Service Bus unset: defaults to false (SAS works)",
            resource: resource(servicebus.Namespace, rg),
            messages: ["localAuthEnabled"],
        },
    ],
    undecided: [
        { name: "flag from config", resource: resource(servicebus.Namespace, { ...rg, disableLocalAuth: unknown() }) },
    ],
});
