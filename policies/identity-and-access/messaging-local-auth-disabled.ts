import { notTrue } from "../../lib/kit/checks/flags";
import { catalog } from "../../lib/kit/model";
import { resourcePolicy } from "../../lib/kit/policy";

export default resourcePolicy({
    name: "messaging-local-auth-disabled",
    description: "Event Hubs and Service Bus namespaces refuse SAS keys, so senders and receivers authenticate with Microsoft Entra ID.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set disableLocalAuth to true on the namespace and grant Data Sender/Receiver roles to Entra " +
        "identities. Unset means false: SAS keys keep working.",
    resources: [catalog.eventHubNamespace, catalog.serviceBusNamespace],
    check: (namespace, ctx) => {
        if (namespace.disableLocalAuth !== true) {
            ctx.report(`disableLocalAuth ${notTrue(namespace.disableLocalAuth)}, so SAS keys grant access ` +
                "outside Entra ID: set it to true.");
        }
    },
});
