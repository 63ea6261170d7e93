import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "sql-managed-instance-public-endpoint-disabled",
    description: "Azure SQL Managed Instances keep the public data endpoint off and are reached from their virtual " +
        "network or through private endpoints.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["NS-2"], azurePolicy: ["9dfea752-dd46-4766-aed1-c355fa93fb91"] },
    remediation: "Set publicDataEndpointEnabled to false (or leave it unset: the public data endpoint is off by " +
        "default) and connect from the instance's virtual network, a peered network or a private endpoint.",
    noFix: "turning off the public endpoint cuts off every client that reaches the service over the Internet; give them a private endpoint or another network path first",
    messages: {
        publicEndpointEnabled: "publicDataEndpointEnabled is true, so the instance accepts connections on a public endpoint: set it to false and connect from the virtual network or through private endpoints.",
    },
    check: {
        sqlManagedInstance: (instance, ctx) => {
            // Default: unset publicDataEndpointEnabled is false. Source:
            // https://learn.microsoft.com/azure/azure-sql/managed-instance/public-endpoint-configure ("public endpoint
            // ... is disabled by default"); Azure Policy's definition flags only the value true.
            if (instance.publicDataEndpointEnabled === true) {
                ctx.report("publicEndpointEnabled");
            }
        },
    },
});
