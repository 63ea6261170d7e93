import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "databricks-no-public-ip",
    description: "Azure Databricks workspaces use secure cluster connectivity: cluster nodes get no public IP address.",
    area: "networking",
    severity: "medium",
    frameworks: {
        mcsb: ["NS-2"],
        cis: ["2.1.9"],
        azurePolicy: ["51c1490f-3319-459c-bbbc-7f391bbed753"],
    },
    remediation: "Leave parameters.enableNoPublicIp unset or set its value to true (secure cluster connectivity). " +
        "Since API version 2024-05-01, which azure-native 3.x uses, unset means true.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicIpEnabled: "parameters.enableNoPublicIp is false, so cluster nodes get public IP addresses: set parameters.enableNoPublicIp.value to true.",
    },
    check: {
        databricksWorkspace: (workspace, ctx) => {
            // Default: unset enableNoPublicIp is true from API version 2024-05-01 (azure-native 3.x uses 2026-01-01), and
            // Azure returns it so on the deployed workspace. Source:
            // https://learn.microsoft.com/azure/databricks/security/network/classic/secure-cluster-connectivity
            // ("enableNoPublicIp ... defaults to true" for API 2024-05-01 and later).
            if (workspace.parameters?.enableNoPublicIp?.value === false) {
                ctx.report("publicIpEnabled");
            }
        },
    },
});
