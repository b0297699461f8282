using DanVan.Web.Hosting;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Exports;

/// <summary>Section <c>Exports</c>: how many exports are built at once (<see cref="ExportGate"/>).</summary>
public sealed class ExportOptions : BuildGateOptions
{
    public const string Section = "Exports";
}

/// <summary>
/// The exports (the dashboard's workbook, the consolidated report) built at once. Measured at Hanoi's size on two cores
/// (bench <c>-- memory</c>, docs/performance.md), more .docx reports at once than cores answered no more per second but
/// raised the portal's resident set, 16 at once to about 650 MiB.
/// </summary>
public sealed class ExportGate(IOptions<ExportOptions> options) : BuildGate(options.Value.Slots);
