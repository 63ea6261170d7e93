import { FederatedIdentityCredential } from "@pulumi/azure-native/managedidentity";
import type { FederatedIdentityCredentialArgs } from "@pulumi/azure-native/managedidentity";
import policy from "../../../policies/identity-and-access/federated-credential-github-subject-scoped";
import { resource, testResourcePolicy, unknown } from "../../tester";

const github = "https://token.actions.githubusercontent.com";
const credential = (args: Partial<FederatedIdentityCredentialArgs>) => resource(FederatedIdentityCredential, {
    resourceGroupName: "rg", resourceName: "id-deploy", audiences: ["api://AzureADTokenExchange"], issuer: github,
    subject: "repo:contoso/infra:environment:production", ...args,
});
const flagPr = { flagPullRequestSubjects: true };

testResourcePolicy(policy, {
    valid: [
        { name: "a protected environment of one repository", resource: credential({}) },
        { name: "main branch of one repository", resource: credential({ subject: "repo:contoso/infra:ref:refs/heads/main" }) },
        { name: "customized template keeping repository_id", resource: credential({
            subject: "repository_owner_id:1342004:repository_id:892215:environment:prod" }) },
        { name: "a pinned reusable workflow", resource: credential({
            subject: "job_workflow_ref:contoso/deploy/.github/workflows/deploy.yml@refs/heads/main" }) },
        { name: "pull requests, not flagged by default", resource: credential({ subject: "repo:contoso/infra:pull_request" }) },
        { name: "an enterprise-specific GitHub issuer with a repository subject", resource: credential({
            issuer: `${github}/contoso-ent`, subject: "repo:contoso/infra:ref:refs/heads/main" }) },
        { name: "another issuer (AKS service account)", resource: credential({
            issuer: "https://westeurope.oic.prod-aks.azure.com/tenant/guid/", subject: "system:serviceaccount:app:api" }) },
        { name: "another issuer whose subject is unknown", resource: credential({ issuer: "https://gitlab.com", subject: unknown() }) },
    ],
    invalid: [
        { name: "owner-wide customized subject", resource: credential({ subject: "repository_owner:contoso" }), messages: ["ownerWideSubject"] },
        { name: "environment only: any repository of the organization with that environment", resource: credential({
            issuer: `${github}/`, subject: "environment:production" }), messages: ["ownerWideSubject"] },
        { name: "pull requests, flagged by config", config: flagPr, resource: credential({ subject: "repo:contoso/infra:pull_request" }),
            messages: ["pullRequestSubject"] },
    ],
    undecided: [
        { name: "issuer from another resource", resource: credential({ issuer: unknown() }) },
        { name: "GitHub subject built from outputs", resource: credential({ subject: unknown() }) },
    ],
});
