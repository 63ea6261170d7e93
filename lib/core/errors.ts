/**
 * The errors that end a command, each with the exit code `azure-srm` gives it. Anything else that escapes is a
 * bug, and exits 3 like a pack failure.
 */
export const exitCodes = {
    /** No mandatory violation. */
    ok: 0,
    /** At least one mandatory violation. */
    mandatoryViolation: 1,
    /** Bad input: a missing file, not a stack export, a program that fails to run, bad config, a bad option. */
    badInput: 2,
    /** The pack itself failed. */
    packFailed: 3,
} as const;

export abstract class AzureSrmError extends Error {
    abstract readonly exitCode: number;
}

/** Bad input: one message that says what is wrong with which file or option. */
export class InputError extends AzureSrmError {
    readonly exitCode = exitCodes.badInput;
    constructor(message: string) {
        super(message);
        this.name = "InputError";
    }
}

/** A command line that does not parse: the CLI prints the usage after the message. */
export class UsageError extends InputError {
    constructor(message: string) {
        super(message);
        this.name = "UsageError";
    }
}

/** Bad policy config: one message naming the policy (or key) and the problem. */
export class PolicyConfigError extends InputError {
    constructor(message: string, readonly problems: readonly string[] = [message]) {
        super(message);
        this.name = "PolicyConfigError";
    }
}

/** The pack did not start, or stopped answering; the message carries its stderr. `code` is the gRPC status. */
export class HarnessError extends AzureSrmError {
    readonly exitCode = exitCodes.packFailed;
    constructor(message: string, readonly code?: number) {
        super(message);
        this.name = "HarnessError";
    }
}
