import { resourcePolicy, sameText } from "../../lib/kit";

const prefix = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.";

/** customProperties keys (after the prefix) that turn a broken protocol or cipher back on when set to "true". */
const legacy = [
    "Protocols.Ssl30", "Protocols.Tls10", "Protocols.Tls11",
    "Backend.Protocols.Ssl30", "Backend.Protocols.Tls10", "Backend.Protocols.Tls11",
    "Ciphers.TripleDes168",
] as const;

export default resourcePolicy({
    name: "apim-no-legacy-tls",
    description: "API Management services do not re-enable SSL 3.0, TLS 1.0, TLS 1.1 or triple DES, on the gateway or towards backends.",
    area: "applications",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: `Remove the ${prefix}* entries (Protocols.Ssl30/Tls10/Tls11, Backend.Protocols.*, ` +
        "Ciphers.TripleDes168) from customProperties or set them to \"False\": they default to False for services " +
        "created after 1 April 2018.",
    noFix: "turning protocols or ciphers off may refuse older clients and backends",
    messages: {
        // {{setting}} is the key's path after the prefix, from the list above (never the input's own spelling).
        legacyEnabled: "customProperties[\"Microsoft.WindowsAzure.ApiManagement.Gateway.Security.{{setting}}\"] is \"True\", which re-enables {{setting}}: remove it or set it to \"False\".",
    },
    check: {
        apiManagementService: (service, ctx) => {
            const props = service.customProperties;
            if (!props) {
                return;
            }
            ctx.each(Object.keys(props), (key) => {
                const setting = legacy.find((k) => sameText(key, prefix + k));
                // Only an explicit "true" counts. Default: each key is False for services created after 1 April 2018
                // (True before). Source: REST spec Microsoft.ApiManagement 2024-05-01,
                // ApiManagementServiceProperties.customProperties (azure-native 3.28 docs).
                if (setting && sameText(props[key], "true")) {
                    ctx.report("legacyEnabled", { setting });
                }
            });
        },
    },
});
