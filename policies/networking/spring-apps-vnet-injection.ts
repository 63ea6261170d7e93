import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "spring-apps-vnet-injection",
    description: "Azure Spring Apps Standard and Enterprise instances are injected into your virtual network.",
    area: "networking",
    severity: "medium",
    frameworks: {
        mcsb: ["NS-2"],
        azurePolicy: ["af35e2a4-ef96-44e7-a9ae-853dd97032c4"],
    },
    remediation: "Set properties.networkProfile.serviceRuntimeSubnetId and appSubnetId to two subnets of your " +
        "virtual network. It can only be set when the instance is created. The Basic tier cannot be injected and is " +
        "not judged, as in Azure Policy's definition; unset sku means Standard.",
    messages: {
        notInjected: "properties.networkProfile.serviceRuntimeSubnetId is not set, so the instance runs outside your virtual network: set the service runtime and app subnets.",
    },
    check: {
        springAppsService: (service, ctx) => {
            // Default: unset sku is S0 / Standard; unset networkProfile means a Microsoft-managed network. Source:
            // https://learn.microsoft.com/rest/api/azurespringapps/services/create-or-update and
            // https://learn.microsoft.com/azure/spring-apps/enterprise/how-to-deploy-in-azure-virtual-network
            const tier = service.sku?.tier ?? "Standard";
            if (!sameText(tier, "Standard") && !sameText(tier, "Enterprise")) {
                return;
            }
            const subnetId = service.properties?.networkProfile?.serviceRuntimeSubnetId;
            if (subnetId === undefined) {
                ctx.report("notInjected");
            }
        },
    },
});
