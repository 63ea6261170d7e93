import { anyOf, catalog, namesTarget, pointerIndex, stackPolicy } from "../../lib/kit";

export default stackPolicy({
    name: "sql-managed-instance-entra-only-auth",
    description: "Azure SQL Managed Instances accept Microsoft Entra authentication only, set inline in administrators " +
        "at creation or by a ManagedInstanceAzureADOnlyAuthentication resource in the stack.",
    area: "identity-and-access",
    severity: "high",
    frameworks: {
        mcsb: ["IM-1"],
        azurePolicy: [
            "78215662-041e-49ed-a9dd-5385911b3a1f",
            "0c28c3fb-c244-42d5-a9bf-f35f2999577b",
        ],
    },
    remediation: "Set administrators: { azureADOnlyAuthentication: true, administratorType: \"ActiveDirectory\", " +
        "login, sid } on the sql.ManagedInstance when it is created (Azure Policy's creation-time definition denies an " +
        "instance without it), or add a sql.ManagedInstanceAzureADOnlyAuthentication with azureADOnlyAuthentication: " +
        "true for an existing instance. Unset means false: SQL logins stay enabled.",
    noFix: "turning off keys or local accounts breaks every client that still signs in with them; move them to Entra ID first",
    messages: {
        switchOff: "azureADOnlyAuthentication is false, so the managed instance accepts SQL logins: set it to true.",
        sqlLoginsAllowed: "administrators.azureADOnlyAuthentication is not true (unset means false) and no ManagedInstanceAzureADOnlyAuthentication enables it, so SQL logins still work: set it to true.",
    },
    resources: [catalog.sqlManagedInstance, catalog.sqlManagedInstanceAzureADOnlyAuthentication],
    check: (ctx) => {
        const switches = ctx.ofType(catalog.sqlManagedInstanceAzureADOnlyAuthentication);
        ctx.each(switches, (s) => {
            if (s.props.azureADOnlyAuthentication === false) {
                ctx.report(s, "switchOff");
            }
        });
        const instances = ctx.ofType(catalog.sqlManagedInstance);
        // Only the switches that may name an instance are asked about it: the same answer, linear in the stack's size.
        const switchesNaming = pointerIndex(switches, "managedInstanceName", { peers: instances });
        ctx.each(instances, (instance) => {
            // Default: unset azureADOnlyAuthentication is false (SQL logins stay on). Source:
            // https://learn.microsoft.com/azure/azure-sql/database/authentication-azure-ad-only-authentication
            // Either the inline flag or a standalone switch for this instance (it then sets the instance's
            // administrators.azureADOnlyAuthentication, which the creation-time definition audits once deployed).
            // anyOf lets one that is known to enable it win over one still unknown.
            const enablers: (() => boolean)[] = [
                () => instance.props.administrators?.azureADOnlyAuthentication === true,
                ...switchesNaming(instance, catalog.sqlManagedInstance).map((s) => () =>
                    namesTarget(s, "managedInstanceName", instance, catalog.sqlManagedInstance, instances) &&
                    s.props.azureADOnlyAuthentication === true),
            ];
            if (!anyOf(enablers, (enables) => enables())) {
                ctx.report(instance, "sqlLoginsAllowed");
            }
        });
    },
});
