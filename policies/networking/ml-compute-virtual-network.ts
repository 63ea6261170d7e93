import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "ml-compute-virtual-network",
    description: "Azure Machine Learning compute clusters and compute instances run in a subnet of your virtual network.",
    area: "networking",
    severity: "medium",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: ["7804b5c7-01dc-4723-969b-ae300cc07ff1"],
    },
    remediation: "Set properties.properties.subnet.id on AmlCompute and ComputeInstance computes to a subnet of your " +
        "virtual network. Unset, the compute runs outside your network. Computes in a workspace's managed virtual " +
        "network set no subnet and are flagged too, as in Azure Policy's definition. Other compute types (attached " +
        "Kubernetes, Databricks, ...) are not judged.",
    messages: {
        noSubnet: "properties.properties.subnet.id is not set, so the compute is not in your virtual network: set it to a subnet of your virtual network.",
    },
    check: {
        machineLearningCompute: (compute, ctx) => {
            // Default: without a subnet, AmlCompute and ComputeInstance get no virtual network of yours. Source:
            // https://learn.microsoft.com/azure/machine-learning/how-to-secure-training-vnet
            const properties = compute.properties;
            if (properties?.computeType !== "AmlCompute" && properties?.computeType !== "ComputeInstance") {
                return;
            }
            const subnetId = properties.properties?.subnet?.id;
            if (subnetId === undefined || subnetId === "") {
                ctx.report("noSubnet");
            }
        },
    },
});
