import { StorageAccountStaticWebsite } from "@pulumi/azure-native/storage";
import policy from "../../../policies/data-protection/storage-static-website-approved";
import { resource, testResourcePolicy, unknown } from "../../tester";

const site = (accountName: unknown) => resource(StorageAccountStaticWebsite, {
    resourceGroupName: "rg", accountName: accountName as string, indexDocument: "index.html", error404Document: "404.html",
});
const approved = { approvedAccounts: ["StPublicDocs"] };

testResourcePolicy(policy, {
    valid: [
        { name: "an approved account (case-insensitive)", resource: site("stpublicdocs"), config: approved, outputsUndecided: true },
    ],
    invalid: [
        { name: "no account approved (the default)", resource: site("stpublicdocs"), messages: ["staticWebsiteNotApproved"] },
        { name: "an account not on the list", resource: site("stappdata"), config: approved, messages: ["staticWebsiteNotApproved"], outputsUndecided: true },
        { name: "no list: the account name does not matter, even unknown", resource: site(unknown()), messages: ["staticWebsiteNotApproved"] },
    ],
    undecided: [
        { name: "list configured, account name from another resource", resource: site(unknown()), config: approved },
    ],
});
