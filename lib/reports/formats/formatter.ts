/** What an output format is: a name the CLI takes and a function of the one typed report. */
import type { Report } from "../report";

export interface Formatter {
    /** The value of `--format`. */
    readonly name: string;
    /** One line for the usage text. */
    readonly description: string;
    render(report: Report): string;
}
