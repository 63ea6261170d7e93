/** The public endpoint switch (`publicNetworkAccess`) that Azure Policy's MCSB definitions judge on data services. */
import { option } from "../options";
import { sameText } from "../values";

/**
 * The option of a policy that accepts `SecuredByPerimeter` (a network security perimeter decides public access,
 * denying by default). Off by default: the MCSB definitions flag every value but `Disabled`.
 */
export const allowSecuredByPerimeter = option.boolean({
    default: false,
    description: "Accept publicNetworkAccess SecuredByPerimeter (a network security perimeter, which denies " +
        "public traffic unless its rules allow it). Off by default, as in Azure Policy's MCSB definition.",
});

/**
 * What is wrong with a `publicNetworkAccess` value, as a message id both such policies declare, or undefined when
 * it keeps the public endpoint closed. The caller says what unset means (Enabled, for the services that use this).
 */
export function publicAccessProblem(access: unknown, acceptPerimeter: boolean):
    "publicAccessEnabled" | "perimeterNotAccepted" | undefined {
    if (sameText(access, "Disabled")) {
        return undefined;
    }
    if (sameText(access, "SecuredByPerimeter")) {
        return acceptPerimeter ? undefined : "perimeterNotAccepted";
    }
    return "publicAccessEnabled";
}
