import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";
import { sameText } from "../../lib/kit/values";

const prefix = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.";

/** customProperties keys that turn a broken protocol or cipher back on when set to "true". */
const legacy = [
    "Protocols.Ssl30", "Protocols.Tls10", "Protocols.Tls11",
    "Backend.Protocols.Ssl30", "Backend.Protocols.Tls10", "Backend.Protocols.Tls11",
    "Ciphers.TripleDes168",
].map((k) => prefix + k);

export default resourcePolicy({
    name: "apim-no-legacy-tls",
    description: "API Management services do not re-enable SSL 3.0, TLS 1.0, TLS 1.1 or triple DES, on the gateway or towards backends.",
    area: "applications",
    severity: "high",
    frameworks: { mcsb: ["DP-3"] },
    remediation: `Remove the ${prefix}* entries (Protocols.Ssl30/Tls10/Tls11, Backend.Protocols.*, ` +
        "Ciphers.TripleDes168) from customProperties or set them to \"False\": they default to False for services " +
        "created after 1 April 2018.",
    resources: [catalog.apiManagementService],
    check: (service, ctx) => {
        const props = service.customProperties;
        if (!props) {
            return;
        }
        ctx.each(Object.keys(props), (key) => {
            const name = legacy.find((k) => sameText(key, k));
            // Only an explicit "true" counts: unset is off for every service created since April 2018.
            if (name && sameText(props[key], "true")) {
                ctx.report(`customProperties["${name}"] is "True", which re-enables ${name.slice(prefix.length)}: ` +
                    "remove it or set it to \"False\".");
            }
        });
    },
});
