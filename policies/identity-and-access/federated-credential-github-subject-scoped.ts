import { option, resourcePolicy } from "../../lib/kit";

/** GitHub Actions' token issuer, and its enterprise-specific form (`.../<enterprise slug>`). */
const githubIssuer = /^https:\/\/token\.actions\.githubusercontent\.com(\/[^/]+)?\/?$/i;

/**
 * Claim keys of a GitHub subject that tie it to one repository or to one reviewed workflow file: `repo` (the
 * default subject format, `repo:<owner>/<name>:...`), `repository`, `repository_id` and `job_workflow_ref`
 * (a reusable workflow pinned by repository and ref) in a customized subject template. Source:
 * https://docs.github.com/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
 * (customizing the subject claims).
 */
const repositoryKey = /(^|:)(repo|repository|repository_id|job_workflow_ref):/i;

export default resourcePolicy({
    name: "federated-credential-github-subject-scoped",
    description: "Federated identity credentials that trust GitHub Actions name one repository (or one reusable " +
        "workflow) in their subject, not every repository of an owner.",
    area: "identity-and-access",
    severity: "high",
    frameworks: { mcsb: ["IM-3", "PA-7"] },
    remediation: "Set subject to a repository-scoped value, such as repo:<owner>/<repository>:environment:<name> " +
        "(an environment with required reviewers) or repo:<owner>/<repository>:ref:refs/heads/main, or keep the " +
        "repo, repository_id or job_workflow_ref claim in the organization's customized subject template. Trust " +
        "pull_request runs only with an identity that holds read-only roles.",
    messages: {
        ownerWideSubject: "issuer is GitHub Actions and subject names no repository or reusable workflow (only claims such as repository_owner or environment), so workflows in every repository that produces this subject can sign in as the identity: include the repo, repository_id or job_workflow_ref claim in subject.",
        pullRequestSubject: "subject trusts pull_request runs of the repository, so code on any pull request branch can sign in as the identity before review, and this policy's config flags that: trust a protected environment or branch instead, or use a read-only identity for pull requests.",
    },
    config: {
        flagPullRequestSubjects: option.boolean({
            default: false,
            description: "Also flag subjects ending in :pull_request (tokens for workflow runs on pull requests, " +
                "which anyone who can push a branch can start). Off by default: a read-only identity for previews " +
                "on pull requests is a common, sound use, and the identity's roles are not visible here.",
        }),
    },
    check: {
        federatedIdentityCredential: (credential, ctx) => {
            if (typeof credential.issuer !== "string" || !githubIssuer.test(credential.issuer.trim())) {
                return;
            }
            const subject = credential.subject;
            if (typeof subject !== "string") {
                return;
            }
            if (!repositoryKey.test(subject)) {
                ctx.report("ownerWideSubject");
            } else if (ctx.config.flagPullRequestSubjects && /:pull_request$/i.test(subject.trim())) {
                ctx.report("pullRequestSubject");
            }
        },
    },
});
