import { SaasSubscriptionLevel } from "@pulumi/azure-native/saas";
import policy from "../../../policies/compliance/saas-approved-publisher";
import { resource, testResourcePolicy, unknown } from "../../tester";

const saas = (properties?: object) => resource(SaasSubscriptionLevel, {
    resourceGroupName: "rg", resourceName: "crm", location: "global", properties,
});
const offer = (publisherId: unknown) => saas({ publisherId, offerId: "crm-offer", skuId: "monthly", termId: "hjdtn7tfnxcy" });
const approved = { approvedPublishers: ["contoso", "Fabrikam-Software"] };

testResourcePolicy(policy, {
    valid: [
        { name: "no list configured (the default): any publisher", resource: offer("unvetted-vendor") },
        { name: "no list configured: no publisher", resource: saas() },
        { name: "an approved publisher", resource: offer("contoso"), config: approved },
        { name: "an approved publisher, in another case", resource: offer("fabrikam-software"), config: approved },
    ],
    invalid: [
        { name: "a publisher not on the list", resource: offer("unvetted-vendor"), config: approved, messages: ["publisherNotApproved"] },
        { name: "no properties at all", resource: saas(), config: approved, messages: ["publisherUnset"] },
        { name: "properties without a publisher", resource: saas({ offerId: "crm-offer" }), config: approved, messages: ["publisherUnset"] },
    ],
    undecided: [
        { name: "publisher from another resource", resource: offer(unknown()), config: approved },
        { name: "properties unknown as a whole", resource: saas(unknown()), config: approved },
    ],
});
