import { Server } from "@pulumi/azure-native/dbforpostgresql";
import policy from "../../../policies/identity-and-access/postgresql-entra-auth";
import { resource, testResourcePolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };

testResourcePolicy(policy, {
    valid: [
        { name: "Entra only", resource: resource(Server, { ...rg, authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Disabled" } }) },
        { name: "Entra only, any case", resource: resource(Server, { ...rg, authConfig: { activeDirectoryAuth: "enabled", passwordAuth: "disabled" } }) },
    ],
    invalid: [
        {
            name: "unset: Entra off and passwords on by default",
            resource: resource(Server, rg),
            messages: ["entraAuthOff", "passwordAuthOn"],
        },
        {
            name: "Entra and passwords both on",
            resource: resource(Server, { ...rg, authConfig: { activeDirectoryAuth: "Enabled", passwordAuth: "Enabled" } }),
            messages: ["passwordAuthOn"],
        },
    ],
    undecided: [
        { name: "auth config from another resource", resource: resource(Server, { ...rg, authConfig: unknown() }) },
    ],
});
