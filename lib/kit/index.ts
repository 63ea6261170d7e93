/**
 * The kit: everything a policy file imports, from this one entry. A policy is metadata (with its messages and
 * options) plus a check; see lib/kit/policy.ts for the API and policies/data-protection/storage-https-only.ts
 * for the shortest example.
 */
export { catalog } from "./model";
export type { Area, ArgsOf, CatalogKey, PropsOf, ResourceType } from "./model";
export { resourcePolicy, stackPolicy } from "./policy";
export type { CheckContext, FixChange, FixValue, Handler, StackCheckContext, StackResource } from "./policy";
export { option, requireInStack } from "./options";
export type { ConfigOf, Option, Options } from "./options";
export type { Messages } from "./messages";
export { cannotTell, inputOnly, isSettings, listOf, readKnown, required, sameText } from "./values";
export { isSecret } from "./secrets";
export { anyOf, azureResources, dependsOn, namesTarget, pointerIndex, pointsAt } from "./stack";
export { located, tagged } from "./type-groups";
export { coversAllPorts, coversPort, openRuleCheck, openRuleMessages, opensToInternet, tcp, tcpOrUdp } from "./checks/nsg";
export * from "./checks/patching";
export * from "./checks/tls";
export * from "./checks/flags";
export * from "./checks/public-access";
export { carriesCredential, isConnectionString, isLiteralSecret, isReference, looksLikeSecretName, notSecretLastWords, secretNameTerms, settingPath } from "./checks/literal-secrets";
export * from "./lifecycle/end-of-support";
export * from "./lifecycle/app-runtimes";
export * from "./checks/ip-ranges";
export * from "./checks/rbac";
