import { FederatedIdentityCredential, UserAssignedIdentity } from "@pulumi/azure-native/managedidentity";
import policy from "../../../policies/identity-and-access/managed-identity-federation-audience";
import { resource, StackTestResource, testStackPolicy, unknown } from "../../tester";

const rg = { resourceGroupName: "rg" };
const aks = "https://westeurope.oic.prod-aks.azure.com/00000000-0000-0000-0000-000000000000/11111111-1111-1111-1111-111111111111/";

const identity: StackTestResource = { name: "id", ...resource(UserAssignedIdentity, { ...rg, resourceName: "id-api", location: "westeurope" }) };
const credential = (name: string, audiences: unknown): StackTestResource => ({
    name, ...resource(FederatedIdentityCredential, {
        ...rg, resourceName: "id-api", federatedIdentityCredentialResourceName: name,
        issuer: aks, subject: "system:serviceaccount:shop:api", audiences: audiences as string[],
    }),
});

testStackPolicy(policy, {
    valid: [
        {
            name: "the token exchange audience, and a sovereign cloud's",
            resources: [identity, credential("aks", ["api://AzureADTokenExchange"]), credential("gov", ["api://AzureADTokenExchangeUSGov"])],
        },
        {
            name: "an audience dedicated to Entra ID, accepted through config",
            config: { extraAudiences: ["https://entra.contoso.example/exchange"] },
            resources: [identity, credential("idp", ["https://entra.contoso.example/exchange"])],
        },
    ],
    invalid: [
        {
            name: "the cluster's API server audience next to the exchange audience",
            resources: [identity, credential("aks", ["api://AzureADTokenExchange", "https://kubernetes.default.svc.cluster.local"])],
            violations: [{ resource: "aks", message: { id: "sharedAudience", data: { index: 1 } } }],
        },
        {
            name: "a cloud STS audience on a credential of an identity in another stack",
            resources: [credential("aws", ["sts.amazonaws.com"])],
            violations: [{ resource: "aws", message: { id: "sharedAudience", data: { index: 0 } } }],
        },
    ],
    undecided: [
        {
            name: "the audience comes from config resolved at deployment",
            resources: [identity, credential("aks", [unknown()])],
        },
    ],
});
