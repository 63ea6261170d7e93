import { WebApp, WebAppSlot } from "@pulumi/azure-native/web";
import policy from "../../../policies/identity-and-access/app-service-client-certificates";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = (args: object = {}) => resource(WebApp, { resourceGroupName: "rg", ...args });

testResourcePolicy(policy, {
    valid: [
        { name: "enabled, mode unset (Required)", resource: app({ clientCertEnabled: true }) },
        { name: "enabled and Required", resource: app({ clientCertEnabled: true, clientCertMode: "Required" }) },
        { name: "Required, lower case", resource: app({ clientCertEnabled: true, clientCertMode: "required" }) },
        {
            name: "a slot, with exclusion paths",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", clientCertEnabled: true, clientCertExclusionPaths: "/health" }),
        },
    ],
    invalid: [
        { name: "unset", resource: app(), messages: ["clientCertsOff"] },
        { name: "false", resource: app({ clientCertEnabled: false, clientCertMode: "Required" }), messages: ["clientCertsOff"] },
        { name: "Optional", resource: app({ clientCertEnabled: true, clientCertMode: "Optional" }), messages: ["clientCertsOptional"] },
        {
            name: "OptionalInteractiveUser in a slot",
            resource: resource(WebAppSlot, { resourceGroupName: "rg", name: "app", clientCertEnabled: true, clientCertMode: "OptionalInteractiveUser" }),
            messages: ["clientCertsOptional"],
        },
    ],
    undecided: [
        { name: "enabled flag unknown", resource: app({ clientCertEnabled: unknown() }) },
        { name: "mode unknown", resource: app({ clientCertEnabled: true, clientCertMode: unknown() }) },
    ],
});
