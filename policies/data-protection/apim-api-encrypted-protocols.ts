import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "apim-api-encrypted-protocols",
    description: "API Management APIs are served over encrypted protocols only (https, wss), never plain http or ws.",
    area: "data-protection",
    severity: "high",
    frameworks: { mcsb: ["DP-3"], azurePolicy: ["ee7495e7-3ba7-40b6-bfee-c29e22cc75d4"] },
    remediation: "Set protocols to [\"https\"] (or [\"wss\"] for a WebSocket API), explicitly, also when the API is " +
        "imported from a definition or cloned from another API.",
    noFix: "clients that call the API over plain HTTP would be refused",
    messages: {
        unencryptedProtocol: "protocols[{{index}}] is an unencrypted protocol (http or ws), so callers can reach the API in clear text: list only https or wss.",
        protocolsUnset: "protocols is unset, so the API takes the protocols of the definition it is imported or cloned from, which may include http: set protocols to [\"https\"] (or [\"wss\"]).",
    },
    check: {
        apiManagementApi: (api, ctx) => {
            const protocols = api.protocols;
            if (protocols === undefined || protocols === null) {
                // Default: none. Azure rejects an API that defines no protocol ("API must define at least one supported
                // protocol") unless it takes them from an imported definition (an OpenAPI document's schemes or
                // servers, which may list http) or from the API it is cloned from. Source: REST spec
                // Microsoft.ApiManagement 2024-05-01, ApiCreateOrUpdateProperties; Azure/azure-sdk-for-net#36189.
                ctx.report("protocolsUnset");
                return;
            }
            ctx.each(protocols, (protocol, index) => {
                if (sameText(protocol, "http") || sameText(protocol, "ws")) {
                    ctx.report("unencryptedProtocol", { index });
                }
            });
        },
    },
});
