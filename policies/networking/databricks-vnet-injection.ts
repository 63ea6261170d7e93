import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "databricks-vnet-injection",
    description: "Azure Databricks workspaces deploy their clusters into a customer-managed virtual network (VNet injection).",
    area: "networking",
    severity: "medium",
    frameworks: {
        mcsb: ["NS-2"],
        cis: ["2.1.1"],
        azurePolicy: ["9c25c9e4-ee12-4882-afd2-11fb9d87893f"],
    },
    remediation: "Set parameters.customVirtualNetworkId, parameters.customPublicSubnetName and " +
        "parameters.customPrivateSubnetName (each as { value }) to your virtual network and its two delegated subnets. " +
        "Unset, Databricks creates and manages the virtual network itself. A Serverless workspace cannot set them and " +
        "is flagged too, as in Azure Policy's definition.",
    messages: {
        notInjected: "parameters.customVirtualNetworkId, customPublicSubnetName and customPrivateSubnetName are not all set, so clusters run in a Databricks-managed virtual network: set all three to your virtual network and subnets.",
    },
    check: {
        databricksWorkspace: (workspace, ctx) => {
            // Default: without these parameters Databricks deploys a managed virtual network in the managed resource group.
            // Source: https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
            const parameters = workspace.parameters;
            const set = (p: { value?: unknown } | undefined) => p?.value !== undefined && p.value !== "";
            if (!set(parameters?.customVirtualNetworkId) || !set(parameters?.customPublicSubnetName) ||
                !set(parameters?.customPrivateSubnetName)) {
                ctx.report("notInjected");
            }
        },
    },
});
