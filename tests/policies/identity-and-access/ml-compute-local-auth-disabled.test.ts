import { Compute } from "@pulumi/azure-native/machinelearningservices";
import policy from "../../../policies/identity-and-access/ml-compute-local-auth-disabled";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", workspaceName: "ws" };

testResourcePolicy(policy, {
    valid: [
        { name: "cluster with local auth disabled", resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute", disableLocalAuth: true } }) },
        { name: "instance with local auth disabled", resource: resource(Compute, { ...base, properties: { computeType: "ComputeInstance", disableLocalAuth: true } }) },
        { name: "attached Databricks: not judged", resource: resource(Compute, { ...base, properties: { computeType: "Databricks" } }) },
    ],
    invalid: [
        { name: "unset: local auth on", resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute" } }), messages: ["localAuthEnabled"] },
        {
            name: "false",
            resource: resource(Compute, { ...base, properties: { computeType: "ComputeInstance", disableLocalAuth: false } }),
            messages: ["localAuthEnabled"],
        },
    ],
    undecided: [
        { name: "setting from another resource", resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute", disableLocalAuth: unknown() } }) },
    ],
});
