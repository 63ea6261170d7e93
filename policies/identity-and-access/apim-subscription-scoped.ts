import { resourcePolicy, sameText } from "../../lib/kit";

export default resourcePolicy({
    name: "apim-subscription-scoped",
    description: "Active API Management subscriptions are scoped to a product or a single API, never to all APIs.",
    area: "identity-and-access",
    severity: "medium",
    frameworks: { mcsb: ["PA-7"], azurePolicy: ["3aa03346-d8c5-4994-a5bc-7652c2a2aef1"] },
    remediation: "Set scope to a product (/products/{productId}) or one API (/apis/{apiId}) instead of /apis.",
    messages: {
        allApisScope: "scope covers every API of the service and the subscription is in use, so its key calls all of them: scope it to a product (/products/{productId}) or a single API (/apis/{apiId}).",
    },
    check: {
        apiManagementSubscription: (subscription, ctx) => {
            // Default: unset state creates the subscription "submitted" (it cannot call APIs until approved, and an
            // approval shows in its outputs). Source: REST spec Microsoft.ApiManagement 2024-05-01,
            // SubscriptionCreateParameterProperties.state.
            if (!sameText(subscription.state, "active")) {
                return;
            }
            const scope = subscription.scope;
            if (typeof scope === "string" && /\/apis\/*$/i.test(scope.trim())) {
                ctx.report("allApisScope");
            }
        },
    },
});
