import { anyOf, type ArgsOf, catalog, listOf, option, requireInStack, sameText, stackPolicy, type StackResource } from "../../lib/kit";

/** The administrative operations CIS v6.0.0 (6.1.2.1 to 6.1.2.10) asks an activity log alert for, in that order. */
const cisOperations = [
    "Microsoft.Authorization/policyAssignments/write",
    "Microsoft.Authorization/policyAssignments/delete",
    "Microsoft.Network/networkSecurityGroups/write",
    "Microsoft.Network/networkSecurityGroups/delete",
    "Microsoft.Security/securitySolutions/write",
    "Microsoft.Security/securitySolutions/delete",
    "Microsoft.Sql/servers/firewallRules/write",
    "Microsoft.Sql/servers/firewallRules/delete",
    "Microsoft.Network/publicIPAddresses/write",
    "Microsoft.Network/publicIPAddresses/delete",
];

type Alert = StackResource<ArgsOf<"activityLogAlert">>;
interface Leaf { field?: string; equals?: string; containsAny?: string[] }

/** Does a leaf condition match events whose `field` is `value`? Fields and values compare case-insensitively. */
const matches = (leaf: Leaf | undefined, field: string, value: string) => sameText(leaf?.field, field)
    && (sameText(leaf?.equals, value) || anyOf(listOf(leaf?.containsAny), (v) => sameText(v, value)));

/**
 * Do the alert's conditions name events whose `field` is `value`: a leaf of condition.allOf, or a leaf of one of
 * its anyOf conditions? Other leaves may narrow the alert further (a level, a status); they are not judged.
 */
function names(alert: Alert, field: string, value: string): boolean {
    // anyOf (lib/kit): a condition unknown at preview does not hide one that decides.
    return anyOf(listOf(alert.props.condition?.allOf), (c) => matches(c, field, value)
        || anyOf(listOf(c?.anyOf), (leaf) => matches(leaf, field, value)));
}

/** Is one of the alert's scopes a whole subscription (not a resource group or a resource in it)? */
const atSubscription = (alert: Alert) =>
    anyOf(listOf(alert.props.scopes), (s) => typeof s === "string" && /^\/subscriptions\/[^/]+\/?$/i.test(s));

export default stackPolicy({
    name: "activity-log-alerts-required",
    description: "A stack that manages activity log alerts declares, scoped to the subscription, an alert for each " +
        "administrative operation CIS lists (creating and deleting policy assignments, network security groups, " +
        "security solutions, SQL server firewall rules and public IP addresses) and one for Service Health, and " +
        "leaves every alert enabled.",
    area: "monitoring-and-logging",
    severity: "medium",
    frameworks: {
        mcsb: ["LT-1", "LT-3"],
        cis: ["6.1.2.1", "6.1.2.2", "6.1.2.3", "6.1.2.4", "6.1.2.5", "6.1.2.6", "6.1.2.7", "6.1.2.8", "6.1.2.9", "6.1.2.10",
            "6.1.2.11"],
    },
    remediation: "Declare monitor.ActivityLogAlert resources with scopes [\"/subscriptions/<id>\"], condition.allOf " +
        "[{ field: \"category\", equals: \"Administrative\" }, { field: \"operationName\", equals: <operation> }] (one " +
        `alert per operation, or containsAny with several; by default the operations ${cisOperations.join(", ")}), ` +
        "an alert with condition.allOf [{ field: \"category\", equals: \"ServiceHealth\" }], and actions.actionGroups " +
        "naming who is told; leave enabled unset or true. Where another stack manages the alerts, leave requireInStack " +
        "off; narrow the operations with operations.",
    messages: {
        alertsMissing: "No activity log alert scoped to the subscription is declared in this stack for the operations {{operations}}: add a monitor.ActivityLogAlert whose condition.allOf has { field: \"operationName\", equals: <operation> } for each.",
        serviceHealthMissing: "No activity log alert scoped to the subscription is declared in this stack for Service Health events: add a monitor.ActivityLogAlert whose condition.allOf has { field: \"category\", equals: \"ServiceHealth\" }.",
        alertDisabled: "enabled is false, so this activity log alert never fires and none of its actions run: set enabled to true or leave it unset.",
    },
    config: {
        operations: option.stringList({
            default: cisOperations,
            description: "Activity log operations (operationName values) the subscription must have an alert for; the " +
                "default is the list of CIS v6.0.0 6.1.2.1 to 6.1.2.10.",
        }),
        serviceHealth: option.boolean({
            default: true,
            description: "Require an alert on the ServiceHealth category (CIS v6.0.0 6.1.2.11).",
        }),
        requireInStack: requireInStack("the subscription's activity log alerts (monitor.ActivityLogAlert)"),
    },
    // Activity log alerts on subscription operations are the subscription's, often managed by one platform stack: the
    // policy acts on a stack that declares activity log alerts, not on every stack that deploys into the subscription.
    resources: [catalog.activityLogAlert],
    check: (ctx) => {
        const alerts = ctx.ofType(catalog.activityLogAlert);
        const anchor = alerts[0];
        if (!anchor) {
            return;
        }

        // A disabled alert still counts as declared for its operations: it is reported once, as disabled, below.
        // Conditions are read before scopes, so an alert whose conditions decide "no" is not held up by an unknown scope.
        const missing: string[] = [];
        ctx.each(ctx.config.operations, (operation) => {
            if (!anyOf(alerts, (a) => names(a, "operationName", operation) && atSubscription(a))) {
                missing.push(operation);
            }
        });
        if (missing.length > 0) {
            ctx.missing(anchor, "alertsMissing", { operations: missing });
        }
        if (ctx.config.serviceHealth) {
            ctx.each([anchor], () => {
                if (!anyOf(alerts, (a) => names(a, "category", "ServiceHealth") && atSubscription(a))) {
                    ctx.missing(anchor, "serviceHealthMissing");
                }
            });
        }

        ctx.each(alerts, (alert) => {
            // Default: enabled is true when unset. Source: REST spec Microsoft.Insights 2020-10-01,
            // AlertRuleProperties.enabled (default true; azure-native 3.28 fills it in: `enabled ?? true`),
            // https://learn.microsoft.com/rest/api/monitor/activity-log-alerts/create-or-update
            if (alert.props.enabled === false) {
                ctx.report(alert, "alertDisabled");
            }
        });
    },
});
