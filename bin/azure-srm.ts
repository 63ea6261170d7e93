#!/usr/bin/env node
/**
 * azure-srm: the pack's command line.
 *   azure-srm list [--json]       the policy catalog
 *   azure-srm coverage [--json]   policies per area and service model, and which catalog types have none
 *   azure-srm docs [--check]      writes docs/policies/*.md and the README's policy table (--check: fail if stale)
 *   azure-srm scan <program-dir | stack-export.json> [--format text|json|sarif|junit] [--config f] [--stack s] [--output f]
 */
import { runCli } from "../lib/cli/cli";

// `azure-srm list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") {
        throw e;
    }
    process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })
    .then((code) => { process.exitCode = code; });
