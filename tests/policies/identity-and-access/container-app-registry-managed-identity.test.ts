import { ContainerApp, Job } from "@pulumi/azure-native/app";
import policy from "../../../policies/identity-and-access/container-app-registry-managed-identity";
import { resource, testResourcePolicy, unknown } from "../../tester";

const app = { resourceGroupName: "rg", managedEnvironmentId: unknown() };
const job = { resourceGroupName: "rg", environmentId: unknown() };
const jobConfig = { triggerType: "Manual", replicaTimeout: 1800 };
const server = "contoso.azurecr.io";

testResourcePolicy(policy, {
    valid: [
        { name: "app: no registries", resource: resource(ContainerApp, app) },
        { name: "app: a user-assigned identity, unknown at preview", resource: resource(ContainerApp, { ...app, configuration: { registries: [{ server, identity: unknown() }] } }) },
        { name: "job: the system-assigned identity", resource: resource(Job, { ...job, configuration: { ...jobConfig, registries: [{ server, identity: "system" }] } }) },
        { name: "job: a public registry, no credentials", resource: resource(Job, { ...job, configuration: { ...jobConfig, registries: [{ server: "mcr.microsoft.com" }] } }) },
    ],
    invalid: [
        {
            name: "app: username and password",
            resource: resource(ContainerApp, { ...app, configuration: { registries: [{ server, identity: unknown() }, { server, username: "puller", passwordSecretRef: "acr-password" }] } }),
            messages: [{ id: "registryPassword", data: { index: 1 } }],
        },
        {
            name: "job: username and password, empty identity",
            resource: resource(Job, { ...job, configuration: { ...jobConfig, registries: [{ server, username: "puller", passwordSecretRef: "acr-password", identity: "" }] } }),
            messages: [{ id: "registryPassword", data: { index: 0 } }],
        },
    ],
    undecided: [
        { name: "app: registries from another resource", resource: resource(ContainerApp, { ...app, configuration: { registries: unknown() } }) },
        { name: "job: password reference from config", resource: resource(Job, { ...job, configuration: { ...jobConfig, registries: [{ server, passwordSecretRef: unknown() }] } }) },
    ],
});
