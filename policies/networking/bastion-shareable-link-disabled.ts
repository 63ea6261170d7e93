import { resourcePolicy } from "../../lib/kit";

export default resourcePolicy({
    name: "bastion-shareable-link-disabled",
    description: "Azure Bastion hosts keep shareable links off, so every session starts from a user signed in to Azure with access to the VM.",
    area: "networking",
    severity: "high",
    frameworks: { mcsb: ["IM-1", "PA-7"] },
    remediation: "Leave enableShareableLink unset or set it to false (it defaults to false), and give users who need a " +
        "VM session Reader access to the VM, its NIC and the Bastion host instead.",
    noFix: "it deletes the shareable links people use to reach their VMs",
    messages: {
        shareableLinkEnabled: "enableShareableLink is true: anyone who holds a shareable link can open a session to the linked VMs from the Internet without signing in to Azure or holding any Azure role; set enableShareableLink to false.",
    },
    check: {
        bastionHost: (bastion, ctx) => {
            // Default: enableShareableLink is false (azure-native 3.28 fills it in). Source: REST spec Microsoft.Network
            // 2024-05-01, BastionHostPropertiesFormat.enableShareableLink (default false); what a link allows:
            // https://learn.microsoft.com/azure/bastion/shareable-link (users need no Azure portal account or
            // permissions, only the VM's credentials).
            if (bastion.enableShareableLink === true) {
                ctx.report("shareableLinkEnabled");
            }
        },
    },
});
