import { CheckContext, isSettings, PropsOf, readKnown, resourcePolicy } from "../../lib/kit";

const messages = {
    registryPassword: "configuration.registries[{{index}}] signs in to its registry with a username and password (passwordSecretRef) instead of a managed identity: set identity to the resource id of a user-assigned identity with AcrPull (or \"system\") and remove the password.",
} as const;

type Registries = NonNullable<PropsOf<"containerApp">["configuration"]>["registries"];

/** The registries of an app's or a job's configuration: each that has a password and no identity is flagged. */
function checkRegistries(registries: Registries, ctx: CheckContext<typeof messages>): void {
    ctx.each(registries, (registry, index) => {
        if (!isSettings(registry)) {
            return;
        }
        // An identity id is often another resource's output, unknown at preview: it is there, which decides.
        const identity = "identity" in registry ? readKnown(() => ({ value: registry.identity })) : { value: undefined };
        const hasIdentity = identity === undefined || (typeof identity.value === "string" && identity.value !== "");
        // Azure pulls with the identity when one is set. A registry with neither identity nor password is an
        // anonymous pull from a public registry: no credential to manage.
        if (!hasIdentity && "passwordSecretRef" in registry && registry.passwordSecretRef !== null && registry.passwordSecretRef !== undefined) {
            ctx.report("registryPassword", { index });
        }
    });
}

export default resourcePolicy({
    name: "container-app-registry-managed-identity",
    description: "Container apps and jobs pull images from private registries with a managed identity, not a registry username and password.",
    area: "identity-and-access",
    // Medium: the password is kept as an app secret, but it is a long-lived credential someone must rotate, often
    // the registry's admin user.
    severity: "medium",
    frameworks: { mcsb: ["IM-3"] },
    remediation: "In configuration.registries, set identity to the resource id of a user-assigned managed identity " +
        "(or \"system\" for the system-assigned one) that has the AcrPull role on the registry, and remove username " +
        "and passwordSecretRef; then disable the registry's admin user.",
    messages,
    check: {
        containerApp: (app, ctx) => checkRegistries(app.configuration?.registries, ctx),
        containerAppJob: (job, ctx) => checkRegistries(job.configuration?.registries, ctx),
    },
});
