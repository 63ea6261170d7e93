import { Compute } from "@pulumi/azure-native/machinelearningservices";
import policy from "../../../policies/networking/ml-compute-virtual-network";
import { resource, testResourcePolicy, unknown } from "../../tester";

const base = { resourceGroupName: "rg", workspaceName: "ws" };
const subnet = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/ml" };

testResourcePolicy(policy, {
    valid: [
        { name: "cluster in a subnet", resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute", properties: { subnet } } }) },
        { name: "instance in a subnet", resource: resource(Compute, { ...base, properties: { computeType: "ComputeInstance", properties: { subnet } } }) },
        { name: "attached Kubernetes: not judged", resource: resource(Compute, { ...base, properties: { computeType: "Kubernetes" } }) },
    ],
    invalid: [
        { name: "cluster without a subnet", resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute" } }), messages: ["noSubnet"] },
        {
            name: "instance with an empty subnet id",
            resource: resource(Compute, { ...base, properties: { computeType: "ComputeInstance", properties: { subnet: { id: "" } } } }),
            messages: ["noSubnet"],
        },
    ],
    undecided: [
        {
            name: "subnet from another resource",
            resource: resource(Compute, { ...base, properties: { computeType: "AmlCompute", properties: { subnet: { id: unknown() } } } }),
        },
    ],
});
