import { option, resourcePolicy, sameText } from "../../lib/kit";

/** Does a pool's securityProfile.sshAccess turn local-user (key-based) SSH off? EntraID (preview) signs in through Entra ID. */
const localSshOff = (sshAccess: unknown) => sameText(sshAccess, "Disabled") || sameText(sshAccess, "EntraID");

/*
 * On the "accounts and identities" row: the check is about how people get a shell on a node, with a key kept outside
 * the directory (LocalUser) or not at all. Windows pools are not judged: sshAccess is documented for Linux nodes only.
 */
export default resourcePolicy({
    name: "aks-node-local-ssh-disabled",
    description: "AKS Linux node pools turn off key-based SSH to their nodes: securityProfile.sshAccess is Disabled (or EntraID).",
    area: "identity-and-access",
    severity: "medium",
    // IM-1: node access goes through the central identity system (Entra ID) or is off, not through SSH keys that live
    // outside it.
    frameworks: { mcsb: ["IM-1"] },
    remediation: "Set securityProfile: { sshAccess: \"Disabled\" } instead of LocalUser (the default) on each Linux pool (agentPoolProfiles[] and " +
        "containerservice AgentPool), and reach nodes with `kubectl debug node/...` when needed; EntraID (preview) " +
        "keeps SSH but signs in with Entra ID. Disabling SSH is a preview feature (the DisableSSHPreview feature flag " +
        "of Microsoft.ContainerService) as of the docs checked.",
    noFix: "it cuts off node access that operators may rely on",
    messages: {
        poolSshDefault: "agentPoolProfiles[{{index}}].securityProfile.sshAccess is unset, which means LocalUser: the nodes run SSH with key-based login, reachable from the cluster's network and pods: set it to Disabled.",
        poolSshLocalUser: "agentPoolProfiles[{{index}}].securityProfile.sshAccess is LocalUser: the nodes run SSH with key-based login, reachable from the cluster's network and pods: set it to Disabled.",
        sshDefault: "securityProfile.sshAccess is unset, which means LocalUser: the nodes run SSH with key-based login, reachable from the cluster's network and pods: set it to Disabled.",
        sshLocalUser: "securityProfile.sshAccess is LocalUser: the nodes run SSH with key-based login, reachable from the cluster's network and pods: set it to Disabled.",
    },
    config: {
        flagUnset: option.boolean({
            default: true,
            description: "Flag pools that leave securityProfile.sshAccess unset, which AKS takes as LocalUser (SSH on). " +
                "Turn off to flag only pools that set LocalUser explicitly, while disabling SSH is still a preview " +
                "feature your organization does not use.",
        }),
    },
    check: {
        managedCluster: (cluster, ctx) => ctx.each(cluster.agentPoolProfiles, (pool, index) => {
            const verdict = judge(pool.osType, pool.securityProfile?.sshAccess, ctx.config.flagUnset);
            if (verdict === "default") {
                ctx.report("poolSshDefault", { index });
            } else if (verdict === "localUser") {
                ctx.report("poolSshLocalUser", { index });
            }
        }),
        aksAgentPool: (pool, ctx) => {
            const verdict = judge(pool.osType, pool.securityProfile?.sshAccess, ctx.config.flagUnset);
            if (verdict === "default") {
                ctx.report("sshDefault");
            } else if (verdict === "localUser") {
                ctx.report("sshLocalUser");
            }
        },
    },
});

/** What a pool's SSH setting amounts to: nothing to flag, SSH on by default, or LocalUser set. */
function judge(osType: unknown, sshAccess: unknown, flagUnset: boolean): "ok" | "default" | "localUser" {
    // Default: osType unset is Linux (azure-native 3.28, "The default is Linux").
    if (sameText(osType, "Windows") || localSshOff(sshAccess)) {
        return "ok";
    }
    // Default: unset sshAccess is LocalUser, SSH on with key-based login. Source:
    // https://learn.microsoft.com/azure/aks/manage-ssh-node-access ("Local user SSH access ... is the default SSH access
    // method for AKS clusters"; "By default, the SSH service on AKS cluster nodes is open to all users and pods").
    if (sshAccess === undefined || sshAccess === null) {
        return flagUnset ? "default" : "ok";
    }
    return sameText(sshAccess, "LocalUser") ? "localUser" : "ok";
}
