import { anyOf, catalog, requireInStack, sameText, stackPolicy } from "../../lib/kit";

/**
 * The initiatives that install Defender for SQL and the Azure Monitor agent on SQL VMs and Arc-enabled SQL servers,
 * with a Log Analytics workspace of the user's (de01d381) or the default one (d7c3ea3a), as MCSB definition c6283572
 * names them.
 */
const initiatives = ["de01d381-bae9-4670-8870-786f89f49e26", "d7c3ea3a-edf3-4bd5-bd64-d5b635b05393"]
    .map((id) => `/providers/Microsoft.Authorization/policySetDefinitions/${id}`);

/** Azure's name of a Pricing: pricingName, or after an update (outputs carry no pricingName) its name. */
const planOf = (props: { pricingName?: string; name?: string }) => props.pricingName ?? props.name;

/**
 * The subscription (`/subscriptions/<id>`, lower case) a Pricing applies to: its scopeId, or after an update
 * (outputs carry no scopeId) the part of its id before `/providers/...`. Undefined when that scope is not a whole
 * subscription (resource-level pricing).
 */
function subscriptionOf(props: { scopeId?: string; id?: string }): string | undefined {
    const id = props.id;
    const at = typeof id === "string" ? id.toLowerCase().lastIndexOf("/providers/microsoft.security/pricings/") : -1;
    const scope = typeof props.scopeId === "string" ? props.scopeId : at > 0 ? id!.slice(0, at) : undefined;
    const match = typeof scope === "string" ? /^(\/subscriptions\/[^/]+)\/?$/i.exec(scope) : null;
    return match ? match[1].toLowerCase() : undefined;
}

/** Is an assignment's scope the subscription itself? */
const atSubscription = (scope: unknown, subscription: string) =>
    typeof scope === "string" && scope.replace(/\/$/, "").toLowerCase() === subscription;

export default stackPolicy({
    name: "defender-sql-vm-autoprovisioning",
    description: "A subscription whose Defender for SQL servers on machines plan is on Standard has the SQL " +
        "auto-provisioning initiative assigned to it, so the plan's agent reaches its machines.",
    area: "compliance",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-1", "LT-2", "IR-3", "IR-5"],
        azurePolicy: ["c6283572-73bb-4deb-bf2c-7a2b8f7462cb"],
    },
    remediation: "Add an authorization PolicyAssignment with scope set to the subscription (`/subscriptions/<id>`), " +
        "policyDefinitionId \"/providers/Microsoft.Authorization/policySetDefinitions/" +
        "d7c3ea3a-edf3-4bd5-bd64-d5b635b05393\" (Defender for SQL and the Azure Monitor agent on SQL VMs and " +
        "Arc-enabled SQL servers, default Log Analytics workspace) or de01d381-bae9-4670-8870-786f89f49e26 (a " +
        "workspace of your own), a location and a system-assigned identity for its remediations. Defender for Cloud " +
        "creates this assignment itself when the plan is enabled in the portal with auto-provisioning on, so if it (or " +
        "another stack) does, leave requireInStack off.",
    messages: {
        noAutoProvisioning: "Defender for SQL servers on machines is on Standard, but no PolicyAssignment in this stack assigns the SQL auto-provisioning initiative to this subscription, so the plan's agent is not deployed to its SQL machines: add one.",
    },
    config: {
        requireInStack: requireInStack("the SQL auto-provisioning assignment of a subscription with Defender for SQL servers on machines"),
    },
    resources: [catalog.defenderPricing],
    check: (ctx) => {
        const assignments = ctx.ofType(catalog.policyAssignment);
        ctx.each(ctx.ofType(catalog.defenderPricing), (p) => {
            if (!sameText(planOf(p.props), "SqlServerVirtualMachines") || !sameText(p.props.pricingTier, "Standard")) {
                return;
            }
            const subscription = subscriptionOf(p.props);
            if (subscription === undefined) {
                return; // resource-level pricing: the definition's subscription plan is another Pricing
            }
            if (!anyOf(assignments, (a) => initiatives.some((i) => sameText(a.props.policyDefinitionId, i)) &&
                atSubscription(a.props.scope, subscription))) {
                ctx.missing(p, "noAutoProvisioning");
            }
        });
    },
});
